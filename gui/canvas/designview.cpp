// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "canvas/designview.h"

#include "canvas/designitem.h"
#include "canvas/designscene.h"
#include "canvas/layoutengine.h"

#include <QGestureEvent>
#include <QKeyEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QPinchGesture>
#include <QScrollBar>
#include <QWheelEvent>

#include <cmath>

namespace Clusterwright {

DesignView::DesignView(DesignScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene)
{
    setObjectName(QStringLiteral("designView"));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setViewportUpdateMode(MinimalViewportUpdate);
    // Items keep their bounding rects wide enough for their pens.
    setOptimizationFlag(DontAdjustForAntialiasing);
    setCacheMode(CacheBackground);
    setDragMode(RubberBandDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    setFocusPolicy(Qt::StrongFocus);
    setAcceptDrops(true);
    viewport()->grabGesture(Qt::PinchGesture);
    setAccessibleName(tr("Design canvas"));
    connect(scene, &DesignScene::pendingPlacementChanged, this, &DesignView::updateCursor);
}

qreal DesignView::zoom() const
{
    return transform().m11();
}

void DesignView::setZoom(qreal value)
{
    value = std::clamp(value, MinZoom, MaxZoom);
    if (qFuzzyCompare(value, zoom()))
        return;
    const ViewportAnchor anchor = transformationAnchor();
    setTransformationAnchor(AnchorViewCenter);
    setTransform(QTransform::fromScale(value, value));
    setTransformationAnchor(anchor);
    emit zoomChanged(value);
}

void DesignView::zoomBy(qreal factor, QPointF viewAnchor)
{
    const qreal target = std::clamp(zoom() * factor, MinZoom, MaxZoom);
    if (qFuzzyCompare(target, zoom()))
        return;
    // Keep the scene point under the anchor where it is.
    const QPointF before = mapToScene(viewAnchor.toPoint());
    const ViewportAnchor anchor = transformationAnchor();
    setTransformationAnchor(NoAnchor);
    setTransform(QTransform::fromScale(target, target));
    const QPointF after = mapToScene(viewAnchor.toPoint());
    const QPointF shift = (after - before) * target;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() - int(std::round(shift.x())));
    verticalScrollBar()->setValue(verticalScrollBar()->value() - int(std::round(shift.y())));
    setTransformationAnchor(anchor);
    emit zoomChanged(target);
}

void DesignView::zoomIn()
{
    zoomBy(1.25, viewport()->rect().center());
}

void DesignView::zoomOut()
{
    zoomBy(1 / 1.25, viewport()->rect().center());
}

void DesignView::resetZoom()
{
    setZoom(1.0);
}

void DesignView::zoomToFit()
{
    const QRectF bounds = m_scene->itemsBoundingRectOf({});
    if (bounds.isEmpty())
        return;
    fitInView(bounds.adjusted(-20, -20, 20, 20), Qt::KeepAspectRatio);
    // Never blow a tiny design up past 100%: it would look like a different zoom level.
    if (zoom() > 1.0)
        setZoom(1.0);
    if (zoom() < MinZoom)
        setZoom(MinZoom);
    centerOn(bounds.center());
    emit zoomChanged(zoom());
}

QPointF DesignView::visibleCenter() const
{
    return mapToScene(viewport()->rect().center());
}

void DesignView::revealSelection()
{
    const QRectF rect = m_scene->itemsBoundingRectOf(m_scene->selectedObjects());
    if (!m_scene->selectedObjects().isEmpty() && !rect.isEmpty())
        ensureVisible(rect, 40, 40);
}

void DesignView::wheelEvent(QWheelEvent *event)
{
    // Touchpads scroll with pixel deltas and zoom by pinching; a wheel (or Ctrl) zooms.
    const bool touchpadScroll
        = !event->pixelDelta().isNull() && !(event->modifiers() & Qt::ControlModifier);
    if (touchpadScroll || (event->modifiers() & Qt::ShiftModifier)) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    const int delta = event->angleDelta().y();
    if (delta == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    zoomBy(std::pow(1.0015, delta), event->position());
    event->accept();
}

bool DesignView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::NativeGesture) {
        auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            zoomBy(1 + gesture->value(), gesture->position());
            return true;
        }
    } else if (event->type() == QEvent::Gesture) {
        auto *gestures = static_cast<QGestureEvent *>(event);
        if (auto *pinch = static_cast<QPinchGesture *>(gestures->gesture(Qt::PinchGesture))) {
            if (pinch->changeFlags() & QPinchGesture::ScaleFactorChanged)
                zoomBy(pinch->scaleFactor(), mapFromGlobal(pinch->centerPoint().toPoint()));
            gestures->accept(pinch);
            return true;
        }
    }
    return QGraphicsView::viewportEvent(event);
}

