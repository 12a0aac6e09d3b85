// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "ssh/sshcallbacks.h"
#include "ssh/ssherror.h"
#include "ssh/sshexec.h"
#include "ssh/sshtarget.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>
#include <optional>

namespace Clusterwright {

class SshJumpHost;
class SshSession;

// One authenticated SSH connection to a host, with commands and uploads as
// multiplexed channels on it (one connection per host is the fast path).
// Owned and used by a single worker thread (the libssh rule); only cancel()
// may be called from other threads. Waits are poll slices of <= 50 ms that
// check the cancel flag; SFTP calls (blocking in libssh 0.10) are bounded by
// SshSettings::ioTimeout and the flag is checked between 32 KiB chunks.
//
// Commands run as `echo PID >&2; exec /bin/sh -c CMD` (the marker line is
// stripped): sshd refuses signal requests for root sessions, so a cancelled
// or timed-out command is stopped with `kill -TERM -- -PID` on a new channel.
class SshConnection
{
public:
    SshConnection(SshTarget target, SshSettings settings = {}, SshCallbacks callbacks = {},
                  std::shared_ptr<SshJumpHost> jumpHost = {});
    ~SshConnection();
    SshConnection(const SshConnection &) = delete;
    SshConnection &operator=(const SshConnection &) = delete;

    // Connects, verifies the host key and authenticates. Refused connections
    // and timeouts are retried with backoff; host key and auth failures never.
    std::optional<SshError> connect();
    void disconnect();
    bool isConnected() const;
    int connectAttempts() const { return m_attempts; } // by the last connect()
    QString endpoint() const;                          // resolved "user@host:port"

    ExecResult exec(const QString &command, const ExecOptions &options = {});
    ExecResult exec(const QStringList &argv, const ExecOptions &options = {});

    // SFTP to a private temp dir in chunks of at most 32 KiB, then
    // `install` into a staging name beside the target and `mv -f` over it:
    // an interrupted upload never truncates or replaces the target.
    std::optional<SshError> upload(const QByteArray &data, const UploadSpec &spec);
    // Hex SHA-256 of a remote file (sha256sum), or nullopt with *error set.
    std::optional<QString> sha256(const QString &remotePath, SshError *error = nullptr,
                                  bool asRoot = true);

    // Thread-safe. The current and every later operation fail with
    // Kind::Cancelled until resetCancel().
    void cancel() { m_cancel.store(true); }
    void resetCancel() { m_cancel.store(false); }
    bool isCancelled() const { return m_cancel.load(); }

    static constexpr qsizetype kSftpChunkSize = 32 * 1024;

private:
    SshError error(SshError::Kind kind, const QString &detail) const;
    ExecResult runCommand(const QString &command, QByteArray input, const ExecOptions &options,
                          bool cancellable);
    void stopRemote(qint64 pid);
    std::optional<SshError> sudoWrap(QString *command, QByteArray *stdinPrefix);
    std::optional<SshError> sftpPut(const QByteArray &data, const QString &path,
                                    const UploadSpec &spec);
    std::optional<SshError> makeUploadDir();
    void removeUploadDir();

    SshTarget m_target;
    SshSettings m_settings;
    SshCallbacks m_callbacks;
    std::shared_ptr<SshJumpHost> m_jumpHost;
    std::unique_ptr<SshSession> m_session;
    std::atomic_bool m_cancel{false};
    int m_attempts = 0;
    std::optional<bool> m_sudoNeedsPassword;
    QString m_uploadDir; // this connection's private temp dir, removed on disconnect
    int m_uploads = 0;
    QString m_sudoPassword; // kept in memory for this connection only
};

} // namespace Clusterwright
