// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
// The deploy controller: a rehearsal of the seichi example through the GUI
// path (batches in order, the GUI thread never blocked), and real runs of
// synthetic plans against loopback sshd servers: a host key answered through
// the dialog, cancel and resume. Nothing leaves 127.0.0.1.
#include "deploy/deployactions.h"
#include "deploy/deploycontroller.h"
#include "deploy/hostkeydialog.h"
#include "deploy/planpreviewdialog.h"
#include "deploy/secretdialog.h"
#include "format/topologyformat.h"
#include "model/topologydocument.h"
#include "runner/runner.h"
#include "runnertestutil.h"
#include "sshtestutil.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace Clusterwright;
using namespace Clusterwright::Test;
using namespace Qt::StringLiterals;

namespace {

// Records the longest gap between ticks of a 10 ms timer on the GUI thread.
class Heartbeat
{
public:
    Heartbeat()
    {
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            if (m_clock.isValid())
                m_maxGap = qMax(m_maxGap, m_clock.restart());
            else
                m_clock.start();
        });
        m_timer.start();
    }
    qint64 maxGap() const { return m_maxGap; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_maxGap = 0;
};

// Runs the event loop until the controller finishes (bounded, not asserted).
RunFinished waitFinished(DeployController *controller, int limitMs = 120000)
{
    RunFinished result;
    result.outcome = RunOutcome::Failed;
    result.summary = u"did not finish"_s;
    QEventLoop loop;
    QObject::connect(controller, &DeployController::finished, &loop,
                     [&](const RunFinished &finished) {
                         result = finished;
                         loop.quit();
                     });
    QTimer::singleShot(limitMs, &loop, &QEventLoop::quit);
    if (controller->isRunning())
        loop.exec();
    return result;
}

} // namespace

class TestDeployController : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rehearsalKeepsTheGuiResponsive_data();
    void rehearsalKeepsTheGuiResponsive();
    void refusesADesignThatDoesNotPlan();
    void deployActionListsBlockingFindings();
    void previewShowsPlanFilesAndSettings();
    void hostKeyAnsweredThroughTheDialog();
    void cancelStopsPromptlyAndResumes();
    void resumeAfterFailureSucceeds();
    void secretDialogHidesWhatIsTyped();
    void changedHostKeyReplacedOnResume(); // last: re-creates a fixture's host key

private:
    QHash<QString, NodeAccess> access(const QStringList &nodes) const;
    Plan plan(const QList<PlanStep> &steps) const;
    QString work(const QString &name) const { return m_work.filePath(name); }

    SshdFixture m_sshd[2];
    SshClientSide m_client;
    QTemporaryDir m_work;
    bool m_haveSshd = false;
};

void TestDeployController::initTestCase()
{
    QVERIFY(m_work.isValid());
    if (!missingPrerequisite(false).isEmpty())
        return; // the rehearsal tests still run
    QVERIFY(m_client.isValid());
    for (SshdFixture &sshd : m_sshd) {
        QVERIFY2(sshd.start(), qPrintable(sshd.errorString()));
        QVERIFY(sshd.authorize(m_client.key() + u".pub"_s));
    }
    m_haveSshd = true;
}

QHash<QString, NodeAccess> TestDeployController::access(const QStringList &nodes) const
{
    QHash<QString, NodeAccess> map;
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        NodeAccess a;
        a.node = nodes[i];
        a.target = targetOf(m_sshd[i % 2]);
        a.target.user.clear(); // filled from Settings::defaultUser
        map.insert(a.node, a);
    }
    return map;
}

Plan TestDeployController::plan(const QList<PlanStep> &steps) const
{
    Plan p;
    p.steps = steps;
    QString error;
    if (!sortSteps(&p.steps, &error))
        qFatal("bad test plan: %s", qPrintable(error));
    return p;
}

void TestDeployController::rehearsalKeepsTheGuiResponsive_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("name");
    QTest::newRow("seichi") << QStringLiteral(CW_EXAMPLES_DIR "/seichi-onp-k8s.cw.yaml")
                            << u"seichi"_s;
    QTest::newRow("kubevip-flannel")
        << QStringLiteral(CW_TEST_DATA_DIR "/deploy/kubevip-flannel.cw.yaml") << u"kubevip"_s;
}

