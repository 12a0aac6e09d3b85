// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "dashboardrecording.h"

#include "app/mainwindow.h"
#include "canvas/designscene.h"
#include "canvas/nodeitem.h"
#include "dashboard/dashboardwidget.h"
#include "dashboard/failurepanel.h"
#include "dashboard/logview.h"
#include "dashboard/runcharts.h"
#include "dashboard/runhistory.h"
#include "dashboard/runlogmodel.h"
#include "dashboard/runmodel.h"
#include "deploy/plan.h"
#include "edit/designeditor.h"
#include "format/topologyformat.h"
#include "model/topologydocument.h"
#include "runner/journal.h"
#include "runner/transport.h"

#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineSeries>
#include <QListView>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Clusterwright;
using namespace Qt::StringLiterals;

namespace {

const QString ExamplePath = u"" CW_EXAMPLES_DIR "/seichi-onp-k8s.cw.yaml"_s;
using DashboardRecording::Batch;
using DashboardRecording::recordRun;

} // namespace

class tst_Dashboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void liveRunWithFailure();
    void logFilterSearchAndFollow();
    void reportExport();
    void successShowsResult();
    void historyOpensJournalReadOnly();
    void canvasMirrorsRun();
    void fiftyNodesManyLines();

private:
    void feed(const QList<Batch> &batches);
    void screenshot(const QString &name);

    Topology m_topology;
    Plan m_plan;
    QTemporaryDir m_dir;
    QString m_design;
    std::unique_ptr<DashboardWidget> m_dashboard;
    qint64 m_clock = 0;
};

void tst_Dashboard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"Clusterwright"_s);
    QCoreApplication::setApplicationName(u"tst_dashboard"_s);
    QSettings().clear();
    const LoadResult loaded = loadTopologyFile(ExamplePath);
    QVERIFY(loaded.ok());
    m_topology = *loaded.topology;
    const PlanResult planned = buildPlan(m_topology);
    QVERIFY(planned.ok());
    m_plan = *planned.plan;
    QVERIFY(m_plan.step(u"wk-3/join"_s));
    QVERIFY(m_dir.isValid());
    m_design = m_dir.filePath(u"seichi-onp-k8s.cw.yaml"_s);
}

void tst_Dashboard::init()
{
    m_clock = 0;
    m_dashboard = std::make_unique<DashboardWidget>();
    m_dashboard->model()->setClock([this] { return m_clock; });
    m_dashboard->setDesign(m_topology, m_design);
    m_dashboard->resize(1280, 760);
}

void tst_Dashboard::cleanup()
{
    m_dashboard.reset();
}

void tst_Dashboard::feed(const QList<Batch> &batches)
{
    for (const Batch &b : batches) {
        m_clock = b.atMs;
        if (const auto *run = std::get_if<RunStarted>(&b.events.first()))
            m_dashboard->beginRun(*run, false, &m_plan);
        else
            m_dashboard->addEvents(b.events);
    }
    m_dashboard->refreshNow();
}

void tst_Dashboard::screenshot(const QString &name)
{
    m_dashboard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dashboard.get()));
    m_dashboard->refreshNow();
    const QString path = QDir(QStringLiteral(CW_BINARY_DIR)).filePath(name);
    QVERIFY(m_dashboard->grab().save(path));
    qInfo("screenshot: %s", qPrintable(path));
}

