// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
// The runner on synthetic plans over real sshd servers: dependency order,
// captures and placeholders, failure isolation, the parallelism limit,
// journal and redaction, resume, cancel (T13) and a host that is down.
#include "runnertestutil.h"
#include "sshtestutil.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace Clusterwright;
using namespace Clusterwright::Test;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

const QString Token = u"k7x2pq.9m4n8b2v6c1z0l3d"_s;
const QString CertificateKey
    = u"3f1a9c0d5e7b2a4c6d8e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e"_s;

int modeOf(const QString &path)
{
    struct stat info
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 07777) : -1;
}

} // namespace

class TestRunner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void ordersStepsAndFillsCaptures();
    void failureBlocksOnlyItsDependents();
    void respectsParallelism();
    void runsIndependentNodesConcurrently();
    void keepsSecretsOutOfEventsAndJournal();
    void resumeSkipsFinishedSteps();
    void cancelStopsWithinASecond();
    void unreachableNodeFailsItsBranch();
    void fetchesFilesPrivately();

private:
    QHash<QString, NodeAccess> access(const QStringList &nodes) const;
    RunFinished run(const QList<PlanStep> &steps, const QStringList &nodes, EventLog *log,
                    RunOptions options = {}, DeployRunner **handle = nullptr);
    QString work(const QString &name) const { return m_work->filePath(name); }
    QString q(const QString &name) const { return shellQuote(work(name)); }
    static QString readAll(const QString &path);

    SshdFixture m_sshd[3];
    SshClientSide m_client;
    std::unique_ptr<QTemporaryDir> m_work;
};

void TestRunner::initTestCase()
{
    CW_REQUIRE_SSHD(false);
    QVERIFY(m_client.isValid());
    for (SshdFixture &sshd : m_sshd) {
        QVERIFY2(sshd.start(), qPrintable(sshd.errorString()));
        QVERIFY(sshd.authorize(m_client.key() + u".pub"_s));
    }
}

void TestRunner::init()
{
    m_work = std::make_unique<QTemporaryDir>();
    QVERIFY(m_work->isValid());
}

QHash<QString, NodeAccess> TestRunner::access(const QStringList &nodes) const
{
    QHash<QString, NodeAccess> map;
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        NodeAccess a;
        a.node = nodes[i];
        a.target = targetOf(m_sshd[i % 3]);
        a.target.identityFile = m_client.key();
        map.insert(a.node, a);
    }
    return map;
}

RunFinished TestRunner::run(const QList<PlanStep> &steps, const QStringList &nodes, EventLog *log,
                            RunOptions options, DeployRunner **handle)
{
    Plan plan;
    plan.steps = steps;
    QString error;
    if (!sortSteps(&plan.steps, &error))
        qFatal("bad test plan: %s", qPrintable(error));
    if (options.outputDir.isEmpty())
        options.outputDir = work(u"out"_s);
    const QHash<QString, NodeAccess> map = access(nodes);
    SshCallbacks callbacks = m_client.trusting();
    DeployRunner runner(plan, map, makeSshTransportFactory(map, m_client.settings(), callbacks),
                        options);
    runner.setObserver([log](const RunEvent &event) { log->add(event); });
    if (handle)
        *handle = &runner;
    return runner.run();
}

QString TestRunner::readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

void TestRunner::ordersStepsAndFillsCaptures()
{
    PlanStep produce = shellStep(u"a/produce"_s, {u"a/connect"_s}, u"sleep 0.2; echo made-on-a"_s);
    produce.commands.first().captureAs = u"value"_s;
    PlanStep consume = shellStep(u"b/consume"_s, {u"b/connect"_s, u"a/produce"_s}, {});
    consume.commands.first().script.clear();
    consume.commands.first().argv = {u"sh"_s,
                                     u"-c"_s,
                                     u"printf %s \"$1\" > \"$2\""_s,
                                     u"_"_s,
                                     u"got ${cw:a/produce:value}"_s,
                                     work(u"b-got"_s)};
    FileArtifact file;
    file.remotePath = work(u"b-file.conf"_s);
    file.mode = 0640;
    file.content = "value=${cw:a/produce:value}\n";
    consume.files.append(file);

    EventLog log;
    const RunFinished result
        = run({connectStep(u"a"_s), connectStep(u"b"_s), produce, consume}, {u"a"_s, u"b"_s}, &log);
    QVERIFY2(result.outcome == RunOutcome::Succeeded, qPrintable(result.summary));
    QCOMPARE(result.succeeded, 4);
    QCOMPARE(readAll(work(u"b-got"_s)), u"got made-on-a"_s);
    QCOMPARE(readAll(work(u"b-file.conf"_s)), u"value=made-on-a\n"_s);
    QCOMPARE(modeOf(work(u"b-file.conf"_s)), 0640);
    // The consumer starts only after the producer finished.
    QVERIFY(log.indexOf<StepFinished>(u"a/produce"_s) < log.indexOf<StepStarted>(u"b/consume"_s));
}

