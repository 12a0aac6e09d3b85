// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "model/topology.h"

namespace Clusterwright {

// A large, realistic, mostly valid design for benchmarks: `nodes` VMs on
// physical hosts (eight per host), nodes/10 networks of ten nodes each plus a
// storage VLAN every node is on, one LoadBalancer pool per network, an API VIP
// over three control planes, Ceph pools and an NFS share. The same seed always
// gives the same design.
struct GeneratorOptions
{
    int nodes = 1000;
    quint32 seed = 1;
};

Topology generateTopology(const GeneratorOptions &options);

// Only networks and LoadBalancer pools (no nodes), for timing the overlap
// rules alone: `count` networks and as many pools, a few of them overlapping.
Topology generateAddressPlan(int count, quint32 seed);

} // namespace Clusterwright
