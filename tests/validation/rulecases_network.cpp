// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "rulecases.h"

namespace Clusterwright::RuleCases {

using namespace Qt::StringLiterals;

namespace {

Network network(const QString &name, const QString &cidr)
{
    Network n;
    n.name = name;
    n.cidr = cidr;
    return n;
}

} // namespace

void addNetworkCases(QList<Case> &triggers, QList<Case> &nearMisses)
{
    triggers += {
        {u"address out of octet range"_s, u"NET001"_s, u"nodes[0].interfaces[0].address"_s,
         [](Topology &t) { t.nodes[0].interfaces[0].address = u"192.168.10.300"_s; }},
        {u"address with leading zero"_s, u"NET001"_s, u"nodes[0].interfaces[0].address"_s,
         [](Topology &t) { t.nodes[0].interfaces[0].address = u"192.168.10.011"_s; }},
        {u"empty interface address"_s, u"NET001"_s, u"nodes[0].interfaces[0].address"_s,
         [](Topology &t) { t.nodes[0].interfaces[0].address.clear(); }},
        {u"prefix length 33"_s, u"NET001"_s, u"networks[0].cidr"_s,
         [](Topology &t) { t.networks[0].cidr = u"192.168.10.0/33"_s; }},
        {u"bad dns server"_s, u"NET001"_s, u"networks[0].dns[0]"_s,
         [](Topology &t) { t.networks[0].dns = {u"192.168.10"_s}; }},
        {u"bad pod cidr"_s, u"NET001"_s, u"cluster.podCidr"_s,
         [](Topology &t) { t.cluster.podCidrs = {u"10.244.0.0"_s}; }},
        {u"bad host address"_s, u"NET001"_s, u"hosts[0].address"_s,
         [](Topology &t) { t.hosts[0].address = u"pve_1.lan"_s; }},
        {u"mixed-family range"_s, u"NET001"_s, u"vips[1].range"_s,
         [](Topology &t) { t.vips[1].range = u"192.168.10.200-fd00::1"_s; }},
        {u"network cidr with host bits"_s, u"NET002"_s, u"networks[0].cidr"_s,
         [](Topology &t) { t.networks[0].cidr = u"192.168.10.5/24"_s; }},
        {u"pod cidr with host bits"_s, u"NET002"_s, u"cluster.podCidr"_s,
         [](Topology &t) { t.cluster.podCidrs = {u"10.244.1.0/16"_s}; }},
        {u"a /23 holds a /24"_s, u"NET003"_s, u"networks[2].cidr"_s,
         [](Topology &t) { t.networks.append(network(u"wide"_s, u"192.168.10.0/23"_s)); }},
        {u"same cidr twice"_s, u"NET003"_s, u"networks[2].cidr"_s,
         [](Topology &t) { t.networks.append(network(u"again"_s, u"192.168.20.0/24"_s)); }},
        {u"gateway outside"_s, u"NET007"_s, u"networks[0].gateway"_s,
         [](Topology &t) { t.networks[0].gateway = u"192.168.11.1"_s; }},
        {u"gateway is network address"_s, u"NET007"_s, u"networks[0].gateway"_s,
         [](Topology &t) { t.networks[0].gateway = u"192.168.10.0"_s; }},
        {u"gateway is broadcast"_s, u"NET007"_s, u"networks[0].gateway"_s,
         [](Topology &t) { t.networks[0].gateway = u"192.168.10.255"_s; }},
        {u"interface outside its network"_s, u"NET008"_s, u"nodes[0].interfaces[0].address"_s,
         [](Topology &t) { t.nodes[0].interfaces[0].address = u"192.168.11.11"_s; }},
        {u"ipv6 address on ipv4 network"_s, u"NET008"_s, u"nodes[0].interfaces[0].address"_s,
         [](Topology &t) { t.nodes[0].interfaces[0].address = u"fd00::11"_s; }},
        {u"vip outside its network"_s, u"NET008"_s, u"vips[0].address"_s,
         [](Topology &t) { t.vips[0].address = u"192.168.20.100"_s; }},
        {u"nfs server outside its network"_s, u"NET008"_s, u"storage[0].server"_s,
         [](Topology &t) { t.storage[0].server = u"192.168.10.50"_s; }},
        {u"interface is broadcast"_s, u"NET009"_s, u"nodes[0].interfaces[0].address"_s,
         [](Topology &t) { t.nodes[0].interfaces[0].address = u"192.168.10.255"_s; }},
        {u"interface is network address"_s, u"NET009"_s, u"nodes[0].interfaces[1].address"_s,
         [](Topology &t) { t.nodes[0].interfaces[1].address = u"192.168.20.0"_s; }},
        {u"three dns servers"_s, u"NET019"_s, u"networks[0].dns"_s,
         [](Topology &t) {
             t.networks[0].dns = {u"192.168.10.1"_s, u"1.1.1.1"_s, u"9.9.9.9"_s};
         }},
        {u"one vlan two cidrs"_s, u"NET020"_s, u"networks[1].vlan"_s,
         [](Topology &t) {
             t.networks[0].vlan = 10;
             t.networks[1].vlan = 10;
         }},
        {u"vlan 4095"_s, u"NET021"_s, u"networks[0].vlan"_s,
         [](Topology &t) { t.networks[0].vlan = 4095; }},
        {u"vlan 0"_s, u"NET021"_s, u"networks[0].vlan"_s,
         [](Topology &t) { t.networks[0].vlan = 0; }},
        {u"mtu 9217"_s, u"NET022"_s, u"networks[0].mtu"_s,
         [](Topology &t) { t.networks[0].mtu = 9217; }},
        {u"mtu 575"_s, u"NET022"_s, u"networks[0].mtu"_s,
         [](Topology &t) { t.networks[0].mtu = 575; }},
        {u"ipv6 mtu 1279"_s, u"NET022"_s, u"networks[2].mtu"_s,
         [](Topology &t) {
             t.networks.append(network(u"v6"_s, u"fd00:1::/64"_s));
             t.networks[2].mtu = 1279;
         }},
    };
    nearMisses += {
        {u"valid address"_s,
         u"NET001"_s,
         {},
         [](Topology &t) { t.nodes[0].interfaces[0].address = u"192.168.10.31"_s; }},
        {u"host address is a host name"_s,
         u"NET001"_s,
         {},
         [](Topology &t) { t.hosts[0].address = u"pve-1.lan"_s; }},
        {u"cidr without host bits"_s,
         u"NET002"_s,
         {},
         [](Topology &t) { t.networks[0].cidr = u"192.168.10.0/24"_s; }},
        {u"adjacent /24s"_s,
         u"NET003"_s,
         {},
         [](Topology &t) { t.networks.append(network(u"next"_s, u"192.168.11.0/24"_s)); }},
        {u"adjacent /24 below a /23"_s,
         u"NET003"_s,
         {},
         [](Topology &t) { t.networks.append(network(u"wide"_s, u"192.168.8.0/23"_s)); }},
        {u"gateway last usable"_s,
         u"NET007"_s,
         {},
         [](Topology &t) { t.networks[0].gateway = u"192.168.10.254"_s; }},
        {u"interface last usable"_s,
         u"NET008"_s,
         {},
         [](Topology &t) { t.nodes[0].interfaces[0].address = u"192.168.10.254"_s; }},
        {u"both addresses of a /31"_s,
         u"NET009"_s,
         {},
         [](Topology &t) {
             t.networks.append(network(u"p2p"_s, u"10.0.0.0/31"_s));
             t.nodes[0].interfaces.append({u"p2p"_s, u"10.0.0.0"_s});
             t.nodes[1].interfaces.append({u"p2p"_s, u"10.0.0.1"_s});
         }},
        {u"two dns servers"_s,
         u"NET019"_s,
         {},
         [](Topology &t) {
             t.networks[0].dns = {u"192.168.10.1"_s, u"1.1.1.1"_s};
         }},
        {u"different vlans"_s,
         u"NET020"_s,
         {},
         [](Topology &t) {
             t.networks[0].vlan = 10;
             t.networks[1].vlan = 20;
         }},
        {u"vlan 4094"_s, u"NET021"_s, {}, [](Topology &t) { t.networks[0].vlan = 4094; }},
        {u"vlan 1"_s, u"NET021"_s, {}, [](Topology &t) { t.networks[0].vlan = 1; }},
        {u"mtu 9000"_s, u"NET022"_s, {}, [](Topology &t) { t.networks[0].mtu = 9000; }},
        {u"mtu 576"_s, u"NET022"_s, {}, [](Topology &t) { t.networks[0].mtu = 576; }},
    };
}

} // namespace Clusterwright::RuleCases
