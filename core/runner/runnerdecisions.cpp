// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "runner/runnerstate_p.h"

using namespace Qt::StringLiterals;

// Decisions on failed steps the runner holds (RunOptions::holdFailures): a
// failed step's dependents stay pending until the user retries it, skips it
// or lets the run end.

namespace Clusterwright {

QString skipRefusal(Phase phase, bool mutatesCluster)
{
    if (mutatesCluster)
        return u"it changes the cluster: skipping it would leave the cluster half-built"_s;
    if (phase == Phase::Connect)
        return u"every later step on the node needs the connection"_s;
    if (phase != Phase::Preflight && phase != Phase::Verify)
        return u"later steps need what it sets up on the node"_s;
    return {};
}

bool DeployRunner::retryStep(const QString &stepId)
{
    return m_state->retry(stepId);
}

bool DeployRunner::skipStep(const QString &stepId, QString *why)
{
    return m_state->skip(stepId, why);
}

void DeployRunner::releaseFailures(const QString &stepId)
{
    m_state->release(stepId);
}

bool DeployRunner::State::isHeld(int index) const
{
    return held.contains(index) && !cancelled->load();
}

bool DeployRunner::State::waitForDecision(std::unique_lock<std::mutex> &lock)
{
    if (held.isEmpty() || cancelled->load())
        return false;
    if (!waitReported) {
        RunWaiting waiting;
        for (qsizetype i = 0; i < plan.steps.size(); ++i) {
            if (held.contains(int(i)))
                waiting.stepIds.append(plan.steps[i].id);
        }
        emitEvent(waiting);
        waitReported = true;
    }
    // Woken by a decision or a cancel; the timeout only bounds each wait.
    changed.wait_for(lock, std::chrono::milliseconds(100));
    return true;
}

// The node's lane is failed only while one of its steps still is.
void DeployRunner::State::reopenLane(const QString &node, int except)
{
    const auto it = lanes.find(node);
    if (it == lanes.end())
        return;
    bool failed = false;
    for (qsizetype i = 0; i < status.size(); ++i) {
        if (int(i) != except && plan.steps[i].node == node && status[i] == StepStatus::Failed)
            failed = true;
    }
    it->second->failed = failed;
    if (!it->second->busy)
        emitEvent(NodeChanged{node, failed ? NodeStatus::Failed : NodeStatus::Idle, {}});
}

bool DeployRunner::State::retry(const QString &stepId)
{
    std::lock_guard lock(mutex);
    const int index = plan.indexOf(stepId);
    if (index < 0 || !isHeld(index))
        return false;
    held.remove(index);
    waitReported = false;
    const PlanStep &step = plan.steps[index];
    emitEvent(StepNotice{step.id, step.node, u"retrying at your request"_s});
    status[index] = StepStatus::Pending;
    results[index] = StepFinished();
    reopenLane(step.node, index);
    emitEvent(progress());
    changed.notify_all();
    return true;
}

bool DeployRunner::State::skip(const QString &stepId, QString *why)
{
    std::lock_guard lock(mutex);
    const int index = plan.indexOf(stepId);
    if (index < 0 || !isHeld(index)) {
        if (why)
            *why = u"%1 is not a failed step waiting for a decision"_s.arg(stepId);
        return false;
    }
    const PlanStep &step = plan.steps[index];
    QString refusal = skipRefusal(step.phase, step.mutatesCluster);
    for (const RemoteCommand &command : step.commands) {
        if (!refusal.isEmpty() || command.captureAs.isEmpty()
            || facts.get(step.id, command.captureAs))
            continue;
        const QString key = step.id + u':' + command.captureAs;
        for (qsizetype i = 0; i < plan.steps.size() && refusal.isEmpty(); ++i) {
            if (isFinal(status[i]))
                continue;
            if (placeholdersIn(plan.steps[i]).contains(key))
                refusal = u"%1 needs its %2, which it did not capture"_s.arg(plan.steps[i].id,
                                                                             command.captureAs);
        }
    }
    if (!refusal.isEmpty()) {
        if (why)
            *why = refusal;
        return false;
    }
    held.remove(index);
    waitReported = false;
    StepFinished skipped = results[index];
    skipped.status = StepStatus::Skipped;
    skipped.message = u"skipped at your request after it failed: %1"_s.arg(skipped.message);
    status[index] = StepStatus::Skipped;
    results[index] = skipped;
    emitEvent(skipped);
    reopenLane(step.node, index);
    emitEvent(progress());
    changed.notify_all();
    return true;
}

void DeployRunner::State::release(const QString &stepId)
{
    std::lock_guard lock(mutex);
    if (stepId.isEmpty())
        held.clear();
    else
        held.remove(plan.indexOf(stepId));
    changed.notify_all();
}

} // namespace Clusterwright
