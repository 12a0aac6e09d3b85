// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
// AddressStrips' painting: draws the geometry relayout() worked out, and nothing else.
#include "addressmap/addressstrips.h"

#include "addressmap/addressstrips_p.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace Clusterwright {

using namespace AddressStripsStyle;

void AddressStrips::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    if (m_rows.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("No networks in the design."));
        return;
    }
    for (int i = 0; i < m_rows.size(); ++i)
        paintRow(painter, i);
}

void AddressStrips::paintRow(QPainter &painter, int index) const
{
    const Row &row = m_rows.at(index);
    const NetworkAddressMap &map = m_maps.at(index);
    if (index % 2)
        painter.fillRect(QRectF(0, row.top, width(), RowHeight), palette().alternateBase());

    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(palette().color(QPalette::Text));
    const QRectF title(Margin, row.top + 3, width() - 2 * Margin, TitleHeight);
    painter.drawText(title, Qt::AlignLeft | Qt::AlignVCenter, map.name);
    const qreal nameWidth = QFontMetricsF(bold).horizontalAdvance(map.name) + 10;
    painter.setFont(font());
    if (!map.prefix || map.issueCount() > 0)
        painter.setPen(IssueColor);
    const QRectF detail = title.adjusted(nameWidth, 0, 0, 0);
    painter.drawText(detail, Qt::AlignLeft | Qt::AlignVCenter,
                     QFontMetricsF(font()).elidedText(row.detail, Qt::ElideRight, detail.width()));
    if (!map.prefix)
        return;

    painter.setPen(palette().color(QPalette::Mid));
    painter.setBrush(palette().color(QPalette::Base));
    painter.drawRoundedRect(row.bar, 3, 3);

    for (const Band &band : row.bands) {
        const AddressMark &mark = map.marks.at(band.mark);
        const QColor color = kindColor(mark.kind);
        QColor fill = color;
        fill.setAlpha(70);
        painter.setBrush(fill);
        painter.setPen(mark.issues.isEmpty() ? QPen(color, 1) : QPen(IssueColor, 2));
        painter.drawRect(band.rect);
        // Hatched as well as tinted: a pool reads as a range without its colour.
        painter.setBrush(QBrush(color, Qt::BDiagPattern));
        painter.setPen(Qt::NoPen);
        painter.drawRect(band.rect);
    }

    const QFont small = badgeFont(font());
    const QFont labels = labelFont(font());
    for (int g = 0; g < row.groups.size(); ++g) {
        const Group &group = row.groups.at(g);
        const Kind firstKind = map.marks.at(group.marks.first()).kind;
        const bool oneKind = std::all_of(group.marks.cbegin(), group.marks.cend(),
                                         [&](int m) { return map.marks.at(m).kind == firstKind; });
        const QColor color = oneKind ? kindColor(firstKind) : QColor(0x37, 0x41, 0x51);
        painter.setPen(QPen(color, 1));
        const qreal badgeBottom = group.badge.bottom();
        if (group.ticks.isEmpty()) {
            const qreal x = group.badge.center().x();
            painter.drawLine(QPointF(x, badgeBottom), QPointF(x, row.bar.top() - 2));
        }
        for (qreal x : group.ticks)
            painter.drawLine(QPointF(x, badgeBottom), QPointF(x, row.bar.bottom()));

        painter.setBrush(color);
        painter.setPen(group.flagged ? QPen(IssueColor, 2.5) : QPen(color.darker(130), 1));
        painter.drawRoundedRect(group.badge, 4, 4);
        painter.setFont(small);
        painter.setPen(Qt::white);
        painter.drawText(group.badge, Qt::AlignCenter, group.text);
        if (highlights(group, map)) {
            painter.setBrush(Qt::NoBrush);
            painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
            painter.drawRoundedRect(group.badge.adjusted(-2, -2, 2, 2), 5, 5);
        }
        if (index == m_currentRow && g == m_currentGroup && hasFocus()) {
            painter.setBrush(Qt::NoBrush);
            painter.setPen(QPen(palette().color(QPalette::Highlight), 1.5, Qt::DashLine));
            painter.drawRoundedRect(group.badge.adjusted(-4, -4, 4, 4), 6, 6);
        }
        if (group.showLabel) {
            painter.setFont(labels);
            painter.setPen(group.flagged ? IssueColor : palette().color(QPalette::Text));
            painter.drawText(group.labelRect, Qt::AlignCenter, group.label);
        }
    }
}

} // namespace Clusterwright
