// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
// Deploys from the main window to fake cluster hosts (real sshd per node,
// tests/support/fakecluster.h) and checks what the user sees: node states,
// chart points, the canvas, the failure panel with Retry step, Cancel with
// its confirmation and Resume, and the GUI thread never stalling. The
// controller gets the fake hosts' loopback addresses (never the design's).
#include "fakecluster.h"
#include "sshtestutil.h"

#include "app/documentfiles.h"
#include "app/mainwindow.h"
#include "canvas/designscene.h"
#include "canvas/nodeitem.h"
#include "dashboard/dashboardwidget.h"
#include "dashboard/failurepanel.h"
#include "dashboard/runcharts.h"
#include "dashboard/runmodel.h"
#include "deploy/deployactions.h"
#include "deploy/deploycontroller.h"
#include "deploy/planpreviewdialog.h"
#include "format/topologyformat.h"
#include "model/topologydocument.h"
#include "runner/journal.h"
#include "runner/runner.h"

#include <QAbstractButton>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLineSeries>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include <sys/stat.h>

using namespace Clusterwright;
using namespace Clusterwright::Test;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

const QString Design = u"seichi-onp-k8s"_s;
constexpr int RunLimitMs = 240000;

// The longest stretch the GUI thread did not turn its event loop.
class Heartbeat : public QObject
{
public:
    Heartbeat()
    {
        m_timer.setInterval(10);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            m_maxGapMs = std::max(m_maxGapMs, m_since.restart());
            ++m_ticks;
        });
        m_since.start();
        m_timer.start();
    }
    qint64 maxGapMs() const { return m_maxGapMs; }
    // The test's own pause (a screenshot) is not the product's.
    void excuse() { m_since.restart(); }
    int ticks() const { return m_ticks; }

private:
    QTimer m_timer;
    QElapsedTimer m_since;
    qint64 m_maxGapMs = 0;
    int m_ticks = 0;
};

// The example copied to a scratch folder (its runs go beside it) and open in a document.
struct OpenDesign
{
    QTemporaryDir dir;
    QString design;
    Topology topology;
    TopologyDocument document;

    bool open()
    {
        design = dir.filePath(Design + u".cw.yaml"_s);
        if (!QFile::copy(QStringLiteral(CW_EXAMPLES_DIR "/") + Design + u".cw.yaml"_s, design))
            return false;
        const LoadResult loaded = loadTopologyFile(design);
        if (!loaded.ok())
            return false;
        topology = *loaded.topology;
        document.reset(topology, loaded.sourceMap);
        document.setFilePath(design);
        return true;
    }
};

// A design on its own fake cluster, open in a main window.
struct Stage : OpenDesign
{
    FakeCluster cluster;
    Plan plan;
    std::unique_ptr<MainWindow> window;

    DashboardWidget *dashboard() const { return window->dashboard(); }
    RunModel *model() const { return dashboard()->model(); }
    DeployController *controller() const { return window->deployActions()->controller(); }
    SshSettings settings() const { return fakeClusterClientSettings(dir.path()); }
    QString stateOf(const QString &node) const
    {
        QTableWidget *table = dashboard()->nodeTable();
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->text() == node)
                return table->item(row, 1)->text();
        }
        return {};
    }
    StepStatus statusOf(const QString &step) const
    {
        const StepRecord *s = model()->step(step);
        return s ? s->status : StepStatus::Pending;
    }
    QHash<QString, NodeRunState> canvasStates() const
    {
        QHash<QString, NodeRunState> states;
        for (QGraphicsItem *item : window->scene()->items()) {
            if (auto *node = qgraphicsitem_cast<NodeItem *>(item))
                states.insert(topology.nodes.value(node->objectIndex()).name, node->runState());
        }
        return states;
    }
};

