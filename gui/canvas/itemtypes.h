// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include <QGraphicsItem>

namespace Clusterwright {

// QGraphicsItem::type() values of the canvas items, for qgraphicsitem_cast.
enum class ItemType : int {
    Node = QGraphicsItem::UserType + 1,
    Network,
    Link,
    HostFrame,
    Vip,
    Storage,
};

// Stacking order: frames at the back, nodes in front.
enum class ItemLayer : int {
    HostFrame = 0,
    Network = 10,
    Link = 20,
    Tag = 30,
    Node = 40,
};

constexpr qreal zValueOf(ItemLayer layer)
{
    return qreal(int(layer));
}

} // namespace Clusterwright
