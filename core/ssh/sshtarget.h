// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include <QString>

#include <chrono>

namespace Clusterwright {

// One SSH endpoint as the user designed it. Empty fields fall back to
// ~/.ssh/config (Host aliases, HostName, User, Port, IdentityFile), then to
// OpenSSH's defaults; explicit fields win over the config.
struct SshTarget
{
    QString host;         // name, address or ~/.ssh/config Host alias
    int port = 0;         // 0: config, else 22
    QString user;         // empty: config, else the local user
    QString identityFile; // empty: config/default identities (the agent is tried first)

    // "user@host:port" as given, for messages before the config is resolved.
    QString label() const;
};

// How sudo is used for ExecOptions::asRoot.
enum class SudoMode {
    Auto,   // when the login user is not root
    Always, // even as root (for tests and odd setups)
    Never
};

// Machine-wide settings shared by every connection of a deployment.
struct SshSettings
{
    QString sshDir;         // empty: ~/.ssh (config, known_hosts, default identities)
    QString knownHostsFile; // Clusterwright's file where accepted keys go; empty: the user's
    QString globalKnownHostsFile = QStringLiteral("/etc/ssh/ssh_known_hosts");
    bool readSshConfig = true; // ~/.ssh/config then /etc/ssh/ssh_config
    bool useAgent = true;
    QString agentSocket; // empty: $SSH_AUTH_SOCK
    SudoMode sudo = SudoMode::Auto;

    // One attempt: TCP connect, handshake and authentication, not counting the
    // time spent in the caller's prompts.
    std::chrono::milliseconds connectTimeout{15000};
    // Bound of every blocking libssh call (SFTP) and of internal commands.
    std::chrono::milliseconds ioTimeout{15000};
    int connectAttempts = 3;                     // for refused/unreachable/timeout only
    std::chrono::milliseconds retryBackoff{500}; // doubled after each attempt
};

} // namespace Clusterwright
