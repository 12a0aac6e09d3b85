// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "tree/topologytreeview.h"

#include "tree/topologytreemodel.h"

#include <QHeaderView>

namespace Clusterwright {

TopologyTreeView::TopologyTreeView(TopologyTreeModel *model, QWidget *parent)
    : QTreeView(parent)
    , m_model(model)
{
    setModel(model);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setAllColumnsShowFocus(true);
    header()->setStretchLastSection(true);
    connect(model, &QAbstractItemModel::modelReset, this, &TopologyTreeView::expandGroups);
    expandGroups();
}

void TopologyTreeView::expandGroups()
{
    for (int row = 0; row < m_model->rowCount(); ++row)
        expand(m_model->index(row, TopologyTreeModel::NameColumn));
    // Which node runs on which machine is the first thing to check in a design.
    const QModelIndex hosts = m_model->groupIndex(TopologyTreeModel::Group::Hosts);
    for (int row = 0; row < m_model->rowCount(hosts); ++row)
        expand(m_model->index(row, TopologyTreeModel::NameColumn, hosts));

    // Fit the names plus a gap, but leave the column draggable.
    resizeColumnToContents(TopologyTreeModel::NameColumn);
    setColumnWidth(TopologyTreeModel::NameColumn, columnWidth(TopologyTreeModel::NameColumn)
                                                      + fontMetrics().averageCharWidth() * 3);
}

} // namespace Clusterwright