// Clicks `button` of the next QMessageBox that comes up (bounded).
void answerNextMessageBox(QMessageBox::StandardButton button, bool *answered)
{
    auto *poll = new QTimer;
    auto *tries = new int(0);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, tries, button, answered] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            *answered = true;
            box->button(button)->click();
        } else if (++*tries < 500) {
            return;
        }
        delete tries;
        poll->deleteLater();
        poll->stop();
    });
    poll->start(20);
}

void screenshot(QWidget *window, const QString &name)
{
    const QString dir = qEnvironmentVariable("CW_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        window->grab().save(dir + u'/' + name);
}

} // namespace

class TstGuiDeploy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void deployFromTheWindow();
    void failedJoinRetriedFromTheFailurePanel();
    void cancelFromTheDashboardThenResume();
    void hostDownThenBackRetried();
    void resumeAfterReopeningTheApp();
    void rehearsalFailuresSkippedAndRetried();
    void closingTheWindowAsksFirst();

private:
    bool stage(Stage *s);
    bool start(Stage &s);
    std::optional<RunFinished> waitFinished(Stage &s, QSignalSpy *spy);

    SshClientSide m_client;
};

void TstGuiDeploy::initTestCase()
{
    CW_REQUIRE_SSHD(true);
    QVERIFY(m_client.isValid());
    QStandardPaths::setTestModeEnabled(true); // window layout settings stay out of ~
    QCoreApplication::setApplicationName(u"tst_guideploy"_s);
    QSettings().clear();
}

bool TstGuiDeploy::stage(Stage *s)
{
    if (!s->open())
        return false;
    const PlanResult planned = buildPlan(s->topology);
    if (!planned.ok())
        return false;
    s->plan = *planned.plan;
    if (!s->cluster.start(s->topology, m_client.key() + u".pub"_s)) {
        qWarning("%s", qPrintable(s->cluster.errorString()));
        return false;
    }
    s->window = std::make_unique<MainWindow>(&s->document);
    s->window->resize(1500, 1000);
    s->window->show();
    if (!QTest::qWaitForWindowExposed(s->window.get()))
        return false;
    // The canvas keeps half the height, as a room watching the demo wants.
    if (auto *dock = s->window->findChild<QDockWidget *>(u"dashboardDock"_s))
        s->window->resizeDocks({dock}, {480}, Qt::Vertical);
    return true;
}

// What the Deploy action starts after the preview, with the fake hosts'
// addresses in place of the design's (the preview's job is tested elsewhere).
bool TstGuiDeploy::start(Stage &s)
{
    QHash<QString, NodeAccess> access = accessFromTopology(s.topology);
    s.cluster.redirect(&access, m_client.key());
    DeployController::Settings settings;
    settings.acceptNewHostKeys = true; // host-key dialogs: tst_deploycontroller
    QString error;
    const bool ok = s.controller()->startPlan(
        s.plan, access, DeployController::outputDirFor(s.design), DeployController::Mode::Deploy,
        settings, false, &error, s.settings());
    if (!ok)
        qWarning("startPlan: %s", qPrintable(error));
    return ok;
}

std::optional<RunFinished> TstGuiDeploy::waitFinished(Stage &s, QSignalSpy *spy)
{
    if (spy->isEmpty() && !spy->wait(RunLimitMs)) {
        s.controller()->cancel();
        return std::nullopt;
    }
    const RunFinished result = spy->takeFirst().first().value<RunFinished>();
    s.dashboard()->refreshNow();
    return result;
}

