// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "validation/faultmodel_p.h"

#include <algorithm>
#include <functional>
#include <vector>

namespace Clusterwright::FaultModel {

using namespace Qt::StringLiterals;

namespace {

// The first object of each name wins, as in the rules.
template<typename T>
int lookup(QHash<QString, int> &hash, const QList<T> &list, const QString &name)
{
    if (hash.isEmpty() && !list.isEmpty()) {
        hash.reserve(list.size());
        for (qsizetype i = list.size() - 1; i >= 0; --i)
            hash.insert(list[i].name, int(i));
    }
    return hash.value(name, -1);
}

} // namespace

QHash<QString, int> Index::findNodes(const QSet<QString> &names) const
{
    QHash<QString, int> found;
    if (names.isEmpty())
        return found;
    found.reserve(names.size());
    for (qsizetype i = 0; i < topology.nodes.size(); ++i) {
        const QString &name = topology.nodes[i].name;
        if (names.contains(name) && !found.contains(name))
            found.insert(name, int(i));
    }
    return found;
}

int Index::host(const QString &name) const
{
    return lookup(m_hostByName, topology.hosts, name);
}

int Index::nodeWithAddress(const QString &address) const
{
    if (address.isEmpty())
        return -1;
    for (qsizetype i = 0; i < topology.nodes.size(); ++i) {
        const Node &node = topology.nodes[i];
        if (node.ssh.address == address)
            return int(i);
        for (const Interface &interface : node.interfaces) {
            if (interface.address == address)
                return int(i);
        }
    }
    return -1;
}

int Index::hostWithAddress(const QString &address) const
{
    for (qsizetype i = 0; i < topology.hosts.size(); ++i) {
        if (!address.isEmpty() && topology.hosts[i].address == address)
            return int(i);
    }
    return -1;
}

Domain Index::domainOf(int nodeIndex) const
{
    const Node &node = topology.nodes[nodeIndex];
    if (node.host.isEmpty())
        return Domain{Domain::Node, node.name};
    return Domain{Domain::Host, node.host};
}

Unit Index::unitOf(int nodeIndex) const
{
    return Unit{topology.nodes[nodeIndex].name, domainOf(nodeIndex), nodeIndex};
}

QList<int> Index::etcdMembers() const
{
    const Role role = topology.cluster.etcd == EtcdMode::Stacked ? Role::ControlPlane : Role::Etcd;
    QList<int> members;
    for (qsizetype i = 0; i < topology.nodes.size(); ++i) {
        if (topology.nodes[i].hasRole(role))
            members << int(i);
    }
    return members;
}

QList<int> Index::controlPlanes() const
{
    QList<int> result;
    for (qsizetype i = 0; i < topology.nodes.size(); ++i) {
        if (topology.nodes[i].hasRole(Role::ControlPlane))
            result << int(i);
    }
    return result;
}

int nodesToBreak(const Condition &condition)
{
    if (condition.threshold <= 0)
        return 0;
    qsizetype nodes = 0;
    for (const Unit &unit : condition.units)
        nodes += unit.nodeIndex >= 0 ? 1 : 0;
    return nodes >= condition.threshold ? condition.threshold : -1;
}

QList<std::pair<Domain, int>> domainCounts(const Condition &condition)
{
    QList<std::pair<Domain, int>> counts;
    // Most conditions hold a handful of units: a scan beats hashing them.
    constexpr qsizetype SmallCondition = 24;
    QHash<Domain, qsizetype> at;
    for (const Unit &unit : condition.units) {
        qsizetype i = -1;
        if (condition.units.size() <= SmallCondition) {
            for (qsizetype j = 0; j < counts.size() && i < 0; ++j)
                i = counts[j].first == unit.domain ? j : -1;
        } else {
            i = at.value(unit.domain, -1);
        }
        if (i < 0) {
            at.insert(unit.domain, counts.size());
            counts.append({unit.domain, 0});
            i = counts.size() - 1;
        }
        ++counts[i].second;
    }
    return counts;
}

int hostsToBreak(const QList<std::pair<Domain, int>> &domains, int threshold)
{
    if (threshold <= 0)
        return 0;
    // The adversary takes the fullest domains first; greedy is optimal because
    // each domain only adds its own count.
    std::vector<int> counts;
    counts.reserve(size_t(domains.size()));
    for (const auto &entry : domains)
        counts.push_back(entry.second);
    std::sort(counts.begin(), counts.end(), std::greater<int>());
    int down = 0;
    for (size_t i = 0; i < counts.size(); ++i) {
        down += counts[i];
        if (down >= threshold)
            return int(i) + 1;
    }
    return -1;
}

QString joinNames(const QStringList &names)
{
    if (names.size() <= 1)
        return names.value(0);
    return names.mid(0, names.size() - 1).join(u", ") + u" and "_s + names.last();
}

} // namespace Clusterwright::FaultModel
