// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "validation/faultmodel_p.h"

#include "net/iprange.h"
#include "validation/faulttolerance.h"

#include <QSet>

#include <algorithm>

namespace Clusterwright::FaultModel {

using namespace Qt::StringLiterals;

namespace {

// "host", "host:port", "[v6]:port" or a bare IPv6 address -> host part.
QString endpointHost(const QString &endpoint)
{
    if (endpoint.startsWith(u'[')) {
        const qsizetype close = endpoint.indexOf(u']');
        return close > 0 ? endpoint.mid(1, close - 1) : endpoint;
    }
    if (endpoint.count(u':') == 1)
        return endpoint.left(endpoint.indexOf(u':'));
    return endpoint;
}

Condition anyOneDown(const Unit &unit)
{
    return Condition{{unit}, 1, {}};
}

// Broken once every carrier is down; no carrier at all = broken from the start.
Condition allDown(const QList<Unit> &carriers, const QString &cacheKey)
{
    return Condition{carriers, int(carriers.size()), cacheKey};
}

class Builder
{
public:
    explicit Builder(const Index &index)
        : m_index(index)
        , m_topology(index.topology)
        , m_controlPlanes(index.controlPlanes())
    {
        // Carriers only on networks a VIP uses; nodes only by the names asked for.
        QSet<QString> vipNetworks;
        for (const Vip &vip : m_topology.vips)
            vipNetworks.insert(vip.network);
        QSet<QString> names{endpointHost(m_topology.cluster.controlPlaneEndpoint)};
        for (const Storage &pool : m_topology.storage) {
            names.insert(pool.server);
            for (const QString &name : pool.nodes)
                names.insert(name);
        }
        m_nodeByName = m_index.findNodes(names);
        for (qsizetype i = 0; i < m_topology.nodes.size(); ++i) {
            const Node &node = m_topology.nodes[i];
            const bool controlPlane = node.hasRole(Role::ControlPlane);
            const bool worker = node.hasRole(Role::Worker);
            if (!controlPlane && !worker)
                continue;
            for (const Interface &interface : node.interfaces) {
                if (!vipNetworks.contains(interface.network))
                    continue;
                if (controlPlane)
                    m_controlPlanesOn[interface.network] << m_index.unitOf(int(i));
                if (worker)
                    m_workersOn[interface.network] << m_index.unitOf(int(i));
            }
        }
    }

    Model build()
    {
        Model model;
        model.components << etcd(&model);
        model.components << apiEndpoint(model.components.first());
        for (const Storage &pool : m_topology.storage)
            model.components << storage(pool);
        for (const Vip &vip : m_topology.vips) {
            if (vip.purpose == VipPurpose::LoadBalancer)
                model.components << loadBalancer(vip);
        }
        return model;
    }

private:
    Component etcd(Model *model)
    {
        QList<Unit> members;
        for (const int i : m_index.etcdMembers())
            members << m_index.unitOf(i);
        const int n = int(members.size());
        model->etcdMembers = n;
        model->etcdQuorum = etcdQuorum(n);
        Component c{Kind::Etcd, QStringLiteral("etcd"), {}, {}, {}, {}};
        if (n == 0) {
            c.detail = QStringLiteral("no etcd members");
            c.brokenFromStart = m_topology.cluster.etcd == EtcdMode::Stacked
                                    ? QStringLiteral("no control-plane node runs etcd")
                                    : QStringLiteral("no node has the etcd role");
        } else {
            c.detail = QStringLiteral("%1 %2, quorum %3")
                           .arg(n)
                           .arg(n == 1 ? u"member" : u"members")
                           .arg(model->etcdQuorum);
        }
        c.breaksWhen << Condition{members, etcdFailureTolerance(n) + 1, QStringLiteral("etcd")};
        c.carrierNoun = QStringLiteral("etcd members");
        return c;
    }

    QList<Unit> controlPlaneUnits() const
    {
        QList<Unit> units;
        for (const int i : m_controlPlanes)
            units << m_index.unitOf(i);
        return units;
    }

