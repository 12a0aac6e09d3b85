// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "runner/runnerstate_p.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Clusterwright {

void DeployRunner::State::emitEvent(const RunEvent &event)
{
    std::lock_guard lock(eventMutex);
    journal.write(event);
    if (observer)
        observer(event);
}

void DeployRunner::State::initialise()
{
    const qsizetype n = plan.steps.size();
    status = QList<StepStatus>(n, StepStatus::Pending);
    results = QList<StepFinished>(n);
    deps.resize(n);
    for (qsizetype i = 0; i < n; ++i) {
        for (const QString &dep : std::as_const(plan.steps[i].dependsOn)) {
            const int d = plan.indexOf(dep);
            if (d >= 0)
                deps[i].append(d);
        }
    }
}

QSet<QString> DeployRunner::State::placeholdersIn(const PlanStep &step)
{
    QSet<QString> found;
    for (const RemoteCommand &command : step.commands)
        found += RunFacts::placeholders(command.argv.join(u' ') + command.script);
    for (const FileArtifact &file : step.files)
        found += RunFacts::placeholders(QString::fromUtf8(file.content));
    return found;
}

// A resumed run skips what the journal records as done, except what must be
// seen again: connections, and steps whose captured outputs (facts, fresh
// join credentials) a step that will run needs. Guarded steps always run:
// their guard decides on the node whether the work is really there.
bool DeployRunner::State::prepareResume(QString *resumedRun, QString *error)
{
    const std::optional<JournalSummary> earlier = readJournal(options.resumeJournal, error);
    if (!earlier)
        return false;
    *resumedRun = earlier->runId;
    const QStringList doneIds = earlier->done();
    QSet<int> mustRun;
    for (qsizetype i = 0; i < plan.steps.size(); ++i) {
        const PlanStep &step = plan.steps[i];
        if (!doneIds.contains(step.id) || step.phase == Phase::Connect || !step.guard.isEmpty())
            mustRun.insert(int(i));
    }
    for (bool grew = true; grew;) {
        grew = false;
        const QSet<int> current = mustRun;
        for (int i : current) {
            const PlanStep &step = plan.steps[i];
            QSet<QString> needed = placeholdersIn(step);
            if (!step.localChecks.isEmpty() && step.node.isEmpty()) {
                for (const PlanStep &other : std::as_const(plan.steps))
                    if (other.phase == Phase::Preflight && !other.node.isEmpty())
                        needed.insert(other.id + u":hostname"_s);
            }
            for (const QString &key : std::as_const(needed)) {
                const QString producer = key.startsWith(u"iface:") ? step.node + u"/preflight"_s
                                                                   : key.section(u':', 0, -2);
                const int p = plan.indexOf(producer);
                if (p >= 0 && !mustRun.contains(p)) {
                    mustRun.insert(p);
                    grew = true;
                }
            }
        }
    }
    for (qsizetype i = 0; i < plan.steps.size(); ++i) {
        if (!mustRun.contains(int(i)))
            doneEarlier.insert(int(i));
    }
    return true;
}

DeployRunner::State::Lane &DeployRunner::State::laneFor(const QString &node)
{
    std::unique_ptr<Lane> &slot = lanes[node];
    if (!slot) {
        std::lock_guard guard(transportMutex); // cancelTransports() walks the map
        slot = std::make_unique<Lane>();
        slot->node = node;
        Lane *lane = slot.get();
        lane->thread = std::thread([this, lane] { laneMain(lane); });
    }
    return *slot;
}

StepContext DeployRunner::State::stepContext(const NodeAccess *nodeAccess)
{
    StepContext context;
    context.access = nodeAccess;
    context.facts = &facts;
    context.redactor = &redactor;
    context.outputDir = options.outputDir.isEmpty() ? u"."_s : options.outputDir;
    context.commandTimeout = options.commandTimeout;
    context.silenceNotice = options.silenceNotice;
    context.cancelled = cancelled;
    context.report = [this](const RunEvent &event) { emitEvent(event); };
    return context;
}

void DeployRunner::State::laneMain(Lane *lane)
{
    std::unique_ptr<NodeTransport> transport;
    for (;;) {
        int index = -1;
        {
            std::unique_lock lock(mutex);
            lane->wake.wait(lock, [lane] { return !lane->queue.empty() || lane->stop; });
            if (lane->queue.empty())
                break;
            index = lane->queue.front();
            lane->queue.pop_front();
        }
        const StepFinished result = runOnLane(lane, index, &transport);
        finishStep(index, result, lane);
    }
    {
        std::lock_guard lock(transportMutex);
        lane->transport = nullptr;
    }
    transport.reset(); // the session dies in the thread that used it
}

StepFinished DeployRunner::State::runOnLane(Lane *lane, int index,
                                            std::unique_ptr<NodeTransport> *transport)
{
    const PlanStep &step = plan.steps[index];
    emitEvent(StepStarted{step.id, step.node, step.phase, step.title});
    StepFinished failed;
    failed.stepId = step.id;
    failed.node = step.node;
    failed.status = StepStatus::Failed;
    if (cancelled->load()) {
        failed.status = StepStatus::Cancelled;
        failed.message = u"cancelled"_s;
        return failed;
    }
    const auto accessIt = access.constFind(lane->node);
    if (accessIt == access.cend()) {
        failed.message = u"no SSH access known for node %1"_s.arg(lane->node);
        return failed;
    }
    if (!*transport || !(*transport)->isConnected()) {
        emitEvent(NodeChanged{lane->node, NodeStatus::Connecting, step.id});
        if (!*transport) {
            *transport = transports->create(*accessIt);
            std::lock_guard lock(transportMutex);
            lane->transport = transport->get();
        }
        if (cancelled->load())
            (*transport)->cancel();
        if (std::optional<SshError> error = (*transport)->connect()) {
            failed.status = error->kind == SshError::Kind::Cancelled ? StepStatus::Cancelled
                                                                     : StepStatus::Failed;
            failed.message = redactor.redact(error->message());
            return failed;
        }
    }
    emitEvent(NodeChanged{lane->node, NodeStatus::Working, step.id});
    return executeStep(step, **transport, stepContext(&*accessIt));
}

