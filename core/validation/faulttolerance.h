// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "model/topology.h"
#include "validation/finding.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Clusterwright {

// etcd's own table: quorum = n/2 + 1, tolerance = n - quorum.
int etcdQuorum(int members);
int etcdFailureTolerance(int members);

// How much of a component survives: nodes and physical hosts that may fail
// (worst case, any choice of them) before it breaks. -1 = not applicable.
struct Tolerance
{
    QString component; // "etcd", "API endpoint", "storage nas", "LoadBalancer lb"
    QString detail;    // "3 members, quorum 2" / "VIP 192.168.18.100 on cp-1..3"
    int nodeFailures = -1;
    int hostFailures = -1;
    QStringList singlePointsOfFailure; // nodes or hosts whose loss alone breaks it
};

struct FaultToleranceSummary
{
    int etcdMembers = 0;
    int etcdQuorum = 0;
    QList<Tolerance> components; // etcd first, then API endpoint, storage pools, LB pools
};

FaultToleranceSummary analyzeFaultTolerance(const Topology &topology);

// "If these nodes/hosts fail, what breaks." `failed` holds node and host names;
// a failed host takes down every node placed on it.
struct WhatIfOutcome
{
    QString component;
    bool broken = false;
    QString explanation; // "etcd quorum lost: 1 of 3 members left, quorum is 2"
};

struct WhatIfResult
{
    QStringList unknownNames; // names in `failed` that are neither nodes nor hosts
    QStringList failedNodes;  // expanded: nodes down, directly or through their host
    QList<WhatIfOutcome> outcomes;
    bool anythingBroken() const;
};

WhatIfResult whatIf(const Topology &topology, const QStringList &failed);

// Failure-domain findings (FD rules): etcd, control planes and storage replicas
// placed so that one physical host takes down quorum or data.
void checkFailureDomains(const Topology &topology, QList<Finding> &findings);

} // namespace Clusterwright
