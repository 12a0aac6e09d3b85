// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
// T16: twenty nodes behind one bastion, all at once. The target sshd refuses
// every unauthenticated connection beyond ten (MaxStartups 10): the runner
// caps the handshakes through one bastion below that, and a drop that still
// happens (sshd counts a connection until its child reports, a moment after
// the client is in) is a refused connect that is retried like the CLI does.
#include "runnertestutil.h"
#include "sshtestutil.h"

using namespace Clusterwright;
using namespace Clusterwright::Test;
using namespace Qt::StringLiterals;

class TestRunnerBastion : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void twentyNodesThroughOneBastion();
    void bastionFailureIsReportedAsSuch();

private:
    QHash<QString, NodeAccess> access(int nodes, int bastionPort) const;

    static constexpr int kBastionPortInside = 2222;
    SshdFixture m_target;
    SshdFixture m_bastion;
    NetnsBridge m_bridge;
    SshClientSide m_client;
    int m_targetPort = 0;
};

void TestRunnerBastion::initTestCase()
{
    CW_REQUIRE_SSHD(true);
    QVERIFY(m_client.isValid());
    m_targetPort = freeLoopbackPort();
    SshdFixture::Options target;
    target.network = SshdFixture::Network::NewNamespace;
    target.port = m_targetPort;
    target.extraConfig = {u"MaxStartups 10"_s};
    QVERIFY2(m_target.start(target), qPrintable(m_target.errorString()));
    SshdFixture::Options bastion;
    bastion.network = SshdFixture::Network::JoinNamespace;
    bastion.namespacePid = m_target.pid();
    bastion.port = kBastionPortInside;
    QVERIFY2(m_bastion.start(bastion), qPrintable(m_bastion.errorString()));
    QVERIFY(m_bridge.start(m_target.pid(), kBastionPortInside, m_bastion.dir()));
    QVERIFY(m_target.authorize(m_client.key() + u".pub"_s));
    QVERIFY(m_bastion.authorize(m_client.key() + u".pub"_s));
}

QHash<QString, NodeAccess> TestRunnerBastion::access(int nodes, int bastionPort) const
{
    QHash<QString, NodeAccess> map;
    NodeAccess bastion;
    bastion.node = u"bastion"_s;
    bastion.target = {u"127.0.0.1"_s, bastionPort, u"root"_s, m_client.key()};
    map.insert(bastion.node, bastion);
    for (int i = 1; i <= nodes; ++i) {
        NodeAccess a;
        a.node = u"n%1"_s.arg(i);
        // Inside the namespace: reachable only through the bastion.
        a.target = {u"127.0.0.1"_s, m_targetPort, u"root"_s, m_client.key()};
        a.jumpNode = u"bastion"_s;
        map.insert(a.node, a);
    }
    return map;
}

void TestRunnerBastion::twentyNodesThroughOneBastion()
{
    constexpr int Nodes = 20;
    const QHash<QString, NodeAccess> map = access(Nodes, m_bridge.port());
    Plan plan;
    for (int i = 1; i <= Nodes; ++i) {
        const QString node = u"n%1"_s.arg(i);
        plan.steps.append(connectStep(node));
        plan.steps.append(shellStep(node + u"/work"_s, {node + u"/connect"_s}, u"echo ok"_s));
    }
    QTemporaryDir out;
    RunOptions options;
    options.parallel = Nodes;
    options.outputDir = out.path();
    SshSettings settings = m_client.settings(); // the CLI's retries, not the tests' single try
    settings.connectAttempts = SshSettings().connectAttempts;
    settings.retryBackoff = SshSettings().retryBackoff;
    DeployRunner runner(plan, map, makeSshTransportFactory(map, settings, m_client.trusting()),
                        options);
    EventLog log;
    runner.setObserver([&log](const RunEvent &event) { log.add(event); });
    const RunFinished result = runner.run();
    QVERIFY2(result.outcome == RunOutcome::Succeeded, qPrintable(result.summary));
    QCOMPARE(result.succeeded, 2 * Nodes);
    QVERIFY(log.maxRunning() > 1); // they did run side by side
}

void TestRunnerBastion::bastionFailureIsReportedAsSuch()
{
    const QHash<QString, NodeAccess> map = access(2, freeLoopbackPort()); // no bastion there
    Plan plan;
    plan.steps = {connectStep(u"n1"_s), connectStep(u"n2"_s)};
    QTemporaryDir out;
    RunOptions options;
    options.outputDir = out.path();
    SshSettings settings = m_client.settings();
    DeployRunner runner(plan, map, makeSshTransportFactory(map, settings, m_client.trusting()),
                        options);
    EventLog log;
    runner.setObserver([&log](const RunEvent &event) { log.add(event); });
    const RunFinished result = runner.run();
    QVERIFY(result.outcome == RunOutcome::Failed);
    for (const QString &step : {u"n1/connect"_s, u"n2/connect"_s}) {
        const std::optional<StepFinished> f = log.finished(step);
        QVERIFY(f && f->status == StepStatus::Failed);
        QVERIFY2(f->message.startsWith(u"bastion "_s), qPrintable(f->message));
    }
}

QTEST_GUILESS_MAIN(TestRunnerBastion)
#include "tst_runnerbastion.moc"
