// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
// NET rules about who uses which address: duplicates and LoadBalancer pools.
#include "validation/rulecontext_p.h"

namespace Clusterwright {

using namespace Qt::StringLiterals;

QList<RuleInfo> addressUsageRules()
{
    return {
        {u"NET010"_s, Severity::Error, u"One address is used twice"_s,
         u"Node interface addresses, VIP addresses, gateways and host addresses must be unique; "
         u"an NFS server may share its address with a host or node (it runs there) but not with "
         u"a VIP. A node's ssh.address equal to its own interface, a host that is its network's "
         u"gateway, and two networks naming one router are not duplicates."_s,
         u"Two machines answering ARP for one address take turns receiving its traffic: SSH "
         u"drops, etcd peers flap, and kubeadm join hangs."_s,
         u"Give the second user the free address the fix suggests."_s},
        {u"NET011"_s, Severity::Error, u"A fixed address lies in a LoadBalancer pool"_s,
         u"No node interface, API VIP, gateway, host or NFS server address may lie in a "
         u"LoadBalancer pool range."_s,
         u"The LoadBalancer controller hands pool addresses to Services; when it hands out one "
         u"that a machine already has, both answer ARP and one of them goes dark."_s,
         u"Move the address out of the pool (the fix picks a free one) or shrink the pool."_s},
        {u"NET012"_s, Severity::Error, u"Two LoadBalancer pools overlap"_s,
         u"LoadBalancer pool ranges may not share addresses."_s,
         u"Two pools handing out one address give it to two Services."_s,
         u"Split the range between the pools."_s},
        {u"NET013"_s, Severity::Error, u"A range runs backwards"_s,
         u"A range \"first-last\" must have first <= last."_s,
         u"MetalLB and kube-vip reject such a pool, and the intended range is unclear."_s,
         u"Swap the two ends, as the fix does."_s},
        {u"NET014"_s, Severity::Error, u"A LoadBalancer pool leaves its network"_s,
         u"A pool range must lie inside its VIP's network and hold neither the network nor the "
         u"broadcast address."_s,
         u"In L2 mode addresses are announced by ARP on the segment; an address outside the "
         u"subnet is never reached, and the broadcast address cannot be a Service IP."_s,
         u"Use the part of the range inside the network, as the fix does."_s},
    };
}

namespace {

enum class ClaimKind { Host, Gateway, Interface, Vip, Server };

// Who uses an address: plain indices, so that 10,000 fine addresses cost a hash
// insert each and only a clash builds labels and paths.
struct Claim
{
    ClaimKind kind;
    int index;
    int sub = 0; // interface number
};

QString claimLabel(const RuleContext &ctx, const Claim &c)
{
    const Topology &t = ctx.topology;
    switch (c.kind) {
    case ClaimKind::Host:
        return u"the address of host %1"_s.arg(t.hosts[c.index].name);
    case ClaimKind::Gateway:
        return u"the gateway of network %1"_s.arg(t.networks[c.index].name);
    case ClaimKind::Interface:
        return u"interface %1 of node %2"_s.arg(c.sub + 1).arg(t.nodes[c.index].name);
    case ClaimKind::Vip:
        return u"VIP %1"_s.arg(t.vips[c.index].name);
    case ClaimKind::Server:
        return u"the server of storage %1"_s.arg(t.storage[c.index].name);
    }
    return {};
}

QString claimPath(const Claim &c)
{
    switch (c.kind) {
    case ClaimKind::Host:
        return objectPath(ObjectKind::Host, c.index) + u".address"_s;
    case ClaimKind::Gateway:
        return objectPath(ObjectKind::Network, c.index) + u".gateway"_s;
    case ClaimKind::Interface:
        return objectPath(ObjectKind::Node, c.index) + u".interfaces[%1].address"_s.arg(c.sub);
    case ClaimKind::Vip:
        return objectPath(ObjectKind::Vip, c.index) + u".address"_s;
    case ClaimKind::Server:
        return objectPath(ObjectKind::Storage, c.index) + u".server"_s;
    }
    return {};
}

ObjectRef claimObject(const RuleContext &ctx, const Claim &c)
{
    switch (c.kind) {
    case ClaimKind::Host:
        return ctx.ref(ObjectKind::Host, c.index);
    case ClaimKind::Gateway:
        return ctx.ref(ObjectKind::Network, c.index);
    case ClaimKind::Interface:
        return ctx.ref(ObjectKind::Node, c.index);
    case ClaimKind::Vip:
        return ctx.ref(ObjectKind::Vip, c.index);
    case ClaimKind::Server:
        return ctx.ref(ObjectKind::Storage, c.index);
    }
    return {};
}

// The network a replacement address for `c` would come from, or -1 (a host or
// an NAS keeps its address: it belongs to a machine outside the design).
int claimNetwork(const RuleContext &ctx, const Claim &c)
{
    switch (c.kind) {
    case ClaimKind::Gateway:
        return c.index;
    case ClaimKind::Interface:
        return ctx.nodes[c.index].interfaces[c.sub].network;
    case ClaimKind::Vip:
        return ctx.vips[c.index].network;
    case ClaimKind::Host:
    case ClaimKind::Server:
        break;
    }
    return -1;
}

// Coincidences that are real designs, not mistakes.
bool allowedTogether(ClaimKind a, ClaimKind b)
{
    auto either
        = [&](ClaimKind x, ClaimKind y) { return (a == x && b == y) || (a == y && b == x); };
    if (either(ClaimKind::Gateway, ClaimKind::Gateway))
        return true; // two networks naming one router: NET003/NET007 report the cause
    if (either(ClaimKind::Gateway, ClaimKind::Host))
        return true; // the hypervisor routes for its guests (libvirt NAT)
    if (a == ClaimKind::Server || b == ClaimKind::Server) {
        const ClaimKind other = a == ClaimKind::Server ? b : a;
        return other != ClaimKind::Vip; // an NAS on a host or node; several exports
    }
    return false;
}

void checkDuplicates(RuleContext &ctx)
{
    const Topology &t = ctx.topology;
    QHash<IpAddress, Claim> first;
    first.reserve(t.nodes.size() * 2 + t.networks.size() + t.vips.size() + t.hosts.size());
    auto claim = [&](const std::optional<IpAddress> &address, const Claim &c) {
        if (!address)
            return;
        const auto it = first.constFind(*address);
        if (it == first.cend()) {
            if (c.kind != ClaimKind::Server)
                first.insert(*address, c);
            return;
        }
        if (allowedTogether(it->kind, c.kind))
            return;
        const QString label = claimLabel(ctx, c);
        const QString path = claimPath(c);
        Finding &f = ctx.add(u"NET010"_s,
                             u"The address %1 is used twice: by %2 and by %3."_s.arg(
                                 address->toString(), claimLabel(ctx, *it), label),
                             {claimObject(ctx, c), claimObject(ctx, *it)}, path);
        const int net = claimNetwork(ctx, c);
        if (net < 0 || !ctx.networks[net].subnet)
            return;
        if (const auto free = ctx.suggestFreeAddress(*ctx.networks[net].subnet)) {
            f.suggestion = u"Use %1 for %2."_s.arg(free->toString(), label);
            f.fix = {{path, free->toString()}};
        }
    };
    for (int i = 0; i < int(t.hosts.size()); ++i)
        claim(ctx.hostAddresses[i], {ClaimKind::Host, i});
    for (int i = 0; i < int(t.networks.size()); ++i)
        claim(ctx.networks[i].gateway, {ClaimKind::Gateway, i});
    for (int i = 0; i < int(t.nodes.size()); ++i) {
        for (int k = 0; k < int(ctx.nodes[i].interfaces.size()); ++k)
            claim(ctx.nodes[i].interfaces[k].address, {ClaimKind::Interface, i, k});
    }
    for (int i = 0; i < int(t.vips.size()); ++i)
        claim(ctx.vips[i].address, {ClaimKind::Vip, i});
    for (int i = 0; i < int(t.storage.size()); ++i)
        claim(ctx.storage[i].server, {ClaimKind::Server, i});
}

void checkInPools(RuleContext &ctx)
{
    if (ctx.lbIndex.isEmpty())
        return;
    const Topology &t = ctx.topology;
    auto check = [&](const std::optional<IpAddress> &address, const Claim &c) {
        const int pool = address ? ctx.lbIndex.find(*address) : -1;
        if (pool < 0)
            return;
        QString label = claimLabel(ctx, c);
        label[0] = label[0].toUpper();
        const QString path = claimPath(c);
        Finding &f = ctx.add(u"NET011"_s,
                             u"%1 (%2) lies in LoadBalancer pool %3 (%4); the pool may hand it to "
                             u"a Service, and then two machines answer for it."_s.arg(
                                 label, address->toString(), t.vips[pool].name, t.vips[pool].range),
                             {claimObject(ctx, c), ctx.ref(ObjectKind::Vip, pool)}, path);
        const int net = c.kind == ClaimKind::Gateway ? -1 : claimNetwork(ctx, c);
        if (net >= 0 && ctx.networks[net].subnet) {
            if (const auto free = ctx.suggestFreeAddress(*ctx.networks[net].subnet)) {
                f.suggestion = u"Use %1, which is outside the pool."_s.arg(free->toString());
                f.fix = {{path, free->toString()}};
            }
        } else {
            f.suggestion = u"Shrink the pool so that it leaves %1 out."_s.arg(address->toString());
        }
    };
    for (int i = 0; i < int(t.hosts.size()); ++i)
        check(ctx.hostAddresses[i], {ClaimKind::Host, i});
    for (int i = 0; i < int(t.networks.size()); ++i)
        check(ctx.networks[i].gateway, {ClaimKind::Gateway, i});
    for (int i = 0; i < int(t.nodes.size()); ++i) {
        for (int k = 0; k < int(ctx.nodes[i].interfaces.size()); ++k)
            check(ctx.nodes[i].interfaces[k].address, {ClaimKind::Interface, i, k});
    }
    for (int i = 0; i < int(t.vips.size()); ++i) {
        if (t.vips[i].purpose == VipPurpose::ApiEndpoint)
            check(ctx.vips[i].address, {ClaimKind::Vip, i});
    }
    for (int i = 0; i < int(t.storage.size()); ++i)
        check(ctx.storage[i].server, {ClaimKind::Server, i});
}

void checkPools(RuleContext &ctx)
{
    const Topology &t = ctx.topology;
    QList<IpRange> pools;
    QList<int> owner;
    for (int i = 0; i < int(t.vips.size()); ++i) {
        const ParsedVip &v = ctx.vips[i];
        const QString path = objectPath(ObjectKind::Vip, i) + u".range"_s;
        if (v.rangeReversed) {
            const QStringList ends = t.vips[i].range.split(u'-');
            Finding &f = ctx.add(u"NET013"_s,
                                 u"The range %1 of VIP %2 runs backwards: %3 comes after %4."_s.arg(
                                     t.vips[i].range, t.vips[i].name, ends[0], ends[1]),
                                 {ctx.ref(ObjectKind::Vip, i)}, path);
            const QString swapped = ends[1] + u'-' + ends[0];
            f.suggestion = u"Use %1."_s.arg(swapped);
            f.fix = {{path, swapped}};
        }
        if (!v.range || t.vips[i].purpose != VipPurpose::LoadBalancer)
            continue;
        pools.append(*v.range);
        owner.append(i);
        if (v.network < 0 || !ctx.networks[v.network].subnet)
            continue;
        const IpPrefix &subnet = *ctx.networks[v.network].subnet;
        // The usable part of the subnet: no network or IPv4 broadcast address.
        IpAddress lo = subnet.network(), hi = subnet.last();
        if (subnet.address().bitWidth() - subnet.length() >= 2) {
            lo = *lo.next();
            if (hi.isV4())
                hi = *hi.previous();
        }
        const IpRange usable(lo, hi);
        if (usable.contains(*v.range))
            continue;
        const QString &netName = t.networks[v.network].name;
        const QString message
            = IpRange::fromPrefix(subnet).contains(*v.range)
                  ? u"LoadBalancer pool %1 (%2) includes the network or broadcast address of network %3 (%4)."_s
                  : u"LoadBalancer pool %1 (%2) reaches outside its network %3 (%4)."_s;
        Finding &f = ctx.add(
            u"NET014"_s, message.arg(t.vips[i].name, t.vips[i].range, netName, describe(subnet)),
            {ctx.ref(ObjectKind::Vip, i), ctx.ref(ObjectKind::Network, v.network)}, path);
        if (const auto inside = usable.intersection(*v.range)) {
            const QString text = inside->first().toString() + u'-' + inside->last().toString();
            f.suggestion = u"Use %1."_s.arg(text);
            f.fix = {{path, text}};
        }
    }
    for (const auto &[a, b] : overlappingPairs(pools)) {
        const int i = owner[a], j = owner[b];
        ctx.add(u"NET012"_s,
                u"LoadBalancer pools %1 (%2) and %3 (%4) share addresses, so one address could go "
                u"to two Services."_s.arg(t.vips[j].name, t.vips[j].range, t.vips[i].name,
                                          t.vips[i].range),
                {ctx.ref(ObjectKind::Vip, j), ctx.ref(ObjectKind::Vip, i)},
                objectPath(ObjectKind::Vip, j) + u".range"_s)
            .suggestion
            = u"Split the addresses between the two pools."_s;
    }
}

} // namespace

void checkAddressUsage(RuleContext &ctx)
{
    checkDuplicates(ctx);
    checkInPools(ctx);
    checkPools(ctx);
}

} // namespace Clusterwright
