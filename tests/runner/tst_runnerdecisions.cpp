// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
// Held failures (RunOptions::holdFailures, the desktop app's mode): a failed
// step waits for the user's retry, skip or "resume later" while the rest of
// the run goes on, against real sshd servers.
#include "runner/journal.h"
#include "runnertestutil.h"
#include "sshtestutil.h"

#include <QFile>
#include <QTemporaryDir>

#include <thread>

using namespace Clusterwright;
using namespace Clusterwright::Test;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

// The runner in a thread of its own, so that the test decides from outside
// the observer, as the GUI does.
class HeldRun
{
public:
    HeldRun(const Plan &plan, const QHash<QString, NodeAccess> &access,
            std::unique_ptr<TransportFactory> factory, RunOptions options)
        : m_runner(plan, access, std::move(factory), options)
    {
        m_runner.setObserver([this](const RunEvent &event) { log.add(event); });
        m_thread = std::thread([this] {
            m_result = m_runner.run();
            m_done = true;
        });
    }
    ~HeldRun()
    {
        m_runner.cancel();
        if (m_thread.joinable())
            m_thread.join();
    }
    DeployRunner &runner() { return m_runner; }
    // The last RunWaiting's steps once it arrived (bounded wait), else empty.
    QStringList waitingFor(int count = 1)
    {
        for (int i = 0; i < 400; ++i) {
            QList<QStringList> waits;
            for (const RunEvent &event : log.events()) {
                if (const auto *w = std::get_if<RunWaiting>(&event))
                    waits.append(w->stepIds);
            }
            if (waits.size() >= count)
                return waits.last();
            if (m_done)
                break;
            std::this_thread::sleep_for(25ms);
        }
        return {};
    }
    std::optional<RunFinished> finish()
    {
        for (int i = 0; i < 400 && !m_done; ++i)
            std::this_thread::sleep_for(25ms);
        if (!m_done)
            return std::nullopt;
        m_thread.join();
        return m_result;
    }
    EventLog log;

private:
    DeployRunner m_runner;
    std::thread m_thread;
    std::atomic_bool m_done{false};
    RunFinished m_result;
};

} // namespace

class TestRunnerDecisions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void retryRunsTheFailedStepAgain();
    void skipGoesOnOnlyWhenSafe();
    void endingAWaitingRun_data();
    void endingAWaitingRun();
    void skipRefusalsByPhase();

private:
    std::unique_ptr<HeldRun> start(const QList<PlanStep> &steps, const QStringList &nodes);
    QString work(const QString &name) const { return m_work->filePath(name); }

    SshdFixture m_sshd[2];
    SshClientSide m_client;
    std::unique_ptr<QTemporaryDir> m_work;
};

void TestRunnerDecisions::initTestCase()
{
    CW_REQUIRE_SSHD(false);
    QVERIFY(m_client.isValid());
    for (SshdFixture &sshd : m_sshd) {
        QVERIFY2(sshd.start(), qPrintable(sshd.errorString()));
        QVERIFY(sshd.authorize(m_client.key() + u".pub"_s));
    }
}

void TestRunnerDecisions::init()
{
    m_work = std::make_unique<QTemporaryDir>();
    QVERIFY(m_work->isValid());
}

std::unique_ptr<HeldRun> TestRunnerDecisions::start(const QList<PlanStep> &steps,
                                                    const QStringList &nodes)
{
    Plan plan;
    plan.steps = steps;
    QString error;
    if (!sortSteps(&plan.steps, &error))
        qFatal("bad test plan: %s", qPrintable(error));
    QHash<QString, NodeAccess> map;
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        NodeAccess a;
        a.node = nodes[i];
        a.target = targetOf(m_sshd[i % 2]);
        a.target.identityFile = m_client.key();
        map.insert(a.node, a);
    }
    RunOptions options;
    options.outputDir = work(u"out"_s);
    options.holdFailures = true;
    return std::make_unique<HeldRun>(
        plan, map, makeSshTransportFactory(map, m_client.settings(), m_client.trusting()), options);
}

void TestRunnerDecisions::retryRunsTheFailedStepAgain()
{
    const QString mark = work(u"broken"_s);
    QVERIFY(QFile(mark).open(QIODevice::WriteOnly));
    const QString flaky = u"if [ -e %1 ]; then echo 'mirror unreachable' >&2; exit 3; fi; "
                          "echo fetched"_s.arg(shellQuote(mark));
    auto run = start({connectStep(u"a"_s), connectStep(u"b"_s),
                      shellStep(u"a/flaky"_s, {u"a/connect"_s}, flaky),
                      shellStep(u"b/after"_s, {u"b/connect"_s, u"a/flaky"_s}, u"true"_s),
                      shellStep(u"b/other"_s, {u"b/connect"_s}, u"sleep 0.3"_s)},
                     {u"a"_s, u"b"_s});

    QCOMPARE(run->waitingFor(), QStringList{u"a/flaky"_s});
    // Everything independent ran first; the dependent waits, not blocked.
    QVERIFY(run->log.finished(u"b/other"_s)->status == StepStatus::Succeeded);
    QVERIFY(run->log.indexOf<StepStarted>(u"b/after"_s) < 0);
    QVERIFY(run->log.finished(u"a/flaky"_s)->lastLines.contains(u"mirror unreachable"_s));
    QVERIFY(!run->runner().retryStep(u"b/other"_s)); // not a failure: nothing to retry

    QVERIFY(QFile::remove(mark));
    QVERIFY(run->runner().retryStep(u"a/flaky"_s));
    const std::optional<RunFinished> result = run->finish();
    QVERIFY(result);
    QVERIFY(result->outcome == RunOutcome::Succeeded);
    QCOMPARE(result->failed, 0);
    QVERIFY(run->log.indexOf<StepStarted>(u"b/after"_s) >= 0);
    QVERIFY(run->log.allText().contains(u"retrying at your request"_s));
    // The journal ends with the step's last outcome, so a later resume skips it.
    QString error;
    const std::optional<JournalSummary> journal = readJournal(result->journalPath, &error);
    QVERIFY2(journal, qPrintable(error));
    QCOMPARE(journal->steps.value(u"a/flaky"_s), u"succeeded"_s);
    QCOMPARE(journal->outcome, u"succeeded"_s);
}

