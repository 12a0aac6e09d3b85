// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "validation/faulttolerance.h"

#include "validation/faultmodel_p.h"

#include <QHash>
#include <QSet>

#include <limits>

namespace Clusterwright {

using namespace Qt::StringLiterals;
using namespace FaultModel;

int etcdQuorum(int members)
{
    return members <= 0 ? 0 : members / 2 + 1;
}

int etcdFailureTolerance(int members)
{
    return members <= 0 ? 0 : members - etcdQuorum(members);
}

namespace {

constexpr int Unbounded = std::numeric_limits<int>::max();

struct ConditionStats
{
    int nodes = Unbounded; // fewest node failures that break it
    int hosts = Unbounded;
    QStringList singlePoints;
};

ConditionStats analyze(const Condition &condition)
{
    ConditionStats stats;
    const QList<std::pair<Domain, int>> domains = domainCounts(condition);
    const int nodes = nodesToBreak(condition);
    const int hosts = hostsToBreak(domains, condition.threshold);
    stats.nodes = nodes < 0 ? Unbounded : nodes;
    stats.hosts = hosts < 0 ? Unbounded : hosts;
    if (condition.threshold <= 0)
        return stats;
    if (condition.threshold == 1) {
        for (const Unit &unit : condition.units)
            stats.singlePoints << unit.name << unit.domain.name;
        return stats;
    }
    // A domain alone is fatal when it holds `threshold` units: report hosts
    // only, since a single node cannot be fatal here.
    for (const auto &[domain, count] : domains) {
        if (count >= condition.threshold)
            stats.singlePoints << domain.name;
    }
    return stats;
}

void appendUnique(QStringList &list, const QStringList &more, QSet<QString> &seen)
{
    for (const QString &name : more) {
        if (!seen.contains(name)) {
            seen.insert(name);
            list << name;
        }
    }
}

} // namespace

FaultToleranceSummary analyzeFaultTolerance(const Topology &topology)
{
    const Index index(topology);
    const Model model = buildModel(index);

    FaultToleranceSummary summary;
    summary.etcdMembers = model.etcdMembers;
    summary.etcdQuorum = model.etcdQuorum;
    // Many LB pools share one network's workers; analyse each set once.
    QHash<QString, ConditionStats> cache;
    for (const Component &component : model.components) {
        Tolerance tolerance;
        tolerance.component = component.name;
        tolerance.detail = component.detail;
        if (!component.brokenFromStart.isEmpty()) {
            tolerance.detail += u"; does not work: "_s + component.brokenFromStart;
            tolerance.nodeFailures = 0;
            tolerance.hostFailures = 0;
            summary.components << tolerance;
            continue;
        }
        int nodes = Unbounded;
        int hosts = Unbounded;
        QSet<QString> seen;
        for (const Condition &condition : component.breaksWhen) {
            ConditionStats stats;
            if (condition.cacheKey.isEmpty()) {
                stats = analyze(condition);
            } else {
                auto it = cache.find(condition.cacheKey);
                if (it == cache.end())
                    it = cache.insert(condition.cacheKey, analyze(condition));
                stats = *it;
            }
            nodes = std::min(nodes, stats.nodes);
            hosts = std::min(hosts, stats.hosts);
            appendUnique(tolerance.singlePointsOfFailure, stats.singlePoints, seen);
        }
        tolerance.nodeFailures = nodes == Unbounded ? -1 : nodes - 1;
        tolerance.hostFailures = hosts == Unbounded ? -1 : hosts - 1;
        summary.components << tolerance;
    }
    return summary;
}

} // namespace Clusterwright
