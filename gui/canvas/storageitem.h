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

// A storage pool as a cylinder hanging off its network's bus (for Ceph and Longhorn, the
// network most of its nodes are on), on the side away from the nodes.
class StorageItem : public DesignItem
{
    Q_DECLARE_TR_FUNCTIONS(Clusterwright::StorageItem)

public:
    enum { Type = int(ItemType::Storage) };

    explicit StorageItem(int index);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    void setStorage(const Storage &storage);
    void setGeometry(const LayoutEngine::Tag &tag);
    LayoutEngine::Tag geometry() const { return m_tag; }
    QStringList memberNodes() const { return m_nodes; }

private:
    QRectF body() const;

    LayoutEngine::Tag m_tag;
    StorageType m_type = StorageType::Nfs;
    QStringList m_nodes;
    QStaticText m_nameText;
    QStaticText m_detailText;
};

} // namespace Clusterwright
