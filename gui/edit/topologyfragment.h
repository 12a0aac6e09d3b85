// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "edit/objectvalue.h"
#include "validation/finding.h"

#include <QByteArray>
#include <QHash>
#include <QPointF>

namespace Clusterwright {

// A piece of a design on its way through the clipboard or a duplicate: the chosen objects
// as a small topology in the file format, and the plan for putting a copy of it back.
class TopologyFragment
{
public:
    static constexpr char MimeType[] = "application/x-clusterwright-fragment";

    struct Placement
    {
        ObjectValue value;
        std::optional<QPointF> position; // nodes only
    };

    // The objects in `objects`, with `positions` (where the canvas shows each node, stored
    // or not) as the fragment's layout.
    static Topology extract(const Topology &topology, const QList<ObjectRef> &objects,
                            const QHash<QString, QPointF> &positions);

    // What to insert into `target` for a copy of `fragment` moved by `offset`: names still
    // free are kept (cut and paste gives the same objects back), others get the next free
    // number (cp-1 becomes cp-4); addresses in use get the next free ones after them, and
    // references between the pasted objects follow their new names.
    static QList<Placement> plan(const Topology &target, const Topology &fragment, QPointF offset);

    static QByteArray toBytes(const Topology &fragment);
    static std::optional<Topology> fromBytes(const QByteArray &bytes);
};

} // namespace Clusterwright
