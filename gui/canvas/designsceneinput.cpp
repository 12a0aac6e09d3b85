// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
// DesignScene's input side: mouse drags, palette drops, click-then-place and keyboard
// selection. Every change goes to the DesignEditor; nothing here writes to the document.
#include "canvas/designscene.h"

#include "canvas/hostframeitem.h"
#include "canvas/networkitem.h"
#include "canvas/nodedrag.h"
#include "canvas/nodeitem.h"
#include "canvas/storageitem.h"
#include "canvas/vipitem.h"
#include "edit/designeditor.h"
#include "model/topologydocument.h"

#include <QGraphicsSceneDragDropEvent>
#include <QGraphicsSceneMouseEvent>
#include <QMimeData>

#include <cmath>

namespace Clusterwright {
namespace {

std::optional<PaletteItemKind> paletteKindOf(const QMimeData *mime)
{
    if (!mime || !mime->hasFormat(QLatin1StringView(DesignScene::PaletteMimeType)))
        return std::nullopt;
    return paletteKindFromKey(
        QString::fromUtf8(mime->data(QLatin1StringView(DesignScene::PaletteMimeType))));
}

} // namespace

NetworkItem *DesignScene::networkAt(QPointF scenePos) const
{
    const auto under = items(QRectF(scenePos - QPointF(8, 8), QSizeF(16, 16)),
                             Qt::IntersectsItemShape, Qt::DescendingOrder);
    for (QGraphicsItem *item : under) {
        auto *network = qgraphicsitem_cast<NetworkItem *>(item);
        if (network && network->hitsBus(scenePos))
            return network;
    }
    return nullptr;
}

HostFrameItem *DesignScene::hostFrameAt(QPointF scenePos, const QStringList &exceptHosts) const
{
    HostFrameItem *best = nullptr;
    for (HostFrameItem *host : m_hosts) {
        if (!host->frame().contains(scenePos) || exceptHosts.contains(host->objectName()))
            continue;
        // Nested or overlapping frames: the smallest one is the one the user aims at.
        if (!best
            || host->frame().width() * host->frame().height()
                   < best->frame().width() * best->frame().height())
            best = host;
    }
    return best;
}

void DesignScene::highlightDropTarget(QPointF scenePos, const QStringList &exceptHosts)
{
    DesignItem *target = networkAt(scenePos);
    if (!target)
        target = hostFrameAt(scenePos, exceptHosts);
    if (target == m_dropTarget)
        return;
    if (m_dropTarget)
        m_dropTarget->setDropHighlight(false);
    m_dropTarget = target;
    if (m_dropTarget)
        m_dropTarget->setDropHighlight(true);
}

ObjectRef DesignScene::placeObject(PaletteItemKind kind, QPointF scenePos)
{
    const bool isNode = objectKindOf(kind) == ObjectKind::Node;
    QString network;
    QString host;
    if (NetworkItem *item = networkAt(scenePos))
        network = item->objectName();
    if (HostFrameItem *item = hostFrameAt(scenePos); item && isNode)
        host = item->objectName();
    // The card's centre goes under the cursor.
    const QPointF topLeft = LayoutEngine::snapped(
        scenePos - QPointF(LayoutEngine::NodeWidth / 2, LayoutEngine::NodeHeight / 2));
    const ObjectRef ref = m_editor->addObject(kind, topLeft, network, host);
    if (kind == PaletteItemKind::PhysicalHost) {
        m_engine.setEmptyHostHint(ref.name, LayoutEngine::snapped(scenePos - QPointF(20, 20)));
        m_dirty = true;
        relayout();
    }
    selectObjects({ref});
    emit objectPlaced(ref);
    return ref;
}

void DesignScene::setPendingPlacement(std::optional<PaletteItemKind> kind)
{
    if (kind == m_pending)
        return;
    m_pending = kind;
    emit pendingPlacementChanged(kind.has_value());
}

void DesignScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_pending && event->button() == Qt::LeftButton) {
        const PaletteItemKind kind = *m_pending;
        setPendingPlacement(std::nullopt);
        placeObject(kind, event->scenePos());
        event->accept();
        return;
    }
    if (m_pending && event->button() == Qt::RightButton) {
        setPendingPlacement(std::nullopt);
        event->accept();
        return;
    }
    QGraphicsScene::mousePressEvent(event);
    if (event->button() != Qt::LeftButton)
        return;

    // The item that took the press, not merely the topmost one: links lie over frames but
    // take no clicks.
    QGraphicsItem *under = mouseGrabberItem();
    auto *node = qgraphicsitem_cast<NodeItem *>(under);
    auto *host = qgraphicsitem_cast<HostFrameItem *>(under);
    if ((!node && !host) || !under->isSelected())
        return;
    // Everything selected moves together; a selected host brings its nodes.
    QStringList nodes;
    const Topology &t = m_document->topology();
    QStringList hosts;
    for (const ObjectRef &ref : selectedObjects()) {
        if (ref.kind == ObjectKind::Node)
            nodes << ref.name;
        else if (ref.kind == ObjectKind::Host)
            hosts << ref.name;
    }
    for (const Node &n : t.nodes) {
        if (hosts.contains(n.host) && !nodes.contains(n.name))
            nodes << n.name;
    }
    if (node) { // the pressed card leads: it is the one that snaps to the grid
        nodes.removeOne(node->objectName());
        nodes.prepend(node->objectName());
    }
    m_drag = std::make_unique<NodeDrag>(this, event->scenePos(), nodes, host != nullptr);
}

void DesignScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_drag && (event->buttons() & Qt::LeftButton)) {
        // Alt turns snapping off, as in most drawing tools.
        m_drag->move(event->scenePos(), !(event->modifiers() & Qt::AltModifier));
        if (m_drag->started() && !m_drag->dragsHost())
            highlightDropTarget(event->scenePos(), m_drag->ownHosts());
        event->accept();
        return;
    }
    QGraphicsScene::mouseMoveEvent(event);
}

void DesignScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_drag && event->button() == Qt::LeftButton) {
        std::unique_ptr<NodeDrag> drag = std::move(m_drag);
        if (m_dropTarget)
            m_dropTarget->setDropHighlight(false);
        m_dropTarget = nullptr;
        drag->finish(event->scenePos());
        if (drag->started()) {
            setLayoutFrozen(false);
            event->accept();
            return;
        }
    }
    QGraphicsScene::mouseReleaseEvent(event);
}

bool DesignScene::cancelDrag()
{
    if (!m_drag)
        return false;
    const std::unique_ptr<NodeDrag> drag = std::move(m_drag);
    if (m_dropTarget)
        m_dropTarget->setDropHighlight(false);
    m_dropTarget = nullptr;
    const bool started = drag->started();
    drag->cancel();
    if (started)
        setLayoutFrozen(false);
    return started;
}

void DesignScene::dragEnterEvent(QGraphicsSceneDragDropEvent *event)
{
    event->setAccepted(paletteKindOf(event->mimeData()).has_value());
}

void DesignScene::dragMoveEvent(QGraphicsSceneDragDropEvent *event)
{
    const auto kind = paletteKindOf(event->mimeData());
    event->setAccepted(kind.has_value());
    if (kind)
        highlightDropTarget(event->scenePos(), {});
}

void DesignScene::dragLeaveEvent(QGraphicsSceneDragDropEvent *event)
{
    if (m_dropTarget)
        m_dropTarget->setDropHighlight(false);
    m_dropTarget = nullptr;
    event->accept();
}

void DesignScene::dropEvent(QGraphicsSceneDragDropEvent *event)
{
    if (m_dropTarget)
        m_dropTarget->setDropHighlight(false);
    m_dropTarget = nullptr;
    const auto kind = paletteKindOf(event->mimeData());
    if (!kind) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::CopyAction);
    event->accept();
    setPendingPlacement(std::nullopt);
    placeObject(*kind, event->scenePos());
}

