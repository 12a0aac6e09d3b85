// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "runner/transport.h"

#include "deploy/deploycontext.h"
#include "ssh/sshconnection.h"
#include "ssh/sshjumphost.h"

#include <condition_variable>
#include <map>
#include <mutex>

using namespace Qt::StringLiterals;

namespace Clusterwright {
namespace {

// "[user@]host[:port]" (validation rule SSH004 has checked the shape).
SshTarget parseJump(const QString &text)
{
    SshTarget target;
    QString rest = text;
    const qsizetype at = rest.indexOf(u'@');
    if (at >= 0) {
        target.user = rest.left(at);
        rest = rest.mid(at + 1);
    }
    const qsizetype colon = rest.lastIndexOf(u':');
    if (colon > 0 && !rest.startsWith(u'[') && rest.count(u':') == 1) {
        target.port = rest.mid(colon + 1).toInt();
        rest = rest.left(colon);
    } else if (rest.startsWith(u'[') && rest.contains(u"]:"_s)) {
        const qsizetype close = rest.indexOf(u"]:"_s);
        target.port = rest.mid(close + 2).toInt();
        rest = rest.mid(1, close - 1);
    }
    target.host = rest;
    return target;
}

// Counting semaphore: at most N targets handshake through one bastion at once
// (sshd's MaxStartups counts unauthenticated connections, T16).
class Gate
{
public:
    explicit Gate(int limit)
        : m_free(limit)
    {}
    void acquire()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_free > 0; });
        --m_free;
    }
    void release()
    {
        {
            std::lock_guard lock(m_mutex);
            ++m_free;
        }
        m_changed.notify_one();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    int m_free;
};

class SshTransport : public NodeTransport
{
public:
    SshTransport(SshTarget target, const SshSettings &settings, const SshCallbacks &callbacks,
                 std::shared_ptr<SshJumpHost> jump, std::shared_ptr<Gate> gate, bool replaceKey)
        : m_connection(std::move(target), settings, callbacks, std::move(jump))
        , m_gate(std::move(gate))
        , m_replaceKey(replaceKey)
    {}

    std::optional<SshError> connect() override
    {
        std::optional<SshError> error = gatedConnect();
        if (error && replaceChangedKey(*error))
            error = gatedConnect();
        return error;
    }
    ExecResult exec(const QString &command, const ExecOptions &options) override
    {
        return m_connection.exec(command, options);
    }
    std::optional<SshError> upload(const QByteArray &data, const UploadSpec &spec) override
    {
        return m_connection.upload(data, spec);
    }
    void cancel() override { m_connection.cancel(); }
    bool isConnected() const override { return m_connection.isConnected(); }
    QString endpoint() const override { return m_connection.endpoint(); }

private:
    std::optional<SshError> gatedConnect()
    {
        if (!m_gate)
            return m_connection.connect();
        m_gate->acquire();
        std::optional<SshError> error = m_connection.connect();
        m_gate->release();
        return error;
    }

    bool replaceChangedKey(SshError &error)
    {
        if (!m_replaceKey || error.kind != SshError::Kind::HostKeyChanged || !error.knownHosts
            || !error.presentedKey)
            return false;
        QString why;
        if (!error.knownHosts->replace(*error.presentedKey, &why)) {
            error.detail += u" (replacing the stale key failed: %1)"_s.arg(why);
            return false;
        }
        m_replaceKey = false; // once: a second change in one run is not a re-created VM
        return true;
    }

    SshConnection m_connection;
    std::shared_ptr<Gate> m_gate;
    bool m_replaceKey = false;
};

// A jump host that failed to connect reports the same error to every node behind it.
struct Bastion
{
    std::mutex mutex;
    std::shared_ptr<SshJumpHost> host;
    std::optional<SshError> failure;
    std::shared_ptr<Gate> gate;
};

class SshTransportFactory : public TransportFactory
{
public:
    SshTransportFactory(QHash<QString, NodeAccess> access, SshSettings settings,
                        SshCallbacks callbacks, int tunnelsPerBastion, QStringList replaceKeys)
        : m_access(std::move(access))
        , m_settings(std::move(settings))
        , m_callbacks(std::move(callbacks))
        , m_tunnels(qMax(1, tunnelsPerBastion))
        , m_replaceKeys(std::move(replaceKeys))
    {}

    std::unique_ptr<NodeTransport> create(const NodeAccess &access) override
    {
        std::shared_ptr<SshJumpHost> jump;
        std::shared_ptr<Gate> gate;
        if (!access.jumpNode.isEmpty() || !access.jumpTarget.host.isEmpty()) {
            const QString key
                = access.jumpNode.isEmpty() ? access.jumpTarget.label() : access.jumpNode;
            Bastion &bastion = bastionFor(key);
            std::lock_guard lock(bastion.mutex);
            if (!bastion.host && !bastion.failure)
                connectBastion(access, &bastion);
            if (bastion.failure)
                return std::make_unique<FailedTransport>(*bastion.failure);
            jump = bastion.host;
            gate = bastion.gate;
        }
        return std::make_unique<SshTransport>(access.target, m_settings, m_callbacks,
                                              std::move(jump), std::move(gate),
                                              m_replaceKeys.contains(access.node));
    }

