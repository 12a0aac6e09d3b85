// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "validation/faulttolerance.h"

#include "validation/faultmodel_p.h"
#include "validation/rule.h"

#include <QHash>
#include <QSet>

#include <optional>
#include <utility>

namespace Clusterwright {

using namespace Qt::StringLiterals;
using namespace FaultModel;

namespace {

struct Move
{
    int node = -1;
    QString fromHost;
    QString toHost;
};

// Per physical host: the members it holds, in design order. Hostless members
// are their own failure domain and never over-full, so they are left out.
QHash<QString, QList<int>> membersByHost(const Topology &topology, const QList<int> &members,
                                         QStringList *order)
{
    QHash<QString, QList<int>> byHost;
    for (const int i : members) {
        const QString &host = topology.nodes[i].host;
        if (host.isEmpty())
            continue;
        if (!byHost.contains(host))
            *order << host;
        byHost[host] << i;
    }
    return byHost;
}

// Moves that leave at most `cap` members on any host, taking from the fullest
// host its last members (the first one is usually where `kubeadm init` ran) and
// giving to the listed host with the fewest members, then the fewest nodes
// (`load`: nodes per host). nullopt when the listed hosts are too few. Only
// called once a host is over `cap`, so its O(hosts) scans stay off the fast path.
std::optional<QList<Move>> spreadPlan(const Topology &topology, const QList<int> &members, int cap,
                                      QHash<QString, int> load)
{
    QStringList order;
    QHash<QString, QList<int>> byHost = membersByHost(topology, members, &order);
    QHash<QString, int> count;
    for (auto it = byHost.cbegin(); it != byHost.cend(); ++it)
        count.insert(it.key(), int(it.value().size()));
    const auto better = [&](const QString &a, const QString &b) {
        return std::pair(count.value(a), load.value(a)) < std::pair(count.value(b), load.value(b));
    };
    QList<Move> moves;
    while (true) {
        QString source;
        for (const QString &host : std::as_const(order)) {
            if (count.value(host) > cap
                && (source.isEmpty() || count.value(host) > count.value(source)))
                source = host;
        }
        if (source.isEmpty())
            return moves;
        QString target;
        for (const Host &host : topology.hosts) {
            if (count.value(host.name) < cap && (target.isEmpty() || better(host.name, target)))
                target = host.name;
        }
        if (target.isEmpty())
            return std::nullopt;
        const int node = byHost[source].takeLast();
        moves << Move{node, source, target};
        --count[source];
        ++count[target];
        --load[source];
        ++load[target];
        if (!order.contains(target))
            order << target;
    }
}

QStringList nodeNames(const Topology &topology, const QList<int> &indices)
{
    QStringList names;
    for (const int i : indices)
        names << topology.nodes[i].name;
    return names;
}

QString hostWord(int n)
{
    return n == 1 ? u"1 host"_s : QStringLiteral("%1 hosts").arg(n);
}

class Checker
{
public:
    Checker(const Topology &topology, QList<Finding> &findings)
        : m_topology(topology)
        , m_index(topology)
        , m_findings(findings)
    {
        // One machine in the design: every node that names a host names the same one.
        QString only;
        bool several = false;
        for (const Node &node : topology.nodes) {
            if (node.host.isEmpty())
                continue;
            several = several || (!only.isEmpty() && node.host != only);
            only = node.host;
        }
        m_singleHost = topology.hosts.size() <= 1 && !only.isEmpty() && !several;
    }

    void run()
    {
        const QSet<QString> etcdHosts = checkEtcd();
        checkControlPlanes(etcdHosts);
        for (qsizetype i = 0; i < m_topology.storage.size(); ++i)
            checkStorage(int(i));
        checkUnknownDomains();
        reportSingleHost();
    }

private:
    ObjectRef hostRef(const QString &host) const
    {
        return ObjectRef{ObjectKind::Host, host, m_index.host(host)};
    }
    ObjectRef nodeRef(int i) const
    {
        return ObjectRef{ObjectKind::Node, m_topology.nodes[i].name, i};
    }
    static QString hostPath(int node) { return QStringLiteral("nodes[%1].host").arg(node); }

