// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "fakecluster.h"

#include "ssh/sshconnection.h"

#include <QHash>

#include <memory>

namespace Clusterwright {
class SshJumpHost;
}

namespace Clusterwright::Test {

// A test's own SSH sessions to fake cluster hosts, as the design's user,
// through the bastion where the design has one: to drive stand-ins or look
// around a host. One connection per node, used from the creating thread.
class FakeClusterShell
{
public:
    FakeClusterShell(FakeCluster &cluster, QString identityFile, SshSettings settings,
                     SshCallbacks callbacks);
    ~FakeClusterShell();

    // The error of connecting to the node (or its bastion), if any.
    std::optional<SshError> connect(const QString &node);
    SshConnection &connection(const QString &node);
    // As root (sudo for the design's user), with a 20 s deadline.
    ExecResult run(const QString &node, const QString &command, bool asRoot = true);
    // Creates the parent directory first; mode 0600.
    bool upload(const QString &node, const QByteArray &data, const QString &path);
    // A target for `node` as the test process reaches it.
    SshTarget target(const QString &node) const;
    std::shared_ptr<SshJumpHost> jumpHost(const QString &bastion);

private:
    FakeCluster &m_cluster;
    QString m_identityFile;
    SshSettings m_settings;
    SshCallbacks m_callbacks;
    QHash<QString, std::shared_ptr<SshJumpHost>> m_jumps;
    QHash<QString, std::shared_ptr<SshConnection>> m_connections;
    QHash<QString, std::optional<SshError>> m_errors;
};

} // namespace Clusterwright::Test