void DesignView::keyPressEvent(QKeyEvent *event)
{
    const bool hasSelection = !m_scene->selectedItems().isEmpty();
    const int key = event->key();
    const bool arrow
        = key == Qt::Key_Left || key == Qt::Key_Right || key == Qt::Key_Up || key == Qt::Key_Down;
    if (key == Qt::Key_Escape) {
        // One thing at a time: the drag, then click-then-place, then the selection.
        if (!m_scene->cancelDrag()) {
            if (m_scene->pendingPlacement())
                m_scene->setPendingPlacement(std::nullopt);
            else
                m_scene->clearSelection();
        }
        event->accept();
        return;
    }
    if (key == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = true;
        updateCursor();
        event->accept();
        return;
    }
    if (arrow && hasSelection) {
        if (event->modifiers() & Qt::AltModifier) {
            const Qt::ArrowType direction = key == Qt::Key_Left    ? Qt::LeftArrow
                                            : key == Qt::Key_Right ? Qt::RightArrow
                                            : key == Qt::Key_Up    ? Qt::UpArrow
                                                                   : Qt::DownArrow;
            if (m_scene->selectNeighbour(direction))
                revealSelection();
        } else {
            const qreal step
                = LayoutEngine::Grid * ((event->modifiers() & Qt::ShiftModifier) ? 10 : 1);
            const QPointF delta(key == Qt::Key_Left    ? -step
                                : key == Qt::Key_Right ? step
                                                       : 0,
                                key == Qt::Key_Up     ? -step
                                : key == Qt::Key_Down ? step
                                                      : 0);
            m_scene->nudgeSelection(delta);
            revealSelection();
        }
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void DesignView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        updateCursor();
    }
    QGraphicsView::keyReleaseEvent(event);
}

bool DesignView::focusNextPrevChild(bool next)
{
    // Tab walks the objects of the design; Ctrl+Tab leaves the canvas as usual.
    if (m_scene->selectNext(next)) {
        revealSelection();
        return true;
    }
    return QGraphicsView::focusNextPrevChild(next);
}

void DesignView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton || (m_spaceHeld && event->button() == Qt::LeftButton)) {
        m_panning = true;
        m_panLast = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void DesignView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint delta = event->position().toPoint() - m_panLast;
        m_panLast = event->position().toPoint();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void DesignView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning) {
        m_panning = false;
        updateCursor();
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void DesignView::updateCursor()
{
    if (m_scene->pendingPlacement())
        viewport()->setCursor(Qt::CrossCursor);
    else if (m_spaceHeld)
        viewport()->setCursor(Qt::OpenHandCursor);
    else
        viewport()->unsetCursor();
}

void DesignView::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, palette().color(QPalette::Window));
    // A dot grid: enough to line things up with, faint enough not to compete.
    const qreal step = LayoutEngine::Grid * (zoom() < 0.6 ? 10 : 2);
    if (zoom() * step < 6)
        return;
    QColor dot = palette().color(QPalette::WindowText);
    dot.setAlphaF(0.18);
    painter->setPen(QPen(dot, 0));
    QList<QPointF> points;
    const qreal left = std::floor(rect.left() / step) * step;
    const qreal top = std::floor(rect.top() / step) * step;
    for (qreal x = left; x < rect.right(); x += step) {
        for (qreal y = top; y < rect.bottom(); y += step)
            points << QPointF(x, y);
    }
    painter->drawPoints(points.constData(), int(points.size()));
}

} // namespace Clusterwright