    std::optional<QList<Move>> plan(const QList<int> &members, int cap)
    {
        if (m_load.isEmpty()) {
            for (const Node &node : m_topology.nodes)
                ++m_load[node.host];
        }
        return spreadPlan(m_topology, members, cap, m_load);
    }

    // The moves of `plan` that leave `host`, as a suggestion and a fix.
    void addMoves(Finding &finding, const QList<Move> &plan, const QString &host,
                  const QString &afterwards) const
    {
        QStringList phrases;
        for (const Move &move : plan) {
            if (move.fromHost != host)
                continue;
            phrases << QStringLiteral("%1 to host '%2'")
                           .arg(m_topology.nodes[move.node].name, move.toHost);
            finding.fix << FieldEdit{hostPath(move.node), move.toHost};
        }
        if (!finding.fix.isEmpty())
            finding.path = finding.fix.first().path;
        finding.suggestion = u"move "_s + joinNames(phrases) + u"; "_s + afterwards;
    }

    QSet<QString> checkEtcd()
    {
        QSet<QString> reported;
        const QList<int> members = m_index.etcdMembers();
        const int n = int(members.size());
        const int tolerance = etcdFailureTolerance(n);
        if (tolerance < 1) // one or two members: any single failure already breaks it
            return reported;
        QStringList order;
        const QHash<QString, QList<int>> byHost = membersByHost(m_topology, members, &order);
        std::optional<std::optional<QList<Move>>> moves; // computed on the first violation
        for (const QString &host : std::as_const(order)) {
            const QList<int> &on = byHost[host];
            if (on.size() <= tolerance)
                continue;
            if (m_singleHost) {
                m_singleHostParts << QStringLiteral("%1 etcd members").arg(n);
                continue;
            }
            if (!moves)
                moves = plan(members, tolerance);
            reported.insert(host);
            Finding f;
            f.ruleId = u"FD001"_s;
            f.severity = Severity::Error;
            f.message
                = QStringLiteral("etcd loses quorum if host '%1' fails: it runs %2 of the %3 etcd "
                                 "members (%4), which leaves %5 where quorum needs %6, and the "
                                 "whole cluster API stops")
                      .arg(host, QString::number(on.size()), QString::number(n),
                           joinNames(nodeNames(m_topology, on)), QString::number(n - on.size()),
                           QString::number(etcdQuorum(n)));
            f.objects << hostRef(host);
            for (const int i : on)
                f.objects << nodeRef(i);
            f.path = hostPath(on.last());
            if (*moves) {
                addMoves(f, **moves, host,
                         QStringLiteral("then no host runs more than %1 of the %2 members and "
                                        "any one host can fail")
                             .arg(tolerance)
                             .arg(n));
            } else {
                const int needed = (n + tolerance - 1) / tolerance;
                f.suggestion = QStringLiteral("spread the %1 members over at least %2 with at most "
                                              "%3 on each; the design lists %4")
                                   .arg(n)
                                   .arg(hostWord(needed))
                                   .arg(tolerance)
                                   .arg(hostWord(int(m_topology.hosts.size())));
            }
            m_findings << f;
        }
        return reported;
    }

