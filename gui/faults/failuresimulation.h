// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "validation/finding.h"

#include <QObject>

class QAction;

namespace Clusterwright {

class DesignScene;
class TopologyDocument;
class ValidationService;
struct SimulationMark;
struct WhatIfResult;

// Which nodes and physical hosts the user pretends have failed. Lives beside the document,
// never in it: nothing here is undoable or saved. Follows renames, forgets deleted objects,
// asks the validation service for the what-if and marks the canvas with the answer.
class FailureSimulation : public QObject
{
    Q_OBJECT

public:
    FailureSimulation(ValidationService *service, DesignScene *scene, QObject *parent = nullptr);

    // Nodes and hosts, in the order they were failed.
    const QList<ObjectRef> &failed() const { return m_failed; }
    QStringList failedNames() const;
    bool isFailed(ObjectKind kind, const QString &name) const;
    void setFailed(ObjectKind kind, const QString &name, bool failed);
    // Fails the selected nodes and hosts, or brings them back when all are failed already.
    void toggleSelection();
    void clear();

    // "Simulate Failure" (checkable, follows the canvas selection) and "Clear Simulation".
    QAction *toggleAction() const { return m_toggle; }
    QAction *clearAction() const { return m_clear; }

    // The canvas marks for a what-if answer: failed, down with their host, service lost.
    QList<SimulationMark> marks(const WhatIfResult &result, const WhatIfResult &baseline) const;

signals:
    void changed();

private:
    void publish();
    void updateActions();
    void aboutToChange(ObjectKind kind, int index);
    void objectChanged(ObjectKind kind, int index);
    void aboutToRemove(ObjectKind kind, int index);

    ValidationService *m_service;
    DesignScene *m_scene;
    TopologyDocument *m_document;
    QList<ObjectRef> m_failed;
    QString m_changing; // the name of the object about to change, to notice renames
    QAction *m_toggle;
    QAction *m_clear;
};

} // namespace Clusterwright
