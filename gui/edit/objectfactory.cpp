// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "edit/objectfactory.h"

#include "edit/addressallocator.h"

#include <QSet>

namespace Clusterwright {

using namespace Qt::StringLiterals;

namespace {

struct PaletteInfo
{
    PaletteItemKind kind;
    ObjectKind objectKind;
    const char16_t *key;
    const char16_t *stem;
};

constexpr PaletteInfo Infos[] = {
    {PaletteItemKind::ControlPlaneNode, ObjectKind::Node, u"control-plane-node", u"cp-"},
    {PaletteItemKind::WorkerNode, ObjectKind::Node, u"worker-node", u"wk-"},
    {PaletteItemKind::EtcdNode, ObjectKind::Node, u"etcd-node", u"etcd-"},
    {PaletteItemKind::Bastion, ObjectKind::Node, u"bastion", u"bastion-"},
    {PaletteItemKind::Network, ObjectKind::Network, u"network", u"net-"},
    {PaletteItemKind::ApiVip, ObjectKind::Vip, u"api-vip", u"api-"},
    {PaletteItemKind::LoadBalancerPool, ObjectKind::Vip, u"load-balancer-pool", u"lb-"},
    {PaletteItemKind::NfsStorage, ObjectKind::Storage, u"nfs-storage", u"nas-"},
    {PaletteItemKind::CephStorage, ObjectKind::Storage, u"ceph-storage", u"ceph-"},
    {PaletteItemKind::PhysicalHost, ObjectKind::Host, u"physical-host", u"host-"},
};

const PaletteInfo &info(PaletteItemKind kind)
{
    return Infos[int(kind)];
}

Node makeNode(PaletteItemKind kind)
{
    Node node;
    switch (kind) {
    case PaletteItemKind::ControlPlaneNode:
        node.roles = {Role::ControlPlane};
        node.cpus = 4;
        node.memoryMiB = 8192;
        break;
    case PaletteItemKind::EtcdNode:
        node.roles = {Role::Etcd};
        node.cpus = 2;
        node.memoryMiB = 4096;
        break;
    case PaletteItemKind::Bastion:
        node.roles = {Role::Bastion};
        node.cpus = 1;
        node.memoryMiB = 1024;
        break;
    default:
        node.roles = {Role::Worker};
        node.cpus = 4;
        node.memoryMiB = 8192;
        break;
    }
    return node;
}

} // namespace

ObjectKind objectKindOf(PaletteItemKind kind)
{
    return info(kind).objectKind;
}

QString paletteKey(PaletteItemKind kind)
{
    return QString::fromUtf16(info(kind).key);
}

std::optional<PaletteItemKind> paletteKindFromKey(const QString &key)
{
    for (const PaletteInfo &i : Infos) {
        if (key == QStringView(i.key))
            return i.kind;
    }
    return std::nullopt;
}

QString nameStem(const QString &name)
{
    qsizetype end = name.size();
    while (end > 0 && name.at(end - 1).isDigit())
        --end;
    if (end > 0 && end < name.size() && name.at(end - 1) == u'-')
        return name.left(end);
    return name + u'-';
}

QString nextFreeName(const QStringList &taken, const QString &stem)
{
    const QSet<QString> names(taken.cbegin(), taken.cend());
    for (int n = 1;; ++n) {
        QString candidate = stem + QString::number(n);
        if (!names.contains(candidate))
            return candidate;
    }
}

ObjectValue makeObject(PaletteItemKind kind, const Topology &t, const QString &network)
{
    const ObjectKind objectKind = objectKindOf(kind);
    const QStringList taken = objectNames(t, objectKind);
    QString name = nextFreeName(taken, QString::fromUtf16(info(kind).stem));
    AddressAllocator addresses(t);

    switch (kind) {
    case PaletteItemKind::Network: {
        Network n;
        n.name = name;
        n.cidr = AddressAllocator::freeSubnet(t);
        if (const auto prefix = IpPrefix::parse(n.cidr))
            n.gateway = prefix->network().next()->toString();
        return n;
    }
    case PaletteItemKind::ApiVip: {
        Vip vip;
        vip.name = taken.contains(u"api"_s) ? name : u"api"_s;
        vip.purpose = VipPurpose::ApiEndpoint;
        vip.network = network;
        vip.address = addresses.next(network);
        vip.provider = VipProvider::KubeVip;
        return vip;
    }
    case PaletteItemKind::LoadBalancerPool: {
        Vip vip;
        vip.name = name;
        vip.purpose = VipPurpose::LoadBalancer;
        vip.network = network;
        vip.range = addresses.nextRange(network, 16);
        vip.provider = VipProvider::MetalLb;
        return vip;
    }
    case PaletteItemKind::NfsStorage: {
        Storage s;
        s.name = name;
        s.type = StorageType::Nfs;
        s.network = network;
        s.server = addresses.next(network);
        s.exportPath = u"/export/k8s"_s;
        return s;
    }
    case PaletteItemKind::CephStorage: {
        Storage s;
        s.name = name;
        s.type = StorageType::Ceph;
        for (const Node &node : t.nodes) {
            if (node.hasRole(Role::Storage))
                s.nodes << node.name;
        }
        s.replicas = 3;
        return s;
    }
    case PaletteItemKind::PhysicalHost:
        return Host{name, {}};
    default: {
        Node node = makeNode(kind);
        node.name = name;
        return node;
    }
    }
}

} // namespace Clusterwright
