// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "model/topologydocument.h"

namespace Clusterwright {

TopologyDocument::TopologyDocument(QObject *parent)
    : QObject(parent)
{}

void TopologyDocument::setFilePath(const QString &path)
{
    if (path == m_filePath)
        return;
    m_filePath = path;
    emit filePathChanged(path);
}

void TopologyDocument::reset(const Topology &topology, const SourceMap &sourceMap)
{
    emit aboutToReset();
    m_topology = topology;
    m_sourceMap = sourceMap;
    ++m_revision;
    emit resetDone();
    emit changed();
}

void TopologyDocument::touch()
{
    ++m_revision;
    // An edit moves objects away from where the file had them.
    m_sourceMap = SourceMap{};
    emit changed();
}

void TopologyDocument::setMetadata(const Metadata &metadata)
{
    if (metadata == m_topology.metadata)
        return;
    m_topology.metadata = metadata;
    emit metadataChanged();
    touch();
}

void TopologyDocument::setCluster(const ClusterSettings &cluster)
{
    if (cluster == m_topology.cluster)
        return;
    m_topology.cluster = cluster;
    emit clusterChanged();
    touch();
}

void TopologyDocument::setNodePosition(const QString &node, std::optional<QPointF> position)
{
    auto &layout = m_topology.layout;
    const auto it = layout.constFind(node);
    const std::optional<QPointF> old
        = it == layout.cend() ? std::nullopt : std::optional<QPointF>(*it);
    if (old == position)
        return;
    if (position)
        layout.insert(node, *position);
    else
        layout.remove(node);
    emit nodePositionChanged(node);
    touch();
}

template<typename T>
void TopologyDocument::insertInto(QList<T> &list, ObjectKind kind, int index, const T &value)
{
    Q_ASSERT(index >= 0 && index <= list.size());
    emit objectAboutToBeInserted(kind, index);
    list.insert(index, value);
    emit objectInserted(kind, index);
    touch();
}

template<typename T>
void TopologyDocument::removeFrom(QList<T> &list, ObjectKind kind, int index)
{
    Q_ASSERT(index >= 0 && index < list.size());
    emit objectAboutToBeRemoved(kind, index);
    list.removeAt(index);
    emit objectRemoved(kind, index);
    touch();
}

template<typename T>
void TopologyDocument::replaceIn(QList<T> &list, ObjectKind kind, int index, const T &value)
{
    Q_ASSERT(index >= 0 && index < list.size());
    if (list[index] == value)
        return;
    emit objectAboutToChange(kind, index);
    list[index] = value;
    emit objectChanged(kind, index);
    touch();
}

// clang-format off
void TopologyDocument::insertHost(int i, const Host &v) { insertInto(m_topology.hosts, ObjectKind::Host, i, v); }
void TopologyDocument::removeHost(int i) { removeFrom(m_topology.hosts, ObjectKind::Host, i); }
void TopologyDocument::setHost(int i, const Host &v) { replaceIn(m_topology.hosts, ObjectKind::Host, i, v); }
void TopologyDocument::insertNetwork(int i, const Network &v) { insertInto(m_topology.networks, ObjectKind::Network, i, v); }
void TopologyDocument::removeNetwork(int i) { removeFrom(m_topology.networks, ObjectKind::Network, i); }
void TopologyDocument::setNetwork(int i, const Network &v) { replaceIn(m_topology.networks, ObjectKind::Network, i, v); }
void TopologyDocument::insertNode(int i, const Node &v) { insertInto(m_topology.nodes, ObjectKind::Node, i, v); }
void TopologyDocument::removeNode(int i) { removeFrom(m_topology.nodes, ObjectKind::Node, i); }
void TopologyDocument::setNode(int i, const Node &v) { replaceIn(m_topology.nodes, ObjectKind::Node, i, v); }
void TopologyDocument::insertVip(int i, const Vip &v) { insertInto(m_topology.vips, ObjectKind::Vip, i, v); }
void TopologyDocument::removeVip(int i) { removeFrom(m_topology.vips, ObjectKind::Vip, i); }
void TopologyDocument::setVip(int i, const Vip &v) { replaceIn(m_topology.vips, ObjectKind::Vip, i, v); }
void TopologyDocument::insertStorage(int i, const Storage &v) { insertInto(m_topology.storage, ObjectKind::Storage, i, v); }
void TopologyDocument::removeStorage(int i) { removeFrom(m_topology.storage, ObjectKind::Storage, i); }
void TopologyDocument::setStorage(int i, const Storage &v) { replaceIn(m_topology.storage, ObjectKind::Storage, i, v); }
// clang-format on

int TopologyDocument::count(ObjectKind kind) const
{
    switch (kind) {
    case ObjectKind::Host:
        return int(m_topology.hosts.size());
    case ObjectKind::Network:
        return int(m_topology.networks.size());
    case ObjectKind::Node:
        return int(m_topology.nodes.size());
    case ObjectKind::Vip:
        return int(m_topology.vips.size());
    case ObjectKind::Storage:
        return int(m_topology.storage.size());
    }
    return 0;
}

QString TopologyDocument::objectName(ObjectKind kind, int index) const
{
    if (index < 0 || index >= count(kind))
        return {};
    switch (kind) {
    case ObjectKind::Host:
        return m_topology.hosts[index].name;
    case ObjectKind::Network:
        return m_topology.networks[index].name;
    case ObjectKind::Node:
        return m_topology.nodes[index].name;
    case ObjectKind::Vip:
        return m_topology.vips[index].name;
    case ObjectKind::Storage:
        return m_topology.storage[index].name;
    }
    return {};
}

} // namespace Clusterwright
