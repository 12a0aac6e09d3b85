// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "runner/transport.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>

namespace Clusterwright {

// How the simulated machines of a rehearsal behave.
struct SimulationOptions
{
    quint32 seed = 1;            // same seed, same tokens, ids and jitter per node
    double timeScale = 1.0;      // 0.01: a hundred times faster than realistic
    QStringList failPreflightOn; // nodes whose first preflight fails (address not on the machine)
    QStringList slowJoinOn;      // nodes whose kubeadm join takes about five times longer
    // The plan's guards (PlanStep::guard): answered "not done yet" (exit 1).
    // Commands shaped like guards ("test -f ...") are recognised anyway.
    QStringList guards;
};

// A transport that runs nothing: every node is a simulated machine that
// recognises the plan's commands and answers like the real tools would, in
// their output formats and with realistic durations (scaled). Rehearsals use
// the real DeployRunner with this, so they cannot drift from a real deploy.
std::unique_ptr<TransportFactory>
makeSimulatedTransportFactory(const QHash<QString, NodeAccess> &access, SimulationOptions options);

} // namespace Clusterwright
