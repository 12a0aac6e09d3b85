// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "canvas/itemtypes.h"
#include "canvas/layoutengine.h"

#include <QGraphicsItem>
#include <QStaticText>

namespace Clusterwright {

// A node's interface: a line from the card to its network's bus, labelled with the address.
// An interface naming no known network shows as a short dashed stub. Not selectable: the
// node owns it.
class LinkItem : public QGraphicsItem
{
public:
    enum { Type = int(ItemType::Link) };

    LinkItem();

    int type() const override { return Type; }
    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    void setInterface(const QString &address, const QString &network);
    void setGeometry(const LayoutEngine::Link &link);
    LayoutEngine::Link geometry() const { return m_link; }
    QString address() const { return m_address; }

private:
    void updateBounds();
    QRectF labelRect() const;

    LayoutEngine::Link m_link;
    QString m_address;
    QString m_network;
    QStaticText m_label;
    QSizeF m_labelSize;
    QRectF m_bounds;
};

} // namespace Clusterwright
