// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
// The FD rules: each one triggered, with its message, suggestion and fix, and
// the near misses that must stay silent.
#include "faulttopologies.h"

#include "validation/faulttolerance.h"
#include "validation/rule.h"

#include <QTest>

using namespace Clusterwright;
using namespace Clusterwright::TestTopologies;
using namespace Qt::StringLiterals;

class TestFailureDomains : public QObject
{
    Q_OBJECT

private slots:
    void fd001EtcdOnOneHost();
    void fd001NoFreeHost();
    void fd001NearMisses();
    void fd002ControlPlanesOnOneHost();
    void fd003StorageOnOneHost();
    void fd003NearMiss();
    void fd004UnknownDomain();
    void fd005SingleHost();
    void namesAreNotFormatStrings();
    void ruleDocs();
};

void TestFailureDomains::fd001EtcdOnOneHost()
{
    // Two of three etcd VMs on one Proxmox host: the mistake no other tool sees.
    Topology t = controlPlanesOn(u"cp-1@prox02,cp-2@prox02,cp-3@prox04"_s,
                                 {u"prox02"_s, u"prox04"_s, u"prox05"_s});
    const QList<Finding> f = fdFindings(t);
    QCOMPARE(f.size(), 1);
    QCOMPARE(f[0].ruleId, u"FD001"_s);
    QVERIFY(f[0].severity == Severity::Error);
    QVERIFY2(f[0].message.contains(u"host 'prox02'"_s), qPrintable(f[0].message));
    QVERIFY(f[0].message.contains(u"2 of the 3 etcd members (cp-1 and cp-2)"_s));
    QVERIFY(f[0].message.contains(u"leaves 1 where quorum needs 2"_s));
    QVERIFY2(f[0].suggestion.startsWith(u"Move cp-2 to host 'prox05'"_s),
             qPrintable(f[0].suggestion));
    QCOMPARE(f[0].fix.size(), 1);
    QCOMPARE(f[0].fix[0], (FieldEdit{u"nodes[1].host"_s, u"prox05"_s}));
    QCOMPARE(f[0].path, u"nodes[1].host"_s);
    QVERIFY(f[0].objects.first() == (ObjectRef{ObjectKind::Host, u"prox02"_s, 0}));

    // Applying the fix clears the finding and makes the cluster survive a host.
    t.nodes[1].host = f[0].fix[0].value;
    QVERIFY(fdFindings(t).isEmpty());
    QCOMPARE(analyzeFaultTolerance(t).components.first().hostFailures, 1);
}

void TestFailureDomains::fd001NoFreeHost()
{
    const Topology t = controlPlanesOn(u"a@h1,b@h1,c@h2"_s, {u"h1"_s, u"h2"_s});
    const QList<Finding> f = fdFindings(t, u"FD001"_s);
    QCOMPARE(f.size(), 1);
    QVERIFY(f[0].fix.isEmpty());
    QVERIFY2(f[0].suggestion.contains(u"at least 3 hosts"_s), qPrintable(f[0].suggestion));
    QVERIFY(f[0].suggestion.contains(u"the design lists 2 hosts"_s));
}

void TestFailureDomains::fd001NearMisses()
{
    // One per host; five members with two on a host (etcd loses 2 and lives);
    // two members (one failure breaks them anywhere: not a placement problem).
    QVERIFY(
        fdFindings(controlPlanesOn(u"a@h1,b@h2,c@h3"_s, {u"h1"_s, u"h2"_s, u"h3"_s}), u"FD001"_s)
            .isEmpty());
    QVERIFY(fdFindings(controlPlanesOn(u"a@h1,b@h1,c@h2,d@h2,e@h3"_s, {u"h1"_s, u"h2"_s, u"h3"_s}),
                       u"FD001"_s)
                .isEmpty());
    QVERIFY(fdFindings(controlPlanesOn(u"a@h1,b@h1"_s, {u"h1"_s, u"h2"_s}), u"FD001"_s).isEmpty());
    // Five with three on one host does break.
    const QList<Finding> f = fdFindings(
        controlPlanesOn(u"a@h1,b@h1,c@h1,d@h2,e@h3"_s, {u"h1"_s, u"h2"_s, u"h3"_s}), u"FD001"_s);
    QCOMPARE(f.size(), 1);
    QVERIFY(f[0].suggestion.startsWith(u"Move c to host 'h2'"_s));
}