    Component apiEndpoint(const Component &etcd)
    {
        Component c{Kind::ApiEndpoint, QStringLiteral("API endpoint"), {}, {}, {}, {}};
        const QString endpoint = m_topology.cluster.controlPlaneEndpoint;
        const QList<Unit> controlPlanes = controlPlaneUnits();
        c.breaksWhen << etcd.breaksWhen.first();
        c.breaksWhen << allDown(controlPlanes, QStringLiteral("cp"));
        c.carrierNoun = QStringLiteral("control planes");
        if (controlPlanes.isEmpty())
            c.brokenFromStart = QStringLiteral("the design has no control-plane node");

        const int vip = vipFor(endpoint);
        if (vip >= 0) {
            const Vip &v = m_topology.vips[vip];
            const QList<Unit> carriers = m_controlPlanesOn.value(v.network);
            QStringList names;
            for (const Unit &u : carriers)
                names << u.name;
            c.detail
                = QStringLiteral("VIP %1 (%2) on %3")
                      .arg(v.address.isEmpty() ? v.name : v.address, toString(v.provider),
                           names.isEmpty() ? QStringLiteral("no control plane") : joinNames(names));
            c.breaksWhen << allDown(carriers, QStringLiteral("api-vip"));
            c.carrierNoun = QStringLiteral("control planes holding VIP %1").arg(v.name);
            if (carriers.isEmpty() && c.brokenFromStart.isEmpty())
                c.brokenFromStart = QStringLiteral("no control plane is attached to network '%1' "
                                                   "to hold VIP '%2'")
                                        .arg(v.network, v.name);
            return c;
        }

        // kubeadm without controlPlaneEndpoint writes the first control plane's
        // address into every kubeconfig: that node alone is the endpoint.
        const QString host = endpoint.isEmpty() ? QString() : endpointHost(endpoint);
        int node = endpoint.isEmpty() ? m_controlPlanes.value(0, -1) : m_nodeByName.value(host, -1);
        if (node < 0 && !host.isEmpty())
            node = m_index.nodeWithAddress(host);
        if (node >= 0) {
            const Unit unit = m_index.unitOf(node);
            c.detail = endpoint.isEmpty()
                           ? QStringLiteral("no controlPlaneEndpoint: clients use %1's address")
                                 .arg(unit.name)
                           : QStringLiteral("%1 is node %2 alone").arg(endpoint, unit.name);
            c.breaksWhen << anyOneDown(unit);
            return c;
        }
        if (endpoint.isEmpty()) {
            c.detail = QStringLiteral("no controlPlaneEndpoint");
            return c;
        }
        // A machine outside the cluster (an HAProxy box): a host failure takes it
        // down when it is a listed host; otherwise its redundancy is unknown.
        const int byName = m_index.host(host);
        const int hostIndex = byName >= 0 ? byName : m_index.hostWithAddress(host);
        if (hostIndex >= 0) {
            const QString hostName = m_topology.hosts[hostIndex].name;
            c.detail = QStringLiteral("%1 on host %2").arg(endpoint, hostName);
            c.breaksWhen << anyOneDown(Unit{host, Domain{Domain::Host, hostName}, -1});
        } else {
            c.detail = QStringLiteral("%1, outside the design (its redundancy is not modelled)")
                           .arg(endpoint);
        }
        return c;
    }

    // The VIP an endpoint or server names: by VIP name, or by its address.
    int vipFor(const QString &text) const
    {
        if (text.isEmpty())
            return -1;
        const QString host = endpointHost(text);
        for (qsizetype i = 0; i < m_topology.vips.size(); ++i) {
            const Vip &v = m_topology.vips[i];
            if (v.purpose != VipPurpose::ApiEndpoint)
                continue;
            if (v.name == text || (!v.address.isEmpty() && v.address == host))
                return int(i);
        }
        return -1;
    }

    // Only pools on the share's network can hold its server (when it names one).
    int loadBalancerPoolContaining(const QString &address, const QString &network) const
    {
        const auto parsed = IpAddress::parse(address);
        if (!parsed)
            return -1;
        for (qsizetype i = 0; i < m_topology.vips.size(); ++i) {
            const Vip &v = m_topology.vips[i];
            if (v.purpose != VipPurpose::LoadBalancer
                || (!network.isEmpty() && v.network != network))
                continue;
            const auto range = IpRange::parse(v.range);
            if (range && range->contains(*parsed))
                return int(i);
        }
        return -1;
    }

