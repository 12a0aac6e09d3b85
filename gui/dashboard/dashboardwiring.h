// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "dashboard/dashboardwidget.h"
#include "dashboard/failurepanel.h"
#include "deploy/deploycontroller.h"

#include <QDockWidget>

#include <functional>

namespace Clusterwright {

// Connects a DeployController to the dashboard. Header-only so that cwgui
// links without gui/deploy until the code that owns the controller includes
// it. `restart(journalPath)` starts the same design again with resume=true
// (Resume and Retry failed both continue from the journal); Retry step, Skip
// and Resume later decide on a failure the live run holds.
inline void connectDashboard(DashboardWidget *dashboard, DeployController *controller,
                             std::function<const Plan *()> plan,
                             std::function<void(const QString &journalPath)> restart)
{
    QObject::connect(controller, &DeployController::started, dashboard,
                     [dashboard, controller, plan](const RunStarted &run) {
                         dashboard->beginRun(
                             run, controller->mode() == DeployController::Mode::Rehearsal,
                             plan ? plan() : nullptr);
                         // "Copy SSH command" reaches the node the way the run did.
                         dashboard->failurePanel()->setAccess(controller->access());
                         if (auto *dock = qobject_cast<QDockWidget *>(dashboard->parentWidget())) {
                             dock->show();
                             dock->raise();
                         }
                     });
    QObject::connect(controller, &DeployController::eventsArrived, dashboard,
                     &DashboardWidget::addEvents);
    QObject::connect(controller, &DeployController::finished, dashboard,
                     &DashboardWidget::finishRun);
    QObject::connect(dashboard, &DashboardWidget::cancelRequested, controller,
                     &DeployController::cancel);
    QObject::connect(dashboard, &DashboardWidget::resumeRequested, dashboard, restart);
    QObject::connect(dashboard, &DashboardWidget::retryFailedRequested, dashboard, restart);
    // Decisions on a failure the live run waits on.
    QObject::connect(
        dashboard, &DashboardWidget::retryStepRequested, controller,
        [dashboard, controller](const QString &stepId) {
            if (!controller->retryStep(stepId))
                dashboard->failurePanel()->setNote(
                    DashboardWidget::tr("Not retried: %1 is not waiting for a decision any more.")
                        .arg(stepId));
        });
    QObject::connect(dashboard, &DashboardWidget::skipRequested, controller,
                     [dashboard, controller](const QString &stepId) {
                         QString why;
                         if (!controller->skipStep(stepId, &why))
                             dashboard->failurePanel()->setNote(
                                 DashboardWidget::tr("Not skipped: %1").arg(why));
                     });
    QObject::connect(dashboard, &DashboardWidget::resumeLaterRequested, controller,
                     &DeployController::resumeLater);
}

} // namespace Clusterwright
