// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "canvas/networkitem.h"

#include "canvas/designstyle.h"

#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPainter>
#include <QPainterPathStroker>
#include <QPalette>

namespace Clusterwright {
namespace {

constexpr qreal LabelGap = 0;
constexpr qreal Pad = 7;
constexpr qreal LineWidth = 4;
constexpr qreal HitMargin = 8;

} // namespace

NetworkItem::NetworkItem(int index)
    : DesignItem(ObjectKind::Network, index)
{
    setZValue(zValueOf(ItemLayer::Network));
    m_nameText.setTextFormat(Qt::PlainText);
    m_detailText.setTextFormat(Qt::PlainText);
}

void NetworkItem::setNetwork(const Network &network)
{
    setObjectName(network.name);
    QStringList details{network.cidr.isEmpty() ? tr("no CIDR") : network.cidr};
    details << (network.vlan ? tr("VLAN %1").arg(*network.vlan) : tr("untagged"));
    if (!network.gateway.isEmpty())
        details << tr("gw %1").arg(network.gateway);
    if (network.mtu)
        details << tr("MTU %1").arg(*network.mtu);
    const QString detail = details.join(QStringLiteral(" · "));
    m_nameText.setText(network.name);
    m_detailText.setText(detail);
    const QFontMetricsF names(DesignStyle::nameFont());
    const QFontMetricsF details2(DesignStyle::detailFont());
    const qreal chip = DesignStyle::chipWidth(tr("NET", "chip")) + 6;
    const qreal width = std::max(chip + names.horizontalAdvance(network.name),
                                 details2.horizontalAdvance(detail));
    const qreal height = names.height() + details2.height() + 2;
    prepareGeometryChange();
    m_labelSize = QSizeF(std::ceil(width + 2 * Pad), std::ceil(height + 2 * Pad - 4));
    setPos(m_bus.xStart - m_labelSize.width() - LabelGap, m_bus.y);
    updateBounds();
    setDetails(detail);
    update();
}

void NetworkItem::setGeometry(const LayoutEngine::Bus &bus)
{
    if (bus == m_bus)
        return;
    prepareGeometryChange();
    m_bus = bus;
    setPos(m_bus.xStart - m_labelSize.width() - LabelGap, m_bus.y);
    updateBounds();
}

QRectF NetworkItem::labelRect() const
{
    return QRectF(QPointF(0, -m_labelSize.height() / 2), m_labelSize);
}

QLineF NetworkItem::busLine() const
{
    const qreal start = m_labelSize.width() + LabelGap;
    return QLineF(start, 0, start + (m_bus.xEnd - m_bus.xStart), 0);
}

void NetworkItem::updateBounds()
{
    const QLineF line = busLine();
    m_bounds = labelRect().adjusted(-3, -DesignStyle::BadgeRadius - 3, 3, 3)
               | QRectF(line.p1(), line.p2()).adjusted(0, -HitMargin, 0, HitMargin);
}

QPainterPath NetworkItem::shape() const
{
    QPainterPath path;
    path.addRoundedRect(labelRect(), 5, 5);
    const QLineF line = busLine();
    path.addRect(QRectF(line.p1(), line.p2()).adjusted(0, -HitMargin / 2, 0, HitMargin / 2));
    return path;
}

bool NetworkItem::hitsBus(QPointF scenePoint) const
{
    const QPointF p = mapFromScene(scenePoint);
    const QLineF line = busLine();
    const bool onLine = p.x() >= line.x1() && p.x() <= line.x2() && std::abs(p.y()) <= HitMargin;
    return onLine || labelRect().contains(p);
}

void NetworkItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QPalette palette = scene() ? scene()->palette() : QPalette();
    const QColor color = DesignStyle::networkColor(objectIndex());
    painter->setRenderHint(QPainter::Antialiasing);

    const qreal width = dropHighlight() ? LineWidth * 2.5 : LineWidth;
    if (isSelected() || dropHighlight()) {
        painter->setPen(
            QPen(palette.color(QPalette::Highlight), width + 4, Qt::SolidLine, Qt::RoundCap));
        painter->drawLine(busLine());
    }
    painter->setPen(QPen(color, width, Qt::SolidLine, Qt::RoundCap));
    painter->drawLine(busLine());

    const QRectF label = labelRect();
    painter->setPen(
        QPen(isSelected() ? palette.color(QPalette::Highlight) : color, isSelected() ? 2.5 : 2));
    painter->setBrush(palette.color(QPalette::Base));
    painter->drawRoundedRect(label, 5, 5);

    const QPointF origin = label.topLeft() + QPointF(Pad, Pad - 2);
    const qreal chip
        = DesignStyle::drawChip(painter, origin + QPointF(0, 1), color, tr("NET", "chip"));
    painter->setPen(palette.color(QPalette::Text));
    painter->setFont(DesignStyle::nameFont());
    painter->drawStaticText(origin + QPointF(chip + 6, -1), m_nameText);
    QColor dim = palette.color(QPalette::Text);
    dim.setAlphaF(0.75);
    painter->setPen(dim);
    painter->setFont(DesignStyle::detailFont());
    const qreal nameHeight = QFontMetricsF(DesignStyle::nameFont()).height();
    painter->drawStaticText(origin + QPointF(0, nameHeight + 1), m_detailText);

    paintBadge(painter, label.topRight() + QPointF(-2, 0));
}

} // namespace Clusterwright
