// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "model/topology.h"
#include "validation/finding.h"

#include <QList>
#include <QString>

#include <optional>

namespace Clusterwright {

// Applies field edits by source-map path ("nodes[2].interfaces[0].address",
// "networks[1].cidr", "cluster.podCidr", "vips[0].address") and returns the new
// topology, or nullopt with *error set when a path or value is not understood;
// then nothing is applied. Numbers are decimal text, "" clears an optional
// number; lists (dns, roles, storage nodes) are comma-separated. Renaming a
// node moves its canvas position with it. The canvas uses this to apply a
// finding's suggested fix.
std::optional<Topology> applyFieldEdits(const Topology &topology, const QList<FieldEdit> &edits,
                                        QString *error = nullptr);

} // namespace Clusterwright