void TestDeployController::rehearsalKeepsTheGuiResponsive()
{
    QFETCH(QString, source);
    QFETCH(QString, name);
    const LoadResult loaded = loadTopologyFile(source);
    QVERIFY(loaded.ok());
    const QString design = work(name + u".cw.yaml"_s);
    const PlanResult planned = buildPlan(*loaded.topology);
    QVERIFY(planned.ok());

    DeployController controller;
    DeployController::Settings settings;
    settings.timeScale = 0.01;
    QList<QList<RunEvent>> batches;
    connect(&controller, &DeployController::eventsArrived, this,
            [&batches](const QList<RunEvent> &events) { batches.append(events); });
    QSignalSpy started(&controller, &DeployController::started);

    QString error;
    QVERIFY2(controller.start(*loaded.topology, design, DeployController::Mode::Rehearsal, settings,
                              false, &error),
             qPrintable(error));
    Heartbeat heartbeat; // from the start of the run to its end
    QVERIFY(controller.isRunning());
    QVERIFY(controller.isRehearsal());
    QCOMPARE(controller.outputDir(), work(name + u".rehearsal"_s));
    const RunFinished result = waitFinished(&controller);
    QVERIFY(!controller.isRunning());

    // Never blocked: the heartbeat kept ticking during the whole run.
    QVERIFY2(heartbeat.maxGap() < 100, qPrintable(QString::number(heartbeat.maxGap())));

    // In order, in batches: RunStarted first, RunFinished last, every step
    // started before it finished, progress never going back.
    QVERIFY(batches.size() > 1);
    QList<RunEvent> events;
    for (const QList<RunEvent> &batch : std::as_const(batches))
        events += batch;
    QVERIFY(events.size() > batches.size());
    QVERIFY(std::holds_alternative<RunStarted>(events.first()));
    QVERIFY(std::holds_alternative<RunFinished>(events.last()));
    QCOMPARE(started.size(), 1);
    QSet<QString> running, done;
    int lastFinished = 0;
    for (const RunEvent &event : std::as_const(events)) {
        if (const auto *s = std::get_if<StepStarted>(&event))
            running.insert(s->stepId);
        if (const auto *f = std::get_if<StepFinished>(&event)) {
            QVERIFY2(running.contains(f->stepId) || f->status == StepStatus::Blocked,
                     qPrintable(f->stepId));
            done.insert(f->stepId);
        }
        if (const auto *p = std::get_if<ProgressChanged>(&event)) {
            QVERIFY(p->finished >= lastFinished);
            lastFinished = p->finished;
        }
    }
    // Labelled as a rehearsal, journal beside the design in its own directory.
    QVERIFY(result.summary.startsWith(controller.runLabel()));
    QVERIFY(!controller.runLabel().isEmpty());
    QVERIFY(result.journalPath.startsWith(work(name + u".rehearsal/"_s)));
    qInfo("longest gap between 10 ms heartbeats: %lld ms, %lld events in %lld batches",
          heartbeat.maxGap(), qint64(events.size()), qint64(batches.size()));
    QCOMPARE(done.size(), planned.plan->steps.size());

    QVERIFY2(result.outcome == RunOutcome::Succeeded, qPrintable(result.summary));
    QCOMPARE(result.succeeded, int(planned.plan->steps.size()));
}

void TestDeployController::refusesADesignThatDoesNotPlan()
{
    Topology empty;
    DeployController controller;
    QString error;
    QVERIFY(!controller.start(empty, work(u"empty.cw.yaml"_s), DeployController::Mode::Deploy, {},
                              false, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!controller.isRunning());
}

void TestDeployController::deployActionListsBlockingFindings()
{
    TopologyDocument document;
    Topology broken;
    broken.nodes.append(Node());
    broken.nodes[0].name = u"lonely"_s;
    document.reset(broken);
    QWidget window;
    DeployActions actions(&window, &document);
    QString shown;
    QTimer::singleShot(0, this, [&shown] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            shown = box->text() + u'\n' + box->informativeText();
            box->close();
        }
    });
    QVERIFY(!actions.begin(DeployController::Mode::Deploy));
    const PlanResult planned = buildPlan(broken);
    QVERIFY(!planned.blocking.isEmpty());
    QVERIFY2(shown.contains(planned.blocking.first().message), qPrintable(shown));
    QVERIFY(!actions.controller()->isRunning());
    QVERIFY(actions.deployAction()->isEnabled());
    QVERIFY(!actions.cancelAction()->isEnabled());
}

