// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "deploy/deployactions.h"

#include "deploy/hostkeydialog.h"
#include "deploy/planpreviewdialog.h"
#include "deploy/secretdialog.h"
#include "model/topologydocument.h"
#include "runner/runner.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace Clusterwright {

DeployActions::DeployActions(QWidget *window, TopologyDocument *document)
    : QObject(window)
    , m_window(window)
    , m_document(document)
    , m_controller(new DeployController(this))
    , m_deploy(new QAction(tr("&Deploy…"), this))
    , m_rehearse(new QAction(tr("&Rehearse…"), this))
    , m_cancel(new QAction(tr("&Cancel Deploy"), this))
{
    m_deploy->setObjectName(u"deploy"_s);
    m_deploy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_deploy->setToolTip(tr("Deploy the design to its machines over SSH (plan shown first)"));
    m_rehearse->setObjectName(u"rehearse"_s);
    m_rehearse->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_rehearse->setToolTip(
        tr("Run the plan against simulated machines: realistic timings, nothing is changed"));
    m_cancel->setObjectName(u"cancelDeploy"_s);
    m_cancel->setToolTip(tr("Stop the running deploy; it can be resumed later"));
    connect(m_deploy, &QAction::triggered, this, [this] { begin(DeployController::Mode::Deploy); });
    connect(m_rehearse, &QAction::triggered, this,
            [this] { begin(DeployController::Mode::Rehearsal); });
    connect(m_cancel, &QAction::triggered, this, &DeployActions::askCancel);

    m_controller->hostKeyHandler = [this](const HostKeyPrompt &prompt) {
        return HostKeyDialog::ask(prompt, promptParent(), m_controller);
    };
    m_controller->secretHandler = [this](const SecretPrompt &prompt) {
        return SecretDialog::ask(prompt, promptParent(), m_controller);
    };
    connect(m_controller, &DeployController::started, this, [this] {
        m_keyChanges.clear();
        updateActions();
    });
    connect(m_controller, &DeployController::eventsArrived, this,
            [this](const QList<RunEvent> &events) {
                for (const RunEvent &event : events) {
                    const auto *step = std::get_if<StepFinished>(&event);
                    if (step && DeployController::isHostKeyChange(*step))
                        m_keyChanges.append(*step);
                }
            });
    connect(m_controller, &DeployController::finished, this, &DeployActions::finished);
    updateActions();
}

QWidget *DeployActions::promptParent() const
{
    return m_promptParent ? m_promptParent.data() : m_window;
}

void DeployActions::updateActions()
{
    const bool running = m_controller->isRunning();
    m_deploy->setEnabled(!running);
    m_rehearse->setEnabled(!running);
    m_cancel->setEnabled(running);
}

bool DeployActions::resume(const QString &journalPath)
{
    if (m_controller->isRunning())
        return false;
    QString error;
    // The controller's last run, if the journal is one of its runs (not of a
    // design opened since).
    const QString runDir = QFileInfo(journalPath).absolutePath();
    if (m_controller->plan() && runDir == QFileInfo(m_controller->outputDir()).absoluteFilePath()) {
        if (m_controller->resumeLast(&error))
            return true;
        QMessageBox::warning(m_window, tr("Resume"), error);
        return false;
    }
    // Reopened app or another design: the journal beside the open design decides.
    const bool rehearsal
        = !m_document->filePath().isEmpty()
          && runDir
                 == QFileInfo(DeployController::rehearsalDirFor(m_document->filePath()))
                        .absoluteFilePath();
    return begin(rehearsal ? DeployController::Mode::Rehearsal : DeployController::Mode::Deploy,
                 true);
}

bool DeployActions::begin(DeployController::Mode mode, bool resume)
{
    if (m_controller->isRunning())
        return false;
    const Topology &topology = m_document->topology();
    const PlanResult planned = buildPlan(topology);
    if (!planned.ok()) {
        QStringList lines;
        for (const Finding &finding : planned.blocking)
            lines.append(u"• %1 (%2)"_s.arg(finding.message, finding.ruleId));
        QMessageBox box(QMessageBox::Warning, tr("The design cannot be deployed yet"),
                        tr("Fix these first (the Problems panel shows where):"), QMessageBox::Ok,
                        m_window);
        box.setInformativeText(lines.join(u'\n'));
        box.exec();
        return false;
    }
    QString designPath = m_document->filePath();
    if (designPath.isEmpty() && mode == DeployController::Mode::Deploy) {
        QMessageBox::information(m_window, tr("Save the design first"),
                                 tr("The deploy journal is kept beside the design file, so a "
                                    "run can be resumed. Save the design, then deploy."));
        return false;
    }
    if (designPath.isEmpty())
        designPath = QDir::temp().filePath(u"untitled.cw.yaml"_s);

    PlanPreviewDialog preview(*planned.plan, topology, mode, m_window);
    preview.setSettings(m_settings);
    if (preview.exec() != QDialog::Accepted)
        return false;
    m_settings = preview.settings();
    QString error;
    const bool canResume
        = !DeployRunner::latestJournal(mode == DeployController::Mode::Rehearsal
                                           ? DeployController::rehearsalDirFor(designPath)
                                           : DeployController::outputDirFor(designPath))
               .isEmpty();
    if (resume && !canResume) {
        QMessageBox::warning(m_window, tr("Resume"),
                             tr("Nothing to resume: this design has no earlier run."));
        return false;
    }
    if (!resume && canResume && mode == DeployController::Mode::Deploy) {
        resume = QMessageBox::question(m_window, tr("Resume?"),
                                       tr("An earlier run of this design exists. Resume it "
                                          "(finished steps are not redone)?"))
                 == QMessageBox::Yes;
    }
    if (!m_controller->start(topology, designPath, mode, m_settings, resume, &error)) {
        QMessageBox::warning(m_window, tr("Deploy"), error);
        return false;
    }
    updateActions();
    return true;
}

void DeployActions::askCancel()
{
    if (!m_controller->isRunning())
        return;
    if (QMessageBox::question(m_window, tr("Cancel deploy?"),
                              tr("Running commands are stopped now. The run can be resumed "
                                 "later; finished steps are not redone."))
        == QMessageBox::Yes)
        m_controller->cancel();
}

void DeployActions::finished(const RunFinished &)
{
    updateActions();
    // One offer per run: the first node whose key changed.
    if (m_keyChanges.isEmpty())
        return;
    const StepFinished change = m_keyChanges.takeFirst();
    m_keyChanges.clear();
    if (!HostKeyDialog::confirmReplace(change.node, change.message, promptParent()))
        return;
    QString error;
    if (!m_controller->resumeReplacingHostKey(change.node, &error))
        QMessageBox::warning(m_window, tr("Deploy"), error);
    updateActions();
}

} // namespace Clusterwright
