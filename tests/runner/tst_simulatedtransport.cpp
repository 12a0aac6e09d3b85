// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
// Rehearsals: the real DeployRunner over simulated machines. Nothing is
// contacted; the designs' addresses only appear in simulated output.
#include "runnertestutil.h"

#include "format/topologyformat.h"
#include "runner/facts.h"
#include "runner/simulatedtransport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace Clusterwright;
using namespace Clusterwright::Test;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class TestSimulatedTransport : public QObject
{
    Q_OBJECT

private slots:
    void rehearsesExamplesToSuccess_data();
    void rehearsesExamplesToSuccess();
    void preflightFailureFailsOnlyThatNode();
    void slowJoinTakesLonger();
    void cancelStopsPromptly();
    void answersAreDeterministic();
    void honoursTimeout();

private:
    struct Rehearsal
    {
        RunFinished result;
        EventLog log;
        QString journal;
    };
    static Plan planOf(const QString &path);
    static SimulationOptions options(const Plan &plan);
    void rehearse(const QString &path, const SimulationOptions &options, Rehearsal *out,
                  std::function<void(DeployRunner &)> during = {});

    QTemporaryDir m_dir;
};

Plan TestSimulatedTransport::planOf(const QString &path)
{
    const LoadResult loaded = loadTopologyFile(path);
    if (!loaded.ok())
        qFatal("cannot load %s", qPrintable(path));
    const PlanResult planned = buildPlan(*loaded.topology);
    if (!planned.ok())
        qFatal("%s does not plan", qPrintable(path));
    return *planned.plan;
}

SimulationOptions TestSimulatedTransport::options(const Plan &plan)
{
    SimulationOptions o;
    o.seed = 7;
    o.timeScale = 0.01;
    for (const PlanStep &step : plan.steps) {
        if (!step.guard.isEmpty())
            o.guards.append(step.guard);
    }
    return o;
}

void TestSimulatedTransport::rehearse(const QString &path, const SimulationOptions &options,
                                      Rehearsal *out, std::function<void(DeployRunner &)> during)
{
    const Plan plan = planOf(path);
    const LoadResult loaded = loadTopologyFile(path);
    const QHash<QString, NodeAccess> access = accessFromTopology(*loaded.topology);
    RunOptions run;
    run.outputDir = m_dir.filePath(QFileInfo(path).baseName() + u".rehearsal"_s);
    DeployRunner runner(plan, access, makeSimulatedTransportFactory(access, options), run);
    runner.setObserver([out](const RunEvent &event) { out->log.add(event); });
    std::thread side;
    if (during)
        side = std::thread([&] { during(runner); });
    out->result = runner.run();
    if (side.joinable())
        side.join();
    out->journal = out->result.journalPath;
}

void TestSimulatedTransport::rehearsesExamplesToSuccess_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("seichi") << QStringLiteral(CW_EXAMPLES_DIR "/seichi-onp-k8s.cw.yaml");
    QTest::newRow("kubevip-flannel")
        << QStringLiteral(CW_TEST_DATA_DIR "/deploy/kubevip-flannel.cw.yaml");
}

void TestSimulatedTransport::rehearsesExamplesToSuccess()
{
    QFETCH(QString, path);
    const Plan plan = planOf(path);
    Rehearsal r;
    rehearse(path, options(plan), &r);
    QVERIFY2(r.result.outcome == RunOutcome::Succeeded, qPrintable(r.result.summary));
    QCOMPARE(r.result.succeeded, int(plan.steps.size()));
    QCOMPARE(r.result.failed, 0);

    // The journal records every step as done, and the kubeconfig was fetched.
    QString error;
    const std::optional<JournalSummary> journal = readJournal(r.journal, &error);
    QVERIFY2(journal, qPrintable(error));
    QCOMPARE(journal->outcome, u"succeeded"_s);
    for (const PlanStep &step : plan.steps)
        QCOMPARE(journal->steps.value(step.id), u"succeeded"_s);
    QVERIFY(QFile::exists(QFileInfo(r.journal).dir().filePath(u"admin.kubeconfig"_s)));

    // kubeadm init printed its join command; the redactor hid token and key.
    const QString text = r.log.allText();
    QVERIFY(text.contains(u"Your Kubernetes control-plane has initialized successfully!"_s));
    QVERIFY(text.contains(u"--token [redacted]"_s));
    QVERIFY(text.contains(u"--certificate-key [redacted]"_s));
    QVERIFY(!text.contains(QRegularExpression(u"\\b[a-z0-9]{6}\\.[a-z0-9]{16}\\b"_s)));
    QFile file(r.journal);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString journalText = QString::fromUtf8(file.readAll());
    QVERIFY(!journalText.contains(QRegularExpression(u"\\b[a-z0-9]{6}\\.[a-z0-9]{16}\\b"_s)));
    QVERIFY(!journalText.contains(QRegularExpression(u"certificate-key [0-9a-f]{64}"_s)));
}

