// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "deploy/deploycontroller.h"

#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace Clusterwright {

class TopologyDocument;

// The Deploy, Rehearse and Cancel actions and the flow behind them: refuse a
// design with errors (listing them), show the plan preview, start the
// controller, answer its prompts with dialogs, offer "machine was re-created"
// after a changed host key. The dashboard listens to controller().
class DeployActions : public QObject
{
    Q_OBJECT

public:
    DeployActions(QWidget *window, TopologyDocument *document);

    QAction *deployAction() const { return m_deploy; }
    QAction *rehearseAction() const { return m_rehearse; }
    QAction *cancelAction() const { return m_cancel; }
    DeployController *controller() const { return m_controller; }
    // Prompts are modal to this widget (the dashboard, once it is shown).
    void setPromptParent(QWidget *parent) { m_promptParent = parent; }

    // The flow of the actions; false when nothing was started. `resume`:
    // continue from the latest journal without asking.
    bool begin(DeployController::Mode mode, bool resume = false);
    // The dashboard's Resume and Retry failed: the controller's last run, or
    // after a restart the journal's design, through the preview (settings).
    bool resume(const QString &journalPath);
    // Asks, then cancels (the run stops promptly and stays resumable).
    void askCancel();

private:
    void updateActions();
    void finished(const RunFinished &result);
    QWidget *promptParent() const;

    QWidget *m_window;
    TopologyDocument *m_document;
    DeployController *m_controller;
    QPointer<QWidget> m_promptParent;
    DeployController::Settings m_settings; // remembered between runs of this session
    QList<StepFinished> m_keyChanges;      // of the current run
    QAction *m_deploy;
    QAction *m_rehearse;
    QAction *m_cancel;
};

} // namespace Clusterwright
