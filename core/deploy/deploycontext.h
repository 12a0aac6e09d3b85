// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "model/topology.h"

#include <QList>
#include <QString>

namespace Clusterwright {

// Values derived once from a validated topology, shared by the planner, the
// renderers and the components, plus the ids of the steps they hang off.
class DeployContext
{
public:
    explicit DeployContext(const Topology &topology);

    const Topology &topology() const { return m_topology; }
    QList<const Node *> controlPlanes() const { return m_controlPlanes; } // [0] runs init
    QList<const Node *> workers() const { return m_workers; }             // worker-only nodes
    QList<const Node *> clusterNodes() const { return m_clusterNodes; }   // control planes first
    const Node &firstControlPlane() const { return *m_controlPlanes.first(); }

    const Vip *apiVip() const { return m_apiVip; } // nullptr when the endpoint is host[:port]
    QString endpointHost() const { return m_endpointHost; }
    int endpointPort() const { return m_endpointPort; }
    QString endpoint() const; // "host:port"

    QString version() const { return m_version; } // "v1.27.1"
    int minorVersion() const { return m_minor; }  // 27; -1 when unparsable
    QString packageVersion() const;               // "1.27.1"
    bool useKubeadmV1beta4() const { return m_minor >= 31; }
    bool skipKubeProxy() const;

    // The node's address on `network`, or empty.
    static QString addressOn(const Node &node, const QString &network);
    // Where the apiserver listens and the kubelet registers: the address on the
    // API VIP's network, else the first interface.
    QString advertiseAddress(const Node &node) const;
    static QString sshAddress(const Node &node);

    static QString stepId(const QString &node, const QString &action);
    QString preparedStep(const Node &node) const
    {
        return stepId(node.name, QStringLiteral("install-kubernetes"));
    }
    QString initStep() const { return stepId(firstControlPlane().name, QStringLiteral("init")); }
    QString joinStep(const Node &node) const { return stepId(node.name, QStringLiteral("join")); }
    // The last control-plane join (or init): workers and addons wait for it.
    QString controlPlaneReadyStep() const;

private:
    const Topology &m_topology;
    QList<const Node *> m_controlPlanes;
    QList<const Node *> m_workers;
    QList<const Node *> m_clusterNodes;
    const Vip *m_apiVip = nullptr;
    QString m_endpointHost;
    int m_endpointPort = 6443;
    QString m_version;
    int m_minor = -1;
};

} // namespace Clusterwright
