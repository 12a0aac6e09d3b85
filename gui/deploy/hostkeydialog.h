// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "ssh/sshcallbacks.h"

#include <QDialog>

namespace Clusterwright {

class DeployController;

// "Do you trust this machine?": the endpoint, the key type and its SHA256
// fingerprint exactly as `ssh-keygen -lf` prints it, so the user can compare
// with the console of the machine. Accept once, accept and save, or reject.
class HostKeyDialog : public QDialog
{
    Q_OBJECT

public:
    explicit HostKeyDialog(const HostKeyPrompt &prompt, QWidget *parent = nullptr);
    HostKeyDecision decision() const { return m_decision; }

    // With a controller, the dialog closes unanswered when it withdraws the prompt.
    static HostKeyDecision ask(const HostKeyPrompt &prompt, QWidget *parent,
                               const DeployController *controller = nullptr);

    // A changed key (the connect step failed with "host key changed"): shows
    // the old and new fingerprints and asks whether the machine was
    // re-created. True: replace the stale key and resume.
    static bool confirmReplace(const QString &node, const QString &failure, QWidget *parent);

private:
    HostKeyDecision m_decision = HostKeyDecision::Reject;
};

} // namespace Clusterwright