void TestRunner::failureBlocksOnlyItsDependents()
{
    const QList<PlanStep> steps{
        connectStep(u"a"_s),
        connectStep(u"b"_s),
        shellStep(u"a/break"_s, {u"a/connect"_s}, u"echo 'disk full on /var' >&2; exit 3"_s),
        shellStep(u"a/after"_s, {u"a/break"_s}, u"touch "_s + q(u"a-after"_s)),
        shellStep(u"b/work"_s, {u"b/connect"_s}, u"sleep 0.3; touch "_s + q(u"b-work"_s)),
        shellStep(u"b/more"_s, {u"b/work"_s}, u"touch "_s + q(u"b-more"_s)),
    };
    EventLog log;
    const RunFinished result = run(steps, {u"a"_s, u"b"_s}, &log);
    QVERIFY(result.outcome == RunOutcome::Failed);
    QCOMPARE(result.failed, 1);
    QCOMPARE(result.blocked, 1);
    QVERIFY(QFile::exists(work(u"b-more"_s)));
    QVERIFY(!QFile::exists(work(u"a-after"_s)));
    const std::optional<StepFinished> broken = log.finished(u"a/break"_s);
    QVERIFY(broken);
    QCOMPARE(broken->exitCode, 3);
    QCOMPARE(broken->message, u"exit code 3"_s);
    QVERIFY(broken->lastLines.contains(u"disk full on /var"_s));
    QVERIFY(log.finished(u"a/after"_s)->status == StepStatus::Blocked);
    // The summary says what failed where, what it printed, and how to go on.
    QVERIFY2(result.summary.contains(u"a/break on a: exit code 3"_s), qPrintable(result.summary));
    QVERIFY(result.summary.contains(u"disk full on /var"_s));
    QVERIFY(result.summary.contains(u"resume"_s));
}

void TestRunner::respectsParallelism()
{
    QList<PlanStep> steps;
    const QStringList nodes{u"a"_s, u"b"_s, u"c"_s};
    for (const QString &node : nodes) {
        steps.append(connectStep(node));
        steps.append(shellStep(node + u"/sleep"_s, {node + u"/connect"_s}, u"sleep 0.2"_s));
    }
    EventLog log;
    RunOptions options;
    options.parallel = 1;
    const RunFinished result = run(steps, nodes, &log, options);
    QVERIFY2(result.outcome == RunOutcome::Succeeded, qPrintable(result.summary));
    QCOMPARE(log.maxRunning(), 1);
}

// Each step waits (bounded) for the other's marker: both succeed only if the
// runner really runs them at the same time.
void TestRunner::runsIndependentNodesConcurrently()
{
    const auto rendezvous = [this](const QString &mine, const QString &theirs) {
        return u"touch %1; i=0; while [ ! -e %2 ] && [ $i -lt 100 ]; do sleep 0.05; i=$((i+1)); "
               "done; [ -e %2 ]"_s.arg(q(mine), q(theirs));
    };
    const QList<PlanStep> steps{
        connectStep(u"a"_s),
        connectStep(u"b"_s),
        shellStep(u"a/meet"_s, {u"a/connect"_s}, rendezvous(u"a-here"_s, u"b-here"_s)),
        shellStep(u"b/meet"_s, {u"b/connect"_s}, rendezvous(u"b-here"_s, u"a-here"_s)),
    };
    EventLog log;
    RunOptions options;
    options.parallel = 2;
    const RunFinished result = run(steps, {u"a"_s, u"b"_s}, &log, options);
    QVERIFY2(result.outcome == RunOutcome::Succeeded, qPrintable(result.summary));
    QCOMPARE(log.maxRunning(), 2);
}

