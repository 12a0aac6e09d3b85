// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "canvas/designitem.h"
#include "canvas/itemtypes.h"
#include "canvas/layoutengine.h"
#include "model/topology.h"

#include <QCoreApplication>
#include <QStaticText>

namespace Clusterwright {

// A network as a labelled horizontal bus: a box with name, CIDR, VLAN and gateway at the
// left end, then the line the nodes' links join.
class NetworkItem : public DesignItem
{
    Q_DECLARE_TR_FUNCTIONS(Clusterwright::NetworkItem)

public:
    enum { Type = int(ItemType::Network) };

    explicit NetworkItem(int index);

    int type() const override { return Type; }
    QRectF boundingRect() const override { return m_bounds; }
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    void setNetwork(const Network &network);
    void setGeometry(const LayoutEngine::Bus &bus);
    LayoutEngine::Bus geometry() const { return m_bus; }
    // The y of the bus line in scene coordinates.
    qreal busY() const { return m_bus.y; }
    // True when `scenePoint` is on the line or the label box (drop target test).
    bool hitsBus(QPointF scenePoint) const;

private:
    void updateBounds();
    QRectF labelRect() const;
    QLineF busLine() const;

    LayoutEngine::Bus m_bus;
    QStaticText m_nameText;
    QStaticText m_detailText;
    QSizeF m_labelSize;
    QRectF m_bounds;
};

} // namespace Clusterwright