void DeployRunner::State::finishStep(int index, const StepFinished &result, Lane *lane)
{
    emitEvent(result);
    std::lock_guard lock(mutex);
    status[index] = result.status;
    results[index] = result;
    if (options.holdFailures && result.status == StepStatus::Failed && !cancelled->load())
        held.insert(index);
    if (lane) {
        lane->busy = false;
        --running;
        if (result.status == StepStatus::Failed)
            lane->failed = true;
        emitEvent(NodeChanged{lane->node,
                              lane->failed                             ? NodeStatus::Failed
                              : result.status == StepStatus::Cancelled ? NodeStatus::Cancelled
                                                                       : NodeStatus::Idle,
                              {}});
    }
    emitEvent(progress());
    changed.notify_all();
}

ProgressChanged DeployRunner::State::progress() const
{
    ProgressChanged p;
    p.total = int(status.size());
    for (StepStatus s : status) {
        p.finished += isFinal(s) ? 1 : 0;
        p.running += s == StepStatus::Running ? 1 : 0;
        p.failed
            += (s == StepStatus::Failed || s == StepStatus::Blocked || s == StepStatus::Cancelled)
                   ? 1
                   : 0;
    }
    return p;
}

// Marks pending steps whose dependency failed as blocked; true if any changed.
bool DeployRunner::State::blockFailedDependents(std::unique_lock<std::mutex> &)
{
    bool any = false;
    for (qsizetype i = 0; i < status.size(); ++i) {
        if (status[i] != StepStatus::Pending)
            continue;
        for (int d : std::as_const(deps[i])) {
            const StepStatus s = status[d];
            if (isHeld(d))
                continue; // its dependents wait for the user's decision
            if (s == StepStatus::Failed || s == StepStatus::Blocked || s == StepStatus::Cancelled) {
                StepFinished blocked;
                blocked.stepId = plan.steps[i].id;
                blocked.node = plan.steps[i].node;
                blocked.status = StepStatus::Blocked;
                blocked.message = u"not run: %1 %2"_s.arg(plan.steps[d].id, toString(s));
                status[i] = StepStatus::Blocked;
                results[i] = blocked;
                emitEvent(blocked);
                any = true;
                break;
            }
        }
    }
    return any;
}

void DeployRunner::State::schedule(const QString &resumedRun)
{
    const int parallel = qMax(1, options.parallel);
    std::unique_lock lock(mutex);
    for (;;) {
        while (blockFailedDependents(lock)) {
        }
        bool progressed = false;
        for (qsizetype i = 0; i < status.size() && !cancelled->load(); ++i) {
            if (status[i] != StepStatus::Pending)
                continue;
            bool ready = true;
            for (int d : std::as_const(deps[i]))
                ready = ready
                        && (status[d] == StepStatus::Succeeded || status[d] == StepStatus::Skipped);
            if (!ready)
                continue;
            const PlanStep &step = plan.steps[i];
            if (doneEarlier.contains(int(i))) {
                StepFinished skipped;
                skipped.stepId = step.id;
                skipped.node = step.node;
                skipped.status = StepStatus::Skipped;
                skipped.message = u"done in run %1"_s.arg(resumedRun);
                status[i] = StepStatus::Skipped;
                results[i] = skipped;
                emitEvent(skipped);
                progressed = true;
                continue;
            }
            if (step.node.isEmpty()) {
                status[i] = StepStatus::Running;
                lock.unlock();
                emitEvent(StepStarted{step.id, step.node, step.phase, step.title});
                const StepFinished result = executeLocalStep(step, stepContext(nullptr));
                finishStep(int(i), result, nullptr);
                lock.lock();
                progressed = true;
                continue;
            }
            if (running >= parallel)
                break;
            Lane &lane = laneFor(step.node);
            if (lane.busy)
                continue;
            lane.busy = true;
            lane.queue.push_back(int(i));
            status[i] = StepStatus::Running;
            ++running;
            lane.wake.notify_one();
            progressed = true;
        }
        // Nothing running and nothing startable: nothing can change any more,
        // unless the user retries or skips a held failure.
        if (running == 0 && !progressed) {
            if (waitForDecision(lock))
                continue;
            break;
        }
        if (!progressed)
            changed.wait_for(lock, std::chrono::milliseconds(100));
    }
}

void DeployRunner::State::stopLanes()
{
    {
        std::lock_guard lock(mutex);
        for (auto &[node, lane] : lanes) {
            lane->stop = true;
            lane->wake.notify_all();
        }
    }
    for (auto &[node, lane] : lanes) {
        if (lane->thread.joinable())
            lane->thread.join();
    }
}

void DeployRunner::State::cancelTransports()
{
    {
        std::lock_guard lock(transportMutex);
        for (auto &[node, lane] : lanes) {
            if (lane->transport)
                lane->transport->cancel();
        }
    }
    if (transports)
        transports->cancel();
    changed.notify_all();
}

} // namespace Clusterwright
