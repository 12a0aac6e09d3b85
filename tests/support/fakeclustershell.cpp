// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "fakeclustershell.h"

#include "ssh/sshjumphost.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Clusterwright::Test {

FakeClusterShell::FakeClusterShell(FakeCluster &cluster, QString identityFile, SshSettings settings,
                                   SshCallbacks callbacks)
    : m_cluster(cluster)
    , m_identityFile(std::move(identityFile))
    , m_settings(std::move(settings))
    , m_callbacks(std::move(callbacks))
{}

FakeClusterShell::~FakeClusterShell()
{
    m_connections.clear(); // before the bastions they tunnel through
    m_jumps.clear();
}

SshTarget FakeClusterShell::target(const QString &node) const
{
    const bool direct = m_cluster.jumpNode(node).isEmpty();
    return {direct ? u"127.0.0.1"_s : m_cluster.innerAddress(node),
            direct ? m_cluster.bridgePort(node) : m_cluster.innerPort(node),
            m_cluster.loginUser(node), m_identityFile};
}

std::shared_ptr<SshJumpHost> FakeClusterShell::jumpHost(const QString &bastion)
{
    std::shared_ptr<SshJumpHost> &jump = m_jumps[bastion];
    if (!jump) {
        jump = std::make_shared<SshJumpHost>(target(bastion), m_settings, m_callbacks);
        if (const std::optional<SshError> failure = jump->connect()) {
            m_errors[bastion] = failure;
            jump.reset();
        }
    }
    return jump;
}

std::optional<SshError> FakeClusterShell::connect(const QString &node)
{
    connection(node);
    return m_errors.value(node);
}

SshConnection &FakeClusterShell::connection(const QString &node)
{
    std::shared_ptr<SshConnection> &c = m_connections[node];
    if (!c) {
        const QString bastion = m_cluster.jumpNode(node);
        std::shared_ptr<SshJumpHost> jump = bastion.isEmpty() ? nullptr : jumpHost(bastion);
        c = std::make_shared<SshConnection>(target(node), m_settings, m_callbacks, jump);
        if (!bastion.isEmpty() && !jump)
            m_errors[node] = m_errors.value(bastion);
        else
            m_errors[node] = c->connect();
        if (const std::optional<SshError> failure = m_errors.value(node))
            qWarning("%s: %s", qPrintable(node), qPrintable(failure->message()));
    }
    return *c;
}

ExecResult FakeClusterShell::run(const QString &node, const QString &command, bool asRoot)
{
    ExecOptions options;
    options.asRoot = asRoot;
    options.timeout = std::chrono::seconds(20);
    return connection(node).exec(command, options);
}

bool FakeClusterShell::upload(const QString &node, const QByteArray &data, const QString &path)
{
    run(node, u"mkdir -p '%1'"_s.arg(QFileInfo(path).path()));
    UploadSpec spec;
    spec.remotePath = path;
    spec.mode = 0600;
    const std::optional<SshError> failure = connection(node).upload(data, spec);
    if (failure)
        qWarning("upload to %s:%s: %s", qPrintable(node), qPrintable(path),
                 qPrintable(failure->message()));
    return !failure;
}

} // namespace Clusterwright::Test
