// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "canvas/nodedrag.h"

#include "canvas/designscene.h"
#include "canvas/hostframeitem.h"
#include "canvas/layoutengine.h"
#include "canvas/networkitem.h"
#include "edit/designeditor.h"

#include <QApplication>

namespace Clusterwright {

NodeDrag::NodeDrag(DesignScene *scene, QPointF pressPos, const QStringList &nodes, bool dragsHost)
    : m_scene(scene)
    , m_press(pressPos)
    , m_nodes(nodes)
    , m_dragsHost(dragsHost)
{
    const Topology &t = scene->editor()->topology();
    const auto &layout = scene->layout();
    for (const QString &name : nodes) {
        const int index = t.nodeIndex(name);
        const auto it = t.layout.constFind(name);
        m_stored << (it == t.layout.cend() ? std::nullopt : std::optional<QPointF>(*it));
        m_start << (index >= 0 ? layout.nodes.value(index) : QPointF());
        if (index >= 0 && !t.nodes[index].host.isEmpty()
            && !m_ownHosts.contains(t.nodes[index].host))
            m_ownHosts << t.nodes[index].host;
    }
}

QList<NodeMove> NodeDrag::movesBy(QPointF delta) const
{
    QList<NodeMove> moves;
    moves.reserve(m_nodes.size());
    for (qsizetype i = 0; i < m_nodes.size(); ++i)
        moves.append({m_nodes[i], m_stored[i], m_start[i] + delta});
    return moves;
}

void NodeDrag::move(QPointF scenePos, bool snap)
{
    if (m_nodes.isEmpty())
        return;
    QPointF delta = scenePos - m_press;
    if (!m_started && delta.manhattanLength() < QApplication::startDragDistance())
        return;
    if (!m_started) {
        m_started = true;
        m_gesture = m_scene->editor()->newGesture();
        m_scene->setLayoutFrozen(true);
    }
    // Snap the first node to the grid and move the others with it, keeping their offsets.
    if (snap)
        delta = LayoutEngine::snapped(m_start.first() + delta) - m_start.first();
    if (delta == m_delta)
        return;
    m_delta = delta;
    m_scene->editor()->moveNodes(movesBy(delta), m_gesture);
}

void NodeDrag::revert()
{
    QList<NodeMove> back;
    for (qsizetype i = 0; i < m_nodes.size(); ++i)
        back.append({m_nodes[i], m_stored[i], m_stored[i]});
    // Same gesture: merges into the drag's command, which then undoes to nothing and goes.
    m_scene->editor()->moveNodes(back, m_gesture);
    m_delta = {};
}

void NodeDrag::cancel()
{
    if (m_started)
        revert();
}

void NodeDrag::finish(QPointF scenePos)
{
    if (!m_started || m_dragsHost)
        return;
    DesignEditor *editor = m_scene->editor();
    if (NetworkItem *network = m_scene->networkAt(scenePos)) {
        const Topology &t = editor->topology();
        const QString name = network->objectName();
        QStringList detached;
        for (const QString &node : std::as_const(m_nodes)) {
            const int index = t.nodeIndex(node);
            const bool attached
                = index >= 0
                  && std::any_of(t.nodes[index].interfaces.cbegin(),
                                 t.nodes[index].interfaces.cend(),
                                 [&name](const Interface &i) { return i.network == name; });
            if (!attached)
                detached << node;
        }
        if (!detached.isEmpty()) {
            revert();
            editor->attachToNetwork(detached, name);
            return;
        }
    }
    if (HostFrameItem *host = m_scene->hostFrameAt(scenePos, m_ownHosts)) {
        const QList<NodeMove> moves = movesBy(m_delta);
        revert();
        editor->placeOnHost(m_nodes, host->objectName(), moves);
    }
}

} // namespace Clusterwright
