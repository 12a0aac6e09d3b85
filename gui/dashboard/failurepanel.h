// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "runner/transport.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Clusterwright {

struct StepRecord;

// "ssh -J admin@bastion cloudinit@192.168.18.11": what a user types to look at the node.
QString sshCommandFor(const QString &node, const QHash<QString, NodeAccess> &access);

// A failed step and what to do next. While the run is live and waits for a
// decision: Retry step, Skip (only for checks that change nothing; the
// tooltip says why not) and Resume later. After the run: Retry failed
// (resume from the journal).
class FailurePanel : public QWidget
{
    Q_OBJECT

public:
    explicit FailurePanel(QWidget *parent = nullptr);

    void setAccess(const QHash<QString, NodeAccess> &access) { m_access = access; }
    void showStep(const StepRecord &step, bool readOnly);
    // Whether the run that shows the step is still going (decisions apply now).
    void setLive(bool live);
    // A line under the buttons: why a decision was refused, what happened.
    void setNote(const QString &note);
    QString stepId() const { return m_stepId; }
    QString sshCommand() const { return m_ssh; }
    QString text() const; // everything shown, for tests and copying

    QPushButton *retryButton() const { return m_retry; }
    QPushButton *skipButton() const { return m_skip; }
    QPushButton *resumeLaterButton() const { return m_later; }
    QString note() const;

signals:
    void retryRequested(const QString &stepId);
    void resumeLaterRequested();
    void skipRequested(const QString &stepId);

private:
    void updateButtons();

    QHash<QString, NodeAccess> m_access;
    QString m_stepId;
    QString m_skipRefusal; // empty: skipping the shown step is safe
    bool m_readOnly = true;
    bool m_live = false;
    bool m_failed = false; // the shown step is (still) failed
    QString m_ssh;
    QLabel *m_title;
    QLabel *m_details;
    QPlainTextEdit *m_lines;
    QLabel *m_note;
    QPushButton *m_retry;
    QPushButton *m_later;
    QPushButton *m_copySsh;
    QPushButton *m_skip;
};

} // namespace Clusterwright
