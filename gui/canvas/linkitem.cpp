// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "canvas/linkitem.h"

#include "canvas/designstyle.h"

#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPainter>
#include <QPalette>

namespace Clusterwright {
namespace {

constexpr qreal Dot = 4;
constexpr qreal LabelPad = 3;
constexpr qreal LabelOffset = 12;

} // namespace

LinkItem::LinkItem()
{
    setZValue(zValueOf(ItemLayer::Link));
    setAcceptedMouseButtons(Qt::NoButton);
    m_label.setTextFormat(Qt::PlainText);
}

void LinkItem::setInterface(const QString &address, const QString &network)
{
    if (address == m_address && network == m_network && !m_label.text().isEmpty())
        return;
    m_address = address;
    m_network = network;
    const QString text = m_link.network < 0 ? QStringLiteral("? %1").arg(network)
                                            : (address.isEmpty() ? QStringLiteral("—") : address);
    m_label.setText(text);
    const QFontMetricsF metrics(DesignStyle::detailFont());
    m_labelSize = QSizeF(std::ceil(metrics.horizontalAdvance(text)) + 2 * LabelPad,
                         std::ceil(metrics.height()) + 2);
    setToolTip(network + QLatin1Char(' ') + address);
    prepareGeometryChange();
    updateBounds();
}

void LinkItem::setGeometry(const LayoutEngine::Link &link)
{
    if (link == m_link)
        return;
    const bool danglingChanged = (link.network < 0) != (m_link.network < 0);
    prepareGeometryChange();
    m_link = link;
    if (danglingChanged) {
        m_label.setText({}); // force setInterface to rebuild the label text
        setInterface(m_address, m_network);
    }
    updateBounds();
}

QRectF LinkItem::labelRect() const
{
    // Beside the line just off the card, on the outer side: links of the cards behind this
    // one run further in, so they never cross the label.
    const QPointF end = m_link.network < 0 ? m_link.busEnd : m_link.nodeEnd;
    const bool up = m_link.busEnd.y() < m_link.nodeEnd.y();
    const qreal offset = LabelOffset + m_link.labelRow * (m_labelSize.height() + 2);
    const qreal centerY = end.y() + (up ? -offset : offset);
    QRectF rect(QPointF(0, 0), m_labelSize);
    rect.moveCenter(QPointF(0, centerY));
    if (m_link.labelLeft)
        rect.moveRight(end.x() - 2);
    else
        rect.moveLeft(end.x() + 2);
    return rect;
}

void LinkItem::updateBounds()
{
    m_bounds = QRectF(m_link.nodeEnd, m_link.busEnd)
                   .normalized()
                   .adjusted(-Dot - 1, -Dot - 1, Dot + 1, Dot + 1);
    m_bounds |= labelRect().adjusted(-1, -1, 1, 1);
}

void LinkItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QPalette palette = scene() ? scene()->palette() : QPalette();
    const bool dangling = m_link.network < 0;
    const QColor color = DesignStyle::networkColor(m_link.network);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(color, 2, dangling ? Qt::DashLine : Qt::SolidLine, Qt::FlatCap));
    painter->drawLine(m_link.nodeEnd, m_link.busEnd);
    if (!dangling) {
        painter->setPen(QPen(palette.color(QPalette::Base), 1.5));
        painter->setBrush(color);
        painter->drawEllipse(m_link.busEnd, Dot, Dot);
    }
    const QRectF label = labelRect();
    painter->setPen(QPen(color, 1));
    painter->setBrush(palette.color(QPalette::Base));
    painter->drawRoundedRect(label, 3, 3);
    painter->setPen(palette.color(QPalette::Text));
    painter->setFont(DesignStyle::detailFont());
    painter->drawStaticText(label.topLeft() + QPointF(LabelPad, 1), m_label);
}

} // namespace Clusterwright
