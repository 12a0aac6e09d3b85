// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "dashboard/runcharts.h"

#include "dashboard/runmodel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Clusterwright {
namespace {

constexpr int RowHeight = 26;

QColor phaseColor(Phase phase)
{
    static const QColor colors[]
        = {QColor(0x8e8e8e), QColor(0x4e79a7), QColor(0xf28e2b), QColor(0x76b7b2),
           QColor(0xe15759), QColor(0x59a14f), QColor(0xb07aa1), QColor(0xedc948)};
    return colors[int(phase)];
}

QChart *makeChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    // Animations would replay on every live update: that is the flicker.
    chart->setAnimationOptions(QChart::NoAnimation);
    return chart;
}

// Node names stay whole at 50 nodes: a smaller font, and room per row or bar.
void useSmallLabels(QAbstractAxis *axis)
{
    QFont font = axis->labelsFont();
    font.setPointSizeF(std::max(6.5, font.pointSizeF() * 0.85));
    axis->setLabelsFont(font);
}

// A 0-based range ending on a round number, with round ticks (1, 2, 2.5, 5 x 10^n).
void setNiceRange(QValueAxis *axis, double max)
{
    const double raw = std::max(max, 1.0) / 4;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude * 10;
    for (const double f : {1.0, 2.0, 2.5, 5.0}) {
        if (magnitude * f >= raw) {
            step = magnitude * f;
            break;
        }
    }
    const int ticks = int(std::ceil(max / step));
    axis->setRange(0, step * std::max(ticks, 1));
    axis->setTickCount(std::max(ticks, 1) + 1);
}

double seconds(qint64 ms)
{
    return double(ms) / 1000.0;
}

} // namespace

QString formatDuration(qint64 ms)
{
    if (ms < 0)
        return QChartView::tr("unknown");
    const qint64 s = (ms + 500) / 1000;
    if (s < 60)
        return QChartView::tr("%1 s").arg(s);
    if (s < 3600)
        return QChartView::tr("%1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QChar(u'0'));
    return QChartView::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QChar(u'0'));
}

ProgressChart::ProgressChart(QWidget *parent)
    : QChartView(parent)
    , m_series(new QLineSeries)
    , m_x(new QValueAxis)
    , m_y(new QValueAxis)
{
    QChart *c = makeChart(tr("Progress"));
    c->legend()->hide();
    m_series->setName(tr("Steps finished"));
    c->addSeries(m_series);
    m_x->setTitleText(tr("seconds"));
    m_y->setTitleText(tr("steps"));
    m_x->setLabelFormat(u"%g"_s);
    m_y->setLabelFormat(u"%d"_s);
    c->addAxis(m_x, Qt::AlignBottom);
    c->addAxis(m_y, Qt::AlignLeft);
    m_series->attachAxis(m_x);
    m_series->attachAxis(m_y);
    setChart(c);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(180);
}

void ProgressChart::reset(const RunModel &model)
{
    m_series->clear();
    refresh(model);
}

void ProgressChart::refresh(const RunModel &model)
{
    const QList<ProgressSample> &samples = model.samples();
    if (samples.size() < m_series->count())
        m_series->clear();
    QList<QPointF> fresh;
    for (qsizetype i = m_series->count(); i < samples.size(); ++i)
        fresh.append(QPointF(seconds(samples[i].ms), samples[i].finished));
    if (!fresh.isEmpty())
        m_series->append(fresh);
    // Headroom past "now", so live lines and bars do not run into the edge.
    setNiceRange(m_x, std::max(10.0, seconds(model.elapsedMs()) * 1.08));
    m_y->setRange(0, std::max(1, model.totalSteps()));
}

GanttChart::GanttChart(QWidget *parent)
    : QChartView(parent)
    , m_series(new QHorizontalStackedBarSeries)
    , m_nodes(new QBarCategoryAxis)
    , m_time(new QValueAxis)
{
    QChart *c = makeChart(tr("Step durations per node"));
    for (int p = int(Phase::Connect); p <= int(Phase::Verify); ++p) {
        auto *gap = new QBarSet(QString());
        gap->setColor(Qt::transparent);
        gap->setBorderColor(Qt::transparent);
        m_series->append(gap);
        m_gaps.append(gap);
        auto *set = new QBarSet(toString(Phase(p)));
        set->setColor(phaseColor(Phase(p)));
        m_series->append(set);
        m_phases.append(set);
    }
    m_series->setBarWidth(0.7);
    c->addSeries(m_series);
    m_time->setTitleText(tr("seconds since start"));
    m_time->setLabelFormat(u"%g"_s);
    useSmallLabels(m_nodes);
    c->addAxis(m_nodes, Qt::AlignLeft);
    c->addAxis(m_time, Qt::AlignBottom);
    m_series->attachAxis(m_nodes);
    m_series->attachAxis(m_time);
    c->legend()->setAlignment(Qt::AlignTop);
    // Gaps are spacing, not phases.
    for (QLegendMarker *marker : c->legend()->markers(m_series)) {
        if (marker->label().isEmpty())
            marker->setVisible(false);
    }
    setChart(c);
}

int GanttChart::barCount() const
{
    return int(m_nodeNames.size());
}

