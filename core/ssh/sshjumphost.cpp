// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "ssh/sshjumphost.h"

#include "ssh/sshsession_p.h"

#include <QByteArray>

#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

#include <cerrno>
#include <fcntl.h>
#include <poll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Clusterwright {

namespace {

constexpr qsizetype kBridgeChunk = 32 * 1024;

struct Request
{
    QString host;
    int port = 0;
    QDeadlineTimer deadline;
    bool done = false;      // guarded by Pump::mutex
    bool abandoned = false; // guarded by Pump::mutex
    int fd = -1;
    std::optional<SshError> error;
};

struct Opening
{
    std::shared_ptr<Request> request;
    ssh_channel channel = nullptr;
};

// One direct-tcpip channel glued to our end of a socketpair.
struct Bridge
{
    ssh_channel channel = nullptr;
    int fd = -1;
    QByteArray toSocket;
    QByteArray toChannel;
    bool socketEof = false;
    bool eofSent = false;
    bool channelEof = false;
    bool shutWrite = false;
    bool dead = false;
};

} // namespace

// Owns the bastion session after connect(); only run() touches it.
struct SshJumpHost::Pump
{
    std::unique_ptr<SshSession> session;
    std::thread thread;
    int wakeFd = -1;
    mutable std::mutex mutex;
    std::condition_variable changed;
    bool stop = false;
    std::optional<SshError> failure;
    std::vector<std::shared_ptr<Request>> incoming;
    std::atomic_int tunnels{0};

    std::vector<Opening> opening; // pump thread only
    std::vector<Bridge> bridges;  // pump thread only

    void wake() const
    {
        const uint64_t one = 1;
        [[maybe_unused]] const ssize_t n = ::write(wakeFd, &one, sizeof one);
    }

    void deliver(const std::shared_ptr<Request> &request, int fd, std::optional<SshError> error)
    {
        std::lock_guard lock(mutex);
        if (request->abandoned) {
            if (fd >= 0)
                ::close(fd);
        } else {
            request->fd = fd;
            request->error = std::move(error);
        }
        request->done = true;
        changed.notify_all();
    }

    void closeBridge(Bridge &bridge)
    {
        ::close(bridge.fd);
        if (session->isAlive() && ssh_channel_is_open(bridge.channel))
            ssh_channel_close(bridge.channel);
        ssh_channel_free(bridge.channel);
        tunnels.fetch_sub(1);
    }

    bool advanceOpening(Opening &o);
    bool pumpBridge(Bridge &b);
    void run();
    void shutdown(const SshError &why);
};

bool SshJumpHost::Pump::advanceOpening(Opening &o)
{
    const Request &r = *o.request;
    bool abandoned;
    {
        std::lock_guard lock(mutex);
        abandoned = r.abandoned;
    }
    auto fail = [&](const SshError &e) {
        ssh_channel_free(o.channel);
        deliver(o.request, -1, e);
        return true;
    };
    if (abandoned || r.deadline.hasExpired())
        return fail(session->error(SshError::Kind::Timeout,
                                   u"no tunnel to %1:%2 in time"_s.arg(r.host).arg(r.port)));
    const int rc
        = ssh_channel_open_forward(o.channel, r.host.toUtf8().constData(), r.port, "127.0.0.1", 22);
    if (rc == SSH_AGAIN)
        return false;
    if (rc != SSH_OK)
        return fail(
            session->error(SshError::Kind::Tunnel,
                           u"cannot open a tunnel to %1:%2: %3"_s.arg(r.host).arg(r.port).arg(
                               QString::fromUtf8(ssh_get_error(session->handle())))));
    int pair[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pair) != 0)
        return fail(session->error(SshError::Kind::Tunnel, u"socketpair failed"_s));
    ::fcntl(pair[1], F_SETFL, ::fcntl(pair[1], F_GETFL) | O_NONBLOCK);
    Bridge bridge;
    bridge.channel = o.channel;
    bridge.fd = pair[1];
    bridges.push_back(std::move(bridge));
    tunnels.fetch_add(1);
    deliver(o.request, pair[0], std::nullopt);
    return true;
}

