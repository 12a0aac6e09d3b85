// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "edit/objectvalue.h"

#include <QList>
#include <QPointF>

#include <optional>

namespace Clusterwright {

class TopologyDocument;

// The difference between two topologies that have the same objects at the same indices
// (renames, reference updates, applied fixes): replaced objects, settings and canvas
// positions. Applying it goes through the document API, so views see ordinary edits.
struct TopologyPatch
{
    struct ObjectChange
    {
        int index = -1;
        ObjectValue before;
        ObjectValue after;
    };
    struct PositionChange
    {
        QString node;
        std::optional<QPointF> before;
        std::optional<QPointF> after;
    };

    QList<ObjectChange> objects;
    std::optional<std::pair<Metadata, Metadata>> metadata;
    std::optional<std::pair<ClusterSettings, ClusterSettings>> cluster;
    QList<PositionChange> positions;

    bool isEmpty() const;

    // nullopt when the two differ in the number of objects of some kind.
    static std::optional<TopologyPatch> diff(const Topology &before, const Topology &after);

    void apply(TopologyDocument *document) const;
    void revert(TopologyDocument *document) const;
};

} // namespace Clusterwright