void TestRunner::keepsSecretsOutOfEventsAndJournal()
{
    // What kubeadm init prints unasked, and a secret capture used later.
    PlanStep init = shellStep(
        u"a/init"_s, {u"a/connect"_s},
        u"echo 'kubeadm join 10.0.0.1:6443 --token %1 \\'; echo '  --control-plane "
        "--certificate-key %2'; echo '[upload-certs] Using certificate key:'; echo %2"_s.arg(
            Token, CertificateKey));
    PlanStep credentials = shellStep(u"a/credentials"_s, {u"a/init"_s}, u"echo %1"_s.arg(Token));
    credentials.commands.first().captureAs = u"join-token"_s;
    credentials.commands.first().secret = true;
    PlanStep join = shellStep(u"b/join"_s, {u"b/connect"_s, u"a/credentials"_s}, {});
    join.commands.first().script.clear();
    join.commands.first().argv = {u"sh"_s,
                                  u"-c"_s,
                                  u"echo \"joining with $1\"; echo \"$1\" > \"$2\"; exit 1"_s,
                                  u"_"_s,
                                  u"${cw:a/credentials:join-token}"_s,
                                  work(u"b-token"_s)};
    EventLog log;
    const RunFinished result
        = run({connectStep(u"a"_s), connectStep(u"b"_s), init, credentials, join}, {u"a"_s, u"b"_s},
              &log);
    QVERIFY(result.outcome == RunOutcome::Failed);          // b/join exits 1 on purpose
    QCOMPARE(readAll(work(u"b-token"_s)).trimmed(), Token); // the node got the real value
    const QString journal = readAll(result.journalPath);
    QVERIFY(!journal.isEmpty());
    for (const QString &text : {log.allText(), journal, result.summary}) {
        QVERIFY(!text.contains(Token));
        QVERIFY(!text.contains(CertificateKey));
    }
    QVERIFY(journal.contains(u"--token [redacted]"_s));
    QVERIFY(journal.contains(u"joining with [redacted]"_s));
    QCOMPARE(modeOf(result.journalPath), 0600);
}

void TestRunner::resumeSkipsFinishedSteps()
{
    const auto count = [this](const QString &name) { return u"echo x >> %1"_s.arg(q(name)); };
    PlanStep guarded = shellStep(u"a/guarded"_s, {u"a/once"_s},
                                 count(u"guarded"_s) + u"; touch "_s + q(u"guarded-done"_s));
    guarded.guard = u"test -e "_s + q(u"guarded-done"_s);
    const QList<PlanStep> steps{
        connectStep(u"a"_s),
        shellStep(u"a/once"_s, {u"a/connect"_s}, count(u"once"_s)),
        guarded,
        shellStep(u"a/flaky"_s, {u"a/guarded"_s},
                  count(u"flaky"_s) + u"; test -e "_s + q(u"fixed"_s)),
        shellStep(u"a/last"_s, {u"a/flaky"_s}, count(u"last"_s)),
    };
    EventLog first;
    const RunFinished failed = run(steps, {u"a"_s}, &first);
    QVERIFY(failed.outcome == RunOutcome::Failed);
    QVERIFY(QFile(work(u"fixed"_s)).open(QIODevice::WriteOnly));

    RunOptions options;
    options.resumeJournal = DeployRunner::latestJournal(work(u"out"_s));
    QCOMPARE(options.resumeJournal, failed.journalPath);
    EventLog second;
    const RunFinished resumed = run(steps, {u"a"_s}, &second, options);
    QVERIFY2(resumed.outcome == RunOutcome::Succeeded, qPrintable(resumed.summary));
    QCOMPARE(readAll(work(u"once"_s)), u"x\n"_s);     // journal says done: not run again
    QCOMPARE(readAll(work(u"guarded"_s)), u"x\n"_s);  // its guard confirmed it on the node
    QCOMPARE(readAll(work(u"flaky"_s)), u"x\nx\n"_s); // failed before, ran again
    QCOMPARE(readAll(work(u"last"_s)), u"x\n"_s);
    QVERIFY(second.finished(u"a/once"_s)->status == StepStatus::Skipped);
    QVERIFY(second.finished(u"a/once"_s)->message.startsWith(u"done in run"_s));
    QVERIFY(second.finished(u"a/guarded"_s)->status == StepStatus::Skipped);
    QVERIFY(second.finished(u"a/connect"_s)->status == StepStatus::Succeeded);
    QVERIFY(resumed.journalPath != failed.journalPath);
}

