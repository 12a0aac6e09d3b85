// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "properties/propertyforms.h"

#include "edit/designeditor.h"
#include "edit/references.h"
#include "format/topologyformat.h"
#include "properties/fieldchecks.h"
#include "properties/interfacelist.h"
#include "properties/propertyform.h"

namespace Clusterwright {
namespace {

using T = const Topology &;

QString number(const std::optional<int> &value)
{
    return value ? QString::number(*value) : QString();
}

std::optional<int> numberFrom(const QString &text)
{
    return text.isEmpty() ? std::nullopt : std::optional<int>(text.toInt());
}

QString join(const QStringList &list)
{
    return list.join(QStringLiteral(", "));
}

template<typename E>
PropertyForm::Items spellings()
{
    return [](T, int) { return enumSpellings<E>(); };
}

template<typename E>
E spelled(const QString &text, E fallback)
{
    return enumFromString<E>(text).value_or(fallback);
}

PropertyForm::Check nameCheck(ObjectKind kind)
{
    return [kind](const QString &text, T t, int i) { return nameProblem(t, kind, i, text); };
}

PropertyForm::Items names(ObjectKind kind, bool withNone)
{
    return [kind, withNone](T t, int) {
        QStringList items;
        if (withNone)
            items << QString();
        switch (kind) {
        case ObjectKind::Host:
            for (const Host &h : t.hosts)
                items << h.name;
            break;
        case ObjectKind::Network:
            for (const Network &n : t.networks)
                items << n.name;
            break;
        case ObjectKind::Node:
            for (const Node &n : t.nodes)
                items << n.name;
            break;
        case ObjectKind::Vip:
            for (const Vip &v : t.vips)
                items << v.name;
            break;
        case ObjectKind::Storage:
            for (const Storage &s : t.storage)
                items << s.name;
            break;
        }
        return items;
    };
}

} // namespace

PropertyForm *PropertyForms::cluster(DesignEditor *editor, QWidget *parent)
{
    auto *f = new PropertyForm(editor, std::nullopt, parent);
    f->addSection(tr("Design"));
    f->addText(
        QStringLiteral("metadata.name"), tr("Name"), tr("The cluster's name"),
        [](T t, int) { return t.metadata.name; },
        [](Topology &t, int, const QString &v) { t.metadata.name = v; });
    f->addText(
        QStringLiteral("metadata.description"), tr("Description"), tr("What this design is for"),
        [](T t, int) { return t.metadata.description; },
        [](Topology &t, int, const QString &v) { t.metadata.description = v; });
    f->addSection(tr("Kubernetes"));
    f->addText(
        QStringLiteral("kubernetesVersion"), tr("Version"),
        tr("Kubernetes version, such as v1.30.0"),
        [](T t, int) { return t.cluster.kubernetesVersion; },
        [](Topology &t, int, const QString &v) { t.cluster.kubernetesVersion = v; },
        [](const QString &v, T, int) { return FieldChecks::kubernetesVersion(v); });
    f->addText(
        QStringLiteral("podCidr"), tr("Pod CIDR"),
        tr("Addresses for pods; two (IPv4 and IPv6) for dual-stack"),
        [](T t, int) { return join(t.cluster.podCidrs); },
        [](Topology &t, int, const QString &v) { t.cluster.podCidrs = FieldChecks::splitList(v); },
        [](const QString &v, T, int) { return FieldChecks::cidrList(v); });
    f->addText(
        QStringLiteral("serviceCidr"), tr("Service CIDR"),
        tr("Addresses for Services; two (IPv4 and IPv6) for dual-stack"),
        [](T t, int) { return join(t.cluster.serviceCidrs); },
        [](Topology &t, int, const QString &v) {
            t.cluster.serviceCidrs = FieldChecks::splitList(v);
        },
        [](const QString &v, T, int) { return FieldChecks::cidrList(v); });
    f->addText(
        QStringLiteral("dnsDomain"), tr("DNS domain"), tr("The cluster's DNS domain"),
        [](T t, int) { return t.cluster.dnsDomain; },
        [](Topology &t, int, const QString &v) { t.cluster.dnsDomain = v; },
        [](const QString &v, T, int) { return FieldChecks::dnsDomain(v); });
    f->addChoice(
        QStringLiteral("cni"), tr("CNI"), tr("The network plugin"), spellings<Cni>(),
        [](T t, int) { return toString(t.cluster.cni); },
        [](Topology &t, int, const QString &v) { t.cluster.cni = spelled(v, Cni::Cilium); });
    f->addChoice(
        QStringLiteral("kubeProxy"), tr("kube-proxy"), tr("How Services are implemented"),
        spellings<KubeProxyMode>(), [](T t, int) { return toString(t.cluster.kubeProxy); },
        [](Topology &t, int, const QString &v) {
            t.cluster.kubeProxy = spelled(v, KubeProxyMode::Iptables);
        });
    f->addChoice(
        QStringLiteral("etcd"), tr("etcd"), tr("etcd on the control planes or on its own nodes"),
        spellings<EtcdMode>(), [](T t, int) { return toString(t.cluster.etcd); },
        [](Topology &t, int, const QString &v) { t.cluster.etcd = spelled(v, EtcdMode::Stacked); });
    f->addChoice(
        QStringLiteral("controlPlaneEndpoint"), tr("API endpoint"),
        tr("A VIP's name, or host[:port]"), names(ObjectKind::Vip, true),
        [](T t, int) { return t.cluster.controlPlaneEndpoint; },
        [](Topology &t, int, const QString &v) { t.cluster.controlPlaneEndpoint = v; }, true);
    return f;
}

PropertyForm *PropertyForms::host(DesignEditor *editor, QWidget *parent)
{
    auto *f = new PropertyForm(editor, ObjectKind::Host, parent);
    f->addText(
        QLatin1StringView(PropertyForm::NameKey), tr("Name"),
        tr("The machine's name; nodes refer to it"), [](T t, int i) { return t.hosts[i].name; }, {},
        nameCheck(ObjectKind::Host));
    f->addText(
        QStringLiteral("address"), tr("Address"), tr("The machine's management address"),
        [](T t, int i) { return t.hosts[i].address; },
        [](Topology &t, int i, const QString &v) { t.hosts[i].address = v; },
        [](const QString &v, T, int) { return FieldChecks::address(v, false); });
    return f;
}

PropertyForm *PropertyForms::network(DesignEditor *editor, QWidget *parent)
{
    auto *f = new PropertyForm(editor, ObjectKind::Network, parent);
    f->addText(
        QLatin1StringView(PropertyForm::NameKey), tr("Name"),
        tr("Interfaces, VIPs and storage refer to it"),
        [](T t, int i) { return t.networks[i].name; }, {}, nameCheck(ObjectKind::Network));
    f->addText(
        QStringLiteral("cidr"), tr("CIDR"), tr("The subnet, such as 192.168.1.0/24"),
        [](T t, int i) { return t.networks[i].cidr; },
        [](Topology &t, int i, const QString &v) { t.networks[i].cidr = v; },
        [](const QString &v, T, int) { return FieldChecks::cidr(v); });
    f->addText(
        QStringLiteral("gateway"), tr("Gateway"), tr("The default gateway on this network"),
        [](T t, int i) { return t.networks[i].gateway; },
        [](Topology &t, int i, const QString &v) { t.networks[i].gateway = v; },
        [](const QString &v, T t, int i) {
            return FieldChecks::addressIn(v, t, t.networks[i].name, false);
        });
    f->addNumber(
        QStringLiteral("vlan"), tr("VLAN"), tr("802.1Q VLAN id"), VlanRange.min, VlanRange.max,
        tr("untagged"), [](T t, int i) { return number(t.networks[i].vlan); },
        [](Topology &t, int i, const QString &v) { t.networks[i].vlan = numberFrom(v); });
    f->addNumber(
        QStringLiteral("mtu"), tr("MTU"), tr("Maximum transmission unit"), MtuRange.min,
        MtuRange.max, tr("default"), [](T t, int i) { return number(t.networks[i].mtu); },
        [](Topology &t, int i, const QString &v) { t.networks[i].mtu = numberFrom(v); });
    f->addText(
        QStringLiteral("dns"), tr("DNS servers"), tr("Name servers, separated by commas"),
        [](T t, int i) { return join(t.networks[i].dns); },
        [](Topology &t, int i, const QString &v) { t.networks[i].dns = FieldChecks::splitList(v); },
        [](const QString &v, T, int) { return FieldChecks::addressList(v); });
    return f;
}

PropertyForm *PropertyForms::node(DesignEditor *editor, QWidget *parent)
{
    auto *f = new PropertyForm(editor, ObjectKind::Node, parent);
    f->addText(
        QLatin1StringView(PropertyForm::NameKey), tr("Name"),
        tr("The hostname; storage pools and SSH jumps follow a rename"),
        [](T t, int i) { return t.nodes[i].name; }, {}, nameCheck(ObjectKind::Node));
    QStringList roleLabels;
    for (const QString &role : enumSpellings<Role>())
        roleLabels << role;
    f->addFlags(
        QStringLiteral("roles"), tr("Roles"), tr("What the node does in the cluster"),
        enumSpellings<Role>(), roleLabels,
        [](T t, int i) {
            QStringList roles;
            for (Role r : t.nodes[i].roles)
                roles << toString(r);
            return roles.join(u',');
        },
        [](Topology &t, int i, const QString &v) {
            QList<Role> roles;
            for (const QString &r : v.split(u',', Qt::SkipEmptyParts))
                roles << spelled(r, Role::Worker);
            t.nodes[i].roles = roles;
        });
    f->addChoice(
        QStringLiteral("host"), tr("Host"), tr("The physical machine it runs on"),
        names(ObjectKind::Host, true), [](T t, int i) { return t.nodes[i].host; },
        [](Topology &t, int i, const QString &v) { t.nodes[i].host = v; });
    f->addNumber(
        QStringLiteral("cpus"), tr("CPUs"), tr("Number of CPUs"), 1, 4096, tr("not set"),
        [](T t, int i) { return number(t.nodes[i].cpus); },
        [](Topology &t, int i, const QString &v) { t.nodes[i].cpus = numberFrom(v); });
    f->addNumber(
        QStringLiteral("memoryMiB"), tr("Memory (MiB)"), tr("Memory in MiB"), 1, 16 * 1024 * 1024,
        tr("not set"), [](T t, int i) { return number(t.nodes[i].memoryMiB); },
        [](Topology &t, int i, const QString &v) { t.nodes[i].memoryMiB = numberFrom(v); });
    auto *interfaces = new InterfaceList(editor, f);
    f->addCustom(tr("Interfaces"), interfaces, [interfaces](int i) { interfaces->setNode(i); });
    f->addSection(tr("SSH"));
    f->addText(
        QStringLiteral("ssh.address"), tr("Address"), tr("Empty: the first interface's address"),
        [](T t, int i) { return t.nodes[i].ssh.address; },
        [](Topology &t, int i, const QString &v) { t.nodes[i].ssh.address = v; },
        [](const QString &v, T, int) { return FieldChecks::address(v, false); });
    f->addNumber(
        QStringLiteral("ssh.port"), tr("Port"), tr("SSH port"), PortRange.min, PortRange.max,
        tr("22"), [](T t, int i) { return number(t.nodes[i].ssh.port); },
        [](Topology &t, int i, const QString &v) { t.nodes[i].ssh.port = numberFrom(v); });
    f->addText(
        QStringLiteral("ssh.user"), tr("User"), tr("The login user"),
        [](T t, int i) { return t.nodes[i].ssh.user; },
        [](Topology &t, int i, const QString &v) { t.nodes[i].ssh.user = v; });
    f->addText(
        QStringLiteral("ssh.identityFile"), tr("Identity file"),
        tr("The private key to log in with"),
        [](T t, int i) { return t.nodes[i].ssh.identityFile; },
        [](Topology &t, int i, const QString &v) { t.nodes[i].ssh.identityFile = v; });
    f->addChoice(
        QStringLiteral("ssh.jump"), tr("Jump host"),
        tr("The bastion node to connect through, or [user@]host[:port]"),
        names(ObjectKind::Node, true), [](T t, int i) { return t.nodes[i].ssh.jump; },
        [](Topology &t, int i, const QString &v) { t.nodes[i].ssh.jump = v; }, true);
    return f;
}

PropertyForm *PropertyForms::vip(DesignEditor *editor, QWidget *parent)
{
    auto *f = new PropertyForm(editor, ObjectKind::Vip, parent);
    f->addText(
        QLatin1StringView(PropertyForm::NameKey), tr("Name"),
        tr("The cluster endpoint may refer to it"), [](T t, int i) { return t.vips[i].name; }, {},
        nameCheck(ObjectKind::Vip));
    f->addChoice(
        QStringLiteral("purpose"), tr("Purpose"), tr("API endpoint or LoadBalancer pool"),
        spellings<VipPurpose>(), [](T t, int i) { return toString(t.vips[i].purpose); },
        [](Topology &t, int i, const QString &v) {
            t.vips[i].purpose = spelled(v, VipPurpose::ApiEndpoint);
        });
    f->addChoice(
        QStringLiteral("network"), tr("Network"), tr("The network the addresses are on"),
        names(ObjectKind::Network, false), [](T t, int i) { return t.vips[i].network; },
        [](Topology &t, int i, const QString &v) { t.vips[i].network = v; });
    f->addText(
        QStringLiteral("address"), tr("Address"), tr("The API endpoint's address"),
        [](T t, int i) { return t.vips[i].address; },
        [](Topology &t, int i, const QString &v) { t.vips[i].address = v; },
        [](const QString &v, T t, int i) {
            return FieldChecks::addressIn(v, t, t.vips[i].network, false);
        });
    f->addText(
        QStringLiteral("range"), tr("Range"), tr("A LoadBalancer pool: a-b or a CIDR"),
        [](T t, int i) { return t.vips[i].range; },
        [](Topology &t, int i, const QString &v) { t.vips[i].range = v; },
        [](const QString &v, T, int) { return v.isEmpty() ? QString() : FieldChecks::range(v); });
    f->addChoice(
        QStringLiteral("provider"), tr("Provider"), tr("What holds the addresses"),
        spellings<VipProvider>(), [](T t, int i) { return toString(t.vips[i].provider); },
        [](Topology &t, int i, const QString &v) {
            t.vips[i].provider = spelled(v, VipProvider::Keepalived);
        });
    return f;
}

PropertyForm *PropertyForms::storage(DesignEditor *editor, QWidget *parent)
{
    auto *f = new PropertyForm(editor, ObjectKind::Storage, parent);
    f->addText(
        QLatin1StringView(PropertyForm::NameKey), tr("Name"), tr("The storage class name"),
        [](T t, int i) { return t.storage[i].name; }, {}, nameCheck(ObjectKind::Storage));
    f->addChoice(
        QStringLiteral("type"), tr("Type"), tr("NFS share, Ceph or Longhorn pool"),
        spellings<StorageType>(), [](T t, int i) { return toString(t.storage[i].type); },
        [](Topology &t, int i, const QString &v) {
            t.storage[i].type = spelled(v, StorageType::Nfs);
        });
    f->addChoice(
        QStringLiteral("network"), tr("Network"), tr("NFS: the network the server is on"),
        names(ObjectKind::Network, true), [](T t, int i) { return t.storage[i].network; },
        [](Topology &t, int i, const QString &v) { t.storage[i].network = v; });
    f->addText(
        QStringLiteral("server"), tr("Server"), tr("NFS: the server's address"),
        [](T t, int i) { return t.storage[i].server; },
        [](Topology &t, int i, const QString &v) { t.storage[i].server = v; },
        [](const QString &v, T t, int i) {
            return FieldChecks::addressIn(v, t, t.storage[i].network, false);
        });
    f->addText(
        QStringLiteral("export"), tr("Export"), tr("NFS: the exported path"),
        [](T t, int i) { return t.storage[i].exportPath; },
        [](Topology &t, int i, const QString &v) { t.storage[i].exportPath = v; });
    f->addText(
        QStringLiteral("nodes"), tr("Nodes"), tr("Ceph and Longhorn: the nodes holding data"),
        [](T t, int i) { return join(t.storage[i].nodes); },
        [](Topology &t, int i, const QString &v) {
            t.storage[i].nodes = FieldChecks::splitList(v);
        },
        [](const QString &v, T t, int) { return FieldChecks::nodeList(v, t); });
    f->addNumber(
        QStringLiteral("replicas"), tr("Replicas"), tr("Copies of each object"), 1, 64,
        tr("not set"), [](T t, int i) { return number(t.storage[i].replicas); },
        [](Topology &t, int i, const QString &v) { t.storage[i].replicas = numberFrom(v); });
    f->addNumber(
        QStringLiteral("erasureCoding.data"), tr("EC data chunks"),
        tr("Erasure coding: data chunks (not set: replication)"), 1, 64, tr("not set"),
        [](T t, int i) {
            const auto &ec = t.storage[i].erasureCoding;
            return ec ? QString::number(ec->dataChunks) : QString();
        },
        [](Topology &t, int i, const QString &v) {
            auto &ec = t.storage[i].erasureCoding;
            if (v.isEmpty())
                ec.reset();
            else
                ec = ErasureCoding{v.toInt(), ec ? ec->codingChunks : 1};
        });
    f->addNumber(
        QStringLiteral("erasureCoding.coding"), tr("EC coding chunks"),
        tr("Erasure coding: coding chunks"), 1, 64, tr("not set"),
        [](T t, int i) {
            const auto &ec = t.storage[i].erasureCoding;
            return ec ? QString::number(ec->codingChunks) : QString();
        },
        [](Topology &t, int i, const QString &v) {
            auto &ec = t.storage[i].erasureCoding;
            if (v.isEmpty())
                ec.reset();
            else
                ec = ErasureCoding{ec ? ec->dataChunks : 2, v.toInt()};
        });
    return f;
}

} // namespace Clusterwright
