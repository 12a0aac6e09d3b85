// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "deploy/deploycontroller.h"

#include "deploy/plan.h"
#include "runner/runner.h"
#include "runner/simulatedtransport.h"

#include <QDir>
#include <QMetaObject>
#include <QTimer>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

using namespace Qt::StringLiterals;

namespace Clusterwright {
namespace {

constexpr int DrainIntervalMs = 50;

// Overwrites a secret before its memory is released.
void wipe(QString *secret)
{
    secret->fill(u'\0');
    secret->clear();
}

} // namespace

// Everything the worker threads and the GUI thread share; outlives both.
struct DeployController::Shared
{
    std::mutex mutex;
    std::condition_variable answered;
    QList<RunEvent> queue;
    bool done = false;
    bool cancelled = false;
    RunFinished result;
    // One prompt at a time: dialogs never stack, a cached answer serves the rest.
    std::mutex promptMutex;
    QHash<QString, QString> secrets; // kind + key file or endpoint -> secret, this run only
};

struct DeployController::Worker
{
    std::thread thread;
    DeployRunner *runner = nullptr; // under Shared::mutex; lives in the thread
    // The same runner for retry/skip decisions. Those take the runner's locks,
    // and its observer takes Shared::mutex, so they must not hold that one.
    std::mutex decisionMutex;
    DeployRunner *decider = nullptr; // under decisionMutex
};

DeployController::DeployController(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    qRegisterMetaType<RunEvent>();
    qRegisterMetaType<RunStarted>();
    qRegisterMetaType<RunFinished>();
    qRegisterMetaType<QList<RunEvent>>();
    m_timer->setInterval(DrainIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &DeployController::drain);
}

DeployController::~DeployController()
{
    if (m_worker) {
        cancel();
        m_worker->thread.join();
    }
    if (m_shared) {
        for (QString &secret : m_shared->secrets)
            wipe(&secret);
    }
}

QString DeployController::outputDirFor(const QString &designPath)
{
    return DeployRunner::runDirectoryFor(designPath);
}

QString DeployController::rehearsalDirFor(const QString &designPath)
{
    return DeployRunner::runDirectoryFor(designPath, true);
}

QString DeployController::runLabel() const
{
    return isRehearsal() ? tr("Rehearsal — simulated machines, nothing was changed") : QString();
}

bool DeployController::isRunning() const
{
    return m_worker != nullptr;
}

bool DeployController::isHostKeyChange(const StepFinished &step)
{
    return step.status == StepStatus::Failed && step.message.contains(u"host key changed"_s);
}

bool DeployController::start(const Topology &topology, const QString &designPath, Mode mode,
                             const Settings &settings, bool resume, QString *error)
{
    const PlanResult planned = buildPlan(topology);
    if (!planned.ok()) {
        QStringList lines;
        for (const Finding &finding : planned.blocking)
            lines.append(finding.message);
        if (error)
            *error = tr("The design does not plan:\n%1").arg(lines.join(u'\n'));
        return false;
    }
    const QString dir
        = mode == Mode::Rehearsal ? rehearsalDirFor(designPath) : outputDirFor(designPath);
    return startPlan(*planned.plan, accessFromTopology(topology), dir, mode, settings, resume,
                     error);
}

bool DeployController::resumeLast(QString *error)
{
    if (!m_lastPlan) {
        if (error)
            *error = tr("There is no run to resume.");
        return false;
    }
    const Plan plan = *m_lastPlan;
    return startPlan(plan, m_lastAccess, m_outputDir, m_mode, m_lastSettings, true, error,
                     m_lastSsh);
}

bool DeployController::resumeReplacingHostKey(const QString &node, QString *error)
{
    if (!m_lastPlan) {
        if (error)
            *error = tr("There is no run to resume.");
        return false;
    }
    Settings settings = m_lastSettings;
    if (!settings.replaceChangedKeysOn.contains(node))
        settings.replaceChangedKeysOn.append(node);
    const Plan plan = *m_lastPlan;
    return startPlan(plan, m_lastAccess, m_outputDir, m_mode, settings, true, error, m_lastSsh);
}

SshCallbacks DeployController::callbacks()
{
    // The worker asks the GUI thread and waits for the answer or a cancel.
    // The call is queued to `this`: if the controller is gone, it never runs.
    std::shared_ptr<Shared> shared = m_shared;
    auto ask = [this, shared](auto question, auto fallback) {
        using Answer = decltype(fallback);
        auto slot = std::make_shared<std::optional<Answer>>();
        std::unique_lock lock(shared->mutex);
        if (shared->cancelled)
            return fallback;
        QMetaObject::invokeMethod(
            this,
            [shared, slot, question, fallback] {
                {
                    std::lock_guard guard(shared->mutex);
                    if (shared->cancelled)
                        return;
                }
                const Answer answer = question(); // may run a modal dialog
                std::lock_guard guard(shared->mutex);
                *slot = answer;
                shared->answered.notify_all();
            },
            Qt::QueuedConnection);
        shared->answered.wait(lock, [&] { return slot->has_value() || shared->cancelled; });
        return slot->has_value() ? **slot : fallback;
    };

    SshCallbacks callbacks;
    const bool acceptNew = m_lastSettings.acceptNewHostKeys;
    callbacks.hostKey = [this, shared, ask, acceptNew](const HostKeyPrompt &prompt) {
        if (acceptNew)
            return HostKeyDecision::AcceptAndSave;
        std::lock_guard one(shared->promptMutex);
        return ask(
            [this, prompt] {
                return hostKeyHandler ? hostKeyHandler(prompt) : HostKeyDecision::Reject;
            },
            HostKeyDecision::Reject);
    };
    callbacks.secret = [this, shared, ask](const SecretPrompt &prompt) {
        const QString key
            = u"%1|%2"_s.arg(int(prompt.kind))
                  .arg(prompt.kind == SecretKind::KeyPassphrase ? prompt.keyFile : prompt.endpoint);
        std::lock_guard one(shared->promptMutex);
        {
            std::lock_guard lock(shared->mutex);
            // A second attempt means the cached answer was wrong: ask again.
            if (prompt.attempt == 1 && shared->secrets.contains(key))
                return std::optional<QString>(shared->secrets.value(key));
        }
        const std::optional<QString> secret
            = ask([this, prompt] { return secretHandler ? secretHandler(prompt) : std::nullopt; },
                  std::optional<QString>());
        if (secret) {
            std::lock_guard lock(shared->mutex);
            shared->secrets.insert(key, *secret);
        }
        return secret;
    };
    return callbacks;
}

bool DeployController::startPlan(const Plan &plan, const QHash<QString, NodeAccess> &access,
                                 const QString &outputDir, Mode mode, const Settings &settings,
                                 bool resume, QString *error, std::optional<SshSettings> ssh)
{
    if (isRunning()) {
        if (error)
            *error = tr("A deploy is already running.");
        return false;
    }
    RunOptions options;
    options.parallel = qMax(1, settings.parallel);
    options.outputDir = outputDir;
    options.holdFailures = settings.holdFailures;
    if (resume) {
        options.resumeJournal = DeployRunner::latestJournal(outputDir);
        if (options.resumeJournal.isEmpty()) {
            if (error)
                *error = tr("Nothing to resume: there is no journal in %1.").arg(outputDir);
            return false;
        }
    }
    m_mode = mode;
    m_outputDir = outputDir;
    m_lastPlan = plan;
    m_lastAccess = access;
    m_lastSettings = settings;
    m_lastSsh = ssh;

    QHash<QString, NodeAccess> reach = access;
    for (NodeAccess &node : reach) {
        const QString override = settings.addressOverride.value(node.node).trimmed();
        if (!override.isEmpty())
            node.target.host = override;
        if (node.target.user.isEmpty())
            node.target.user = settings.defaultUser;
        if (node.target.identityFile.isEmpty())
            node.target.identityFile = settings.defaultIdentityFile;
    }

    m_reach = reach;
    if (m_shared) {
        for (QString &secret : m_shared->secrets)
            wipe(&secret);
    }
    m_shared = std::make_shared<Shared>();
    std::unique_ptr<TransportFactory> factory;
    if (mode == Mode::Rehearsal) {
        SimulationOptions simulation;
        simulation.seed = settings.seed;
        simulation.timeScale = settings.timeScale;
        simulation.failPreflightOn = settings.failPreflightOn;
        simulation.slowJoinOn = settings.slowJoinOn;
        for (const PlanStep &step : plan.steps) {
            if (!step.guard.isEmpty())
                simulation.guards.append(step.guard);
        }
        factory = makeSimulatedTransportFactory(reach, simulation);
    } else {
        SshSettings sshSettings = ssh.value_or(SshSettings());
        if (!ssh) {
            // libssh finds ~ through the password database; $HOME is what the user means.
            sshSettings.sshDir
                = settings.sshDir.isEmpty() ? QDir::homePath() + u"/.ssh"_s : settings.sshDir;
            sshSettings.knownHostsFile = settings.knownHostsFile;
        }
        factory = makeSshTransportFactory(reach, sshSettings, callbacks(), 10,
                                          settings.replaceChangedKeysOn);
    }

    m_worker = std::make_unique<Worker>();
    std::shared_ptr<Shared> shared = m_shared;
    Worker *worker = m_worker.get();
    m_worker->thread = std::thread(
        [shared, worker, plan, reach, options, factory = std::move(factory)]() mutable {
            DeployRunner runner(plan, reach, std::move(factory), options);
            runner.setObserver([shared](const RunEvent &event) {
                std::lock_guard lock(shared->mutex);
                shared->queue.append(event);
            });
            {
                std::lock_guard lock(shared->mutex);
                worker->runner = &runner;
                if (shared->cancelled)
                    runner.cancel();
            }
            {
                std::lock_guard lock(worker->decisionMutex);
                worker->decider = &runner;
            }
            const RunFinished result = runner.run();
            {
                std::lock_guard lock(worker->decisionMutex);
                worker->decider = nullptr;
            }
            std::lock_guard lock(shared->mutex);
            worker->runner = nullptr;
            shared->result = result;
            shared->done = true;
        });
    m_timer->start();
    return true;
}

void DeployController::cancel()
{
    if (!m_shared || !m_worker)
        return;
    {
        std::lock_guard lock(m_shared->mutex);
        m_shared->cancelled = true;
        m_shared->answered.notify_all(); // a worker waiting for a prompt gives up
        if (m_worker->runner)
            m_worker->runner->cancel(); // thread-safe; the runner outlives this lock
    }
    emit promptsWithdrawn();
}

bool DeployController::retryStep(const QString &stepId)
{
    if (!m_worker)
        return false;
    std::lock_guard lock(m_worker->decisionMutex);
    return m_worker->decider && m_worker->decider->retryStep(stepId);
}

bool DeployController::skipStep(const QString &stepId, QString *why)
{
    if (m_worker) {
        std::lock_guard lock(m_worker->decisionMutex);
        if (m_worker->decider)
            return m_worker->decider->skipStep(stepId, why);
    }
    if (why)
        *why = tr("The run is over: Resume or Retry failed starts it again.");
    return false;
}

void DeployController::resumeLater()
{
    if (!m_worker)
        return;
    std::lock_guard lock(m_worker->decisionMutex);
    if (m_worker->decider)
        m_worker->decider->releaseFailures();
}

void DeployController::drain()
{
    if (!m_shared)
        return;
    QList<RunEvent> batch;
    bool done = false;
    RunFinished result;
    {
        std::lock_guard lock(m_shared->mutex);
        batch.swap(m_shared->queue);
        done = m_shared->done;
        result = m_shared->result;
    }
    if (done) {
        m_worker->thread.join(); // run() has returned: only the runner's cleanup is left
        m_worker.reset();
        m_timer->stop();
        for (QString &secret : m_shared->secrets)
            wipe(&secret);
    }
    // A changed host key is not for Retry step: the run lets it go, and when
    // it ends the user is offered to replace the key (DeployActions).
    for (const RunEvent &event : std::as_const(batch)) {
        const auto *step = std::get_if<StepFinished>(&event);
        if (step && isHostKeyChange(*step) && m_worker) {
            std::lock_guard lock(m_worker->decisionMutex);
            if (m_worker->decider)
                m_worker->decider->releaseFailures(step->stepId);
        }
    }
    const QString label = runLabel();
    for (RunEvent &event : batch) {
        if (auto *finished = std::get_if<RunFinished>(&event); finished && !label.isEmpty())
            finished->summary = label + u"\n"_s + finished->summary;
    }
    for (const RunEvent &event : std::as_const(batch)) {
        if (const auto *started = std::get_if<RunStarted>(&event))
            emit this->started(*started);
    }
    if (!batch.isEmpty())
        emit eventsArrived(batch);
    if (done) {
        emit promptsWithdrawn();
        if (!label.isEmpty())
            result.summary = label + u"\n"_s + result.summary;
        emit finished(result);
    }
}

} // namespace Clusterwright