// Moves what it can in both directions; returns true if bytes moved.
bool SshJumpHost::Pump::pumpBridge(Bridge &b)
{
    char buffer[kBridgeChunk];
    bool moved = false;
    if (b.toChannel.isEmpty() && !b.socketEof) {
        const ssize_t n = ::read(b.fd, buffer, sizeof buffer);
        if (n > 0)
            b.toChannel.append(buffer, n);
        else if (n == 0 || (errno != EAGAIN && errno != EINTR))
            b.socketEof = true;
    }
    if (!b.toChannel.isEmpty()) {
        const qsizetype room
            = qMin<qsizetype>(b.toChannel.size(), ssh_channel_window_size(b.channel));
        if (room > 0) {
            const int n = ssh_channel_write(b.channel, b.toChannel.constData(), uint32_t(room));
            if (n == SSH_ERROR)
                b.dead = true;
            else if (n > 0) {
                b.toChannel.remove(0, n);
                moved = true;
            }
        }
    }
    if (b.socketEof && b.toChannel.isEmpty() && !b.eofSent && !b.dead) {
        ssh_channel_send_eof(b.channel);
        b.eofSent = true;
    }
    if (b.toSocket.isEmpty() && !b.channelEof && !b.dead) {
        const int n = ssh_channel_read_nonblocking(b.channel, buffer, sizeof buffer, 0);
        if (n > 0)
            b.toSocket.append(buffer, n);
        else if (n == SSH_EOF)
            b.channelEof = true;
        else if (n == SSH_ERROR)
            b.dead = true;
    }
    if (!b.toSocket.isEmpty()) {
        const ssize_t n
            = ::send(b.fd, b.toSocket.constData(), size_t(b.toSocket.size()), MSG_NOSIGNAL);
        if (n > 0) {
            b.toSocket.remove(0, n);
            moved = true;
        } else if (n < 0 && errno != EAGAIN && errno != EINTR) {
            b.dead = true; // the target session closed its end
        }
    }
    if (b.channelEof && b.toSocket.isEmpty() && !b.shutWrite) {
        ::shutdown(b.fd, SHUT_WR);
        b.shutWrite = true;
    }
    return moved;
}

void SshJumpHost::Pump::shutdown(const SshError &why)
{
    std::vector<std::shared_ptr<Request>> pending;
    {
        // Set before the tunnels close, so that targets seeing EOF report
        // the bastion's failure rather than a bare "connection closed".
        std::lock_guard lock(mutex);
        failure = why;
        pending.swap(incoming);
    }
    for (Bridge &b : bridges)
        closeBridge(b);
    bridges.clear();
    for (Opening &o : opening) {
        ssh_channel_free(o.channel);
        pending.push_back(o.request);
    }
    opening.clear();
    for (const std::shared_ptr<Request> &request : pending)
        deliver(request, -1, why);
}

void SshJumpHost::Pump::run()
{
    ssh_session s = session->handle();
    for (;;) {
        std::vector<std::shared_ptr<Request>> fresh;
        {
            std::lock_guard lock(mutex);
            if (stop)
                break;
            fresh.swap(incoming);
        }
        for (const std::shared_ptr<Request> &request : fresh)
            opening.push_back({request, ssh_channel_new(s)});
        bool busy = false;
        for (auto it = opening.begin(); it != opening.end();) {
            if (advanceOpening(*it)) {
                it = opening.erase(it);
                busy = true;
            } else {
                ++it;
            }
        }
        for (Bridge &bridge : bridges)
            busy = pumpBridge(bridge) || busy;
        // Before closing any tunnel: a target must see the bastion's failure.
        if (!session->isAlive()) {
            shutdown(session->error(
                SshError::Kind::Transport,
                u"connection to the bastion lost: %1"_s.arg(QString::fromUtf8(ssh_get_error(s)))));
            return;
        }
        for (auto it = bridges.begin(); it != bridges.end();) {
            const bool finished = it->dead || ssh_channel_is_closed(it->channel)
                                  || (it->eofSent && it->channelEof && it->toSocket.isEmpty());
            if (finished) {
                closeBridge(*it);
                it = bridges.erase(it);
            } else {
                ++it;
            }
        }
        std::vector<pollfd> fds;
        fds.push_back({wakeFd, POLLIN, 0});
        short sessionEvents = POLLIN;
        if (ssh_get_poll_flags(s) & SSH_WRITE_PENDING)
            sessionEvents |= POLLOUT;
        fds.push_back({ssh_get_fd(s), sessionEvents, 0});
        for (const Bridge &b : bridges) {
            short events = 0;
            if (!b.socketEof && b.toChannel.isEmpty())
                events |= POLLIN;
            if (!b.toSocket.isEmpty())
                events |= POLLOUT;
            fds.push_back({b.fd, events, 0});
        }
        // Channels may hold data libssh already read; don't sleep on it.
        ::poll(fds.data(), nfds_t(fds.size()), busy ? 0 : 20);
        uint64_t drain;
        [[maybe_unused]] const ssize_t n = ::read(wakeFd, &drain, sizeof drain);
    }
    shutdown(session->error(SshError::Kind::Transport, u"the bastion connection was closed"_s));
}

