// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "ssh/sshcallbacks.h"
#include "ssh/ssherror.h"
#include "ssh/sshtarget.h"

#include <QDeadlineTimer>
#include <QLoggingCategory>
#include <QString>

#include <libssh/callbacks.h>
#include <libssh/libssh.h>

#include <algorithm>
#include <atomic>
#include <memory>
#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcSsh)

namespace Clusterwright {

class SshJumpHost;

// A poll slice: at most `max` ms, never past the deadline (which may be Forever).
inline int sliceMs(const QDeadlineTimer &deadline, int max = 50)
{
    if (deadline.isForever())
        return max;
    return int(std::clamp<qint64>(deadline.remainingTime(), 1, max));
}

// One libssh session: socket, handshake, host key check and authentication,
// in nonblocking mode driven by short poll slices so that the cancel flag
// and the deadline are honoured everywhere. Internal to core/ssh.
class SshSession
{
public:
    struct Context
    {
        SshTarget target;
        SshSettings settings;
        SshCallbacks callbacks;
        bool bastion = false;
        const std::atomic_bool *cancel = nullptr;
        SshJumpHost *via = nullptr;
    };

    explicit SshSession(Context context);
    ~SshSession();
    SshSession(const SshSession &) = delete;
    SshSession &operator=(const SshSession &) = delete;

    // One attempt; see connectWithRetry() for the policy.
    std::optional<SshError> open();

    ssh_session handle() const { return m_session; }
    const Context &context() const { return m_context; }
    QString endpoint() const { return m_endpoint; }
    QString user() const { return m_user; }
    bool isCancelled() const { return m_context.cancel && m_context.cancel->load(); }
    bool isAlive() const;

    SshError error(SshError::Kind kind, const QString &detail) const;
    // The session died: a Transport error with libssh's reason, or the
    // bastion's failure when the tunnel under us was lost.
    SshError lostError(const QString &during) const;

    // Waits up to `ms` for the socket to be readable (or writable when libssh
    // has output pending).
    void waitIo(int ms) const;

    // Repeats a nonblocking libssh call while it answers `again`, waiting on
    // the socket in between. On cancel/deadline sets *failure and returns
    // SSH_ERROR.
    template<typename Call>
    int drive(Call call, int again, const QDeadlineTimer &deadline,
              std::optional<SshError> *failure, const QString &what, bool cancellable = true) const
    {
        for (;;) {
            const int rc = call();
            if (rc != again)
                return rc;
            if (cancellable && isCancelled()) {
                *failure = error(SshError::Kind::Cancelled, what + QStringLiteral(": cancelled"));
                return SSH_ERROR;
            }
            if (deadline.hasExpired()) {
                *failure = error(SshError::Kind::Timeout, what + QStringLiteral(": timed out"));
                return SSH_ERROR;
            }
            waitIo(sliceMs(deadline));
        }
    }

    std::optional<QString> askSecret(SecretKind kind, const QString &prompt, bool echo,
                                     int attempt = 1, const QString &keyFile = {});

private:
    std::optional<SshError> configure();
    std::optional<SshError> openSocket();
    std::optional<SshError> verifyHostKey();
    std::optional<SshError> authenticate();             // sshauth.cpp
    int tryKeyFile(const QString &path, QString *note); // sshauth.cpp
    int keyboardInteractive(std::optional<SshError> *failure);
    static int passphraseCallback(const char *prompt, char *buf, size_t len, int echo, int verify,
                                  void *userdata);

    Context m_context;
    ssh_session m_session = nullptr;
    ssh_callbacks_struct m_sessionCallbacks{};
    int m_fd = -1; // ours: libssh 0.10 does not close it
    quint64 m_fdInode = 0;
    quint64 m_fdDevice = 0;
    QDeadlineTimer m_deadline; // of the current open() attempt
    QString m_host;            // after ~/.ssh/config (HostName)
    int m_port = 22;
    QString m_user;
    QString m_endpoint;
    QString m_userKnownHosts;
    QStringList m_identities;
    QString m_keyFile; // for the passphrase callback
    int m_passphraseAttempt = 1;
    bool m_passphraseAsked = false;
    bool m_passphraseDeclined = false;
};

// Opens a session with the retry policy: refused/unreachable/timeouts are
// retried with doubling backoff up to settings.connectAttempts; host key and
// authentication failures never. *attempts counts TCP connection attempts.
std::optional<SshError> connectWithRetry(const SshSession::Context &context,
                                         std::unique_ptr<SshSession> *session, int *attempts);

// Best-effort TCP options for a direct socket (not for a tunnel's socketpair).
void tuneTcpSocket(int fd);

} // namespace Clusterwright