void TestFailureDomains::fd002ControlPlanesOnOneHost()
{
    Topology t = controlPlanesOn(u"cp-1@h1,cp-2@h1"_s, {u"h1"_s, u"h2"_s, u"h3"_s});
    t.cluster.etcd = EtcdMode::External;
    addNode(t, u"etcd-1"_s, {Role::Etcd}, u"h1"_s);
    addNode(t, u"etcd-2"_s, {Role::Etcd}, u"h2"_s);
    addNode(t, u"etcd-3"_s, {Role::Etcd}, u"h3"_s);
    QList<Finding> f = fdFindings(t);
    QCOMPARE(f.size(), 1);
    QCOMPARE(f[0].ruleId, u"FD002"_s);
    QVERIFY(f[0].severity == Severity::Warning);
    QVERIFY(f[0].message.contains(u"Both control planes (cp-1 and cp-2) run on host 'h1'"_s));
    QCOMPARE(f[0].fix, (QList<FieldEdit>{{u"nodes[1].host"_s, u"h2"_s}}));

    t.nodes[1].host = u"h2"_s; // near miss
    QVERIFY(fdFindings(t).isEmpty());

    // With stacked etcd the FD001 error says it all; no second finding.
    const Topology stacked = controlPlanesOn(u"a@h1,b@h1,c@h1"_s, {u"h1"_s, u"h2"_s});
    f = fdFindings(stacked);
    QCOMPARE(f.size(), 1);
    QCOMPARE(f[0].ruleId, u"FD001"_s);
}

void TestFailureDomains::fd003StorageOnOneHost()
{
    // Seed 003: EC 2+1 "survives a node loss", but two OSD nodes share a server.
    Topology t = controlPlanesOn(u"cp-1@server-1"_s,
                                 {u"server-1"_s, u"server-2"_s, u"server-3"_s, u"server-4"_s});
    addNode(t, u"wk-1"_s, {Role::Worker, Role::Storage}, u"server-2"_s);
    addNode(t, u"wk-2"_s, {Role::Worker, Role::Storage}, u"server-2"_s);
    addNode(t, u"wk-3"_s, {Role::Worker, Role::Storage}, u"server-3"_s);
    t.storage << Storage{
        u"ceph-ec"_s, StorageType::Ceph,  {}, {}, {}, {u"wk-1"_s, u"wk-2"_s, u"wk-3"_s},
        {},           ErasureCoding{2, 1}};
    const QList<Finding> f = fdFindings(t);
    QCOMPARE(f.size(), 1);
    QCOMPARE(f[0].ruleId, u"FD003"_s);
    QVERIFY(f[0].severity == Severity::Error);
    QVERIFY2(f[0].message.contains(u"Ceph pool 'ceph-ec' can lose data if host 'server-2' fails"_s),
             qPrintable(f[0].message));
    QVERIFY(f[0].message.contains(u"erasure coding 2+1 survives the loss of 1 chunk"_s));
    QVERIFY(f[0].objects.first() == (ObjectRef{ObjectKind::Storage, u"ceph-ec"_s, 0}));
    QVERIFY(f[0].suggestion.contains(u"CRUSH"_s));
    // server-4 is empty; server-1 already carries the control plane.
    QCOMPARE(f[0].fix, (QList<FieldEdit>{{u"nodes[2].host"_s, u"server-4"_s}}));
}

