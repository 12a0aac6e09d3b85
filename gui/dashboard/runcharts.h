// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include <QChartView>
#include <QHash>
#include <QList>

class QBarCategoryAxis;
class QBarSet;
class QHorizontalBarSeries;
class QHorizontalStackedBarSeries;
class QLineSeries;
class QValueAxis;

namespace Clusterwright {

class RunModel;

// Steps finished over time. Points are appended as the model gains samples;
// the series is never rebuilt during a run, so nothing flickers.
class ProgressChart : public QChartView
{
    Q_OBJECT

public:
    explicit ProgressChart(QWidget *parent = nullptr);
    void reset(const RunModel &model);
    void refresh(const RunModel &model);
    QLineSeries *series() const { return m_series; }

private:
    QLineSeries *m_series;
    QValueAxis *m_x;
    QValueAxis *m_y;
};

// One bar per node along the run's time axis: per phase a transparent gap
// (the node waiting) and a coloured segment from the phase's first start to
// its last end on that node, so the long pole is the longest bar. Grows 18 px per node; the
// dashboard puts it in a scroll area, which keeps 50 nodes readable.
class GanttChart : public QChartView
{
    Q_OBJECT

public:
    explicit GanttChart(QWidget *parent = nullptr);
    void reset(const RunModel &model);
    void refresh(const RunModel &model);
    int barCount() const;

private:
    QHorizontalStackedBarSeries *m_series;
    QBarCategoryAxis *m_nodes;
    QValueAxis *m_time;
    QList<QBarSet *> m_gaps;
    QList<QBarSet *> m_phases;
    QStringList m_nodeNames;
};

// The same action ("join", "preflight", ...) across nodes, as horizontal bars
// (names stay whole at 50 nodes; the chart grows downwards like the Gantt).
class StepComparisonChart : public QChartView
{
    Q_OBJECT

public:
    explicit StepComparisonChart(QWidget *parent = nullptr);
    void setAction(const QString &action);
    QString action() const { return m_action; }
    void refresh(const RunModel &model);
    int barCount() const;

private:
    QHorizontalBarSeries *m_series;
    QBarSet *m_set;
    QBarCategoryAxis *m_nodes;
    QValueAxis *m_seconds;
    QString m_action;
    QStringList m_shown;
};

// Seconds, human-readable: "42 s", "3 min 05 s", "1 h 02 min".
QString formatDuration(qint64 ms);

} // namespace Clusterwright
