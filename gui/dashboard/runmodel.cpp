// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "dashboard/runmodel.h"

#include "dashboard/runlogmodel.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Clusterwright {

QString StepRecord::action() const
{
    const qsizetype slash = id.lastIndexOf(u'/');
    return slash < 0 ? id : id.mid(slash + 1);
}

RunModel::RunModel(QObject *parent)
    : QObject(parent)
    , m_log(new RunLogModel(this))
{}

RunModel::~RunModel() = default;

void RunModel::clear()
{
    m_run = {};
    m_result.reset();
    m_steps.clear();
    m_stepIndex.clear();
    m_nodes.clear();
    m_nodeIndex.clear();
    m_samples.clear();
    m_waiting.clear();
    m_finished = m_failed = m_planTotal = 0;
    m_lastEventMs = 0;
    m_readOnly = false;
    m_journalPath.clear();
    m_log->clear();
    emit reset();
}

void RunModel::setPlan(const Plan &plan)
{
    for (const PlanStep &p : plan.steps) {
        StepRecord &s = stepFor(p.id, p.node);
        s.phase = p.phase;
        s.title = p.title;
        s.after = p.dependsOn;
        s.mutatesCluster = p.mutatesCluster;
    }
    m_planTotal = int(plan.steps.size());
    emit updated();
}

qint64 RunModel::now() const
{
    if (m_clock)
        return m_clock();
    return m_timer.isValid() ? m_timer.elapsed() : 0;
}

StepRecord &RunModel::stepFor(const QString &id, const QString &node)
{
    auto it = m_stepIndex.constFind(id);
    if (it != m_stepIndex.cend())
        return m_steps[*it];
    m_stepIndex.insert(id, int(m_steps.size()));
    StepRecord s;
    s.id = id;
    s.node = node;
    m_steps.append(s);
    if (!node.isEmpty())
        ++nodeFor(node).total;
    return m_steps.last();
}

NodeRecord &RunModel::nodeFor(const QString &name)
{
    auto it = m_nodeIndex.constFind(name);
    if (it != m_nodeIndex.cend())
        return m_nodes[*it];
    m_nodeIndex.insert(name, int(m_nodes.size()));
    NodeRecord n;
    n.name = name;
    m_nodes.append(n);
    return m_nodes.last();
}

const StepRecord *RunModel::step(const QString &id) const
{
    const auto it = m_stepIndex.constFind(id);
    return it == m_stepIndex.cend() ? nullptr : &m_steps.at(*it);
}

const NodeRecord *RunModel::node(const QString &name) const
{
    const auto it = m_nodeIndex.constFind(name);
    return it == m_nodeIndex.cend() ? nullptr : &m_nodes.at(*it);
}

NodeStatus RunModel::effectiveStatus(const NodeRecord &n) const
{
    const bool busy = n.status == NodeStatus::Working || n.status == NodeStatus::Connecting;
    if (busy && isRunning() && !m_readOnly)
        return n.status;
    if (n.failed > 0 || n.status == NodeStatus::Failed)
        return NodeStatus::Failed;
    if (n.cancelled > 0 || n.status == NodeStatus::Cancelled)
        return NodeStatus::Cancelled;
    if (n.status == NodeStatus::Done || (n.total > 0 && n.done == n.total))
        return NodeStatus::Done;
    if (m_result && n.blocked > 0)
        return NodeStatus::Cancelled;
    return n.status;
}

void RunModel::addEvents(const QList<RunEvent> &events)
{
    for (const RunEvent &event : events)
        addEvent(event);
    m_log->flush();
    emit updated();
}

void RunModel::addEvent(const RunEvent &event, std::optional<qint64> atMs)
{
    const qint64 at = atMs ? *atMs : now();
    m_lastEventMs = std::max(m_lastEventMs, at);
    std::visit([this, at](const auto &e) { apply(e, at); }, event);
}

void RunModel::apply(const RunStarted &e, qint64)
{
    // The controller reports the start both as a signal and in the stream.
    if (e.runId == m_run.runId)
        return;
    m_run = e;
    m_timer.start();
    for (const QString &name : e.nodes)
        nodeFor(name);
    m_samples.append({0, 0});
    emit reset();
}

void RunModel::apply(const StepStarted &e, qint64 at)
{
    StepRecord &s = stepFor(e.stepId, e.node);
    m_waiting.removeAll(e.stepId);
    if (isFinal(s.status)) { // a held failure retried
        count(s, -1, at);
        s.endMs = -1;
        s.exitCode = -1;
        s.exitSignal.clear();
        s.message.clear();
        s.command.clear();
        s.lastLines.clear();
    }
    s.phase = e.phase;
    s.title = e.title;
    s.status = StepStatus::Running;
    s.startMs = at;
    if (!e.node.isEmpty()) {
        NodeRecord &n = nodeFor(e.node);
        n.stepId = e.stepId;
        if (n.firstStartMs < 0)
            n.firstStartMs = at;
    }
}

void RunModel::apply(const StepOutput &e, qint64 at)
{
    ++stepFor(e.stepId, e.node).outputLines;
    m_log->queue({at, e.node, e.stepId,
                  e.stream == OutputStream::StdErr ? LogKind::StdErr : LogKind::StdOut, e.line});
}

void RunModel::apply(const StepNotice &e, qint64 at)
{
    m_log->queue({at, e.node, e.stepId, LogKind::Notice, e.text});
}

