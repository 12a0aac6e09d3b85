// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "validation/finding.h"

#include <QGraphicsItem>

#include <optional>

namespace Clusterwright {

// What a failure simulation says about an object; never part of the document.
enum class SimulatedState {
    Up,
    Failed,      // the user marked it as failed
    Down,        // a node on a failed host
    ServiceLost, // a VIP or storage pool that stops working
};

struct SimulationMark
{
    ObjectRef object;
    SimulatedState state = SimulatedState::Up;
    QString note; // short, drawn on the item
    QString tip;  // the whole explanation, in the tooltip
};

// A deploy's state of one node, mirrored on its card while the dashboard shows a run.
enum class NodeRunPhase { None, Pending, Connecting, Running, Done, Failed, Cancelled };

struct NodeRunState
{
    NodeRunPhase phase = NodeRunPhase::None;
    QString step; // the step it is on (or failed in)
};

// The common part of the items that stand for one named object of the design: which
// object (kind and current index, kept up to date by the scene) and its findings badge.
class DesignItem : public QGraphicsItem
{
public:
    DesignItem(ObjectKind kind, int index);

    ObjectKind objectKind() const { return m_kind; }
    int objectIndex() const { return m_index; }
    void setObjectIndex(int index) { m_index = index; }
    QString objectName() const { return m_name; }
    ObjectRef ref() const { return {m_kind, m_name, m_index}; }

    // The worst severity of the findings about this object and their messages (tooltip).
    void setFindings(std::optional<Severity> severity, const QString &messages);
    std::optional<Severity> severity() const { return m_severity; }

    // Greys the item and writes `note` on it while a failure is simulated; `tip` adds to the
    // tooltip.
    void setSimulated(SimulatedState state, const QString &note = {}, const QString &tip = {});
    SimulatedState simulatedState() const { return m_simulated; }
    QString simulatedNote() const { return m_simulatedNote; }

    // A potential drop target under a dragged node.
    void setDropHighlight(bool on);

protected:
    void setObjectName(const QString &name) { m_name = name; }
    // What the tooltip says under the name; the findings follow.
    void setDetails(const QString &details);
    // The decorations on top of the item: the simulation veil and note, then the badge.
    void paintBadge(QPainter *painter, QPointF center) const;
    bool dropHighlight() const { return m_dropHighlight; }

private:
    void updateToolTip();

    ObjectKind m_kind;
    int m_index;
    QString m_name;
    std::optional<Severity> m_severity;
    QString m_findings;
    QString m_details;
    SimulatedState m_simulated = SimulatedState::Up;
    QString m_simulatedNote;
    QString m_simulatedTip;
    bool m_dropHighlight = false;
};

} // namespace Clusterwright
