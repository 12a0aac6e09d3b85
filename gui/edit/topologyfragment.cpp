// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "edit/topologyfragment.h"

#include "edit/addressallocator.h"
#include "edit/objectfactory.h"
#include "format/topologyformat.h"

#include <QSet>

namespace Clusterwright {

using namespace Qt::StringLiterals;

namespace {

using NameMap = QHash<QString, QString>;

QString mapped(const NameMap &map, const QString &name)
{
    return map.value(name, name);
}

// New names for the fragment's objects of `kind`: kept when free in `target`.
NameMap newNames(const Topology &target, const Topology &fragment, ObjectKind kind)
{
    QStringList taken = objectNames(target, kind);
    NameMap map;
    for (const QString &name : objectNames(fragment, kind)) {
        const QString fresh = taken.contains(name) ? nextFreeName(taken, nameStem(name)) : name;
        taken << fresh;
        map.insert(name, fresh);
    }
    return map;
}

} // namespace

Topology TopologyFragment::extract(const Topology &t, const QList<ObjectRef> &objects,
                                   const QHash<QString, QPointF> &positions)
{
    Topology fragment;
    fragment.cluster = t.cluster;
    // Keep the design's order of objects, whatever the order of the selection.
    for (ObjectKind kind : {ObjectKind::Host, ObjectKind::Network, ObjectKind::Node,
                            ObjectKind::Vip, ObjectKind::Storage}) {
        QList<int> indexes;
        for (const ObjectRef &ref : objects) {
            const int index = objectIndex(t, kind, ref.name);
            if (ref.kind == kind && index >= 0 && !indexes.contains(index))
                indexes << index;
        }
        std::sort(indexes.begin(), indexes.end());
        for (int index : std::as_const(indexes)) {
            const ObjectValue value = objectAt(t, kind, index);
            insertObject(fragment, objectCount(fragment, kind), value);
            if (kind == ObjectKind::Node && positions.contains(nameOf(value)))
                fragment.layout.insert(nameOf(value), positions.value(nameOf(value)));
        }
    }
    return fragment;
}

QList<TopologyFragment::Placement> TopologyFragment::plan(const Topology &target,
                                                          const Topology &fragment, QPointF offset)
{
    const NameMap hosts = newNames(target, fragment, ObjectKind::Host);
    const NameMap networks = newNames(target, fragment, ObjectKind::Network);
    const NameMap nodes = newNames(target, fragment, ObjectKind::Node);
    const NameMap vips = newNames(target, fragment, ObjectKind::Vip);
    const NameMap storages = newNames(target, fragment, ObjectKind::Storage);

    // Networks first: nodes pasted with a copied network take addresses from its new subnet.
    Topology combined = target;
    QList<Placement> out;
    for (Network network : fragment.networks) {
        const QString name = mapped(networks, network.name);
        if (name != network.name) {
            network.cidr = AddressAllocator::freeSubnet(combined);
            const auto prefix = IpPrefix::parse(network.cidr);
            network.gateway = prefix ? prefix->network().next()->toString() : QString();
            network.dns.clear();
        }
        network.name = name;
        combined.networks << network;
        out << Placement{network, std::nullopt};
    }
    for (Host host : fragment.hosts) {
        host.name = mapped(hosts, host.name);
        out << Placement{host, std::nullopt};
    }

    AddressAllocator addresses(combined);
    const auto address = [&addresses](const QString &network, const QString &old) {
        if (old.isEmpty())
            return old;
        if (addresses.isFree(old)) {
            addresses.reserve(old);
            return old;
        }
        return addresses.next(network, old);
    };

    for (Node node : fragment.nodes) {
        const QString oldName = node.name;
        node.name = mapped(nodes, node.name);
        node.host = mapped(hosts, node.host);
        node.ssh.jump = mapped(nodes, node.ssh.jump);
        QString sshAddress = node.ssh.address;
        for (Interface &interface : node.interfaces) {
            const QString old = interface.address;
            interface.network = mapped(networks, interface.network);
            interface.address = address(interface.network, old);
            if (node.ssh.address == old)
                sshAddress = interface.address;
        }
        node.ssh.address = sshAddress;
        std::optional<QPointF> position;
        if (const auto it = fragment.layout.constFind(oldName); it != fragment.layout.cend())
            position = *it + offset;
        out << Placement{node, position};
    }
    for (Vip vip : fragment.vips) {
        vip.name = mapped(vips, vip.name);
        vip.network = mapped(networks, vip.network);
        vip.address = address(vip.network, vip.address);
        if (!vip.range.isEmpty()) {
            if (addresses.isFreeRange(vip.range)) {
                addresses.reserveRange(vip.range);
            } else {
                const auto range = IpRange::parse(vip.range);
                const Uint128 size = range ? range->size().saturated() : 16;
                vip.range = addresses.nextRange(vip.network, int(std::min<Uint128>(size, 256)));
            }
        }
        out << Placement{vip, std::nullopt};
    }
    for (Storage storage : fragment.storage) {
        storage.name = mapped(storages, storage.name);
        storage.network = mapped(networks, storage.network);
        storage.server = address(storage.network, storage.server);
        for (QString &member : storage.nodes)
            member = mapped(nodes, member);
        out << Placement{storage, std::nullopt};
    }
    return out;
}

QByteArray TopologyFragment::toBytes(const Topology &fragment)
{
    return writeTopology(fragment);
}

std::optional<Topology> TopologyFragment::fromBytes(const QByteArray &bytes)
{
    LoadResult result = loadTopologyBytes(bytes, u"clipboard"_s);
    return result.topology;
}

} // namespace Clusterwright
