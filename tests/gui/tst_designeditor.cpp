// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
// The editing layer without a canvas: every command kind does what it says, undoes to the
// exact previous topology and redoes again; names and addresses come out as designed.
#include "edit/designeditor.h"
#include "edit/topologyfragment.h"
#include "format/topologyformat.h"
#include "model/topologydocument.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Clusterwright;
using namespace Qt::StringLiterals;

namespace {

Topology example(const char *name)
{
    const LoadResult result
        = loadTopologyFile(QStringLiteral(CW_EXAMPLES_DIR "/") + QLatin1StringView(name));
    return *result.topology;
}

const Node &node(const TopologyDocument &d, const QString &name)
{
    return d.topology().nodes[d.topology().nodeIndex(name)];
}

} // namespace

class tst_DesignEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void addFromPalette_data();
    void addFromPalette();
    void apiVipBecomesEndpoint();
    void attachGetsNextFreeAddress();
    void attachRefusesTwice();
    void placeOnHost();
    void movesOfOneGestureMerge();
    void renameUpdatesReferences_data();
    void renameUpdatesReferences();
    void renameRefusesBadNames();
    void deleteDropsReferences();
    void duplicateGetsNextNameAndAddresses();
    void cutAndPasteGivesTheSameObjects();
    void pasteTwiceRenames();
    void fieldEditsMerge();
    void clusterEdit();
    void cleanStateFollowsUndo();
    void resetClearsUndo();
    void batchesEndOncePerCommand();

private:
    void checkUndoRedo(const Topology &before);

    std::unique_ptr<TopologyDocument> m_document;
    std::unique_ptr<DesignEditor> m_editor;
};

void tst_DesignEditor::init()
{
    m_editor.reset();
    m_document = std::make_unique<TopologyDocument>();
    m_document->reset(example("seichi-onp-k8s.cw.yaml"));
    m_editor = std::make_unique<DesignEditor>(m_document.get());
}

// Undo goes back to exactly `before`, redo forward to exactly what it was.
void tst_DesignEditor::checkUndoRedo(const Topology &before)
{
    const Topology after = m_document->topology();
    QVERIFY(after != before);
    m_editor->undoStack()->undo();
    QVERIFY(m_document->topology() == before);
    m_editor->undoStack()->redo();
    QVERIFY(m_document->topology() == after);
}

void tst_DesignEditor::addFromPalette_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("name");
    QTest::newRow("control plane") << int(PaletteItemKind::ControlPlaneNode) << u"cp-4"_s;
    QTest::newRow("worker") << int(PaletteItemKind::WorkerNode) << u"wk-4"_s;
    QTest::newRow("etcd") << int(PaletteItemKind::EtcdNode) << u"etcd-1"_s;
    QTest::newRow("bastion") << int(PaletteItemKind::Bastion) << u"bastion-1"_s;
    QTest::newRow("network") << int(PaletteItemKind::Network) << u"net-1"_s;
    QTest::newRow("api vip") << int(PaletteItemKind::ApiVip) << u"api-1"_s;
    QTest::newRow("pool") << int(PaletteItemKind::LoadBalancerPool) << u"lb-1"_s;
    QTest::newRow("nfs") << int(PaletteItemKind::NfsStorage) << u"nas-1"_s;
    QTest::newRow("ceph") << int(PaletteItemKind::CephStorage) << u"ceph-1"_s;
    QTest::newRow("host") << int(PaletteItemKind::PhysicalHost) << u"host-1"_s;
}

void tst_DesignEditor::addFromPalette()
{
    QFETCH(int, kind);
    QFETCH(QString, name);
    const Topology before = m_document->topology();
    const auto k = PaletteItemKind(kind);
    const ObjectRef ref = m_editor->addObject(k, QPointF(300, 400));
    QCOMPARE(ref.name, name);
    QVERIFY(ref.kind == objectKindOf(k));
    QCOMPARE(objectIndex(m_document->topology(), ref.kind, name), ref.index);
    QVERIFY(m_editor->undoStack()->undoText().contains(name));
    if (ref.kind == ObjectKind::Node)
        QCOMPARE(m_document->topology().layout.value(name), QPointF(300, 400));
    if (k == PaletteItemKind::Network) {
        const Network &n = m_document->topology().networks.last();
        QCOMPARE(n.cidr, u"192.168.20.0/24"_s); // free of 192.168.0.0/20 and .16.0/22
        QCOMPARE(n.gateway, u"192.168.20.1"_s);
    }
    if (k == PaletteItemKind::LoadBalancerPool) {
        const Vip &v = m_document->topology().vips.last();
        QVERIFY(v.purpose == VipPurpose::LoadBalancer);
        QCOMPARE(v.network, u"service"_s);
        QVERIFY(!v.range.isEmpty());
    }
    if (k == PaletteItemKind::NfsStorage)
        QCOMPARE(m_document->topology().storage.last().server, u"192.168.0.2"_s);
    checkUndoRedo(before);
}

