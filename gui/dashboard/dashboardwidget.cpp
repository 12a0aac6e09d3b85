// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "dashboard/dashboardwidget.h"

#include "canvas/designscene.h"
#include "dashboard/failurepanel.h"
#include "dashboard/logview.h"
#include "dashboard/runcharts.h"
#include "dashboard/runhistory.h"
#include "dashboard/runmodel.h"
#include "dashboard/runreport.h"
#include "runner/transport.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Clusterwright {

DashboardWidget::DashboardWidget(QWidget *parent)
    : QWidget(parent)
    , m_model(new RunModel(this))
    , m_refresh(new QTimer(this))
    , m_ticker(new QTimer(this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(u"dashboard"_s);
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(150);
    m_ticker->setInterval(1000);
    connect(m_refresh, &QTimer::timeout, this, &DashboardWidget::refreshNow);
    connect(m_ticker, &QTimer::timeout, this, &DashboardWidget::scheduleRefresh);
    connect(m_model, &RunModel::updated, this, &DashboardWidget::scheduleRefresh);
    connect(m_model, &RunModel::runFinished, this, &DashboardWidget::scheduleRefresh);
    connect(m_model, &RunModel::reset, this, &DashboardWidget::onReset);

    m_log = new LogView(m_model->log(), this);
    m_history = new RunHistoryWidget(this);
    m_tabs->addTab(buildOverview(), tr("Nodes"));
    m_timeline = buildTimeline();
    m_tabs->addTab(m_timeline, tr("Timeline"));
    m_tabs->addTab(m_log, tr("Log"));
    m_tabs->addTab(buildFailureTab(), tr("Failure"));
    m_tabs->addTab(buildResultTab(), tr("Result"));
    m_tabs->addTab(m_history, tr("History"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(buildHeader());
    layout->addWidget(m_tabs, 1);

    // The timeline's charts are brought up to date when they come into view.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_timeline)
            refreshNow();
    });
    connect(m_history, &RunHistoryWidget::openRequested, this, [this](const QString &path) {
        QString error;
        if (!openJournal(path, &error))
            QMessageBox::warning(this, tr("Open Run"), error);
    });
    // While the run is live a retry is the step's; after it, the run's (resume).
    connect(m_failure, &FailurePanel::retryRequested, this, [this](const QString &stepId) {
        if (m_model->isRunning() && !m_model->isReadOnly())
            emit retryStepRequested(stepId);
        else
            emit retryFailedRequested(m_model->run().journalPath);
    });
    connect(m_failure, &FailurePanel::resumeLaterRequested, this,
            &DashboardWidget::resumeLaterRequested);
    connect(m_failure, &FailurePanel::skipRequested, this, &DashboardWidget::skipRequested);
    onReset();
}

DashboardWidget::~DashboardWidget() = default;

QWidget *DashboardWidget::buildHeader()
{
    auto *header = new QWidget(this);
    m_title = new QLabel(tr("No run"), header);
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_title->setFont(big);
    m_rehearsal = new QLabel(tr("REHEARSAL · simulated machines, nothing is deployed"), header);
    m_rehearsal->setObjectName(u"rehearsalBanner"_s);
    m_rehearsal->setStyleSheet(
        u"QLabel { background: #fff3c4; color: #5a4300; border: 1px solid #c9a227;"
        " padding: 2px 6px; font-weight: bold; }"_s);
    m_stats = new QLabel(header);
    m_stats->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_phases = new QLabel(header);
    m_phases->setWordWrap(true);
    m_bar = new QProgressBar(header);
    m_bar->setTextVisible(true);
    m_cancel = new QPushButton(tr("Cancel…"), header);
    m_cancel->setObjectName(u"cancelRun"_s);
    m_cancel->setToolTip(tr("Stop the run; it stays resumable from its journal"));
    m_resume = new QPushButton(tr("Resume"), header);
    m_resume->setObjectName(u"resumeRun"_s);
    m_resume->setToolTip(tr("Continue this run from its journal: done steps are not repeated"));
    m_retry = new QPushButton(tr("Retry failed"), header);
    m_retry->setObjectName(u"retryFailed"_s);
    m_retry->setToolTip(tr("Run the failed steps and what they blocked again"));
    connect(m_cancel, &QPushButton::clicked, this, &DashboardWidget::confirmCancel);
    connect(m_resume, &QPushButton::clicked, this,
            [this] { emit resumeRequested(m_model->run().journalPath); });
    connect(m_retry, &QPushButton::clicked, this,
            [this] { emit retryFailedRequested(m_model->run().journalPath); });

    auto *top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addWidget(m_rehearsal);
    top->addStretch();
    top->addWidget(m_cancel);
    top->addWidget(m_resume);
    top->addWidget(m_retry);
    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_stats);
    layout->addWidget(m_bar);
    layout->addWidget(m_phases);
    return header;
}

