// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "model/enums.h"
#include "model/sourcemap.h"
#include "model/topologydocument.h"

#include <QSignalSpy>
#include <QTest>

using namespace Clusterwright;
using namespace Qt::StringLiterals;

class TstDocument : public QObject
{
    Q_OBJECT

private slots:
    void insertEmitsAboutToThenDid();
    void removeAndReplace();
    void unchangedValueEmitsNothing();
    void positionsAndCluster();
    void editDropsSourceMap();
    void sourceMapFallsBackToParent_data();
    void sourceMapFallsBackToParent();
    void enumSpellingsRoundTrip();
    void lookupByName();

private:
    static Node node(const QString &name)
    {
        Node n;
        n.name = name;
        n.roles = {Role::Worker};
        return n;
    }
};

void TstDocument::insertEmitsAboutToThenDid()
{
    TopologyDocument doc;
    QStringList order;
    connect(&doc, &TopologyDocument::objectAboutToBeInserted, this,
            [&](ObjectKind kind, int index) {
                QVERIFY(kind == ObjectKind::Node);
                QCOMPARE(doc.topology().nodes.size(), 0); // not yet there
                order << QStringLiteral("about:%1").arg(index);
            });
    connect(&doc, &TopologyDocument::objectInserted, this, [&](ObjectKind, int index) {
        QCOMPARE(doc.topology().nodes.at(index).name, QStringLiteral("cp-1"));
        order << QStringLiteral("did:%1").arg(index);
    });
    connect(&doc, &TopologyDocument::changed, this, [&] { order << QStringLiteral("changed"); });
    const quint64 before = doc.revision();
    doc.insertNode(0, node(QStringLiteral("cp-1")));
    QCOMPARE(order, (QStringList{u"about:0"_s, u"did:0"_s, u"changed"_s}));
    QVERIFY(doc.revision() > before);
    QCOMPARE(doc.count(ObjectKind::Node), 1);
    QCOMPARE(doc.objectName(ObjectKind::Node, 0), QStringLiteral("cp-1"));
}

void TstDocument::removeAndReplace()
{
    TopologyDocument doc;
    doc.insertNode(0, node(QStringLiteral("a")));
    doc.insertNode(1, node(QStringLiteral("c")));
    doc.insertNode(1, node(QStringLiteral("b")));
    QCOMPARE(doc.topology().nodes.at(1).name, QStringLiteral("b"));

    QSignalSpy aboutToChange(&doc, &TopologyDocument::objectAboutToChange);
    QSignalSpy changed(&doc, &TopologyDocument::objectChanged);
    Node renamed = doc.topology().nodes.at(2);
    renamed.name = QStringLiteral("z");
    doc.setNode(2, renamed);
    QCOMPARE(aboutToChange.size(), 1);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(1).toInt(), 2);
    QCOMPARE(doc.topology().nodes.at(2).name, QStringLiteral("z"));

    QSignalSpy removed(&doc, &TopologyDocument::objectRemoved);
    doc.removeNode(0);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(doc.topology().nodes.size(), 2);
    QCOMPARE(doc.topology().nodes.at(0).name, QStringLiteral("b"));
}

void TstDocument::unchangedValueEmitsNothing()
{
    TopologyDocument doc;
    Network net;
    net.name = QStringLiteral("service");
    net.cidr = QStringLiteral("192.168.0.0/20");
    doc.insertNetwork(0, net);
    QSignalSpy any(&doc, &TopologyDocument::changed);
    const quint64 revision = doc.revision();
    doc.setNetwork(0, net);
    doc.setCluster(doc.topology().cluster);
    doc.setMetadata(doc.topology().metadata);
    QCOMPARE(any.size(), 0);
    QCOMPARE(doc.revision(), revision);
}

