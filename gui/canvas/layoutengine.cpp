// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "canvas/layoutengine.h"

#include <QMap>

#include <cmath>
#include <limits>
#include <numeric>

namespace Clusterwright {
namespace {

// Room for the network labels, left of the buses.
constexpr qreal LabelColumn = 320;

QHash<QString, int> indexByName(const QStringList &names)
{
    QHash<QString, int> map;
    map.reserve(names.size());
    for (int i = int(names.size()) - 1; i >= 0; --i) // the first of duplicate names wins
        map.insert(names[i], i);
    return map;
}

template<typename T>
QStringList namesOf(const QList<T> &list)
{
    QStringList names;
    names.reserve(list.size());
    for (const T &object : list)
        names << object.name;
    return names;
}

QPointF slot(int host, int rank)
{
    return {host * LayoutEngine::ColumnWidth + LayoutEngine::HostPadding,
            LayoutEngine::HostTitle + rank * LayoutEngine::RowHeight};
}

// Host column of each node: -1 for nodes with no or an unknown host.
QList<int> hostColumns(const Topology &t, const QHash<QString, int> &hosts)
{
    QList<int> columns;
    columns.reserve(t.nodes.size());
    for (const Node &node : t.nodes)
        columns << hosts.value(node.host, -1);
    return columns;
}

// The network most of a pool's nodes sit on (their first interface), for pools with none.
int storageNetwork(const Storage &s, const Topology &t, const QHash<QString, int> &networks,
                   const QHash<QString, int> &nodes)
{
    if (!s.network.isEmpty())
        return networks.value(s.network, -1);
    QMap<int, int> votes;
    for (const QString &member : s.nodes) {
        const int node = nodes.value(member, -1);
        if (node >= 0 && !t.nodes[node].interfaces.isEmpty()) {
            const int network = networks.value(t.nodes[node].interfaces.first().network, -1);
            if (network >= 0)
                ++votes[network];
        }
    }
    int best = -1;
    for (auto it = votes.cbegin(); it != votes.cend(); ++it) {
        if (best < 0 || it.value() > votes.value(best))
            best = it.key();
    }
    return best;
}

// For each card, how many other cards lie above and below it with overlapping x ranges:
// the cards its links to the buses pass behind.
std::pair<QList<int>, QList<int>> obstructions(const QList<QPointF> &nodes)
{
    const int n = int(nodes.size());
    QList<int> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&nodes](int a, int b) { return nodes[a].x() < nodes[b].x(); });
    QList<int> above(n, 0), below(n, 0);
    for (int a = 0; a < n; ++a) {
        const QPointF pa = nodes[order[a]];
        for (int b = a + 1; b < n && nodes[order[b]].x() < pa.x() + LayoutEngine::NodeWidth; ++b) {
            const QPointF pb = nodes[order[b]];
            if (pb.y() < pa.y()) {
                ++above[order[a]];
                ++below[order[b]];
            } else if (pb.y() > pa.y()) {
                ++below[order[a]];
                ++above[order[b]];
            }
        }
    }
    return {above, below};
}

} // namespace

LayoutEngine::Extents LayoutEngine::extentsOf(const Result &result)
{
    return result.extents;
}

void LayoutEngine::setEmptyHostHint(const QString &host, QPointF topLeft)
{
    m_hostHints.insert(host, topLeft);
}

QPointF LayoutEngine::snapped(QPointF p)
{
    return {std::round(p.x() / Grid) * Grid, std::round(p.y() / Grid) * Grid};
}

QMap<QString, QPointF> LayoutEngine::autoPositions(const Topology &t)
{
    const QList<int> columns = hostColumns(t, indexByName(namesOf(t.hosts)));
    QList<int> ranks(t.hosts.size() + 1, 0);
    QMap<QString, QPointF> positions;
    for (qsizetype i = 0; i < t.nodes.size(); ++i)
        positions.insert(t.nodes[i].name, slot(columns[i], ranks[columns[i] + 1]++));
    return positions;
}

