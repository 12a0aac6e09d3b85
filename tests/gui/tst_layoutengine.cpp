// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
// The auto-layout as a plain function of the topology: a clean picture for a design with no
// layout, deterministic, and stable when one object is added.
#include "canvas/layoutengine.h"
#include "format/topologyformat.h"

#include <QTest>

using namespace Clusterwright;
using namespace Qt::StringLiterals;

namespace {

Topology example(const char *name)
{
    return *loadTopologyFile(QStringLiteral(CW_EXAMPLES_DIR "/") + QLatin1StringView(name))
                .topology;
}

QRectF card(QPointF p)
{
    return QRectF(p, QSizeF(LayoutEngine::NodeWidth, LayoutEngine::NodeHeight));
}

} // namespace

class tst_LayoutEngine : public QObject
{
    Q_OBJECT

private slots:
    void hostsAreColumns();
    void deterministic();
    void storedPositionsWin();
    void addingAnObjectMovesNothingElse_data();
    void addingAnObjectMovesNothingElse();
    void busesSpanTheirNodesAndTags();
    void linksOfAStackedColumnStayApart();
    void unknownReferencesAreDrawnDetached();
    void emptyHostUsesHint();
};

void tst_LayoutEngine::hostsAreColumns()
{
    const Topology t = example("seichi-onp-k8s.cw.yaml");
    const LayoutEngine::Result r = LayoutEngine().compute(t);
    const auto at = [&](const char *name) { return r.nodes[t.nodeIndex(QLatin1StringView(name))]; };
    // cp-N above wk-N in the column of their host, hosts left to right in file order.
    QCOMPARE(at("cp-1").x(), at("wk-1").x());
    QVERIFY(at("cp-1").y() < at("wk-1").y());
    QVERIFY(at("cp-1").x() < at("cp-2").x());
    QVERIFY(at("cp-2").x() < at("cp-3").x());
    // The bastion has no host: its column is left of all hosts.
    QVERIFY(at("bastion").x() < at("cp-1").x());
    for (int i = 0; i < t.nodes.size(); ++i) {
        QVERIFY(r.autoPlaced[i]);
        QCOMPARE(LayoutEngine::snapped(r.nodes[i]), r.nodes[i]); // on the grid
    }
    // Each frame holds exactly its own nodes.
    for (int h = 0; h < t.hosts.size(); ++h) {
        for (int i = 0; i < t.nodes.size(); ++i)
            QCOMPARE(r.hosts[h].intersects(card(r.nodes[i])), t.nodes[i].host == t.hosts[h].name);
    }
    // Service above the nodes, storage below.
    QVERIFY(r.networks[0].above && r.networks[0].y < r.hosts[0].top());
    QVERIFY(!r.networks[1].above && r.networks[1].y > r.hosts[0].bottom());
}

void tst_LayoutEngine::deterministic()
{
    const Topology t = example("k0s-ceph-homelab.cw.yaml");
    const LayoutEngine::Result a = LayoutEngine().compute(t);
    const LayoutEngine::Result b = LayoutEngine().compute(t);
    QCOMPARE(a.nodes, b.nodes);
    QCOMPARE(a.hosts, b.hosts);
    QVERIFY(a.networks == b.networks);
    QVERIFY(a.links == b.links);
}

void tst_LayoutEngine::storedPositionsWin()
{
    Topology t = example("seichi-onp-k8s.cw.yaml");
    t.layout.insert(u"wk-2"_s, QPointF(1000, 1000));
    const LayoutEngine::Result r = LayoutEngine().compute(t);
    const int wk2 = t.nodeIndex(u"wk-2"_s);
    QCOMPARE(r.nodes[wk2], QPointF(1000, 1000));
    QVERIFY(!r.autoPlaced[wk2]);
    // Its host's frame follows it.
    QVERIFY(r.hosts[t.hostIndex(u"unchama-sv-prox04"_s)].contains(card(QPointF(1000, 1000))));
}

void tst_LayoutEngine::addingAnObjectMovesNothingElse_data()
{
    QTest::addColumn<QString>("what");
    for (const char *what : {"node", "host", "network", "vip", "storage", "placed node"})
        QTest::newRow(what) << QString::fromLatin1(what);
}

