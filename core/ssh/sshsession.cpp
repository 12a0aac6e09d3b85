// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "ssh/sshsession_p.h"

#include "ssh/knownhosts.h"
#include "ssh/sshjumphost.h"

#include <QDir>
#include <QElapsedTimer>
#include <QThread>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcSsh, "clusterwright.ssh", QtWarningMsg)

using namespace Qt::StringLiterals;

namespace Clusterwright {

namespace {

QString expandPath(QString path, const QString &sshDir)
{
    if (path.startsWith(u"~/"_s))
        path = QDir::homePath() + path.mid(1);
    path.replace(u"%d"_s, sshDir);
    return path;
}

QString fromC(const char *text)
{
    return QString::fromUtf8(text ? text : "");
}

QString optionString(ssh_session session, ssh_options_e option)
{
    char *value = nullptr;
    if (ssh_options_get(session, option, &value) != SSH_OK || !value)
        return {};
    const QString result = QString::fromUtf8(value);
    ssh_string_free_char(value);
    return result;
}

} // namespace

void tuneTcpSocket(int fd)
{
    const int on = 1;
    // The notes measured ~70 ms per setup lost to delayed ACKs without these.
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
    setsockopt(fd, IPPROTO_TCP, TCP_QUICKACK, &on, sizeof on);
    // A peer that vanished without a FIN (power cut, dropped route) is noticed
    // within ~45 s instead of the kernel's 2 h keepalive / 15 min retransmit
    // defaults; a slow but living host keeps ACKing and is not affected.
    const int idle = 15, interval = 5, count = 4;
    const unsigned userTimeoutMs = 45000;
    setsockopt(fd, SOL_SOCKET, SO_KEEPALIVE, &on, sizeof on);
    setsockopt(fd, IPPROTO_TCP, TCP_KEEPIDLE, &idle, sizeof idle);
    setsockopt(fd, IPPROTO_TCP, TCP_KEEPINTVL, &interval, sizeof interval);
    setsockopt(fd, IPPROTO_TCP, TCP_KEEPCNT, &count, sizeof count);
    setsockopt(fd, IPPROTO_TCP, TCP_USER_TIMEOUT, &userTimeoutMs, sizeof userTimeoutMs);
}

SshSession::SshSession(Context context)
    : m_context(std::move(context))
{}

SshSession::~SshSession()
{
    if (m_session) {
        if (isAlive())
            ssh_disconnect(m_session);
        ssh_free(m_session);
    }
    // libssh 0.10 leaves an SSH_OPTIONS_FD socket open on ssh_free(), but may
    // close it on some error paths: close it only if the number still names
    // our socket (another thread may have reused the number since).
    struct stat now
    {
    };
    if (m_fd >= 0 && ::fstat(m_fd, &now) == 0 && now.st_ino == m_fdInode
        && now.st_dev == m_fdDevice)
        ::close(m_fd);
}

bool SshSession::isAlive() const
{
    return m_session && ssh_is_connected(m_session)
           && !(ssh_get_status(m_session) & (SSH_CLOSED | SSH_CLOSED_ERROR));
}

SshError SshSession::error(SshError::Kind kind, const QString &detail) const
{
    SshError e;
    e.kind = kind;
    e.bastion = m_context.bastion;
    e.endpoint = m_endpoint.isEmpty() ? m_context.target.label() : m_endpoint;
    e.detail = detail;
    return e;
}

SshError SshSession::lostError(const QString &during) const
{
    if (m_context.via) {
        if (std::optional<SshError> failure = m_context.via->failure())
            return *failure;
    }
    QString reason = m_session ? fromC(ssh_get_error(m_session)) : QString();
    if (reason.isEmpty())
        reason = u"connection closed"_s;
    return error(SshError::Kind::Transport, u"connection lost during %1: %2"_s.arg(during, reason));
}

void SshSession::waitIo(int ms) const
{
    const int fd = m_session ? ssh_get_fd(m_session) : -1;
    if (fd < 0) {
        QThread::msleep(ms);
        return;
    }
    if (!m_context.via) {
        // Linux drops quick-ack mode after a while; re-arm it so the
        // server's small replies are acknowledged at once (no 40 ms stalls).
        const int on = 1;
        setsockopt(fd, IPPROTO_TCP, TCP_QUICKACK, &on, sizeof on);
    }
    pollfd p{fd, POLLIN, 0};
    if (ssh_get_poll_flags(m_session) & SSH_WRITE_PENDING)
        p.events |= POLLOUT;
    ::poll(&p, 1, ms);
}

std::optional<SshError> SshSession::configure()
{
    const SshTarget &target = m_context.target;
    const SshSettings &settings = m_context.settings;
    m_session = ssh_new();
    if (!m_session)
        return error(SshError::Kind::Config, u"cannot create an SSH session"_s);
    const QString sshDir
        = settings.sshDir.isEmpty() ? QDir::homePath() + u"/.ssh"_s : settings.sshDir;
    if (!settings.sshDir.isEmpty())
        ssh_options_set(m_session, SSH_OPTIONS_SSH_DIR, settings.sshDir.toUtf8().constData());
    if (ssh_options_set(m_session, SSH_OPTIONS_HOST, target.host.toUtf8().constData()) != SSH_OK)
        return error(SshError::Kind::InvalidArgument,
                     u"invalid host: %1"_s.arg(fromC(ssh_get_error(m_session))));
    if (settings.readSshConfig) {
        // Must come before our overrides: the config may overwrite options.
        if (ssh_options_parse_config(m_session, nullptr) != SSH_OK)
            return error(SshError::Kind::Config,
                         u"cannot parse the ssh config: %1"_s.arg(fromC(ssh_get_error(m_session))));
    } else {
        bool process = false;
        ssh_options_set(m_session, SSH_OPTIONS_PROCESS_CONFIG, &process);
    }
    if (target.port > 0) {
        const unsigned int port = unsigned(target.port);
        ssh_options_set(m_session, SSH_OPTIONS_PORT, &port);
    }
    if (!target.user.isEmpty()
        && ssh_options_set(m_session, SSH_OPTIONS_USER, target.user.toUtf8().constData()) != SSH_OK)
        return error(
            SshError::Kind::InvalidArgument,
            u"invalid user name \"%1\": %2"_s.arg(target.user, fromC(ssh_get_error(m_session))));
    // A "StrictHostKeyChecking no" in ~/.ssh/config must not silently accept
    // unknown keys; we check keys ourselves but keep libssh strict as well.
    int strict = 1;
    ssh_options_set(m_session, SSH_OPTIONS_STRICTHOSTKEYCHECK, &strict);
    const long ioSeconds = qMax<long>(1, long(settings.ioTimeout.count() / 1000));
    ssh_options_set(m_session, SSH_OPTIONS_TIMEOUT, &ioSeconds);
    if (!settings.knownHostsFile.isEmpty())
        ssh_options_set(m_session, SSH_OPTIONS_GLOBAL_KNOWNHOSTS,
                        settings.knownHostsFile.toUtf8().constData());
    if (!settings.agentSocket.isEmpty())
        ssh_options_set(m_session, SSH_OPTIONS_IDENTITY_AGENT,
                        settings.agentSocket.toUtf8().constData());

    m_host = optionString(m_session, SSH_OPTIONS_HOST);
    m_user = optionString(m_session, SSH_OPTIONS_USER);
    unsigned int port = 22;
    ssh_options_get_port(m_session, &port);
    m_port = int(port);
    m_endpoint = u"%1@%2:%3"_s.arg(m_user, m_host).arg(m_port);
    if (!optionString(m_session, SSH_OPTIONS_PROXYCOMMAND).isEmpty())
        return error(SshError::Kind::Config,
                     u"ProxyCommand/ProxyJump from the ssh config is not supported (it would "
                     "run an external ssh we cannot check); configure the bastion in "
                     "Clusterwright instead"_s);

    const QString configured = optionString(m_session, SSH_OPTIONS_KNOWNHOSTS);
    m_userKnownHosts
        = configured.isEmpty() ? sshDir + u"/known_hosts"_s : expandPath(configured, sshDir);
    if (!target.identityFile.isEmpty()) {
        m_identities = {expandPath(target.identityFile, sshDir)};
    } else {
        const QString first = optionString(m_session, SSH_OPTIONS_IDENTITY);
        if (!first.isEmpty())
            m_identities.append(expandPath(first, sshDir));
        for (const char *name : {"id_ed25519", "id_ecdsa", "id_rsa"}) {
            const QString path = sshDir + u'/' + QLatin1StringView(name);
            if (!m_identities.contains(path))
                m_identities.append(path);
        }
    }

    ssh_callbacks_init(&m_sessionCallbacks);
    // Always installed: without it an encrypted PEM key makes OpenSSL prompt
    // on the controlling tty and block the worker.
    m_sessionCallbacks.auth_function = &SshSession::passphraseCallback;
    m_sessionCallbacks.userdata = this;
    ssh_set_callbacks(m_session, &m_sessionCallbacks);
    return std::nullopt;
}

std::optional<SshError> SshSession::openSocket()
{
    if (m_context.via) {
        SshJumpHost::Tunnel tunnel
            = m_context.via->openTunnel(m_host, m_port, m_deadline, *m_context.cancel);
        if (tunnel.error)
            return tunnel.error;
        m_fd = tunnel.fd;
        return std::nullopt;
    }
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_NUMERICSERV;
    addrinfo *addresses = nullptr;
    const QByteArray service = QByteArray::number(m_port);
    const int gai
        = getaddrinfo(m_host.toUtf8().constData(), service.constData(), &hints, &addresses);
    if (gai != 0)
        return error(SshError::Kind::ConnectFailed,
                     u"cannot resolve %1: %2"_s.arg(m_host, fromC(gai_strerror(gai))));
    QString lastError = u"no address"_s;
    SshError::Kind kind = SshError::Kind::ConnectFailed;
    for (addrinfo *a = addresses; a && m_fd < 0; a = a->ai_next) {
        const int fd
            = ::socket(a->ai_family, a->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC, a->ai_protocol);
        if (fd < 0)
            continue;
        int rc = ::connect(fd, a->ai_addr, a->ai_addrlen);
        int err = rc == 0 ? 0 : errno;
        while (err == EINPROGRESS) {
            if (isCancelled() || m_deadline.hasExpired())
                break;
            pollfd p{fd, POLLOUT, 0};
            if (::poll(&p, 1, sliceMs(m_deadline)) > 0) {
                socklen_t len = sizeof err;
                getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len);
            }
        }
        if (err == 0) {
            m_fd = fd;
            break;
        }
        ::close(fd);
        if (err == EINPROGRESS) {
            kind = isCancelled() ? SshError::Kind::Cancelled : SshError::Kind::Timeout;
            lastError = isCancelled() ? u"cancelled while connecting"_s
                                      : u"no TCP connection within %1 ms"_s.arg(
                                          m_context.settings.connectTimeout.count());
            break;
        }
        lastError = fromC(strerror(err)).toLower();
    }
    freeaddrinfo(addresses);
    if (m_fd < 0)
        return error(kind, lastError);
    tuneTcpSocket(m_fd);
    return std::nullopt;
}

