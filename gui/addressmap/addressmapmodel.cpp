// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "addressmap/addressmapmodel.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Clusterwright {
namespace {

using Kind = AddressMark::Kind;

// A thousand nodes on one address would make a tooltip the size of a book.
constexpr int MaxIssuesPerMark = 5;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Clusterwright::AddressMap)
};

// The same pairs NET010/NET011/NET012 call clashes: an NFS server runs on a host or a
// node, and a host may be its network's router; a pool clashes with everything.
bool clash(Kind a, Kind b)
{
    const auto pair = [&](Kind x, Kind y) { return (a == x && b == y) || (a == y && b == x); };
    if (a == Kind::LoadBalancer || b == Kind::LoadBalancer)
        return true;
    return !(pair(Kind::Storage, Kind::Host) || pair(Kind::Storage, Kind::Node)
             || pair(Kind::Host, Kind::Gateway));
}

QString describe(const AddressMark &mark)
{
    switch (mark.kind) {
    case Kind::Gateway:
        return Tr::tr("the gateway");
    case Kind::Node:
        return Tr::tr("node %1").arg(mark.label);
    case Kind::Vip:
        return Tr::tr("VIP %1").arg(mark.label);
    case Kind::LoadBalancer:
        return Tr::tr("pool %1").arg(mark.label);
    case Kind::Storage:
        return Tr::tr("NFS server %1").arg(mark.label);
    case Kind::Host:
        return Tr::tr("host %1").arg(mark.label);
    }
    return mark.label;
}

QString rangeText(const IpRange &range)
{
    return range.first() == range.last() ? range.first().toString() : range.toString();
}

void addIssue(AddressMark &mark, const QString &text)
{
    if (mark.issues.size() < MaxIssuesPerMark)
        mark.issues << text;
    else if (mark.issues.size() == MaxIssuesPerMark)
        mark.issues << Tr::tr("… and more");
}

void checkPlacement(AddressMark &mark, const IpPrefix &prefix)
{
    const IpRange subnet = IpRange::fromPrefix(prefix);
    if (mark.range.family() != prefix.family() || !subnet.contains(mark.range)) {
        addIssue(mark, Tr::tr("lies outside %1").arg(prefix.toString()));
        return;
    }
    if (mark.range.contains(prefix.network()))
        addIssue(mark, Tr::tr("uses the network address %1").arg(prefix.network().toString()));
    if (prefix.family() == IpFamily::V4 && prefix.length() < 31
        && mark.range.contains(prefix.last()))
        addIssue(mark, Tr::tr("uses the broadcast address %1").arg(prefix.last().toString()));
}

void findClashes(QList<AddressMark> &marks)
{
    QList<IpRange> ranges;
    ranges.reserve(marks.size());
    for (const AddressMark &mark : std::as_const(marks))
        ranges << mark.range;
    for (const auto &[i, j] : overlappingPairs(ranges)) {
        if (!clash(marks[i].kind, marks[j].kind))
            continue;
        const QString where = rangeText(*marks[i].range.intersection(marks[j].range));
        addIssue(marks[i], Tr::tr("clashes with %1 at %2").arg(describe(marks[j]), where));
        addIssue(marks[j], Tr::tr("clashes with %1 at %2").arg(describe(marks[i]), where));
    }
}

NetworkAddressMap mapNetwork(const Topology &t, int index)
{
    const Network &network = t.networks.at(index);
    NetworkAddressMap map;
    map.index = index;
    map.name = network.name;
    map.cidr = network.cidr;
    const auto prefix = IpPrefix::parse(network.cidr, &map.error);
    if (!prefix)
        return map;
    map.error.clear();
    map.prefix = prefix->normalized();

    const auto add = [&](Kind kind, const IpRange &range, const QString &label,
                         ObjectKind objectKind, const QString &name, int objectIndex) {
        map.marks.append({kind, range, label, ObjectRef{objectKind, name, objectIndex}, {}});
    };
    const auto single = [](const QString &text) -> std::optional<IpRange> {
        if (const auto address = IpAddress::parse(text))
            return IpRange(*address, *address);
        return std::nullopt;
    };

    if (const auto gateway = single(network.gateway))
        add(Kind::Gateway, *gateway, Tr::tr("gateway"), ObjectKind::Network, network.name, index);
    for (int n = 0; n < t.nodes.size(); ++n) {
        const Node &node = t.nodes.at(n);
        for (const Interface &interface : node.interfaces) {
            if (interface.network != network.name)
                continue;
            if (const auto address = single(interface.address))
                add(Kind::Node, *address, node.name, ObjectKind::Node, node.name, n);
        }
    }
    for (int v = 0; v < t.vips.size(); ++v) {
        const Vip &vip = t.vips.at(v);
        const bool pool = vip.purpose == VipPurpose::LoadBalancer;
        const auto range = pool ? IpRange::parse(vip.range) : single(vip.address);
        // A VIP without a network goes where its address is.
        const bool here = vip.network == network.name
                          || (vip.network.isEmpty() && range
                              && IpRange::fromPrefix(*map.prefix).contains(*range));
        if (range && here)
            add(pool ? Kind::LoadBalancer : Kind::Vip, *range, vip.name, ObjectKind::Vip, vip.name,
                v);
    }
    for (int s = 0; s < t.storage.size(); ++s) {
        const Storage &storage = t.storage.at(s);
        if (storage.type != StorageType::Nfs || storage.network != network.name)
            continue;
        if (const auto address = single(storage.server))
            add(Kind::Storage, *address, storage.name, ObjectKind::Storage, storage.name, s);
    }
    // Hosts name no network: they show on the ones their address falls in.
    for (int h = 0; h < t.hosts.size(); ++h) {
        const Host &host = t.hosts.at(h);
        const auto address = single(host.address);
        if (address && map.prefix->contains(address->first()))
            add(Kind::Host, *address, host.name, ObjectKind::Host, host.name, h);
    }

    std::stable_sort(map.marks.begin(), map.marks.end(),
                     [](const AddressMark &a, const AddressMark &b) {
                         return a.range.first() < b.range.first();
                     });
    for (AddressMark &mark : map.marks)
        checkPlacement(mark, *map.prefix);
    findClashes(map.marks);
    return map;
}

} // namespace

int NetworkAddressMap::issueCount() const
{
    return int(std::count_if(marks.cbegin(), marks.cend(),
                             [](const AddressMark &mark) { return !mark.issues.isEmpty(); }));
}

QList<NetworkAddressMap> buildAddressMap(const Topology &topology)
{
    QList<NetworkAddressMap> maps;
    maps.reserve(topology.networks.size());
    for (int i = 0; i < topology.networks.size(); ++i)
        maps << mapNetwork(topology, i);
    return maps;
}

QChar markLetter(AddressMark::Kind kind)
{
    switch (kind) {
    case Kind::Gateway:
        return u'G';
    case Kind::Node:
        return u'N';
    case Kind::Vip:
        return u'V';
    case Kind::LoadBalancer:
        return u'L';
    case Kind::Storage:
        return u'S';
    case Kind::Host:
        return u'H';
    }
    return u'?';
}

QString markKindName(AddressMark::Kind kind)
{
    switch (kind) {
    case Kind::Gateway:
        return Tr::tr("Gateway");
    case Kind::Node:
        return Tr::tr("Node");
    case Kind::Vip:
        return Tr::tr("VIP");
    case Kind::LoadBalancer:
        return Tr::tr("LoadBalancer pool");
    case Kind::Storage:
        return Tr::tr("NFS server");
    case Kind::Host:
        return Tr::tr("Host");
    }
    return {};
}

} // namespace Clusterwright
