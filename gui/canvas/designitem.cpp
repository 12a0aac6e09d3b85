// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "canvas/designitem.h"

#include "canvas/designstyle.h"

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

void DesignItem::setDropHighlight(bool on)
{
    if (on == m_dropHighlight)
        return;
    m_dropHighlight = on;
    update();
}

void DesignItem::paintBadge(QPainter *painter, QPointF center) const
{
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
    setToolTip(tip);
}

} // namespace Clusterwright
