// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "canvas/nodeitem.h"

#include "canvas/designstyle.h"
#include "canvas/layoutengine.h"

#include <QCursor>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPainter>
#include <QPalette>
#include <QStyleOptionGraphicsItem>

namespace Clusterwright {
namespace {

constexpr qreal Radius = 6;
constexpr qreal Strip = 6;
constexpr qreal TextLeft = Strip + 8;

QString memoryText(int mib)
{
    if (mib % 1024 == 0)
        return NodeItem::tr("%1 GiB").arg(mib / 1024);
    return NodeItem::tr("%1 MiB").arg(mib);
}

} // namespace

NodeItem::NodeItem(int index)
    : DesignItem(ObjectKind::Node, index)
{
    setZValue(zValueOf(ItemLayer::Node));
    // Cards are many and look the same at a zoom level: paint each once.
    setCacheMode(DeviceCoordinateCache);
    setCursor(Qt::SizeAllCursor);
    m_nameText.setTextFormat(Qt::PlainText);
    m_specText.setTextFormat(Qt::PlainText);
}

QRectF NodeItem::boundingRect() const
{
    return QRectF(0, 0, LayoutEngine::NodeWidth, LayoutEngine::NodeHeight).adjusted(-2, -2, 2, 2);
}

QPainterPath NodeItem::shape() const
{
    QPainterPath path;
    path.addRoundedRect(QRectF(0, 0, LayoutEngine::NodeWidth, LayoutEngine::NodeHeight), Radius,
                        Radius);
    return path;
}

void NodeItem::setNode(const Node &node)
{
    setObjectName(node.name);
    m_roles = node.roles;
    const QFontMetricsF names(DesignStyle::nameFont());
    const qreal room = LayoutEngine::NodeWidth - TextLeft - 2 * DesignStyle::BadgeRadius - 6;
    m_nameText.setText(names.elidedText(node.name, Qt::ElideMiddle, room));

    QStringList spec;
    if (node.cpus)
        spec << tr("%1 CPU").arg(*node.cpus);
    if (node.memoryMiB)
        spec << memoryText(*node.memoryMiB);
    if (spec.isEmpty())
        spec << tr("size not set");
    m_specText.setText(spec.join(QStringLiteral(" · ")));

    QStringList roleNames;
    for (Role role : node.roles)
        roleNames << DesignStyle::roleLabel(role);
    QString details = roleNames.isEmpty() ? tr("no role") : roleNames.join(QStringLiteral(", "));
    if (!node.host.isEmpty())
        details += u'\n' + tr("on %1").arg(node.host);
    setDetails(details);
    update();
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QPalette palette = scene() ? scene()->palette() : QPalette();
    const QRectF card(0, 0, LayoutEngine::NodeWidth, LayoutEngine::NodeHeight);
    painter->setRenderHint(QPainter::Antialiasing);

    const QColor accent = m_roles.isEmpty() ? palette.color(QPalette::Mid)
                                            : DesignStyle::roleColor(m_roles.first());
    painter->setPen(isSelected() ? QPen(palette.color(QPalette::Highlight), 2.5)
                                 : QPen(palette.color(QPalette::Mid), 1));
    painter->setBrush(palette.color(QPalette::Base));
    painter->drawRoundedRect(card, Radius, Radius);

    // The role strip along the left edge, clipped to the rounded card.
    QPainterPath strip;
    strip.addRoundedRect(card.adjusted(0.5, 0.5, 0, -0.5), Radius, Radius);
    QPainterPath band;
    band.addRect(QRectF(0, 0, Strip, card.height()));
    painter->setPen(Qt::NoPen);
    painter->setBrush(accent);
    painter->drawPath(strip.intersected(band));

    painter->setPen(palette.color(QPalette::Text));
    painter->setFont(DesignStyle::nameFont());
    painter->drawStaticText(QPointF(TextLeft, 7), m_nameText);

    qreal x = TextLeft;
    for (Role role : std::as_const(m_roles)) {
        const QString label = DesignStyle::roleLabel(role);
        if (x + DesignStyle::chipWidth(label) > card.width() - 4)
            break;
        x += DesignStyle::drawChip(painter, QPointF(x, 31), DesignStyle::roleColor(role), label)
             + 4;
    }
    if (m_roles.isEmpty()) {
        painter->setPen(QPen(palette.color(QPalette::Mid), 1, Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(
            QRectF(TextLeft, 31, DesignStyle::chipWidth(tr("no role")), DesignStyle::ChipHeight), 4,
            4);
        painter->setPen(palette.color(QPalette::Text));
        painter->setFont(DesignStyle::chipFont());
        painter->drawText(
            QRectF(TextLeft, 31, DesignStyle::chipWidth(tr("no role")), DesignStyle::ChipHeight),
            Qt::AlignCenter, tr("no role"));
    }

    QColor dim = palette.color(QPalette::Text);
    dim.setAlphaF(0.72);
    painter->setPen(dim);
    painter->setFont(DesignStyle::detailFont());
    painter->drawStaticText(QPointF(TextLeft, 55), m_specText);

    paintBadge(painter,
               QPointF(card.width() - DesignStyle::BadgeRadius - 5, DesignStyle::BadgeRadius + 5));
}

} // namespace Clusterwright
