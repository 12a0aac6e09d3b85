// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "edit/editcommands.h"

#include "edit/designeditor.h"
#include "edit/undocommands.h"
#include "model/topologydocument.h"

namespace Clusterwright {
namespace {

// Field edits further apart than this are separate undo steps even in one field.
constexpr qint64 MergeWindowMs = 2000;

std::optional<QPointF> storedPosition(const Topology &t, const QString &node)
{
    const auto it = t.layout.constFind(node);
    return it == t.layout.cend() ? std::nullopt : std::optional<QPointF>(*it);
}

} // namespace

DocumentCommand::DocumentCommand(DesignEditor *editor, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_editor(editor)
{}

TopologyDocument *DocumentCommand::document() const
{
    return m_editor->document();
}

void DocumentCommand::redo()
{
    m_editor->beginBatch();
    applyRedo();
    QUndoCommand::redo();
    m_editor->endBatch();
}

void DocumentCommand::undo()
{
    m_editor->beginBatch();
    QUndoCommand::undo();
    applyUndo();
    m_editor->endBatch();
}

InsertObjectCommand::InsertObjectCommand(DesignEditor *editor, const QString &text, int index,
                                         ObjectValue value, std::optional<QPointF> position,
                                         QUndoCommand *parent)
    : DocumentCommand(editor, text, parent)
    , m_index(index)
    , m_value(std::move(value))
    , m_position(position)
{}

void InsertObjectCommand::applyRedo()
{
    // The position first: a node that appears without one would be auto-placed for a moment.
    if (m_position)
        document()->setNodePosition(nameOf(m_value), m_position);
    insertObject(document(), m_index, m_value);
}

void InsertObjectCommand::applyUndo()
{
    removeObject(document(), kindOf(m_value), m_index);
    if (m_position)
        document()->setNodePosition(nameOf(m_value), std::nullopt);
}

RemoveObjectCommand::RemoveObjectCommand(DesignEditor *editor, const QString &text, ObjectKind kind,
                                         int index, QUndoCommand *parent)
    : DocumentCommand(editor, text, parent)
    , m_kind(kind)
    , m_index(index)
    , m_value(objectAt(editor->document()->topology(), kind, index))
{
    if (kind == ObjectKind::Node)
        m_position = storedPosition(editor->document()->topology(), nameOf(m_value));
}

void RemoveObjectCommand::applyRedo()
{
    removeObject(document(), m_kind, m_index);
    if (m_position)
        document()->setNodePosition(nameOf(m_value), std::nullopt);
}

void RemoveObjectCommand::applyUndo()
{
    if (m_position)
        document()->setNodePosition(nameOf(m_value), m_position);
    insertObject(document(), m_index, m_value);
}

ReplaceObjectCommand::ReplaceObjectCommand(DesignEditor *editor, const QString &text, int index,
                                           ObjectValue before, ObjectValue after,
                                           const QString &field, QUndoCommand *parent)
    : DocumentCommand(editor, text, parent)
    , m_index(index)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_field(field)
{
    m_lastEdit.start();
}

int ReplaceObjectCommand::id() const
{
    return m_field.isEmpty() ? undoId(UndoCommandId::NoMerge) : undoId(UndoCommandId::EditObject);
}

bool ReplaceObjectCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ReplaceObjectCommand *>(other);
    if (next->m_field != m_field || next->m_index != m_index
        || kindOf(next->m_before) != kindOf(m_before) || m_lastEdit.elapsed() > MergeWindowMs)
        return false;
    m_after = next->m_after;
    m_lastEdit.start();
    setObsolete(m_before == m_after);
    return true;
}

void ReplaceObjectCommand::applyRedo()
{
    replaceObject(document(), m_index, m_after);
}

void ReplaceObjectCommand::applyUndo()
{
    replaceObject(document(), m_index, m_before);
}

EditClusterCommand::EditClusterCommand(DesignEditor *editor, const QString &text, State before,
                                       State after, const QString &field, QUndoCommand *parent)
    : DocumentCommand(editor, text, parent)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_field(field)
{
    m_lastEdit.start();
}

int EditClusterCommand::id() const
{
    return m_field.isEmpty() ? undoId(UndoCommandId::NoMerge) : undoId(UndoCommandId::EditCluster);
}

bool EditClusterCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const EditClusterCommand *>(other);
    if (next->m_field != m_field || m_lastEdit.elapsed() > MergeWindowMs)
        return false;
    m_after = next->m_after;
    m_lastEdit.start();
    setObsolete(m_before == m_after);
    return true;
}

void EditClusterCommand::applyRedo()
{
    document()->setMetadata(m_after.metadata);
    document()->setCluster(m_after.cluster);
}

void EditClusterCommand::applyUndo()
{
    document()->setMetadata(m_before.metadata);
    document()->setCluster(m_before.cluster);
}

MoveNodesCommand::MoveNodesCommand(DesignEditor *editor, const QString &text, QList<NodeMove> moves,
                                   int gesture, QUndoCommand *parent)
    : DocumentCommand(editor, text, parent)
    , m_moves(std::move(moves))
    , m_gesture(gesture)
{}

int MoveNodesCommand::id() const
{
    return undoId(UndoCommandId::MoveNodes);
}

bool MoveNodesCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const MoveNodesCommand *>(other);
    if (next->m_gesture != m_gesture || next->m_moves.size() != m_moves.size())
        return false;
    for (qsizetype i = 0; i < m_moves.size(); ++i) {
        if (next->m_moves[i].node != m_moves[i].node)
            return false;
    }
    bool unchanged = true;
    for (qsizetype i = 0; i < m_moves.size(); ++i) {
        m_moves[i].to = next->m_moves[i].to;
        unchanged = unchanged && m_moves[i].from == m_moves[i].to;
    }
    setObsolete(unchanged);
    return true;
}

void MoveNodesCommand::applyRedo()
{
    for (const NodeMove &move : std::as_const(m_moves))
        document()->setNodePosition(move.node, move.to);
}

void MoveNodesCommand::applyUndo()
{
    for (const NodeMove &move : std::as_const(m_moves))
        document()->setNodePosition(move.node, move.from);
}

PatchCommand::PatchCommand(DesignEditor *editor, const QString &text, TopologyPatch patch,
                           QUndoCommand *parent)
    : DocumentCommand(editor, text, parent)
    , m_patch(std::move(patch))
{}

void PatchCommand::applyRedo()
{
    m_patch.apply(document());
}

void PatchCommand::applyUndo()
{
    m_patch.revert(document());
}

} // namespace Clusterwright
