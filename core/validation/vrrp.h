// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "model/topology.h"

namespace Clusterwright {

// The keepalived virtual_router_id of address `offset` of VIP `vipIndex` (0 for
// an api-endpoint VIP; 0..n-1 along a keepalived LoadBalancer range). It is a
// stable hash of the VIP's name into 1..255, plus the offset, so it survives
// reordering and edits of other VIPs, and a range never collides with itself.
// Collisions between VIPs on one network are reported by rule LB003; the deploy
// engine uses this function, so the two always agree.
int vrrpRouterId(const Topology &topology, int vipIndex, int offset = 0);
// The same for a VIP called `name`, for trying out a rename.
int vrrpRouterIdForName(const QString &name, int offset = 0);

} // namespace Clusterwright
