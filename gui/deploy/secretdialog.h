// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "ssh/sshcallbacks.h"

#include <QDialog>

#include <optional>

class QLineEdit;

namespace Clusterwright {

class DeployController;

// Asks for a key passphrase, a password, a keyboard-interactive answer or a
// sudo password. Echo is off unless the server asked for it; the answer is
// kept in memory for this run only (the controller forgets it at the end).
class SecretDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SecretDialog(const SecretPrompt &prompt, QWidget *parent = nullptr);
    QString secret() const;
    QLineEdit *field() const { return m_field; }

    // nullopt: the user cancelled.
    static std::optional<QString> ask(const SecretPrompt &prompt, QWidget *parent,
                                      const DeployController *controller = nullptr);

private:
    QLineEdit *m_field;
};

} // namespace Clusterwright