void TstGuiDeploy::deployFromTheWindow()
{
    Stage s;
    QVERIFY(stage(&s));
    Heartbeat heartbeat;
    QSignalSpy finished(s.controller(), &DeployController::finished);
    s.cluster.setHang(u"wk-1"_s, u"join"_s, true);
    QVERIFY(start(s));

    // A host that hangs: the window goes on turning and shows where it waits.
    QTRY_VERIFY_WITH_TIMEOUT(s.statusOf(u"wk-1/join"_s) == StepStatus::Running, RunLimitMs);
    const int ticksBefore = heartbeat.ticks();
    QTest::qWait(1500);
    s.dashboard()->refreshNow();
    QVERIFY(heartbeat.ticks() - ticksBefore >= 50);
    QCOMPARE(s.stateOf(u"wk-1"_s), u"▶ running"_s);
    QVERIFY(s.canvasStates().value(u"wk-1"_s).phase == NodeRunPhase::Running);
    QCOMPARE(s.canvasStates().value(u"wk-1"_s).step, u"join"_s);
    QVERIFY(s.dashboard()->headerText().contains(u"▶ running"_s));
    screenshot(s.window.get(), u"deploy-running.png"_s);
    heartbeat.excuse();
    s.cluster.setHang(u"wk-1"_s, u"join"_s, false);

    const std::optional<RunFinished> result = waitFinished(s, &finished);
    const qint64 maxGapMs = heartbeat.maxGapMs(); // during the run
    QVERIFY(result);
    QVERIFY2(result->outcome == RunOutcome::Succeeded, qPrintable(result->summary));
    QTabWidget *tabs = s.dashboard()->tabs();
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->tabText(i) == u"Result"_s)
            tabs->setCurrentIndex(i);
    }
    screenshot(s.window.get(), u"deploy-finished.png"_s);

    // Every node done, in the table and on the canvas.
    const QStringList nodes{u"bastion"_s, u"cp-1"_s, u"cp-2"_s, u"cp-3"_s,
                            u"wk-1"_s,    u"wk-2"_s, u"wk-3"_s};
    QCOMPARE(s.dashboard()->nodeTable()->rowCount(), int(nodes.size()));
    for (const QString &node : nodes) {
        QCOMPARE(s.stateOf(node), u"✔ done"_s);
        QVERIFY(s.canvasStates().value(node).phase == NodeRunPhase::Done);
    }
    // Charts: a progress point per finished step (plus the start), a Gantt
    // bar per node, the joins compared across the five joining nodes.
    const int steps = int(s.plan.steps.size());
    QCOMPARE(s.model()->finishedSteps(), steps);
    QCOMPARE(s.model()->samples().size(), steps + 1);
    QCOMPARE(s.dashboard()->progressChart()->series()->count(), steps + 1);
    QCOMPARE(s.dashboard()->progressChart()->series()->points().last().y(), double(steps));
    QCOMPARE(s.dashboard()->ganttChart()->barCount(), int(nodes.size()));
    s.dashboard()->comparisonChart()->setAction(u"join"_s);
    s.dashboard()->comparisonChart()->refresh(*s.model());
    QCOMPARE(s.dashboard()->comparisonChart()->barCount(), 5);

    // The summary: outcome, kubeconfig, `kubectl get nodes` from the cluster.
    QVERIFY(s.dashboard()->headerText().contains(u"✔ succeeded"_s));
    QVERIFY(s.dashboard()->headerText().contains(u"%1 of %1 steps"_s.arg(steps)));
    const QString kubeconfig = DeployController::outputDirFor(s.design) + u"/admin.kubeconfig"_s;
    QVERIFY2(s.dashboard()->resultText().contains(kubeconfig),
             qPrintable(s.dashboard()->resultText()));
    struct stat info
    {
    };
    QCOMPARE(::stat(QFile::encodeName(kubeconfig).constData(), &info), 0);
    QCOMPARE(int(info.st_mode & 0777), 0600);
    for (const QString &node : nodes.mid(1)) {
        const QRegularExpression ready(u"^%1\\s+Ready\\s.*\\s192\\.168\\.18\\.\\d+\\s"_s.arg(node),
                                       QRegularExpression::MultilineOption);
        QVERIFY2(s.dashboard()->resultText().contains(ready),
                 qPrintable(node + u"\n"_s + s.dashboard()->resultText()));
    }
    QCOMPARE(s.cluster.registeredNodes().size(), 6);
    const QString report = s.dir.filePath(u"report.html"_s);
    QString error;
    QVERIFY2(s.dashboard()->exportReport(report, &error), qPrintable(error));
    QFile html(report);
    QVERIFY(html.open(QIODevice::ReadOnly));
    QVERIFY(html.readAll().contains("data:image/png;base64,"));

    // The promise, measured over the whole run on this machine.
    qInfo("GUI thread: longest gap between 10 ms ticks during the deploy: %lld ms", maxGapMs);
    QVERIFY2(maxGapMs <= 100, qPrintable(u"%1 ms"_s.arg(maxGapMs)));
}

