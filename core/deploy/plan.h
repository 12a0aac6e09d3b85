// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "model/topology.h"
#include "validation/finding.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Clusterwright {

// The deployment plan: what `clusterwright plan` prints, `render` writes and the
// runner executes over SSH. Secrets never appear in it: a join token, CA hash or
// certificate key is a placeholder "${cw:STEP:NAME}" naming the step whose
// captured output fills it at run time (docs/deploy-plan.md).

enum class Phase { Connect, Preflight, Prepare, ApiEndpoint, Init, Join, Addons, Verify };
QString toString(Phase phase); // "connect", "preflight", ...

// One command. Either argv (the runner quotes it with shellJoin) or a script
// from the planner's fixed vocabulary whose values were quoted with shellQuote.
struct RemoteCommand
{
    QStringList argv;
    QString script;
    bool asRoot = true;
    QString captureAs;    // non-empty: stdout (trimmed) becomes output "${cw:STEP:captureAs}"
    bool secret = false;  // the captured output must never be logged or written to disk
    QString text() const; // the exact shell text, placeholders unfilled
};

// A file the runner uploads before the step's commands run.
struct FileArtifact
{
    QString remotePath;
    int mode = 0644;
    QString owner = QStringLiteral("root:root");
    QByteArray content; // may hold "${cw:...}" placeholders, filled at upload
};

// A file the runner copies from the node to the desktop after the commands.
struct FileFetch
{
    QString remotePath;
    QString localName; // relative to the deployment's output directory
    int mode = 0600;
};

struct PlanStep
{
    QString id;   // "cp-1/init"; unique, stable across runs (resume keys on it)
    QString node; // empty: runs on the desktop (cross-node checks)
    Phase phase = Phase::Connect;
    QString title;
    QStringList dependsOn;
    QList<RemoteCommand> commands;
    QList<FileArtifact> files;
    QList<FileFetch> fetches;
    QStringList localChecks; // desktop-side checks over captured outputs (fixed vocabulary)
    QString guard;           // exit 0 means "already done": the step is skipped
    bool mutatesCluster = false;
    bool unsupported = false; // fails on purpose with the message in its command
};

struct Plan
{
    QList<PlanStep> steps; // topologically sorted; ties keep building order
    QStringList warnings;  // things the plan does not do (unsupported components)
    int indexOf(const QString &id) const;
    const PlanStep *step(const QString &id) const;
};

struct PlanResult
{
    std::optional<Plan> plan;
    QList<Finding> blocking; // validation errors and deploy-specific refusals
    bool ok() const { return plan.has_value(); }
};

// Validates, then plans. Refuses (blocking non-empty, no plan) when the
// topology has validation errors or asks for something kubeadm cannot deploy.
PlanResult buildPlan(const Topology &topology);

// Kahn's algorithm, stable. False (with the cause in *error) for an unknown
// dependency or a cycle.
bool sortSteps(QList<PlanStep> *steps, QString *error);

} // namespace Clusterwright
