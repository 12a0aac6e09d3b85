// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
// ETCD and CP rules: quorum sizes, the API endpoint and where workloads can run.
#include "validation/rulecontext_p.h"

namespace Clusterwright {

using namespace Qt::StringLiterals;

QList<RuleInfo> controlPlaneRules()
{
    return {
        {u"ETCD001"_s, Severity::Error, u"External etcd has no members"_s,
         u"With etcd: external, at least one node must have the etcd role."_s,
         u"Without an etcd member the API server has nowhere to store anything and never starts."_s,
         u"Give the etcd role to three nodes, or switch etcd to stacked as the fix does."_s},
        {u"ETCD002"_s, Severity::Warning, u"etcd has two members"_s,
         u"Two etcd members are flagged."_s,
         u"Quorum of two is two: losing either member stops the cluster, so two members fail "
         u"twice as often as one and survive nothing more (seed 001: \"2 is worse than 1\")."_s,
         u"Use one member for a test cluster or three for a real one."_s},
        {u"ETCD003"_s, Severity::Warning, u"etcd has an even number of members"_s,
         u"An even member count of four or more is flagged."_s,
         u"Quorum is n/2+1, so n members tolerate as many failures as n-1: the extra member "
         u"only adds another machine that can fail and slows every write."_s,
         u"Use an odd count: 3, 5 or 7."_s},
        {u"ETCD004"_s, Severity::Warning, u"etcd has more than seven members"_s,
         u"More than seven etcd members are flagged."_s,
         u"Every write waits for a majority; past seven members writes slow down and the etcd "
         u"maintainers advise against it."_s,
         u"Use five or seven members; more control planes can run without stacked etcd."_s},
        {u"ETCD005"_s, Severity::Info, u"The etcd role has no effect with stacked etcd"_s,
         u"A node with the etcd role but not the control-plane role, while etcd is stacked."_s,
         u"Stacked etcd runs on the control planes only; the role suggests the design meant "
         u"external etcd."_s,
         u"Remove the role, or set etcd to external."_s},
        {u"CP001"_s, Severity::Error, u"There is no control plane"_s,
         u"At least one node must have the control-plane role."_s,
         u"Without a control plane there is no API server and nothing to join."_s,
         u"Give the control-plane role to one node, or three for high availability."_s},
        {u"CP002"_s, Severity::Error, u"Several control planes without a shared endpoint"_s,
         u"With more than one control plane, cluster.controlPlaneEndpoint must be set."_s,
         u"kubeadm only lets further control planes join when the cluster was initialised with "
         u"a load-balanced controlPlaneEndpoint; without it every kubeconfig points at the first "
         u"node and the cluster is down when it is."_s,
         u"Add an api-endpoint VIP and name it, as the fix does when one exists."_s},
        {u"CP003"_s, Severity::Error, u"A control plane is not on the API VIP's network"_s,
         u"Every control-plane node must have an interface on the network of a keepalived or "
         u"kube-vip API VIP."_s,
         u"VRRP and ARP announcements stay in one L2 segment: a control plane outside it can "
         u"never hold the VIP, and its peers cannot see that it is alive."_s,
         u"Attach the listed control planes to the VIP's network, or move the VIP."_s},
        {u"CP004"_s, Severity::Info, u"An API VIP floats over a single control plane"_s,
         u"A keepalived or kube-vip API VIP with only one control plane."_s,
         u"The VIP adds no availability yet; it does let control planes be added later without "
         u"changing every kubeconfig."_s,
         u"Nothing to do, or add two control planes."_s},
        {u"CP005"_s, Severity::Error, u"No node can run workloads"_s,
         u"At least one node must have the worker role (a node that is both control plane and "
         u"worker counts)."_s,
         u"Control planes carry a NoSchedule taint, so every pod would stay Pending."_s,
         u"Add a worker, or give a control plane the worker role as the fix does."_s},
        {u"CP006"_s, Severity::Error, u"The control-plane endpoint names a LoadBalancer pool"_s,
         u"cluster.controlPlaneEndpoint may name only a VIP whose purpose is api-endpoint."_s,
         u"LoadBalancer pools are handed out by a controller inside the cluster, which does not "
         u"exist yet when kubeadm init needs the endpoint."_s,
         u"Name the api-endpoint VIP."_s},
        {u"CP007"_s, Severity::Warning, u"An API VIP is not used"_s,
         u"An api-endpoint VIP that cluster.controlPlaneEndpoint does not name."_s,
         u"The VIP would be configured but kubeconfigs would point elsewhere, so losing that "
         u"other endpoint still takes the API away."_s,
         u"Set controlPlaneEndpoint to the VIP, as the fix does, or remove the VIP."_s},
    };
}

namespace {

QString nameList(const RuleContext &ctx, const QList<int> &nodes)
{
    QStringList names;
    for (int i : nodes.mid(0, 5))
        names.append(ctx.topology.nodes[i].name);
    if (nodes.size() > 5)
        names.append(u"%1 more"_s.arg(nodes.size() - 5));
    return names.join(u", "_s);
}

void checkEtcd(RuleContext &ctx)
{
    const Topology &t = ctx.topology;
    const bool external = t.cluster.etcd == EtcdMode::External;
    const int members = int(ctx.etcdMembers.size());
    if (external && members == 0) {
        Finding &f
            = ctx.add(u"ETCD001"_s, u"External etcd has no member: no node has the etcd role."_s,
                      {}, u"cluster.etcd"_s);
        f.suggestion = u"Switch etcd to stacked, so it runs on the control planes."_s;
        f.fix = {{u"cluster.etcd"_s, u"stacked"_s}};
    }
    QList<ObjectRef> objects;
    for (int i : ctx.etcdMembers.mid(0, 9))
        objects.append(ctx.ref(ObjectKind::Node, i));
    const QString path = members > 0
                             ? objectPath(ObjectKind::Node, ctx.etcdMembers.last()) + u".roles"_s
                             : QString();
    const QString who = external ? u"the etcd-role nodes"_s : u"the control planes, stacked"_s;
    if (members == 2) {
        ctx.add(u"ETCD002"_s,
                u"The cluster has 2 etcd members (%1): quorum is 2, so losing either one stops "
                u"the cluster, which is worse than a single member."_s.arg(who),
                objects, path)
            .suggestion
            = u"Use 3 members, or 1 for a test cluster."_s;
    } else if (members >= 4 && members % 2 == 0) {
        ctx.add(u"ETCD003"_s,
                u"The cluster has %1 etcd members (%2): they survive %3 failure(s), no more than "
                u"%4 members would, and every write waits for one more."_s.arg(members)
                    .arg(who)
                    .arg(members / 2 - 1)
                    .arg(members - 1),
                objects, path)
            .suggestion
            = u"Use %1 or %2 members."_s.arg(members - 1).arg(members + 1);
    }
    if (members > 7) {
        ctx.add(
               u"ETCD004"_s,
               u"The cluster has %1 etcd members; past 7 every write slows down for no useful gain."_s
                   .arg(members),
               objects, path)
            .suggestion
            = u"Use 5 or 7 members."_s;
    }
    if (!external) {
        for (int i = 0; i < int(t.nodes.size()); ++i) {
            if (t.nodes[i].hasRole(Role::Etcd) && !ctx.nodes[i].controlPlane) {
                ctx.add(u"ETCD005"_s,
                        u"Node %1 has the etcd role, but etcd is stacked and runs on the control "
                        u"planes only, so the role has no effect."_s.arg(t.nodes[i].name),
                        {ctx.ref(ObjectKind::Node, i)},
                        objectPath(ObjectKind::Node, i) + u".roles"_s);
            }
        }
    }
}

void checkEndpoint(RuleContext &ctx)
{
    const Topology &t = ctx.topology;
    const QString &endpoint = t.cluster.controlPlaneEndpoint;
    const QString path = u"cluster.controlPlaneEndpoint"_s;
    QList<int> apiVips;
    for (int i = 0; i < int(t.vips.size()); ++i) {
        if (t.vips[i].purpose == VipPurpose::ApiEndpoint)
            apiVips.append(i);
    }
    const int named = endpoint.isEmpty() ? -1 : ctx.vipByName.value(endpoint, -1);
    if (named >= 0 && t.vips[named].purpose == VipPurpose::LoadBalancer) {
        Finding &f = ctx.add(
            u"CP006"_s,
            u"The control-plane endpoint names %1, a LoadBalancer pool; the API "
            u"needs an api-endpoint VIP that exists before the cluster does."_s.arg(endpoint),
            {ctx.ref(ObjectKind::Vip, named)}, path);
        if (apiVips.size() == 1) {
            f.suggestion = u"Use %1."_s.arg(t.vips[apiVips[0]].name);
            f.fix = {{path, t.vips[apiVips[0]].name}};
        }
    }
    const bool several = ctx.controlPlanes.size() > 1;
    if (several && endpoint.isEmpty()) {
        Finding &f = ctx.add(u"CP002"_s,
                             u"There are %1 control planes but no controlPlaneEndpoint, so the "
                             u"others cannot join and everything depends on the first."_s.arg(
                                 ctx.controlPlanes.size()),
                             {}, path);
        if (apiVips.size() == 1) {
            f.suggestion = u"Use the API VIP %1."_s.arg(t.vips[apiVips[0]].name);
            f.fix = {{path, t.vips[apiVips[0]].name}};
        } else {
            f.suggestion
                = u"Add an api-endpoint VIP on the control planes' network and name it here."_s;
        }
    }
    for (int i : std::as_const(apiVips)) {
        const Vip &v = t.vips[i];
        if (i == named || (several && endpoint.isEmpty() && apiVips.size() == 1))
            continue;
        Finding &f
            = ctx.add(u"CP007"_s,
                      endpoint.isEmpty()
                          ? u"API VIP %1 is not used: controlPlaneEndpoint is empty."_s.arg(v.name)
                          : u"API VIP %1 is not used: controlPlaneEndpoint is \"%2\"."_s.arg(
                              v.name, endpoint),
                      {ctx.ref(ObjectKind::Vip, i)}, objectPath(ObjectKind::Vip, i) + u".name"_s);
        if (!v.name.isEmpty() && (endpoint.isEmpty() || apiVips.size() == 1)) {
            f.suggestion = u"Set controlPlaneEndpoint to %1."_s.arg(v.name);
            f.fix = {{path, v.name}};
        }
    }
}

void checkVipPeers(RuleContext &ctx)
{
    const Topology &t = ctx.topology;
    for (int i = 0; i < int(t.vips.size()); ++i) {
        const Vip &v = t.vips[i];
        const bool floating
            = v.provider == VipProvider::Keepalived || v.provider == VipProvider::KubeVip;
        if (v.purpose != VipPurpose::ApiEndpoint || !floating)
            continue;
        if (ctx.controlPlanes.size() == 1) {
            ctx.add(u"CP004"_s,
                    u"API VIP %1 floats over a single control plane, so it adds no availability "
                    u"yet; it does let you add control planes later without new kubeconfigs."_s.arg(
                        v.name),
                    {ctx.ref(ObjectKind::Vip, i)}, objectPath(ObjectKind::Vip, i) + u".provider"_s);
        }
        const int net = ctx.vips[i].network;
        if (net < 0 || ctx.controlPlanesOnNetwork[net] == ctx.controlPlanes.size())
            continue;
        QList<int> missing;
        for (int cp : std::as_const(ctx.controlPlanes)) {
            if (!ctx.isAttached(cp, net))
                missing.append(cp);
        }
        QList<ObjectRef> objects{ctx.ref(ObjectKind::Vip, i)};
        for (int cp : missing.mid(0, 9))
            objects.append(ctx.ref(ObjectKind::Node, cp));
        ctx.add(u"CP003"_s,
                u"API VIP %1 is on network %2, but control plane%3 %4 %5 no interface there, so "
                u"%6 never hold the VIP and VRRP cannot see %7."_s.arg(
                    v.name, v.network, missing.size() > 1 ? u"s"_s : QString(),
                    nameList(ctx, missing), missing.size() > 1 ? u"have"_s : u"has"_s,
                    missing.size() > 1 ? u"they can"_s : u"it can"_s,
                    missing.size() > 1 ? u"them"_s : u"it"_s),
                objects, objectPath(ObjectKind::Vip, i) + u".network"_s)
            .suggestion
            = u"Attach %1 to network %2, or put the VIP on a network all control planes share."_s
                  .arg(nameList(ctx, missing), v.network);
    }
}

} // namespace

void checkControlPlane(RuleContext &ctx)
{
    const Topology &t = ctx.topology;
    if (ctx.controlPlanes.isEmpty()) {
        ctx.add(u"CP001"_s, u"No node has the control-plane role, so there is no API server."_s, {},
                u"nodes"_s)
            .suggestion
            = u"Give one node (or three) the control-plane role."_s;
    }
    if (ctx.schedulable.isEmpty()) {
        Finding &f = ctx.add(u"CP005"_s,
                             u"No node has the worker role; control planes refuse ordinary pods, "
                             u"so every workload would stay Pending."_s,
                             {}, u"nodes"_s);
        if (ctx.controlPlanes.size() == 1) {
            const int cp = ctx.controlPlanes[0];
            QStringList roles;
            for (Role r : t.nodes[cp].roles)
                roles.append(toString(r));
            roles.append(toString(Role::Worker));
            f.objects = {ctx.ref(ObjectKind::Node, cp)};
            f.path = objectPath(ObjectKind::Node, cp) + u".roles"_s;
            f.suggestion
                = u"Let %1 run workloads too: give it the worker role."_s.arg(t.nodes[cp].name);
            f.fix = {{f.path, roles.join(u", "_s)}};
        } else {
            f.suggestion = u"Add a worker node."_s;
        }
    }
    checkEtcd(ctx);
    checkEndpoint(ctx);
    checkVipPeers(ctx);
}

} // namespace Clusterwright