QWidget *DashboardWidget::buildOverview()
{
    auto *split = new QSplitter(Qt::Horizontal, this);
    m_nodes = new QTableWidget(0, 5, split);
    m_nodes->setObjectName(u"nodeTable"_s);
    m_nodes->setHorizontalHeaderLabels(
        {tr("Node"), tr("State"), tr("Current step"), tr("Steps done"), tr("Duration")});
    m_nodes->verticalHeader()->hide();
    m_nodes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_nodes->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Widths follow the contents once per refresh (refreshNodes): ResizeToContents
    // would measure every row again for every cell that changes.
    m_nodes->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_nodes->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    // Double-click a node: its log.
    connect(m_nodes, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        m_log->setNodeFilter(m_nodes->item(row, 0)->text());
        m_tabs->setCurrentWidget(m_log);
    });
    m_progress = new ProgressChart(split);
    split->addWidget(m_nodes);
    split->addWidget(m_progress);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    return split;
}

QWidget *DashboardWidget::buildTimeline()
{
    auto *page = new QWidget(this);
    m_gantt = new GanttChart(page);
    auto *ganttScroll = new QScrollArea(page);
    ganttScroll->setWidget(m_gantt);
    ganttScroll->setWidgetResizable(true);
    m_comparison = new StepComparisonChart(page);
    auto *comparisonScroll = new QScrollArea(page);
    comparisonScroll->setWidget(m_comparison);
    comparisonScroll->setWidgetResizable(true);
    m_action = new QComboBox(page);
    m_action->setToolTip(tr("The step to compare across nodes"));
    connect(m_action, &QComboBox::currentTextChanged, this, [this](const QString &action) {
        m_comparison->setAction(action);
        m_comparison->refresh(*m_model);
    });
    auto *right = new QVBoxLayout;
    auto *pick = new QHBoxLayout;
    pick->addWidget(new QLabel(tr("Compare step:"), page));
    pick->addWidget(m_action, 1);
    right->addLayout(pick);
    right->addWidget(comparisonScroll, 1);
    auto *layout = new QHBoxLayout(page);
    layout->addWidget(ganttScroll, 3);
    layout->addLayout(right, 2);
    return page;
}

QWidget *DashboardWidget::buildFailureTab()
{
    auto *page = new QWidget(this);
    m_failedSteps = new QComboBox(page);
    m_failedSteps->setToolTip(tr("The failed steps of this run"));
    m_failure = new FailurePanel(page);
    connect(m_failedSteps, &QComboBox::currentTextChanged, this, [this](const QString &id) {
        if (const StepRecord *s = m_model->step(id))
            m_failure->showStep(*s, m_model->isReadOnly());
    });
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_failedSteps);
    layout->addWidget(m_failure, 1);
    return page;
}

