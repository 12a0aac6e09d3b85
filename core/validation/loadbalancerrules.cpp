// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
// LB rules: who announces VIPs and LoadBalancer pools, and how.
#include "validation/rulecontext_p.h"
#include "validation/vrrp.h"

#include <array>

namespace Clusterwright {

using namespace Qt::StringLiterals;

QList<RuleInfo> loadBalancerRules()
{
    return {
        {u"LB001"_s, Severity::Error, u"No worker is on a LoadBalancer pool's network"_s,
         u"A LoadBalancer pool's network must have at least one worker attached."_s,
         u"In L2 mode a pool address is answered by ARP/NDP from a node running the Service's "
         u"speaker on that segment; with no worker there, nothing ever answers."_s,
         u"Attach workers to the network, or put the pool on a network they share."_s},
        {u"LB002"_s, Severity::Error, u"Two controllers hand out LoadBalancer addresses"_s,
         u"LoadBalancer pools may use only one of kube-vip, MetalLB and Cilium."_s,
         u"Each controller assigns addresses to every LoadBalancer Service it sees; two of them "
         u"race, give one Service two addresses, and announce each other's addresses."_s,
         u"Use one provider for all pools, as the fix does."_s},
        {u"LB003"_s, Severity::Error, u"Two keepalived VIPs share a VRRP router id"_s,
         u"keepalived VIPs on one network must get distinct VRRP virtual_router_ids; the id is "
         u"derived from the VIP name (vrrpRouterId), one per address of a range."_s,
         u"Two VRRP instances with one id on one segment see each other's adverts as their own "
         u"and flap, so the VIP drops in and out."_s,
         u"Rename one of the VIPs; the fix picks a name whose id is free."_s},
        {u"LB004"_s, Severity::Error,
         u"A VIP has a range where it needs an address, or the reverse"_s,
         u"An api-endpoint VIP needs a single address and no range; a load-balancer VIP needs a "
         u"range and no address."_s,
         u"The API endpoint is one address written into every kubeconfig; a pool is a set the "
         u"controller hands out. The other field would be silently ignored."_s,
         u"Move the value to the right field, as the fix does."_s},
        {u"LB005"_s, Severity::Error, u"The provider cannot serve the VIP's purpose"_s,
         u"MetalLB and Cilium can serve LoadBalancer pools only, not the API endpoint."_s,
         u"They run inside the cluster and start after the API server, which must already be "
         u"reachable through its endpoint while the cluster is being created."_s,
         u"Use keepalived or kube-vip for the API endpoint; the fix picks kube-vip."_s},
    };
}

namespace {

bool isController(VipProvider p)
{
    return p == VipProvider::KubeVip || p == VipProvider::MetalLb || p == VipProvider::Cilium;
}

// Number of VRRP instances a keepalived VIP needs: one per address.
int instances(const RuleContext &ctx, int vip)
{
    if (ctx.topology.vips[vip].purpose == VipPurpose::ApiEndpoint || !ctx.vips[vip].range)
        return 1;
    const Uint128 size = ctx.vips[vip].range->size().saturated();
    return size > 1000 ? 1000 : int(size);
}

void checkVrrp(RuleContext &ctx)
{
    const Topology &t = ctx.topology;
    QHash<int, std::array<int, 256>> owners; // network -> router id -> vip
    for (int i = 0; i < int(t.vips.size()); ++i) {
        const int net = ctx.vips[i].network;
        if (t.vips[i].provider != VipProvider::Keepalived || net < 0)
            continue;
        auto it = owners.find(net);
        if (it == owners.end()) {
            it = owners.insert(net, {});
            it->fill(-1);
        }
        const QString path = objectPath(ObjectKind::Vip, i) + u".name"_s;
        const int count = instances(ctx, i);
        if (count > 255) {
            ctx.add(
                   u"LB003"_s,
                   u"The keepalived pool %1 needs %2 VRRP instances, one per address, but VRRP has "
                   u"only 255 router ids."_s.arg(t.vips[i].name)
                       .arg(count),
                   {ctx.ref(ObjectKind::Vip, i)}, path)
                .suggestion
                = u"Use MetalLB or kube-vip for large pools."_s;
            continue;
        }
        int clash = -1;
        for (int k = 0; k < count && clash < 0; ++k) {
            const int owner = (*it)[vrrpRouterId(t, i, k)];
            if (owner >= 0)
                clash = owner;
        }
        if (clash >= 0) {
            Finding &f
                = ctx.add(u"LB003"_s,
                          u"The keepalived VIPs %1 and %2 on network %3 would share VRRP "
                          u"router id %4, and two instances with one id make the VIP flap."_s
                              .arg(t.vips[clash].name, t.vips[i].name, t.vips[i].network)
                              .arg(vrrpRouterId(t, i)),
                          {ctx.ref(ObjectKind::Vip, i), ctx.ref(ObjectKind::Vip, clash)}, path);
            for (int n = 2; n < 100; ++n) {
                const QString name = u"%1-%2"_s.arg(t.vips[i].name).arg(n);
                bool free = !ctx.vipByName.contains(name);
                for (int k = 0; k < count && free; ++k)
                    free = (*it)[vrrpRouterIdForName(name, k)] < 0;
                if (free) {
                    f.suggestion = u"Rename %1 to %2 (router id %3)."_s.arg(t.vips[i].name, name)
                                       .arg(vrrpRouterIdForName(name));
                    f.fix = ctx.renameEdits(ObjectKind::Vip, i, name);
                    break;
                }
            }
            continue;
        }
        for (int k = 0; k < count; ++k)
            (*it)[vrrpRouterId(t, i, k)] = i;
    }
}

void checkShapes(RuleContext &ctx)
{
    const Topology &t = ctx.topology;
    for (int i = 0; i < int(t.vips.size()); ++i) {
        const Vip &v = t.vips[i];
        const ParsedVip &p = ctx.vips[i];
        const QString path = objectPath(ObjectKind::Vip, i);
        const QList<ObjectRef> self{ctx.ref(ObjectKind::Vip, i)};
        if (v.purpose == VipPurpose::ApiEndpoint) {
            if (isController(v.provider) && v.provider != VipProvider::KubeVip) {
                Finding &f = ctx.add(u"LB005"_s,
                                     u"API VIP %1 uses %2, which serves LoadBalancer Services only "
                                     u"and starts after the API it would have to carry."_s.arg(
                                         v.name, toString(v.provider)),
                                     self, path + u".provider"_s);
                f.suggestion = u"Use kube-vip (or keepalived)."_s;
                f.fix = {{path + u".provider"_s, toString(VipProvider::KubeVip)}};
            }
            if (v.range.isEmpty() && v.address.isEmpty()) {
                Finding &f = ctx.add(u"LB004"_s, u"API VIP %1 has no address."_s.arg(v.name), self,
                                     path + u".address"_s);
                if (p.network >= 0 && ctx.networks[p.network].subnet) {
                    if (const auto free = ctx.suggestFreeAddress(*ctx.networks[p.network].subnet)) {
                        f.suggestion = u"Use %1, a free address of network %2."_s.arg(
                            free->toString(), v.network);
                        f.fix = {{path + u".address"_s, free->toString()}};
                    }
                }
            } else if (!v.range.isEmpty()) {
                Finding &f = ctx.add(
                    u"LB004"_s,
                    v.address.isEmpty() ? u"API VIP %1 has a range (%2) instead of an address; the "
                                          u"API endpoint is one address."_s.arg(v.name, v.range)
                                        : u"API VIP %1 has both an address and a range (%2); the "
                                          u"range would be ignored."_s.arg(v.name, v.range),
                    self, path + u".range"_s);
                if (!v.address.isEmpty()) {
                    f.suggestion = u"Remove the range."_s;
                    f.fix = {{path + u".range"_s, QString()}};
                } else if (p.range) {
                    f.suggestion = u"Use the address %1."_s.arg(p.range->first().toString());
                    f.fix = {{path + u".address"_s, p.range->first().toString()},
                             {path + u".range"_s, QString()}};
                }
            }
            continue;
        }
        if (!v.address.isEmpty()) {
            Finding &f = ctx.add(
                u"LB004"_s,
                v.range.isEmpty() ? u"LoadBalancer pool %1 has a single address (%2) instead of "
                                    u"a range."_s.arg(v.name, v.address)
                                  : u"LoadBalancer pool %1 has both a range and an address (%2); "
                                    u"the address would be ignored."_s.arg(v.name, v.address),
                self, path + u".address"_s);
            if (!v.range.isEmpty()) {
                f.suggestion = u"Remove the address."_s;
                f.fix = {{path + u".address"_s, QString()}};
            } else if (p.address) {
                const QString range = p.address->toString() + u'-' + p.address->toString();
                f.suggestion = u"Make it the range %1."_s.arg(range);
                f.fix = {{path + u".range"_s, range}, {path + u".address"_s, QString()}};
            }
        } else if (v.range.isEmpty()) {
            ctx.add(u"LB004"_s, u"LoadBalancer pool %1 has no range."_s.arg(v.name), self,
                    path + u".range"_s)
                .suggestion
                = u"Give it a range of free addresses, such as the top of its network."_s;
        }
    }
}

void checkAnnouncers(RuleContext &ctx)
{
    const Topology &t = ctx.topology;
    int firstController = -1;
    QList<VipProvider> reported;
    for (int i = 0; i < int(t.vips.size()); ++i) {
        const Vip &v = t.vips[i];
        if (v.purpose != VipPurpose::LoadBalancer)
            continue;
        const int net = ctx.vips[i].network;
        if (net >= 0 && !ctx.schedulable.isEmpty() && ctx.schedulableOnNetwork[net] == 0) {
            ctx.add(u"LB001"_s,
                    u"LoadBalancer pool %1 is on network %2, but no worker has an interface "
                    u"there, so nothing would answer for its addresses."_s.arg(v.name, v.network),
                    {ctx.ref(ObjectKind::Vip, i), ctx.ref(ObjectKind::Network, net)},
                    objectPath(ObjectKind::Vip, i) + u".network"_s)
                .suggestion
                = u"Attach the workers to network %1, or move the pool to a network they are on."_s
                      .arg(v.network);
        }
        if (!isController(v.provider))
            continue;
        if (firstController < 0) {
            firstController = i;
            continue;
        }
        const VipProvider first = t.vips[firstController].provider;
        if (v.provider == first || reported.contains(v.provider))
            continue;
        reported.append(v.provider);
        Finding &f = ctx.add(
            u"LB002"_s,
            u"Pools %1 (%2) and %3 (%4) use two LoadBalancer controllers, which "
            u"would race to assign and announce the same Services."_s.arg(
                t.vips[firstController].name, toString(first), v.name, toString(v.provider)),
            {ctx.ref(ObjectKind::Vip, i), ctx.ref(ObjectKind::Vip, firstController)},
            objectPath(ObjectKind::Vip, i) + u".provider"_s);
        f.suggestion = u"Use %1 for every pool."_s.arg(toString(first));
        for (int k = 0; k < int(t.vips.size()); ++k) {
            if (t.vips[k].purpose == VipPurpose::LoadBalancer && t.vips[k].provider == v.provider)
                f.fix.append({objectPath(ObjectKind::Vip, k) + u".provider"_s, toString(first)});
        }
    }
}

} // namespace

void checkLoadBalancers(RuleContext &ctx)
{
    checkShapes(ctx);
    checkAnnouncers(ctx);
    checkVrrp(ctx);
}

} // namespace Clusterwright
