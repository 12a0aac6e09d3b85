// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "edit/editcommands.h"
#include "edit/objectfactory.h"
#include "validation/finding.h"

#include <QHash>
#include <QObject>

class QUndoStack;

namespace Clusterwright {

class TopologyDocument;

// The editing side of one document: owns its undo stack and turns what the canvas, the
// palette and the property editor ask for into commands. Nothing else writes to the document
// during editing. Views follow the document's signals and refresh once per batchFinished().
class DesignEditor : public QObject
{
    Q_OBJECT

public:
    explicit DesignEditor(TopologyDocument *document, QObject *parent = nullptr);
    ~DesignEditor() override;

    TopologyDocument *document() const { return m_document; }
    QUndoStack *undoStack() const { return m_undoStack; }
    const Topology &topology() const;

    // Commands bracket their document calls with these; nesting is allowed.
    void beginBatch();
    void endBatch();
    bool inBatch() const { return m_batchDepth > 0; }

    // A new object from the palette. A node goes to `position` and, when given, onto `host`
    // and `network` (with the network's next free address); a VIP, pool or NFS share goes on
    // `network`, or on a sensible one when empty.
    ObjectRef addObject(PaletteItemKind kind, QPointF position, const QString &network = {},
                        const QString &host = {});

    // Attaches nodes to a network with the network's next free addresses, as one undo step.
    // False with a reason when all already are attached, or the network has no usable CIDR
    // or no free address.
    bool attachToNetwork(const QStringList &nodes, const QString &network,
                         QString *error = nullptr);
    // Puts nodes on a host; `moves` (may be empty) are part of the same undo step.
    void placeOnHost(const QStringList &nodes, const QString &host, const QList<NodeMove> &moves);

    // A gesture id for moveNodes(): all moves with one id merge into one undo step.
    int newGesture() { return ++m_gesture; }
    void moveNodes(const QList<NodeMove> &moves, int gesture);

    void deleteObjects(const QList<ObjectRef> &objects);
    // `positions`: where the canvas shows each node, so copies land next to the originals.
    QByteArray copy(const QList<ObjectRef> &objects,
                    const QHash<QString, QPointF> &positions) const;
    QList<ObjectRef> paste(const QByteArray &fragment, QPointF offset, const QString &text = {});
    QList<ObjectRef> duplicate(const QList<ObjectRef> &objects,
                               const QHash<QString, QPointF> &positions, QPointF offset);

    // Renames an object and every reference to it, as one undo step.
    bool rename(ObjectKind kind, int index, const QString &name, QString *error = nullptr);
    // One property edit; `field` names the edited field so that typing in it merges.
    void editObject(int index, const ObjectValue &after, const QString &field, const QString &text);
    void editCluster(const Metadata &metadata, const ClusterSettings &cluster, const QString &field,
                     const QString &text);
    // Any change that keeps every object at its index (fixes, auto-layout).
    bool applyTopology(const Topology &after, const QString &text);

signals:
    // The outermost batch ended: the document is consistent again.
    void batchFinished();

private:
    QString defaultNetwork(PaletteItemKind kind) const;

    TopologyDocument *m_document;
    QUndoStack *m_undoStack;
    int m_batchDepth = 0;
    int m_gesture = 0;
};

} // namespace Clusterwright