void tst_Dashboard::liveRunWithFailure()
{
    const QString journal = m_dir.filePath(u"live/journal-1.jsonl"_s);
    const QList<Batch> run = recordRun(m_plan, u"wk-3/join"_s, journal);
    // Mid-run: what arrived in the first 150 s (steps of the prepare phase running).
    QList<Batch> early;
    for (const Batch &b : run) {
        if (b.atMs <= 150'000)
            early.append(b);
    }
    feed(early);
    m_clock = 150'000;
    QVERIFY(m_dashboard->model()->isRunning());
    QVERIFY(m_dashboard->headerText().contains(u"running"_s));
    m_dashboard->refreshNow();
    int running = 0;
    for (int row = 0; row < m_dashboard->nodeTable()->rowCount(); ++row)
        running += m_dashboard->nodeTable()->item(row, 1)->text().contains(u"running"_s);
    QVERIFY(running > 0);
    QVERIFY(m_dashboard->model()->remainingMs() > 0);
    screenshot(u"dashboard-mid.png"_s);
    m_dashboard->tabs()->setCurrentIndex(1);
    screenshot(u"dashboard-mid-timeline.png"_s);
    m_dashboard->tabs()->setCurrentIndex(0);

    init();
    feed(run);
    RunModel *model = m_dashboard->model();
    QVERIFY(model->result());
    QVERIFY(model->result()->outcome == RunOutcome::Failed);

    // Node table: one row per node, state in words.
    QTableWidget *table = m_dashboard->nodeTable();
    QCOMPARE(table->rowCount(), 7);
    QHash<QString, QString> state;
    for (int row = 0; row < table->rowCount(); ++row)
        state.insert(table->item(row, 0)->text(), table->item(row, 1)->text());
    QVERIFY(state.value(u"wk-3"_s).contains(u"failed"_s));
    QVERIFY(state.value(u"wk-1"_s).contains(u"done"_s));
    QVERIFY(state.value(u"bastion"_s).contains(u"done"_s));
    QVERIFY(state.value(u"cp-1"_s).contains(u"blocked"_s)); // its verify step

    // Charts: a progress point per finished step plus the origin; a bar per node.
    QCOMPARE(m_dashboard->progressChart()->series()->count(), model->finishedSteps() + 1);
    QCOMPARE(model->finishedSteps(), int(m_plan.steps.size()));
    QCOMPARE(m_dashboard->ganttChart()->barCount(), 7);
    QCOMPARE(m_dashboard->comparisonChart()->action(), u"join"_s);
    QCOMPARE(m_dashboard->comparisonChart()->barCount(), 5); // cp-2, cp-3, wk-1..3

    // The failure panel came to the front with exit code, command and last lines.
    FailurePanel *failure = m_dashboard->failurePanel();
    QCOMPARE(m_dashboard->tabs()->currentWidget(), failure->parentWidget());
    QCOMPARE(failure->stepId(), u"wk-3/join"_s);
    const QString text = failure->text();
    QVERIFY(text.contains(u"Exit code: 1"_s));
    QVERIFY(text.contains(u"kubeadm join 192.168.18.100:6443"_s));
    QVERIFY(text.contains(u"connection refused"_s));
    QVERIFY(!failure->skipButton()->isEnabled()); // join changes the cluster
    QVERIFY(failure->skipButton()->toolTip().contains(u"changes the cluster"_s));
    QCOMPARE(failure->sshCommand(), sshCommandFor(u"wk-3"_s, accessFromTopology(m_topology)));
    QVERIFY(failure->sshCommand().startsWith(u"ssh "_s));
    QVERIFY(failure->sshCommand().contains(u"-J "_s));
    QVERIFY(failure->sshCommand().endsWith(u"@192.168.18.23"_s));
    QSignalSpy retry(m_dashboard.get(), &DashboardWidget::retryFailedRequested);
    failure->retryButton()->click();
    QCOMPARE(retry.size(), 1);
    QCOMPARE(retry.first().first().toString(), journal);
    QVERIFY(m_dashboard->headerText().contains(u"failed"_s));
    m_dashboard->tabs()->setCurrentIndex(0);
    screenshot(u"dashboard-failed.png"_s);
}

void tst_Dashboard::logFilterSearchAndFollow()
{
    feed(recordRun(m_plan, u"wk-3/join"_s, m_dir.filePath(u"log/journal-1.jsonl"_s), 10));
    LogView *log = m_dashboard->logView();
    m_dashboard->tabs()->setCurrentWidget(log);
    m_dashboard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dashboard.get()));
    const int all = log->filter()->rowCount();
    QVERIFY(all > 100);
    log->setNodeFilter(u"cp-2"_s);
    const int cp2 = log->filter()->rowCount();
    QVERIFY(cp2 > 0);
    QVERIFY(cp2 < all);
    for (int row = 0; row < cp2; ++row)
        QCOMPARE(log->filter()->index(row, 0).data(RunLogModel::NodeRole).toString(), u"cp-2"_s);
    log->setKinds(1 << int(LogKind::StdErr));
    QVERIFY(log->filter()->rowCount() > 0);
    QVERIFY(log->filter()->rowCount() < cp2);
    log->setKinds(0xF);
    log->setNodeFilter(QString());
    QCOMPARE(log->filter()->rowCount(), all);

    // Following: at the bottom while lines arrive; scrolling up stops it.
    const auto settle = [log] {
        QCoreApplication::processEvents();
        log->view()->doItemsLayout(); // the list lays out lazily; do it now
    };
    settle();
    QScrollBar *bar = log->view()->verticalScrollBar();
    QVERIFY(bar->maximum() > 0);
    QCOMPARE(bar->value(), bar->maximum());
    QVERIFY(log->isFollowing());
    bar->setValue(0);
    QVERIFY(!log->isFollowing());
    QList<RunEvent> more;
    for (int i = 0; i < 200; ++i)
        more.append(
            StepOutput{u"cp-1/init"_s, u"cp-1"_s, OutputStream::StdOut, u"line %1"_s.arg(i)});
    const int before = bar->maximum();
    m_dashboard->addEvents(more);
    settle();
    QVERIFY(bar->maximum() > before);
    QCOMPARE(bar->value(), 0);
    bar->setValue(bar->maximum());
    QVERIFY(log->isFollowing());
    const int bottom = bar->maximum();
    m_dashboard->addEvents(more);
    settle();
    QVERIFY(bar->maximum() > bottom);
    QCOMPARE(bar->value(), bar->maximum());

    QVERIFY(log->findNext(u"wk-2/install-containerd: working"_s));
    QVERIFY(log->selectedText().contains(u"wk-2/install-containerd: working"_s));
    QVERIFY(!log->findNext(u"no such line anywhere"_s));
    // Jumping to a match is looking at something: following stops.
    QVERIFY(!log->isFollowing());

    const QString saved = m_dir.filePath(u"log.txt"_s);
    QString error;
    QVERIFY2(log->saveTo(saved, &error), qPrintable(error));
    QFile file(saved);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count('\n'), log->filter()->rowCount());
}