    Component storage(const Storage &pool)
    {
        Component c{Kind::Storage, u"storage "_s + pool.name, {}, {}, {}, {}};
        c.storageType = pool.type;
        if (pool.type == StorageType::Nfs)
            return nfs(c, pool);

        QList<Unit> holders;
        QSet<int> seen; // a node listed twice holds one share, not two
        for (const QString &name : pool.nodes) {
            const int i = m_nodeByName.value(name, -1);
            if (i >= 0 && !seen.contains(i)) {
                seen.insert(i);
                holders << m_index.unitOf(i);
            }
        }
        const int n = int(holders.size());
        c.carrierNoun = QStringLiteral("nodes of the pool");
        const QString engine = pool.type == StorageType::Ceph ? u"Ceph"_s : u"Longhorn"_s;
        // Objects spread over every combination of nodes, so losing `threshold`
        // nodes of the pool loses some object; fewer nodes than copies caps it.
        if (pool.type == StorageType::Ceph && pool.erasureCoding) {
            c.dataChunks = pool.erasureCoding->dataChunks;
            c.codingChunks = pool.erasureCoding->codingChunks;
            const int placed = std::min(c.dataChunks + c.codingChunks, n);
            c.detail = QStringLiteral("%1 erasure coding %2+%3 on %4 nodes")
                           .arg(engine)
                           .arg(c.dataChunks)
                           .arg(c.codingChunks)
                           .arg(n);
            c.breaksWhen << Condition{holders, placed - c.dataChunks + 1, {}};
            if (placed < c.dataChunks)
                c.brokenFromStart = QStringLiteral("%1 nodes cannot hold the %2 data chunks")
                                        .arg(n)
                                        .arg(c.dataChunks);
        } else {
            const int wanted = std::max(1, pool.replicas.value_or(3));
            c.replicas = std::min(wanted, n);
            c.detail = QStringLiteral("%1, %2 replicas on %3 nodes").arg(engine).arg(wanted).arg(n);
            c.breaksWhen << Condition{holders, c.replicas, {}};
            if (n == 0)
                c.brokenFromStart = QStringLiteral("the pool lists no node of the design");
        }
        return c;
    }

    Component nfs(Component c, const Storage &pool)
    {
        const QString server = pool.server;
        c.carrierNoun = QStringLiteral("NFS server");
        if (server.isEmpty()) {
            c.detail = QStringLiteral("NFS, no server given");
            c.brokenFromStart = QStringLiteral("no NFS server is given");
            c.breaksWhen << Condition{{}, 0, {}};
            return c;
        }
        int node = m_nodeByName.value(server, -1);
        if (node < 0)
            node = m_index.nodeWithAddress(server);
        if (node >= 0) {
            const Unit unit = m_index.unitOf(node);
            c.detail = QStringLiteral("NFS server %1 on node %2").arg(server, unit.name);
            c.breaksWhen << anyOneDown(unit);
            return c;
        }
        // The exception: a server address that floats (a VIP held by several
        // nodes, as with an HA NFS pair) survives while one holder is up.
        const int apiVip = vipFor(server);
        const int lbPool = apiVip >= 0 ? -1 : loadBalancerPoolContaining(server, pool.network);
        if (apiVip >= 0 || lbPool >= 0) {
            const Vip &v = m_topology.vips[apiVip >= 0 ? apiVip : lbPool];
            const QList<Unit> holders
                = apiVip >= 0 ? m_controlPlanesOn.value(v.network) : m_workersOn.value(v.network);
            c.detail
                = QStringLiteral("NFS server %1, a floating address of VIP %2").arg(server, v.name);
            c.carrierNoun = QStringLiteral("nodes holding %1").arg(server);
            c.breaksWhen << allDown(holders, QString());
            return c;
        }
        const int byName = m_index.host(server);
        const int host = byName >= 0 ? byName : m_index.hostWithAddress(server);
        const QString machine = host >= 0 ? m_topology.hosts[host].name : server;
        c.detail
            = host >= 0
                  ? QStringLiteral("NFS server %1 on host %2").arg(server, machine)
                  : QStringLiteral("NFS server %1, one machine outside the cluster").arg(server);
        c.breaksWhen << anyOneDown(
            Unit{server, Domain{host >= 0 ? Domain::Host : Domain::External, machine}, -1});
        return c;
    }

    Component loadBalancer(const Vip &vip)
    {
        Component c{Kind::LoadBalancer, u"LoadBalancer "_s + vip.name, {}, {}, {}, {}};
        const QList<Unit> carriers = m_workersOn.value(vip.network);
        // One multi-arg call: a chained arg() would re-substitute "%1" in user text.
        c.detail = QStringLiteral("%1 (%2) announced by %3 %4 on network %5")
                       .arg(vip.range.isEmpty() ? vip.address : vip.range, toString(vip.provider),
                            QString::number(carriers.size()),
                            carriers.size() == 1 ? u"worker"_s : u"workers"_s, vip.network);
        c.carrierNoun = QStringLiteral("workers on network %1").arg(vip.network);
        c.breaksWhen << allDown(carriers, u"lb:"_s + vip.network);
        if (carriers.isEmpty())
            c.brokenFromStart
                = QStringLiteral("no worker is attached to network '%1' to announce it")
                      .arg(vip.network);
        return c;
    }

    const Index &m_index;
    const Topology &m_topology;
    const QList<int> m_controlPlanes;
    QHash<QString, int> m_nodeByName;              // only the names endpoints and pools use
    QHash<QString, QList<Unit>> m_controlPlanesOn; // network -> control planes on it
    QHash<QString, QList<Unit>> m_workersOn;
};

} // namespace

Model buildModel(const Index &index)
{
    return Builder(index).build();
}

} // namespace Clusterwright::FaultModel
