// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "runner/simulatedtransport.h"

#include "runner/simulatedtransport_p.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace Clusterwright {
namespace {

using Clock = std::chrono::steady_clock;

// Cancel of the whole rehearsal, seen by every simulated machine.
struct SharedCancel
{
    std::atomic_bool cancelled{false};
};

class SimulatedTransport : public NodeTransport
{
public:
    SimulatedTransport(const NodeAccess &access, const QStringList &allNodes,
                       const SimulationOptions &options, std::shared_ptr<SharedCancel> shared)
        : m_host(access, allNodes, options)
        , m_access(access)
        , m_scale(qMax(0.0, options.timeScale))
        , m_shared(std::move(shared))
    {}

    std::optional<SshError> connect() override
    {
        // TCP, key exchange and authentication; a bastion adds a leg.
        const bool jumped = !m_access.jumpNode.isEmpty() || !m_access.jumpTarget.host.isEmpty();
        if (!wait(scaled(m_host.jitter(jumped ? 900 : 500))))
            return error(SshError::Kind::Cancelled, u"cancelled"_s);
        m_connected = true;
        return std::nullopt;
    }

    ExecResult exec(const QString &command, const ExecOptions &options) override
    {
        ExecResult result;
        if (isCancelled()) {
            result.error = error(SshError::Kind::Cancelled, u"cancelled"_s);
            return result;
        }
        const Simulation::Script script = m_host.respond(command);
        const Clock::time_point start = Clock::now();
        Clock::time_point lastOutput = start;
        auto deadline
            = options.timeout.count() > 0 ? start + options.timeout : Clock::time_point::max();
        QByteArray out, err;
        auto pass = [&](qint64 realisticMs) -> bool {
            const Clock::time_point until = Clock::now() + scaled(m_host.jitter(realisticMs));
            while (Clock::now() < until) {
                const Clock::time_point now = Clock::now();
                if (now >= deadline) {
                    result.error = error(SshError::Kind::Timeout,
                                         u"no exit after %1 ms"_s.arg(options.timeout.count()));
                    return false;
                }
                if (options.watchdog.count() > 0 && now - lastOutput >= options.watchdog) {
                    if (options.onSilence)
                        options.onSilence(
                            std::chrono::duration_cast<std::chrono::milliseconds>(now - start));
                    lastOutput = now;
                }
                if (!wait(std::min(until, deadline) - now)) {
                    result.error = error(SshError::Kind::Cancelled, u"cancelled"_s);
                    return false;
                }
            }
            return true;
        };
        for (const Simulation::Line &line : script.lines) {
            if (!pass(line.delayMs))
                return result;
            QByteArray &buffer = line.stream == OutputStream::StdOut ? out : err;
            if (buffer.size() < options.captureLimit)
                buffer += line.text.toUtf8() + '\n';
            (line.stream == OutputStream::StdOut ? result.stdOutBytes : result.stdErrBytes)
                += line.text.toUtf8().size() + 1;
            lastOutput = Clock::now();
            if (options.onLine)
                options.onLine(line.stream, line.text);
        }
        if (!pass(script.tailMs))
            return result;
        result.exitCode = script.exitCode;
        result.stdOut = out.left(options.captureLimit);
        result.stdErr = err.left(options.captureLimit);
        return result;
    }

    std::optional<SshError> upload(const QByteArray &data, const UploadSpec &spec) override
    {
        if (isCancelled())
            return error(SshError::Kind::Cancelled, u"cancelled"_s);
        // SFTP round trips plus about 2 MB/s through a bastion.
        if (!wait(scaled(m_host.jitter(60 + data.size() / 2000))))
            return error(SshError::Kind::Cancelled, u"cancelled"_s);
        m_host.uploaded(spec.remotePath, data);
        if (spec.onProgress)
            spec.onProgress(data.size(), data.size());
        return std::nullopt;
    }

    void cancel() override
    {
        {
            std::lock_guard lock(m_mutex);
            m_cancelled = true;
        }
        m_wake.notify_all();
    }

    bool isConnected() const override { return m_connected && !isCancelled(); }
    QString endpoint() const override { return m_access.target.label(); }

private:
    bool isCancelled() const
    {
        std::lock_guard lock(m_mutex);
        return m_cancelled || m_shared->cancelled.load();
    }

    std::chrono::nanoseconds scaled(qint64 realisticMs) const
    {
        return std::chrono::nanoseconds(qint64(double(realisticMs) * m_scale * 1e6));
    }

    // False when cancelled; checks at least every 50 ms (the factory's cancel
    // does not know this transport's condition variable).
    bool wait(std::chrono::nanoseconds duration)
    {
        const Clock::time_point until = Clock::now() + duration;
        std::unique_lock lock(m_mutex);
        for (;;) {
            if (m_cancelled || m_shared->cancelled.load())
                return false;
            const Clock::time_point now = Clock::now();
            if (now >= until)
                return true;
            m_wake.wait_for(lock, std::min<Clock::duration>(until - now, 50ms));
        }
    }

    SshError error(SshError::Kind kind, const QString &detail) const
    {
        SshError e;
        e.kind = kind;
        e.endpoint = m_access.target.label();
        e.detail = detail;
        return e;
    }

    Simulation::Host m_host;
    const NodeAccess m_access;
    const double m_scale;
    std::shared_ptr<SharedCancel> m_shared;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_cancelled = false;
    bool m_connected = false;
};

class SimulatedTransportFactory : public TransportFactory
{
public:
    SimulatedTransportFactory(const QHash<QString, NodeAccess> &access, SimulationOptions options)
        : m_nodes(access.keys())
        , m_options(std::move(options))
        , m_shared(std::make_shared<SharedCancel>())
    {
        m_nodes.sort();
    }

    std::unique_ptr<NodeTransport> create(const NodeAccess &access) override
    {
        return std::make_unique<SimulatedTransport>(access, m_nodes, m_options, m_shared);
    }

    void cancel() override { m_shared->cancelled = true; }

private:
    QStringList m_nodes;
    const SimulationOptions m_options;
    std::shared_ptr<SharedCancel> m_shared;
};

} // namespace

std::unique_ptr<TransportFactory>
makeSimulatedTransportFactory(const QHash<QString, NodeAccess> &access, SimulationOptions options)
{
    return std::make_unique<SimulatedTransportFactory>(access, std::move(options));
}

} // namespace Clusterwright
