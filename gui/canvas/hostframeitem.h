// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "canvas/designitem.h"
#include "canvas/itemtypes.h"
#include "model/topology.h"

#include <QCoreApplication>
#include <QStaticText>

namespace Clusterwright {

// A physical host as a titled frame around the nodes that run on it: the failure domain.
// Only the title bar and the border take clicks, so a rubber band can start inside.
class HostFrameItem : public DesignItem
{
    Q_DECLARE_TR_FUNCTIONS(Clusterwright::HostFrameItem)

public:
    enum { Type = int(ItemType::HostFrame) };

    explicit HostFrameItem(int index);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    void setHost(const Host &host, int nodeCount);
    void setFrame(const QRectF &sceneRect);
    QRectF frame() const { return m_frame; }

private:
    void updateTitle();

    QRectF m_frame; // scene coordinates; the item sits at its top-left
    QStaticText m_title;
    QStaticText m_detail;
    QString m_name;
};

} // namespace Clusterwright