void TstGuiDeploy::failedJoinRetriedFromTheFailurePanel()
{
    Stage s;
    QVERIFY(stage(&s));
    const QString error = u"error execution phase kubelet-start: error uploading crisocket: "
                          "timed out waiting for the condition"_s;
    s.cluster.setFail(u"wk-2"_s, u"join"_s, error);
    QSignalSpy finished(s.controller(), &DeployController::finished);
    QVERIFY(start(s));

    // The run goes on elsewhere, then waits for a decision on wk-2's join.
    QTRY_VERIFY_WITH_TIMEOUT(s.model()->waitingFor() == QStringList{u"wk-2/join"_s}, RunLimitMs);
    s.dashboard()->refreshNow();
    QVERIFY(finished.isEmpty());
    FailurePanel *panel = s.dashboard()->failurePanel();
    QCOMPARE(s.dashboard()->tabs()->currentWidget(), panel->parentWidget());
    QVERIFY2(panel->text().contains(error), qPrintable(panel->text()));
    QVERIFY(panel->text().contains(u"Exit code: 1"_s));
    QVERIFY(panel->text().contains(u"kubeadm"_s));
    // The command line that opens a terminal there, through the bastion.
    const QString terminal = sshCommandFor(u"wk-2"_s, s.controller()->access());
    QVERIFY2(terminal.contains(QRegularExpression(u"-J \\S+@127\\.0\\.0\\.1"_s)),
             qPrintable(terminal));
    QVERIFY2(panel->text().contains(u"Terminal: "_s + terminal),
             qPrintable(terminal + u"\n"_s + panel->text()));
    QCOMPARE(panel->retryButton()->text(), u"Retry step"_s);
    QVERIFY(panel->retryButton()->isEnabled());
    QVERIFY(!panel->skipButton()->isEnabled()); // a join changes the cluster
    QVERIFY(panel->resumeLaterButton()->isEnabled());
    QCOMPARE(s.stateOf(u"wk-2"_s), u"✖ failed"_s);
    QCOMPARE(s.stateOf(u"wk-3"_s), u"✔ done"_s);
    QVERIFY(s.dashboard()->headerText().contains(u"waiting for you"_s));
    QVERIFY(s.statusOf(u"cp-1/verify"_s) == StepStatus::Pending); // waits for every join
    screenshot(s.window.get(), u"deploy-failed.png"_s);

    // Fixed on the machine: Retry step runs it again and the run completes.
    s.cluster.setFail(u"wk-2"_s, u"join"_s, {});
    QTest::mouseClick(panel->retryButton(), Qt::LeftButton);
    const std::optional<RunFinished> result = waitFinished(s, &finished);
    QVERIFY(result);
    QVERIFY2(result->outcome == RunOutcome::Succeeded, qPrintable(result->summary));
    QCOMPARE(result->failed, 0);
    QCOMPARE(s.model()->failedCount(), 0);
    QVERIFY(!panel->isVisible());
    QCOMPARE(s.stateOf(u"wk-2"_s), u"✔ done"_s);
    QCOMPARE(s.cluster.started(u"kubeadm"_s, u"join"_s, u"wk-2"_s).size(), 2);
    QCOMPARE(s.cluster.succeeded(u"kubeadm"_s, u"join"_s, u"wk-2"_s).size(), 1);
    QVERIFY(s.cluster.registeredNodes().contains(u"wk-2"_s));
    // The progress chart shows the step leaving "finished" and coming back.
    QCOMPARE(s.model()->samples().size(), int(s.plan.steps.size()) + 3);
}

