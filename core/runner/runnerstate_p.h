// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "runner/facts.h"
#include "runner/journal.h"
#include "runner/redactor.h"
#include "runner/runner.h"
#include "runner/stepexecutor.h"

#include <QSet>

#include <condition_variable>
#include <deque>
#include <map>
#include <mutex>
#include <thread>

namespace Clusterwright {

// The runner's insides. Locking: `mutex` guards statuses, lanes and counters;
// `eventMutex` serialises observer calls and may be taken while holding
// `mutex`, never the other way round; `transportMutex` guards the lanes'
// transport pointers for cancel(), which takes nothing else (an observer may
// call cancel() from inside its callback).
struct DeployRunner::State
{
    struct Lane
    {
        QString node;
        std::thread thread;
        std::deque<int> queue;
        bool busy = false;
        bool stop = false;
        bool failed = false;
        std::condition_variable wake;
        NodeTransport *transport = nullptr; // under transportMutex
    };

    Plan plan;
    QHash<QString, NodeAccess> access;
    std::unique_ptr<TransportFactory> transports;
    RunOptions options;
    Observer observer;
    std::atomic_bool *cancelled = nullptr;

    RunFacts facts;
    Redactor redactor;
    JournalWriter journal;

    std::mutex mutex;
    std::condition_variable changed;
    QList<StepStatus> status;
    QList<QList<int>> deps;
    QList<StepFinished> results;
    QSet<int> doneEarlier; // resume: skipped without touching the node
    QSet<int> held;        // failed steps waiting for a decision (holdFailures)
    bool waitReported = false;
    int running = 0;
    std::map<QString, std::unique_ptr<Lane>> lanes;

    std::mutex eventMutex;
    std::mutex transportMutex;

    void emitEvent(const RunEvent &event);
    // Every "${cw:...}" the step's commands and files use.
    static QSet<QString> placeholdersIn(const PlanStep &step);
    void initialise();
    bool prepareResume(QString *resumedRun, QString *error);
    void schedule(const QString &resumedRun);
    void stopLanes();
    void cancelTransports();
    RunFinished summarise(const QString &journalPath, qint64 elapsedMs);
    RunFinished finishEarly(const QString &error, qint64 elapsedMs);
    // runnerdecisions.cpp
    bool retry(const QString &stepId);
    bool skip(const QString &stepId, QString *why);
    void release(const QString &stepId);

private:
    Lane &laneFor(const QString &node);
    void laneMain(Lane *lane);
    StepFinished runOnLane(Lane *lane, int index, std::unique_ptr<NodeTransport> *transport);
    void finishStep(int index, const StepFinished &result, Lane *lane);
    bool blockFailedDependents(std::unique_lock<std::mutex> &lock);
    bool isHeld(int index) const;
    bool waitForDecision(std::unique_lock<std::mutex> &lock);
    void reopenLane(const QString &node, int except);
    ProgressChanged progress() const;
    StepContext stepContext(const NodeAccess *nodeAccess);
};

} // namespace Clusterwright