SshJumpHost::SshJumpHost(SshTarget bastion, SshSettings settings, SshCallbacks callbacks,
                         std::shared_ptr<SshJumpHost> via)
    : m_target(std::move(bastion))
    , m_settings(std::move(settings))
    , m_callbacks(std::move(callbacks))
    , m_via(std::move(via))
    , m_endpoint(m_target.label())
{}

SshJumpHost::~SshJumpHost()
{
    if (!m_pump)
        return;
    {
        std::lock_guard lock(m_pump->mutex);
        m_pump->stop = true;
    }
    m_pump->wake();
    m_pump->thread.join();
    ::close(m_pump->wakeFd);
    m_pump->session.reset(); // the pump thread is gone: ours now
}

std::optional<SshError> SshJumpHost::connect()
{
    if (m_pump)
        return std::nullopt;
    SshSession::Context context{m_target, m_settings, m_callbacks, true, &m_cancel, m_via.get()};
    std::unique_ptr<SshSession> session;
    if (std::optional<SshError> failure = connectWithRetry(context, &session, &m_attempts))
        return failure;
    m_endpoint = session->endpoint();
    m_pump = std::make_unique<Pump>();
    m_pump->session = std::move(session);
    m_pump->wakeFd = ::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    m_pump->thread = std::thread([pump = m_pump.get()] { pump->run(); });
    return std::nullopt;
}

bool SshJumpHost::isConnected() const
{
    return m_pump && !failure();
}

QString SshJumpHost::endpoint() const
{
    return m_endpoint;
}

int SshJumpHost::tunnelCount() const
{
    return m_pump ? m_pump->tunnels.load() : 0;
}

std::optional<SshError> SshJumpHost::failure() const
{
    if (!m_pump)
        return std::nullopt;
    std::lock_guard lock(m_pump->mutex);
    return m_pump->failure;
}

SshJumpHost::Tunnel SshJumpHost::openTunnel(const QString &host, int port, QDeadlineTimer deadline,
                                            const std::atomic_bool &cancel)
{
    auto bastionError = [this](SshError::Kind kind, const QString &detail) {
        SshError e;
        e.kind = kind;
        e.bastion = true;
        e.endpoint = m_endpoint;
        e.detail = detail;
        return Tunnel{-1, e};
    };
    if (!m_pump)
        return bastionError(SshError::Kind::Tunnel, u"not connected"_s);
    auto request = std::make_shared<Request>();
    request->host = host;
    request->port = port;
    request->deadline = deadline;
    std::unique_lock lock(m_pump->mutex);
    if (m_pump->failure)
        return {-1, m_pump->failure};
    m_pump->incoming.push_back(request);
    m_pump->wake();
    while (!request->done) {
        if (cancel.load() || deadline.hasExpired()) {
            request->abandoned = true;
            if (cancel.load())
                return bastionError(SshError::Kind::Cancelled,
                                    u"cancelled while opening a tunnel"_s);
            return bastionError(SshError::Kind::Timeout,
                                u"no tunnel to %1:%2 in time"_s.arg(host).arg(port));
        }
        m_pump->changed.wait_for(lock, std::chrono::milliseconds(50));
    }
    return {request->fd, request->error};
}

} // namespace Clusterwright
