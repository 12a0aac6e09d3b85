// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "deploy/hostkeydialog.h"

#include "deploy/deploycontroller.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Clusterwright {

HostKeyDialog::HostKeyDialog(const HostKeyPrompt &prompt, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Unknown host key"));
    setModal(true);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        prompt.bastion
            ? tr("The jump host %1 is not known yet. Compare its fingerprint with the one the "
                 "machine shows (ssh-keygen -lf on its host key) before trusting it.")
                  .arg(prompt.endpoint)
            : tr("The machine %1 is not known yet. Compare its fingerprint with the one the "
                 "machine shows (ssh-keygen -lf on its host key) before trusting it.")
                  .arg(prompt.endpoint),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    form->addRow(tr("Endpoint:"), new QLabel(prompt.endpoint, this));
    form->addRow(tr("Key type:"), new QLabel(prompt.key.type, this));
    auto *fingerprint = new QLabel(prompt.key.fingerprint(), this);
    fingerprint->setObjectName(u"fingerprint"_s);
    fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    fingerprint->setFont(QFont(u"monospace"_s));
    form->addRow(tr("Fingerprint:"), fingerprint);
    if (!prompt.saveFile.isEmpty())
        form->addRow(tr("Saved to:"), new QLabel(prompt.saveFile, this));
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(this);
    auto add = [this, buttons](const QString &text, const QString &name, HostKeyDecision decision,
                               QDialogButtonBox::ButtonRole role) {
        QPushButton *button = buttons->addButton(text, role);
        button->setObjectName(name);
        connect(button, &QPushButton::clicked, this, [this, decision] {
            m_decision = decision;
            if (decision == HostKeyDecision::Reject)
                reject();
            else
                accept();
        });
        return button;
    };
    add(tr("Accept and Save"), u"acceptSave"_s, HostKeyDecision::AcceptAndSave,
        QDialogButtonBox::AcceptRole);
    add(tr("Accept Once"), u"acceptOnce"_s, HostKeyDecision::AcceptOnce,
        QDialogButtonBox::AcceptRole);
    add(tr("Reject"), u"reject"_s, HostKeyDecision::Reject, QDialogButtonBox::RejectRole)
        ->setDefault(true); // Enter must not trust a key by accident
    layout->addWidget(buttons);
}

HostKeyDecision HostKeyDialog::ask(const HostKeyPrompt &prompt, QWidget *parent,
                                   const DeployController *controller)
{
    HostKeyDialog dialog(prompt, parent);
    if (controller)
        connect(controller, &DeployController::promptsWithdrawn, &dialog, &QDialog::reject);
    dialog.exec();
    return dialog.decision();
}

bool HostKeyDialog::confirmReplace(const QString &node, const QString &failure, QWidget *parent)
{
    // SshSession's text: "known SHA256:a, SHA256:b, now offers TYPE SHA256:c (files)".
    static const QRegularExpression pattern(u"known (.*), now offers (\\S+) (SHA256:\\S+)"_s);
    const QRegularExpressionMatch match = pattern.match(failure);
    QString details = failure;
    if (match.hasMatch())
        details = tr("Known fingerprint: %1\nNew fingerprint: %2 %3")
                      .arg(match.captured(1), match.captured(2), match.captured(3));
    QMessageBox box(QMessageBox::Warning, tr("Host key changed"),
                    tr("%1 now presents a different host key.\n\n%2\n\nIf the machine was "
                       "re-created, replace the key and resume. Otherwise someone may be "
                       "intercepting the connection: do not continue.")
                        .arg(node, details),
                    QMessageBox::NoButton, parent);
    QPushButton *replace = box.addButton(tr("This machine was re-created: replace the key"),
                                         QMessageBox::AcceptRole);
    replace->setObjectName(u"replaceKey"_s);
    box.setDefaultButton(box.addButton(QMessageBox::Cancel));
    box.exec();
    return box.clickedButton() == replace;
}

} // namespace Clusterwright
