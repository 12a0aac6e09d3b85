// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "validation/faulttolerance.h"

#include <QWidget>

class QLabel;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace Clusterwright {

class FailureSimulation;
class TopologyDocument;
class ValidationService;

// The Fault Tolerance panel: the validator's readout (etcd quorum, API endpoint, storage
// and LoadBalancer pools, single points of failure), a checklist of hosts and nodes to
// fail, and what the failure breaks.
class FaultsWidget : public QWidget
{
    Q_OBJECT

public:
    FaultsWidget(ValidationService *service, FailureSimulation *simulation,
                 TopologyDocument *document, QWidget *parent = nullptr);

    QTreeWidget *readout() const { return m_readout; }
    QTreeWidget *targets() const { return m_targets; }
    QTreeWidget *outcomes() const { return m_outcomes; }
    QLabel *summary() const { return m_summary; }
    // The checklist row of a host or node, for tests and keyboard users.
    QTreeWidgetItem *targetItem(const QString &name) const;
    QSize sizeHint() const override;

    enum DataRole { KindRole = Qt::UserRole + 1, NameRole };

private:
    void showReadout(const FaultToleranceSummary &summary);
    void rebuildTargets();
    void syncChecks();
    void targetChanged(QTreeWidgetItem *item);
    void showOutcomes();

    ValidationService *m_service;
    FailureSimulation *m_simulation;
    TopologyDocument *m_document;
    QLabel *m_etcd;
    QTreeWidget *m_readout;
    QTreeWidget *m_targets;
    QTreeWidget *m_outcomes;
    QLabel *m_summary;
    QTimer *m_rebuild;
    QStringList m_shownTargets; // what the checklist was built from, to skip needless rebuilds
    bool m_syncing = false;
};

} // namespace Clusterwright
