// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "ssh/sshcallbacks.h"
#include "ssh/ssherror.h"
#include "ssh/sshtarget.h"

#include <QDeadlineTimer>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

namespace Clusterwright {

// A bastion reached natively (no `ssh -W` child): we verify its host key and
// authenticate to it ourselves, then every target behind it gets a
// direct-tcpip channel bridged to a socketpair whose other end becomes the
// target session's socket (SSH_OPTIONS_FD), as libssh 0.11 does internally.
// After connect() the bastion session belongs to one pump thread, so
// connections in any worker thread can share it through openTunnel().
class SshJumpHost
{
public:
    // `via` chains bastions (ProxyJump a,b).
    SshJumpHost(SshTarget bastion, SshSettings settings = {}, SshCallbacks callbacks = {},
                std::shared_ptr<SshJumpHost> via = {});
    ~SshJumpHost(); // closes every tunnel, then the bastion session
    SshJumpHost(const SshJumpHost &) = delete;
    SshJumpHost &operator=(const SshJumpHost &) = delete;

    // Connects in the calling thread (prompts run there), then starts the pump.
    std::optional<SshError> connect();
    void cancel() { m_cancel.store(true); } // thread-safe; aborts connect()
    bool isConnected() const;
    int connectAttempts() const { return m_attempts; }
    QString endpoint() const;
    int tunnelCount() const;
    // Set once the bastion connection is lost; tunnels through it are closed.
    std::optional<SshError> failure() const;

    struct Tunnel
    {
        int fd = -1; // the caller owns it (SshSession closes it)
        std::optional<SshError> error;
    };
    // Thread-safe: a socket connected through the bastion to host:port.
    Tunnel openTunnel(const QString &host, int port, QDeadlineTimer deadline,
                      const std::atomic_bool &cancel);

private:
    struct Pump;
    SshTarget m_target;
    SshSettings m_settings;
    SshCallbacks m_callbacks;
    std::shared_ptr<SshJumpHost> m_via;
    std::atomic_bool m_cancel{false};
    int m_attempts = 0;
    QString m_endpoint;
    std::unique_ptr<Pump> m_pump;
};

} // namespace Clusterwright
