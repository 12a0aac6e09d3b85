// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
// DesignScene's selection, findings and simulation: which objects are selected, selecting
// them by reference, where nodes are drawn, the severity badges and simulated failures.
#include "canvas/designscene.h"

#include "canvas/designitem.h"
#include "canvas/nodeitem.h"
#include "model/topologydocument.h"

namespace Clusterwright {

using namespace Qt::StringLiterals;

QList<ObjectRef> DesignScene::selectedObjects() const
{
    QList<ObjectRef> refs;
    const auto items = selectedItems();
    for (QGraphicsItem *item : items) {
        if (auto *design = dynamic_cast<DesignItem *>(item))
            refs << design->ref();
    }
    // Reading order of the design, not the order of clicks.
    std::sort(refs.begin(), refs.end(), [](const ObjectRef &a, const ObjectRef &b) {
        return std::pair(int(a.kind), a.index) < std::pair(int(b.kind), b.index);
    });
    return refs;
}

void DesignScene::selectObjects(const QList<ObjectRef> &objects)
{
    QSignalBlocker blocker(this);
    clearSelection();
    DesignItem *last = nullptr;
    for (const ObjectRef &ref : objects) {
        if (DesignItem *item = itemFor(ref)) {
            item->setSelected(true);
            last = item;
        }
    }
    blocker.unblock();
    emit selectionChanged();
    if (last)
        setFocusItem(last);
}

QHash<QString, QPointF> DesignScene::nodePositions() const
{
    QHash<QString, QPointF> positions;
    const Topology &t = m_document->topology();
    positions.reserve(t.nodes.size());
    for (int i = 0; i < t.nodes.size() && i < m_layout.nodes.size(); ++i)
        positions.insert(t.nodes[i].name, m_layout.nodes[i]);
    return positions;
}

QRectF DesignScene::itemsBoundingRectOf(const QList<ObjectRef> &objects) const
{
    if (objects.isEmpty())
        return m_layout.bounds;
    QRectF rect;
    for (const ObjectRef &ref : objects) {
        if (DesignItem *item = itemFor(ref))
            rect |= item->sceneBoundingRect();
    }
    return rect;
}

void DesignScene::setFindings(const QList<Finding> &findings)
{
    m_findings.clear();
    for (const Finding &finding : findings) {
        for (const ObjectRef &ref : finding.objects) {
            auto &entry = m_findings[{int(ref.kind), ref.name}];
            const bool first = entry.second.isEmpty();
            if (first || int(finding.severity) > int(entry.first))
                entry.first = finding.severity;
            entry.second += (first ? QString() : QStringLiteral("\n")) + u"• "_s + finding.message;
        }
    }
    for (ObjectKind kind : {ObjectKind::Host, ObjectKind::Network, ObjectKind::Node,
                            ObjectKind::Vip, ObjectKind::Storage}) {
        for (int i = 0; i < count(kind); ++i)
            applyFindings(itemFor(kind, i));
    }
}

void DesignScene::setSimulation(const QList<SimulationMark> &marks)
{
    m_simulation.clear();
    for (const SimulationMark &mark : marks)
        m_simulation.insert({int(mark.object.kind), mark.object.name}, mark);
    for (ObjectKind kind : {ObjectKind::Host, ObjectKind::Network, ObjectKind::Node,
                            ObjectKind::Vip, ObjectKind::Storage}) {
        for (int i = 0; i < count(kind); ++i)
            applySimulation(itemFor(kind, i));
    }
}

void DesignScene::setRunStates(const QHash<QString, NodeRunState> &states)
{
    m_runStates = states;
    for (NodeItem *node : std::as_const(m_nodes))
        node->setRunState(m_runStates.value(node->objectName()));
}

void DesignScene::clearRunStates()
{
    setRunStates({});
}

void DesignScene::applySimulation(DesignItem *item) const
{
    const auto it = m_simulation.constFind({int(item->objectKind()), item->objectName()});
    if (it == m_simulation.cend())
        item->setSimulated(SimulatedState::Up);
    else
        item->setSimulated(it->state, it->note, it->tip);
}

void DesignScene::applyFindings(DesignItem *item) const
{
    const auto it = m_findings.constFind({int(item->objectKind()), item->objectName()});
    if (it == m_findings.cend())
        item->setFindings(std::nullopt, {});
    else
        item->setFindings(it->first, it->second);
}

} // namespace Clusterwright
