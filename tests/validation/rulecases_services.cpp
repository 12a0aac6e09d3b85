// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "rulecases.h"

#include "validation/vrrp.h"

namespace Clusterwright::RuleCases {

using namespace Qt::StringLiterals;

namespace {

Vip keepalivedPool(const QString &name, const QString &network, const QString &range)
{
    Vip v;
    v.name = name;
    v.purpose = VipPurpose::LoadBalancer;
    v.provider = VipProvider::Keepalived;
    v.network = network;
    v.range = range;
    return v;
}

// A name whose `count` router ids include (or, with clash false, avoid) api's.
QString nameAgainstApi(bool clash, int count)
{
    const int api = vrrpRouterIdForName(u"api"_s);
    for (int n = 0;; ++n) {
        const QString name = u"ext-%1"_s.arg(n);
        bool hits = false;
        for (int k = 0; k < count; ++k)
            hits = hits || vrrpRouterIdForName(name, k) == api;
        if (hits == clash)
            return name;
    }
}

} // namespace

void addServiceCases(QList<Case> &triggers, QList<Case> &nearMisses)
{
    triggers += {
        {u"pool where no worker is"_s, u"LB001"_s, u"vips[1].network"_s,
         [](Topology &t) {
             t.networks.append({u"dmz"_s, u"192.168.30.0/24"_s, {}, {}, {}, {}});
             t.vips[1].network = u"dmz"_s;
             t.vips[1].range = u"192.168.30.200-192.168.30.250"_s;
         }},
        {u"metallb and kube-vip pools"_s, u"LB002"_s, u"vips[2].provider"_s,
         [](Topology &t) {
             Vip v = t.vips[1];
             v.name = u"lb2"_s;
             v.provider = VipProvider::KubeVip;
             v.range = u"192.168.10.160-192.168.10.170"_s;
             t.vips.append(v);
         }},
        {u"router ids collide"_s, u"LB003"_s, u"vips[2].name"_s,
         [](Topology &t) {
             t.vips.append(keepalivedPool(nameAgainstApi(true, 1), u"lan"_s,
                                          u"192.168.10.150-192.168.10.150"_s));
         }},
        {u"api vip with a range"_s, u"LB004"_s, u"vips[0].range"_s,
         [](Topology &t) {
             t.vips[0].address.clear();
             t.vips[0].range = u"192.168.10.100-192.168.10.101"_s;
         }},
        {u"pool with an address"_s, u"LB004"_s, u"vips[1].address"_s,
         [](Topology &t) {
             t.vips[1].range.clear();
             t.vips[1].address = u"192.168.10.200"_s;
         }},
        {u"metallb for the api"_s, u"LB005"_s, u"vips[0].provider"_s,
         [](Topology &t) { t.vips[0].provider = VipProvider::MetalLb; }},
        {u"worker off the nfs network"_s, u"STOR001"_s, u"storage[0].network"_s,
         [](Topology &t) { t.nodes[5].interfaces.removeLast(); }},
        {u"nfs server found by address, worker missing"_s, u"STOR001"_s, u"storage[0].server"_s,
         [](Topology &t) {
             t.storage[0].network.clear();
             t.nodes[5].interfaces.removeLast();
         }},
        {u"nfs server in no network"_s, u"STOR002"_s, u"storage[0].server"_s,
         [](Topology &t) {
             t.storage[0].network.clear();
             t.storage[0].server = u"172.16.5.5"_s;
         }},
        {u"nfs without export"_s, u"STOR003"_s, u"storage[0].export"_s,
         [](Topology &t) { t.storage[0].exportPath.clear(); }},
        {u"nfs relative export"_s, u"STOR003"_s, u"storage[0].export"_s,
         [](Topology &t) { t.storage[0].exportPath = u"volume1/k8s"_s; }},
        {u"nfs without server"_s, u"STOR003"_s, u"storage[0].server"_s,
         [](Topology &t) { t.storage[0].server.clear(); }},
        {u"three replicas on two nodes"_s, u"STOR004"_s, u"storage[1].nodes"_s,
         [](Topology &t) { t.storage[1].nodes.removeLast(); }},
        {u"default replicas on two nodes"_s, u"STOR004"_s, u"storage[1].nodes"_s,
         [](Topology &t) {
             t.storage[1].type = StorageType::Longhorn;
             t.storage[1].replicas.reset();
             t.storage[1].nodes.removeLast();
         }},
        {u"erasure 2+2 on three nodes"_s, u"STOR004"_s, u"storage[1].nodes"_s,
         [](Topology &t) {
             t.storage[1].replicas.reset();
             t.storage[1].erasureCoding = ErasureCoding{2, 2};
         }},
        {u"zero replicas"_s, u"STOR005"_s, u"storage[1].replicas"_s,
         [](Topology &t) { t.storage[1].replicas = 0; }},
        {u"erasure coding on longhorn"_s, u"STOR005"_s, u"storage[1].erasureCoding"_s,
         [](Topology &t) {
             t.storage[1].type = StorageType::Longhorn;
             t.storage[1].replicas.reset();
             t.storage[1].erasureCoding = ErasureCoding{2, 1};
         }},
        {u"erasure 1+1"_s, u"STOR005"_s, u"storage[1].erasureCoding.dataChunks"_s,
         [](Topology &t) {
             t.storage[1].replicas.reset();
             t.storage[1].erasureCoding = ErasureCoding{1, 1};
         }},
        {u"replicas and erasure coding"_s, u"STOR005"_s, u"storage[1].replicas"_s,
         [](Topology &t) {
             t.storage[1].erasureCoding = ErasureCoding{2, 1};
         }},
        {u"one replica"_s, u"STOR006"_s, u"storage[1].replicas"_s,
         [](Topology &t) { t.storage[1].replicas = 1; }},
        {u"storage node without role"_s, u"STOR007"_s, u"storage[1].nodes[0]"_s,
         [](Topology &t) { t.nodes[3].roles = {Role::Worker}; }},
        {u"node with no address"_s, u"SSH001"_s, u"nodes[6].ssh.address"_s,
         [](Topology &t) { t.nodes[6].interfaces.clear(); }},
        {u"port 0"_s, u"SSH002"_s, u"nodes[0].ssh.port"_s,
         [](Topology &t) { t.nodes[0].ssh.port = 0; }},
        {u"port 65536"_s, u"SSH002"_s, u"nodes[0].ssh.port"_s,
         [](Topology &t) { t.nodes[0].ssh.port = 65536; }},
        {u"ssh to another node"_s, u"SSH003"_s, u"nodes[0].ssh.address"_s,
         [](Topology &t) { t.nodes[0].ssh.address = u"192.168.20.12"_s; }},
        {u"ssh to the api vip"_s, u"SSH003"_s, u"nodes[0].ssh.address"_s,
         [](Topology &t) { t.nodes[0].ssh.address = u"192.168.10.100"_s; }},
        {u"jump with bad port"_s, u"SSH004"_s, u"nodes[0].ssh.jump"_s,
         [](Topology &t) { t.nodes[0].ssh.jump = u"admin@bastion.lan:99999"_s; }},
        {u"jump with empty user"_s, u"SSH004"_s, u"nodes[0].ssh.jump"_s,
         [](Topology &t) { t.nodes[0].ssh.jump = u"@bastion.lan"_s; }},
        {u"jump with bad address"_s, u"SSH004"_s, u"nodes[0].ssh.jump"_s,
         [](Topology &t) { t.nodes[0].ssh.jump = u"192.168.10.256"_s; }},
    };
    nearMisses += {
        {u"pool where a worker is"_s,
         u"LB001"_s,
         {},
         [](Topology &t) {
             t.networks.append({u"dmz"_s, u"192.168.30.0/24"_s, {}, {}, {}, {}});
             t.vips[1].network = u"dmz"_s;
             t.vips[1].range = u"192.168.30.200-192.168.30.250"_s;
             t.nodes[3].interfaces.append({u"dmz"_s, u"192.168.30.21"_s});
         }},
        {u"kube-vip api and metallb pool"_s,
         u"LB002"_s,
         {},
         [](Topology &t) { t.vips[0].provider = VipProvider::KubeVip; }},
        {u"same router id on another network"_s,
         u"LB003"_s,
         {},
         [](Topology &t) {
             t.vips.append(keepalivedPool(nameAgainstApi(true, 1), u"storage"_s,
                                          u"192.168.20.150-192.168.20.150"_s));
         }},
        {u"keepalived range of 40 avoids itself"_s,
         u"LB003"_s,
         {},
         [](Topology &t) {
             t.vips.append(keepalivedPool(nameAgainstApi(false, 40), u"lan"_s,
                                          u"192.168.10.150-192.168.10.189"_s));
         }},
        {u"shapes as intended"_s, u"LB004"_s, {}, [](Topology &) {}},
        {u"kube-vip for the api"_s,
         u"LB005"_s,
         {},
         [](Topology &t) { t.vips[0].provider = VipProvider::KubeVip; }},
        {u"control plane off the nfs network"_s,
         u"STOR001"_s,
         {},
         [](Topology &t) { t.nodes[0].interfaces.removeLast(); }},
        {u"nfs server found by address"_s,
         u"STOR002"_s,
         {},
         [](Topology &t) { t.storage[0].network.clear(); }},
        {u"nfs absolute export"_s,
         u"STOR003"_s,
         {},
         [](Topology &t) { t.storage[0].exportPath = u"/volume1"_s; }},
        {u"erasure 2+1 on three nodes"_s,
         u"STOR004"_s,
         {},
         [](Topology &t) {
             t.storage[1].replicas.reset();
             t.storage[1].erasureCoding = ErasureCoding{2, 1};
         }},
        {u"two replicas on two nodes"_s,
         u"STOR004"_s,
         {},
         [](Topology &t) {
             t.storage[1].replicas = 2;
             t.storage[1].nodes.removeLast();
         }},
        {u"valid erasure profile"_s,
         u"STOR005"_s,
         {},
         [](Topology &t) {
             t.storage[1].replicas.reset();
             t.storage[1].erasureCoding = ErasureCoding{4, 2};
             t.storage[1].nodes.append({u"cp-1"_s, u"cp-2"_s, u"cp-3"_s});
         }},
        {u"two replicas"_s, u"STOR006"_s, {}, [](Topology &t) { t.storage[1].replicas = 2; }},
        {u"storage nodes with role"_s, u"STOR007"_s, {}, [](Topology &) {}},
        {u"node reached by name only"_s,
         u"SSH001"_s,
         {},
         [](Topology &t) {
             t.nodes[6].interfaces.clear();
             t.nodes[6].ssh.address = u"bastion.lan"_s;
         }},
        {u"port 65535"_s, u"SSH002"_s, {}, [](Topology &t) { t.nodes[0].ssh.port = 65535; }},
        {u"ssh to own storage address"_s,
         u"SSH003"_s,
         {},
         [](Topology &t) { t.nodes[0].ssh.address = u"192.168.20.11"_s; }},
        {u"jump user host port"_s,
         u"SSH004"_s,
         {},
         [](Topology &t) { t.nodes[0].ssh.jump = u"admin@bastion.lan:2222"_s; }},
        {u"jump bracketed ipv6"_s,
         u"SSH004"_s,
         {},
         [](Topology &t) { t.nodes[0].ssh.jump = u"[fd00::5]:22"_s; }},
    };
}

} // namespace Clusterwright::RuleCases
