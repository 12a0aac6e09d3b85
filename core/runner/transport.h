// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "model/topology.h"
#include "ssh/sshcallbacks.h"
#include "ssh/sshexec.h"
#include "ssh/sshtarget.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace Clusterwright {

// How the runner reaches one node: where to connect and, for the
// `${cw:iface:NETWORK}` placeholders, which address the design gives it on
// each network.
struct NodeAccess
{
    QString node;
    SshTarget target;
    QString jumpNode;     // a node in the same access map that is the bastion, or empty
    SshTarget jumpTarget; // a bastion that is not a node ("user@host:port"), or empty host
    QHash<QString, QString> addressOnNetwork; // network name -> designed address
};

// From the design: ssh.address (else the first interface), port, user,
// identityFile and jump (a node name or [user@]host[:port]) of every node.
QHash<QString, NodeAccess> accessFromTopology(const Topology &topology);

// One connection to one node, owned by one runner thread (the libssh rule);
// only cancel() is called from other threads. SSH in production, a simulated
// host for rehearsals: the runner does not know which.
class NodeTransport
{
public:
    virtual ~NodeTransport() = default;
    virtual std::optional<SshError> connect() = 0;
    virtual ExecResult exec(const QString &command, const ExecOptions &options) = 0;
    virtual std::optional<SshError> upload(const QByteArray &data, const UploadSpec &spec) = 0;
    virtual void cancel() = 0;
    virtual bool isConnected() const = 0;
    virtual QString endpoint() const = 0;
};

// Creates the transport for a node; called in the thread that will own it.
// Thread-safe.
class TransportFactory
{
public:
    virtual ~TransportFactory() = default;
    virtual std::unique_ptr<NodeTransport> create(const NodeAccess &access) = 0;
    virtual void cancel() = 0; // aborts connects in progress (bastions included)
};

// The real thing: SshConnection per node, one shared SshJumpHost per bastion
// (connected once, by the first node that needs it), at most
// `tunnelsPerBastion` targets handshaking through one bastion at a time.
// For the nodes in `replaceChangedKeys` ("this machine was re-created") a
// changed host key replaces the stale known_hosts line instead of failing.
std::unique_ptr<TransportFactory> makeSshTransportFactory(const QHash<QString, NodeAccess> &access,
                                                          SshSettings settings,
                                                          SshCallbacks callbacks,
                                                          int tunnelsPerBastion = 8,
                                                          QStringList replaceChangedKeys = {});

} // namespace Clusterwright