void TstDocument::positionsAndCluster()
{
    TopologyDocument doc;
    QSignalSpy moved(&doc, &TopologyDocument::nodePositionChanged);
    doc.setNodePosition(QStringLiteral("cp-1"), QPointF(10, 20));
    doc.setNodePosition(QStringLiteral("cp-1"), QPointF(10, 20)); // same: no signal
    QCOMPARE(moved.size(), 1);
    QCOMPARE(doc.topology().layout.value(QStringLiteral("cp-1")), QPointF(10, 20));
    doc.setNodePosition(QStringLiteral("cp-1"), std::nullopt);
    QVERIFY(!doc.topology().layout.contains(QStringLiteral("cp-1")));
    QCOMPARE(moved.size(), 2);

    QSignalSpy cluster(&doc, &TopologyDocument::clusterChanged);
    ClusterSettings settings = doc.topology().cluster;
    settings.cni = Cni::Flannel;
    doc.setCluster(settings);
    QCOMPARE(cluster.size(), 1);
    QVERIFY(doc.topology().cluster.cni == Cni::Flannel);
}

void TstDocument::editDropsSourceMap()
{
    TopologyDocument doc;
    SourceMap map;
    map.setFileName(QStringLiteral("a.cw.yaml"));
    map.insert(QStringLiteral("hosts[0]"), 3, 5);
    Topology topology;
    topology.hosts << Host{QStringLiteral("prox01"), QStringLiteral("192.168.16.151")};
    QSignalSpy reset(&doc, &TopologyDocument::resetDone);
    doc.reset(topology, map);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(doc.sourceMap().find(QStringLiteral("hosts[0]")).line, 3);
    doc.removeHost(0);
    QVERIFY(doc.sourceMap().isEmpty());
}

void TstDocument::sourceMapFallsBackToParent_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::newRow("exact") << u"nodes[2].interfaces[0].address"_s << 14 << 31;
    QTest::newRow("to interface") << u"nodes[2].interfaces[0].network"_s << 14 << 9;
    QTest::newRow("to node") << u"nodes[2].cpus"_s << 10 << 5;
    QTest::newRow("unknown") << u"vips[0]"_s << 0 << 0;
}

void TstDocument::sourceMapFallsBackToParent()
{
    QFETCH(QString, path);
    QFETCH(int, line);
    QFETCH(int, column);
    SourceMap map;
    map.setFileName(QStringLiteral("x.cw.yaml"));
    map.insert(QStringLiteral("nodes[2]"), 10, 5);
    map.insert(QStringLiteral("nodes[2].interfaces[0]"), 14, 9);
    map.insert(QStringLiteral("nodes[2].interfaces[0].address"), 14, 31);
    const SourceLocation location = map.find(path);
    QCOMPARE(location.line, line);
    QCOMPARE(location.column, column);
    QCOMPARE(location.file, QStringLiteral("x.cw.yaml"));
}

void TstDocument::enumSpellingsRoundTrip()
{
    QCOMPARE(enumSpellings<Role>(),
             (QStringList{u"control-plane"_s, u"worker"_s, u"etcd"_s, u"bastion"_s, u"storage"_s}));
    for (const QString &s : enumSpellings<VipProvider>())
        QCOMPARE(toString(*enumFromString<VipProvider>(s)), s);
    QVERIFY(enumFromString<VipProvider>(u"kube-vip"_s) == VipProvider::KubeVip);
    QVERIFY(!enumFromString<Cni>(u"Cilium"_s)); // spellings are case-sensitive
    QVERIFY(!enumFromString<Role>(QString()));
}

void TstDocument::lookupByName()
{
    Topology t;
    t.nodes << node(QStringLiteral("cp-1")) << node(QStringLiteral("wk-1"));
    QCOMPARE(t.nodeIndex(QStringLiteral("wk-1")), 1);
    QCOMPARE(t.nodeIndex(QStringLiteral("wk-2")), -1);
}

QTEST_GUILESS_MAIN(TstDocument)
#include "tst_document.moc"
