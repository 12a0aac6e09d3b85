// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
// DashboardWidget's periodic refresh: everything here runs at most every 150 ms.
#include "canvas/designscene.h"
#include "dashboard/dashboardwidget.h"
#include "dashboard/failurepanel.h"
#include "dashboard/logview.h"
#include "dashboard/runcharts.h"
#include "dashboard/runmodel.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Clusterwright {
namespace {

NodeRunPhase phaseOf(NodeStatus status)
{
    switch (status) {
    case NodeStatus::Waiting:
    case NodeStatus::Idle: // between steps, waiting for another node's
        return NodeRunPhase::Pending;
    case NodeStatus::Connecting:
        return NodeRunPhase::Connecting;
    case NodeStatus::Working:
        return NodeRunPhase::Running;
    case NodeStatus::Done:
        return NodeRunPhase::Done;
    case NodeStatus::Failed:
        return NodeRunPhase::Failed;
    case NodeStatus::Cancelled:
        return NodeRunPhase::Cancelled;
    }
    return NodeRunPhase::Pending;
}

// Icon and words, so the state never rests on colour.
QString stateText(const NodeRecord &n, NodeStatus status)
{
    switch (status) {
    case NodeStatus::Waiting:
        return DashboardWidget::tr("… waiting");
    case NodeStatus::Connecting:
        return DashboardWidget::tr("⇄ connecting");
    case NodeStatus::Working:
        return DashboardWidget::tr("▶ running");
    case NodeStatus::Idle:
        return DashboardWidget::tr("◌ idle");
    case NodeStatus::Done:
        return DashboardWidget::tr("✔ done");
    case NodeStatus::Failed:
        return DashboardWidget::tr("✖ failed");
    case NodeStatus::Cancelled:
        return n.cancelled == 0 && n.blocked > 0 ? DashboardWidget::tr("■ blocked by a failure")
                                                 : DashboardWidget::tr("■ cancelled");
    }
    return {};
}

QColor stateColor(NodeStatus status)
{
    switch (status) {
    case NodeStatus::Done:
        return QColor(0xdff0df);
    case NodeStatus::Failed:
        return QColor(0xf6d5d5);
    case NodeStatus::Working:
    case NodeStatus::Connecting:
        return QColor(0xfdf0cf);
    default:
        return {};
    }
}

// True when the cell changed.
bool setCell(QTableWidget *table, int row, int column, const QString &text)
{
    QTableWidgetItem *item = table->item(row, column);
    if (!item) {
        table->setItem(row, column, new QTableWidgetItem(text));
        return true;
    }
    if (item->text() == text)
        return false;
    item->setText(text);
    return true;
}

} // namespace

void DashboardWidget::refreshNow()
{
    m_refresh->stop();
    refreshHeader();
    refreshNodes();
    m_progress->refresh(*m_model);
    // Charts on a hidden tab wait during a live run (they cost most of a
    // refresh at 200 nodes); they catch up when shown or when the run ends.
    const bool live = m_model->isRunning() && !m_model->isReadOnly();
    if (!live || m_tabs->currentWidget() == m_timeline)
        refreshTimeline();

    if (m_logChoicesFor != m_model->steps().size()) {
        m_logChoicesFor = int(m_model->steps().size());
        QStringList nodes, steps;
        for (const NodeRecord &n : m_model->nodes())
            nodes.append(n.name);
        for (const StepRecord &s : m_model->steps())
            steps.append(s.id);
        m_log->setChoices(nodes, steps);
    }
    refreshFailure();
    refreshResult();
    if (m_scene) {
        if (m_model->hasRun())
            m_scene->setRunStates(runStates());
        else
            m_scene->clearRunStates();
    }
}

void DashboardWidget::refreshTimeline()
{
    m_gantt->refresh(*m_model);
    const QStringList actions = m_model->actions();
    if (actions != m_actionsShown) {
        const QString current = m_action->currentText();
        const QSignalBlocker blocker(m_action);
        m_action->clear();
        m_action->addItems(actions);
        m_actionsShown = actions;
        // "join" is the classic long pole; otherwise keep what the user picked.
        QString pick = current.isEmpty() && actions.contains(u"join"_s) ? u"join"_s : current;
        if (!actions.contains(pick))
            pick = actions.value(0);
        m_action->setCurrentText(pick);
        if (pick != m_comparison->action())
            m_comparison->setAction(pick);
    }
    m_comparison->refresh(*m_model);
}