std::optional<SshError> SshSession::open()
{
    m_deadline = QDeadlineTimer(m_context.settings.connectTimeout);
    if (isCancelled())
        return error(SshError::Kind::Cancelled, u"cancelled"_s);
    if (std::optional<SshError> failure = configure())
        return failure;
    if (std::optional<SshError> failure = openSocket())
        return failure;
    struct stat identity
    {
    };
    if (::fstat(m_fd, &identity) == 0) {
        m_fdInode = identity.st_ino;
        m_fdDevice = identity.st_dev;
    }
    ssh_options_set(m_session, SSH_OPTIONS_FD, &m_fd);
    ssh_set_blocking(m_session, 0);
    std::optional<SshError> failure;
    const int rc = drive([this] { return ssh_connect(m_session); }, SSH_AGAIN, m_deadline, &failure,
                         u"SSH handshake"_s);
    if (failure)
        return failure;
    if (rc != SSH_OK) {
        if (m_context.via && m_context.via->failure())
            return m_context.via->failure();
        return error(SshError::Kind::ConnectFailed,
                     u"SSH handshake failed: %1"_s.arg(fromC(ssh_get_error(m_session))));
    }
    if (std::optional<SshError> failure = verifyHostKey())
        return failure;
    return authenticate();
}

std::optional<SshError> SshSession::verifyHostKey()
{
    ssh_key key = nullptr;
    if (ssh_get_server_publickey(m_session, &key) != SSH_OK)
        return error(SshError::Kind::Transport, u"the server sent no host key"_s);
    char *base64 = nullptr;
    HostKey presented;
    presented.hostName = KnownHosts::hostName(m_host, m_port);
    presented.type = fromC(ssh_key_type_to_char(ssh_key_type(key)));
    if (ssh_pki_export_pubkey_base64(key, &base64) == SSH_OK)
        presented.base64 = QString::fromLatin1(base64);
    ssh_string_free_char(base64);
    ssh_key_free(key);

    const SshSettings &settings = m_context.settings;
    const KnownHosts knownHosts(m_userKnownHosts, settings.knownHostsFile,
                                settings.globalKnownHostsFile);
    const KnownHosts::Check check = knownHosts.check(presented);
    auto keyError = [&](SshError::Kind kind, const QString &detail) {
        SshError e = error(kind, detail);
        e.presentedKey = presented;
        e.knownFingerprints = check.knownFingerprints();
        e.knownHosts = knownHosts;
        return e;
    };
    switch (check.status) {
    case KnownHosts::Status::Known:
        return std::nullopt;
    case KnownHosts::Status::Revoked:
        return keyError(SshError::Kind::HostKeyRevoked,
                        u"host key %1 is marked @revoked"_s.arg(presented.fingerprint()));
    case KnownHosts::Status::Changed:
    case KnownHosts::Status::TypeChanged: {
        QStringList where;
        for (const KnownHosts::Entry &entry : check.entries)
            where.append(u"%1:%2"_s.arg(entry.file).arg(entry.line));
        const QString what = check.status == KnownHosts::Status::Changed
                                 ? u"host key changed"_s
                                 : u"host key changed (known only with other key types)"_s;
        return keyError(SshError::Kind::HostKeyChanged,
                        u"%1: known %2, now offers %3 %4 (%5). If this machine was re-created, "
                        "replace the key; otherwise this may be an attack"_s.arg(
                            what, check.knownFingerprints().join(u", "_s), presented.type,
                            presented.fingerprint(), where.join(u", "_s)));
    }
    case KnownHosts::Status::Unknown:
        break;
    }
    HostKeyDecision decision = HostKeyDecision::Reject;
    if (m_context.callbacks.hostKey) {
        QElapsedTimer waited;
        waited.start();
        decision = m_context.callbacks.hostKey(
            {m_endpoint, m_context.bastion, presented, knownHosts.saveFile()});
        m_deadline.setPreciseRemainingTime(0,
                                           m_deadline.remainingTimeNSecs() + waited.nsecsElapsed());
    }
    if (decision == HostKeyDecision::Reject)
        return keyError(SshError::Kind::HostKeyUnknown,
                        u"unknown host key %1 %2 was not accepted"_s.arg(presented.type,
                                                                         presented.fingerprint()));
    if (decision == HostKeyDecision::AcceptAndSave) {
        QString why;
        if (!knownHosts.add(presented, &why))
            return keyError(SshError::Kind::Config, u"cannot save the host key: %1"_s.arg(why));
    }
    return std::nullopt;
}

std::optional<SshError> connectWithRetry(const SshSession::Context &context,
                                         std::unique_ptr<SshSession> *session, int *attempts)
{
    *attempts = 0;
    std::chrono::milliseconds backoff = context.settings.retryBackoff;
    for (;;) {
        ++*attempts;
        auto candidate = std::make_unique<SshSession>(context);
        std::optional<SshError> failure = candidate->open();
        if (!failure) {
            *session = std::move(candidate);
            return std::nullopt;
        }
        qCDebug(lcSsh) << "attempt" << *attempts << "failed:" << failure->message();
        if (!failure->isRetryable() || *attempts >= context.settings.connectAttempts)
            return failure;
        QDeadlineTimer pause(backoff);
        while (!pause.hasExpired()) {
            if (context.cancel && context.cancel->load()) {
                failure->kind = SshError::Kind::Cancelled;
                failure->detail = u"cancelled while waiting to retry"_s;
                return failure;
            }
            QThread::msleep(quint64(sliceMs(pause)));
        }
        backoff *= 2;
    }
}

} // namespace Clusterwright
