// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "faulttopologies.h"

#include "format/topologyformat.h"
#include "validation/faulttolerance.h"

#include <QTest>

#include <optional>

using namespace Clusterwright;
using namespace Clusterwright::TestTopologies;
using namespace Qt::StringLiterals;

namespace {

// By value: callers often pass a temporary summary.
std::optional<Tolerance> component(const FaultToleranceSummary &s, const QString &name)
{
    for (const Tolerance &t : s.components) {
        if (t.component == name)
            return t;
    }
    return std::nullopt;
}

} // namespace

class TestFaultTolerance : public QObject
{
    Q_OBJECT

private slots:
    void etcdTable_data();
    void etcdTable();
    void etcdHostFailures_data();
    void etcdHostFailures();
    void apiEndpoint_data();
    void apiEndpoint();
    void storagePools_data();
    void storagePools();
    void loadBalancerPool();
    void whatIfOutcomes_data();
    void whatIfOutcomes();
    void whatIfUnknownNames();
    void degenerateDesigns();
    void examples_data();
    void examples();
};

// etcd's FAQ table (etcd.io/docs, "What is failure tolerance?").
void TestFaultTolerance::etcdTable_data()
{
    QTest::addColumn<int>("members");
    QTest::addColumn<int>("majority");
    QTest::addColumn<int>("tolerance");
    QTest::newRow("0") << 0 << 0 << 0;
    const int majority[] = {1, 2, 2, 3, 3, 4, 4, 5, 5};
    const int tolerance[] = {0, 0, 1, 1, 2, 2, 3, 3, 4};
    for (int n = 1; n <= 9; ++n)
        QTest::addRow("%d", n) << n << majority[n - 1] << tolerance[n - 1];
}

void TestFaultTolerance::etcdTable()
{
    QFETCH(int, members);
    QFETCH(int, majority);
    QFETCH(int, tolerance);
    QCOMPARE(etcdQuorum(members), majority);
    QCOMPARE(etcdFailureTolerance(members), tolerance);
}

void TestFaultTolerance::etcdHostFailures_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<int>("nodeFailures");
    QTest::addColumn<int>("hostFailures");
    QTest::addColumn<QStringList>("singlePoints");
    QTest::newRow("3 on 3 hosts") << u"a@h1,b@h2,c@h3"_s << 1 << 1 << QStringList();
    QTest::newRow("2+1") << u"a@h1,b@h1,c@h2"_s << 1 << 0 << QStringList{u"h1"_s};
    QTest::newRow("3 on one host") << u"a@h1,b@h1,c@h1"_s << 1 << 0 << QStringList{u"h1"_s};
    QTest::newRow("5 as 2+2+1") << u"a@h1,b@h1,c@h2,d@h2,e@h3"_s << 2 << 1 << QStringList();
    QTest::newRow("5 as 3+1+1") << u"a@h1,b@h1,c@h1,d@h2,e@h3"_s << 2 << 0 << QStringList{u"h1"_s};
    QTest::newRow("no hosts") << u"a,b,c"_s << 1 << 1 << QStringList();
    QTest::newRow("single") << u"a@h1"_s << 0 << 0 << QStringList{u"a"_s, u"h1"_s};
    QTest::newRow("two") << u"a@h1,b@h2"_s << 0 << 0
                         << QStringList{u"a"_s, u"h1"_s, u"b"_s, u"h2"_s};
}

void TestFaultTolerance::etcdHostFailures()
{
    QFETCH(QString, spec);
    QFETCH(int, nodeFailures);
    QFETCH(int, hostFailures);
    QFETCH(QStringList, singlePoints);
    const FaultToleranceSummary s = analyzeFaultTolerance(controlPlanesOn(spec));
    QCOMPARE(s.etcdMembers, int(spec.count(u',') + 1));
    QCOMPARE(s.etcdQuorum, etcdQuorum(s.etcdMembers));
    QCOMPARE(s.components.first().component, u"etcd"_s);
    QCOMPARE(s.components.first().nodeFailures, nodeFailures);
    QCOMPARE(s.components.first().hostFailures, hostFailures);
    QCOMPARE(s.components.first().singlePointsOfFailure, singlePoints);
}