void tst_DesignEditor::apiVipBecomesEndpoint()
{
    Topology t;
    t.networks << Network{u"lan"_s, u"10.0.0.0/24"_s, u"10.0.0.1"_s, {}, {}, {}};
    m_document->reset(t);
    const Topology before = m_document->topology();
    const ObjectRef ref = m_editor->addObject(PaletteItemKind::ApiVip, {});
    QCOMPARE(ref.name, u"api"_s);
    QCOMPARE(m_document->topology().cluster.controlPlaneEndpoint, u"api"_s);
    QCOMPARE(m_document->topology().vips.first().address, u"10.0.0.2"_s);
    QCOMPARE(m_editor->undoStack()->count(), 1);
    checkUndoRedo(before);
}

void tst_DesignEditor::attachGetsNextFreeAddress()
{
    m_editor->addObject(PaletteItemKind::WorkerNode, QPointF(0, 0));
    const Topology before = m_document->topology();
    QVERIFY(m_editor->attachToNetwork({u"wk-4"_s}, u"storage"_s));
    // .16.0 is the network, .16.10 the bastion, .16.50 the NAS, .16.151+ the hosts.
    QVERIFY(node(*m_document, u"wk-4"_s).interfaces
            == (QList<Interface>{{u"storage"_s, u"192.168.16.1"_s}}));
    QCOMPARE(m_editor->undoStack()->undoText(), u"Attach wk-4 to storage"_s);
    checkUndoRedo(before);

    // A drop on a bus when adding does the same in one step.
    const ObjectRef ref = m_editor->addObject(PaletteItemKind::WorkerNode, {}, u"service"_s,
                                              u"unchama-sv-prox02"_s);
    QCOMPARE(node(*m_document, ref.name).interfaces.first().address, u"192.168.0.2"_s);
    QCOMPARE(node(*m_document, ref.name).host, u"unchama-sv-prox02"_s);
}

void tst_DesignEditor::attachRefusesTwice()
{
    QString error;
    const int count = m_editor->undoStack()->count();
    QVERIFY(!m_editor->attachToNetwork({u"cp-1"_s}, u"service"_s, &error));
    QVERIFY(error.contains(u"already"_s));
    QVERIFY(!m_editor->attachToNetwork({u"cp-1"_s}, u"nowhere"_s, &error));
    QCOMPARE(m_editor->undoStack()->count(), count);
}

void tst_DesignEditor::placeOnHost()
{
    const Topology before = m_document->topology();
    m_editor->placeOnHost({u"bastion"_s}, u"unchama-sv-prox04"_s,
                          {{u"bastion"_s, std::nullopt, QPointF(600, 300)}});
    QCOMPARE(node(*m_document, u"bastion"_s).host, u"unchama-sv-prox04"_s);
    QCOMPARE(m_document->topology().layout.value(u"bastion"_s), QPointF(600, 300));
    QCOMPARE(m_editor->undoStack()->count(), 1);
    checkUndoRedo(before);
}

void tst_DesignEditor::movesOfOneGestureMerge()
{
    const Topology before = m_document->topology();
    const int gesture = m_editor->newGesture();
    for (int step = 1; step <= 5; ++step)
        m_editor->moveNodes({{u"cp-1"_s, std::nullopt, QPointF(10 * step, 0)}}, gesture);
    QCOMPARE(m_editor->undoStack()->count(), 1);
    QCOMPARE(m_editor->undoStack()->undoText(), u"Move cp-1"_s);
    checkUndoRedo(before);

    // A move back to where the gesture started leaves nothing to undo.
    m_editor->moveNodes({{u"cp-1"_s, QPointF(50, 0), std::optional<QPointF>()}}, gesture);
    QCOMPARE(m_editor->undoStack()->count(), 0);
    QVERIFY(m_document->topology() == before);

    m_editor->moveNodes({{u"cp-1"_s, std::nullopt, QPointF(10, 0)}}, m_editor->newGesture());
    m_editor->moveNodes({{u"cp-1"_s, QPointF(10, 0), QPointF(20, 0)}}, m_editor->newGesture());
    QCOMPARE(m_editor->undoStack()->count(), 2);
}

void tst_DesignEditor::renameUpdatesReferences_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::newRow("node") << int(ObjectKind::Node) << u"bastion"_s << u"jump-1"_s;
    QTest::newRow("network") << int(ObjectKind::Network) << u"storage"_s << u"san"_s;
    QTest::newRow("host") << int(ObjectKind::Host) << u"unchama-sv-prox02"_s << u"pve-1"_s;
    QTest::newRow("vip") << int(ObjectKind::Vip) << u"api"_s << u"kube-api"_s;
}

