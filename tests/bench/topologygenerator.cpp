// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "topologygenerator.h"

#include "net/ipaddress.h"

#include <QRandomGenerator>

namespace Clusterwright {

using namespace Qt::StringLiterals;

namespace {

constexpr quint32 NetworkBase = 0x0A000000; // 10.0.0.0; a /26 per network
constexpr quint32 StorageBase = 0x0A100000; // 10.16.0.0/14: one storage VLAN for all nodes
constexpr int NodesPerNetwork = 10;

QString v4(quint32 value)
{
    return IpAddress(IpFamily::V4, value).toString();
}

quint32 networkAddress(int network)
{
    return NetworkBase + quint32(network) * 64;
}

// .1 gateway, .2-.11 nodes, .30 API VIP, .40-.59 LoadBalancer pool.
Network makeNetwork(int index, quint32 base)
{
    Network n;
    n.name = QStringLiteral("net-%1").arg(index);
    n.cidr = v4(base) + u"/26"_s;
    n.gateway = v4(base + 1);
    n.dns = {v4(base + 1)};
    n.mtu = 1500;
    return n;
}

Vip makePool(int index, const QString &network, quint32 base)
{
    return Vip{QStringLiteral("lb-%1").arg(index),   VipPurpose::LoadBalancer, network, {},
               v4(base + 40) + u'-' + v4(base + 59), VipProvider::MetalLb};
}

} // namespace

Topology generateTopology(const GeneratorOptions &options)
{
    QRandomGenerator random(options.seed);
    const int nodeCount = std::max(options.nodes, 3);
    const int networkCount = (nodeCount + NodesPerNetwork - 1) / NodesPerNetwork;
    const int hostCount = std::max(3, nodeCount / 8);

    Topology t;
    t.metadata.name = QStringLiteral("bench-%1").arg(nodeCount);
    t.cluster.podCidrs = {u"10.128.0.0/9"_s};
    t.cluster.serviceCidrs = {u"10.96.0.0/12"_s};
    t.cluster.controlPlaneEndpoint = u"api"_s;

    t.hosts.reserve(hostCount);
    for (int i = 0; i < hostCount; ++i)
        t.hosts << Host{QStringLiteral("pve-%1").arg(i, 5, 10, QLatin1Char('0')), {}};

    t.networks.reserve(networkCount + 1);
    for (int i = 0; i < networkCount; ++i)
        t.networks << makeNetwork(i, networkAddress(i));
    t.networks << Network{u"storage"_s, v4(StorageBase) + u"/14"_s, {}, {}, 9000, {}};

    t.nodes.reserve(nodeCount);
    QStringList storageNodes;
    for (int i = 0; i < nodeCount; ++i) {
        Node n;
        const bool controlPlane = i < 3;
        n.name = controlPlane ? QStringLiteral("cp-%1").arg(i + 1)
                              : QStringLiteral("wk-%1").arg(i - 2);
        n.roles = {controlPlane ? Role::ControlPlane : Role::Worker};
        if (!controlPlane && i % 10 == 5) {
            n.roles << Role::Storage;
            storageNodes << n.name;
        }
        // Control planes one per host; the rest wherever the scheduler put them.
        n.host = t.hosts[controlPlane ? i : int(random.bounded(hostCount))].name;
        n.cpus = controlPlane ? 4 : 2 + 2 * int(random.bounded(4));
        n.memoryMiB = controlPlane ? 8192 : 4096 * (1 + int(random.bounded(4)));
        const int network = i / NodesPerNetwork;
        n.interfaces << Interface{t.networks[network].name,
                                  v4(networkAddress(network) + 2 + quint32(i % NodesPerNetwork))}
                     << Interface{u"storage"_s, v4(StorageBase + 16 + quint32(i))};
        n.ssh.user = u"admin"_s;
        t.nodes << n;
    }

    t.vips << Vip{u"api"_s, VipPurpose::ApiEndpoint, t.networks[0].name, v4(networkAddress(0) + 30),
                  {},       VipProvider::KubeVip};
    t.vips.reserve(networkCount + 1);
    for (int i = 0; i < networkCount; ++i)
        t.vips << makePool(i, t.networks[i].name, networkAddress(i));

    // Six OSD nodes per Ceph pool, three replicas.
    for (qsizetype first = 0; first + 6 <= storageNodes.size(); first += 6) {
        Storage pool;
        pool.name = QStringLiteral("ceph-%1").arg(first / 6);
        pool.type = StorageType::Ceph;
        pool.nodes = storageNodes.mid(first, 6);
        pool.replicas = 3;
        t.storage << pool;
    }
    t.storage << Storage{
        u"nas"_s, StorageType::Nfs, u"storage"_s, v4(StorageBase + 5), u"/export/k8s"_s, {}, {},
        {}};
    return t;
}

Topology generateAddressPlan(int count, quint32 seed)
{
    QRandomGenerator random(seed);
    Topology t;
    t.cluster.podCidrs = {u"10.128.0.0/9"_s};
    t.cluster.serviceCidrs = {u"10.96.0.0/12"_s};
    t.networks.reserve(count);
    t.vips.reserve(count);
    for (int i = 0; i < count; ++i) {
        // One in fifty reuses an earlier block, so the rules have pairs to report.
        const int block = (i > 0 && i % 50 == 0) ? int(random.bounded(i)) : i;
        t.networks << makeNetwork(i, networkAddress(block));
        t.vips << makePool(i, t.networks[i].name, networkAddress(block));
    }
    return t;
}

} // namespace Clusterwright