QHash<QString, NodeRunState> DashboardWidget::runStates() const
{
    QHash<QString, NodeRunState> states;
    for (const NodeRecord &n : m_model->nodes()) {
        const StepRecord *s = m_model->step(n.stepId);
        const NodeStatus status = m_model->effectiveStatus(n);
        // A failed node names the step that failed, not the one it went on to.
        QString step = s ? s->action() : QString();
        if (status == NodeStatus::Failed) {
            for (const StepRecord &r : m_model->steps()) {
                if (r.node == n.name && r.status == StepStatus::Failed) {
                    step = r.action();
                    break;
                }
            }
        }
        states.insert(n.name, {phaseOf(status), step});
    }
    return states;
}

void DashboardWidget::refreshHeader()
{
    const bool has = m_model->hasRun();
    const bool rehearsal = m_model->isRehearsal();
    m_rehearsal->setVisible(has && rehearsal);
    QString title;
    if (!has)
        title = tr("No run");
    else if (m_model->isReadOnly())
        title = (rehearsal ? tr("Rehearsal %1 (recorded, read-only)")
                           : tr("Deploy %1 (recorded, read-only)"))
                    .arg(m_model->run().runId);
    else
        title = (rehearsal ? tr("Rehearsal %1") : tr("Deploy %1")).arg(m_model->run().runId);
    m_title->setText(title);

    QString state;
    const auto &result = m_model->result();
    if (!has)
        state = QString();
    else if (!result && m_model->isReadOnly())
        state = tr("■ did not finish");
    else if (!result && !m_model->waitingFor().isEmpty())
        state = tr("‖ waiting for you: retry or skip %1, or resume later")
                    .arg(m_model->waitingFor().join(u", "_s));
    else if (!result)
        state = tr("▶ running");
    else if (result->outcome == RunOutcome::Succeeded)
        state = tr("✔ succeeded");
    else if (result->outcome == RunOutcome::Cancelled)
        state = tr("■ cancelled");
    else
        state = tr("✖ failed");
    const qint64 remaining = m_model->remainingMs();
    QStringList parts;
    if (has) {
        parts << state
              << tr("%1 of %2 steps").arg(m_model->finishedSteps()).arg(m_model->totalSteps());
        if (m_model->failedCount() > 0)
            parts << tr("%n not done (failed, blocked or cancelled)", nullptr,
                        m_model->failedCount());
        parts << tr("elapsed %1").arg(formatDuration(m_model->elapsedMs()));
        if (m_model->isRunning() && !m_model->isReadOnly())
            parts << (remaining < 0 ? tr("estimating time left…")
                                    : tr("about %1 left").arg(formatDuration(remaining)));
    }
    m_stats->setText(parts.join(u"  ·  "_s));
    m_bar->setRange(0, std::max(1, m_model->totalSteps()));
    m_bar->setValue(m_model->finishedSteps());
    m_bar->setVisible(has);

    QStringList spans;
    for (const PhaseSpan &span : m_model->phaseTimeline())
        spans << tr("%1 %2–%3")
                     .arg(toString(span.phase), formatDuration(span.startMs),
                          formatDuration(span.endMs));
    m_phases->setText(spans.isEmpty() ? QString() : tr("Phases: %1").arg(spans.join(u" · "_s)));

    const bool live = m_model->isRunning() && !m_model->isReadOnly();
    const bool unfinished = has && (!result || result->outcome != RunOutcome::Succeeded);
    m_cancel->setEnabled(live);
    m_resume->setEnabled(has && !live && unfinished);
    m_retry->setEnabled(has && !live && !m_model->failedSteps().isEmpty());
}

QString DashboardWidget::headerText() const
{
    QString text = m_title->text();
    if (m_rehearsal->isVisibleTo(this))
        text += u' ' + m_rehearsal->text();
    return text + u'\n' + m_stats->text() + u'\n' + m_phases->text();
}