void TstGuiDeploy::cancelFromTheDashboardThenResume()
{
    Stage s;
    QVERIFY(stage(&s));
    s.cluster.setHang(u"cp-2"_s, u"join"_s, true);
    QSignalSpy finished(s.controller(), &DeployController::finished);
    QVERIFY(start(s));
    QTRY_VERIFY_WITH_TIMEOUT(s.statusOf(u"cp-2/join"_s) == StepStatus::Running, RunLimitMs);

    // Cancel asks first; "No" leaves the run alone.
    auto *cancel = s.dashboard()->findChild<QPushButton *>(u"cancelRun"_s);
    QVERIFY(cancel && cancel->isEnabled());
    bool answered = false;
    answerNextMessageBox(QMessageBox::No, &answered);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(answered);
    QTest::qWait(300);
    QVERIFY(finished.isEmpty());
    QVERIFY(s.controller()->isRunning());

    answered = false;
    answerNextMessageBox(QMessageBox::Yes, &answered);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(answered);
    const std::optional<RunFinished> cancelled = waitFinished(s, &finished);
    QVERIFY(cancelled);
    QVERIFY(cancelled->outcome == RunOutcome::Cancelled);
    QVERIFY(s.dashboard()->headerText().contains(u"■ cancelled"_s));
    auto *resume = s.dashboard()->findChild<QPushButton *>(u"resumeRun"_s);
    QVERIFY(resume && resume->isEnabled());

    s.cluster.setHang(u"cp-2"_s, u"join"_s, false);
    QTest::mouseClick(resume, Qt::LeftButton);
    const std::optional<RunFinished> resumed = waitFinished(s, &finished);
    QVERIFY(resumed);
    QVERIFY2(resumed->outcome == RunOutcome::Succeeded, qPrintable(resumed->summary));
    QVERIFY(!s.model()->run().resumedFrom.isEmpty());
    QCOMPARE(s.cluster.kubeadmInits().size(), 1); // the cluster was not initialised twice
    QCOMPARE(s.cluster.registeredNodes().size(), 6);
}

// A machine that is down: its connect fails, the rest goes as far as it can,
// the window keeps turning; once it is back, Retry step connects and finishes.
void TstGuiDeploy::hostDownThenBackRetried()
{
    Stage s;
    QVERIFY(stage(&s));
    s.cluster.sshd(u"wk-3"_s).stop();
    Heartbeat heartbeat;
    QSignalSpy finished(s.controller(), &DeployController::finished);
    QVERIFY(start(s));
    QTRY_VERIFY_WITH_TIMEOUT(s.model()->waitingFor() == QStringList{u"wk-3/connect"_s}, RunLimitMs);
    const qint64 maxGapMs = heartbeat.maxGapMs();
    s.dashboard()->refreshNow();
    FailurePanel *panel = s.dashboard()->failurePanel();
    QCOMPARE(panel->stepId(), u"wk-3/connect"_s);
    QVERIFY2(panel->text().contains(u"wk-3"_s), qPrintable(panel->text()));
    // Where it broke: the bastion could not open the tunnel, and why.
    QVERIFY2(panel->text().contains(u"cannot open a tunnel"_s)
                 && panel->text().contains(u"Connection refused"_s),
             qPrintable(panel->text()));
    QVERIFY(!panel->skipButton()->isEnabled()); // the node's other steps need it
    QCOMPARE(s.stateOf(u"wk-3"_s), u"✖ failed"_s);
    // The others got as far as they can without wk-3 (the cross-node checks need it).
    QVERIFY(s.statusOf(u"wk-2/preflight"_s) == StepStatus::Succeeded);
    QVERIFY(s.statusOf(u"wk-2/join"_s) == StepStatus::Pending);
    qInfo("GUI thread: longest gap while wk-3 was down: %lld ms", maxGapMs);
    QVERIFY2(maxGapMs <= 100, qPrintable(u"%1 ms"_s.arg(maxGapMs)));

    QVERIFY(s.cluster.sshd(u"wk-3"_s).restart());
    QTest::mouseClick(panel->retryButton(), Qt::LeftButton);
    const std::optional<RunFinished> result = waitFinished(s, &finished);
    QVERIFY(result);
    QVERIFY2(result->outcome == RunOutcome::Succeeded, qPrintable(result->summary));
    QVERIFY(s.cluster.registeredNodes().contains(u"wk-3"_s));
}

