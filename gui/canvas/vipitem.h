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

// A VIP as a tag on its network's bus: the API endpoint with its address, a LoadBalancer
// pool with its range.
class VipItem : public DesignItem
{
    Q_DECLARE_TR_FUNCTIONS(Clusterwright::VipItem)

public:
    enum { Type = int(ItemType::Vip) };

    explicit VipItem(int index);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    void setVip(const Vip &vip, bool isClusterEndpoint);
    void setGeometry(const LayoutEngine::Tag &tag);
    LayoutEngine::Tag geometry() const { return m_tag; }

private:
    QPainterPath outline() const;

    LayoutEngine::Tag m_tag;
    VipPurpose m_purpose = VipPurpose::ApiEndpoint;
    QStaticText m_nameText;
    QStaticText m_addressText;
};

} // namespace Clusterwright
