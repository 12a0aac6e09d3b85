// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "canvas/hostframeitem.h"

#include "canvas/designstyle.h"
#include "canvas/layoutengine.h"

#include <QCursor>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPainter>
#include <QPainterPathStroker>
#include <QPalette>

namespace Clusterwright {
namespace {

constexpr qreal Radius = 10;
constexpr qreal Border = 6; // clickable width of the border
constexpr qreal TitleLeft = 32;

// A rack server: two stacked units with a status light each.
void drawServerGlyph(QPainter *painter, QPointF topLeft, const QColor &color)
{
    painter->setPen(QPen(color, 1.2));
    painter->setBrush(Qt::NoBrush);
    for (int unit = 0; unit < 2; ++unit) {
        const QRectF box(topLeft + QPointF(0, unit * 8), QSizeF(16, 6.5));
        painter->drawRoundedRect(box, 1.5, 1.5);
        painter->setBrush(color);
        painter->drawEllipse(QPointF(box.right() - 3, box.center().y()), 1, 1);
        painter->setBrush(Qt::NoBrush);
    }
}

} // namespace

HostFrameItem::HostFrameItem(int index)
    : DesignItem(ObjectKind::Host, index)
{
    setZValue(zValueOf(ItemLayer::HostFrame));
    // The title bar drags the host with all its nodes.
    setCursor(Qt::SizeAllCursor);
    m_title.setTextFormat(Qt::PlainText);
    m_detail.setTextFormat(Qt::PlainText);
}

void HostFrameItem::setHost(const Host &host, int nodeCount)
{
    setObjectName(host.name);
    m_name = host.name;
    updateTitle();
    QStringList detail;
    if (!host.address.isEmpty())
        detail << host.address;
    detail << (nodeCount == 0   ? tr("empty: drop nodes here")
               : nodeCount == 1 ? tr("1 node")
                                : tr("%n nodes", "", nodeCount));
    m_detail.setText(detail.join(QStringLiteral(" · ")));
    setDetails(m_detail.text());
    update();
}

void HostFrameItem::setFrame(const QRectF &sceneRect)
{
    if (sceneRect == m_frame)
        return;
    if (sceneRect.size() != m_frame.size())
        prepareGeometryChange();
    const bool widthChanged = sceneRect.width() != m_frame.width();
    m_frame = sceneRect;
    setPos(sceneRect.topLeft());
    if (widthChanged)
        updateTitle();
}

void HostFrameItem::updateTitle()
{
    const qreal room = std::max<qreal>(m_frame.width(), LayoutEngine::NodeWidth) - TitleLeft
                       - 2 * DesignStyle::BadgeRadius - 10;
    m_title.setText(
        QFontMetricsF(DesignStyle::nameFont()).elidedText(m_name, Qt::ElideMiddle, room));
    update();
}

QRectF HostFrameItem::boundingRect() const
{
    return QRectF(QPointF(0, 0), m_frame.size()).adjusted(-2, -2, 2, 2);
}

QPainterPath HostFrameItem::shape() const
{
    const QRectF rect(QPointF(0, 0), m_frame.size());
    QPainterPath outline;
    outline.addRoundedRect(rect, Radius, Radius);
    QPainterPathStroker stroker;
    stroker.setWidth(Border);
    QPainterPath path = stroker.createStroke(outline);
    path.addRect(QRectF(0, 0, rect.width(), LayoutEngine::HostTitle - 4));
    return path;
}

void HostFrameItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QPalette palette = scene() ? scene()->palette() : QPalette();
    const QRectF rect(QPointF(0, 0), m_frame.size());
    painter->setRenderHint(QPainter::Antialiasing);

    QColor fill = palette.color(QPalette::AlternateBase);
    QColor edge = palette.color(QPalette::Mid);
    if (dropHighlight()) {
        fill = palette.color(QPalette::Highlight);
        fill.setAlphaF(0.15);
        edge = palette.color(QPalette::Highlight);
    }
    const bool strong = isSelected() || dropHighlight();
    painter->setPen(QPen(strong ? palette.color(QPalette::Highlight) : edge, strong ? 2.5 : 1.5));
    painter->setBrush(fill);
    painter->drawRoundedRect(rect.adjusted(0.75, 0.75, -0.75, -0.75), Radius, Radius);

    // Title bar: which machine, so the failure domain reads at a glance.
    drawServerGlyph(painter, QPointF(10, 9), palette.color(QPalette::Text));
    painter->setPen(palette.color(QPalette::Text));
    painter->setFont(DesignStyle::nameFont());
    painter->drawStaticText(QPointF(TitleLeft, 6), m_title);
    QColor dim = palette.color(QPalette::Text);
    dim.setAlphaF(0.7);
    painter->setPen(dim);
    painter->setFont(DesignStyle::detailFont());
    painter->drawStaticText(QPointF(TitleLeft, 25), m_detail);

    paintBadge(painter, QPointF(rect.width() - DesignStyle::BadgeRadius - 6, 15));
}

} // namespace Clusterwright
