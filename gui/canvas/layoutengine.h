// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "model/topology.h"

#include <QHash>
#include <QList>
#include <QPointF>
#include <QRectF>

namespace Clusterwright {

// Where everything goes on the canvas. Only node positions are stored in a design; the rest
// follows from them: a host frame wraps its nodes, a network is a bus in its own lane above
// or below the nodes, VIPs and storage hang on their network's bus. Nodes without a stored
// position get a slot in their host's column (unplaced nodes in a column left of the hosts).
// Slots depend only on a node's host and its rank among that host's nodes, and bus lanes only
// on the network's index, so adding an object never moves the others.
class LayoutEngine
{
public:
    static constexpr qreal Grid = 10;
    static constexpr qreal NodeWidth = 180;
    static constexpr qreal NodeHeight = 80;
    static constexpr qreal ColumnWidth = 280;
    static constexpr qreal RowHeight = 120;
    static constexpr qreal HostPadding = 20;
    static constexpr qreal HostTitle = 60;
    static constexpr qreal BusGap = 60;
    static constexpr qreal BusSpacing = 60;
    static constexpr qreal BusLead = 40; // bus line before the leftmost node
    static constexpr qreal TagWidth = 200;
    static constexpr qreal TagHeight = 36;
    static constexpr qreal TagGap = 20;
    static constexpr qreal LinkInset = 30; // first link from the card's corner
    static constexpr qreal LinkShift = 16; // per card the link passes behind

    // The node area's edges (top, bottom, left) that place the buses. Kept fixed during a
    // drag, so a bus does not move away from the node dragged onto it.
    struct Extents
    {
        qreal top = 0;
        qreal bottom = 0;
        qreal left = 0;
    };
    struct Bus
    {
        qreal y = 0;
        qreal xStart = 0;  // the label box sits left of this
        qreal xEnd = 0;    // after the last node and the tags
        bool above = true; // the bus lies above the nodes
        bool operator==(const Bus &) const = default;
    };
    // A VIP or storage pool: on its bus, or in the column of detached objects.
    struct Tag
    {
        QPointF anchor;   // left end, on the bus line
        int network = -1; // -1: detached (unknown network)
        bool above = true;
        bool operator==(const Tag &) const = default;
    };
    struct Link
    {
        QPointF nodeEnd;
        QPointF busEnd;
        int network = -1; // -1: the interface names no network
        // The address label sits beside the line near the card, on the side away from the
        // card's middle (where the links of cards behind it run), in row labelRow.
        bool labelLeft = false;
        int labelRow = 0;
        bool operator==(const Link &) const = default;
    };

    struct Result
    {
        QList<QPointF> nodes;     // top-left of each card, by node index
        QList<bool> autoPlaced;   // true where the position is not stored
        QList<QList<Link>> links; // by node, then interface
        QList<QRectF> hosts;
        QList<Bus> networks;
        QList<Tag> vips;
        QList<Tag> storage;
        QRectF bounds;
        Extents extents;
    };

    void freezeExtents(std::optional<Extents> extents) { m_frozen = extents; }
    static Extents extentsOf(const Result &result);

    // Where to draw hosts that have no nodes yet (the place the user dropped them).
    void setEmptyHostHint(const QString &host, QPointF topLeft);
    void clearEmptyHostHints() { m_hostHints.clear(); }

    Result compute(const Topology &topology) const;

    // The slot positions of every node, ignoring stored ones: a clean arrangement.
    static QMap<QString, QPointF> autoPositions(const Topology &topology);

    static QPointF snapped(QPointF point);

private:
    QHash<QString, QPointF> m_hostHints;
    std::optional<Extents> m_frozen;
};

} // namespace Clusterwright
