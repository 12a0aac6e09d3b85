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

using namespace Qt::StringLiterals;

namespace Clusterwright {
namespace {

constexpr qreal Radius = 6;
constexpr qreal Strip = 6;
constexpr qreal TextLeft = Strip + 8;

QColor runColor(NodeRunPhase phase)
{
    switch (phase) {
    case NodeRunPhase::None:
    case NodeRunPhase::Pending:
        return QColor(0x9e9e9e);
    case NodeRunPhase::Connecting:
        return QColor(0x5b8fd6);
    case NodeRunPhase::Running:
        return QColor(0xe0a020);
    case NodeRunPhase::Done:
        return QColor(0x3a9a4a);
    case NodeRunPhase::Failed:
        return QColor(0xd03030);
    case NodeRunPhase::Cancelled:
        return QColor(0x7a5aa0);
    }
    return {};
}

// Icon and word: the state never rests on the colour alone.
QString runText(const NodeRunState &state)
{
    switch (state.phase) {
    case NodeRunPhase::None:
        return {};
    case NodeRunPhase::Pending:
        return NodeItem::tr("… waiting");
    case NodeRunPhase::Connecting:
        return NodeItem::tr("⇄ connecting");
    case NodeRunPhase::Running:
        return state.step.isEmpty() ? NodeItem::tr("▶ running") : u"▶ "_s + state.step;
    case NodeRunPhase::Done:
        return NodeItem::tr("✔ done");
    case NodeRunPhase::Failed:
        return state.step.isEmpty() ? NodeItem::tr("✖ failed")
                                    : NodeItem::tr("✖ failed: %1").arg(state.step);
    case NodeRunPhase::Cancelled:
        return NodeItem::tr("■ cancelled");
    }
    return {};
}

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

void NodeItem::setRunState(const NodeRunState &state)
{
    if (state.phase == m_run.phase && state.step == m_run.step)
        return;
    m_run = state;
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
    QColor base = palette.color(QPalette::Base);
    if (m_run.phase != NodeRunPhase::None) {
        // A light tint of the state colour; the border carries it at full strength.
        const QColor tint = runColor(m_run.phase);
        base = QColor::fromRgbF(base.redF() * 0.75 + tint.redF() * 0.25,
                                base.greenF() * 0.75 + tint.greenF() * 0.25,
                                base.blueF() * 0.75 + tint.blueF() * 0.25);
        if (!isSelected())
            painter->setPen(QPen(tint, 2.5));
    }
    painter->setBrush(base);
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
    if (m_run.phase == NodeRunPhase::None) {
        painter->drawStaticText(QPointF(TextLeft, 55), m_specText);
    } else {
        QFont font = DesignStyle::detailFont();
        font.setBold(true);
        painter->setFont(font);
        painter->setPen(palette.color(QPalette::Text));
        const QRectF line(TextLeft, 53, card.width() - TextLeft - 4, 18);
        painter->drawText(
            line, Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetricsF(font).elidedText(runText(m_run), Qt::ElideRight, line.width()));
    }

    paintBadge(painter,
               QPointF(card.width() - DesignStyle::BadgeRadius - 5, DesignStyle::BadgeRadius + 5));
}

} // namespace Clusterwright
