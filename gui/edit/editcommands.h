// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "edit/objectvalue.h"
#include "edit/topologypatch.h"

#include <QElapsedTimer>
#include <QPointF>
#include <QUndoCommand>

#include <optional>

namespace Clusterwright {

class DesignEditor;
class TopologyDocument;

// The base of every edit: redo() and undo() run inside one editor batch, so views update
// once per command (and once per macro), not once per document signal. A command with
// children is a macro: its own change runs first on redo and last on undo.
class DocumentCommand : public QUndoCommand
{
public:
    DocumentCommand(DesignEditor *editor, const QString &text, QUndoCommand *parent = nullptr);

    void redo() final;
    void undo() final;

protected:
    virtual void applyRedo() {}
    virtual void applyUndo() {}
    TopologyDocument *document() const;

private:
    DesignEditor *m_editor;
};

// Inserts an object; a node also gets its canvas position.
class InsertObjectCommand : public DocumentCommand
{
public:
    InsertObjectCommand(DesignEditor *editor, const QString &text, int index, ObjectValue value,
                        std::optional<QPointF> position = {}, QUndoCommand *parent = nullptr);

private:
    void applyRedo() override;
    void applyUndo() override;

    int m_index;
    ObjectValue m_value;
    std::optional<QPointF> m_position;
};

// Removes an object; a node takes its canvas position with it.
class RemoveObjectCommand : public DocumentCommand
{
public:
    RemoveObjectCommand(DesignEditor *editor, const QString &text, ObjectKind kind, int index,
                        QUndoCommand *parent = nullptr);

private:
    void applyRedo() override;
    void applyUndo() override;

    ObjectKind m_kind;
    int m_index;
    ObjectValue m_value;
    std::optional<QPointF> m_position;
};

// The memento for every property edit of a host, network, node, VIP or storage pool.
// Edits of one field of one object in quick succession merge into one step.
class ReplaceObjectCommand : public DocumentCommand
{
public:
    ReplaceObjectCommand(DesignEditor *editor, const QString &text, int index, ObjectValue before,
                         ObjectValue after, const QString &field = {},
                         QUndoCommand *parent = nullptr);

    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    void applyRedo() override;
    void applyUndo() override;

    int m_index;
    ObjectValue m_before;
    ObjectValue m_after;
    QString m_field;
    QElapsedTimer m_lastEdit;
};

// Cluster-wide settings and metadata, as one memento; merges like ReplaceObjectCommand.
class EditClusterCommand : public DocumentCommand
{
public:
    struct State
    {
        Metadata metadata;
        ClusterSettings cluster;
        bool operator==(const State &) const = default;
    };
    EditClusterCommand(DesignEditor *editor, const QString &text, State before, State after,
                       const QString &field = {}, QUndoCommand *parent = nullptr);

    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    void applyRedo() override;
    void applyUndo() override;

    State m_before;
    State m_after;
    QString m_field;
    QElapsedTimer m_lastEdit;
};

struct NodeMove
{
    QString node;
    std::optional<QPointF> from; // nullopt: no stored position (the auto-layout places it)
    std::optional<QPointF> to;
    bool operator==(const NodeMove &) const = default;
};

// Moves nodes on the canvas. All steps of one gesture (same gesture id) merge into one.
class MoveNodesCommand : public DocumentCommand
{
public:
    MoveNodesCommand(DesignEditor *editor, const QString &text, QList<NodeMove> moves, int gesture,
                     QUndoCommand *parent = nullptr);

    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    void applyRedo() override;
    void applyUndo() override;

    QList<NodeMove> m_moves;
    int m_gesture;
};

// Replaces objects, settings and positions at once: renames with their references, the
// reference clean-up before a delete, an applied fix.
class PatchCommand : public DocumentCommand
{
public:
    PatchCommand(DesignEditor *editor, const QString &text, TopologyPatch patch,
                 QUndoCommand *parent = nullptr);

private:
    void applyRedo() override;
    void applyUndo() override;

    TopologyPatch m_patch;
};

} // namespace Clusterwright
