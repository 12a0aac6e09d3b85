// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "model/topology.h"

#include <QSet>

namespace Clusterwright {

// Objects refer to each other by name (an interface to its network, a node to its host, a
// storage pool to its nodes, an SSH jump to the bastion, the cluster endpoint to a VIP).
// These pure functions keep those references whole when names change or objects go away.

// `topology` with object `index` of `kind` renamed and every reference to it following.
Topology renamedObject(const Topology &topology, ObjectKind kind, int index, const QString &name);

// `topology` with references to the named objects dropped: interfaces on a deleted network
// go, nodes of a deleted host become unplaced, and so on. The objects themselves stay.
Topology withoutReferences(const Topology &topology, ObjectKind kind, const QSet<QString> &names);

// Why `name` cannot name object `index` of `kind` (empty when it can). Names are DNS-1123
// labels, unique per kind; index -1 checks a name for a new object.
QString nameProblem(const Topology &topology, ObjectKind kind, int index, const QString &name);

} // namespace Clusterwright
