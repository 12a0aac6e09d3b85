// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "ssh/knownhosts.h"

#include <QString>

#include <functional>
#include <optional>

namespace Clusterwright {

enum class HostKeyDecision { Reject, AcceptOnce, AcceptAndSave };

struct HostKeyPrompt
{
    QString endpoint; // "user@host:port"
    bool bastion = false;
    HostKey key;      // key.fingerprint() is what the user compares
    QString saveFile; // where AcceptAndSave writes
};

enum class SecretKind { KeyPassphrase, Password, KeyboardInteractive, SudoPassword };

struct SecretPrompt
{
    SecretKind kind = SecretKind::Password;
    QString endpoint;
    bool bastion = false;
    QString prompt;  // the server's text for keyboard-interactive
    QString keyFile; // KeyPassphrase only
    bool echo = false;
    int attempt = 1; // 2, 3 after a wrong passphrase
};

// The caller's decisions, asked in the worker thread that runs the
// connection (a GUI forwards them with a blocking queued call; a CLI answers
// from its flags). Unset functions mean "reject" and "no secret".
struct SshCallbacks
{
    std::function<HostKeyDecision(const HostKeyPrompt &)> hostKey;
    // nullopt: the user declined; the method is skipped, never retried blindly.
    std::function<std::optional<QString>(const SecretPrompt &)> secret;
};

} // namespace Clusterwright
