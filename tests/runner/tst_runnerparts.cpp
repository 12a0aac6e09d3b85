// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
// The runner's parts that need no server: redaction, placeholder filling,
// the journal reader, the desktop checks and SSH access from a design.
#include "format/topologyformat.h"
#include "runner/facts.h"
#include "runner/journal.h"
#include "runner/redactor.h"
#include "runner/stepexecutor.h"
#include "runner/transport.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Clusterwright;
using namespace Qt::StringLiterals;

class TestRunnerParts : public QObject
{
    Q_OBJECT

private slots:
    void redactsTokensAndKeys_data();
    void redactsTokensAndKeys();
    void redactsKnownSecrets();
    void fillsPlaceholders();
    void resolvesInterfacesFromRealIpOutput();
    void readsJournals();
    void rejectsBrokenJournals();
    void checksUniquenessAndClocks();
    void accessFromDesign();
};

void TestRunnerParts::redactsTokensAndKeys_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("expected");
    const QString key = u"3f1a9c0d5e7b2a4c6d8e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e"_s;
    QTest::newRow("join line") << u"kubeadm join 10.0.0.1:6443 --token abcdef.0123456789abcdef \\"_s
                               << u"kubeadm join 10.0.0.1:6443 --token [redacted] \\"_s;
    QTest::newRow("certificate key flag") << u"--control-plane --certificate-key "_s + key
                                          << u"--control-plane --certificate-key [redacted]"_s;
    QTest::newRow("bare key line") << key << u"[redacted]"_s;
    QTest::newRow("ca hash stays") << u"--discovery-token-ca-cert-hash sha256:"_s + key
                                   << u"--discovery-token-ca-cert-hash sha256:"_s + key;
    QTest::newRow("sha256sum output stays")
        << key + u"  /etc/kubernetes/pki/ca.crt"_s << key + u"  /etc/kubernetes/pki/ca.crt"_s;
    QTest::newRow("plain text") << u"[init] Using Kubernetes version: v1.30.2"_s
                                << u"[init] Using Kubernetes version: v1.30.2"_s;
}

void TestRunnerParts::redactsTokensAndKeys()
{
    QFETCH(QString, line);
    QFETCH(QString, expected);
    QCOMPARE(Redactor().redact(line), expected);
}

void TestRunnerParts::redactsKnownSecrets()
{
    Redactor redactor;
    redactor.addSecret(u"s3cret-Passw0rd"_s);
    redactor.addSecret(u"abc"_s); // too short to be told apart from ordinary text
    QCOMPARE(redactor.redact(u"login with s3cret-Passw0rd as abc"_s),
             u"login with [redacted] as abc"_s);
}

void TestRunnerParts::fillsPlaceholders()
{
    RunFacts facts;
    facts.set(u"cp-1/credentials-cp-2"_s, u"join-token"_s, {u"abcdef.0123456789abcdef"_s, true});
    QString missing;
    QCOMPARE(
        facts.fill(u"token: \"${cw:cp-1/credentials-cp-2:join-token}\""_s, u"cp-2"_s, {}, &missing),
        std::optional<QString>(u"token: \"abcdef.0123456789abcdef\""_s));
    QVERIFY(!facts.fill(u"key: ${cw:cp-1/credentials-cp-2:certificate-key}"_s, u"cp-2"_s, {},
                        &missing));
    QCOMPARE(missing, u"${cw:cp-1/credentials-cp-2:certificate-key}"_s);
    QCOMPARE(RunFacts::placeholders(u"${cw:a/b:c} x ${cw:iface:lan}"_s),
             QSet<QString>({u"a/b:c"_s, u"iface:lan"_s}));
}

void TestRunnerParts::resolvesInterfacesFromRealIpOutput()
{
    QProcess ip;
    ip.start(u"ip"_s, {u"-j"_s, u"addr"_s});
    QVERIFY(ip.waitForFinished(5000));
    const QByteArray json = ip.readAllStandardOutput();
    QCOMPARE(RunFacts::deviceWithAddress(json, u"127.0.0.1"_s), u"lo"_s);
    QVERIFY(RunFacts::deviceWithAddress(json, u"203.0.113.77"_s).isEmpty());

    RunFacts facts;
    facts.set(u"n/preflight"_s, u"ip-addr"_s, {QString::fromUtf8(json)});
    QString missing;
    QCOMPARE(facts.fill(u"interface ${cw:iface:loop}"_s, u"n"_s, {{u"loop"_s, u"127.0.0.1/8"_s}},
                        &missing),
             std::optional<QString>(u"interface lo"_s));
    QVERIFY(!facts.fill(u"${cw:iface:lan}"_s, u"n"_s, {{u"lan"_s, u"203.0.113.77"_s}}, &missing));
    QVERIFY2(missing.contains(u"203.0.113.77"_s), qPrintable(missing));
}

