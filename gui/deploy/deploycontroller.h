// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "model/topology.h"
#include "runner/runevents.h"
#include "runner/transport.h"
#include "ssh/sshcallbacks.h"
#include "ssh/sshtarget.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QTimer;

namespace Clusterwright {

class DeployRunner;

// Runs a deploy (or a rehearsal against simulated machines) in a background
// thread with the same DeployRunner either way, and hands its events to the
// GUI thread in batches (a 50-node run must never flood the event loop).
// Host-key and secret prompts from the worker come up on the GUI thread
// through the handlers; the worker waits for the answer, or for a cancel.
class DeployController : public QObject
{
    Q_OBJECT

public:
    enum class Mode { Deploy, Rehearsal };

    struct Settings
    {
        int parallel = 30;
        QString defaultUser;                     // for nodes whose design names none
        QString defaultIdentityFile;             // likewise
        bool acceptNewHostKeys = false;          // else: ask through hostKeyHandler
        QHash<QString, QString> addressOverride; // node -> address to reach it from here
        QString sshDir;                          // empty: ~/.ssh
        QString knownHostsFile;                  // empty: the user's known_hosts
        // Rehearsal only: injected failures and timing.
        QStringList failPreflightOn; // nodes whose preflight fails
        QStringList slowJoinOn;      // nodes whose join takes much longer
        double timeScale = 1.0;      // 0.1: ten times faster than realistic
        quint32 seed = 1;            // same seed, same simulated tokens and jitter
        // "This machine was re-created": for these nodes a changed host key
        // replaces the stale known_hosts line (KnownHosts::replace) on connect.
        QStringList replaceChangedKeysOn;
        // A failed step waits for retryStep(), skipStep() or resumeLater()
        // (the dashboard's failure panel) while the rest of the run goes on.
        bool holdFailures = true;
    };

    explicit DeployController(QObject *parent = nullptr);
    ~DeployController() override; // cancels and waits for the worker

    // Plans the topology and starts. False (and *error) when the design does
    // not plan (validation errors) or a run is already going. `designPath`
    // decides where the journal goes ("<design>.deploy/").
    bool start(const Topology &topology, const QString &designPath, Mode mode,
               const Settings &settings, bool resume, QString *error);
    void cancel();
    bool isRunning() const;
    // Decisions on a failed step the running deploy holds (Settings::holdFailures).
    // Runs it again on its node; false if it is not a held failure.
    bool retryStep(const QString &stepId);
    // Goes on without it; refused (false, reason in *why) unless it only checks.
    bool skipStep(const QString &stepId, QString *why);
    // Held failures block what depends on them; the run ends, resumable.
    void resumeLater();
    Mode mode() const { return m_mode; }
    QString outputDir() const { return m_outputDir; }

    // Called on the GUI thread; unset means reject / no secret.
    std::function<HostKeyDecision(const HostKeyPrompt &)> hostKeyHandler;
    std::function<std::optional<QString>(const SecretPrompt &)> secretHandler;

    static QString outputDirFor(const QString &designPath);
    // "<design>.rehearsal/": rehearsal journals never mix with real runs.
    static QString rehearsalDirFor(const QString &designPath);

    // Every event and summary of a rehearsal says so; the dashboard asks this.
    bool isRehearsal() const { return m_mode == Mode::Rehearsal; }
    // "Rehearsal — simulated machines, nothing was changed" or empty.
    QString runLabel() const;

    // A ready plan and access map instead of a topology (tests, tools). The
    // settings' overrides still apply; `ssh` replaces the machine defaults.
    bool startPlan(const Plan &plan, const QHash<QString, NodeAccess> &access,
                   const QString &outputDir, Mode mode, const Settings &settings, bool resume,
                   QString *error, std::optional<SshSettings> ssh = std::nullopt);
    // How the current (or last) run reaches each node: the design's access
    // with the address overrides and default user/key applied.
    QHash<QString, NodeAccess> access() const { return m_reach; }
    // The plan of the current (or last) run, or null before the first.
    const Plan *plan() const { return m_lastPlan ? &*m_lastPlan : nullptr; }
    // Resumes the last run from its journal with the same plan and settings
    // (the dashboard's Resume and Retry failed).
    bool resumeLast(QString *error);
    // Resumes the last run with the same plan and settings, replacing the
    // stale host key of `node` (after the user compared the fingerprints).
    bool resumeReplacingHostKey(const QString &node, QString *error);
    // The StepFinished of a connect that failed on a changed host key.
    static bool isHostKeyChange(const StepFinished &step);

signals:
    void started(const Clusterwright::RunStarted &run);
    // Every event in order, delivered in batches on the GUI thread.
    void eventsArrived(const QList<Clusterwright::RunEvent> &events);
    void finished(const Clusterwright::RunFinished &result);
    // No answer is wanted any more (cancelled or over): open prompts close.
    void promptsWithdrawn();

private:
    struct Worker;
    struct Shared;
    void drain();
    SshCallbacks callbacks();
    std::unique_ptr<Worker> m_worker;
    std::shared_ptr<Shared> m_shared;
    QTimer *m_timer = nullptr;
    Mode m_mode = Mode::Deploy;
    QString m_outputDir;
    // For resumeReplacingHostKey().
    std::optional<Plan> m_lastPlan;
    QHash<QString, NodeAccess> m_lastAccess;
    QHash<QString, NodeAccess> m_reach;
    Settings m_lastSettings;
    std::optional<SshSettings> m_lastSsh;
};

} // namespace Clusterwright

Q_DECLARE_METATYPE(Clusterwright::RunEvent)
Q_DECLARE_METATYPE(Clusterwright::RunStarted)
Q_DECLARE_METATYPE(Clusterwright::RunFinished)
