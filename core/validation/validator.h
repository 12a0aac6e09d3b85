// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "model/sourcemap.h"
#include "model/topology.h"
#include "validation/faulttolerance.h"
#include "validation/finding.h"

namespace Clusterwright {

struct ValidationReport
{
    QList<Finding> findings; // sorted: severity (errors first), then rule id, then path
    FaultToleranceSummary faultTolerance;
    int count(Severity severity) const;
};

// Runs every rule in one pass and the fault-tolerance analysis. Pure function of
// its input; safe to call from any thread. With a source map, findings get file
// locations.
ValidationReport validateTopology(const Topology &topology, const SourceMap *sourceMap = nullptr);

} // namespace Clusterwright
