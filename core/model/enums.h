// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Clusterwright {

// The kinds of named objects in a topology.
enum class ObjectKind { Host, Network, Node, Vip, Storage };

enum class Role { ControlPlane, Worker, Etcd, Bastion, Storage };
enum class Cni { Cilium, Flannel, Calico };
enum class KubeProxyMode { Iptables, Ipvs, Replaced };
enum class EtcdMode { Stacked, External };
enum class VipPurpose { ApiEndpoint, LoadBalancer };
enum class VipProvider { Keepalived, KubeVip, MetalLb, Cilium };
enum class StorageType { Nfs, Ceph, Longhorn };

// The file-format spelling of each value ("control-plane", "kube-vip", ...).
QString toString(Role value);
QString toString(Cni value);
QString toString(KubeProxyMode value);
QString toString(EtcdMode value);
QString toString(VipPurpose value);
QString toString(VipProvider value);
QString toString(StorageType value);

// Parses the file-format spelling; nullopt for anything else.
template<typename E>
std::optional<E> enumFromString(const QString &text);

// All spellings of an enum, in declaration order (for errors and combo boxes).
template<typename E>
QStringList enumSpellings();

} // namespace Clusterwright
