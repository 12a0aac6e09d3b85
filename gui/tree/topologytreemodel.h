// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include <QAbstractItemModel>

#include <memory>

namespace Clusterwright {

class TopologyDocument;

// The design as an outline: cluster settings, hosts with their nodes, networks with
// their attached nodes, nodes with interfaces and SSH access, VIPs and storage.
// Holds a text snapshot of the document, rebuilt when the document changes, so the
// view never reads a half-edited topology.
class TopologyTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, DetailsColumn, ColumnCount };

    enum class Group { Cluster, Hosts, Networks, Nodes, Vips, Storage };

    // What a row stands for, so views and tests need not parse display text.
    enum class ItemKind {
        Root,
        Group,
        Setting,
        Host,
        Unplaced,  // pseudo-host: nodes with no or an unknown host
        Placement, // a node under its host
        Network,
        Attachment, // a node under a network
        Node,
        Interface,
        Ssh,
        Vip,
        Storage,
    };

    enum Roles {
        ItemKindRole = Qt::UserRole + 1, // ItemKind as int
        GroupRole,                       // Group as int, on group rows
        ObjectIndexRole, // index into the topology's list for hosts, networks, nodes,
                         // VIPs and storage (and the node of placements/attachments)
    };

    explicit TopologyTreeModel(TopologyDocument *document, QObject *parent = nullptr);
    ~TopologyTreeModel() override;

    QModelIndex groupIndex(Group group) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    struct Item;

private:
    void rebuild();
    void refresh();
    Item *itemAt(const QModelIndex &index) const;

    TopologyDocument *m_document;
    std::unique_ptr<Item> m_root;
};

} // namespace Clusterwright
