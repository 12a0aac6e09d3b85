// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include <QTreeView>

namespace Clusterwright {

class TopologyTreeModel;

// The outline view of a design. The model resets on every edit for now, so the view
// re-expands the groups afterwards instead of collapsing under the user's hands.
class TopologyTreeView : public QTreeView
{
    Q_OBJECT

public:
    explicit TopologyTreeView(TopologyTreeModel *model, QWidget *parent = nullptr);

private:
    void expandGroups();

    TopologyTreeModel *m_model;
};

} // namespace Clusterwright
