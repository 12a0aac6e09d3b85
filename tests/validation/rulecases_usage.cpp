// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "rulecases.h"

namespace Clusterwright::RuleCases {

using namespace Qt::StringLiterals;

namespace {

Vip pool(const QString &name, const QString &range, VipProvider provider = VipProvider::MetalLb)
{
    Vip v;
    v.name = name;
    v.purpose = VipPurpose::LoadBalancer;
    v.provider = provider;
    v.network = u"lan"_s;
    v.range = range;
    return v;
}

} // namespace

void addAddressUsageCases(QList<Case> &triggers, QList<Case> &nearMisses)
{
    triggers += {
        {u"two nodes one address"_s, u"NET010"_s, u"nodes[3].interfaces[0].address"_s,
         [](Topology &t) { t.nodes[3].interfaces[0].address = u"192.168.10.11"_s; }},
        {u"vip on a node address"_s, u"NET010"_s, u"vips[0].address"_s,
         [](Topology &t) { t.vips[0].address = u"192.168.10.21"_s; }},
        {u"gateway on a node address"_s, u"NET010"_s, u"nodes[0].interfaces[0].address"_s,
         [](Topology &t) { t.nodes[0].interfaces[0].address = u"192.168.10.1"_s; }},
        {u"host on a node address"_s, u"NET010"_s, u"nodes[0].interfaces[1].address"_s,
         [](Topology &t) { t.hosts[0].address = u"192.168.20.11"_s; }},
        {u"nfs server on the api vip"_s, u"NET010"_s, u"storage[0].server"_s,
         [](Topology &t) {
             t.storage[0].network.clear();
             t.storage[0].server = u"192.168.10.100"_s;
         }},
        {u"node address in the pool"_s, u"NET011"_s, u"nodes[3].interfaces[0].address"_s,
         [](Topology &t) { t.nodes[3].interfaces[0].address = u"192.168.10.210"_s; }},
        {u"api vip in the pool"_s, u"NET011"_s, u"vips[0].address"_s,
         [](Topology &t) { t.vips[0].address = u"192.168.10.200"_s; }},
        {u"gateway in the pool"_s, u"NET011"_s, u"networks[0].gateway"_s,
         [](Topology &t) { t.networks[0].gateway = u"192.168.10.250"_s; }},
        {u"pools share one address"_s, u"NET012"_s, u"vips[2].range"_s,
         [](Topology &t) { t.vips.append(pool(u"lb2"_s, u"192.168.10.250-192.168.10.252"_s)); }},
        {u"range backwards"_s, u"NET013"_s, u"vips[1].range"_s,
         [](Topology &t) { t.vips[1].range = u"192.168.10.250-192.168.10.200"_s; }},
        {u"range leaves its network"_s, u"NET014"_s, u"vips[1].range"_s,
         [](Topology &t) { t.vips[1].range = u"192.168.10.200-192.168.11.5"_s; }},
        {u"range holds the broadcast"_s, u"NET014"_s, u"vips[1].range"_s,
         [](Topology &t) { t.vips[1].range = u"192.168.10.200-192.168.10.255"_s; }},
        {u"cidr pool on another network"_s, u"NET014"_s, u"vips[1].range"_s,
         [](Topology &t) { t.vips[1].range = u"192.168.20.192/26"_s; }},
    };
    nearMisses += {
        {u"ssh address equals own interface"_s,
         u"NET010"_s,
         {},
         [](Topology &t) { t.nodes[0].ssh.address = u"192.168.10.11"_s; }},
        {u"host is the gateway"_s,
         u"NET010"_s,
         {},
         [](Topology &t) { t.hosts[0].address = u"192.168.10.1"_s; }},
        {u"nfs server on a host"_s,
         u"NET010"_s,
         {},
         [](Topology &t) { t.storage[0].server = u"192.168.20.2"_s; }},
        {u"two exports on one nas"_s,
         u"NET010"_s,
         {},
         [](Topology &t) {
             Storage second = t.storage[0];
             second.name = u"nas-2"_s;
             second.exportPath = u"/volume2/k8s"_s;
             t.storage.append(second);
         }},
        {u"two networks name one router"_s,
         u"NET010"_s,
         {},
         [](Topology &t) { t.networks[1].gateway = u"192.168.10.1"_s; }},
        {u"address just below the pool"_s,
         u"NET011"_s,
         {},
         [](Topology &t) { t.nodes[3].interfaces[0].address = u"192.168.10.199"_s; }},
        {u"address just above the pool"_s,
         u"NET011"_s,
         {},
         [](Topology &t) { t.nodes[3].interfaces[0].address = u"192.168.10.251"_s; }},
        {u"adjacent pools"_s,
         u"NET012"_s,
         {},
         [](Topology &t) { t.vips.append(pool(u"lb2"_s, u"192.168.10.251-192.168.10.253"_s)); }},
        {u"single-address range"_s,
         u"NET013"_s,
         {},
         [](Topology &t) { t.vips[1].range = u"192.168.10.200-192.168.10.200"_s; }},
        {u"range up to last usable"_s,
         u"NET014"_s,
         {},
         [](Topology &t) { t.vips[1].range = u"192.168.10.200-192.168.10.254"_s; }},
        {u"cidr pool inside"_s,
         u"NET014"_s,
         {},
         [](Topology &t) { t.vips[1].range = u"192.168.10.192/27"_s; }},
    };
}

} // namespace Clusterwright::RuleCases