void TestFaultTolerance::apiEndpoint_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<bool>("external");
    QTest::addColumn<int>("nodeFailures");
    QTest::addColumn<int>("hostFailures");
    QTest::addColumn<QStringList>("singlePoints");
    // Five stacked members survive 2, but only two control planes can hold the VIP.
    QTest::newRow("vip") << u"api"_s << false << 1 << 1 << QStringList();
    QTest::newRow("vip by address") << u"10.0.0.100:6443"_s << false << 1 << 1 << QStringList();
    QTest::newRow("one node") << u"10.0.0.10:6443"_s << false << 0 << 0
                              << QStringList{u"cp-1"_s, u"h1"_s};
    QTest::newRow("none: first control plane")
        << QString() << false << 0 << 0 << QStringList{u"cp-1"_s, u"h1"_s};
    QTest::newRow("external etcd limits it") << u"api"_s << true << 1 << 0 << QStringList{u"h4"_s};
}

void TestFaultTolerance::apiEndpoint()
{
    QFETCH(QString, endpoint);
    QFETCH(bool, external);
    QFETCH(int, nodeFailures);
    QFETCH(int, hostFailures);
    QFETCH(QStringList, singlePoints);
    Topology t = controlPlanesOn(u"cp-1@h1,cp-2@h2,cp-3@h3,cp-4@h1,cp-5@h2"_s);
    t.networks << Network{u"mgmt"_s, u"10.1.0.0/24"_s, {}, {}, {}, {}};
    t.nodes[0].interfaces << Interface{u"mgmt"_s, u"10.1.0.10"_s};
    t.nodes[2].interfaces << Interface{u"mgmt"_s, u"10.1.0.12"_s};
    t.vips << Vip{u"api"_s, VipPurpose::ApiEndpoint, u"mgmt"_s, u"10.0.0.100"_s,
                  {},       VipProvider::KubeVip};
    t.cluster.controlPlaneEndpoint = endpoint;
    if (external) {
        t.cluster.etcd = EtcdMode::External;
        addNode(t, u"etcd-1"_s, {Role::Etcd}, u"h4"_s);
        addNode(t, u"etcd-2"_s, {Role::Etcd}, u"h4"_s);
        addNode(t, u"etcd-3"_s, {Role::Etcd}, u"h5"_s);
    }
    const FaultToleranceSummary s = analyzeFaultTolerance(t);
    const std::optional<Tolerance> api = component(s, u"API endpoint"_s);
    QVERIFY(api);
    QCOMPARE(api->nodeFailures, nodeFailures);
    QCOMPARE(api->hostFailures, hostFailures);
    QCOMPARE(api->singlePointsOfFailure, singlePoints);
}

void TestFaultTolerance::storagePools_data()
{
    QTest::addColumn<QString>("placement"); // storage nodes: name@host
    QTest::addColumn<int>("replicas");      // 0 = erasure coding 2+1
    QTest::addColumn<int>("nodeFailures");
    QTest::addColumn<int>("hostFailures");
    QTest::newRow("3 replicas, 3 hosts") << u"s1@h1,s2@h2,s3@h3"_s << 3 << 2 << 2;
    QTest::newRow("3 replicas, 2+1") << u"s1@h1,s2@h1,s3@h2"_s << 3 << 2 << 1;
    QTest::newRow("3 replicas, 2 nodes") << u"s1@h1,s2@h2"_s << 3 << 1 << 1;
    QTest::newRow("ec 2+1, 3 hosts") << u"s1@h1,s2@h2,s3@h3"_s << 0 << 1 << 1;
    QTest::newRow("ec 2+1, 2+1") << u"s1@h1,s2@h1,s3@h2"_s << 0 << 1 << 0;
    QTest::newRow("ec 2+1, 5 nodes") << u"s1@h1,s2@h2,s3@h3,s4@h4,s5@h5"_s << 0 << 1 << 1;
}