void TestRunner::cancelStopsWithinASecond()
{
    const QList<PlanStep> steps{
        connectStep(u"a"_s),
        connectStep(u"b"_s),
        shellStep(u"a/long"_s, {u"a/connect"_s}, u"echo started; sleep 30"_s),
        shellStep(u"b/long"_s, {u"b/connect"_s}, u"sleep 30"_s),
        shellStep(u"a/next"_s, {u"a/long"_s}, u"true"_s),
    };
    EventLog log;
    QElapsedTimer sinceCancel;
    DeployRunner *runner = nullptr;
    std::atomic_bool cancelled{false};
    std::thread canceller([&] {
        for (int i = 0; i < 200 && log.indexOf<StepOutput>(u"a/long"_s) < 0; ++i)
            std::this_thread::sleep_for(50ms);
        sinceCancel.start();
        runner->cancel();
        cancelled = true;
    });
    Plan plan;
    plan.steps = steps;
    const QHash<QString, NodeAccess> map = access({u"a"_s, u"b"_s});
    RunOptions options;
    options.outputDir = work(u"out"_s);
    DeployRunner instance(
        plan, map, makeSshTransportFactory(map, m_client.settings(), m_client.trusting()), options);
    runner = &instance;
    instance.setObserver([&log](const RunEvent &event) { log.add(event); });
    const RunFinished result = instance.run();
    const qint64 stopMs = sinceCancel.elapsed();
    canceller.join();
    QVERIFY(cancelled);
    QVERIFY2(stopMs < 1000, qPrintable(u"stopped %1 ms after cancel"_s.arg(stopMs)));
    QVERIFY(result.outcome == RunOutcome::Cancelled);
    QVERIFY(log.finished(u"a/long"_s)->status == StepStatus::Cancelled);
    QVERIFY(log.indexOf<StepStarted>(u"a/next"_s) < 0);
    // The journal records the cancel and stays resumable.
    QString error;
    const std::optional<JournalSummary> journal = readJournal(result.journalPath, &error);
    QVERIFY2(journal, qPrintable(error));
    QCOMPARE(journal->outcome, u"cancelled"_s);
    QVERIFY(journal->done().contains(u"a/connect"_s));
    QVERIFY(!journal->done().contains(u"a/long"_s));
}

void TestRunner::unreachableNodeFailsItsBranch()
{
    Plan plan;
    plan.steps = {connectStep(u"a"_s), connectStep(u"down"_s),
                  shellStep(u"down/work"_s, {u"down/connect"_s}, u"true"_s),
                  shellStep(u"a/work"_s, {u"a/connect"_s}, u"true"_s)};
    QHash<QString, NodeAccess> map = access({u"a"_s, u"down"_s});
    map[u"down"_s].target.port = freeLoopbackPort(); // nothing listens there
    RunOptions options;
    options.outputDir = work(u"out"_s);
    DeployRunner runner(
        plan, map, makeSshTransportFactory(map, m_client.settings(), m_client.trusting()), options);
    EventLog log;
    runner.setObserver([&log](const RunEvent &event) { log.add(event); });
    const RunFinished result = runner.run();
    QVERIFY(result.outcome == RunOutcome::Failed);
    const std::optional<StepFinished> connect = log.finished(u"down/connect"_s);
    QVERIFY(connect && connect->status == StepStatus::Failed);
    QVERIFY2(connect->message.contains(u"127.0.0.1"_s), qPrintable(connect->message));
    QVERIFY(log.finished(u"down/work"_s)->status == StepStatus::Blocked);
    QVERIFY(log.finished(u"a/work"_s)->status == StepStatus::Succeeded);
}

void TestRunner::fetchesFilesPrivately()
{
    PlanStep step = shellStep(u"a/make"_s, {u"a/connect"_s},
                              u"printf 'apiVersion: v1\\n' > "_s + q(u"admin.conf"_s));
    step.fetches.append({work(u"admin.conf"_s), u"admin.kubeconfig"_s, 0600});
    EventLog log;
    const mode_t old = ::umask(0);
    const RunFinished result = run({connectStep(u"a"_s), step}, {u"a"_s}, &log);
    ::umask(old);
    QVERIFY2(result.outcome == RunOutcome::Succeeded, qPrintable(result.summary));
    const QString fetched = work(u"out/admin.kubeconfig"_s);
    QCOMPARE(readAll(fetched), u"apiVersion: v1\n"_s);
    QCOMPARE(modeOf(fetched), 0600);
}

QTEST_GUILESS_MAIN(TestRunner)
#include "tst_runner.moc"
