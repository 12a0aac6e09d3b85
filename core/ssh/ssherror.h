// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "ssh/knownhosts.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace Clusterwright {

// A failure of the SSH transport, saying which host and which leg (target or
// bastion) failed. message() is what the user reads.
struct SshError
{
    enum class Kind {
        HostKeyUnknown, // unknown host key and the caller did not accept it
        HostKeyChanged, // known with another key (or only other key types): never retried
        HostKeyRevoked,
        AuthFailed,    // never retried
        ConnectFailed, // refused, unreachable, name not resolved
        Timeout,
        Cancelled,
        Transport,       // connection lost or protocol failure
        Tunnel,          // the bastion could not open a channel to the target
        Remote,          // a remote step failed (SFTP, install, sha256sum ...)
        InvalidArgument, // a value we refuse to put on a command line
        Config           // unsupported ~/.ssh/config setting, unwritable known_hosts
    };

    Kind kind = Kind::Transport;
    QString endpoint; // "user@host:port" of the failing leg
    bool bastion = false;
    QString detail;
    // Host key errors: the key the server presented, the ones we know, and
    // the files checked. "This machine was re-created" is
    // knownHosts->replace(*presentedKey), after the user compared fingerprints.
    std::optional<HostKey> presentedKey;
    QStringList knownFingerprints;
    std::optional<KnownHosts> knownHosts;

    // "bastion admin@127.0.0.1:2222: host key changed ..."
    QString message() const;
    // Only refused/unreachable connections and timeouts are worth retrying.
    bool isRetryable() const;

    static QString kindName(Kind kind);
};

} // namespace Clusterwright