QWidget *DashboardWidget::buildResultTab()
{
    auto *page = new QWidget(this);
    m_result = new QLabel(page);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verify = new QPlainTextEdit(page);
    m_verify->setReadOnly(true);
    m_verify->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont)); // kubectl's columns
    m_verify->setPlaceholderText(tr("The verify step's output (kubectl get nodes) shows here."));
    m_export = new QPushButton(tr("Export report…"), page);
    m_export->setToolTip(tr("Save the run summary, per-node timings and fault tolerance as "
                            "HTML or PDF"));
    connect(m_export, &QPushButton::clicked, this, &DashboardWidget::chooseReportFile);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_export);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_result);
    layout->addWidget(m_verify, 1);
    layout->addLayout(buttons);
    return page;
}

void DashboardWidget::setDesign(const Topology &topology, const QString &designPath)
{
    m_topology = topology;
    m_designPath = designPath;
    m_failure->setAccess(accessFromTopology(topology));
    m_history->setDesign(designPath);
}

void DashboardWidget::setScene(DesignScene *scene)
{
    if (m_scene)
        m_scene->clearRunStates();
    m_scene = scene;
    scheduleRefresh();
}

void DashboardWidget::beginRun(const RunStarted &run, bool rehearsal, const Plan *plan)
{
    if (m_model->isRunning() && m_model->run().runId == run.runId)
        return;
    m_model->clear();
    m_model->setRehearsal(rehearsal);
    if (plan)
        m_model->setPlan(*plan);
    m_model->addEvents({run});
    m_ticker->start();
    m_tabs->setCurrentIndex(0);
}

void DashboardWidget::addEvents(const QList<RunEvent> &events)
{
    m_model->addEvents(events);
}

void DashboardWidget::finishRun(const RunFinished &result)
{
    m_model->addEvents({result});
    m_ticker->stop();
    m_history->reload();
}

bool DashboardWidget::openJournal(const QString &path, QString *error)
{
    m_ticker->stop();
    if (!m_model->loadJournal(path, error))
        return false;
    refreshNow();
    m_tabs->setCurrentIndex(0);
    return true;
}

void DashboardWidget::closeRun()
{
    m_ticker->stop();
    m_model->clear();
    if (m_scene)
        m_scene->clearRunStates();
    refreshNow();
}

void DashboardWidget::scheduleRefresh()
{
    if (!m_refresh->isActive())
        m_refresh->start();
}

void DashboardWidget::onReset()
{
    m_progress->reset(*m_model);
    m_gantt->reset(*m_model);
    m_nodes->setRowCount(0);
    m_actionsShown.clear();
    m_action->clear();
    m_failedSteps->clear();
    m_logChoicesFor = -1;
    m_shownFailure = false;
    m_failureShown.clear();
    scheduleRefresh();
}

void DashboardWidget::confirmCancel()
{
    const auto answer = QMessageBox::question(
        this, tr("Cancel Run"),
        tr("Stop the run now? Running commands are stopped; the journal keeps what is done, "
           "so Resume continues from there."),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer == QMessageBox::Yes)
        emit cancelRequested();
}

void DashboardWidget::chooseReportFile()
{
    const QString base = QFileInfo(m_designPath).completeBaseName();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Report"), base + u"-report.html"_s, tr("HTML (*.html);;PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportReport(path, &error))
        QMessageBox::warning(this, tr("Export Report"), error);
}

bool DashboardWidget::exportReport(const QString &path, QString *error) const
{
    const QString name
        = m_designPath.isEmpty() ? tr("the design") : QFileInfo(m_designPath).fileName();
    const QImage diagram = m_diagramProvider ? m_diagramProvider() : QImage();
    const QString html = runReportHtml(*m_model, m_topology.nodes.isEmpty() ? nullptr : &m_topology,
                                       name, diagram);
    if (path.endsWith(u".pdf"_s, Qt::CaseInsensitive))
        return writeRunReportPdf(path, html, error);
    return writeRunReportHtml(path, html, error);
}

void DashboardWidget::setDiagramProvider(std::function<QImage()> provider)
{
    m_diagramProvider = std::move(provider);
}

} // namespace Clusterwright
