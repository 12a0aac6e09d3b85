// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "deploy/secretdialog.h"

#include "deploy/deploycontroller.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Clusterwright {

SecretDialog::SecretDialog(const SecretPrompt &prompt, QWidget *parent)
    : QDialog(parent)
    , m_field(new QLineEdit(this))
{
    setModal(true);
    QString question;
    switch (prompt.kind) {
    case SecretKind::KeyPassphrase:
        setWindowTitle(tr("Key passphrase"));
        question
            = tr("Passphrase for the key %1 (to reach %2):").arg(prompt.keyFile, prompt.endpoint);
        break;
    case SecretKind::Password:
        setWindowTitle(tr("Password"));
        question = tr("Password for %1:").arg(prompt.endpoint);
        break;
    case SecretKind::KeyboardInteractive:
        setWindowTitle(tr("Login"));
        question = tr("%1 asks: %2").arg(prompt.endpoint, prompt.prompt);
        break;
    case SecretKind::SudoPassword:
        setWindowTitle(tr("sudo password"));
        question = tr("sudo password on %1:").arg(prompt.endpoint);
        break;
    }
    if (prompt.attempt > 1)
        question = tr("That was not accepted. ") + question;
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(question, this);
    label->setWordWrap(true);
    layout->addWidget(label);
    m_field->setObjectName(u"secret"_s);
    m_field->setEchoMode(prompt.echo ? QLineEdit::Normal : QLineEdit::Password);
    layout->addWidget(m_field);
    auto *note = new QLabel(tr("Kept in memory for this run only."), this);
    note->setEnabled(false);
    layout->addWidget(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString SecretDialog::secret() const
{
    return m_field->text();
}

std::optional<QString> SecretDialog::ask(const SecretPrompt &prompt, QWidget *parent,
                                         const DeployController *controller)
{
    SecretDialog dialog(prompt, parent);
    if (controller)
        connect(controller, &DeployController::promptsWithdrawn, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    const QString secret = dialog.secret();
    dialog.m_field->clear();
    return secret;
}

} // namespace Clusterwright
