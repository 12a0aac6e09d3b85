// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "edit/editcommands.h"

#include <QPointF>
#include <QStringList>

namespace Clusterwright {

class DesignScene;

// One mouse drag of nodes (or of a host frame, which drags its nodes). Every step is a move
// command of one gesture, so the whole drag is one undo step. Released on a bus, the nodes
// go back and get attached to that network; released in another host's frame, they are
// placed on that host where they were dropped.
class NodeDrag
{
public:
    NodeDrag(DesignScene *scene, QPointF pressPos, const QStringList &nodes, bool dragsHost);

    void move(QPointF scenePos, bool snap);
    void finish(QPointF scenePos);
    // Puts the nodes back where they started (Escape).
    void cancel();
    bool started() const { return m_started; }
    QStringList nodes() const { return m_nodes; }
    // Hosts the dragged nodes are on: their frames are no drop targets.
    QStringList ownHosts() const { return m_ownHosts; }
    bool dragsHost() const { return m_dragsHost; }

private:
    QList<NodeMove> movesBy(QPointF delta) const;
    void revert();

    DesignScene *m_scene;
    QPointF m_press;
    QStringList m_nodes;
    QList<std::optional<QPointF>> m_stored; // as in the document before the drag
    QList<QPointF> m_start;                 // as drawn before the drag
    QStringList m_ownHosts;
    QPointF m_delta;
    int m_gesture = 0;
    bool m_dragsHost = false;
    bool m_started = false;
};

} // namespace Clusterwright
