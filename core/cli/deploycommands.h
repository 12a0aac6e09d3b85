// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "cli/command.h"
#include "deploy/plan.h"

#include <optional>

namespace Clusterwright {

// `plan FILE`: print the deployment plan, or the findings that block it.
int runPlan(const QStringList &arguments, CliIo &io);
// `render FILE -o DIR`: write every generated file per node for review.
int runRender(const QStringList &arguments, CliIo &io);
// `deploy FILE [--parallel N] [--resume] [--yes] [--accept-new-host-keys] ...`
int runDeploy(const QStringList &arguments, CliIo &io);

// Loads args.positional[0] and plans it; prints diagnostics or the blocking
// findings. nullopt + *exitCode on failure; *topology gets the design.
std::optional<Plan> loadPlan(const QString &command, const ParsedArguments &args, CliIo &io,
                             int *exitCode, std::optional<Topology> *topology = nullptr);

} // namespace Clusterwright