// A rehearsal cancelled half-way, the app closed and opened again: the dashboard
// shows the run from its journal and Resume continues it (simulated
// machines: the design's addresses are never contacted).
void TstGuiDeploy::resumeAfterReopeningTheApp()
{
    OpenDesign open;
    QVERIFY(open.open());
    const QString &design = open.design;
    TopologyDocument &document = open.document;
    {
        MainWindow first(&document);
        DeployController *controller = first.deployActions()->controller();
        DeployController::Settings settings;
        settings.timeScale = 0.02;
        QSignalSpy finished(controller, &DeployController::finished);
        QString error;
        QVERIFY2(controller->start(open.topology, design, DeployController::Mode::Rehearsal,
                                   settings, false, &error),
                 qPrintable(error));
        // Left half-way: cancelled once the init is done, then the app closes.
        QTRY_VERIFY_WITH_TIMEOUT(first.dashboard()->model()->step(u"cp-1/init"_s)
                                     && first.dashboard()->model()->step(u"cp-1/init"_s)->status
                                            == StepStatus::Succeeded,
                                 RunLimitMs);
        controller->cancel();
        QVERIFY(finished.wait(RunLimitMs));
        QVERIFY(finished.first().first().value<RunFinished>().outcome == RunOutcome::Cancelled);
    }
    const QString journal = DeployRunner::latestJournal(DeployController::rehearsalDirFor(design));
    QVERIFY(!journal.isEmpty());

    MainWindow second(&document);
    second.show();
    QVERIFY(QTest::qWaitForWindowExposed(&second));
    DashboardWidget *dashboard = second.dashboard();
    QString error;
    QVERIFY2(dashboard->openJournal(journal, &error), qPrintable(error));
    dashboard->refreshNow();
    QVERIFY(dashboard->headerText().contains(u"read-only"_s));
    auto *resume = dashboard->findChild<QPushButton *>(u"resumeRun"_s);
    QVERIFY(resume && resume->isEnabled());

    // The preview comes first (nothing is remembered after a restart).
    bool previewed = false;
    QTimer poll;
    connect(&poll, &QTimer::timeout, this, [&previewed] {
        auto *preview = qobject_cast<PlanPreviewDialog *>(QApplication::activeModalWidget());
        if (!preview)
            return;
        previewed = true;
        preview->findChild<QDoubleSpinBox *>(u"speed"_s)->setValue(500);
        preview->accept();
    });
    poll.start(20);
    QSignalSpy finished(second.deployActions()->controller(), &DeployController::finished);
    QTest::mouseClick(resume, Qt::LeftButton);
    QVERIFY(previewed);
    QVERIFY(finished.wait(RunLimitMs));
    const RunFinished result = finished.first().first().value<RunFinished>();
    QVERIFY2(result.outcome == RunOutcome::Succeeded, qPrintable(result.summary));
    dashboard->refreshNow();
    QCOMPARE(dashboard->model()->run().resumedFrom, journal);
    QVERIFY(dashboard->model()->isRehearsal());
    QVERIFY(result.skipped > 0); // what the first run finished was not redone
}

