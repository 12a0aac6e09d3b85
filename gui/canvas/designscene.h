// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "canvas/designitem.h"
#include "canvas/layoutengine.h"
#include "edit/objectfactory.h"
#include "validation/finding.h"

#include <QGraphicsScene>
#include <QHash>

#include <memory>

namespace Clusterwright {

class DesignEditor;
class DesignItem;
class HostFrameItem;
class LinkItem;
class NetworkItem;
class NodeDrag;
class NodeItem;
class StorageItem;
class TopologyDocument;
class VipItem;

// The design drawn as a diagram. A view of the document: items are created, changed and
// removed only in reaction to the document's signals, and every change the user makes with
// the mouse goes to the DesignEditor as a command. Geometry comes from the LayoutEngine and
// is brought up to date once per edit (the editor's batch), not once per document signal.
class DesignScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit DesignScene(DesignEditor *editor, QObject *parent = nullptr);
    ~DesignScene() override;

    DesignEditor *editor() const { return m_editor; }
    const LayoutEngine::Result &layout() const { return m_layout; }

    // Findings from the validator, shown as severity badges on the objects they name.
    void setFindings(const QList<Finding> &findings);
    // A failure simulation's marks (greyed, annotated items); objects not named are up.
    void setSimulation(const QList<SimulationMark> &marks);
    // A deploy mirrored on the node cards (node name -> state); nodes not named are untouched.
    void setRunStates(const QHash<QString, NodeRunState> &states);
    void clearRunStates();

    QList<ObjectRef> selectedObjects() const;
    void selectObjects(const QList<ObjectRef> &objects);
    DesignItem *itemFor(ObjectKind kind, int index) const;
    DesignItem *itemFor(const ObjectRef &ref) const;
    const QList<LinkItem *> &linksOf(int node) const { return m_links.at(node); }
    int count(ObjectKind kind) const;

    // Where each node is drawn, stored position or not.
    QHash<QString, QPointF> nodePositions() const;
    // The canvas around the selection, or around everything when nothing is selected.
    QRectF itemsBoundingRectOf(const QList<ObjectRef> &objects) const;

    // Creates a palette object at `scenePos` as if dropped there (onto the bus or into the
    // host frame under that point), selects it and returns it.
    ObjectRef placeObject(PaletteItemKind kind, QPointF scenePos);
    // Click-then-place: the next left click on the canvas places this kind.
    void setPendingPlacement(std::optional<PaletteItemKind> kind);
    std::optional<PaletteItemKind> pendingPlacement() const { return m_pending; }

    // Drop targets under a scene point: a bus, or a host frame other than `exceptHosts`.
    NetworkItem *networkAt(QPointF scenePos) const;
    HostFrameItem *hostFrameAt(QPointF scenePos, const QStringList &exceptHosts = {}) const;

    // Escape during a drag: the nodes go back and nothing is left to undo.
    bool cancelDrag();
    // Moves the selected nodes (and the nodes of selected hosts) by whole grid steps.
    void nudgeSelection(QPointF delta);
    // Selects the next or previous object in reading order; false when there are none.
    bool selectNext(bool forward);
    // Selects the nearest object in a direction from the current one.
    bool selectNeighbour(Qt::ArrowType direction);

    // Brings geometry up to date now (normally done at the end of each edit).
    void relayout();
    // Keeps buses in place while something is dragged (see LayoutEngine::freezeExtents).
    void setLayoutFrozen(bool frozen);

    static constexpr char PaletteMimeType[] = "application/x-clusterwright-palette";

signals:
    void pendingPlacementChanged(bool active);
    // The user created an object on the canvas (drop or click-then-place).
    void objectPlaced(const Clusterwright::ObjectRef &ref);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void dragEnterEvent(QGraphicsSceneDragDropEvent *event) override;
    void dragMoveEvent(QGraphicsSceneDragDropEvent *event) override;
    void dragLeaveEvent(QGraphicsSceneDragDropEvent *event) override;
    void dropEvent(QGraphicsSceneDragDropEvent *event) override;
    bool event(QEvent *event) override;

private:
    void rebuild();
    void onInserted(ObjectKind kind, int index);
    void onRemoved(ObjectKind kind, int index);
    void onChanged(ObjectKind kind, int index);
    void markDirty();
    void syncNode(int index);
    void syncLinks(int node);
    void syncVips();
    void applyFindings(DesignItem *item) const;
    void applySimulation(DesignItem *item) const;
    void highlightDropTarget(QPointF scenePos, const QStringList &exceptHosts);
    QList<DesignItem *> designItems() const;
    DesignItem *currentItem() const;
    void makeCurrent(DesignItem *item);

    DesignEditor *m_editor;
    TopologyDocument *m_document;
    LayoutEngine m_engine;
    LayoutEngine::Result m_layout;
    QList<HostFrameItem *> m_hosts;
    QList<NetworkItem *> m_networks;
    QList<NodeItem *> m_nodes;
    QList<QList<LinkItem *>> m_links;
    QList<VipItem *> m_vips;
    QList<StorageItem *> m_storage;
    bool m_dirty = false;
    bool m_rebuilding = false;
    bool m_hostCountsDirty = true;
    bool m_linksDirty = false;
    QHash<std::pair<int, QString>, std::pair<Severity, QString>> m_findings;
    QHash<std::pair<int, QString>, SimulationMark> m_simulation;
    QHash<QString, NodeRunState> m_runStates;
    std::optional<PaletteItemKind> m_pending;
    std::unique_ptr<NodeDrag> m_drag;
    DesignItem *m_dropTarget = nullptr;
    int m_nudgeGesture = 0;
    QList<ObjectRef> m_nudgeSelection;
};

} // namespace Clusterwright
