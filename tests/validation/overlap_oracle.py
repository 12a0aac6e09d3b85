#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Clusterwright authors
"""Independent oracle for the validator's overlap rules (tst_overlap_oracle).

Each FILE argument holds the networks, cluster CIDRs and VIPs of one generated
design, one per line:
    network NAME CIDR        (host bits allowed: compared as the network they name)
    pod PATH CIDR            (PATH is the finding path, e.g. cluster.podCidr[1])
    service PATH CIDR
    lb NAME RANGE            (a LoadBalancer pool: "a-b" or a CIDR)
    vip NAME ADDRESS         (an API endpoint VIP)
For each file it prints "# FILE", then every overlapping pair, sorted, one per
line, as the test extracts them from the findings:
    NET003 net:A net:B       two networks (names sorted)
    NET004 PATH net:A        a pod or service CIDR and a network
    NET005 PODPATH SVCPATH   a pod and a service CIDR
    NET006 PATH vip:V        a pod or service CIDR holds a VIP address or pool
    NET012 vip:A vip:B       two LoadBalancer pools (names sorted)
Only the standard library's ipaddress does the arithmetic, so a bug shared
with core/net cannot hide.
"""
import ipaddress
import sys


def as_range(text):
    if "/" in text:
        net = ipaddress.ip_network(text, strict=True)
        return net.version, int(net.network_address), int(net.broadcast_address)
    first, last = (ipaddress.ip_address(part) for part in text.split("-"))
    assert first.version == last.version and first <= last, text
    return first.version, int(first), int(last)


def net_range(text):
    net = ipaddress.ip_network(text, strict=False)
    return net.version, int(net.network_address), int(net.broadcast_address)


def overlap(a, b):
    return a[0] == b[0] and a[1] <= b[2] and b[1] <= a[2]


def pairs_of(path):
    networks, pods, services, pools, vips = [], [], [], [], []
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            kind, name, value = line.split()
            if kind == "network":
                networks.append((name, net_range(value)))
            elif kind == "pod":
                pods.append((name, net_range(value)))
            elif kind == "service":
                services.append((name, net_range(value)))
            elif kind == "lb":
                pools.append((name, as_range(value)))
            elif kind == "vip":
                address = ipaddress.ip_address(value)
                vips.append((name, (address.version, int(address), int(address))))
            else:
                raise ValueError(line)

    pairs = set()
    for i, (a, ra) in enumerate(networks):
        for b, rb in networks[i + 1:]:
            if overlap(ra, rb):
                pairs.add("NET003 net:%s net:%s" % tuple(sorted((a, b))))
    for cidr_path, rc in pods + services:
        for name, rn in networks:
            if overlap(rc, rn):
                pairs.add("NET004 %s net:%s" % (cidr_path, name))
        for name, rv in pools + vips:
            if overlap(rc, rv):
                pairs.add("NET006 %s vip:%s" % (cidr_path, name))
    for pod_path, rp in pods:
        for service_path, rs in services:
            if overlap(rp, rs):
                pairs.add("NET005 %s %s" % (pod_path, service_path))
    for i, (a, ra) in enumerate(pools):
        for b, rb in pools[i + 1:]:
            if overlap(ra, rb):
                pairs.add("NET012 vip:%s vip:%s" % tuple(sorted((a, b))))
    return sorted(pairs)


if __name__ == "__main__":
    for name in sys.argv[1:]:
        print("# " + name)
        for pair in pairs_of(name):
            print(pair)