void tst_Dashboard::reportExport()
{
    feed(recordRun(m_plan, u"wk-3/join"_s, m_dir.filePath(u"report/journal-1.jsonl"_s)));
    QString error;
    const QString html = m_dir.filePath(u"report.html"_s);
    QVERIFY2(m_dashboard->exportReport(html, &error), qPrintable(error));
    QFile htmlFile(html);
    QVERIFY(htmlFile.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(htmlFile.readAll());
    for (const QString &node : {u"cp-1"_s, u"cp-3"_s, u"wk-3"_s, u"bastion"_s})
        QVERIFY2(text.contains(u"<td>%1</td>"_s.arg(node)), qPrintable(node));
    QVERIFY(text.contains(u"etcd"_s));      // the fault-tolerance table
    QVERIFY(text.contains(u"wk-3/join"_s)); // the failed step
    const QString pdf = m_dir.filePath(u"report.pdf"_s);
    QVERIFY2(m_dashboard->exportReport(pdf, &error), qPrintable(error));
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QVERIFY(pdfFile.read(5) == "%PDF-");
}

void tst_Dashboard::successShowsResult()
{
    const QString journal = m_dir.filePath(u"seichi-onp-k8s.deploy/journal-ok.jsonl"_s);
    feed(recordRun(m_plan, QString(), journal));
    QVERIFY(m_dashboard->model()->result()->outcome == RunOutcome::Succeeded);
    const QString result = m_dashboard->resultText();
    QVERIFY(result.contains(
        QDir(m_dir.filePath(u"seichi-onp-k8s.deploy"_s)).filePath(u"admin.kubeconfig"_s)));
    QVERIFY(result.contains(u"cp-1   Ready    control-plane"_s));
    QVERIFY(m_dashboard->failurePanel()->stepId().isEmpty());
    for (int row = 0; row < m_dashboard->nodeTable()->rowCount(); ++row)
        QVERIFY(m_dashboard->nodeTable()->item(row, 1)->text().contains(u"done"_s));
    screenshot(u"dashboard-finished.png"_s);
    m_dashboard->tabs()->setCurrentIndex(1);
    screenshot(u"dashboard-finished-timeline.png"_s);
}

void tst_Dashboard::historyOpensJournalReadOnly()
{
    // A rehearsal journal as the runner writes it: events plus the plan record.
    const QString journal = deployDirFor(m_design, true) + u"/journal-20261122T210501Z.jsonl"_s;
    JournalWriter writer;
    QString error;
    QVERIFY2(writer.open(journal, &error), qPrintable(error));
    const QList<Batch> run = recordRun(m_plan, u"wk-3/join"_s, journal);
    writer.write(run.first().events.first());
    QJsonArray steps;
    for (const PlanStep &s : m_plan.steps)
        steps.append(QJsonObject{{u"step"_s, s.id},
                                 {u"node"_s, s.node},
                                 {u"phase"_s, toString(s.phase)},
                                 {u"title"_s, s.title},
                                 {u"after"_s, QJsonArray::fromStringList(s.dependsOn)}});
    writer.writeRecord({{u"type"_s, u"plan"_s}, {u"steps"_s, steps}});
    for (qsizetype i = 1; i < run.size(); ++i) {
        for (const RunEvent &e : run[i].events)
            writer.write(e);
    }
    QVERIFY(readJournal(journal, &error));

    RunHistoryWidget *history = m_dashboard->history();
    history->reload();
    QCOMPARE(history->entries().size(), 1);
    const RunHistoryEntry &entry = history->entries().first();
    QCOMPARE(entry.outcome, u"failed"_s);
    QVERIFY(entry.rehearsal);
    QCOMPARE(history->list()->topLevelItemCount(), 1);
    QCOMPARE(history->list()->topLevelItem(0)->text(1), u"Rehearsal"_s);

    emit history->openRequested(entry.journalPath);
    RunModel *model = m_dashboard->model();
    QVERIFY(model->isReadOnly());
    QVERIFY(model->isRehearsal());
    QCOMPARE(model->steps().size(), m_plan.steps.size());
    QVERIFY(model->effectiveStatus(*model->node(u"wk-3"_s)) == NodeStatus::Failed);
    QVERIFY(model->effectiveStatus(*model->node(u"wk-1"_s)) == NodeStatus::Done);
    QCOMPARE(model->failedSteps(), QStringList{u"wk-3/join"_s});
    QCOMPARE(model->log()->rowCount() > 100, true);
    QVERIFY(m_dashboard->headerText().contains(u"read-only"_s));
    QVERIFY(m_dashboard->headerText().contains(u"REHEARSAL"_s));
    // A recorded run cannot be retried from the panel; the header offers Resume.
    QVERIFY(!m_dashboard->failurePanel()->retryButton()->isEnabled());
}

void tst_Dashboard::canvasMirrorsRun()
{
    TopologyDocument document;
    MainWindow window(&document);
    QVERIFY(window.openFile(ExamplePath));
    auto *dock = window.findChild<QDockWidget *>(u"dashboardDock"_s);
    QVERIFY(dock);
    QVERIFY(!dock->isVisibleTo(&window));
    DashboardWidget *dashboard = window.dashboard();
    dashboard->model()->setClock([this] { return m_clock; });
    const QList<Batch> run
        = recordRun(m_plan, u"wk-3/join"_s, m_dir.filePath(u"canvas/journal-1.jsonl"_s), 12);
    for (const Batch &b : run) {
        m_clock = b.atMs;
        if (const auto *started = std::get_if<RunStarted>(&b.events.first()))
            dashboard->beginRun(*started, true, &m_plan);
        else
            dashboard->addEvents(b.events);
    }
    dashboard->refreshNow();
    DesignScene *scene = window.scene();
    const auto nodeItem = [scene](const QString &name) -> NodeItem * {
        for (QGraphicsItem *item : scene->items()) {
            auto *node = qgraphicsitem_cast<NodeItem *>(item);
            if (node && node->objectName() == name)
                return node;
        }
        return nullptr;
    };
    QVERIFY(nodeItem(u"cp-1"_s));
    QVERIFY(nodeItem(u"cp-1"_s)->runState().phase != NodeRunPhase::None);
    const QHash<QString, NodeRunState> states = dashboard->runStates();
    for (auto it = states.cbegin(); it != states.cend(); ++it) {
        NodeItem *item = nodeItem(it.key());
        QVERIFY2(item, qPrintable(it.key()));
        QVERIFY(item->runState().phase == it->phase);
        QCOMPARE(item->runState().step, it->step);
    }
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.centralWidget()->grab().save(
        QDir(QStringLiteral(CW_BINARY_DIR)).filePath(u"canvas-run.png"_s)));
    dashboard->closeRun();
    QVERIFY(nodeItem(u"cp-1"_s)->runState().phase == NodeRunPhase::None);
    window.editor()->undoStack()->setClean();
}

