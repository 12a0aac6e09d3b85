// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "canvas/designitem.h"

#include "canvas/designstyle.h"

#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPainter>
#include <QPalette>

namespace Clusterwright {

DesignItem::DesignItem(ObjectKind kind, int index)
    : m_kind(kind)
    , m_index(index)
{
    setFlags(ItemIsSelectable | ItemIsFocusable);
}

void DesignItem::setFindings(std::optional<Severity> severity, const QString &messages)
{
    if (severity == m_severity && messages == m_findings)
        return;
    m_severity = severity;
    m_findings = messages;
    updateToolTip();
    update();
}

void DesignItem::setSimulated(SimulatedState state, const QString &note, const QString &tip)
{
    if (state == m_simulated && note == m_simulatedNote && tip == m_simulatedTip)
        return;
    m_simulated = state;
    m_simulatedNote = note;
    m_simulatedTip = tip;
    updateToolTip();
    update();
}

void DesignItem::setDropHighlight(bool on)
{
    if (on == m_dropHighlight)
        return;
    m_dropHighlight = on;
    update();
}

void DesignItem::paintBadge(QPainter *painter, QPointF center) const
{
    if (m_simulated != SimulatedState::Up) {
        const QPalette palette = scene() ? scene()->palette() : QPalette();
        const QPainterPath area = shape();
        const QRectF box = area.boundingRect();
        // Greyed, not recoloured: the veil takes the colour out and the note says why.
        QColor veil = palette.color(QPalette::Window);
        veil.setAlphaF(m_simulated == SimulatedState::ServiceLost ? 0.55 : 0.7);
        painter->setPen(Qt::NoPen);
        painter->setBrush(veil);
        painter->drawPath(area);
        painter->setBrush(QBrush(palette.color(QPalette::Mid), Qt::BDiagPattern));
        painter->drawPath(area);
        const QFont font = DesignStyle::detailFont();
        const QFontMetricsF metrics(font);
        const QString text = metrics.elidedText(m_simulatedNote, Qt::ElideRight,
                                                std::max<qreal>(box.width() - 12, 20));
        const qreal width = metrics.horizontalAdvance(text) + 8;
        const qreal y = box.top() + std::min<qreal>(box.height() / 2, 32);
        const QRectF plate(box.center().x() - width / 2, y - metrics.height() / 2 - 1, width,
                           metrics.height() + 2);
        DesignStyle::drawPlate(painter, plate, palette);
        painter->setPen(palette.color(QPalette::Text));
        painter->setFont(font);
        painter->drawText(plate, Qt::AlignCenter, text);
    }
    if (m_severity)
        DesignStyle::drawSeverityBadge(painter, center, *m_severity);
}

void DesignItem::setDetails(const QString &details)
{
    m_details = details;
    updateToolTip();
}

void DesignItem::updateToolTip()
{
    QString tip = m_name;
    if (!m_details.isEmpty())
        tip += u'\n' + m_details;
    if (!m_findings.isEmpty())
        tip += u'\n' + m_findings;
    if (m_simulated != SimulatedState::Up)
        tip += u'\n' + (m_simulatedTip.isEmpty() ? m_simulatedNote : m_simulatedTip);
    setToolTip(tip);
}

} // namespace Clusterwright
