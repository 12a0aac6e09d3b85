// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "model/topology.h"
#include "validation/faulttolerance.h"

#include <QString>
#include <QStringList>

// Small designs for the fault-tolerance and failure-domain tests.
namespace Clusterwright::TestTopologies {

using namespace Qt::StringLiterals;

// "cp-1@a,cp-2@a,cp-3@b": control planes on hosts; "@" alone = no host.
inline Topology controlPlanesOn(const QString &spec, const QStringList &hosts = {})
{
    Topology t;
    for (const QString &h : hosts)
        t.hosts << Host{h, {}};
    t.networks << Network{u"lan"_s, u"10.0.0.0/24"_s, {}, {}, {}, {}};
    int address = 10;
    for (const QString &entry : spec.split(u',', Qt::SkipEmptyParts)) {
        const QStringList parts = entry.split(u'@');
        Node n;
        n.name = parts[0];
        n.roles = {Role::ControlPlane};
        n.host = parts.value(1);
        n.interfaces << Interface{u"lan"_s, QStringLiteral("10.0.0.%1").arg(address++)};
        t.nodes << n;
    }
    return t;
}

inline void addNode(Topology &t, const QString &name, QList<Role> roles, const QString &host)
{
    Node n;
    n.name = name;
    n.roles = roles;
    n.host = host;
    n.interfaces << Interface{u"lan"_s, QStringLiteral("10.0.0.%1").arg(100 + t.nodes.size())};
    t.nodes << n;
}

// The seed 000 shape: three Proxmox hosts, a control plane and a worker on each.
inline Topology proxmoxCluster()
{
    Topology t = controlPlanesOn(u"cp-1@prox02,cp-2@prox04,cp-3@prox05"_s,
                                 {u"prox02"_s, u"prox04"_s, u"prox05"_s});
    addNode(t, u"wk-1"_s, {Role::Worker}, u"prox02"_s);
    addNode(t, u"wk-2"_s, {Role::Worker}, u"prox04"_s);
    addNode(t, u"wk-3"_s, {Role::Worker}, u"prox05"_s);
    t.cluster.controlPlaneEndpoint = u"api"_s;
    t.vips << Vip{u"api"_s, VipPurpose::ApiEndpoint, u"lan"_s, u"10.0.0.100"_s,
                  {},       VipProvider::Keepalived};
    t.vips << Vip{u"lb"_s, VipPurpose::LoadBalancer,   u"lan"_s,
                  {},      u"10.0.0.200-10.0.0.250"_s, VipProvider::MetalLb};
    return t;
}

// The FD findings of `t`, all or one rule's.
inline QList<Finding> fdFindings(const Topology &t, const QString &id = {})
{
    QList<Finding> all;
    checkFailureDomains(t, all);
    QList<Finding> result;
    for (const Finding &f : std::as_const(all)) {
        if (id.isEmpty() || f.ruleId == id)
            result << f;
    }
    return result;
}

} // namespace Clusterwright::TestTopologies
