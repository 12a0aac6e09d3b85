// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
// NET rules about each network and the addresses placed in it.
#include "validation/rulecontext_p.h"

namespace Clusterwright {

using namespace Qt::StringLiterals;

QList<RuleInfo> addressRules()
{
    return {
        {u"NET001"_s, Severity::Error, u"An address, CIDR or range cannot be read"_s,
         u"Every address, CIDR and range must parse: IPv4 in dotted decimal without leading "
         u"zeros, IPv6 in RFC 4291 form, a CIDR with a prefix length in range, a range as "
         u"first-last of one family. Addresses that may be host names must be valid host names."_s,
         u"A value the tools cannot read fails the deployment halfway, and a leading zero "
         u"(010.0.0.1) means octal to some tools and decimal to others."_s,
         u"Correct the text as the message says; for a missing interface address the fix picks "
         u"a free one."_s},
        {u"NET002"_s, Severity::Error, u"A CIDR has host bits set"_s,
         u"A network, pod or service CIDR must be written as its network address "
         u"(192.168.1.0/24, not 192.168.1.5/24)."_s,
         u"Kubernetes and most tools reject such a CIDR or silently clear the bits, and it "
         u"usually hides a typo in the address or the length."_s,
         u"Use the network address the fix suggests, or correct the prefix length."_s},
        {u"NET003"_s, Severity::Error, u"Two networks overlap"_s,
         u"No two networks may share an address: adjacent subnets are fine, a /23 holding a /24 "
         u"is not."_s,
         u"With overlapping subnets the kernel routes by the longest prefix, so traffic for one "
         u"segment leaves through the other NIC and nodes lose each other."_s,
         u"Give each network its own range, or merge the two if they are one segment."_s},
        {u"NET007"_s, Severity::Error, u"A gateway is not a usable address of its network"_s,
         u"A network's gateway must lie inside the network and be neither its network nor its "
         u"broadcast address."_s,
         u"A default route through an off-link gateway is refused (\"Nexthop has invalid "
         u"gateway\") and the node ends up without a route out."_s,
         u"Use the router's address on that subnet; the fix proposes the first free address."_s},
        {u"NET008"_s, Severity::Error, u"An address lies outside its network"_s,
         u"Node interface addresses, VIP addresses and NFS server addresses must lie in the "
         u"network they are placed on."_s,
         u"An address outside the subnet configured on the NIC has no on-link route: the node "
         u"cannot reach its neighbours, and a VIP announced there is never answered."_s,
         u"Use an address of the network (the fix picks the first free one), or move the "
         u"interface to the network that holds the address."_s},
        {u"NET009"_s, Severity::Error, u"An address is the network or broadcast address"_s,
         u"Interface, VIP and NFS server addresses may not be the first address of their network "
         u"or, for IPv4 networks larger than /31, the last (broadcast) one."_s,
         u"Packets to those addresses go to every host or none; the interface comes up but "
         u"nothing can talk to it."_s,
         u"Use the free address the fix suggests."_s},
        {u"NET019"_s, Severity::Warning, u"A network lists more than two DNS servers"_s,
         u"At most two nameservers per network."_s,
         u"glibc reads only three nameservers from resolv.conf and the kubelet adds the cluster "
         u"DNS to the pods' list, so a third one is dropped with \"Nameserver limits exceeded\" "
         u"(seed 001)."_s,
         u"Keep two; the fix keeps the first two."_s},
        {u"NET020"_s, Severity::Warning, u"Two networks share a VLAN id"_s,
         u"Networks with different CIDRs should not use the same VLAN id."_s,
         u"One VLAN is one L2 segment; two subnets on it usually mean a wrong id, and ARP for a "
         u"VIP reaches nodes that are not meant to hold it."_s,
         u"Correct the VLAN id, or merge the networks."_s},
        {u"NET021"_s, Severity::Error, u"A VLAN id is out of range"_s,
         u"VLAN ids run from 1 to 4094."_s,
         u"0 and 4095 are reserved by 802.1Q; the kernel refuses to create such a VLAN "
         u"interface."_s,
         u"Use the id your switch carries for that segment."_s},
        {u"NET022"_s, Severity::Error, u"An MTU is out of range"_s,
         u"An MTU must be between 576 (1280 for IPv6 networks) and 9216."_s,
         u"Below that IP does not work (IPv6 requires 1280) and no common switch forwards frames "
         u"above 9216; the overlay also subtracts its header from it."_s,
         u"Use 1500, or the jumbo size your switches are set to (usually 9000)."_s},
    };
}

namespace {

QString capitalized(const QString &text)
{
    return text.isEmpty() ? text : text.front().toUpper() + text.mid(1);
}

// "network address" / "broadcast address" when `a` is one of those in `subnet`.
QString reservedRole(const IpPrefix &subnet, const IpAddress &a)
{
    if (subnet.address().bitWidth() - subnet.length() < 2)
        return {};
    if (a == subnet.network())
        return u"network address"_s;
    if (a.isV4() && a == subnet.last())
        return u"broadcast address"_s;
    return {};
}

void proposeFree(RuleContext &ctx, Finding &f, const IpPrefix &subnet, const QString &path,
                 const QString &extra = {})
{
    const auto free = ctx.suggestFreeAddress(subnet);
    if (!free)
        return;
    f.suggestion = u"Use %1, the first free address of %2%3."_s.arg(free->toString(),
                                                                    describe(subnet), extra);
    f.fix = {{path, free->toString()}};
}

// NET008/NET009 for one address placed on network `net`.
// `networkPath` is set for addresses that belong to someone else (an NAS): the fix
// then names the network holding them instead of moving the address.
void checkPlacement(RuleContext &ctx, const std::optional<IpAddress> &address, int net,
                    const QString &label, const QList<ObjectRef> &objects, const QString &path,
                    const QString &networkPath = {})
{
    if (!address || net < 0 || !ctx.networks[net].subnet)
        return;
    const IpPrefix &subnet = *ctx.networks[net].subnet;
    const QString &netName = ctx.topology.networks[net].name;
    QList<ObjectRef> all = objects;
    all.append(ctx.ref(ObjectKind::Network, net));
    if (!subnet.contains(*address)) {
        QString message;
        if (address->family() != subnet.family()) {
            message = u"%1 %2 is an %3 address, but network %4 (%5) is %6."_s.arg(
                capitalized(label), address->toString(), address->isV4() ? u"IPv4"_s : u"IPv6"_s,
                netName, describe(subnet), subnet.family() == IpFamily::V4 ? u"IPv4"_s : u"IPv6"_s);
        } else {
            message = u"%1 %2 lies outside its network %3 (%4)."_s.arg(
                capitalized(label), address->toString(), netName, describe(subnet));
        }
        Finding &f = ctx.add(u"NET008"_s, message, all, path);
        const int other = ctx.networkIndex.find(*address);
        if (!networkPath.isEmpty()) {
            if (other >= 0) {
                const QString &otherName = ctx.topology.networks[other].name;
                f.suggestion
                    = u"Name network %1, which holds %2."_s.arg(otherName, address->toString());
                f.fix = {{networkPath, otherName}};
            }
            return;
        }
        const QString extra = other >= 0 ? u", or put it on network %1, which holds %2"_s.arg(
                                  ctx.topology.networks[other].name, address->toString())
                                         : QString();
        proposeFree(ctx, f, subnet, path, extra);
        return;
    }
    const QString role = reservedRole(subnet, *address);
    if (!role.isEmpty()) {
        Finding &f
            = ctx.add(u"NET009"_s,
                      u"%1 %2 is the %3 of network %4 (%5), which no interface can use."_s.arg(
                          capitalized(label), address->toString(), role, netName, describe(subnet)),
                      all, path);
        if (networkPath.isEmpty())
            proposeFree(ctx, f, subnet, path);
    }
}

// True when checkPlacement() has something to say; lets callers skip building
// labels and paths for the thousands of addresses that are fine.
bool misplaced(const RuleContext &ctx, const std::optional<IpAddress> &address, int net)
{
    if (!address || net < 0 || !ctx.networks[net].subnet)
        return false;
    const IpPrefix &subnet = *ctx.networks[net].subnet;
    return !subnet.contains(*address) || !reservedRole(subnet, *address).isEmpty();
}

void checkNetworks(RuleContext &ctx)
{
    const Topology &t = ctx.topology;
    QHash<int, int> firstWithVlan;
    QList<IpRange> ranges;
    QList<int> rangeOwner;
    for (int i = 0; i < int(t.networks.size()); ++i) {
        const Network &n = t.networks[i];
        const ParsedNetwork &p = ctx.networks[i];
        const QString path = objectPath(ObjectKind::Network, i);
        const ObjectRef self = ctx.ref(ObjectKind::Network, i);
        if (p.prefix && p.prefix->hasHostBits()) {
            Finding &f = ctx.add(u"NET002"_s,
                                 u"Network %1 is written %2, which has host bits set; the network "
                                 u"itself is %3."_s.arg(n.name, n.cidr, describe(*p.subnet)),
                                 {self}, path + u".cidr"_s);
            f.suggestion = u"Use %1."_s.arg(describe(*p.subnet));
            f.fix = {{path + u".cidr"_s, describe(*p.subnet)}};
        }
        if (p.subnet) {
            ranges.append(IpRange::fromPrefix(*p.subnet));
            rangeOwner.append(i);
        }
        if (p.gateway && p.subnet) {
            const QString role = reservedRole(*p.subnet, *p.gateway);
            if (!p.subnet->contains(*p.gateway) || !role.isEmpty()) {
                const QString message
                    = role.isEmpty()
                          ? u"The gateway %1 of network %2 lies outside the network (%3), so no "
                            u"node "
                            u"can reach it directly."_s.arg(n.gateway, n.name, describe(*p.subnet))
                          : u"The gateway %1 of network %2 is the %3 of %4."_s.arg(
                              n.gateway, n.name, role, describe(*p.subnet));
                Finding &f = ctx.add(u"NET007"_s, message, {self}, path + u".gateway"_s);
                proposeFree(ctx, f, *p.subnet, path + u".gateway"_s);
            }
        }
        if (n.dns.size() > 2) {
            Finding &f
                = ctx.add(u"NET019"_s,
                          u"Network %1 lists %2 DNS servers; only two are used, because "
                          u"resolv.conf holds three and Kubernetes adds its own."_s.arg(n.name)
                              .arg(n.dns.size()),
                          {self}, path + u".dns"_s);
            f.suggestion = u"Keep %1 and %2."_s.arg(n.dns[0], n.dns[1]);
            f.fix = {{path + u".dns"_s, n.dns.mid(0, 2).join(u", "_s)}};
        }
        if (n.vlan && (*n.vlan < 1 || *n.vlan > 4094)) {
            ctx.add(u"NET021"_s,
                    u"Network %1 has VLAN id %2; VLAN ids run from 1 to 4094 (0 and 4095 are "
                    u"reserved)."_s.arg(n.name)
                        .arg(*n.vlan),
                    {self}, path + u".vlan"_s);
        } else if (n.vlan) {
            const int first = firstWithVlan.value(*n.vlan, -1);
            if (first < 0) {
                firstWithVlan.insert(*n.vlan, i);
            } else if (ctx.networks[first].subnet != p.subnet || !p.subnet) {
                ctx.add(u"NET020"_s,
                        u"Networks %1 and %2 both use VLAN %3 but have different CIDRs (%4 and "
                        u"%5)."_s.arg(t.networks[first].name, n.name)
                            .arg(*n.vlan)
                            .arg(t.networks[first].cidr, n.cidr),
                        {self, ctx.ref(ObjectKind::Network, first)}, path + u".vlan"_s);
            }
        }
        if (n.mtu) {
            const bool v6 = p.subnet && p.subnet->family() == IpFamily::V6;
            const int low = v6 ? 1280 : 576;
            if (*n.mtu < low || *n.mtu > 9216) {
                Finding &f = ctx.add(
                    u"NET022"_s,
                    u"Network %1 has MTU %2; it must be between %3 and 9216."_s.arg(n.name)
                        .arg(*n.mtu)
                        .arg(low),
                    {self}, path + u".mtu"_s);
                f.suggestion = u"Use 1500 unless your switches carry jumbo frames."_s;
                f.fix = {{path + u".mtu"_s, u"1500"_s}};
            }
        }
    }
    for (const auto &[a, b] : overlappingPairs(ranges)) {
        const int i = rangeOwner[a], j = rangeOwner[b];
        const IpPrefix &pi = *ctx.networks[i].subnet, &pj = *ctx.networks[j].subnet;
        QString message;
        if (pi == pj)
            message = u"Networks %1 and %2 are both %3."_s.arg(t.networks[i].name,
                                                               t.networks[j].name, describe(pi));
        else if (pi.contains(pj))
            message = u"Network %1 (%2) contains network %3 (%4)."_s.arg(
                t.networks[i].name, describe(pi), t.networks[j].name, describe(pj));
        else
            message = u"Network %1 (%2) lies inside network %3 (%4)."_s.arg(
                t.networks[j].name, describe(pj), t.networks[i].name, describe(pi));
        ctx.add(u"NET003"_s, message + u" Overlapping networks make routing pick the wrong NIC."_s,
                {ctx.ref(ObjectKind::Network, j), ctx.ref(ObjectKind::Network, i)},
                objectPath(ObjectKind::Network, j) + u".cidr"_s)
            .suggestion
            = u"Give each network a range of its own, or merge them if they are one segment."_s;
    }
}

} // namespace

void checkAddresses(RuleContext &ctx)
{
    for (const ParseProblem &p : std::as_const(ctx.parseProblems)) {
        const QString message
            = p.text.isEmpty()
                  ? u"%1 is empty."_s.arg(capitalized(p.field))
                  : u"%1 \"%2\" is not valid: %3."_s.arg(capitalized(p.field), p.text, p.error);
        Finding &f
            = ctx.add(u"NET001"_s, message,
                      p.object.name.isEmpty() && p.object.index < 0 ? QList<ObjectRef>{}
                                                                    : QList<ObjectRef>{p.object},
                      p.path);
        if (p.network >= 0 && ctx.networks[p.network].subnet)
            proposeFree(ctx, f, *ctx.networks[p.network].subnet, p.path);
    }
    checkNetworks(ctx);

    const Topology &t = ctx.topology;
    for (int i = 0; i < int(t.nodes.size()); ++i) {
        const ParsedNode &n = ctx.nodes[i];
        for (int k = 0; k < int(n.interfaces.size()); ++k) {
            if (!misplaced(ctx, n.interfaces[k].address, n.interfaces[k].network))
                continue;
            checkPlacement(
                ctx, n.interfaces[k].address, n.interfaces[k].network,
                u"the address of interface %1 of node %2"_s.arg(k + 1).arg(t.nodes[i].name),
                {ctx.ref(ObjectKind::Node, i)},
                objectPath(ObjectKind::Node, i) + u".interfaces[%1].address"_s.arg(k));
        }
    }
    for (int i = 0; i < int(t.vips.size()); ++i) {
        if (!misplaced(ctx, ctx.vips[i].address, ctx.vips[i].network))
            continue;
        checkPlacement(ctx, ctx.vips[i].address, ctx.vips[i].network,
                       u"the address of VIP %1"_s.arg(t.vips[i].name),
                       {ctx.ref(ObjectKind::Vip, i)},
                       objectPath(ObjectKind::Vip, i) + u".address"_s);
    }
    for (int i = 0; i < int(t.storage.size()); ++i) {
        if (!misplaced(ctx, ctx.storage[i].server, ctx.storage[i].network))
            continue;
        checkPlacement(ctx, ctx.storage[i].server, ctx.storage[i].network,
                       u"the server of storage %1"_s.arg(t.storage[i].name),
                       {ctx.ref(ObjectKind::Storage, i)},
                       objectPath(ObjectKind::Storage, i) + u".server"_s,
                       objectPath(ObjectKind::Storage, i) + u".network"_s);
    }
}

} // namespace Clusterwright
