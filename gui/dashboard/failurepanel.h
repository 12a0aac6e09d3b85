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

// A failed step and what to do next. Skip is only offered for steps that do
// not change the cluster; the tooltip says why when it is not.
class FailurePanel : public QWidget
{
    Q_OBJECT

public:
    explicit FailurePanel(QWidget *parent = nullptr);

    void setAccess(const QHash<QString, NodeAccess> &access) { m_access = access; }
    void showStep(const StepRecord &step, bool readOnly);
    QString stepId() const { return m_stepId; }
    QString sshCommand() const { return m_ssh; }
    QString text() const; // everything shown, for tests and copying

    QPushButton *retryButton() const { return m_retry; }
    QPushButton *skipButton() const { return m_skip; }

signals:
    void retryRequested();
    void resumeLaterRequested();
    void skipRequested(const QString &stepId);

private:
    QHash<QString, NodeAccess> m_access;
    QString m_stepId;
    QString m_ssh;
    QLabel *m_title;
    QLabel *m_details;
    QPlainTextEdit *m_lines;
    QPushButton *m_retry;
    QPushButton *m_later;
    QPushButton *m_copySsh;
    QPushButton *m_skip;
};

} // namespace Clusterwright
