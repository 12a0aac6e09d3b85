// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "model/topology.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

// The design reduced to "which machines carry what", shared by the fault-tolerance
// summary, what-if and the FD rules so the three never disagree. Not part of the API.
namespace Clusterwright::FaultModel {

// Where a unit runs: a physical host, the node itself when it names none (its
// own failure domain), or a machine outside the design. The kind keeps a host
// and a node of the same name apart without building key strings.
struct Domain
{
    enum Kind : quint8 { Host, Node, External };
    Kind kind = Host;
    QString name; // what the user wrote
    bool operator==(const Domain &) const = default;
};

inline size_t qHash(const Domain &domain, size_t seed = 0)
{
    return qHashMulti(seed, int(domain.kind), domain.name);
}

// One thing that can go down: a node, or a machine outside the cluster (an NFS
// NAS) that only a host failure can take down.
struct Unit
{
    QString name;
    Domain domain;
    int nodeIndex = -1; // -1: not a node
};

// A component breaks as soon as `threshold` of its units are down;
// threshold <= 0 means it is broken before anything fails.
struct Condition
{
    QList<Unit> units;
    int threshold = 1;
    QString cacheKey; // equal keys = equal conditions (LB pools share carriers)
};

enum class Kind { Etcd, ApiEndpoint, Storage, LoadBalancer };

struct Component
{
    Kind kind = Kind::Etcd;
    QString name;                // "etcd", "API endpoint", "storage nas", "LoadBalancer lb"
    QString detail;              // "3 members, quorum 2"
    QString brokenFromStart;     // why it cannot work at all; empty when it can
    QList<Condition> breaksWhen; // any one suffices

    // What whatIf() needs to explain an outcome in the user's words.
    QString carrierNoun; // "control planes holding VIP api", "workers announcing lb"
    StorageType storageType = StorageType::Nfs;
    int replicas = 0;                     // replicated pools: copies per object actually placed
    int dataChunks = 0, codingChunks = 0; // erasure-coded pools
};

// Name lookups for one analysis. Built on first use: a 100k-node design should
// not pay for hashes nobody asks (validateTopology's budget is milliseconds).
class Index
{
public:
    explicit Index(const Topology &topology)
        : topology(topology)
    {}

    const Topology &topology;

    // The first node of each of `names`, in one pass over the nodes: hashing
    // only the names asked for is several times cheaper than indexing them all.
    QHash<QString, int> findNodes(const QSet<QString> &names) const;
    int host(const QString &name) const; // -1 when none
    // Linear scans: asked once per endpoint and NFS server, not per node.
    int nodeWithAddress(const QString &address) const; // interface or ssh address
    int hostWithAddress(const QString &address) const;

    Domain domainOf(int nodeIndex) const;
    Unit unitOf(int nodeIndex) const;
    QList<int> etcdMembers() const; // stacked: control planes; external: etcd-role nodes
    QList<int> controlPlanes() const;

private:
    mutable QHash<QString, int> m_hostByName;
};

struct Model
{
    QList<Component> components; // etcd first, then API endpoint, storage, LB pools
    int etcdMembers = 0;
    int etcdQuorum = 0;
};

Model buildModel(const Index &index);

// Units per failure domain, in order of first appearance.
QList<std::pair<Domain, int>> domainCounts(const Condition &condition);

// Fewest failures that break the condition; -1 when no such failures exist.
int nodesToBreak(const Condition &condition);
int hostsToBreak(const QList<std::pair<Domain, int>> &counts, int threshold);

// "cp-1, cp-2 and cp-3"
QString joinNames(const QStringList &names);

} // namespace Clusterwright::FaultModel
