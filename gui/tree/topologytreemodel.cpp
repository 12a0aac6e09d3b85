// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "tree/topologytreemodel.h"

#include "model/topologydocument.h"

#include <QSet>

#include <vector>

namespace Clusterwright {

using ItemKind = TopologyTreeModel::ItemKind;
using Group = TopologyTreeModel::Group;

struct TopologyTreeModel::Item
{
    ItemKind kind = ItemKind::Root;
    QString name;
    QString details;
    int group = -1;
    int objectIndex = -1;
    Item *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Item>> children;

    Item *add(ItemKind childKind, const QString &childName, const QString &childDetails = {},
              int childObjectIndex = -1)
    {
        auto child = std::make_unique<Item>();
        child->kind = childKind;
        child->name = childName;
        child->details = childDetails;
        child->objectIndex = childObjectIndex;
        child->parent = this;
        child->row = int(children.size());
        children.push_back(std::move(child));
        return children.back().get();
    }
};

namespace {

using Item = TopologyTreeModel::Item;

QString joined(const QStringList &parts)
{
    QStringList nonEmpty = parts;
    nonEmpty.removeAll(QString());
    return nonEmpty.join(QStringLiteral(" · "));
}

QString rolesText(const Node &node)
{
    if (node.roles.isEmpty())
        return TopologyTreeModel::tr("no role");
    QStringList names;
    for (Role role : node.roles)
        names << toString(role);
    return names.join(QStringLiteral(", "));
}

QString memoryText(int mib)
{
    if (mib > 0 && mib % 1024 == 0)
        return TopologyTreeModel::tr("%1 GiB RAM").arg(mib / 1024);
    return TopologyTreeModel::tr("%1 MiB RAM").arg(mib);
}

QString orNone(const QString &text)
{
    return text.isEmpty() ? TopologyTreeModel::tr("none") : text;
}

QString endpointText(const Topology &topology)
{
    const QString &endpoint = topology.cluster.controlPlaneEndpoint;
    if (endpoint.isEmpty())
        return TopologyTreeModel::tr("not set");
    const int vip = topology.vipIndex(endpoint);
    if (vip < 0)
        return endpoint;
    const Vip &v = topology.vips[vip];
    return TopologyTreeModel::tr("%1 (VIP %2)")
        .arg(endpoint, v.address.isEmpty() ? v.range : v.address);
}

void addCluster(Item *group, const Topology &t)
{
    const ClusterSettings &c = t.cluster;
    group->details = t.metadata.name;
    group->add(ItemKind::Setting, TopologyTreeModel::tr("Kubernetes version"), c.kubernetesVersion);
    group->add(ItemKind::Setting, TopologyTreeModel::tr("Pod CIDR"),
               c.podCidrs.join(QStringLiteral(", ")));
    group->add(ItemKind::Setting, TopologyTreeModel::tr("Service CIDR"),
               c.serviceCidrs.join(QStringLiteral(", ")));
    group->add(ItemKind::Setting, TopologyTreeModel::tr("DNS domain"), c.dnsDomain);
    group->add(ItemKind::Setting, TopologyTreeModel::tr("CNI"), toString(c.cni));
    group->add(ItemKind::Setting, TopologyTreeModel::tr("kube-proxy"), toString(c.kubeProxy));
    group->add(ItemKind::Setting, TopologyTreeModel::tr("etcd"), toString(c.etcd));
    group->add(ItemKind::Setting, TopologyTreeModel::tr("API endpoint"), endpointText(t));
}

void addHosts(Item *group, const Topology &t)
{
    group->details = QString::number(t.hosts.size());
    QSet<QString> hostNames;
    for (int h = 0; h < t.hosts.size(); ++h) {
        const Host &host = t.hosts[h];
        hostNames.insert(host.name);
        Item *item = group->add(ItemKind::Host, host.name, host.address, h);
        for (int n = 0; n < t.nodes.size(); ++n) {
            if (t.nodes[n].host == host.name)
                item->add(ItemKind::Placement, t.nodes[n].name, rolesText(t.nodes[n]), n);
        }
    }
    // Nodes outside every host still belong somewhere in this outline; an unknown host
    // name is a design error the user should see here, not only in the validator.
    Item *unplaced = nullptr;
    for (int n = 0; n < t.nodes.size(); ++n) {
        const Node &node = t.nodes[n];
        if (hostNames.contains(node.host))
            continue;
        if (!unplaced)
            unplaced
                = group->add(ItemKind::Unplaced, TopologyTreeModel::tr("Not on a listed host"));
        const QString where = node.host.isEmpty()
                                  ? QString()
                                  : TopologyTreeModel::tr("unknown host %1").arg(node.host);
        unplaced->add(ItemKind::Placement, node.name, joined({rolesText(node), where}), n);
    }
}

void addNetworks(Item *group, const Topology &t)
{
    group->details = QString::number(t.networks.size());
    for (int i = 0; i < t.networks.size(); ++i) {
        const Network &net = t.networks[i];
        const QString details = joined({
            net.cidr,
            net.vlan ? TopologyTreeModel::tr("VLAN %1").arg(*net.vlan) : QString(),
            net.gateway.isEmpty() ? TopologyTreeModel::tr("no gateway")
                                  : TopologyTreeModel::tr("gateway %1").arg(net.gateway),
            net.mtu ? TopologyTreeModel::tr("MTU %1").arg(*net.mtu) : QString(),
            net.dns.isEmpty()
                ? QString()
                : TopologyTreeModel::tr("DNS %1").arg(net.dns.join(QStringLiteral(", "))),
        });
        Item *item = group->add(ItemKind::Network, net.name, details, i);
        for (int n = 0; n < t.nodes.size(); ++n) {
            for (const Interface &iface : t.nodes[n].interfaces) {
                if (iface.network == net.name)
                    item->add(ItemKind::Attachment, t.nodes[n].name, orNone(iface.address), n);
            }
        }
    }
}

QString sshText(const Node &node)
{
    const SshAccess &ssh = node.ssh;
    QString address = ssh.address;
    if (address.isEmpty() && !node.interfaces.isEmpty())
        address = node.interfaces.first().address;
    QString target = ssh.user.isEmpty() ? address : ssh.user + QLatin1Char('@') + address;
    target += QLatin1Char(':') + QString::number(ssh.port.value_or(22));
    return joined({
        target,
        ssh.jump.isEmpty() ? QString() : TopologyTreeModel::tr("via %1").arg(ssh.jump),
        ssh.identityFile.isEmpty() ? QString()
                                   : TopologyTreeModel::tr("key %1").arg(ssh.identityFile),
    });
}

void addNodes(Item *group, const Topology &t)
{
    group->details = QString::number(t.nodes.size());
    for (int i = 0; i < t.nodes.size(); ++i) {
        const Node &node = t.nodes[i];
        const QString details = joined({
            rolesText(node),
            node.host.isEmpty() ? QString() : TopologyTreeModel::tr("on %1").arg(node.host),
            node.cpus ? TopologyTreeModel::tr("%1 CPU").arg(*node.cpus) : QString(),
            node.memoryMiB ? memoryText(*node.memoryMiB) : QString(),
        });
        Item *item = group->add(ItemKind::Node, node.name, details, i);
        for (const Interface &iface : node.interfaces)
            item->add(ItemKind::Interface, iface.network, orNone(iface.address));
        if (!node.ssh.isEmpty())
            item->add(ItemKind::Ssh, TopologyTreeModel::tr("SSH"), sshText(node));
    }
}

void addVips(Item *group, const Topology &t)
{
    group->details = QString::number(t.vips.size());
    for (int i = 0; i < t.vips.size(); ++i) {
        const Vip &vip = t.vips[i];
        const QString purpose = vip.purpose == VipPurpose::ApiEndpoint
                                    ? TopologyTreeModel::tr("API endpoint")
                                    : TopologyTreeModel::tr("LoadBalancer pool");
        const QString details = joined({
            purpose,
            vip.address.isEmpty() ? vip.range : vip.address,
            toString(vip.provider),
            vip.network.isEmpty() ? QString() : TopologyTreeModel::tr("on %1").arg(vip.network),
        });
        group->add(ItemKind::Vip, vip.name, details, i);
    }
}

void addStorage(Item *group, const Topology &t)
{
    group->details = QString::number(t.storage.size());
    for (int i = 0; i < t.storage.size(); ++i) {
        const Storage &s = t.storage[i];
        QStringList parts{toString(s.type)};
        if (!s.server.isEmpty() || !s.exportPath.isEmpty())
            parts << s.server + QLatin1Char(':') + s.exportPath;
        if (!s.network.isEmpty())
            parts << TopologyTreeModel::tr("on %1").arg(s.network);
        if (!s.nodes.isEmpty())
            parts << TopologyTreeModel::tr("on %1").arg(s.nodes.join(QStringLiteral(", ")));
        if (s.erasureCoding) {
            parts << TopologyTreeModel::tr("erasure coded %1+%2")
                         .arg(s.erasureCoding->dataChunks)
                         .arg(s.erasureCoding->codingChunks);
        }
        if (s.replicas)
            parts << TopologyTreeModel::tr("%1 replicas").arg(*s.replicas);
        group->add(ItemKind::Storage, s.name, joined(parts), i);
    }
}

} // namespace

TopologyTreeModel::TopologyTreeModel(TopologyDocument *document, QObject *parent)
    : QAbstractItemModel(parent)
    , m_document(document)
{
    rebuild();
    connect(document, &TopologyDocument::aboutToReset, this, [this] { beginResetModel(); });
    connect(document, &TopologyDocument::resetDone, this, [this] {
        rebuild();
        endResetModel();
    });
    // First version: every fine-grained edit resets the model. Rows hold a snapshot, so
    // the about-to signals need no handling; finer updates can come when the outline
    // has selection and expansion worth keeping.
    connect(document, &TopologyDocument::objectInserted, this, &TopologyTreeModel::refresh);
    connect(document, &TopologyDocument::objectRemoved, this, &TopologyTreeModel::refresh);
    connect(document, &TopologyDocument::objectChanged, this, &TopologyTreeModel::refresh);
    connect(document, &TopologyDocument::metadataChanged, this, &TopologyTreeModel::refresh);
    connect(document, &TopologyDocument::clusterChanged, this, &TopologyTreeModel::refresh);
}

TopologyTreeModel::~TopologyTreeModel() = default;

void TopologyTreeModel::refresh()
{
    beginResetModel();
    rebuild();
    endResetModel();
}

void TopologyTreeModel::rebuild()
{
    const Topology &t = m_document->topology();
    m_root = std::make_unique<Item>();
    const auto group = [this](Group g, const QString &name) {
        Item *item = m_root->add(ItemKind::Group, name);
        item->group = int(g);
        return item;
    };
    // Same order as the Group enum: groupIndex() relies on it.
    addCluster(group(Group::Cluster, tr("Cluster")), t);
    addHosts(group(Group::Hosts, tr("Physical hosts")), t);
    addNetworks(group(Group::Networks, tr("Networks")), t);
    addNodes(group(Group::Nodes, tr("Nodes")), t);
    addVips(group(Group::Vips, tr("VIPs")), t);
    addStorage(group(Group::Storage, tr("Storage")), t);
}

TopologyTreeModel::Item *TopologyTreeModel::itemAt(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Item *>(index.internalPointer()) : m_root.get();
}

QModelIndex TopologyTreeModel::groupIndex(Group group) const
{
    return index(int(group), NameColumn);
}

QModelIndex TopologyTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, itemAt(parent)->children[size_t(row)].get());
}

QModelIndex TopologyTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    Item *parent = itemAt(child)->parent;
    if (!parent || parent == m_root.get())
        return {};
    return createIndex(parent->row, NameColumn, parent);
}

int TopologyTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(itemAt(parent)->children.size());
}

int TopologyTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant TopologyTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Item *item = itemAt(index);
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == NameColumn ? item->name : item->details;
    case Qt::ToolTipRole:
        return item->details.isEmpty() ? QVariant() : QVariant(item->details);
    case ItemKindRole:
        return int(item->kind);
    case GroupRole:
        return item->group < 0 ? QVariant() : QVariant(item->group);
    case ObjectIndexRole:
        return item->objectIndex < 0 ? QVariant() : QVariant(item->objectIndex);
    default:
        return {};
    }
}

QVariant TopologyTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case DetailsColumn:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace Clusterwright
