// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
// STOR rules: NFS reachability and replica counts. Where replicas land on
// physical hosts is left to the failure-domain rules (FD...).
#include "validation/rulecontext_p.h"

namespace Clusterwright {

using namespace Qt::StringLiterals;

QList<RuleInfo> storageRules()
{
    return {
        {u"STOR001"_s, Severity::Error, u"Some workers are not on the NFS server's network"_s,
         u"An NFS server's network (its network field, or the network holding its address) must "
         u"be one every worker is attached to."_s,
         u"Pods mount volumes on whichever worker they land; a worker without a leg on that "
         u"network mounts through the gateway at best, or hangs in ContainerCreating."_s,
         u"Attach the listed workers to the network, or name a network they all share."_s},
        {u"STOR002"_s, Severity::Warning, u"The NFS server lies in no network of the design"_s,
         u"An NFS server address that no network of the design holds."_s,
         u"Storage traffic then goes through a router, which becomes a single point of failure "
         u"and a bottleneck for every volume."_s,
         u"Add the storage network to the design and attach the workers to it."_s},
        {u"STOR003"_s, Severity::Error, u"An NFS pool lacks a server or a proper export"_s,
         u"NFS storage needs a server and an absolute export path."_s,
         u"The CSI driver mounts server:export; without either there is nothing to mount."_s,
         u"Fill in the NAS address and the exported directory."_s},
        {u"STOR004"_s, Severity::Error, u"A storage pool has fewer nodes than its data needs"_s,
         u"Ceph and Longhorn pools need at least as many nodes as replicas (3 when not set), or "
         u"as data plus coding chunks with erasure coding."_s,
         u"Ceph places each copy or chunk on another node; with too few the pool stays degraded "
         u"and refuses writes (min_size), and Longhorn volumes stay Degraded."_s,
         u"Add storage nodes, or lower the replica count."_s},
        {u"STOR005"_s, Severity::Error, u"Replica or erasure-coding numbers are invalid"_s,
         u"replicas must be at least 1; erasure coding exists for Ceph only and needs at least 2 "
         u"data and 1 coding chunk; a pool sets either replicas or erasure coding."_s,
         u"Ceph refuses such profiles, and Longhorn has no erasure coding, so the pool would not "
         u"be created as designed."_s,
         u"Correct the numbers as the message says."_s},
        {u"STOR006"_s, Severity::Warning, u"A storage pool keeps one copy"_s,
         u"replicas: 1 on Ceph or Longhorn."_s,
         u"With one copy, losing that node's disk loses the data: the pool has no redundancy."_s,
         u"Use 3 replicas (or 2 with only two storage nodes)."_s},
        {u"STOR007"_s, Severity::Warning, u"A storage node lacks the storage role"_s,
         u"Every node listed in a Ceph or Longhorn pool should have the storage role."_s,
         u"The role labels the node for the storage daemons; without it the OSD or replica is not "
         u"scheduled there."_s,
         u"Give the node the storage role, as the fix does."_s},
    };
}

namespace {

void checkNfs(RuleContext &ctx, int i)
{
    const Topology &t = ctx.topology;
    const Storage &s = t.storage[i];
    const QString path = objectPath(ObjectKind::Storage, i);
    const QList<ObjectRef> self{ctx.ref(ObjectKind::Storage, i)};
    if (s.server.isEmpty()) {
        ctx.add(u"STOR003"_s, u"NFS storage %1 has no server."_s.arg(s.name), self,
                path + u".server"_s)
            .suggestion
            = u"Enter the NAS address."_s;
    }
    if (!s.exportPath.startsWith(u'/')) {
        Finding &f
            = ctx.add(u"STOR003"_s,
                      s.exportPath.isEmpty()
                          ? u"NFS storage %1 has no export path."_s.arg(s.name)
                          : u"The export path \"%1\" of NFS storage %2 is not absolute."_s.arg(
                              s.exportPath, s.name),
                      self, path + u".export"_s);
        f.suggestion = u"Enter the exported directory, such as /volume1/k8s."_s;
        if (!s.exportPath.isEmpty() && !s.exportPath.startsWith(u'-')) {
            f.fix = {{path + u".export"_s, u'/' + s.exportPath}};
            f.suggestion = u"Use /%1."_s.arg(s.exportPath);
        }
    }
    int net = ctx.storage[i].network;
    if (net < 0 && !s.network.isEmpty())
        return; // NAME004
    if (net < 0 && ctx.storage[i].server) {
        net = ctx.networkIndex.find(*ctx.storage[i].server);
        if (net < 0) {
            ctx.add(u"STOR002"_s,
                    u"The NFS server %1 of storage %2 lies in no network of the design, so every "
                    u"volume goes through a router."_s.arg(s.server, s.name),
                    self, path + u".server"_s)
                .suggestion
                = u"Add the storage network and attach the workers to it."_s;
            return;
        }
    }
    if (net < 0 || ctx.schedulable.isEmpty()
        || ctx.schedulableOnNetwork[net] == ctx.schedulable.size())
        return;
    QList<ObjectRef> objects = self;
    QStringList names;
    for (int w : std::as_const(ctx.schedulable)) {
        if (ctx.isAttached(w, net))
            continue;
        if (names.size() < 5)
            names.append(t.nodes[w].name);
        if (objects.size() < 10)
            objects.append(ctx.ref(ObjectKind::Node, w));
    }
    const qsizetype missing = ctx.schedulable.size() - ctx.schedulableOnNetwork[net];
    if (missing > names.size())
        names.append(u"%1 more"_s.arg(missing - names.size()));
    ctx.add(u"STOR001"_s,
            u"The NFS server of storage %1 is on network %2, but worker%3 %4 %5 not attached to "
            u"it, so pods there cannot mount its volumes directly."_s.arg(
                s.name, t.networks[net].name, missing > 1 ? u"s"_s : QString(), names.join(u", "_s),
                missing > 1 ? u"are"_s : u"is"_s),
            objects, s.network.isEmpty() ? path + u".server"_s : path + u".network"_s)
        .suggestion
        = u"Attach every worker to network %1."_s.arg(t.networks[net].name);
}

void checkPool(RuleContext &ctx, int i)
{
    const Topology &t = ctx.topology;
    const Storage &s = t.storage[i];
    const QString path = objectPath(ObjectKind::Storage, i);
    const QList<ObjectRef> self{ctx.ref(ObjectKind::Storage, i)};
    const QString kind = s.type == StorageType::Ceph ? u"Ceph"_s : u"Longhorn"_s;
    bool numbersOk = true;
    if (s.replicas && *s.replicas < 1) {
        numbersOk = false;
        ctx.add(u"STOR005"_s,
                u"%1 pool %2 has %3 replicas; it needs at least 1."_s.arg(kind, s.name)
                    .arg(*s.replicas),
                self, path + u".replicas"_s);
    }
    if (s.erasureCoding) {
        const ErasureCoding &ec = *s.erasureCoding;
        if (s.type != StorageType::Ceph) {
            numbersOk = false;
            ctx.add(u"STOR005"_s,
                    u"%1 pool %2 has erasure coding, which only Ceph offers."_s.arg(kind, s.name),
                    self, path + u".erasureCoding"_s)
                .suggestion
                = u"Use replicas instead."_s;
        } else if (ec.dataChunks < 2 || ec.codingChunks < 1) {
            numbersOk = false;
            ctx.add(u"STOR005"_s,
                    u"Ceph pool %1 has erasure coding %2+%3; it needs at least 2 data chunks and 1 "
                    u"coding chunk."_s.arg(s.name)
                        .arg(ec.dataChunks)
                        .arg(ec.codingChunks),
                    self,
                    path
                        + (ec.dataChunks < 2 ? u".erasureCoding.dataChunks"_s
                                             : u".erasureCoding.codingChunks"_s));
        } else if (s.replicas) {
            numbersOk = false;
            Finding &f
                = ctx.add(u"STOR005"_s,
                          u"Ceph pool %1 sets both replicas and erasure coding; a pool is one "
                          u"or the other."_s.arg(s.name),
                          self, path + u".replicas"_s);
            f.suggestion = u"Remove replicas to keep erasure coding."_s;
            f.fix = {{path + u".replicas"_s, QString()}};
        }
    }
    QSet<QString> distinct;
    for (int k = 0; k < int(s.nodes.size()); ++k) {
        const int node = ctx.nodeByName.value(s.nodes[k], -1);
        if (node < 0 || distinct.contains(s.nodes[k]))
            continue;
        distinct.insert(s.nodes[k]);
        if (!t.nodes[node].hasRole(Role::Storage)) {
            QStringList roles;
            for (Role r : t.nodes[node].roles)
                roles.append(toString(r));
            roles.append(toString(Role::Storage));
            Finding &f = ctx.add(
                u"STOR007"_s,
                u"Node %1 holds data for storage %2 but lacks the storage role."_s.arg(s.nodes[k],
                                                                                       s.name),
                {ctx.ref(ObjectKind::Node, node), self.front()}, path + u".nodes[%1]"_s.arg(k));
            f.suggestion = u"Give %1 the storage role."_s.arg(s.nodes[k]);
            f.fix = {{objectPath(ObjectKind::Node, node) + u".roles"_s, roles.join(u", "_s)}};
        }
    }
    if (!numbersOk)
        return;
    const bool ec = s.erasureCoding.has_value();
    const int needed
        = ec ? s.erasureCoding->dataChunks + s.erasureCoding->codingChunks : s.replicas.value_or(3);
    if (distinct.size() < needed) {
        ctx.add(
               u"STOR004"_s,
               ec ? u"Ceph pool %1 uses erasure coding %2+%3, which needs %4 nodes, but it lists %5."_s
                        .arg(s.name)
                        .arg(s.erasureCoding->dataChunks)
                        .arg(s.erasureCoding->codingChunks)
                        .arg(needed)
                        .arg(distinct.size())
                  : u"%1 pool %2 keeps %3 replicas, which need %3 nodes, but it lists %4."_s
                        .arg(kind, s.name)
                        .arg(needed)
                        .arg(distinct.size()),
               self, path + u".nodes"_s)
            .suggestion
            = u"List at least %1 storage nodes, or lower the %2."_s.arg(needed).arg(
                ec ? u"chunk counts"_s : u"replica count"_s);
    }
    if (!ec && needed == 1) {
        Finding &f = ctx.add(
            u"STOR006"_s,
            u"%1 pool %2 keeps a single copy: losing that disk loses the data."_s.arg(kind, s.name),
            self, path + u".replicas"_s);
        if (distinct.size() >= 2) {
            const int better = std::min(3, int(distinct.size()));
            f.suggestion = u"Keep %1 replicas."_s.arg(better);
            f.fix = {{path + u".replicas"_s, QString::number(better)}};
        }
    }
}

} // namespace

void checkStorage(RuleContext &ctx)
{
    for (int i = 0; i < int(ctx.topology.storage.size()); ++i) {
        if (ctx.topology.storage[i].type == StorageType::Nfs)
            checkNfs(ctx, i);
        else
            checkPool(ctx, i);
    }
}

} // namespace Clusterwright
