// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QStringList>

class QPainter;

namespace Clusterwright {

// A plain text table for the review page: the columns take their natural width and the
// last one takes the rest of the width and wraps. Laid out once, painted on any device.
class ReviewTable
{
public:
    ReviewTable(const QStringList &headers, const QFont &font);

    // `emphasis`: cells drawn bold in this colour (the words still say it all).
    void addRow(const QStringList &cells, const QList<int> &emphasisColumns = {});
    void setEmphasisColor(const QColor &color) { m_emphasis = color; }
    int rowCount() const { return int(m_rows.size()); }

    // Fixes the column widths and row heights for this total width; returns the height.
    qreal layout(qreal width);
    qreal height() const { return m_height; }
    void paint(QPainter *painter, QPointF topLeft) const;

private:
    struct Row
    {
        QStringList cells;
        QList<int> emphasis;
        qreal height = 0;
    };
    qreal naturalWidth(int column) const;

    QStringList m_headers;
    QList<Row> m_rows;
    QFont m_font;
    QFont m_headerFont;
    QColor m_emphasis{0xb0, 0x1e, 0x1e};
    QList<qreal> m_widths;
    qreal m_headerHeight = 0;
    qreal m_width = 0;
    qreal m_height = 0;
};

} // namespace Clusterwright