void TestDeployController::previewShowsPlanFilesAndSettings()
{
    const LoadResult loaded
        = loadTopologyFile(QStringLiteral(CW_EXAMPLES_DIR "/seichi-onp-k8s.cw.yaml"));
    QVERIFY(loaded.ok());
    const PlanResult planned = buildPlan(*loaded.topology);
    QVERIFY(planned.ok());
    PlanPreviewDialog preview(*planned.plan, *loaded.topology, DeployController::Mode::Rehearsal);
    QVERIFY(preview.summaryLabel()->text().contains(QString::number(planned.plan->steps.size())));
    int steps = 0;
    for (int i = 0; i < preview.stepsTree()->topLevelItemCount(); ++i)
        steps += preview.stepsTree()->topLevelItem(i)->childCount();
    QCOMPARE(steps, int(planned.plan->steps.size()));
    // Files per node, as `clusterwright render` writes them.
    QStringList cp1Files;
    for (int i = 0; i < preview.filesTree()->topLevelItemCount(); ++i) {
        QTreeWidgetItem *node = preview.filesTree()->topLevelItem(i);
        for (int j = 0; node->text(0) == u"cp-1" && j < node->childCount(); ++j)
            cp1Files.append(node->child(j)->text(0));
    }
    QVERIFY2(cp1Files.contains(u"/etc/keepalived/keepalived.conf"_s),
             qPrintable(cp1Files.join(u' ')));
    ArtifactViewer *viewer = preview.reviewFiles(u"cp-1"_s);
    QVERIFY(viewer->editor()->isReadOnly());
    QVERIFY(viewer->list()->currentItem()->text().startsWith(u"cp-1: "_s));
    QVERIFY(!viewer->editor()->toPlainText().isEmpty());
    viewer->close();

    // Settings round trip: override, defaults, injected failures.
    DeployController::Settings in;
    in.parallel = 4;
    in.defaultUser = u"admin"_s;
    in.acceptNewHostKeys = true;
    in.addressOverride.insert(u"cp-2"_s, u"127.0.0.1"_s);
    in.failPreflightOn = {u"wk-1"_s};
    in.slowJoinOn = {u"wk-2"_s};
    in.timeScale = 0.1;
    preview.setSettings(in);
    const DeployController::Settings out = preview.settings();
    QCOMPARE(out.parallel, 4);
    QCOMPARE(out.defaultUser, u"admin"_s);
    QVERIFY(out.acceptNewHostKeys);
    QCOMPARE(out.addressOverride, in.addressOverride);
    QCOMPARE(out.failPreflightOn, in.failPreflightOn);
    QCOMPARE(out.slowJoinOn, in.slowJoinOn);
    QVERIFY(qAbs(out.timeScale - 0.1) < 1e-9);
}

void TestDeployController::hostKeyAnsweredThroughTheDialog()
{
    if (!m_haveSshd)
        QSKIP(qPrintable(missingPrerequisite(false)));
    const QString out = work(u"hostkey.deploy"_s);
    const Plan p = plan({connectStep(u"a"_s), connectStep(u"b"_s),
                         shellStep(u"a/touch"_s, {u"a/connect"_s},
                                   u"touch "_s + shellQuote(work(u"a-touched"_s)))});
    DeployController controller;
    QStringList fingerprints;
    controller.hostKeyHandler = [&fingerprints](const HostKeyPrompt &prompt) {
        fingerprints.append(prompt.key.fingerprint());
        HostKeyDialog dialog(prompt);
        QTimer::singleShot(
            0, &dialog, [&dialog] { dialog.findChild<QPushButton *>(u"acceptSave"_s)->click(); });
        dialog.exec();
        return dialog.decision();
    };
    DeployController::Settings settings;
    settings.defaultUser = u"root"_s;
    settings.defaultIdentityFile = m_client.key();
    QString error;
    QVERIFY2(controller.startPlan(p, access({u"a"_s, u"b"_s}), out, DeployController::Mode::Deploy,
                                  settings, false, &error, m_client.settings()),
             qPrintable(error));
    const RunFinished result = waitFinished(&controller);
    QVERIFY2(result.outcome == RunOutcome::Succeeded, qPrintable(result.summary));
    QVERIFY(QFile::exists(work(u"a-touched"_s)));
    QCOMPARE(fingerprints.size(), 2);
    QVERIFY(fingerprints.contains(m_sshd[0].hostKeyFingerprint()));
    QVERIFY(fingerprints.contains(m_sshd[1].hostKeyFingerprint()));
    QVERIFY(controller.runLabel().isEmpty());
}