void tst_DesignEditor::renameUpdatesReferences()
{
    QFETCH(int, kind);
    QFETCH(QString, from);
    QFETCH(QString, to);
    m_editor->moveNodes({{u"bastion"_s, std::nullopt, QPointF(-200, 0)}}, m_editor->newGesture());
    const Topology before = m_document->topology();
    const auto k = ObjectKind(kind);
    QVERIFY(m_editor->rename(k, objectIndex(before, k, from), to));
    const Topology &t = m_document->topology();
    QCOMPARE(objectIndex(t, k, from), -1);
    QVERIFY(objectIndex(t, k, to) >= 0);
    switch (k) {
    case ObjectKind::Node:
        QCOMPARE(node(*m_document, u"cp-1"_s).ssh.jump, to);
        QCOMPARE(t.layout.value(to), QPointF(-200, 0));
        QVERIFY(!t.layout.contains(from));
        break;
    case ObjectKind::Network:
        QCOMPARE(node(*m_document, u"cp-1"_s).interfaces[1].network, to);
        QCOMPARE(t.vips[t.vipIndex(u"api"_s)].network, to);
        QCOMPARE(t.storage.first().network, to);
        break;
    case ObjectKind::Host:
        QCOMPARE(node(*m_document, u"cp-1"_s).host, to);
        QCOMPARE(node(*m_document, u"wk-1"_s).host, to);
        break;
    default:
        QCOMPARE(t.cluster.controlPlaneEndpoint, to);
    }
    QCOMPARE(m_editor->undoStack()->undoText(), u"Rename %1 to %2"_s.arg(from, to));
    checkUndoRedo(before);
}