void tst_LayoutEngine::addingAnObjectMovesNothingElse()
{
    QFETCH(QString, what);
    const Topology before = example("seichi-onp-k8s.cw.yaml");
    Topology after = before;
    if (what == u"node") {
        Node n;
        n.name = u"wk-4"_s;
        n.host = u"unchama-sv-prox02"_s;
        n.interfaces << Interface{u"service"_s, u"192.168.8.24"_s};
        after.nodes << n;
    } else if (what == u"placed node") {
        Node n;
        n.name = u"wk-4"_s;
        after.nodes << n;
        after.layout.insert(n.name, QPointF(2000, 0));
    } else if (what == u"host") {
        after.hosts << Host{u"pve-9"_s, {}};
    } else if (what == u"network") {
        after.networks << Network{u"extra"_s, u"10.9.0.0/24"_s, {}, {}, {}, {}};
    } else if (what == u"vip") {
        after.vips << Vip{u"lb2"_s, VipPurpose::LoadBalancer, u"service"_s,
                          {},       u"192.168.9.0/28"_s,      VipProvider::MetalLb};
    } else {
        after.storage << Storage{
            u"nas2"_s, StorageType::Nfs, u"storage"_s, u"192.168.16.60"_s, u"/x"_s, {}, {}, {}};
    }
    const LayoutEngine::Result a = LayoutEngine().compute(before);
    const LayoutEngine::Result b = LayoutEngine().compute(after);
    for (int i = 0; i < before.nodes.size(); ++i)
        QCOMPARE(b.nodes[i], a.nodes[i]);
    for (int j = 0; j < before.networks.size(); ++j) {
        QCOMPARE(b.networks[j].xStart, a.networks[j].xStart);
        // A lane below the nodes only moves down when a column grows past it.
        if (a.networks[j].above || what != u"node")
            QCOMPARE(b.networks[j].y, a.networks[j].y);
        else
            QCOMPARE(b.networks[j].y, a.networks[j].y + LayoutEngine::RowHeight);
    }
    for (int h = 0; h < before.hosts.size(); ++h) {
        // Only the host that got the new node grows, and only downwards.
        QCOMPARE(b.hosts[h].topLeft(), a.hosts[h].topLeft());
        if (what != u"node" || h != 0)
            QCOMPARE(b.hosts[h], a.hosts[h]);
    }
    for (int v = 0; v < before.vips.size(); ++v) {
        QCOMPARE(b.vips[v].anchor.x(), a.vips[v].anchor.x());
        if (what != u"node")
            QCOMPARE(b.vips[v].anchor, a.vips[v].anchor);
    }
    for (int s = 0; s < before.storage.size(); ++s) {
        QCOMPARE(b.storage[s].anchor.x(), a.storage[s].anchor.x());
        if (what != u"node")
            QCOMPARE(b.storage[s].anchor, a.storage[s].anchor);
    }
}

void tst_LayoutEngine::busesSpanTheirNodesAndTags()
{
    const Topology t = example("seichi-onp-k8s.cw.yaml");
    const LayoutEngine::Result r = LayoutEngine().compute(t);
    for (int j = 0; j < t.networks.size(); ++j) {
        const LayoutEngine::Bus &bus = r.networks[j];
        for (int i = 0; i < t.nodes.size(); ++i) {
            QVERIFY(bus.xStart < r.nodes[i].x());
            QVERIFY(bus.xEnd > r.nodes[i].x() + LayoutEngine::NodeWidth);
        }
    }
    for (int v = 0; v < t.vips.size(); ++v) {
        const int j = t.networkIndex(t.vips[v].network);
        QCOMPARE(r.vips[v].network, j);
        QCOMPARE(r.vips[v].anchor.y(), r.networks[j].y);
        QVERIFY(r.vips[v].anchor.x() + LayoutEngine::TagWidth <= r.networks[j].xEnd);
    }
    QCOMPARE(r.storage[0].network, t.networkIndex(u"storage"_s));
}

void tst_LayoutEngine::linksOfAStackedColumnStayApart()
{
    const Topology t = example("gentoo-keepalived.cw.yaml"); // three nodes on one host
    const LayoutEngine::Result r = LayoutEngine().compute(t);
    QSet<qreal> xs;
    for (const auto &links : r.links) {
        for (const LayoutEngine::Link &link : links) {
            QCOMPARE(link.nodeEnd.x(), link.busEnd.x()); // vertical
            xs.insert(link.nodeEnd.x());
        }
    }
    QCOMPARE(xs.size(), 6); // 3 nodes x 2 interfaces, every line on its own x
}

void tst_LayoutEngine::unknownReferencesAreDrawnDetached()
{
    Topology t = example("seichi-onp-k8s.cw.yaml");
    t.nodes[0].interfaces[0].network = u"typo"_s;
    t.vips[0].network = u"typo"_s;
    const LayoutEngine::Result r = LayoutEngine().compute(t);
    QCOMPARE(r.links[0][0].network, -1);
    QCOMPARE(r.vips[0].network, -1);
    QVERIFY(r.bounds.contains(r.vips[0].anchor));
}

void tst_LayoutEngine::emptyHostUsesHint()
{
    Topology t;
    t.hosts << Host{u"host-1"_s, {}};
    LayoutEngine engine;
    QCOMPARE(engine.compute(t).hosts[0].topLeft(), QPointF(0, 0));
    engine.setEmptyHostHint(u"host-1"_s, QPointF(500, 300));
    QCOMPARE(engine.compute(t).hosts[0].topLeft(), QPointF(500, 300));
}

QTEST_GUILESS_MAIN(tst_LayoutEngine)
#include "tst_layoutengine.moc"