void DashboardWidget::refreshNodes()
{
    const QList<NodeRecord> &nodes = m_model->nodes();
    bool changed = m_nodes->rowCount() != nodes.size();
    m_nodes->setRowCount(int(nodes.size()));
    const qint64 now = m_model->elapsedMs();
    for (int row = 0; row < nodes.size(); ++row) {
        const NodeRecord &n = nodes[row];
        const StepRecord *s = m_model->step(n.stepId);
        changed |= setCell(m_nodes, row, 0, n.name);
        const NodeStatus status = m_model->effectiveStatus(n);
        changed |= setCell(m_nodes, row, 1, stateText(n, status));
        setCell(m_nodes, row, 2, s ? (s->title.isEmpty() ? s->id : s->action()) : QString());
        changed |= setCell(m_nodes, row, 3, tr("%1 / %2").arg(n.done).arg(n.total));
        const bool busy = status == NodeStatus::Working || status == NodeStatus::Connecting;
        const qint64 end = busy || n.lastEndMs < 0 ? now : n.lastEndMs;
        changed |= setCell(m_nodes, row, 4,
                           n.firstStartMs < 0 ? QString() : formatDuration(end - n.firstStartMs));
        if (s)
            m_nodes->item(row, 2)->setToolTip(s->title);
        const QColor color = stateColor(status);
        m_nodes->item(row, 1)->setBackground(color.isValid() ? QBrush(color) : QBrush());
    }
    if (changed) {
        for (int column : {0, 1, 3, 4})
            m_nodes->resizeColumnToContents(column);
    }
}

void DashboardWidget::refreshFailure()
{
    const QStringList failed = m_model->failedSteps();
    QStringList listed;
    for (int i = 0; i < m_failedSteps->count(); ++i)
        listed.append(m_failedSteps->itemText(i));
    if (failed != listed) {
        const QString current = m_failedSteps->currentText();
        const QSignalBlocker blocker(m_failedSteps);
        m_failedSteps->clear();
        m_failedSteps->addItems(failed);
        m_failedSteps->setCurrentIndex(std::max<qsizetype>(0, failed.indexOf(current)));
    }
    m_failure->setLive(m_model->isRunning() && !m_model->isReadOnly());
    m_failure->setVisible(!failed.isEmpty()); // a retry that worked leaves nothing to show
    if (failed.isEmpty()) {
        m_failureShown.clear();
        return;
    }
    // Shown again only when the step changed (a retry that failed anew), so
    // text being selected in the panel is not reset on every refresh.
    const StepRecord *step = m_model->step(m_failedSteps->currentText());
    const QString shown = u"%1|%2|%3"_s.arg(step->id).arg(int(step->status)).arg(step->endMs);
    if (shown != m_failureShown) {
        m_failureShown = shown;
        m_failure->showStep(*step, m_model->isReadOnly());
    }
    // The first failure of a live run comes to the front once; later ones wait in the list.
    if (!m_shownFailure && !m_model->isReadOnly()) {
        m_shownFailure = true;
        m_tabs->setCurrentIndex(m_tabs->indexOf(m_failure->parentWidget()));
    }
}

void DashboardWidget::refreshResult()
{
    const auto &result = m_model->result();
    m_export->setEnabled(m_model->hasRun());
    if (!result) {
        m_result->setText(m_model->hasRun() ? tr("The run has not finished.") : QString());
        return;
    }
    QStringList lines;
    if (result->outcome == RunOutcome::Succeeded) {
        const QString dir = QFileInfo(m_model->run().journalPath).absolutePath();
        lines << (m_model->isRehearsal() ? tr("✔ The rehearsal went through. No cluster was built.")
                                         : tr("✔ The cluster is up."));
        if (!m_model->isRehearsal())
            lines << tr("Kubeconfig: %1").arg(QDir(dir).filePath(u"admin.kubeconfig"_s))
                  << tr("Try: kubectl --kubeconfig %1 get nodes")
                         .arg(QDir(dir).filePath(u"admin.kubeconfig"_s));
    } else {
        lines << tr("The run did not complete (%1).").arg(toString(result->outcome));
    }
    if (!result->summary.isEmpty())
        lines << result->summary;
    m_result->setText(lines.join(u'\n'));
    QStringList verify;
    for (const StepRecord &s : m_model->steps()) {
        if (s.phase == Phase::Verify && s.status == StepStatus::Succeeded)
            verify << m_model->outputOf(s.id);
    }
    if (verify.join(u'\n') != m_verify->toPlainText()) {
        m_verify->setPlainText(verify.join(u'\n'));
        m_verify->moveCursor(QTextCursor::End); // `kubectl get nodes` comes last
    }
}

QString DashboardWidget::resultText() const
{
    return m_result->text() + u'\n' + m_verify->toPlainText();
}

} // namespace Clusterwright
