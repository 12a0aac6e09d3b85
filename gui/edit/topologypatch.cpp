// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "edit/topologypatch.h"

#include "model/topologydocument.h"

#include <QSet>

namespace Clusterwright {
namespace {

constexpr ObjectKind AllKinds[] = {ObjectKind::Host, ObjectKind::Network, ObjectKind::Node,
                                   ObjectKind::Vip, ObjectKind::Storage};

std::optional<QPointF> positionIn(const QMap<QString, QPointF> &layout, const QString &node)
{
    const auto it = layout.constFind(node);
    return it == layout.cend() ? std::nullopt : std::optional<QPointF>(*it);
}

} // namespace

bool TopologyPatch::isEmpty() const
{
    return objects.isEmpty() && !metadata && !cluster && positions.isEmpty();
}

std::optional<TopologyPatch> TopologyPatch::diff(const Topology &before, const Topology &after)
{
    TopologyPatch patch;
    for (ObjectKind kind : AllKinds) {
        const int count = objectCount(before, kind);
        if (count != objectCount(after, kind))
            return std::nullopt;
        for (int i = 0; i < count; ++i) {
            ObjectValue a = objectAt(before, kind, i);
            ObjectValue b = objectAt(after, kind, i);
            if (a != b)
                patch.objects.append({i, std::move(a), std::move(b)});
        }
    }
    if (before.metadata != after.metadata)
        patch.metadata = std::pair(before.metadata, after.metadata);
    if (before.cluster != after.cluster)
        patch.cluster = std::pair(before.cluster, after.cluster);

    QSet<QString> keys;
    for (auto it = before.layout.cbegin(); it != before.layout.cend(); ++it)
        keys.insert(it.key());
    for (auto it = after.layout.cbegin(); it != after.layout.cend(); ++it)
        keys.insert(it.key());
    QStringList sorted = keys.values();
    sorted.sort();
    for (const QString &node : std::as_const(sorted)) {
        const auto a = positionIn(before.layout, node);
        const auto b = positionIn(after.layout, node);
        if (a != b)
            patch.positions.append({node, a, b});
    }
    return patch;
}

// New positions go in before the objects change and old ones go out after, so a renamed
// node never shows up without a position for a moment (the scene would auto-place it).
void TopologyPatch::apply(TopologyDocument *document) const
{
    for (const PositionChange &p : positions) {
        if (p.after)
            document->setNodePosition(p.node, p.after);
    }
    if (metadata)
        document->setMetadata(metadata->second);
    if (cluster)
        document->setCluster(cluster->second);
    for (const ObjectChange &change : objects)
        replaceObject(document, change.index, change.after);
    for (const PositionChange &p : positions) {
        if (!p.after)
            document->setNodePosition(p.node, std::nullopt);
    }
}

void TopologyPatch::revert(TopologyDocument *document) const
{
    for (const PositionChange &p : positions) {
        if (p.before)
            document->setNodePosition(p.node, p.before);
    }
    for (auto it = objects.crbegin(); it != objects.crend(); ++it)
        replaceObject(document, it->index, it->before);
    if (cluster)
        document->setCluster(cluster->first);
    if (metadata)
        document->setMetadata(metadata->first);
    for (const PositionChange &p : positions) {
        if (!p.before)
            document->setNodePosition(p.node, std::nullopt);
    }
}

} // namespace Clusterwright