LayoutEngine::Result LayoutEngine::compute(const Topology &t) const
{
    constexpr qreal Inf = std::numeric_limits<qreal>::infinity();
    const QHash<QString, int> hostIndex = indexByName(namesOf(t.hosts));
    const QHash<QString, int> networkIndex = indexByName(namesOf(t.networks));
    const QList<int> columns = hostColumns(t, hostIndex);
    const int nodeCount = int(t.nodes.size());

    Result r;
    r.nodes.resize(nodeCount);
    r.autoPlaced.resize(nodeCount);
    r.hosts.resize(t.hosts.size());
    QList<int> ranks(t.hosts.size() + 1, 0);
    qreal top = Inf, bottom = -Inf, left = Inf, right = -Inf;
    for (int i = 0; i < nodeCount; ++i) {
        const int column = columns[i];
        const QPointF automatic = slot(column, ranks[column + 1]++);
        const auto stored = t.layout.constFind(t.nodes[i].name);
        const bool isAuto = stored == t.layout.cend();
        const QPointF p = isAuto ? automatic : *stored;
        r.nodes[i] = p;
        r.autoPlaced[i] = isAuto;
        const QRectF card(p, QSizeF(NodeWidth, NodeHeight));
        if (column >= 0)
            r.hosts[column] |= card;
        const qreal pad = column >= 0 ? HostPadding : 0;
        top = std::min(top, p.y() - (column >= 0 ? HostTitle : 0));
        bottom = std::max(bottom, card.bottom() + pad);
        left = std::min(left, p.x() - pad);
        right = std::max(right, card.right() + pad);
    }
    for (qsizetype h = 0; h < r.hosts.size(); ++h) {
        QRectF &frame = r.hosts[h];
        if (frame.isNull()) {
            const QPointF at = m_hostHints.value(t.hosts[h].name, QPointF(h * ColumnWidth, 0));
            frame = QRectF(
                at, QSizeF(NodeWidth + 2 * HostPadding, HostTitle + NodeHeight + HostPadding));
        } else {
            frame.adjust(-HostPadding, -HostTitle, HostPadding, HostPadding);
        }
        top = std::min(top, frame.top());
        bottom = std::max(bottom, frame.bottom());
        left = std::min(left, frame.left());
        right = std::max(right, frame.right());
    }
    if (top == Inf) {
        top = 0;
        bottom = NodeHeight;
        left = 0;
        right = NodeWidth;
    }
    r.extents = {top, bottom, left};
    if (m_frozen) {
        top = m_frozen->top;
        bottom = m_frozen->bottom;
        left = m_frozen->left;
    }

    // Even networks above the nodes, odd ones below, each in its own lane.
    const int networkCount = int(t.networks.size());
    r.networks.resize(networkCount);
    QList<qreal> nodesEnd(networkCount, -Inf);
    for (int j = 0; j < networkCount; ++j) {
        Bus &bus = r.networks[j];
        bus.above = j % 2 == 0;
        const int lane = j / 2;
        bus.y = bus.above ? top - BusGap - lane * BusSpacing : bottom + BusGap + lane * BusSpacing;
        bus.xStart = left - BusLead;
    }

    // Interfaces leave a card on the side of their bus: upward links on the left half,
    // downward ones on the right half (or spread over the edge when all go one way). A link
    // that passes behind other cards on its way shifts inwards by one step per card, so the
    // links of a stacked column stay apart and each label sits on its own line.
    const auto [behindAbove, behindBelow] = obstructions(r.nodes);
    r.links.resize(nodeCount);
    for (int i = 0; i < nodeCount; ++i) {
        const QList<Interface> &interfaces = t.nodes[i].interfaces;
        QList<int> networks;
        int up = 0;
        for (const Interface &interface : interfaces) {
            const int j = networkIndex.value(interface.network, -1);
            networks << j;
            up += (j < 0 || r.networks[j].above) ? 1 : 0;
        }
        const int down = int(interfaces.size()) - up;
        int upSeen = 0, downSeen = 0;
        int labelRows[2][2] = {{0, 0}, {0, 0}}; // [above][left]
        const QPointF p = r.nodes[i];
        QList<Link> &links = r.links[i];
        links.reserve(interfaces.size());
        for (int k = 0; k < interfaces.size(); ++k) {
            const int j = networks[k];
            const bool above = j < 0 || r.networks[j].above;
            const int s = above ? upSeen++ : downSeen++;
            const int n = above ? up : down;
            const bool shared = up > 0 && down > 0;
            qreal from = p.x() + LinkInset;
            qreal to = p.x() + NodeWidth - LinkInset;
            if (shared)
                (above ? to : from) = p.x() + NodeWidth / 2;
            qreal x = n == 1 ? (above ? from : to) : from + (to - from) * s / (n - 1);
            const int behind = std::min(above ? behindAbove[i] : behindBelow[i], 4);
            x += (x < p.x() + NodeWidth / 2 ? 1 : -1) * behind * LinkShift;
            Link link;
            link.network = j;
            link.nodeEnd = QPointF(x, above ? p.y() : p.y() + NodeHeight);
            link.busEnd = j >= 0 ? QPointF(x, r.networks[j].y) : link.nodeEnd - QPointF(0, 30);
            link.labelLeft = x < p.x() + NodeWidth / 2;
            link.labelRow = labelRows[above][link.labelLeft]++;
            if (j >= 0)
                nodesEnd[j] = std::max(nodesEnd[j], p.x() + NodeWidth);
            links << link;
        }
    }

    // Tags follow the last node on their bus; objects on no known network go below all.
    QList<int> tagCount(networkCount, 0);
    qreal lowest = bottom;
    for (const Bus &bus : std::as_const(r.networks))
        lowest = std::max(lowest, bus.y);
    int detached = 0;
    const auto place = [&](int network) {
        Tag tag;
        tag.network = network;
        if (network < 0) {
            tag.anchor = QPointF(left, lowest + BusSpacing + detached++ * (TagHeight + 2 * Grid));
            return tag;
        }
        const Bus &bus = r.networks[network];
        const qreal base = std::max(nodesEnd[network], bus.xStart + BusLead);
        tag.anchor = QPointF(base + TagGap + tagCount[network]++ * (TagWidth + TagGap), bus.y);
        tag.above = bus.above;
        return tag;
    };
    r.vips.reserve(t.vips.size());
    for (const Vip &vip : t.vips)
        r.vips << place(networkIndex.value(vip.network, -1));
    QHash<QString, int> nodeIndex;
    for (const Storage &s : t.storage) {
        if (s.network.isEmpty() && nodeIndex.isEmpty())
            nodeIndex = indexByName(namesOf(t.nodes));
        r.storage << place(storageNetwork(s, t, networkIndex, nodeIndex));
    }
    for (int j = 0; j < networkCount; ++j) {
        Bus &bus = r.networks[j];
        const qreal base = std::max(nodesEnd[j], bus.xStart + BusLead);
        bus.xEnd = base + TagGap + tagCount[j] * (TagWidth + TagGap);
        right = std::max(right, bus.xEnd);
    }

    qreal highest = top;
    for (const Bus &bus : std::as_const(r.networks))
        highest = std::min(highest, bus.y);
    const qreal detachedBottom
        = detached ? lowest + BusSpacing + detached * (TagHeight + 2 * Grid) : lowest;
    r.bounds = QRectF(QPointF(left - BusLead - LabelColumn, highest - BusSpacing),
                      QPointF(std::max(right, left + TagWidth), detachedBottom + BusSpacing));
    return r;
}

} // namespace Clusterwright