void TestRunnerDecisions::skipGoesOnOnlyWhenSafe()
{
    PlanStep check = shellStep(u"a/check"_s, {u"a/connect"_s},
                               u"echo 'needs 1700 MiB of memory, has 1536' >&2; exit 1"_s);
    check.phase = Phase::Preflight;
    PlanStep probe = shellStep(u"a/probe"_s, {u"a/connect"_s}, u"exit 4"_s);
    probe.phase = Phase::Preflight;
    RemoteCommand capture;
    capture.argv = {u"echo"_s, u"value"_s};
    capture.captureAs = u"value"_s;
    probe.commands.append(capture); // never runs: the first command fails
    PlanStep use = shellStep(u"a/use"_s, {u"a/probe"_s}, u"echo ${cw:a/probe:value}"_s);
    PlanStep setup = shellStep(u"a/setup"_s, {u"a/connect"_s}, u"exit 2"_s);
    setup.mutatesCluster = true;
    auto run = start({connectStep(u"a"_s), check, probe, use, setup,
                      shellStep(u"a/next"_s, {u"a/check"_s}, u"true"_s)},
                     {u"a"_s});

    QCOMPARE(run->waitingFor(), (QStringList{u"a/check"_s, u"a/probe"_s, u"a/setup"_s}));
    QString why;
    QVERIFY(!run->runner().skipStep(u"a/setup"_s, &why));
    QVERIFY2(why.contains(u"changes the cluster"_s), qPrintable(why));
    QVERIFY(!run->runner().skipStep(u"a/probe"_s, &why));
    QVERIFY2(why.contains(u"a/use needs its value"_s), qPrintable(why));
    QVERIFY(run->runner().skipStep(u"a/check"_s, &why));

    // a/next runs; the run then waits again for the two left.
    QCOMPARE(run->waitingFor(2), (QStringList{u"a/probe"_s, u"a/setup"_s}));
    QVERIFY(run->log.finished(u"a/next"_s)->status == StepStatus::Succeeded);
    run->runner().releaseFailures();
    const std::optional<RunFinished> result = run->finish();
    QVERIFY(result);
    QVERIFY(result->outcome == RunOutcome::Failed);
    QCOMPARE(result->skipped, 1);
    QCOMPARE(result->blocked, 1); // a/use
    QString error;
    const std::optional<JournalSummary> journal = readJournal(result->journalPath, &error);
    QVERIFY2(journal, qPrintable(error));
    QCOMPARE(journal->steps.value(u"a/check"_s), u"skipped"_s);
    QVERIFY(run->log.allText().contains(u"skipped at your request after it failed"_s));
}

void TestRunnerDecisions::endingAWaitingRun_data()
{
    QTest::addColumn<bool>("cancel");
    QTest::newRow("resume later") << false;
    QTest::newRow("cancel") << true;
}

// "Resume later" and Cancel both end a run that waits: the dependents are
// blocked and the journal resumable.
void TestRunnerDecisions::endingAWaitingRun()
{
    QFETCH(bool, cancel);
    auto run = start({connectStep(u"a"_s), shellStep(u"a/init"_s, {u"a/connect"_s}, u"exit 1"_s),
                      shellStep(u"a/join"_s, {u"a/init"_s}, u"true"_s)},
                     {u"a"_s});
    QCOMPARE(run->waitingFor(), QStringList{u"a/init"_s});
    if (cancel)
        run->runner().cancel();
    else
        run->runner().releaseFailures();
    const std::optional<RunFinished> result = run->finish();
    QVERIFY(result);
    QVERIFY(result->outcome == (cancel ? RunOutcome::Cancelled : RunOutcome::Failed));
    QVERIFY(run->log.finished(u"a/join"_s)->status == StepStatus::Blocked);
    QVERIFY(result->summary.contains(u"resume"_s));
    QVERIFY(!run->runner().retryStep(u"a/init"_s)); // too late: the run is over
}

void TestRunnerDecisions::skipRefusalsByPhase()
{
    QVERIFY(skipRefusal(Phase::Preflight, false).isEmpty());
    QVERIFY(skipRefusal(Phase::Verify, false).isEmpty());
    QVERIFY(!skipRefusal(Phase::Connect, false).isEmpty());
    QVERIFY(!skipRefusal(Phase::Prepare, false).isEmpty());
    QVERIFY(!skipRefusal(Phase::Preflight, true).isEmpty());
    QVERIFY(!skipRefusal(Phase::Join, true).isEmpty());
}

QTEST_GUILESS_MAIN(TestRunnerDecisions)
#include "tst_runnerdecisions.moc"