void tst_Dashboard::fiftyNodesManyLines()
{
    constexpr int Nodes = 50;
    constexpr int Lines = 2000;
    RunStarted started{u"big"_s, m_dir.filePath(u"big/journal.jsonl"_s), Nodes, {}, {}};
    for (int n = 0; n < Nodes; ++n)
        started.nodes.append(u"node-%1"_s.arg(n + 1, 2, 10, QChar(u'0')));
    m_dashboard->beginRun(started, true);
    m_dashboard->show();
    QList<RunEvent> batch;
    for (const QString &node : std::as_const(started.nodes))
        batch.append(StepStarted{node + u"/prepare"_s, node, Phase::Prepare, u"prepare"_s});
    m_dashboard->addEvents(batch);
    // Interleaved like 50 streams, 500 lines a batch, as the controller batches them.
    batch.clear();
    for (int line = 0; line < Lines; ++line) {
        m_clock = line * 10;
        for (const QString &node : std::as_const(started.nodes)) {
            batch.append(StepOutput{node + u"/prepare"_s, node,
                                    line % 10 ? OutputStream::StdOut : OutputStream::StdErr,
                                    u"apt: unpacking package %1"_s.arg(line)});
            if (batch.size() == 500) {
                m_dashboard->addEvents(batch);
                batch.clear();
            }
        }
    }
    m_dashboard->addEvents(batch);
    batch.clear();
    for (const QString &node : std::as_const(started.nodes))
        batch.append(StepFinished{
            node + u"/prepare"_s, node, StepStatus::Succeeded, 20000, 0, {}, {}, {}, {}});
    m_dashboard->addEvents(batch);
    m_dashboard->refreshNow();
    QCOMPARE(m_dashboard->model()->log()->rowCount(), Nodes * Lines);
    QCOMPARE(m_dashboard->logView()->filter()->rowCount(), Nodes * Lines);
    QCOMPARE(m_dashboard->model()->step(u"node-07/prepare"_s)->outputLines, Lines);
    QCOMPARE(m_dashboard->ganttChart()->barCount(), Nodes);
    QCOMPARE(m_dashboard->nodeTable()->rowCount(), Nodes);
    QCOMPARE(m_dashboard->model()->finishedSteps(), Nodes);
    m_dashboard->logView()->setNodeFilter(u"node-07"_s);
    QCOMPARE(m_dashboard->logView()->filter()->rowCount(), Lines);
    m_dashboard->tabs()->setCurrentIndex(1);
    screenshot(u"dashboard-50-nodes.png"_s);
}

QTEST_MAIN(tst_Dashboard)
#include "tst_dashboard.moc"
