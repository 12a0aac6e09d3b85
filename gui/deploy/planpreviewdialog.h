// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "deploy/artifactviewer.h"
#include "deploy/deploycontroller.h"
#include "deploy/plan.h"

#include <QDialog>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;
class QTreeWidget;

namespace Clusterwright {

// The plan before anything runs: nodes, phases, step count, the files each
// node gets ("Review files" shows them), the connection settings of this run
// and, for a rehearsal, the injected failures. Start accepts the dialog.
class PlanPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    PlanPreviewDialog(const Plan &plan, const Topology &topology, DeployController::Mode mode,
                      QWidget *parent = nullptr);

    void setSettings(const DeployController::Settings &settings);
    DeployController::Settings settings() const;

    QTreeWidget *stepsTree() const { return m_steps; }
    QTreeWidget *filesTree() const { return m_files; }
    QTableWidget *overrideTable() const { return m_overrides; }
    QLabel *summaryLabel() const { return m_summary; }
    ArtifactViewer *reviewFiles(const QString &node = {});

private:
    QWidget *planPage(const Plan &plan);
    QWidget *filesPage();
    QWidget *connectionPage(const Topology &topology);
    QWidget *rehearsalPage(const Topology &topology);

    DeployController::Mode m_mode;
    QList<RenderedFile> m_rendered;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_steps = nullptr;
    QTreeWidget *m_files = nullptr;
    QSpinBox *m_parallel = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_key = nullptr;
    QCheckBox *m_acceptNew = nullptr;
    QTableWidget *m_overrides = nullptr;
    QTableWidget *m_failures = nullptr; // rehearsal: node, fail preflight, slow join
    QDoubleSpinBox *m_speed = nullptr;
};

} // namespace Clusterwright
