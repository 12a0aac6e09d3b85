// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "canvas/vipitem.h"

#include "canvas/designstyle.h"

#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

namespace Clusterwright {
namespace {

constexpr qreal W = LayoutEngine::TagWidth;
constexpr qreal H = LayoutEngine::TagHeight;
constexpr qreal Point = 12; // the tag's pointed left end

// "192.168.8.128-192.168.8.255" reads as "192.168.8.128–.255" when the two share a prefix.
QString compactRange(const QString &range)
{
    const qsizetype dash = range.indexOf(u'-');
    if (dash < 0)
        return range;
    const QString first = range.left(dash);
    const QString last = range.mid(dash + 1);
    const qsizetype cut = last.lastIndexOf(u'.');
    if (cut > 0 && first.startsWith(last.left(cut + 1)))
        return first + QStringLiteral("–") + last.mid(cut);
    return first + QStringLiteral("–") + last;
}

PaletteItemKind paletteKind(VipPurpose purpose)
{
    return purpose == VipPurpose::ApiEndpoint ? PaletteItemKind::ApiVip
                                              : PaletteItemKind::LoadBalancerPool;
}

} // namespace

VipItem::VipItem(int index)
    : DesignItem(ObjectKind::Vip, index)
{
    setZValue(zValueOf(ItemLayer::Tag));
    setCacheMode(DeviceCoordinateCache);
    m_nameText.setTextFormat(Qt::PlainText);
    m_addressText.setTextFormat(Qt::PlainText);
}

void VipItem::setVip(const Vip &vip, bool isClusterEndpoint)
{
    setObjectName(vip.name);
    m_purpose = vip.purpose;
    const QFontMetricsF names(DesignStyle::nameFont());
    const QFontMetricsF details(DesignStyle::detailFont());
    const qreal chip = DesignStyle::chipWidth(DesignStyle::paletteChipText(paletteKind(m_purpose)));
    QString name = vip.name;
    if (isClusterEndpoint)
        name += QStringLiteral(" · ") + tr("endpoint");
    m_nameText.setText(names.elidedText(name, Qt::ElideRight,
                                        W - Point - chip - 14 - 2 * DesignStyle::BadgeRadius));
    QString value = vip.purpose == VipPurpose::ApiEndpoint ? vip.address : compactRange(vip.range);
    if (value.isEmpty())
        value = tr("no address");
    m_addressText.setText(details.elidedText(value + QStringLiteral(" · ") + toString(vip.provider),
                                             Qt::ElideRight, W - Point - 10));
    setDetails((vip.purpose == VipPurpose::ApiEndpoint ? vip.address : vip.range) + u'\n'
               + toString(vip.provider));
    update();
}

void VipItem::setGeometry(const LayoutEngine::Tag &tag)
{
    m_tag = tag;
    setPos(tag.anchor);
}

QPainterPath VipItem::outline() const
{
    QPainterPath path;
    path.moveTo(0, 0);
    path.lineTo(Point, -H / 2);
    path.lineTo(W, -H / 2);
    path.lineTo(W, H / 2);
    path.lineTo(Point, H / 2);
    path.closeSubpath();
    return path;
}

QRectF VipItem::boundingRect() const
{
    return QRectF(0, -H / 2, W, H).adjusted(-2, -DesignStyle::BadgeRadius - 2, 2, 2);
}

QPainterPath VipItem::shape() const
{
    return outline();
}

void VipItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QPalette palette = scene() ? scene()->palette() : QPalette();
    const PaletteItemKind kind = paletteKind(m_purpose);
    const QColor color = DesignStyle::paletteColor(kind);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(
        QPen(isSelected() ? palette.color(QPalette::Highlight) : color, isSelected() ? 2.5 : 1.8));
    painter->setBrush(palette.color(QPalette::Base));
    painter->drawPath(outline());
    painter->setBrush(color);
    painter->setPen(Qt::NoPen);
    painter->drawEllipse(QPointF(Point - 2, 0), 2.5, 2.5);

    const qreal chip = DesignStyle::drawChip(painter, QPointF(Point + 4, -H / 2 + 4), color,
                                             DesignStyle::paletteChipText(kind));
    painter->setPen(palette.color(QPalette::Text));
    painter->setFont(DesignStyle::nameFont());
    painter->drawStaticText(QPointF(Point + 4 + chip + 5, -H / 2 + 2), m_nameText);
    painter->setFont(DesignStyle::detailFont());
    painter->drawStaticText(QPointF(Point + 4, 1), m_addressText);
    paintBadge(painter, QPointF(W - DesignStyle::BadgeRadius - 3, -H / 2 + 1));
}

} // namespace Clusterwright