void TestDeployController::cancelStopsPromptlyAndResumes()
{
    if (!m_haveSshd)
        QSKIP(qPrintable(missingPrerequisite(false)));
    const QString out = work(u"cancel.deploy"_s);
    const QList<PlanStep> steps{connectStep(u"a"_s),
                                shellStep(u"a/long"_s, {u"a/connect"_s}, u"sleep 30"_s),
                                shellStep(u"a/after"_s, {u"a/long"_s}, u"true"_s)};
    DeployController controller;
    DeployController::Settings settings;
    settings.defaultUser = u"root"_s;
    settings.defaultIdentityFile = m_client.key();
    settings.acceptNewHostKeys = true;
    QElapsedTimer sinceCancel;
    connect(&controller, &DeployController::eventsArrived, this,
            [&](const QList<RunEvent> &events) {
                for (const RunEvent &event : events) {
                    if (const auto *s = std::get_if<StepStarted>(&event);
                        s && s->stepId == u"a/long" && !sinceCancel.isValid()) {
                        sinceCancel.start();
                        controller.cancel();
                    }
                }
            });
    QString error;
    QVERIFY2(controller.startPlan(plan(steps), access({u"a"_s}), out,
                                  DeployController::Mode::Deploy, settings, false, &error,
                                  m_client.settings()),
             qPrintable(error));
    const RunFinished cancelled = waitFinished(&controller);
    QVERIFY(sinceCancel.isValid());
    QVERIFY2(sinceCancel.elapsed() < 1000, qPrintable(QString::number(sinceCancel.elapsed())));
    QVERIFY(cancelled.outcome == RunOutcome::Cancelled);
    std::optional<JournalSummary> journal = readJournal(cancelled.journalPath, &error);
    QVERIFY2(journal, qPrintable(error));
    QCOMPARE(journal->outcome, u"cancelled"_s);

    // The journal is resumable: the same step ids, the long step now quick.
    QList<PlanStep> quick = steps;
    quick[1].commands.first().script = u"true"_s;
    QVERIFY2(controller.startPlan(plan(quick), access({u"a"_s}), out,
                                  DeployController::Mode::Deploy, settings, true, &error,
                                  m_client.settings()),
             qPrintable(error));
    const RunFinished resumed = waitFinished(&controller);
    QVERIFY2(resumed.outcome == RunOutcome::Succeeded, qPrintable(resumed.summary));
    QVERIFY(resumed.journalPath != cancelled.journalPath);
}

void TestDeployController::resumeAfterFailureSucceeds()
{
    if (!m_haveSshd)
        QSKIP(qPrintable(missingPrerequisite(false)));
    const QString out = work(u"resume.deploy"_s);
    const QString flag = work(u"flag"_s), count = work(u"count"_s);
    const Plan p
        = plan({connectStep(u"a"_s), connectStep(u"b"_s),
                shellStep(u"a/once"_s, {u"a/connect"_s}, u"echo x >> "_s + shellQuote(count)),
                shellStep(u"b/needs-flag"_s, {u"b/connect"_s},
                          u"test -f "_s + shellQuote(flag)
                              + u" || { echo 'flag missing' >&2; exit 3; }"_s)});
    DeployController controller;
    DeployController::Settings settings;
    settings.defaultUser = u"root"_s;
    settings.defaultIdentityFile = m_client.key();
    settings.acceptNewHostKeys = true;
    settings.holdFailures = false; // the run ends on the failure (held ones: tst_guideploy)
    QString error;
    QVERIFY(controller.startPlan(p, access({u"a"_s, u"b"_s}), out, DeployController::Mode::Deploy,
                                 settings, false, &error, m_client.settings()));
    const RunFinished failed = waitFinished(&controller);
    QVERIFY(failed.outcome == RunOutcome::Failed);
    QCOMPARE(failed.failed, 1);

    QFile(flag).open(QIODevice::WriteOnly);
    QVERIFY(controller.startPlan(p, access({u"a"_s, u"b"_s}), out, DeployController::Mode::Deploy,
                                 settings, true, &error, m_client.settings()));
    const RunFinished resumed = waitFinished(&controller);
    QVERIFY2(resumed.outcome == RunOutcome::Succeeded, qPrintable(resumed.summary));
    QFile counted(count);
    QVERIFY(counted.open(QIODevice::ReadOnly));
    QCOMPARE(counted.readAll(), QByteArray("x\n")); // a/once was not redone
}