void TestFaultTolerance::storagePools()
{
    QFETCH(QString, placement);
    QFETCH(int, replicas);
    QFETCH(int, nodeFailures);
    QFETCH(int, hostFailures);
    Topology t = controlPlanesOn(u"cp-1@h1"_s);
    Storage pool;
    pool.name = u"pool"_s;
    pool.type = StorageType::Ceph;
    for (const QString &entry : placement.split(u',')) {
        const QStringList parts = entry.split(u'@');
        addNode(t, parts[0], {Role::Worker, Role::Storage}, parts[1]);
        pool.nodes << parts[0];
    }
    if (replicas > 0)
        pool.replicas = replicas;
    else
        pool.erasureCoding = ErasureCoding{2, 1};
    t.storage << pool;
    std::optional<Tolerance> c = component(analyzeFaultTolerance(t), u"storage pool"_s);
    QVERIFY(c);
    QCOMPARE(c->nodeFailures, nodeFailures);
    QCOMPARE(c->hostFailures, hostFailures);

    t.storage[0].type = StorageType::Longhorn; // same arithmetic for replicas
    if (replicas > 0)
        QCOMPARE(component(analyzeFaultTolerance(t), u"storage pool"_s)->hostFailures,
                 hostFailures);

    // An NFS server outside the cluster: no node serves it, the NAS is one machine.
    t.storage[0]
        = Storage{u"pool"_s, StorageType::Nfs, u"lan"_s, u"10.0.0.50"_s, u"/k8s"_s, {}, {}, {}};
    c = component(analyzeFaultTolerance(t), u"storage pool"_s);
    QCOMPARE(c->nodeFailures, -1);
    QCOMPARE(c->hostFailures, 0);
    QCOMPARE(c->singlePointsOfFailure, QStringList{u"10.0.0.50"_s});
    // ...and one on a node is as fragile as that node.
    t.storage[0].server = u"s1"_s;
    c = component(analyzeFaultTolerance(t), u"storage pool"_s);
    QCOMPARE(c->nodeFailures, 0);
    QCOMPARE(c->singlePointsOfFailure, (QStringList{u"s1"_s, u"h1"_s}));
}

void TestFaultTolerance::loadBalancerPool()
{
    Topology t = proxmoxCluster();
    t.nodes[5].host = u"prox04"_s; // wk-3 joins wk-2
    std::optional<Tolerance> lb = component(analyzeFaultTolerance(t), u"LoadBalancer lb"_s);
    QVERIFY(lb);
    QCOMPARE(lb->nodeFailures, 2);
    QCOMPARE(lb->hostFailures, 1);
    QVERIFY(lb->singlePointsOfFailure.isEmpty());

    t.vips[1].network = u"elsewhere"_s; // no worker can announce it
    lb = component(analyzeFaultTolerance(t), u"LoadBalancer lb"_s);
    QCOMPARE(lb->nodeFailures, 0);
    QVERIFY(lb->detail.contains(u"does not work"_s));
}

void TestFaultTolerance::whatIfOutcomes_data()
{
    QTest::addColumn<QStringList>("failed");
    QTest::addColumn<QStringList>("failedNodes");
    QTest::addColumn<QStringList>("broken");
    QTest::addColumn<QString>("etcdExplanation");
    QTest::newRow("nothing") << QStringList() << QStringList() << QStringList()
                             << u"etcd unaffected: all 3 members up"_s;
    QTest::newRow("one host")
        << QStringList{u"prox02"_s} << QStringList{u"cp-1"_s, u"wk-1"_s} << QStringList()
        << u"etcd keeps quorum: 2 of 3 members left, quorum is 2 (down: cp-1)"_s;
    QTest::newRow("host and node")
        << QStringList{u"prox02"_s, u"cp-2"_s} << QStringList{u"cp-1"_s, u"cp-2"_s, u"wk-1"_s}
        << QStringList{u"etcd"_s, u"API endpoint"_s}
        << u"etcd quorum lost: 1 of 3 members left, quorum is 2 (down: cp-1, cp-2)"_s;
    QTest::newRow("all workers") << QStringList{u"wk-1"_s, u"wk-2"_s, u"wk-3"_s}
                                 << QStringList{u"wk-1"_s, u"wk-2"_s, u"wk-3"_s}
                                 << QStringList{u"LoadBalancer lb"_s}
                                 << u"etcd unaffected: all 3 members up"_s;
}

void TestFaultTolerance::whatIfOutcomes()
{
    QFETCH(QStringList, failed);
    QFETCH(QStringList, failedNodes);
    QFETCH(QStringList, broken);
    QFETCH(QString, etcdExplanation);
    const WhatIfResult r = whatIf(proxmoxCluster(), failed);
    QVERIFY(r.unknownNames.isEmpty());
    QCOMPARE(r.failedNodes, failedNodes);
    QStringList actuallyBroken;
    for (const WhatIfOutcome &o : r.outcomes) {
        if (o.broken)
            actuallyBroken << o.component;
    }
    QCOMPARE(actuallyBroken, broken);
    QCOMPARE(r.anythingBroken(), !broken.isEmpty());
    QCOMPARE(r.outcomes.first().explanation, etcdExplanation);
}

