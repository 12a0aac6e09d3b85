// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "export/reviewtable.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>
#include <QTextOption>

#include <algorithm>
#include <cmath>

namespace Clusterwright {
namespace {

constexpr qreal PadX = 8;
constexpr qreal PadY = 4;
// A column other than the last never takes more than this share of the table.
constexpr qreal MaxColumnShare = 0.3;

const QColor TextColor(0x1a, 0x1a, 0x1a);
const QColor HeaderFill(0xec, 0xef, 0xf3);
const QColor RuleColor(0xc8, 0xcd, 0xd4);

// Words wrap; a token longer than the column (an address range) breaks anywhere rather
// than running into the next cell.
QTextOption cellOption()
{
    QTextOption option(Qt::AlignLeft | Qt::AlignTop);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    return option;
}

qreal textHeight(const QFont &font, qreal width, const QString &text)
{
    QTextLayout layout(text.isEmpty() ? QStringLiteral(" ") : text, font);
    layout.setTextOption(cellOption());
    qreal height = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(std::max<qreal>(width, 1));
        height += line.height();
    }
    layout.endLayout();
    return height;
}

} // namespace

ReviewTable::ReviewTable(const QStringList &headers, const QFont &font)
    : m_headers(headers)
    , m_font(font)
    , m_headerFont(font)
{
    m_headerFont.setBold(true);
}

void ReviewTable::addRow(const QStringList &cells, const QList<int> &emphasisColumns)
{
    Row row;
    row.cells = cells;
    while (row.cells.size() < m_headers.size())
        row.cells << QString();
    row.emphasis = emphasisColumns;
    m_rows << row;
}

qreal ReviewTable::naturalWidth(int column) const
{
    qreal width = QFontMetricsF(m_headerFont).horizontalAdvance(m_headers[column]);
    const QFontMetricsF metrics(m_font);
    const QFontMetricsF bold(m_headerFont);
    for (const Row &row : m_rows) {
        const QFontMetricsF &m = row.emphasis.contains(column) ? bold : metrics;
        width = std::max(width, m.horizontalAdvance(row.cells[column]));
    }
    return std::ceil(width) + 2 * PadX + 2; // slack: an exact fit may still wrap
}

qreal ReviewTable::layout(qreal width)
{
    m_width = width;
    m_widths.clear();
    const int columns = int(m_headers.size());
    qreal used = 0;
    for (int c = 0; c + 1 < columns; ++c) {
        m_widths << std::min(naturalWidth(c), width * MaxColumnShare);
        used += m_widths.last();
    }
    // The last column takes the rest; when the others leave too little, they shrink.
    const qreal minLast = std::min(width * 0.25, naturalWidth(columns - 1));
    if (width - used < minLast && used > 0) {
        const qreal shrink = (width - minLast) / used;
        for (qreal &w : m_widths)
            w *= shrink;
        used = width - minLast;
    }
    m_widths << width - used;

    m_headerHeight = 0;
    for (int c = 0; c < columns; ++c)
        m_headerHeight = std::max(m_headerHeight,
                                  textHeight(m_headerFont, m_widths[c] - 2 * PadX, m_headers[c]));
    m_headerHeight += 2 * PadY;
    m_height = m_headerHeight;
    for (Row &row : m_rows) {
        row.height = 0;
        for (int c = 0; c < columns; ++c) {
            const QFont &font = row.emphasis.contains(c) ? m_headerFont : m_font;
            row.height
                = std::max(row.height, textHeight(font, m_widths[c] - 2 * PadX, row.cells[c]));
        }
        row.height += 2 * PadY;
        m_height += row.height;
    }
    return m_height;
}

void ReviewTable::paint(QPainter *painter, QPointF topLeft) const
{
    painter->save();
    painter->translate(topLeft);
    painter->setPen(Qt::NoPen);
    painter->setBrush(HeaderFill);
    painter->drawRect(QRectF(0, 0, m_width, m_headerHeight));

    const auto drawCells = [&](const QStringList &cells, qreal y, qreal height,
                               const QList<int> &emphasis, bool header) {
        qreal x = 0;
        for (int c = 0; c < cells.size() && c < m_widths.size(); ++c) {
            const bool strong = header || emphasis.contains(c);
            painter->setFont(strong ? m_headerFont : m_font);
            painter->setPen(!header && emphasis.contains(c) ? m_emphasis : TextColor);
            painter->drawText(QRectF(x + PadX, y + PadY, m_widths[c] - 2 * PadX, height), cells[c],
                              cellOption());
            x += m_widths[c];
        }
    };
    drawCells(m_headers, 0, m_headerHeight, {}, true);
    qreal y = m_headerHeight;
    for (const Row &row : m_rows) {
        painter->setPen(QPen(RuleColor, 1));
        painter->drawLine(QPointF(0, y), QPointF(m_width, y));
        drawCells(row.cells, y, row.height, row.emphasis, false);
        y += row.height;
    }
    painter->setPen(QPen(RuleColor, 1));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(QRectF(0, 0, m_width, m_height));
    painter->restore();
}

} // namespace Clusterwright
