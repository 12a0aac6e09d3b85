// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "canvas/designitem.h"
#include "deploy/plan.h"
#include "model/topology.h"
#include "runner/runevents.h"

#include <QHash>
#include <QImage>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTabWidget;
class QTimer;

namespace Clusterwright {

class DesignScene;
class FailurePanel;
class GanttChart;
class LogView;
class ProgressChart;
class RunHistoryWidget;
class RunModel;
class StepComparisonChart;

// The deploy dashboard (the dock's content): header, node table, charts, log,
// failure panel, result and run history. Fed with the DeployController's
// events, or with a journal for a read-only look at an earlier run. Views are
// refreshed at most every 150 ms however fast events arrive.
class DashboardWidget : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardWidget(QWidget *parent = nullptr);
    ~DashboardWidget() override;

    // The design the runs belong to: history, SSH commands, report.
    void setDesign(const Topology &topology, const QString &designPath);
    // Mirror node states on this canvas (may be null).
    void setScene(DesignScene *scene);

    void beginRun(const RunStarted &run, bool rehearsal, const Plan *plan = nullptr);
    void addEvents(const QList<RunEvent> &events);
    void finishRun(const RunFinished &result);
    bool openJournal(const QString &path, QString *error);
    // Back to "no run"; the canvas is cleared.
    void closeRun();

    // Applies what arrived since the last refresh now (normally on a timer).
    void refreshNow();
    bool exportReport(const QString &path, QString *error) const;
    // The design's picture for the report, drawn by the owner (the dashboard does not
    // render canvases); without one, or when it returns a null image, the report has none.
    void setDiagramProvider(std::function<QImage()> provider);

    RunModel *model() const { return m_model; }
    QTableWidget *nodeTable() const { return m_nodes; }
    ProgressChart *progressChart() const { return m_progress; }
    GanttChart *ganttChart() const { return m_gantt; }
    StepComparisonChart *comparisonChart() const { return m_comparison; }
    LogView *logView() const { return m_log; }
    FailurePanel *failurePanel() const { return m_failure; }
    RunHistoryWidget *history() const { return m_history; }
    QTabWidget *tabs() const { return m_tabs; }
    QString headerText() const;
    QString resultText() const;
    QHash<QString, NodeRunState> runStates() const;

signals:
    void cancelRequested();
    void resumeRequested(const QString &journalPath);
    void retryFailedRequested(const QString &journalPath);
    // The live run waits on this failed step: run it again now.
    void retryStepRequested(const QString &stepId);
    void resumeLaterRequested();
    void skipRequested(const QString &stepId);

private:
    QWidget *buildHeader();
    QWidget *buildOverview();
    QWidget *buildTimeline();
    QWidget *buildFailureTab();
    QWidget *buildResultTab();
    void scheduleRefresh();
    void onReset();
    void refreshHeader();
    void refreshNodes();
    void refreshTimeline();
    void refreshFailure();
    void refreshResult();
    void confirmCancel();
    void chooseReportFile();

    RunModel *m_model;
    Topology m_topology;
    QString m_designPath;
    DesignScene *m_scene = nullptr;
    QTimer *m_refresh;
    QTimer *m_ticker;
    QLabel *m_title;
    QLabel *m_rehearsal;
    QLabel *m_stats;
    QLabel *m_phases;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
    QPushButton *m_resume;
    QPushButton *m_retry;
    QTabWidget *m_tabs;
    QWidget *m_timeline = nullptr; // the tab with the Gantt and comparison charts
    QTableWidget *m_nodes;
    ProgressChart *m_progress;
    GanttChart *m_gantt;
    StepComparisonChart *m_comparison;
    QComboBox *m_action;
    LogView *m_log;
    QComboBox *m_failedSteps;
    FailurePanel *m_failure;
    QLabel *m_result;
    QPlainTextEdit *m_verify;
    QPushButton *m_export;
    RunHistoryWidget *m_history;
    QStringList m_actionsShown;
    int m_logChoicesFor = -1;
    bool m_shownFailure = false;
    QString m_failureShown; // what the failure panel shows: step, status, end
    std::function<QImage()> m_diagramProvider;
};

} // namespace Clusterwright
