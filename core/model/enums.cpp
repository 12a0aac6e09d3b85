// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "model/enums.h"

#include <array>
#include <utility>

namespace Clusterwright {
namespace {

template<typename E>
struct Names;

#define CW_ENUM_NAMES(E, ...)                                                                      \
    template<>                                                                                     \
    struct Names<E>                                                                                \
    {                                                                                              \
        static constexpr auto table = std::to_array<std::pair<E, const char *>>({__VA_ARGS__});    \
    };

CW_ENUM_NAMES(Role, {Role::ControlPlane, "control-plane"}, {Role::Worker, "worker"},
              {Role::Etcd, "etcd"}, {Role::Bastion, "bastion"}, {Role::Storage, "storage"})
CW_ENUM_NAMES(Cni, {Cni::Cilium, "cilium"}, {Cni::Flannel, "flannel"}, {Cni::Calico, "calico"})
CW_ENUM_NAMES(KubeProxyMode, {KubeProxyMode::Iptables, "iptables"}, {KubeProxyMode::Ipvs, "ipvs"},
              {KubeProxyMode::Replaced, "replaced"})
CW_ENUM_NAMES(EtcdMode, {EtcdMode::Stacked, "stacked"}, {EtcdMode::External, "external"})
CW_ENUM_NAMES(VipPurpose, {VipPurpose::ApiEndpoint, "api-endpoint"},
              {VipPurpose::LoadBalancer, "load-balancer"})
CW_ENUM_NAMES(VipProvider, {VipProvider::Keepalived, "keepalived"},
              {VipProvider::KubeVip, "kube-vip"}, {VipProvider::MetalLb, "metallb"},
              {VipProvider::Cilium, "cilium"})
CW_ENUM_NAMES(StorageType, {StorageType::Nfs, "nfs"}, {StorageType::Ceph, "ceph"},
              {StorageType::Longhorn, "longhorn"})
#undef CW_ENUM_NAMES

template<typename E>
QString name(E value)
{
    for (const auto &[v, text] : Names<E>::table) {
        if (v == value)
            return QString::fromLatin1(text);
    }
    return {};
}

} // namespace

template<typename E>
std::optional<E> enumFromString(const QString &text)
{
    for (const auto &[v, name] : Names<E>::table) {
        if (text == QLatin1StringView(name))
            return v;
    }
    return std::nullopt;
}

template<typename E>
QStringList enumSpellings()
{
    QStringList out;
    for (const auto &[v, name] : Names<E>::table)
        out << QString::fromLatin1(name);
    return out;
}

#define CW_ENUM_API(E)                                                                             \
    QString toString(E value)                                                                      \
    {                                                                                              \
        return name(value);                                                                        \
    }                                                                                              \
    template std::optional<E> enumFromString<E>(const QString &);                                  \
    template QStringList enumSpellings<E>();

CW_ENUM_API(Role)
CW_ENUM_API(Cni)
CW_ENUM_API(KubeProxyMode)
CW_ENUM_API(EtcdMode)
CW_ENUM_API(VipPurpose)
CW_ENUM_API(VipProvider)
CW_ENUM_API(StorageType)
#undef CW_ENUM_API

} // namespace Clusterwright