void RunModel::apply(const StepFinished &e, qint64 at)
{
    StepRecord &s = stepFor(e.stepId, e.node);
    m_waiting.removeAll(e.stepId);
    if (isFinal(s.status)) // a held failure skipped
        count(s, -1, at);
    s.status = e.status;
    s.durationMs = e.durationMs;
    // Blocked and cancelled steps never started; keep them off the timeline.
    if (s.startMs < 0 && e.status != StepStatus::Blocked && e.status != StepStatus::Cancelled)
        s.startMs = std::max<qint64>(0, at - e.durationMs);
    if (s.endMs < 0 || e.status != StepStatus::Skipped)
        s.endMs = s.startMs < 0 ? -1 : std::max(at, s.startMs + e.durationMs);
    s.exitCode = e.exitCode;
    s.exitSignal = e.exitSignal;
    s.message = e.message;
    s.command = e.command;
    s.lastLines = e.lastLines;
    count(s, 1, at);
    if (!e.node.isEmpty() && s.endMs >= 0) {
        NodeRecord &n = nodeFor(e.node);
        n.lastEndMs = std::max(n.lastEndMs, s.endMs);
    }
    if (e.status == StepStatus::Failed) {
        QString what = e.message.isEmpty() ? tr("failed") : e.message;
        m_log->queue({at, e.node, e.stepId, LogKind::Failure, what});
    }
}

void RunModel::count(const StepRecord &s, int sign, qint64 at)
{
    const bool good = s.status == StepStatus::Succeeded || s.status == StepStatus::Skipped;
    m_finished += sign;
    m_failed += good ? 0 : sign;
    m_samples.append({at, m_finished});
    if (s.node.isEmpty())
        return;
    NodeRecord &n = nodeFor(s.node);
    n.done += good ? sign : 0;
    n.failed += s.status == StepStatus::Failed ? sign : 0;
    n.blocked += s.status == StepStatus::Blocked ? sign : 0;
    n.cancelled += s.status == StepStatus::Cancelled ? sign : 0;
}

void RunModel::apply(const RunWaiting &e, qint64 at)
{
    m_waiting = e.stepIds;
    m_log->queue(
        {at, QString(), QString(), LogKind::Notice,
         tr("Waiting for you: retry or skip %1, or resume later").arg(e.stepIds.join(u", "_s))});
}

void RunModel::apply(const NodeChanged &e, qint64)
{
    NodeRecord &n = nodeFor(e.node);
    n.status = e.status;
    n.stepId = e.stepId;
}

void RunModel::apply(const ProgressChanged &, qint64)
{
    // Derived from the step records instead, so replays and live runs agree.
}

void RunModel::apply(const RunFinished &e, qint64 at)
{
    if (m_result)
        return;
    m_result = e;
    m_waiting.clear();
    m_lastEventMs = std::max(m_lastEventMs, at);
    m_log->flush();
    emit runFinished();
}

int RunModel::totalSteps() const
{
    return std::max({m_run.totalSteps, m_planTotal, int(m_steps.size())});
}

qint64 RunModel::elapsedMs() const
{
    if (m_result)
        return m_result->durationMs > 0 ? m_result->durationMs : m_lastEventMs;
    if (m_readOnly)
        return m_lastEventMs;
    return hasRun() ? now() : 0;
}

qint64 RunModel::remainingMs() const
{
    if (m_result)
        return 0;
    qint64 work = 0;
    int counted = 0;
    for (const StepRecord &s : m_steps) {
        if (s.status == StepStatus::Succeeded) {
            work += s.durationMs;
            ++counted;
        }
    }
    const qint64 elapsed = elapsedMs();
    if (counted == 0 || elapsed <= 0)
        return -1;
    // Work done per second of wall time is the parallelism the run achieves.
    const double parallelism = std::max(1.0, double(work) / double(elapsed));
    const int remaining = std::max(0, totalSteps() - m_finished);
    return qint64(remaining * (double(work) / counted) / parallelism);
}

QList<PhaseSpan> RunModel::phaseTimeline() const
{
    QList<PhaseSpan> spans;
    for (int p = int(Phase::Connect); p <= int(Phase::Verify); ++p)
        spans.append({Phase(p), -1, -1});
    for (const StepRecord &s : m_steps) {
        if (s.startMs < 0)
            continue;
        PhaseSpan &span = spans[int(s.phase)];
        if (span.startMs < 0 || s.startMs < span.startMs)
            span.startMs = s.startMs;
        const qint64 end = s.endMs >= 0 ? s.endMs : now();
        span.endMs = std::max(span.endMs, end);
    }
    spans.removeIf([](const PhaseSpan &span) { return span.startMs < 0; });
    return spans;
}

QStringList RunModel::failedSteps() const
{
    QStringList ids;
    for (const StepRecord &s : m_steps) {
        if (s.status == StepStatus::Failed)
            ids.append(s.id);
    }
    return ids;
}

QStringList RunModel::actions() const
{
    QStringList result;
    QSet<QString> seen;
    for (const StepRecord &s : m_steps) {
        if (s.node.isEmpty() || seen.contains(s.action()))
            continue;
        seen.insert(s.action());
        result.append(s.action());
    }
    return result;
}

QStringList RunModel::outputOf(const QString &stepId) const
{
    QStringList lines;
    for (int row = 0; row < m_log->rowCount(); ++row) {
        const LogLine &l = m_log->line(row);
        if (l.step == stepId && (l.kind == LogKind::StdOut || l.kind == LogKind::StdErr))
            lines.append(l.text);
    }
    return lines;
}

} // namespace Clusterwright
