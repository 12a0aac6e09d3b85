// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "canvas/designitem.h"
#include "canvas/itemtypes.h"
#include "model/topology.h"

#include <QCoreApplication>
#include <QStaticText>

namespace Clusterwright {

// A node as a card: name, role chips and size. The card's top-left is the node's position.
class NodeItem : public DesignItem
{
    Q_DECLARE_TR_FUNCTIONS(Clusterwright::NodeItem)

public:
    enum { Type = int(ItemType::Node) };

    explicit NodeItem(int index);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    void setNode(const Node &node);
    QList<Role> roles() const { return m_roles; }

    // A run's state: tints the card and writes the step where the size line was.
    void setRunState(const NodeRunState &state);
    const NodeRunState &runState() const { return m_run; }

private:
    QList<Role> m_roles;
    QStaticText m_nameText;
    QStaticText m_specText;
    NodeRunState m_run;
};

} // namespace Clusterwright