    void cancel() override
    {
        std::lock_guard lock(m_mapMutex);
        m_cancelled = true;
        for (auto &[key, bastion] : m_bastions) {
            if (bastion->host)
                bastion->host->cancel();
        }
    }

private:
    // Stands in for a node whose bastion could not be reached.
    class FailedTransport : public NodeTransport
    {
    public:
        explicit FailedTransport(SshError error)
            : m_error(std::move(error))
        {}
        std::optional<SshError> connect() override { return m_error; }
        ExecResult exec(const QString &, const ExecOptions &) override
        {
            ExecResult result;
            result.error = m_error;
            return result;
        }
        std::optional<SshError> upload(const QByteArray &, const UploadSpec &) override
        {
            return m_error;
        }
        void cancel() override {}
        bool isConnected() const override { return false; }
        QString endpoint() const override { return m_error.endpoint; }

    private:
        SshError m_error;
    };

    Bastion &bastionFor(const QString &key)
    {
        std::lock_guard lock(m_mapMutex);
        std::unique_ptr<Bastion> &slot = m_bastions[key];
        if (!slot) {
            slot = std::make_unique<Bastion>();
            slot->gate = std::make_shared<Gate>(m_tunnels);
        }
        return *slot;
    }

    void connectBastion(const NodeAccess &access, Bastion *bastion)
    {
        SshTarget target = access.jumpTarget;
        std::shared_ptr<SshJumpHost> via;
        if (!access.jumpNode.isEmpty()) {
            const NodeAccess &jumpAccess = m_access.value(access.jumpNode);
            target = jumpAccess.target;
            // A bastion behind a bastion (ProxyJump a,b): one level deeper.
            if (!jumpAccess.jumpNode.isEmpty() || !jumpAccess.jumpTarget.host.isEmpty()) {
                NodeAccess outer = jumpAccess;
                Bastion &outerBastion = bastionFor(
                    outer.jumpNode.isEmpty() ? outer.jumpTarget.label() : outer.jumpNode);
                std::lock_guard lock(outerBastion.mutex);
                if (!outerBastion.host && !outerBastion.failure)
                    connectBastion(outer, &outerBastion);
                if (outerBastion.failure) {
                    bastion->failure = outerBastion.failure;
                    return;
                }
                via = outerBastion.host;
            }
        }
        auto host = std::make_shared<SshJumpHost>(target, m_settings, m_callbacks, via);
        {
            std::lock_guard lock(m_mapMutex);
            if (m_cancelled) {
                SshError cancelled;
                cancelled.kind = SshError::Kind::Cancelled;
                cancelled.endpoint = target.label();
                cancelled.bastion = true;
                cancelled.detail = u"cancelled"_s;
                bastion->failure = cancelled;
                return;
            }
            bastion->host = host; // visible to cancel() while connecting
        }
        if (std::optional<SshError> error = host->connect()) {
            bastion->failure = *error;
            std::lock_guard lock(m_mapMutex);
            bastion->host.reset();
        }
    }

    const QHash<QString, NodeAccess> m_access;
    const SshSettings m_settings;
    const SshCallbacks m_callbacks;
    const int m_tunnels;
    const QStringList m_replaceKeys;
    std::mutex m_mapMutex;
    std::map<QString, std::unique_ptr<Bastion>> m_bastions;
    bool m_cancelled = false;
};

} // namespace

QHash<QString, NodeAccess> accessFromTopology(const Topology &topology)
{
    QHash<QString, NodeAccess> map;
    for (const Node &node : topology.nodes) {
        NodeAccess access;
        access.node = node.name;
        access.target.host = DeployContext::sshAddress(node);
        access.target.port = node.ssh.port.value_or(0);
        access.target.user = node.ssh.user;
        access.target.identityFile = node.ssh.identityFile;
        if (!node.ssh.jump.isEmpty()) {
            if (topology.nodeIndex(node.ssh.jump) >= 0)
                access.jumpNode = node.ssh.jump;
            else
                access.jumpTarget = parseJump(node.ssh.jump);
        }
        for (const Interface &interface : node.interfaces)
            access.addressOnNetwork.insert(interface.network, interface.address);
        map.insert(node.name, access);
    }
    return map;
}

std::unique_ptr<TransportFactory> makeSshTransportFactory(const QHash<QString, NodeAccess> &access,
                                                          SshSettings settings,
                                                          SshCallbacks callbacks,
                                                          int tunnelsPerBastion,
                                                          QStringList replaceChangedKeys)
{
    return std::make_unique<SshTransportFactory>(access, std::move(settings), std::move(callbacks),
                                                 tunnelsPerBastion, std::move(replaceChangedKeys));
}

} // namespace Clusterwright