    void checkControlPlanes(const QSet<QString> &etcdHosts)
    {
        const QList<int> planes = m_index.controlPlanes();
        const int n = int(planes.size());
        if (n < 2)
            return;
        const QString host = m_topology.nodes[planes.first()].host;
        for (const int i : planes) {
            if (m_topology.nodes[i].host != host || host.isEmpty())
                return;
        }
        if (m_singleHost) {
            m_singleHostParts << QStringLiteral("%1 control planes").arg(n);
            return;
        }
        // Stacked etcd on that host is already an FD001 error that says more.
        if (m_topology.cluster.etcd == EtcdMode::Stacked && etcdHosts.contains(host))
            return;
        Finding f;
        f.ruleId = u"FD002"_s;
        f.severity = Severity::Warning;
        f.message = QStringLiteral("%1 (%2) run on host '%3': if it fails, the API server, "
                                   "scheduler and controller manager stop together, so the extra "
                                   "control planes only guard against a VM failure")
                        .arg(n == 2 ? u"both control planes"_s
                                    : QStringLiteral("all %1 control planes").arg(n),
                             joinNames(nodeNames(m_topology, planes)), host);
        f.objects << hostRef(host);
        for (const int i : planes)
            f.objects << nodeRef(i);
        f.path = hostPath(planes.last());
        const int hosts = std::max<int>(1, int(m_topology.hosts.size()));
        const int cap = (n + std::min(hosts, n) - 1) / std::min(hosts, n);
        if (const auto moves = plan(planes, cap); moves && !moves->isEmpty())
            addMoves(f, *moves, host, u"then one host failure leaves a control plane running"_s);
        m_findings << f;
    }

    void checkStorage(int poolIndex)
    {
        const Storage &pool = m_topology.storage[poolIndex];
        if (pool.type == StorageType::Nfs)
            return;
        if (!m_poolNodesFound) {
            QSet<QString> names;
            for (const Storage &s : m_topology.storage) {
                for (const QString &name : s.nodes)
                    names.insert(name);
            }
            m_poolNodes = m_index.findNodes(names);
            m_poolNodesFound = true;
        }
        QList<int> holders;
        QSet<int> seen;
        for (const QString &name : pool.nodes) {
            const int i = m_poolNodes.value(name, -1);
            if (i >= 0 && !seen.contains(i)) {
                seen.insert(i);
                holders << i;
            }
        }
        const int n = int(holders.size());
        const bool ec = pool.type == StorageType::Ceph && pool.erasureCoding;
        const int k = ec ? pool.erasureCoding->dataChunks : 0;
        const int m = ec ? pool.erasureCoding->codingChunks : 0;
        const int copies = std::max(1, pool.replicas.value_or(3));
        // Nodes of the pool one host may hold before its loss can lose data.
        const int threshold = ec ? std::min(k + m, n) - k + 1 : std::min(copies, n);
        if (threshold < 2)
            return; // no redundancy claimed: not a placement problem
        QStringList order;
        const QHash<QString, QList<int>> byHost = membersByHost(m_topology, holders, &order);
        std::optional<std::optional<QList<Move>>> moves; // computed on the first violation
        const QString engine = pool.type == StorageType::Ceph ? u"Ceph"_s : u"Longhorn"_s;
        const QString scheme
            = ec ? QStringLiteral("erasure coding %1+%2 survives the loss of %3 %4")
                       .arg(k)
                       .arg(m)
                       .arg(threshold - 1)
                       .arg(threshold == 2 ? u"chunk" : u"chunks")
                 : QStringLiteral("each object's %1 replicas sit on different nodes, not on "
                                  "different machines")
                       .arg(copies);
        for (const QString &host : std::as_const(order)) {
            const QList<int> &on = byHost[host];
            if (on.size() < threshold)
                continue;
            if (m_singleHost) {
                m_singleHostParts << QStringLiteral("%1 pool '%2'").arg(engine, pool.name);
                return;
            }
            if (!moves)
                moves = plan(holders, threshold - 1);
            Finding f;
            f.ruleId = u"FD003"_s;
            f.severity = Severity::Error;
            f.message = QStringLiteral("%1 pool '%2' can lose data if host '%3' fails: it runs %4 "
                                       "of the pool's %5 nodes (%6) and %7")
                            .arg(engine, pool.name, host, QString::number(on.size()),
                                 QString::number(n), joinNames(nodeNames(m_topology, on)), scheme);
            f.objects << ObjectRef{ObjectKind::Storage, pool.name, poolIndex} << hostRef(host);
            for (const int i : on)
                f.objects << nodeRef(i);
            const QString alternative
                = pool.type == StorageType::Ceph
                      ? u"or make the physical host Ceph's failure domain (a CRUSH bucket of "
                        "type chassis per host, used by the pool's rule)"_s
                      : u"or label each node topology.kubernetes.io/zone=<its host> so Longhorn's "
                        "zone anti-affinity keeps replicas apart"_s;
            if (*moves && !(*moves)->isEmpty()) {
                addMoves(f, **moves, host, alternative);
            } else {
                f.path = QStringLiteral("storage[%1].nodes").arg(poolIndex);
                f.suggestion = QStringLiteral("put at most %1 of the pool's nodes on each physical "
                                              "host (add hosts), %2")
                                   .arg(threshold - 1)
                                   .arg(alternative);
            }
            m_findings << f;
        }
    }

