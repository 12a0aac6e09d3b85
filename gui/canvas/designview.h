// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include <QGraphicsView>

class QGestureEvent;

namespace Clusterwright {

class DesignScene;

// The canvas widget: zoom (wheel, pinch, fit, 100%), pan (middle button, Space+drag,
// scroll bars) and the keyboard (Tab walks the objects, arrows move the selection by grid
// steps, Alt+arrows select the neighbour in that direction, Escape cancels).
class DesignView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit DesignView(DesignScene *scene, QWidget *parent = nullptr);

    DesignScene *designScene() const { return m_scene; }
    qreal zoom() const;
    void setZoom(qreal zoom);
    void zoomIn();
    void zoomOut();
    void zoomToFit();
    void resetZoom();
    // Where a keyboard-placed object goes: the middle of what the user sees.
    QPointF visibleCenter() const;
    void revealSelection();

    static constexpr qreal MinZoom = 0.05;
    static constexpr qreal MaxZoom = 4.0;

signals:
    void zoomChanged(qreal zoom);

protected:
    void wheelEvent(QWheelEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;

private:
    void zoomBy(qreal factor, QPointF viewAnchor);
    void updateCursor();

    DesignScene *m_scene;
    bool m_spaceHeld = false;
    bool m_panning = false;
    QPoint m_panLast;
};

} // namespace Clusterwright
