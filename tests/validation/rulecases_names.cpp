// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "rulecases.h"

namespace Clusterwright::RuleCases {

using namespace Qt::StringLiterals;

Node makeNode(const QString &name, const QList<Role> &roles, const QString &host,
              const QList<Interface> &interfaces)
{
    Node n;
    n.name = name;
    n.roles = roles;
    n.host = host;
    n.interfaces = interfaces;
    n.ssh.port = 22;
    n.ssh.user = u"admin"_s;
    n.ssh.identityFile = u"~/.ssh/id_ed25519"_s;
    return n;
}

Topology baseline()
{
    Topology t;
    t.metadata.name = u"baseline"_s;
    t.cluster.podCidrs = {u"10.244.0.0/16"_s};
    t.cluster.serviceCidrs = {u"10.96.0.0/12"_s};
    t.cluster.controlPlaneEndpoint = u"api"_s;
    t.hosts = {{u"pve-1"_s, u"192.168.20.2"_s},
               {u"pve-2"_s, u"192.168.20.3"_s},
               {u"pve-3"_s, u"192.168.20.4"_s}};
    t.networks = {{u"lan"_s, u"192.168.10.0/24"_s, u"192.168.10.1"_s, {}, {}, {u"192.168.10.1"_s}},
                  {u"storage"_s, u"192.168.20.0/24"_s, {}, {}, {}, {}}};
    for (int i = 1; i <= 3; ++i) {
        t.nodes.append(makeNode(
            u"cp-%1"_s.arg(i), {Role::ControlPlane}, u"pve-%1"_s.arg(i),
            {{u"lan"_s, u"192.168.10.1%1"_s.arg(i)}, {u"storage"_s, u"192.168.20.1%1"_s.arg(i)}}));
    }
    for (int i = 1; i <= 3; ++i) {
        t.nodes.append(makeNode(
            u"wk-%1"_s.arg(i), {Role::Worker, Role::Storage}, u"pve-%1"_s.arg(i),
            {{u"lan"_s, u"192.168.10.2%1"_s.arg(i)}, {u"storage"_s, u"192.168.20.2%1"_s.arg(i)}}));
    }
    t.nodes.append(makeNode(u"bastion"_s, {Role::Bastion}, {}, {{u"lan"_s, u"192.168.10.5"_s}}));
    for (int i = 0; i < 6; ++i)
        t.nodes[i].ssh.jump = u"bastion"_s;

    Vip api;
    api.name = u"api"_s;
    api.network = u"lan"_s;
    api.address = u"192.168.10.100"_s;
    Vip lb;
    lb.name = u"lb"_s;
    lb.purpose = VipPurpose::LoadBalancer;
    lb.provider = VipProvider::MetalLb;
    lb.network = u"lan"_s;
    lb.range = u"192.168.10.200-192.168.10.250"_s;
    t.vips = {api, lb};

    Storage nas;
    nas.name = u"nas"_s;
    nas.network = u"storage"_s;
    nas.server = u"192.168.20.50"_s;
    nas.exportPath = u"/volume1/k8s"_s;
    Storage ceph;
    ceph.name = u"ceph"_s;
    ceph.type = StorageType::Ceph;
    ceph.nodes = {u"wk-1"_s, u"wk-2"_s, u"wk-3"_s};
    ceph.replicas = 3;
    t.storage = {nas, ceph};
    return t;
}

void addNameCases(QList<Case> &triggers, QList<Case> &nearMisses)
{
    triggers += {
        {u"duplicate node name"_s, u"NAME001"_s, u"nodes[4].name"_s,
         [](Topology &t) { t.nodes[4].name = u"cp-1"_s; }},
        {u"duplicate network name"_s, u"NAME001"_s, u"networks[1].name"_s,
         [](Topology &t) { t.networks[1].name = u"lan"_s; }},
        {u"node name with capital and underscore"_s, u"NAME002"_s, u"nodes[0].name"_s,
         [](Topology &t) { t.nodes[0].name = u"CP_1"_s; }},
        {u"node name of 64 characters"_s, u"NAME002"_s, u"nodes[0].name"_s,
         [](Topology &t) { t.nodes[0].name = QString(64, u'a'); }},
        {u"node name ending in dash"_s, u"NAME002"_s, u"nodes[0].name"_s,
         [](Topology &t) { t.nodes[0].name = u"cp-"_s; }},
        {u"empty node name"_s, u"NAME002"_s, u"nodes[0].name"_s,
         [](Topology &t) { t.nodes[0].name.clear(); }},
        {u"network name with capitals"_s, u"NAME003"_s, u"networks[0].name"_s,
         [](Topology &t) { t.networks[0].name = u"LAN"_s; }},
        {u"host name with a space"_s, u"NAME003"_s, u"hosts[0].name"_s,
         [](Topology &t) { t.hosts[0].name = u"pve 1"_s; }},
        {u"interface on unknown network"_s, u"NAME004"_s, u"nodes[0].interfaces[0].network"_s,
         [](Topology &t) { t.nodes[0].interfaces[0].network = u"lna"_s; }},
        {u"vip on unknown network"_s, u"NAME004"_s, u"vips[0].network"_s,
         [](Topology &t) { t.vips[0].network = u"wan"_s; }},
        {u"node on unknown host"_s, u"NAME004"_s, u"nodes[0].host"_s,
         [](Topology &t) { t.nodes[0].host = u"pve-9"_s; }},
        {u"storage lists unknown node"_s, u"NAME004"_s, u"storage[1].nodes[2]"_s,
         [](Topology &t) { t.storage[1].nodes[2] = u"wk-9"_s; }},
        {u"nfs on unknown network"_s, u"NAME004"_s, u"storage[0].network"_s,
         [](Topology &t) { t.storage[0].network = u"san"_s; }},
        {u"endpoint names no vip"_s, u"NAME005"_s, u"cluster.controlPlaneEndpoint"_s,
         [](Topology &t) { t.cluster.controlPlaneEndpoint = u"apii"_s; }},
        {u"endpoint with bad port"_s, u"NAME005"_s, u"cluster.controlPlaneEndpoint"_s,
         [](Topology &t) { t.cluster.controlPlaneEndpoint = u"api.lan:99999"_s; }},
        {u"endpoint with bad address"_s, u"NAME005"_s, u"cluster.controlPlaneEndpoint"_s,
         [](Topology &t) { t.cluster.controlPlaneEndpoint = u"192.168.10.300:6443"_s; }},
        {u"jump names unknown node"_s, u"NAME006"_s, u"nodes[0].ssh.jump"_s,
         [](Topology &t) { t.nodes[0].ssh.jump = u"bastoin"_s; }},
        {u"jumps loop a b a"_s, u"NAME007"_s, u"nodes[0].ssh.jump"_s,
         [](Topology &t) {
             t.nodes[0].ssh.jump = u"cp-2"_s;
             t.nodes[1].ssh.jump = u"cp-1"_s;
         }},
        {u"bastion jumps through a node behind it"_s, u"NAME007"_s, u"nodes[0].ssh.jump"_s,
         [](Topology &t) { t.nodes[6].ssh.jump = u"cp-1"_s; }},
        {u"node jumps through itself"_s, u"NAME007"_s, u"nodes[2].ssh.jump"_s,
         [](Topology &t) { t.nodes[2].ssh.jump = u"cp-3"_s; }},
        {u"user with semicolon"_s, u"NAME008"_s, u"nodes[0].ssh.user"_s,
         [](Topology &t) { t.nodes[0].ssh.user = u"a;id"_s; }},
        {u"user with newline"_s, u"NAME008"_s, u"nodes[0].ssh.user"_s,
         [](Topology &t) { t.nodes[0].ssh.user = u"admin\nreboot"_s; }},
        {u"user with look-alike letter"_s, u"NAME008"_s, u"nodes[0].ssh.user"_s,
         [](Topology &t) { t.nodes[0].ssh.user = u"\u0430dmin"_s; }},
        {u"user of 300 characters"_s, u"NAME008"_s, u"nodes[0].ssh.user"_s,
         [](Topology &t) { t.nodes[0].ssh.user = QString(300, u'a'); }},
        {u"identity file with command substitution"_s, u"NAME008"_s, u"nodes[0].ssh.identityFile"_s,
         [](Topology &t) { t.nodes[0].ssh.identityFile = u"$(id)"_s; }},
        {u"identity file with quote"_s, u"NAME008"_s, u"nodes[0].ssh.identityFile"_s,
         [](Topology &t) { t.nodes[0].ssh.identityFile = u"~/.ssh/id'x"_s; }},
        {u"jump as an option"_s, u"NAME008"_s, u"nodes[0].ssh.jump"_s,
         [](Topology &t) { t.nodes[0].ssh.jump = u"-oProxyCommand=x"_s; }},
        {u"export with backquote"_s, u"NAME008"_s, u"storage[0].export"_s,
         [](Topology &t) { t.storage[0].exportPath = u"/k8s`id`"_s; }},
        {u"export with NUL"_s, u"NAME008"_s, u"storage[0].export"_s,
         [](Topology &t) { t.storage[0].exportPath = u"/k8s"_s + QChar(0) + u"x"_s; }},
        {u"version with command"_s, u"NAME008"_s, u"cluster.kubernetesVersion"_s,
         [](Topology &t) { t.cluster.kubernetesVersion = u"v1.30.0;reboot"_s; }},
    };
    nearMisses += {
        {u"same name in two kinds"_s,
         u"NAME001"_s,
         {},
         [](Topology &t) { t.hosts[0].name = u"lan"_s; }},
        {u"node name of 63 characters"_s,
         u"NAME002"_s,
         {},
         [](Topology &t) { t.nodes[0].name = QString(63, u'a'); }},
        {u"node name with digits and dashes"_s,
         u"NAME002"_s,
         {},
         [](Topology &t) { t.nodes[0].name = u"0cp-1-a9"_s; }},
        {u"network name lowercase"_s,
         u"NAME003"_s,
         {},
         [](Topology &t) { t.networks[0].name = u"lan-10"_s; }},
        {u"node without host"_s, u"NAME004"_s, {}, [](Topology &t) { t.nodes[0].host.clear(); }},
        {u"endpoint host and port"_s,
         u"NAME005"_s,
         {},
         [](Topology &t) { t.cluster.controlPlaneEndpoint = u"api.lan:6443"_s; }},
        {u"endpoint bracketed ipv6"_s,
         u"NAME005"_s,
         {},
         [](Topology &t) { t.cluster.controlPlaneEndpoint = u"[fd00::10]:6443"_s; }},
        {u"endpoint plain address"_s,
         u"NAME005"_s,
         {},
         [](Topology &t) { t.cluster.controlPlaneEndpoint = u"192.168.10.11"_s; }},
        {u"jump to outside host"_s,
         u"NAME006"_s,
         {},
         [](Topology &t) { t.nodes[0].ssh.jump = u"admin@jump.example.org:22"_s; }},
        {u"jump chain without loop"_s,
         u"NAME007"_s,
         {},
         [](Topology &t) {
             t.nodes[0].ssh.jump = u"cp-2"_s;
             t.nodes[1].ssh.jump = u"cp-3"_s;
         }},
        {u"ordinary user and paths"_s,
         u"NAME008"_s,
         {},
         [](Topology &t) {
             t.nodes[0].ssh.user = u"cloud-init_1.x"_s;
             t.nodes[0].ssh.identityFile = u"~/.ssh/id_ed25519"_s;
             t.storage[0].exportPath = u"/volume1/k8s-data_2"_s;
             t.cluster.kubernetesVersion = u"v1.30.0-rc.1"_s;
         }},
    };
}

} // namespace Clusterwright::RuleCases
