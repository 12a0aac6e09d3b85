// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "model/enums.h"

#include <QList>
#include <QMap>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <optional>

namespace Clusterwright {

// The design as plain values. Addresses and CIDRs are kept as the text the user
// wrote so that a bad value can be loaded, shown and reported by the validator
// instead of being lost; core/net parses them when needed.

struct Metadata
{
    QString name;
    QString description;
    bool operator==(const Metadata &) const = default;
};

struct ClusterSettings
{
    QString kubernetesVersion = QStringLiteral("v1.30.0");
    QStringList podCidrs{QStringLiteral("10.244.0.0/16")};    // two for dual-stack
    QStringList serviceCidrs{QStringLiteral("10.96.0.0/12")}; // two for dual-stack
    QString dnsDomain = QStringLiteral("cluster.local");
    Cni cni = Cni::Cilium;
    KubeProxyMode kubeProxy = KubeProxyMode::Iptables;
    EtcdMode etcd = EtcdMode::Stacked;
    QString controlPlaneEndpoint; // a VIP name, or host[:port]; empty = none
    bool operator==(const ClusterSettings &) const = default;
};

// A physical machine: the failure domain the nodes run on.
struct Host
{
    QString name;
    QString address;
    bool operator==(const Host &) const = default;
};

struct Network
{
    QString name;
    QString cidr;
    QString gateway;
    std::optional<int> vlan;
    std::optional<int> mtu;
    QStringList dns;
    bool operator==(const Network &) const = default;
};

struct Interface
{
    QString network;
    QString address;
    bool operator==(const Interface &) const = default;
};

struct SshAccess
{
    QString address;         // empty = first interface address
    std::optional<int> port; // empty = 22
    QString user;
    QString identityFile;
    QString jump; // a node name, or [user@]host[:port]
    bool isEmpty() const { return *this == SshAccess{}; }
    bool operator==(const SshAccess &) const = default;
};

struct Node
{
    QString name;
    QList<Role> roles;
    QString host;
    std::optional<int> cpus;
    std::optional<int> memoryMiB;
    QList<Interface> interfaces;
    SshAccess ssh;

    bool hasRole(Role role) const { return roles.contains(role); }
    bool operator==(const Node &) const = default;
};

// A virtual address: the API endpoint (single address) or a LoadBalancer pool
// (range "a-b" or a CIDR).
struct Vip
{
    QString name;
    VipPurpose purpose = VipPurpose::ApiEndpoint;
    QString network;
    QString address;
    QString range;
    VipProvider provider = VipProvider::Keepalived;
    bool operator==(const Vip &) const = default;
};

struct ErasureCoding
{
    int dataChunks = 2;
    int codingChunks = 1;
    bool operator==(const ErasureCoding &) const = default;
};

struct Storage
{
    QString name;
    StorageType type = StorageType::Nfs;
    QString network;    // nfs
    QString server;     // nfs
    QString exportPath; // nfs, key "export"
    QStringList nodes;  // ceph, longhorn
    std::optional<int> replicas;
    std::optional<ErasureCoding> erasureCoding;
    bool operator==(const Storage &) const = default;
};

struct Topology
{
    QString apiVersion = QStringLiteral("clusterwright.dev/v1alpha1");
    QString kind = QStringLiteral("ClusterTopology");
    Metadata metadata;
    ClusterSettings cluster;
    QList<Host> hosts;
    QList<Network> networks;
    QList<Node> nodes;
    QList<Vip> vips;
    QList<Storage> storage;
    QMap<QString, QPointF> layout; // node name -> canvas position

    // Index by name, or -1. Linear: callers that loop build their own hash.
    int hostIndex(const QString &name) const;
    int networkIndex(const QString &name) const;
    int nodeIndex(const QString &name) const;
    int vipIndex(const QString &name) const;
    int storageIndex(const QString &name) const;

    bool operator==(const Topology &) const = default;
};

} // namespace Clusterwright