void TestDeployController::secretDialogHidesWhatIsTyped()
{
    SecretPrompt prompt;
    prompt.kind = SecretKind::KeyPassphrase;
    prompt.keyFile = u"/home/u/.ssh/id_ed25519"_s;
    SecretDialog hidden(prompt);
    QVERIFY(hidden.field()->echoMode() == QLineEdit::Password);
    prompt.kind = SecretKind::KeyboardInteractive;
    prompt.echo = true; // the server asked for a visible answer (a user name)
    SecretDialog shown(prompt);
    QVERIFY(shown.field()->echoMode() == QLineEdit::Normal);
}

void TestDeployController::changedHostKeyReplacedOnResume()
{
    if (!m_haveSshd)
        QSKIP(qPrintable(missingPrerequisite(false)));
    const QString out = work(u"rekey.deploy"_s);
    const Plan p = plan({connectStep(u"a"_s), shellStep(u"a/work"_s, {u"a/connect"_s}, u"true"_s)});
    DeployController controller;
    DeployController::Settings settings;
    settings.defaultUser = u"root"_s;
    settings.defaultIdentityFile = m_client.key();
    settings.acceptNewHostKeys = true; // first contact; a changed key is never accepted
    QString error;
    QVERIFY(controller.startPlan(p, access({u"a"_s}), out, DeployController::Mode::Deploy, settings,
                                 false, &error, m_client.settings()));
    QVERIFY(waitFinished(&controller).outcome == RunOutcome::Succeeded);

    const QString oldFingerprint = m_sshd[0].hostKeyFingerprint();
    QVERIFY(m_sshd[0].regenerateHostKeys({u"ed25519"_s}));
    QVERIFY(m_sshd[0].restart());
    const QString newFingerprint = m_sshd[0].hostKeyFingerprint();
    QVERIFY(oldFingerprint != newFingerprint);

    QList<StepFinished> keyChanges;
    connect(&controller, &DeployController::eventsArrived, this,
            [&keyChanges](const QList<RunEvent> &events) {
                for (const RunEvent &event : events) {
                    const auto *step = std::get_if<StepFinished>(&event);
                    if (step && DeployController::isHostKeyChange(*step))
                        keyChanges.append(*step);
                }
            });
    QVERIFY(controller.startPlan(p, access({u"a"_s}), out, DeployController::Mode::Deploy, settings,
                                 false, &error, m_client.settings()));
    QVERIFY(waitFinished(&controller).outcome == RunOutcome::Failed);
    QCOMPARE(keyChanges.size(), 1);
    QCOMPARE(keyChanges.first().stepId, u"a/connect"_s);
    QVERIFY(keyChanges.first().message.contains(oldFingerprint));
    QVERIFY(keyChanges.first().message.contains(newFingerprint));

    // "This machine was re-created": the stale key is replaced and the run resumes.
    QVERIFY2(controller.resumeReplacingHostKey(u"a"_s, &error), qPrintable(error));
    const RunFinished resumed = waitFinished(&controller);
    QVERIFY2(resumed.outcome == RunOutcome::Succeeded, qPrintable(resumed.summary));
    // From now on the new key is simply known.
    settings.acceptNewHostKeys = false; // no handler either: only a known key connects
    QVERIFY(controller.startPlan(p, access({u"a"_s}), out, DeployController::Mode::Deploy, settings,
                                 false, &error, m_client.settings()));
    const RunFinished again = waitFinished(&controller);
    QVERIFY2(again.outcome == RunOutcome::Succeeded, qPrintable(again.summary));
    QCOMPARE(keyChanges.size(), 1);
}

QTEST_MAIN(TestDeployController)
#include "tst_deploycontroller.moc"