    void checkUnknownDomains()
    {
        bool anyHost = false;
        for (const Node &node : m_topology.nodes)
            anyHost = anyHost || !node.host.isEmpty();
        if (!anyHost)
            return;
        for (qsizetype i = 0; i < m_topology.nodes.size(); ++i) {
            const Node &node = m_topology.nodes[i];
            // A bastion-only node carries no cluster component.
            if (!node.host.isEmpty())
                continue;
            const bool matters = node.hasRole(Role::ControlPlane) || node.hasRole(Role::Worker)
                                 || node.hasRole(Role::Etcd) || node.hasRole(Role::Storage);
            if (!matters)
                continue;
            Finding f;
            f.ruleId = u"FD004"_s;
            f.severity = Severity::Info;
            f.message = QStringLiteral("node '%1' names no physical host while other nodes do: "
                                       "the fault-tolerance analysis counts it as a machine of "
                                       "its own, which is too optimistic if it shares one")
                            .arg(node.name);
            f.objects << nodeRef(int(i));
            f.path = QStringLiteral("nodes[%1]").arg(i);
            f.suggestion = u"set host: to the machine it runs on"_s;
            m_findings << f;
        }
    }

    void reportSingleHost()
    {
        if (m_singleHostParts.isEmpty())
            return;
        const QString host = m_topology.hosts.isEmpty()
                                 ? m_topology.nodes[m_index.controlPlanes().value(0, 0)].host
                                 : m_topology.hosts.first().name;
        Finding f;
        f.ruleId = u"FD005"_s;
        f.severity = Severity::Warning;
        f.message = QStringLiteral("the whole cluster runs on '%1', the design's only physical "
                                   "host: the %2 protect against a VM failure, not against that "
                                   "machine failing")
                        .arg(host, joinNames(m_singleHostParts));
        f.objects << hostRef(host);
        const int hostIndex = m_index.host(host);
        f.path = hostIndex >= 0 ? QStringLiteral("hosts[%1]").arg(hostIndex) : QString();
        f.suggestion = u"fine for a lab; to survive a host failure, add physical hosts "
                       "(3 etcd members need 3 hosts)"_s;
        m_findings << f;
    }

    const Topology &m_topology;
    const Index m_index;
    QList<Finding> &m_findings;
    bool m_singleHost = false;
    QStringList m_singleHostParts;
    QHash<QString, int> m_load;      // nodes per host, built on the first violation
    QHash<QString, int> m_poolNodes; // names storage pools list -> node index
    bool m_poolNodesFound = false;
};

} // namespace

namespace {

// The FD texts are built from phrases; finish them as sentences like every other rule's.
QString asSentence(QString text)
{
    if (text.isEmpty())
        return text;
    if (!text.startsWith(u"etcd")) // a name that stays lowercase
        text[0] = text[0].toUpper();
    if (!text.endsWith(u'.'))
        text += u'.';
    return text;
}

} // namespace

void checkFailureDomains(const Topology &topology, QList<Finding> &findings)
{
    const qsizetype first = findings.size();
    Checker(topology, findings).run();
    for (qsizetype i = first; i < findings.size(); ++i) {
        findings[i].message = asSentence(findings[i].message);
        findings[i].suggestion = asSentence(findings[i].suggestion);
    }
}

} // namespace Clusterwright
