// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "rulecases.h"

namespace Clusterwright::RuleCases {

using namespace Qt::StringLiterals;

namespace {

// Turns cp-2 and cp-3 into plain workers: one control plane is left.
void singleControlPlane(Topology &t)
{
    t.nodes[1].roles = {Role::Worker};
    t.nodes[2].roles = {Role::Worker};
}

// External etcd on `count` extra nodes etcd-1..n on lan .51...
void externalEtcd(Topology &t, int count)
{
    t.cluster.etcd = EtcdMode::External;
    for (int i = 1; i <= count; ++i) {
        t.nodes.append(makeNode(u"etcd-%1"_s.arg(i), {Role::Etcd}, {},
                                {{u"lan"_s, u"192.168.10.%1"_s.arg(50 + i)}}));
    }
}

} // namespace

void addClusterCases(QList<Case> &triggers, QList<Case> &nearMisses)
{
    triggers += {
        {u"pod cidr over the host network"_s, u"NET004"_s, u"cluster.podCidr"_s,
         [](Topology &t) { t.cluster.podCidrs = {u"192.168.0.0/16"_s}; }},
        {u"service cidr over the storage network"_s, u"NET004"_s, u"cluster.serviceCidr"_s,
         [](Topology &t) { t.cluster.serviceCidrs = {u"192.168.20.0/24"_s}; }},
        {u"service inside pod cidr"_s, u"NET005"_s, u"cluster.serviceCidr"_s,
         [](Topology &t) { t.cluster.serviceCidrs = {u"10.244.0.0/20"_s}; }},
        {u"nas inside the service cidr"_s, u"NET006"_s, u"cluster.serviceCidr"_s,
         [](Topology &t) {
             t.storage[0].network.clear();
             t.storage[0].server = u"10.96.1.1"_s;
         }},
        {u"pool inside the pod cidr"_s, u"NET006"_s, u"cluster.podCidr"_s,
         [](Topology &t) { t.cluster.podCidrs = {u"192.168.10.192/26"_s}; }},
        {u"pod /22 for six nodes"_s, u"NET015"_s, u"cluster.podCidr"_s,
         [](Topology &t) { t.cluster.podCidrs = {u"10.244.0.0/22"_s}; }},
        {u"pod /25 holds no node"_s, u"NET015"_s, u"cluster.podCidr"_s,
         [](Topology &t) { t.cluster.podCidrs = {u"10.244.0.0/25"_s}; }},
        {u"service /11"_s, u"NET016"_s, u"cluster.serviceCidr"_s,
         [](Topology &t) { t.cluster.serviceCidrs = {u"10.96.0.0/11"_s}; }},
        {u"ipv6 service /107"_s, u"NET016"_s, u"cluster.serviceCidr[1]"_s,
         [](Topology &t) {
             t.cluster.podCidrs = {u"10.244.0.0/16"_s, u"fd00:10:244::/56"_s};
             t.cluster.serviceCidrs = {u"10.96.0.0/12"_s, u"fd00:10:96::/107"_s};
         }},
        {u"dual-stack pods, ipv4 services"_s, u"NET017"_s, u"cluster.serviceCidr"_s,
         [](Topology &t) {
             t.cluster.podCidrs = {u"10.244.0.0/16"_s, u"fd00:10:244::/56"_s};
         }},
        {u"two ipv4 pod cidrs"_s, u"NET017"_s, u"cluster.podCidr"_s,
         [](Topology &t) {
             t.cluster.podCidrs = {u"10.244.0.0/16"_s, u"10.245.0.0/16"_s};
         }},
        {u"no service cidr"_s, u"NET017"_s, u"cluster.serviceCidr"_s,
         [](Topology &t) { t.cluster.serviceCidrs.clear(); }},
        {u"ipv6 network on ipv4 cluster"_s, u"NET018"_s, u"networks[2].cidr"_s,
         [](Topology &t) {
             t.networks.append({u"v6"_s, u"fd00:1::/64"_s, {}, {}, {}, {}});
         }},
        {u"external etcd without members"_s, u"ETCD001"_s, u"cluster.etcd"_s,
         [](Topology &t) { t.cluster.etcd = EtcdMode::External; }},
        {u"two control planes"_s, u"ETCD002"_s, u"nodes[1].roles"_s,
         [](Topology &t) { t.nodes[2].roles = {Role::Worker}; }},
        {u"four control planes"_s, u"ETCD003"_s, u"nodes[3].roles"_s,
         [](Topology &t) {
             t.nodes[3].roles = {Role::ControlPlane, Role::Worker, Role::Storage};
         }},
        {u"nine etcd members"_s, u"ETCD004"_s, {}, [](Topology &t) { externalEtcd(t, 9); }},
        {u"etcd role with stacked etcd"_s, u"ETCD005"_s, u"nodes[3].roles"_s,
         [](Topology &t) { t.nodes[3].roles.append(Role::Etcd); }},
        {u"no control plane"_s, u"CP001"_s, u"nodes"_s,
         [](Topology &t) {
             for (int i = 0; i < 3; ++i)
                 t.nodes[i].roles = {Role::Worker};
         }},
        {u"three control planes no endpoint"_s, u"CP002"_s, u"cluster.controlPlaneEndpoint"_s,
         [](Topology &t) { t.cluster.controlPlaneEndpoint.clear(); }},
        {u"control plane off the vip network"_s, u"CP003"_s, u"vips[0].network"_s,
         [](Topology &t) { t.nodes[2].interfaces.removeFirst(); }},
        {u"vip over one control plane"_s, u"CP004"_s, u"vips[0].provider"_s, singleControlPlane},
        {u"no worker"_s, u"CP005"_s, u"nodes"_s,
         [](Topology &t) {
             for (int i = 3; i < 6; ++i)
                 t.nodes[i].roles = {Role::Storage};
         }},
        {u"single control plane no worker"_s, u"CP005"_s, u"nodes[0].roles"_s,
         [](Topology &t) {
             singleControlPlane(t);
             for (int i = 1; i < 6; ++i)
                 t.nodes[i].roles = {Role::Storage};
         }},
        {u"endpoint names the pool"_s, u"CP006"_s, u"cluster.controlPlaneEndpoint"_s,
         [](Topology &t) { t.cluster.controlPlaneEndpoint = u"lb"_s; }},
        {u"api vip unused"_s, u"CP007"_s, u"vips[0].name"_s,
         [](Topology &t) { t.cluster.controlPlaneEndpoint = u"192.168.10.11:6443"_s; }},
    };
    nearMisses += {
        {u"pod cidr adjacent to a network"_s,
         u"NET004"_s,
         {},
         [](Topology &t) {
             t.networks.append({u"next"_s, u"10.245.0.0/24"_s, {}, {}, {}, {}});
         }},
        {u"adjacent pod and service cidrs"_s,
         u"NET005"_s,
         {},
         [](Topology &t) { t.cluster.podCidrs = {u"10.112.0.0/16"_s}; }},
        {u"nas just past the service cidr"_s,
         u"NET006"_s,
         {},
         [](Topology &t) {
             t.storage[0].network.clear();
             t.storage[0].server = u"10.112.0.1"_s;
         }},
        {u"pod /21 for six nodes"_s,
         u"NET015"_s,
         {},
         [](Topology &t) { t.cluster.podCidrs = {u"10.244.0.0/21"_s}; }},
        {u"service /12"_s,
         u"NET016"_s,
         {},
         [](Topology &t) { t.cluster.serviceCidrs = {u"10.96.0.0/12"_s}; }},
        {u"ipv6 service /108"_s,
         u"NET016"_s,
         {},
         [](Topology &t) {
             t.cluster.podCidrs = {u"10.244.0.0/16"_s, u"fd00:10:244::/56"_s};
             t.cluster.serviceCidrs = {u"10.96.0.0/12"_s, u"fd00:10:96::/108"_s};
         }},
        {u"dual-stack both lists"_s,
         u"NET017"_s,
         {},
         [](Topology &t) {
             t.cluster.podCidrs = {u"10.244.0.0/16"_s, u"fd00:10:244::/56"_s};
             t.cluster.serviceCidrs = {u"fd00:10:96::/112"_s, u"10.96.0.0/12"_s};
         }},
        {u"ipv6 network on dual-stack cluster"_s,
         u"NET018"_s,
         {},
         [](Topology &t) {
             t.networks.append({u"v6"_s, u"fd00:1::/64"_s, {}, {}, {}, {}});
             t.cluster.podCidrs = {u"10.244.0.0/16"_s, u"fd00:10:244::/56"_s};
             t.cluster.serviceCidrs = {u"10.96.0.0/12"_s, u"fd00:10:96::/112"_s};
         }},
        {u"external etcd with three members"_s,
         u"ETCD001"_s,
         {},
         [](Topology &t) { externalEtcd(t, 3); }},
        {u"three members"_s, u"ETCD002"_s, {}, [](Topology &) {}},
        {u"one member"_s, u"ETCD002"_s, {}, singleControlPlane},
        {u"five members"_s, u"ETCD003"_s, {}, [](Topology &t) { externalEtcd(t, 5); }},
        {u"seven members"_s, u"ETCD004"_s, {}, [](Topology &t) { externalEtcd(t, 7); }},
        {u"etcd role with external etcd"_s,
         u"ETCD005"_s,
         {},
         [](Topology &t) {
             t.cluster.etcd = EtcdMode::External;
             t.nodes[3].roles.append(Role::Etcd);
         }},
        {u"control plane that is also worker"_s,
         u"CP001"_s,
         {},
         [](Topology &t) {
             singleControlPlane(t);
             t.nodes[0].roles = {Role::ControlPlane, Role::Worker};
         }},
        {u"one control plane no endpoint"_s,
         u"CP002"_s,
         {},
         [](Topology &t) {
             singleControlPlane(t);
             t.cluster.controlPlaneEndpoint.clear();
         }},
        {u"vip on a network all control planes share"_s,
         u"CP003"_s,
         {},
         [](Topology &t) {
             t.nodes[2].interfaces.removeFirst();
             t.vips[0].network = u"storage"_s;
             t.vips[0].address = u"192.168.20.100"_s;
         }},
        {u"vip over three control planes"_s, u"CP004"_s, {}, [](Topology &) {}},
        {u"control plane with worker role"_s,
         u"CP005"_s,
         {},
         [](Topology &t) {
             for (int i = 3; i < 6; ++i)
                 t.nodes[i].roles = {Role::Storage};
             t.nodes[0].roles = {Role::ControlPlane, Role::Worker};
         }},
        {u"endpoint names the api vip"_s, u"CP006"_s, {}, [](Topology &) {}},
        {u"api vip used"_s, u"CP007"_s, {}, [](Topology &) {}},
    };
}

} // namespace Clusterwright::RuleCases
