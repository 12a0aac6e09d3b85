// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "dashboard/failurepanel.h"

#include "dashboard/runmodel.h"
#include "runner/runner.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Clusterwright {
namespace {

QString endpoint(const SshTarget &t)
{
    QString text = t.user.isEmpty() ? t.host : t.user + u'@' + t.host;
    if (t.port > 0 && t.port != 22)
        text += u':' + QString::number(t.port);
    return text;
}

} // namespace

QString sshCommandFor(const QString &node, const QHash<QString, NodeAccess> &access)
{
    const auto it = access.constFind(node);
    if (it == access.cend())
        return u"ssh %1"_s.arg(node);
    QStringList args{u"ssh"_s};
    if (!it->target.identityFile.isEmpty())
        args << u"-i"_s << it->target.identityFile;
    if (!it->jumpNode.isEmpty() && access.contains(it->jumpNode))
        args << u"-J"_s << endpoint(access.value(it->jumpNode).target);
    else if (!it->jumpTarget.host.isEmpty())
        args << u"-J"_s << endpoint(it->jumpTarget);
    if (it->target.port > 0 && it->target.port != 22)
        args << u"-p"_s << QString::number(it->target.port);
    args << (it->target.user.isEmpty() ? it->target.host
                                       : it->target.user + u'@' + it->target.host);
    return args.join(u' ');
}

FailurePanel::FailurePanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_details(new QLabel(this))
    , m_lines(new QPlainTextEdit(this))
    , m_note(new QLabel(this))
    , m_retry(new QPushButton(tr("Retry failed"), this))
    , m_later(new QPushButton(tr("Resume later"), this))
    , m_copySsh(new QPushButton(tr("Copy SSH command"), this))
    , m_skip(new QPushButton(tr("Skip step"), this))
{
    setObjectName(u"failurePanel"_s);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_lines->setReadOnly(true);
    m_lines->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_lines->setMaximumBlockCount(200);
    m_note->setWordWrap(true);
    m_note->setVisible(false);
    m_copySsh->setToolTip(tr("Copy a command line that opens a terminal on this node"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_retry);
    buttons->addWidget(m_later);
    buttons->addWidget(m_copySsh);
    buttons->addWidget(m_skip);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_details);
    layout->addWidget(m_lines, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_note);

    connect(m_retry, &QPushButton::clicked, this, [this] { emit retryRequested(m_stepId); });
    connect(m_later, &QPushButton::clicked, this, &FailurePanel::resumeLaterRequested);
    connect(m_skip, &QPushButton::clicked, this, [this] { emit skipRequested(m_stepId); });
    connect(m_copySsh, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_ssh); });
}

void FailurePanel::showStep(const StepRecord &step, bool readOnly)
{
    m_stepId = step.id;
    const QString node = step.node.isEmpty() ? tr("the desktop") : step.node;
    m_title->setText(
        tr("✖ Failed: %1 on %2").arg(step.title.isEmpty() ? step.id : step.title, node));
    QStringList details;
    details << tr("Step: %1").arg(step.id);
    if (!step.message.isEmpty())
        details << tr("What failed: %1").arg(step.message);
    if (step.exitCode >= 0)
        details << tr("Exit code: %1").arg(step.exitCode);
    if (!step.exitSignal.isEmpty())
        details << tr("Killed by signal: %1").arg(step.exitSignal);
    if (!step.command.isEmpty())
        details << tr("Command: %1").arg(step.command);
    m_ssh = step.node.isEmpty() ? QString() : sshCommandFor(step.node, m_access);
    if (!m_ssh.isEmpty())
        details << tr("Terminal: %1").arg(m_ssh);
    m_details->setText(details.join(u'\n'));
    m_lines->setPlainText(step.lastLines.isEmpty() ? tr("(no output)")
                                                   : step.lastLines.join(u'\n'));
    m_copySsh->setEnabled(!m_ssh.isEmpty());
    m_readOnly = readOnly;
    m_failed = step.status == StepStatus::Failed;
    // Skip: the runner's own rule, so the button never offers what it refuses.
    m_skipRefusal = skipRefusal(step.phase, step.mutatesCluster);
    m_note->clear();
    m_note->setVisible(false);
    updateButtons();
}

void FailurePanel::setLive(bool live)
{
    if (live == m_live)
        return;
    m_live = live;
    updateButtons();
}

void FailurePanel::setNote(const QString &note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

QString FailurePanel::note() const
{
    return m_note->text();
}

void FailurePanel::updateButtons()
{
    const bool decide = m_live && m_failed && !m_readOnly;
    m_retry->setText(m_live ? tr("Retry step") : tr("Retry failed"));
    m_retry->setEnabled(m_live ? decide : !m_readOnly);
    m_retry->setToolTip(m_live ? tr("Run this step again on its node now; the steps waiting for "
                                    "it go on when it succeeds")
                               : tr("Run again from the journal: done steps are skipped, the "
                                    "failed ones and what they blocked run again"));
    m_later->setEnabled(decide);
    m_later->setToolTip(tr("End the run now: what waits for this step is not run. Resume "
                           "continues it, also after a restart"));
    m_skip->setEnabled(decide && m_skipRefusal.isEmpty());
    if (!m_skipRefusal.isEmpty())
        m_skip->setToolTip(tr("Not offered: %1").arg(m_skipRefusal));
    else if (!m_live)
        m_skip->setToolTip(tr("Only while the run waits for a decision"));
    else
        m_skip->setToolTip(tr("Go on without this step: it only checks, it changes nothing"));
}

QString FailurePanel::text() const
{
    return m_title->text() + u'\n' + m_details->text() + u'\n' + m_lines->toPlainText()
           + (m_note->text().isEmpty() ? QString() : u'\n' + m_note->text());
}

} // namespace Clusterwright
