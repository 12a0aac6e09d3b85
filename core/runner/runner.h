// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "deploy/plan.h"
#include "runner/runevents.h"
#include "runner/transport.h"

#include <QHash>
#include <QString>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>

namespace Clusterwright {

struct RunOptions
{
    int parallel = 30; // steps running at once (k0sctl's default concurrency)
    // Where the journal (journal-RUNID.jsonl) and fetched files go; the CLI
    // uses "<design>.deploy/" beside the design file.
    QString outputDir;
    // Resume from this journal: steps it records as done are skipped after
    // their guard confirms it; facts (captured outputs) are gathered again.
    QString resumeJournal;
    std::chrono::milliseconds commandTimeout{std::chrono::minutes(30)};
    std::chrono::milliseconds silenceNotice{std::chrono::seconds(60)};
    // A failed step waits for a decision instead of blocking what depends on
    // it: retryStep(), skipStep() or releaseFailures(). When nothing else can
    // run, the run reports RunWaiting and waits (the desktop app holds; the
    // CLI does not, it ends and says how to resume).
    bool holdFailures = false;
};

// Why a failed step must not be skipped, or empty when skipping is safe:
// only checks (preflight, verify) that change nothing may be skipped.
QString skipRefusal(Phase phase, bool mutatesCluster);

// Runs a plan: one thread per node that owns the node's connection and runs
// that node's steps in dependency order (steps of one node never overlap, so
// apt and kubeadm never race on a host), desktop steps in the coordinating
// thread, at most `parallel` steps at once. A failed step blocks what depends
// on it; independent branches go on. cancel() stops every branch within a
// second; the journal then says CANCELLED and is resumable.
class DeployRunner
{
public:
    using Observer = std::function<void(const RunEvent &)>;

    DeployRunner(Plan plan, QHash<QString, NodeAccess> access,
                 std::unique_ptr<TransportFactory> transports, RunOptions options);
    ~DeployRunner();
    DeployRunner(const DeployRunner &) = delete;
    DeployRunner &operator=(const DeployRunner &) = delete;

    // Called for every event, one at a time, from runner threads. Keep it
    // quick; a GUI posts the event to its own thread. Set before run().
    void setObserver(Observer observer);

    // Blocks until the run ends; returns its outcome. Call once.
    RunFinished run();
    // Thread-safe, prompt: running commands are stopped, nothing new starts.
    void cancel();
    bool isCancelled() const { return m_cancelled.load(); }

    // Decisions on held failures (RunOptions::holdFailures); thread-safe.
    // Runs a held failed step again on its node (reconnecting if needed).
    bool retryStep(const QString &stepId);
    // Marks a held failed step skipped so its dependents run; refused (false,
    // reason in *why) by skipRefusal() or when a step still to run needs what
    // it should have captured.
    bool skipStep(const QString &stepId, QString *why);
    // Held failures (or just `stepId`) block their dependents; with nothing
    // else to wait for, the run ends, resumable.
    void releaseFailures(const QString &stepId = {});

    // The journal of the latest run under `outputDir`, or empty.
    static QString latestJournal(const QString &outputDir);
    // Where runs of a design keep journals and fetched files: "cluster.cw.yaml"
    // -> "cluster.deploy/" beside it ("cluster.rehearsal/" for rehearsals).
    static QString runDirectoryFor(const QString &designPath, bool rehearsal = false);

private:
    struct State;
    std::unique_ptr<State> m_state;
    std::atomic_bool m_cancelled{false};
};

} // namespace Clusterwright
