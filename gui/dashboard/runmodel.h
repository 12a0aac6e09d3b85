// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "deploy/plan.h"
#include "runner/runevents.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Clusterwright {

class RunLogModel;

struct StepRecord
{
    QString id;
    QString node;
    Phase phase = Phase::Connect;
    QString title;
    QStringList after;
    bool mutatesCluster = true; // unknown (journal) counts as changing the cluster
    StepStatus status = StepStatus::Pending;
    qint64 startMs = -1; // since the run started
    qint64 endMs = -1;
    qint64 durationMs = 0;
    int exitCode = -1;
    QString exitSignal;
    QString message;
    QString command;
    QStringList lastLines;
    int outputLines = 0;
    QString action() const; // "join" for "wk-1/join"
};

struct NodeRecord
{
    QString name;
    NodeStatus status = NodeStatus::Waiting;
    QString stepId;
    int done = 0;  // succeeded or skipped
    int total = 0; // its steps in the plan (or seen so far)
    int failed = 0;
    int blocked = 0; // never ran: a step they need failed
    int cancelled = 0;
    qint64 firstStartMs = -1;
    qint64 lastEndMs = -1;
};

struct ProgressSample
{
    qint64 ms = 0;
    int finished = 0;
};

struct PhaseSpan
{
    Phase phase = Phase::Connect;
    qint64 startMs = -1;
    qint64 endMs = -1;
};

// Everything the dashboard shows about one run, built from RunEvents only,
// whether they stream from the DeployController or are read back from a
// journal: one code path for live runs and replays.
class RunModel : public QObject
{
    Q_OBJECT

public:
    explicit RunModel(QObject *parent = nullptr);
    ~RunModel() override;

    void clear();
    // Optional: the plan gives totals, per-node step lists and "changes the cluster".
    void setPlan(const Plan &plan);
    void setRehearsal(bool rehearsal) { m_rehearsal = rehearsal; }
    bool isRehearsal() const { return m_rehearsal; }
    // Milliseconds since the run started; tests drive a simulated clock.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

    void addEvents(const QList<RunEvent> &events);
    void addEvent(const RunEvent &event, std::optional<qint64> atMs = std::nullopt);

    // Read-only replay of an earlier run. False with *error on an unreadable file.
    bool loadJournal(const QString &path, QString *error);
    bool isReadOnly() const { return m_readOnly; }
    QString journalPath() const { return m_journalPath; }

    const RunStarted &run() const { return m_run; }
    bool hasRun() const { return !m_run.runId.isEmpty(); }
    const std::optional<RunFinished> &result() const { return m_result; }
    bool isRunning() const { return hasRun() && !m_result; }

    const QList<StepRecord> &steps() const { return m_steps; }
    const StepRecord *step(const QString &id) const;
    const QList<NodeRecord> &nodes() const { return m_nodes; }
    const NodeRecord *node(const QString &name) const;
    // The runner reports lanes (working, idle, failed); this adds what the
    // step records say: done when all its steps are, blocked ones at the end.
    NodeStatus effectiveStatus(const NodeRecord &node) const;
    const QList<ProgressSample> &samples() const { return m_samples; }
    QList<PhaseSpan> phaseTimeline() const;
    QStringList failedSteps() const;
    // Failed steps the live run holds for a decision (retry, skip, resume
    // later) once nothing else can run; empty otherwise.
    const QStringList &waitingFor() const { return m_waiting; }
    QStringList actions() const; // distinct step actions in plan order

    int totalSteps() const;
    int finishedSteps() const { return m_finished; }
    int failedCount() const { return m_failed; }
    qint64 elapsedMs() const;
    // -1 while nothing finished yet to estimate from.
    qint64 remainingMs() const;
    // Output of one step (the verify step's after success).
    QStringList outputOf(const QString &stepId) const;

    RunLogModel *log() const { return m_log; }

signals:
    void reset();   // a new run or journal; views rebuild
    void updated(); // after each batch
    void runFinished();

private:
    qint64 now() const;
    StepRecord &stepFor(const QString &id, const QString &node);
    NodeRecord &nodeFor(const QString &name);
    void apply(const RunStarted &e, qint64 at);
    void apply(const StepStarted &e, qint64 at);
    void apply(const StepOutput &e, qint64 at);
    void apply(const StepNotice &e, qint64 at);
    void apply(const StepFinished &e, qint64 at);
    void apply(const NodeChanged &e, qint64 at);
    void apply(const ProgressChanged &e, qint64 at);
    void apply(const RunWaiting &e, qint64 at);
    // Adds (sign 1) or takes back (-1, a retried or skipped failure) a
    // finished step from the counts.
    void count(const StepRecord &s, int sign, qint64 at);
    void apply(const RunFinished &e, qint64 at);

    RunStarted m_run;
    std::optional<RunFinished> m_result;
    QList<StepRecord> m_steps;
    QHash<QString, int> m_stepIndex;
    QList<NodeRecord> m_nodes;
    QHash<QString, int> m_nodeIndex;
    QList<ProgressSample> m_samples;
    QStringList m_waiting;
    int m_finished = 0;
    int m_failed = 0;
    int m_planTotal = 0;
    qint64 m_lastEventMs = 0;
    bool m_rehearsal = false;
    bool m_readOnly = false;
    QString m_journalPath;
    QElapsedTimer m_timer;
    std::function<qint64()> m_clock;
    RunLogModel *m_log;
};

} // namespace Clusterwright
