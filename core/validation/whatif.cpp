// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "validation/faulttolerance.h"

#include "validation/faultmodel_p.h"

#include <QSet>

namespace Clusterwright {

using namespace Qt::StringLiterals;
using namespace FaultModel;

namespace {

// How many units of a condition the failure takes down, and which ones.
struct Count
{
    int down = 0;
    int total = 0;
    QStringList downNames;
    QStringList upNames;
    bool broken = false;
};

class Failure
{
public:
    QSet<int> nodes;
    QSet<Domain> domains;

    bool isDown(const Unit &unit) const
    {
        return (unit.nodeIndex >= 0 && nodes.contains(unit.nodeIndex))
               || domains.contains(unit.domain);
    }

    Count count(const Condition &condition) const
    {
        Count c;
        c.total = int(condition.units.size());
        for (const Unit &unit : condition.units) {
            if (isDown(unit)) {
                ++c.down;
                c.downNames << unit.name;
            } else {
                c.upNames << unit.name;
            }
        }
        c.broken = c.down >= condition.threshold;
        return c;
    }
};

QString downList(const Count &c)
{
    return c.downNames.isEmpty() ? QString() : u" (down: "_s + c.downNames.join(u", ") + u')';
}

WhatIfOutcome etcdOutcome(const Component &component, const Failure &failure)
{
    const Count c = failure.count(component.breaksWhen.first());
    const int left = c.total - c.down;
    const int quorum = etcdQuorum(c.total);
    if (c.broken) {
        return {component.name, true,
                QStringLiteral("etcd quorum lost: %1 of %2 members left, quorum is %3")
                        .arg(left)
                        .arg(c.total)
                        .arg(quorum)
                    + downList(c)};
    }
    if (c.down == 0) {
        return {component.name, false,
                c.total == 1 ? u"etcd unaffected: its one member is up"_s
                             : QStringLiteral("etcd unaffected: all %1 members up").arg(c.total)};
    }
    return {component.name, false,
            QStringLiteral("etcd keeps quorum: %1 of %2 members left, quorum is %3")
                    .arg(left)
                    .arg(c.total)
                    .arg(quorum)
                + downList(c)};
}

// Conditions: [0] etcd quorum, [1] every control plane, [2] the endpoint itself.
WhatIfOutcome apiOutcome(const Component &component, const Failure &failure)
{
    const QList<Condition> &conditions = component.breaksWhen;
    const Count etcd = failure.count(conditions[0]);
    const Count controlPlanes = failure.count(conditions[1]);
    if (etcd.broken) {
        return {component.name, true,
                QStringLiteral("API down: etcd lost quorum (%1 of %2 members left), so every "
                               "request fails")
                    .arg(etcd.total - etcd.down)
                    .arg(etcd.total)};
    }
    if (controlPlanes.broken) {
        return {
            component.name, true,
            QStringLiteral("API down: all %1 control planes are down").arg(controlPlanes.total)};
    }
    if (conditions.size() > 2) {
        const Count endpoint = failure.count(conditions[2]);
        if (endpoint.broken && conditions[2].threshold == 1) {
            return {component.name, true,
                    QStringLiteral("API down: the endpoint is %1 alone, and it is down (%2)")
                        .arg(endpoint.downNames.join(u", "), component.detail)};
        }
        if (endpoint.broken) {
            return {component.name, true,
                    QStringLiteral("API down: none of the %1 %2 is up")
                            .arg(endpoint.total)
                            .arg(component.carrierNoun)
                        + downList(endpoint)};
        }
        if (endpoint.down > 0) {
            return {component.name, false,
                    QStringLiteral("API up: the VIP fails over to %1 (%2 of %3 %4 up)")
                        .arg(endpoint.upNames.first(),
                             QString::number(endpoint.total - endpoint.down),
                             QString::number(endpoint.total), component.carrierNoun)};
        }
    }
    if (controlPlanes.down > 0) {
        return {component.name, false,
                QStringLiteral("API up: %1 of %2 control planes left")
                        .arg(controlPlanes.total - controlPlanes.down)
                        .arg(controlPlanes.total)
                    + downList(controlPlanes)};
    }
    return {component.name, false, QStringLiteral("API unaffected")};
}

WhatIfOutcome storageOutcome(const Component &component, const Failure &failure)
{
    const Condition &condition = component.breaksWhen.first();
    const Count c = failure.count(condition);
    if (component.storageType == StorageType::Nfs) {
        if (c.broken)
            return {component.name, true,
                    QStringLiteral("storage unreachable: %1 is down").arg(component.detail)};
        return {component.name, false, QStringLiteral("storage up: %1").arg(component.detail)};
    }
    const QString scheme = component.dataChunks > 0
                               ? QStringLiteral("erasure coding %1+%2 rebuilds at most %3 lost %4")
                                     .arg(component.dataChunks)
                                     .arg(component.codingChunks)
                                     .arg(condition.threshold - 1)
                                     .arg(condition.threshold == 2 ? u"chunk" : u"chunks")
                               : QStringLiteral("each object has %1 %2 on different nodes")
                                     .arg(component.replicas)
                                     .arg(component.replicas == 1 ? u"copy" : u"copies");
    if (c.broken) {
        return {component.name, true,
                QStringLiteral("data can be lost: %1 of the pool's %2 nodes are down and %3")
                        .arg(c.down)
                        .arg(c.total)
                        .arg(scheme)
                    + downList(c)};
    }
    if (c.down == 0)
        return {component.name, false, QStringLiteral("storage unaffected")};
    return {component.name, false,
            QStringLiteral("data safe but degraded: %1 of the pool's %2 nodes are down and %3")
                    .arg(c.down)
                    .arg(c.total)
                    .arg(scheme)
                + downList(c)};
}

WhatIfOutcome loadBalancerOutcome(const Component &component, const Failure &failure)
{
    const Count c = failure.count(component.breaksWhen.first());
    if (c.broken) {
        return {component.name, true,
                QStringLiteral("LoadBalancer addresses unreachable: all %1 %2 are down")
                    .arg(c.total)
                    .arg(component.carrierNoun)};
    }
    if (c.down == 0)
        return {component.name, false, QStringLiteral("LoadBalancer unaffected")};
    return {component.name, false,
            QStringLiteral("LoadBalancer up: announced by %1 of %2 %3")
                    .arg(c.total - c.down)
                    .arg(c.total)
                    .arg(component.carrierNoun)
                + downList(c)};
}

} // namespace

bool WhatIfResult::anythingBroken() const
{
    for (const WhatIfOutcome &outcome : outcomes) {
        if (outcome.broken)
            return true;
    }
    return false;
}

WhatIfResult whatIf(const Topology &topology, const QStringList &failed)
{
    const Index index(topology);
    // Hosts that nodes name but the hosts list lacks are still machines.
    QSet<QString> hostNames;
    for (const Host &host : topology.hosts)
        hostNames.insert(host.name);
    for (const Node &node : topology.nodes) {
        if (!node.host.isEmpty())
            hostNames.insert(node.host);
    }

    QSet<QString> wanted;
    for (const QString &raw : failed)
        wanted.insert(raw.trimmed());
    const QHash<QString, int> nodeByName = index.findNodes(wanted);

    WhatIfResult result;
    Failure failure;
    for (const QString &raw : failed) {
        const QString name = raw.trimmed();
        if (name.isEmpty())
            continue;
        bool known = false;
        if (const int node = nodeByName.value(name, -1); node >= 0) {
            failure.nodes.insert(node);
            known = true;
        }
        if (hostNames.contains(name)) {
            failure.domains.insert(Domain{Domain::Host, name});
            known = true;
        }
        if (!known && !result.unknownNames.contains(name))
            result.unknownNames << name;
    }
    for (qsizetype i = 0; i < topology.nodes.size(); ++i) {
        if (failure.isDown(index.unitOf(int(i))))
            result.failedNodes << topology.nodes[i].name;
    }

    const Model model = buildModel(index);
    for (const Component &component : model.components) {
        if (!component.brokenFromStart.isEmpty()) {
            result.outcomes << WhatIfOutcome{component.name, true,
                                             u"does not work even with nothing failed: "_s
                                                 + component.brokenFromStart};
            continue;
        }
        switch (component.kind) {
        case Kind::Etcd:
            result.outcomes << etcdOutcome(component, failure);
            break;
        case Kind::ApiEndpoint:
            result.outcomes << apiOutcome(component, failure);
            break;
        case Kind::Storage:
            result.outcomes << storageOutcome(component, failure);
            break;
        case Kind::LoadBalancer:
            result.outcomes << loadBalancerOutcome(component, failure);
            break;
        }
    }
    return result;
}

} // namespace Clusterwright