void TestFailureDomains::fd003NearMiss()
{
    // Three replicas with two nodes on one host: a copy always lives elsewhere.
    Topology t = controlPlanesOn(u"cp-1@h1"_s, {u"h1"_s, u"h2"_s});
    addNode(t, u"s1"_s, {Role::Storage}, u"h1"_s);
    addNode(t, u"s2"_s, {Role::Storage}, u"h1"_s);
    addNode(t, u"s3"_s, {Role::Storage}, u"h2"_s);
    t.storage << Storage{u"lh"_s, StorageType::Longhorn,       {}, {},
                         {},      {u"s1"_s, u"s2"_s, u"s3"_s}, 3,  {}};
    QVERIFY(fdFindings(t, u"FD003"_s).isEmpty());
    t.storage[0].replicas = 2; // now both copies can sit on h1
    const QList<Finding> f = fdFindings(t, u"FD003"_s);
    QCOMPARE(f.size(), 1);
    QVERIFY(f[0].message.startsWith(u"Longhorn pool 'lh'"_s));
    QVERIFY(f[0].suggestion.contains(u"topology.kubernetes.io/zone"_s));
}

void TestFailureDomains::fd004UnknownDomain()
{
    Topology t = proxmoxCluster();
    addNode(t, u"bastion"_s, {Role::Bastion}, {});
    QVERIFY(fdFindings(t).isEmpty()); // a bastion carries no cluster component
    addNode(t, u"wk-4"_s, {Role::Worker}, {});
    const QList<Finding> f = fdFindings(t);
    QCOMPARE(f.size(), 1);
    QCOMPARE(f[0].ruleId, u"FD004"_s);
    QVERIFY(f[0].severity == Severity::Info);
    QCOMPARE(f[0].path, u"nodes[7]"_s);
    // Nobody names a host: nothing to compare against.
    QVERIFY(fdFindings(controlPlanesOn(u"a,b,c"_s)).isEmpty());
}

void TestFailureDomains::fd005SingleHost()
{
    const QList<Finding> f = fdFindings(
        controlPlanesOn(u"k8s-1@libvirt,k8s-2@libvirt,k8s-3@libvirt"_s, {u"libvirt"_s}));
    QCOMPARE(f.size(), 1);
    QCOMPARE(f[0].ruleId, u"FD005"_s);
    QVERIFY(f[0].severity == Severity::Warning);
    QVERIFY2(f[0].message.contains(u"the 3 etcd members and 3 control planes"_s),
             qPrintable(f[0].message));
    QCOMPARE(f[0].path, u"hosts[0]"_s);
}

void TestFailureDomains::ruleDocs()
{
    const QList<RuleInfo> rules = failureDomainRules();
    QStringList ids;
    for (const RuleInfo &r : rules) {
        ids << r.id;
        QVERIFY(!r.title.isEmpty() && !r.checks.isEmpty() && !r.why.isEmpty() && !r.fix.isEmpty());
    }
    QCOMPARE(ids, (QStringList{u"FD001"_s, u"FD002"_s, u"FD003"_s, u"FD004"_s, u"FD005"_s}));
    QVERIFY(rules[0].severity == Severity::Error);
    QVERIFY(rules[3].severity == Severity::Info);
}

void TestFailureDomains::namesAreNotFormatStrings()
{
    // A chained QString::arg() would substitute the "%2" inside these names.
    const QList<Finding> f = fdFindings(
        controlPlanesOn(u"cp%2@h%1,cp%3@h%1,c@b"_s, {u"h%1"_s, u"b"_s, u"c%4"_s}), u"FD001"_s);
    QCOMPARE(f.size(), 1);
    QVERIFY2(f[0].message.startsWith(u"etcd loses quorum if host 'h%1' fails: it runs 2 of the 3 "
                                     "etcd members (cp%2 and cp%3), which leaves 1 where quorum "
                                     "needs 2"_s),
             qPrintable(f[0].message));
    QVERIFY(f[0].suggestion.startsWith(u"Move cp%3 to host 'c%4'"_s));
}

QTEST_GUILESS_MAIN(TestFailureDomains)
#include "tst_failuredomains.moc"