void DesignScene::nudgeSelection(QPointF delta)
{
    const Topology &t = m_document->topology();
    QStringList hosts;
    QSet<QString> names;
    for (const ObjectRef &ref : selectedObjects()) {
        if (ref.kind == ObjectKind::Node)
            names.insert(ref.name);
        else if (ref.kind == ObjectKind::Host)
            hosts << ref.name;
    }
    QList<NodeMove> moves;
    for (int i = 0; i < t.nodes.size(); ++i) {
        const QString &name = t.nodes[i].name;
        if (!names.contains(name) && !hosts.contains(t.nodes[i].host))
            continue;
        const auto it = t.layout.constFind(name);
        const std::optional<QPointF> from
            = it == t.layout.cend() ? std::nullopt : std::optional<QPointF>(*it);
        moves.append({name, from, m_layout.nodes[i] + delta});
    }
    // Arrow presses in a row on the same selection are one step to undo.
    const QList<ObjectRef> selection = selectedObjects();
    if (selection != m_nudgeSelection || m_nudgeGesture == 0) {
        m_nudgeGesture = m_editor->newGesture();
        m_nudgeSelection = selection;
    }
    m_editor->moveNodes(moves, m_nudgeGesture);
}

QList<DesignItem *> DesignScene::designItems() const
{
    QList<DesignItem *> all;
    for (ObjectKind kind : {ObjectKind::Network, ObjectKind::Host, ObjectKind::Node,
                            ObjectKind::Vip, ObjectKind::Storage}) {
        for (int i = 0; i < count(kind); ++i)
            all << itemFor(kind, i);
    }
    return all;
}

DesignItem *DesignScene::currentItem() const
{
    if (auto *focused = dynamic_cast<DesignItem *>(focusItem()); focused && focused->isSelected())
        return focused;
    const auto selected = selectedItems();
    for (QGraphicsItem *item : selected) {
        if (auto *design = dynamic_cast<DesignItem *>(item))
            return design;
    }
    return nullptr;
}

void DesignScene::makeCurrent(DesignItem *item)
{
    selectObjects({item->ref()});
    setFocusItem(item);
}

bool DesignScene::selectNext(bool forward)
{
    QList<DesignItem *> all = designItems();
    if (all.isEmpty())
        return false;
    // Reading order: rows of 40 px from the top, then left to right.
    const auto key = [](const DesignItem *item) {
        const QRectF r = item->sceneBoundingRect();
        return std::pair(std::floor(r.top() / 40), r.left());
    };
    std::stable_sort(all.begin(), all.end(),
                     [&key](const DesignItem *a, const DesignItem *b) { return key(a) < key(b); });
    DesignItem *current = currentItem();
    qsizetype at = current ? all.indexOf(current) : -1;
    if (at < 0)
        at = forward ? -1 : 0;
    const qsizetype next = (at + (forward ? 1 : -1) + all.size()) % all.size();
    makeCurrent(all[next]);
    return true;
}

bool DesignScene::selectNeighbour(Qt::ArrowType direction)
{
    DesignItem *current = currentItem();
    if (!current)
        return selectNext(true);
    const QPointF from = current->sceneBoundingRect().center();
    DesignItem *best = nullptr;
    qreal bestScore = 0;
    const auto all = designItems();
    for (DesignItem *item : all) {
        // The frame around the current node is no neighbour of it.
        if (item == current || item->sceneBoundingRect().contains(from))
            continue;
        const QPointF d = item->sceneBoundingRect().center() - from;
        qreal along = 0, across = 0;
        switch (direction) {
        case Qt::LeftArrow:
            along = -d.x();
            across = d.y();
            break;
        case Qt::RightArrow:
            along = d.x();
            across = d.y();
            break;
        case Qt::UpArrow:
            along = -d.y();
            across = d.x();
            break;
        default:
            along = d.y();
            across = d.x();
            break;
        }
        if (along <= 1)
            continue;
        // Prefer what lies straight ahead over what is nearer but off to the side.
        const qreal score = along + 3 * std::abs(across);
        if (!best || score < bestScore) {
            best = item;
            bestScore = score;
        }
    }
    if (!best)
        return false;
    makeCurrent(best);
    return true;
}

} // namespace Clusterwright