// A workshop: two machines fail their preflight in a rehearsal; one check is
// skipped (it changes nothing), the other retried after "fixing" the machine.
void TstGuiDeploy::rehearsalFailuresSkippedAndRetried()
{
    OpenDesign open;
    QVERIFY(open.open());
    const QString &design = open.design;
    TopologyDocument &document = open.document;
    MainWindow window(&document);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    DashboardWidget *dashboard = window.dashboard();
    DeployController *controller = window.deployActions()->controller();
    DeployController::Settings settings;
    settings.timeScale = 0.01;
    settings.failPreflightOn = {u"wk-1"_s, u"wk-2"_s};
    QSignalSpy finished(controller, &DeployController::finished);
    QString error;
    QVERIFY2(controller->start(open.topology, design, DeployController::Mode::Rehearsal, settings,
                               false, &error),
             qPrintable(error));
    const QStringList both{u"wk-1/preflight"_s, u"wk-2/preflight"_s};
    QTRY_VERIFY_WITH_TIMEOUT(dashboard->model()->waitingFor() == both, RunLimitMs);
    dashboard->refreshNow();
    FailurePanel *panel = dashboard->failurePanel();
    QCOMPARE(panel->stepId(), u"wk-1/preflight"_s);
    QVERIFY(panel->text().contains(u"is not on this machine"_s));
    QVERIFY(panel->skipButton()->isEnabled());
    QTest::mouseClick(panel->skipButton(), Qt::LeftButton);

    // The panel moves on to the other failure; retrying it passes this time.
    QTRY_VERIFY_WITH_TIMEOUT(dashboard->model()->waitingFor() == QStringList{u"wk-2/preflight"_s},
                             RunLimitMs);
    dashboard->refreshNow();
    QCOMPARE(panel->stepId(), u"wk-2/preflight"_s);
    QTest::mouseClick(panel->retryButton(), Qt::LeftButton);
    QVERIFY(finished.wait(RunLimitMs));
    const RunFinished result = finished.first().first().value<RunFinished>();
    QVERIFY2(result.outcome == RunOutcome::Succeeded, qPrintable(result.summary));
    QCOMPARE(result.skipped, 1);
    QVERIFY(result.summary.startsWith(u"Rehearsal"_s));
    dashboard->refreshNow();
    QVERIFY(dashboard->model()->step(u"wk-1/preflight"_s)->status == StepStatus::Skipped);
    QVERIFY(dashboard->model()->step(u"wk-2/preflight"_s)->status == StepStatus::Succeeded);
}

// During a run New/Open are refused and quitting asks: "No" keeps both,
// "Yes" stops the run resumably.
void TstGuiDeploy::closingTheWindowAsksFirst()
{
    OpenDesign open;
    QVERIFY(open.open());
    auto window = std::make_unique<MainWindow>(&open.document);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    DeployController *controller = window->deployActions()->controller();
    DeployController::Settings settings;
    settings.timeScale = 0.5; // slow enough to be running when the window closes
    QSignalSpy finished(controller, &DeployController::finished);
    QString error;
    QVERIFY2(controller->start(open.topology, open.design, DeployController::Mode::Rehearsal,
                               settings, false, &error),
             qPrintable(error));

    // Another design cannot replace this one while its deploy runs.
    bool answered = false;
    answerNextMessageBox(QMessageBox::Ok, &answered);
    window->files()->newDesign();
    QVERIFY(answered);
    QCOMPARE(open.document.filePath(), open.design);

    answered = false;
    answerNextMessageBox(QMessageBox::No, &answered);
    QVERIFY(!window->close());
    QVERIFY(answered);
    QVERIFY(controller->isRunning());
    QVERIFY(window->isVisible());

    answered = false;
    answerNextMessageBox(QMessageBox::Yes, &answered);
    QVERIFY(window->close());
    QVERIFY(answered);
    QVERIFY(finished.wait(RunLimitMs)); // the cancel ends the run promptly
    QVERIFY(finished.first().first().value<RunFinished>().outcome == RunOutcome::Cancelled);
    window.reset();
    const QString journal
        = DeployRunner::latestJournal(DeployController::rehearsalDirFor(open.design));
    QVERIFY(readJournal(journal, &error));
    QCOMPARE(readJournal(journal, &error)->outcome, u"cancelled"_s);
}

QTEST_MAIN(TstGuiDeploy)
#include "tst_guideploy.moc"