void TestRunnerParts::readsJournals()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"journal-1.jsonl"_s);
    {
        JournalWriter writer;
        QString error;
        QVERIFY2(writer.open(path, &error), qPrintable(error));
        writer.write(RunStarted{u"R1"_s, path, 3, {u"a"_s}, {}});
        StepFinished ok;
        ok.stepId = u"a/connect"_s;
        writer.write(ok);
        StepFinished failed = ok;
        failed.stepId = u"a/init"_s;
        failed.status = StepStatus::Failed;
        writer.write(failed);
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::Append));
    file.write("{\"type\":\"step-fini"); // killed while writing
    file.close();
    QString error;
    const std::optional<JournalSummary> summary = readJournal(path, &error);
    QVERIFY2(summary, qPrintable(error));
    QCOMPARE(summary->runId, u"R1"_s);
    QCOMPARE(summary->done(), QStringList{u"a/connect"_s});
    QVERIFY(summary->outcome.isEmpty());
}

void TestRunnerParts::rejectsBrokenJournals()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"journal-2.jsonl"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"type\":\"run-started\",\"run\":\"R2\"}\nnot json\n{\"type\":\"x\"}\n");
    file.close();
    QString error;
    QVERIFY(!readJournal(path, &error));
    QVERIFY2(error.startsWith(path + u":2:"_s), qPrintable(error));
    QVERIFY(!readJournal(dir.filePath(u"missing.jsonl"_s), &error));
}

void TestRunnerParts::checksUniquenessAndClocks()
{
    RunFacts facts;
    facts.set(u"cp-1/preflight"_s, u"hostname"_s, {u"node"_s});
    facts.set(u"cp-2/preflight"_s, u"hostname"_s, {u"node"_s});
    facts.set(u"cp-1/preflight"_s, u"machine-id"_s, {u"aaa"_s});
    facts.set(u"cp-2/preflight"_s, u"machine-id"_s, {u"bbb"_s});
    facts.set(u"cp-1/preflight"_s, u"clock"_s, {u"0"_s, false, 0});
    facts.set(u"cp-2/preflight"_s, u"clock"_s, {u"0"_s, false, 7000});
    Redactor redactor;
    QList<RunEvent> events;
    StepContext context;
    context.facts = &facts;
    context.redactor = &redactor;
    context.report = [&events](const RunEvent &event) { events.append(event); };
    PlanStep step;
    step.id = u"cluster/preflight"_s;
    step.localChecks = {u"unique hostname"_s, u"unique machine-id"_s, u"max-skew clock 2"_s};
    const StepFinished result = executeLocalStep(step, context);
    QVERIFY(result.status == StepStatus::Failed);
    QVERIFY2(result.message.contains(u"hostname \"node\" is shared by cp-1, cp-2"_s),
             qPrintable(result.message));
    QVERIFY(!result.message.contains(u"machine-id"_s));
    QVERIFY2(result.message.contains(u"clocks differ by 7 s between cp-1 and cp-2"_s),
             qPrintable(result.message));

    facts.set(u"cp-2/preflight"_s, u"hostname"_s, {u"node-2"_s});
    facts.set(u"cp-2/preflight"_s, u"clock"_s, {u"0"_s, false, 1500});
    QVERIFY(executeLocalStep(step, context).status == StepStatus::Succeeded);
}

void TestRunnerParts::accessFromDesign()
{
    const LoadResult loaded = loadTopologyFile(QStringLiteral(CW_SOURCE_DIR)
                                               + u"/resources/examples/seichi-onp-k8s.cw.yaml"_s);
    QVERIFY(loaded.ok());
    const QHash<QString, NodeAccess> access = accessFromTopology(*loaded.topology);
    const NodeAccess cp = access.value(u"cp-1"_s);
    QCOMPARE(cp.target.host, u"192.168.18.11"_s);
    QCOMPARE(cp.target.user, u"cloudinit"_s);
    QCOMPARE(cp.jumpNode, u"bastion"_s);
    QCOMPARE(cp.addressOnNetwork.value(u"service"_s), u"192.168.8.11"_s);
    QVERIFY(access.value(u"bastion"_s).jumpNode.isEmpty());
}

QTEST_GUILESS_MAIN(TestRunnerParts)
#include "tst_runnerparts.moc"
