// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "deploy/deploycontext.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Clusterwright {

DeployContext::DeployContext(const Topology &topology)
    : m_topology(topology)
{
    for (const Node &node : topology.nodes) {
        if (node.hasRole(Role::ControlPlane))
            m_controlPlanes.append(&node);
        else if (node.hasRole(Role::Worker))
            m_workers.append(&node);
    }
    m_clusterNodes = m_controlPlanes + m_workers;

    const QString endpoint = topology.cluster.controlPlaneEndpoint;
    const int vip = topology.vipIndex(endpoint);
    if (vip >= 0 && topology.vips[vip].purpose == VipPurpose::ApiEndpoint) {
        m_apiVip = &topology.vips[vip];
        m_endpointHost = m_apiVip->address;
    } else if (!endpoint.isEmpty()) {
        const int colon = endpoint.lastIndexOf(u':');
        const bool hasPort = colon > 0 && !endpoint.startsWith(u'[') && endpoint.count(u':') == 1;
        m_endpointHost = hasPort ? endpoint.left(colon) : endpoint;
        if (hasPort)
            m_endpointPort = endpoint.mid(colon + 1).toInt();
    } else if (!m_controlPlanes.isEmpty()) {
        m_endpointHost = advertiseAddress(*m_controlPlanes.first());
    }

    m_version = topology.cluster.kubernetesVersion;
    static const QRegularExpression semver(u"^v?1\\.(\\d+)\\.(\\d+)$"_s);
    const QRegularExpressionMatch match = semver.match(m_version);
    if (match.hasMatch()) {
        m_minor = match.captured(1).toInt();
        if (!m_version.startsWith(u'v'))
            m_version.prepend(u'v');
    }
}

QString DeployContext::endpoint() const
{
    return u"%1:%2"_s.arg(m_endpointHost).arg(m_endpointPort);
}

QString DeployContext::packageVersion() const
{
    return m_version.mid(1);
}

bool DeployContext::skipKubeProxy() const
{
    return m_topology.cluster.kubeProxy == KubeProxyMode::Replaced;
}

QString DeployContext::addressOn(const Node &node, const QString &network)
{
    for (const Interface &iface : node.interfaces) {
        if (iface.network == network)
            return iface.address;
    }
    return {};
}

QString DeployContext::advertiseAddress(const Node &node) const
{
    if (m_apiVip) {
        const QString address = addressOn(node, m_apiVip->network);
        if (!address.isEmpty())
            return address;
    }
    return node.interfaces.isEmpty() ? QString() : node.interfaces.first().address;
}

QString DeployContext::sshAddress(const Node &node)
{
    if (!node.ssh.address.isEmpty())
        return node.ssh.address;
    return node.interfaces.isEmpty() ? QString() : node.interfaces.first().address;
}

QString DeployContext::stepId(const QString &node, const QString &action)
{
    return node + u'/' + action;
}

QString DeployContext::controlPlaneReadyStep() const
{
    return m_controlPlanes.size() > 1 ? joinStep(*m_controlPlanes.last()) : initStep();
}

} // namespace Clusterwright