void tst_DesignEditor::renameRefusesBadNames()
{
    QString error;
    QVERIFY(!m_editor->rename(ObjectKind::Node, 0, u"cp-2"_s, &error));
    QVERIFY(error.contains(u"cp-2"_s));
    QVERIFY(!m_editor->rename(ObjectKind::Node, 0, u"CP_1"_s, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(m_editor->undoStack()->count(), 0);
}

void tst_DesignEditor::deleteDropsReferences()
{
    m_document->reset(example("k0s-ceph-homelab.cw.yaml"));
    const Topology before = m_document->topology();
    m_editor->deleteObjects(
        {{ObjectKind::Node, u"wk-1"_s, -1}, {ObjectKind::Host, u"server-3"_s, -1}});
    const Topology &t = m_document->topology();
    QCOMPARE(t.nodeIndex(u"wk-1"_s), -1);
    QCOMPARE(t.hostIndex(u"server-3"_s), -1);
    QCOMPARE(t.storage.first().nodes, (QStringList{u"wk-2"_s, u"wk-3"_s}));
    QCOMPARE(node(*m_document, u"wk-2"_s).host, QString()); // was on server-3
    QCOMPARE(m_editor->undoStack()->count(), 1);
    QCOMPARE(m_editor->undoStack()->undoText(), u"Delete 2 objects"_s);
    checkUndoRedo(before);

    m_editor->deleteObjects({{ObjectKind::Network, u"home"_s, -1}});
    for (const Node &n : m_document->topology().nodes)
        QVERIFY(n.interfaces.isEmpty());
}

void tst_DesignEditor::duplicateGetsNextNameAndAddresses()
{
    const Topology before = m_document->topology();
    const QHash<QString, QPointF> positions{{u"cp-1"_s, QPointF(300, 64)}};
    const QList<ObjectRef> created
        = m_editor->duplicate({{ObjectKind::Node, u"cp-1"_s, 0}}, positions, QPointF(30, 30));
    QCOMPARE(created.size(), 1);
    QCOMPARE(created.first().name, u"cp-4"_s);
    const Node &copy = node(*m_document, u"cp-4"_s);
    QCOMPARE(copy.interfaces.size(), 2);
    QCOMPARE(copy.interfaces[0].address, u"192.168.8.14"_s);
    QCOMPARE(copy.interfaces[1].address, u"192.168.18.14"_s);
    QCOMPARE(copy.ssh.address, u"192.168.18.14"_s); // followed its interface
    QCOMPARE(copy.ssh.jump, u"bastion"_s);
    QCOMPARE(copy.host, u"unchama-sv-prox02"_s);
    QVERIFY(copy.roles == node(*m_document, u"cp-1"_s).roles);
    QCOMPARE(m_document->topology().layout.value(u"cp-4"_s), QPointF(330, 94));
    QCOMPARE(m_editor->undoStack()->undoText(), u"Duplicate cp-1"_s);
    checkUndoRedo(before);
}

void tst_DesignEditor::cutAndPasteGivesTheSameObjects()
{
    const Topology before = m_document->topology();
    const QList<ObjectRef> objects{{ObjectKind::Node, u"wk-3"_s, 5}, {ObjectKind::Vip, u"lb"_s, 1}};
    const QByteArray bytes = m_editor->copy(objects, {{u"wk-3"_s, QPointF(580, 184)}});
    m_editor->deleteObjects(objects);
    const QList<ObjectRef> pasted = m_editor->paste(bytes, QPointF());
    QCOMPARE(pasted.size(), 2);
    const Topology &t = m_document->topology();
    QVERIFY(node(*m_document, u"wk-3"_s) == before.nodes[5]);
    QVERIFY(t.vips[t.vipIndex(u"lb"_s)] == before.vips[1]);
    QCOMPARE(t.layout.value(u"wk-3"_s), QPointF(580, 184));
}

void tst_DesignEditor::pasteTwiceRenames()
{
    const QByteArray bytes = m_editor->copy(
        {{ObjectKind::Network, u"storage"_s, 1}, {ObjectKind::Node, u"wk-1"_s, 3}}, {});
    const QList<ObjectRef> first = m_editor->paste(bytes, QPointF(30, 30));
    QCOMPARE(first.size(), 2);
    QCOMPARE(first[0].name, u"storage-1"_s);
    QCOMPARE(first[1].name, u"wk-4"_s);
    const Node &copy = node(*m_document, u"wk-4"_s);
    // The copied node sits on the copied network, with an address from its new subnet.
    QCOMPARE(copy.interfaces[1].network, u"storage-1"_s);
    const Network &net = m_document->topology().networks.last();
    QCOMPARE(net.cidr, u"192.168.20.0/24"_s);
    QCOMPARE(copy.interfaces[1].address, u"192.168.20.2"_s);
    QCOMPARE(copy.interfaces[0].address, u"192.168.8.24"_s);
    const QList<ObjectRef> second = m_editor->paste(bytes, QPointF(60, 60));
    QCOMPARE(second[0].name, u"storage-2"_s);
    QCOMPARE(second[1].name, u"wk-5"_s);
}

void tst_DesignEditor::fieldEditsMerge()
{
    const Topology before = m_document->topology();
    const int index = before.nodeIndex(u"wk-1"_s);
    for (int cpus : {7, 8, 9}) {
        Node n = m_document->topology().nodes[index];
        n.cpus = cpus;
        m_editor->editObject(index, n, u"cpus"_s, u"Change CPUs of wk-1"_s);
    }
    QCOMPARE(m_editor->undoStack()->count(), 1);
    QVERIFY(node(*m_document, u"wk-1"_s).cpus == std::optional<int>(9));
    Node n = m_document->topology().nodes[index];
    n.memoryMiB = 4096;
    m_editor->editObject(index, n, u"memoryMiB"_s, u"Change memory of wk-1"_s);
    QCOMPARE(m_editor->undoStack()->count(), 2);
    m_editor->undoStack()->undo();
    m_editor->undoStack()->undo();
    QVERIFY(m_document->topology() == before);
}

void tst_DesignEditor::clusterEdit()
{
    const Topology before = m_document->topology();
    ClusterSettings cluster = before.cluster;
    cluster.podCidrs = {u"10.200.0.0/16"_s};
    m_editor->editCluster(before.metadata, cluster, u"podCidr"_s, u"Change Pod CIDR"_s);
    QCOMPARE(m_document->topology().cluster.podCidrs, cluster.podCidrs);
    checkUndoRedo(before);
}

void tst_DesignEditor::cleanStateFollowsUndo()
{
    QUndoStack *stack = m_editor->undoStack();
    QVERIFY(stack->isClean());
    m_editor->addObject(PaletteItemKind::WorkerNode, {});
    QVERIFY(!stack->isClean());
    stack->undo();
    QVERIFY(stack->isClean());
}

void tst_DesignEditor::resetClearsUndo()
{
    m_editor->addObject(PaletteItemKind::WorkerNode, {});
    m_document->reset(example("gentoo-keepalived.cw.yaml"));
    QCOMPARE(m_editor->undoStack()->count(), 0);
}

void tst_DesignEditor::batchesEndOncePerCommand()
{
    QSignalSpy spy(m_editor.get(), &DesignEditor::batchFinished);
    m_editor->deleteObjects({{ObjectKind::Node, u"wk-1"_s, -1}, {ObjectKind::Node, u"wk-2"_s, -1}});
    QCOMPARE(spy.count(), 1);
    m_editor->undoStack()->undo();
    QCOMPARE(spy.count(), 2);
}

QTEST_MAIN(tst_DesignEditor)
#include "tst_designeditor.moc"
