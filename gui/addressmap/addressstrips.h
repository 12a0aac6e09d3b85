// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "addressmap/addressmapmodel.h"

#include <QWidget>

namespace Clusterwright {

// The address map drawn: one row per network, a bar for its whole range, and a badge per
// group of nearby marks with the kinds' letters (and a count), so a /16 or an IPv6 /64
// stays readable: positions are proportional, marks closer than a badge share one, and the
// tooltip lists every address in it. A badge with a problem is outlined and starts with
// "!". Geometry is worked out when the data or the width changes, never in paintEvent().
class AddressStrips : public QWidget
{
    Q_OBJECT

public:
    explicit AddressStrips(QWidget *parent = nullptr);

    void setMaps(const QList<NetworkAddressMap> &maps);
    const QList<NetworkAddressMap> &maps() const { return m_maps; }

    // Rings the badges of these objects (the canvas selection).
    void setHighlighted(const QList<ObjectRef> &objects);
    bool isHighlighted(const QString &network, const QString &label) const;

    // The centre of the badge that shows `label` on `network`; (-1, -1) when not shown.
    QPoint badgeCenter(const QString &network, const QString &label) const;
    // What the tooltip says at `pos`; empty over nothing.
    QString toolTipAt(const QPoint &pos) const;
    // The text of the badge at `pos` ("N×6", "!N×2"); empty over nothing.
    QString badgeTextAt(const QPoint &pos) const;

    QSize sizeHint() const override;

signals:
    // A badge was clicked or chosen with the keyboard: select these on the canvas.
    void objectsActivated(const QList<Clusterwright::ObjectRef> &objects);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    struct Group
    {
        QList<int> marks;
        QList<qreal> ticks; // x of each single address in the group
        QRectF badge;
        QString text;
        bool flagged = false;
        QString label;
        QRectF labelRect;
        bool showLabel = false;
    };
    struct Band
    {
        int mark;
        QRectF rect;
    };
    struct Row
    {
        qreal top = 0;
        QString detail;
        QRectF bar;
        QList<Group> groups;
        QList<Band> bands;
    };

    void relayout();
    void layoutRow(Row &row, const NetworkAddressMap &map, qreal left, qreal width);
    std::pair<int, int> groupAt(QPointF pos) const;
    void setCurrent(int row, int group);
    void activate(int row, int group);
    void paintRow(QPainter &painter, int index) const;
    bool highlights(const Group &group, const NetworkAddressMap &map) const;

    QList<NetworkAddressMap> m_maps;
    QList<Row> m_rows;
    QList<ObjectRef> m_highlighted;
    int m_currentRow = -1;
    int m_currentGroup = -1;
};

} // namespace Clusterwright
