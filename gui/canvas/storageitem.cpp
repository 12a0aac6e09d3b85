// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "canvas/storageitem.h"

#include "canvas/designstyle.h"

#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

namespace Clusterwright {
namespace {

constexpr qreal W = LayoutEngine::TagWidth;
constexpr qreal Stem = 16;
constexpr qreal BodyHeight = 54;
constexpr qreal Lid = 12; // height of the elliptic top

PaletteItemKind paletteKind(StorageType type)
{
    return type == StorageType::Nfs ? PaletteItemKind::NfsStorage : PaletteItemKind::CephStorage;
}

} // namespace

StorageItem::StorageItem(int index)
    : DesignItem(ObjectKind::Storage, index)
{
    setZValue(zValueOf(ItemLayer::Tag));
    setCacheMode(DeviceCoordinateCache);
    m_nameText.setTextFormat(Qt::PlainText);
    m_detailText.setTextFormat(Qt::PlainText);
}

void StorageItem::setStorage(const Storage &s)
{
    setObjectName(s.name);
    m_type = s.type;
    m_nodes = s.nodes;
    const QFontMetricsF names(DesignStyle::nameFont());
    const QFontMetricsF details(DesignStyle::detailFont());
    const QString chip = s.type == StorageType::Longhorn
                             ? tr("LH", "chip")
                             : DesignStyle::paletteChipText(paletteKind(s.type));
    m_nameText.setText(
        names.elidedText(s.name, Qt::ElideRight,
                         W - DesignStyle::chipWidth(chip) - 20 - 2 * DesignStyle::BadgeRadius));
    QString detail;
    if (s.type == StorageType::Nfs) {
        detail = s.server.isEmpty() ? tr("no server") : s.server + u':' + s.exportPath;
    } else {
        detail = s.nodes.size() == 1 ? tr("1 node") : tr("%n nodes", "", int(s.nodes.size()));
        if (s.erasureCoding)
            detail += tr(" · EC %1+%2")
                          .arg(s.erasureCoding->dataChunks)
                          .arg(s.erasureCoding->codingChunks);
        else if (s.replicas)
            detail += tr(" · %1 replicas").arg(*s.replicas);
    }
    m_detailText.setText(details.elidedText(detail, Qt::ElideMiddle, W - 16));
    QString tip = toString(s.type) + u'\n' + detail;
    if (!s.nodes.isEmpty())
        tip += u'\n' + s.nodes.join(QStringLiteral(", "));
    setDetails(tip);
    update();
}

void StorageItem::setGeometry(const LayoutEngine::Tag &tag)
{
    if (tag == m_tag)
        return;
    prepareGeometryChange();
    m_tag = tag;
    setPos(tag.anchor);
}

QRectF StorageItem::body() const
{
    // Detached pools sit on their own; attached ones hang away from the nodes.
    if (m_tag.network < 0)
        return QRectF(0, 0, W, BodyHeight);
    return m_tag.above ? QRectF(0, -Stem - BodyHeight, W, BodyHeight)
                       : QRectF(0, Stem, W, BodyHeight);
}

QRectF StorageItem::boundingRect() const
{
    return (body() | QRectF(W / 2 - 2, -2, 4, 4)).adjusted(-3, -DesignStyle::BadgeRadius - 3, 3, 3);
}

QPainterPath StorageItem::shape() const
{
    QPainterPath path;
    path.addRoundedRect(body(), 6, 6);
    return path;
}

void StorageItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QPalette palette = scene() ? scene()->palette() : QPalette();
    const PaletteItemKind kind = paletteKind(m_type);
    const QColor color = DesignStyle::paletteColor(kind);
    const QRectF b = body();
    painter->setRenderHint(QPainter::Antialiasing);

    if (m_tag.network >= 0) {
        painter->setPen(QPen(color, 2));
        const qreal edge = m_tag.above ? b.bottom() : b.top();
        painter->drawLine(QPointF(W / 2, 0), QPointF(W / 2, edge));
        painter->setBrush(color);
        painter->drawEllipse(QPointF(W / 2, 0), 3.5, 3.5);
    }

    // The cylinder: body, bottom curve, lid.
    const QPen pen(isSelected() ? palette.color(QPalette::Highlight) : color,
                   isSelected() ? 2.5 : 1.8);
    painter->setPen(pen);
    QColor fill = palette.color(QPalette::Base);
    painter->setBrush(fill);
    QPainterPath cylinder;
    cylinder.moveTo(b.left(), b.top() + Lid / 2);
    cylinder.lineTo(b.left(), b.bottom() - Lid / 2);
    cylinder.arcTo(QRectF(b.left(), b.bottom() - Lid, W, Lid), 180, 180);
    cylinder.lineTo(b.right(), b.top() + Lid / 2);
    cylinder.arcTo(QRectF(b.left(), b.top(), W, Lid), 0, 180);
    painter->drawPath(cylinder);
    QColor lid = color;
    lid.setAlphaF(0.35);
    painter->setBrush(lid);
    painter->drawEllipse(QRectF(b.left(), b.top(), W, Lid));

    const QString chipText
        = m_type == StorageType::Longhorn ? tr("LH", "chip") : DesignStyle::paletteChipText(kind);
    const QPointF origin(b.left() + 8, b.top() + Lid + 2);
    const qreal chip = DesignStyle::drawChip(painter, origin + QPointF(0, 1), color, chipText);
    painter->setPen(palette.color(QPalette::Text));
    painter->setFont(DesignStyle::nameFont());
    painter->drawStaticText(origin + QPointF(chip + 5, -1), m_nameText);
    painter->setFont(DesignStyle::detailFont());
    painter->drawStaticText(origin + QPointF(0, 19), m_detailText);
    paintBadge(painter, QPointF(b.right() - DesignStyle::BadgeRadius - 3, b.top() + Lid + 8));
}

} // namespace Clusterwright