void TestFaultTolerance::whatIfUnknownNames()
{
    const WhatIfResult r = whatIf(proxmoxCluster(), {u"prox2"_s, u" cp-1 "_s, u"nope"_s});
    QCOMPARE(r.unknownNames, (QStringList{u"prox2"_s, u"nope"_s}));
    QCOMPARE(r.failedNodes, QStringList{u"cp-1"_s});
}

void TestFaultTolerance::examples_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("fdRules");
    QTest::addColumn<int>("etcdHostFailures");
    QTest::addColumn<int>("apiHostFailures");
    QTest::newRow("seed 000") << u"seichi-onp-k8s.cw.yaml"_s << QStringList() << 1 << 1;
    QTest::newRow("seed 001") << u"gentoo-keepalived.cw.yaml"_s << QStringList{u"FD005"_s} << 0
                              << 0;
    QTest::newRow("seed 002") << u"coreos-flannel.cw.yaml"_s << QStringList() << 0 << 0;
    QTest::newRow("seed 003") << u"k0s-ceph-homelab.cw.yaml"_s << QStringList() << 0 << 0;
}

void TestFaultTolerance::examples()
{
    QFETCH(QString, file);
    QFETCH(QStringList, fdRules);
    QFETCH(int, etcdHostFailures);
    QFETCH(int, apiHostFailures);
    const LoadResult loaded = loadTopologyFile(QStringLiteral(CW_EXAMPLES_DIR "/") + file);
    QVERIFY(loaded.ok());
    QStringList ids;
    for (const Finding &f : fdFindings(*loaded.topology))
        ids << f.ruleId;
    QCOMPARE(ids, fdRules);
    const FaultToleranceSummary s = analyzeFaultTolerance(*loaded.topology);
    QCOMPARE(component(s, u"etcd"_s)->hostFailures, etcdHostFailures);
    QCOMPARE(component(s, u"API endpoint"_s)->hostFailures, apiHostFailures);
}

void TestFaultTolerance::degenerateDesigns()
{
    // Nothing at all: etcd and the API cannot work, and say so.
    const FaultToleranceSummary empty = analyzeFaultTolerance(Topology());
    QCOMPARE(empty.etcdMembers, 0);
    QCOMPARE(empty.components.size(), 2);
    for (const Tolerance &t : empty.components) {
        QCOMPARE(t.nodeFailures, 0);
        QVERIFY2(t.detail.contains(u"does not work"_s), qPrintable(t.detail));
    }
    const WhatIfResult nothing = whatIf(Topology(), {});
    QVERIFY(nothing.anythingBroken());
    QVERIFY(nothing.outcomes.first().explanation.startsWith(
        u"does not work even with nothing failed"_s));
    QList<Finding> findings;
    checkFailureDomains(Topology(), findings);
    QVERIFY(findings.isEmpty());

    // A host that nodes name but the hosts list lacks is still a machine to fail;
    // odd storage numbers do not crash the arithmetic.
    Topology t = controlPlanesOn(u"a@ghost,b@ghost,c@h2"_s, {u"h2"_s});
    t.storage << Storage{u"ec"_s, StorageType::Ceph,         {}, {},
                         {},      {u"a"_s, u"a"_s, u"zz"_s}, {}, ErasureCoding{0, 0}};
    t.storage << Storage{u"r"_s, StorageType::Longhorn, {}, {}, {}, {u"b"_s}, -4, {}};
    const WhatIfResult r = whatIf(t, {u"ghost"_s});
    QVERIFY(r.unknownNames.isEmpty());
    QCOMPARE(r.failedNodes, (QStringList{u"a"_s, u"b"_s}));
    QVERIFY(r.outcomes.first().broken);
    QCOMPARE(analyzeFaultTolerance(t).components.size(), 4);
    findings.clear();
    checkFailureDomains(t, findings);
    QCOMPARE(findings.size(), 1);
    QVERIFY(findings[0].objects.first() == (ObjectRef{ObjectKind::Host, u"ghost"_s, -1}));
}

QTEST_GUILESS_MAIN(TestFaultTolerance)
#include "tst_faulttolerance.moc"