void GanttChart::reset(const RunModel &model)
{
    m_nodeNames.clear();
    m_nodes->clear();
    for (QBarSet *set : std::as_const(m_gaps))
        set->remove(0, set->count());
    for (QBarSet *set : std::as_const(m_phases))
        set->remove(0, set->count());
    refresh(model);
}

namespace {

// Every change to a QBarSet lays the whole chart out again: one call per set
// and refresh, not one per bar (per-bar calls cost seconds at 200 nodes).
void setValues(QBarSet *bars, const QList<qreal> &values)
{
    bool same = bars->count() == values.size();
    for (qsizetype i = 0; same && i < values.size(); ++i)
        same = bars->at(int(i)) == values[i];
    if (same)
        return;
    if (bars->count() > 0)
        bars->remove(0, bars->count());
    bars->append(values);
}

} // namespace

void GanttChart::refresh(const RunModel &model)
{
    const QList<NodeRecord> &nodes = model.nodes();
    // New nodes only append categories (in one call).
    QStringList added;
    for (qsizetype i = m_nodeNames.size(); i < nodes.size(); ++i)
        added.append(nodes[i].name);
    if (!added.isEmpty()) {
        m_nodeNames += added;
        m_nodes->append(added);
    }
    const qint64 now = model.elapsedMs();
    // node -> per phase: first start, last end
    QHash<QString, QList<std::pair<qint64, qint64>>> spans;
    for (const StepRecord &s : model.steps()) {
        if (s.node.isEmpty() || s.startMs < 0)
            continue;
        auto &list = spans[s.node];
        if (list.isEmpty())
            list.fill({-1, -1}, m_phases.size());
        auto &span = list[int(s.phase)];
        if (span.first < 0 || s.startMs < span.first)
            span.first = s.startMs;
        span.second = std::max(span.second, s.endMs >= 0 ? s.endMs : now);
    }
    QList<QList<qreal>> gaps(m_phases.size()), lengths(m_phases.size());
    for (int row = 0; row < m_nodeNames.size(); ++row) {
        const auto list = spans.value(m_nodeNames[row]);
        qint64 cursor = 0;
        for (int p = 0; p < m_phases.size(); ++p) {
            qint64 gap = 0, length = 0;
            if (!list.isEmpty() && list[p].first >= 0) {
                // Phases of one node may overlap (add-ons beside joins): stack, never go back.
                const qint64 start = std::max(list[p].first, cursor);
                gap = start - cursor;
                length = std::max<qint64>(0, list[p].second - start);
                cursor = start + length;
            }
            gaps[p].append(seconds(gap));
            lengths[p].append(seconds(length));
        }
    }
    for (int p = 0; p < m_phases.size(); ++p) {
        setValues(m_gaps[p], gaps[p]);
        setValues(m_phases[p], lengths[p]);
    }
    setNiceRange(m_time, std::max(10.0, seconds(now) * 1.08));
    setMinimumHeight(int(m_nodeNames.size()) * RowHeight + 110);
}

StepComparisonChart::StepComparisonChart(QWidget *parent)
    : QChartView(parent)
    , m_series(new QHorizontalBarSeries)
    , m_set(new QBarSet(tr("duration (s)")))
    , m_nodes(new QBarCategoryAxis)
    , m_seconds(new QValueAxis)
{
    QChart *c = makeChart(tr("Same step across nodes"));
    c->legend()->hide();
    m_set->setColor(QColor(0x4e79a7));
    m_series->append(m_set);
    c->addSeries(m_series);
    m_seconds->setTitleText(tr("seconds"));
    m_seconds->setLabelFormat(u"%g"_s);
    useSmallLabels(m_nodes);
    c->addAxis(m_nodes, Qt::AlignLeft);
    c->addAxis(m_seconds, Qt::AlignBottom);
    m_series->attachAxis(m_nodes);
    m_series->attachAxis(m_seconds);
    setChart(c);
    setMinimumHeight(180);
}

void StepComparisonChart::setAction(const QString &action)
{
    m_action = action;
    chart()->setTitle(tr("\"%1\" across nodes").arg(action));
    m_shown.clear();
    m_nodes->clear();
    m_set->remove(0, m_set->count());
}

int StepComparisonChart::barCount() const
{
    return int(m_shown.size());
}

void StepComparisonChart::refresh(const RunModel &model)
{
    double top = 10;
    QList<qreal> values(m_shown.size());
    QStringList added;
    for (const StepRecord &s : model.steps()) {
        if (s.node.isEmpty() || s.action() != m_action || s.endMs < 0)
            continue;
        const double value = seconds(s.durationMs);
        top = std::max(top, value);
        qsizetype row = m_shown.indexOf(s.node);
        if (row < 0) {
            row = m_shown.size();
            m_shown.append(s.node);
            added.append(s.node);
            values.append(0);
        }
        values[row] = value;
    }
    if (!added.isEmpty())
        m_nodes->append(added);
    setValues(m_set, values);
    setNiceRange(m_seconds, top);
    setMinimumHeight(std::max(180, int(m_shown.size()) * RowHeight + 100));
}

} // namespace Clusterwright
