// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "model/topology.h"

#include <variant>

namespace Clusterwright {

class TopologyDocument;

// Any named object of a topology as one value, so that insert, remove and replace commands
// and the clipboard need one implementation instead of five.
using ObjectValue = std::variant<Host, Network, Node, Vip, Storage>;

ObjectKind kindOf(const ObjectValue &value);
QString nameOf(const ObjectValue &value);
void setNameOf(ObjectValue &value, const QString &name);

int objectCount(const Topology &topology, ObjectKind kind);
ObjectValue objectAt(const Topology &topology, ObjectKind kind, int index);
int objectIndex(const Topology &topology, ObjectKind kind, const QString &name);
QStringList objectNames(const Topology &topology, ObjectKind kind);

// The document's mutation API, dispatched on the value's kind.
void insertObject(TopologyDocument *document, int index, const ObjectValue &value);
void removeObject(TopologyDocument *document, ObjectKind kind, int index);
void replaceObject(TopologyDocument *document, int index, const ObjectValue &value);

// Pure counterparts on a plain topology, for building a new state before diffing it.
void insertObject(Topology &topology, int index, const ObjectValue &value);
void removeObject(Topology &topology, ObjectKind kind, int index);
void replaceObject(Topology &topology, int index, const ObjectValue &value);

} // namespace Clusterwright