void TestSimulatedTransport::preflightFailureFailsOnlyThatNode()
{
    const QString path = QStringLiteral(CW_EXAMPLES_DIR "/seichi-onp-k8s.cw.yaml");
    SimulationOptions o = options(planOf(path));
    o.failPreflightOn = {u"cp-2"_s};
    Rehearsal r;
    rehearse(path, o, &r);
    QVERIFY(r.result.outcome == RunOutcome::Failed);
    QCOMPARE(r.result.failed, 1);
    const std::optional<StepFinished> failed = r.log.finished(u"cp-2/preflight"_s);
    QVERIFY(failed);
    QVERIFY(failed->status == StepStatus::Failed);
    QCOMPARE(failed->exitCode, 1);
    QVERIFY2(failed->lastLines.join(u'\n').contains(
                 u"designed address 192.168.18.12 is not on this machine"_s),
             qPrintable(failed->lastLines.join(u'\n')));
    // The other machines' preflights ran to success; what needs all of them waits.
    for (const QString &node : {u"cp-1"_s, u"cp-3"_s, u"wk-1"_s, u"wk-2"_s, u"wk-3"_s}) {
        const std::optional<StepFinished> other = r.log.finished(node + u"/preflight"_s);
        QVERIFY(other);
        QVERIFY(other->status == StepStatus::Succeeded);
    }
    const std::optional<StepFinished> cluster = r.log.finished(u"cluster/preflight"_s);
    QVERIFY(cluster);
    QVERIFY(cluster->status == StepStatus::Blocked);
}

void TestSimulatedTransport::slowJoinTakesLonger()
{
    const QString path = QStringLiteral(CW_TEST_DATA_DIR "/deploy/kubevip-flannel.cw.yaml");
    SimulationOptions o = options(planOf(path));
    o.slowJoinOn = {u"wk-1"_s};
    Rehearsal r;
    rehearse(path, o, &r);
    QVERIFY2(r.result.outcome == RunOutcome::Succeeded, qPrintable(r.result.summary));
    const std::optional<StepFinished> slow = r.log.finished(u"wk-1/join"_s);
    const std::optional<StepFinished> normal = r.log.finished(u"wk-2/join"_s);
    QVERIFY(slow && normal);
    // The slow node keeps saying why it is slow; the others do not.
    int slowLines = 0, otherLines = 0;
    for (const RunEvent &event : r.log.events()) {
        if (const auto *out = std::get_if<StepOutput>(&event);
            out && out->line.contains(u"kubelet isn't running or healthy yet"_s))
            ++(out->node == u"wk-1" ? slowLines : otherLines);
    }
    QCOMPARE(slowLines, 12);
    QCOMPARE(otherLines, 0);
}

void TestSimulatedTransport::cancelStopsPromptly()
{
    const QString path = QStringLiteral(CW_EXAMPLES_DIR "/seichi-onp-k8s.cw.yaml");
    SimulationOptions o = options(planOf(path));
    o.timeScale = 1.0; // realistic: the run would take minutes
    Rehearsal r;
    QElapsedTimer sinceCancel;
    rehearse(path, o, &r, [&sinceCancel](DeployRunner &runner) {
        std::this_thread::sleep_for(3s); // into preflight and apt-get
        sinceCancel.start();
        runner.cancel();
    });
    const qint64 stopMs = sinceCancel.elapsed();
    QVERIFY(r.result.outcome == RunOutcome::Cancelled);
    QVERIFY2(stopMs < 1000, qPrintable(QString::number(stopMs)));
    QVERIFY(r.result.cancelled > 0);
    QString error;
    const std::optional<JournalSummary> journal = readJournal(r.journal, &error);
    QVERIFY2(journal, qPrintable(error));
    QCOMPARE(journal->outcome, u"cancelled"_s);
}

void TestSimulatedTransport::answersAreDeterministic()
{
    QHash<QString, NodeAccess> access;
    NodeAccess a;
    a.node = u"cp-1"_s;
    a.addressOnNetwork = {{u"lan"_s, u"192.168.18.11/24"_s}, {u"storage"_s, u"10.0.0.11"_s}};
    access.insert(a.node, a);
    SimulationOptions o;
    o.timeScale = 0;
    o.seed = 42;
    auto answer = [&](const QString &command) {
        auto transport = makeSimulatedTransportFactory(access, o)->create(a);
        if (transport->connect())
            return QByteArray();
        return transport->exec(command, {}).stdOut;
    };
    const QByteArray token = answer(u"'kubeadm' 'token' 'create' '--ttl' '2h'"_s);
    QVERIFY(QString::fromUtf8(token).trimmed().contains(
        QRegularExpression(u"^[a-z0-9]{6}\\.[a-z0-9]{16}$"_s)));
    QCOMPARE(answer(u"'kubeadm' 'token' 'create' '--ttl' '2h'"_s), token);
    QCOMPARE(answer(u"'cat' '/etc/machine-id'"_s).trimmed().size(), 32);
    // ${cw:iface:...} resolves through the simulated `ip -j addr`.
    const QByteArray ip = answer(u"'ip' '-j' 'addr'"_s);
    QCOMPARE(RunFacts::deviceWithAddress(ip, u"192.168.18.11"_s), u"ens18"_s);
    QCOMPARE(RunFacts::deviceWithAddress(ip, u"10.0.0.11"_s), u"ens19"_s);
    // A guard says "not done yet".
    auto transport = makeSimulatedTransportFactory(access, o)->create(a);
    QVERIFY(!transport->connect());
    QCOMPARE(transport->exec(u"test -f /etc/kubernetes/admin.conf"_s, {}).exitCode, 1);
}

void TestSimulatedTransport::honoursTimeout()
{
    NodeAccess a;
    a.node = u"cp-1"_s;
    SimulationOptions o;
    o.timeScale = 1.0;
    auto transport = makeSimulatedTransportFactory({{a.node, a}}, o)->create(a);
    ExecOptions e;
    e.timeout = 300ms;
    const ExecResult r = transport->exec(u"'kubeadm' 'join' '--config=/x.yaml'"_s, e);
    QVERIFY(r.timedOut());
    QVERIFY(r.exitCode == -1);
}

QTEST_GUILESS_MAIN(TestSimulatedTransport)
#include "tst_simulatedtransport.moc"
