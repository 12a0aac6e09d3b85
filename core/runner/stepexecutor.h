// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "deploy/plan.h"
#include "runner/facts.h"
#include "runner/redactor.h"
#include "runner/runevents.h"
#include "runner/transport.h"

#include <atomic>
#include <chrono>
#include <functional>

namespace Clusterwright {

// What one step needs from its run.
struct StepContext
{
    const NodeAccess *access = nullptr; // nullptr for desktop steps
    RunFacts *facts = nullptr;
    Redactor *redactor = nullptr;
    QString outputDir; // fetched files land here
    std::chrono::milliseconds commandTimeout{0};
    std::chrono::milliseconds silenceNotice{0};
    const std::atomic_bool *cancelled = nullptr;
    std::function<void(const RunEvent &)> report;
};

// Runs one node step on its (connected) transport: the guard (exit 0: skipped),
// uploads, commands with captures, fetches. Returns the finished event.
StepFinished executeStep(const PlanStep &step, NodeTransport &transport,
                         const StepContext &context);

// Runs a desktop step: the cross-node checks over captured facts.
StepFinished executeLocalStep(const PlanStep &step, const StepContext &context);

} // namespace Clusterwright
