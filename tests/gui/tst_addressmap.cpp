// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "addressmap/addressmapmodel.h"
#include "addressmap/addressmappanel.h"
#include "addressmap/addressstrips.h"
#include "app/mainwindow.h"
#include "canvas/designscene.h"
#include "format/topologyformat.h"
#include "model/topologydocument.h"
#include "net/ipaddress.h"

#include <QDockWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>

using namespace Clusterwright;
using namespace Qt::StringLiterals;

namespace {

using Kind = AddressMark::Kind;

const QString ExamplePath = u"" CW_EXAMPLES_DIR "/seichi-onp-k8s.cw.yaml"_s;

Topology seichi()
{
    const LoadResult result = loadTopologyFile(ExamplePath);
    return result.ok() ? *result.topology : Topology{};
}

const NetworkAddressMap *networkMap(const QList<NetworkAddressMap> &maps, const QString &name)
{
    for (const NetworkAddressMap &map : maps) {
        if (map.name == name)
            return &map;
    }
    return nullptr;
}

const AddressMark *markOf(const NetworkAddressMap &map, const QString &label)
{
    for (const AddressMark &mark : map.marks) {
        if (mark.label == label)
            return &mark;
    }
    return nullptr;
}

int countOf(const NetworkAddressMap &map, Kind kind)
{
    return int(std::count_if(map.marks.cbegin(), map.marks.cend(),
                             [kind](const AddressMark &mark) { return mark.kind == kind; }));
}

void setInterfaceAddress(Topology &t, const QString &node, const QString &network,
                         const QString &address)
{
    Node &n = t.nodes[t.nodeIndex(node)];
    for (Interface &interface : n.interfaces) {
        if (interface.network == network)
            interface.address = address;
    }
}

} // namespace

class tst_AddressMap : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void seichiMarks_data();
    void seichiMarks();
    void seichiKindsAndNoIssues();
    void duplicateAddressFlagged();
    void addressInPoolFlagged();
    void nfsOnHostIsNoClash();
    void outsideAndReservedFlagged();
    void badCidrShown();
    void largeSubnetsScale_data();
    void largeSubnetsScale();
    void dockShowsAndSelects();
    void followsEdits();

private:
    std::unique_ptr<MainWindow> makeWindow(TopologyDocument *document);
};

void tst_AddressMap::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"Clusterwright"_s);
    QCoreApplication::setApplicationName(u"tst_addressmap"_s);
    QSettings().clear();
    QVERIFY(!seichi().networks.isEmpty());
}

void tst_AddressMap::seichiMarks_data()
{
    QTest::addColumn<QString>("network");
    QTest::addColumn<QString>("label");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("range");
    QTest::addColumn<int>("objectKind");

    const int node = int(ObjectKind::Node);
    QTest::newRow("gateway") << "service"
                             << "gateway" << int(Kind::Gateway) << "192.168.0.1"
                             << int(ObjectKind::Network);
    QTest::newRow("bastion") << "service"
                             << "bastion" << int(Kind::Node) << "192.168.0.10" << node;
    QTest::newRow("cp-1 service") << "service"
                                  << "cp-1" << int(Kind::Node) << "192.168.8.11" << node;
    QTest::newRow("lb pool") << "service"
                             << "lb" << int(Kind::LoadBalancer) << "192.168.8.128-192.168.8.255"
                             << int(ObjectKind::Vip);
    QTest::newRow("cp-1 storage") << "storage"
                                  << "cp-1" << int(Kind::Node) << "192.168.18.11" << node;
    QTest::newRow("api vip") << "storage"
                             << "api" << int(Kind::Vip) << "192.168.18.100" << int(ObjectKind::Vip);
    QTest::newRow("nas") << "storage"
                         << "nas" << int(Kind::Storage) << "192.168.16.50"
                         << int(ObjectKind::Storage);
    QTest::newRow("host") << "storage"
                          << "unchama-sv-prox02" << int(Kind::Host) << "192.168.16.151"
                          << int(ObjectKind::Host);
}

void tst_AddressMap::seichiMarks()
{
    QFETCH(QString, network);
    QFETCH(QString, label);
    QFETCH(int, kind);
    QFETCH(QString, range);
    QFETCH(int, objectKind);

    const QList<NetworkAddressMap> maps = buildAddressMap(seichi());
    const NetworkAddressMap *map = networkMap(maps, network);
    QVERIFY(map);
    const AddressMark *mark = markOf(*map, label);
    QVERIFY(mark);
    QVERIFY(mark->kind == Kind(kind));
    QCOMPARE(mark->isRange() ? mark->range.toString() : mark->range.first().toString(), range);
    QVERIFY(mark->object.kind == ObjectKind(objectKind));
    QVERIFY2(mark->issues.isEmpty(), qPrintable(mark->issues.join(u'\n')));
}

void tst_AddressMap::seichiKindsAndNoIssues()
{
    const QList<NetworkAddressMap> maps = buildAddressMap(seichi());
    QCOMPARE(maps.size(), 2);
    const NetworkAddressMap *service = networkMap(maps, u"service"_s);
    const NetworkAddressMap *storage = networkMap(maps, u"storage"_s);
    QVERIFY(service && storage);
    QCOMPARE(service->prefix->toString(), u"192.168.0.0/20"_s);
    QCOMPARE(countOf(*service, Kind::Gateway), 1);
    QCOMPARE(countOf(*service, Kind::Node), 7);
    QCOMPARE(countOf(*service, Kind::LoadBalancer), 1);
    QCOMPARE(countOf(*service, Kind::Vip), 0);
    QCOMPARE(countOf(*storage, Kind::Gateway), 0);
    QCOMPARE(countOf(*storage, Kind::Node), 7);
    QCOMPARE(countOf(*storage, Kind::Vip), 1);
    QCOMPARE(countOf(*storage, Kind::Storage), 1);
    QCOMPARE(countOf(*storage, Kind::Host), 3);
    QCOMPARE(service->issueCount(), 0);
    QCOMPARE(storage->issueCount(), 0);
    // In address order.
    for (const NetworkAddressMap *map : {service, storage}) {
        for (int i = 1; i < map->marks.size(); ++i)
            QVERIFY(map->marks.at(i - 1).range.first() <= map->marks.at(i).range.first());
    }
}

void tst_AddressMap::duplicateAddressFlagged()
{
    Topology t = seichi();
    setInterfaceAddress(t, u"wk-3"_s, u"storage"_s, u"192.168.18.11"_s);
    const QList<NetworkAddressMap> maps = buildAddressMap(t);
    const NetworkAddressMap *storage = networkMap(maps, u"storage"_s);
    QCOMPARE(storage->issueCount(), 2);
    const AddressMark *cp1 = markOf(*storage, u"cp-1"_s);
    const AddressMark *wk3 = markOf(*storage, u"wk-3"_s);
    QCOMPARE(cp1->issues.size(), 1);
    QVERIFY2(cp1->issues.first().contains(u"wk-3"_s), qPrintable(cp1->issues.first()));
    QVERIFY(cp1->issues.first().contains(u"192.168.18.11"_s));
    QVERIFY2(wk3->issues.first().contains(u"cp-1"_s), qPrintable(wk3->issues.first()));
    QCOMPARE(networkMap(maps, u"service"_s)->issueCount(), 0);

    // The strip marks the badge holding them with "!" and says why in the tooltip.
    AddressStrips strips;
    strips.resize(900, 400);
    strips.setMaps(maps);
    const QPoint center = strips.badgeCenter(u"storage"_s, u"cp-1"_s);
    QVERIFY(center.x() >= 0);
    QVERIFY2(strips.badgeTextAt(center).startsWith(u'!'), qPrintable(strips.badgeTextAt(center)));
    const QString tip = strips.toolTipAt(center);
    QVERIFY2(tip.contains(u"clashes with node wk-3"_s), qPrintable(tip));
    // Unaffected badges carry no flag.
    const QPoint api = strips.badgeCenter(u"storage"_s, u"api"_s);
    QCOMPARE(strips.badgeTextAt(api), u"V"_s);
}

void tst_AddressMap::addressInPoolFlagged()
{
    Topology t = seichi();
    setInterfaceAddress(t, u"wk-1"_s, u"service"_s, u"192.168.8.200"_s);
    const NetworkAddressMap *service = networkMap(buildAddressMap(t), u"service"_s);
    QVERIFY(service);
    const AddressMark *wk1 = markOf(*service, u"wk-1"_s);
    QVERIFY2(!wk1->issues.isEmpty() && wk1->issues.first().contains(u"pool lb"_s),
             qPrintable(wk1->issues.join(u'\n')));
    QVERIFY(markOf(*service, u"lb"_s)->issues.first().contains(u"node wk-1"_s));
}

void tst_AddressMap::nfsOnHostIsNoClash()
{
    // As NET010 says: an NFS server runs on a host, so sharing its address is fine.
    Topology t = seichi();
    t.storage[0].server = u"192.168.16.151"_s;
    const NetworkAddressMap *storage = networkMap(buildAddressMap(t), u"storage"_s);
    QCOMPARE(storage->issueCount(), 0);
    // A VIP on the same address is not.
    t.vips[t.vipIndex(u"api"_s)].address = u"192.168.16.151"_s;
    const NetworkAddressMap *again = networkMap(buildAddressMap(t), u"storage"_s);
    QVERIFY(!markOf(*again, u"api"_s)->issues.isEmpty());
}

void tst_AddressMap::outsideAndReservedFlagged()
{
    Topology t = seichi();
    setInterfaceAddress(t, u"cp-2"_s, u"service"_s, u"10.0.0.5"_s);
    setInterfaceAddress(t, u"cp-3"_s, u"service"_s, u"192.168.15.255"_s);
    const NetworkAddressMap *service = networkMap(buildAddressMap(t), u"service"_s);
    QVERIFY(markOf(*service, u"cp-2"_s)->issues.first().contains(u"outside"_s));
    QVERIFY(markOf(*service, u"cp-3"_s)->issues.first().contains(u"broadcast"_s));
}

void tst_AddressMap::badCidrShown()
{
    Topology t = seichi();
    t.networks[0].cidr = u"192.168.0.0/33"_s;
    const QList<NetworkAddressMap> maps = buildAddressMap(t);
    QVERIFY(!maps.first().prefix);
    QVERIFY(!maps.first().error.isEmpty());
    QVERIFY(maps.first().marks.isEmpty());
    QVERIFY(maps.at(1).prefix.has_value());
}

void tst_AddressMap::largeSubnetsScale_data()
{
    QTest::addColumn<QString>("cidr");
    QTest::addColumn<QString>("low");
    QTest::addColumn<QString>("middle");
    QTest::addColumn<QString>("high");

    QTest::newRow("/16") << "10.0.0.0/16"
                         << "10.0.0.10"
                         << "10.0.128.0"
                         << "10.0.255.200";
    QTest::newRow("IPv6 /64") << "fd00:1::/64"
                              << "fd00:1::10"
                              << "fd00:1::8000:0:0:0"
                              << "fd00:1::ffff:ffff:ffff:fff0";
}

void tst_AddressMap::largeSubnetsScale()
{
    QFETCH(QString, cidr);
    QFETCH(QString, low);
    QFETCH(QString, middle);
    QFETCH(QString, high);

    Topology t;
    t.networks << Network{u"big"_s, cidr, {}, {}, {}, {}};
    const QStringList addresses{low, middle, high};
    for (int i = 0; i < addresses.size(); ++i) {
        Node node;
        node.name = u"n%1"_s.arg(i);
        node.interfaces << Interface{u"big"_s, addresses.at(i)};
        t.nodes << node;
    }
    const QList<NetworkAddressMap> maps = buildAddressMap(t);
    QCOMPARE(maps.first().issueCount(), 0);

    AddressStrips strips;
    strips.resize(1024, 200);
    strips.setMaps(maps);
    // The bar spans x = 12 .. 1012; positions are proportional to the offset.
    const int x0 = strips.badgeCenter(u"big"_s, u"n0"_s).x();
    const int x1 = strips.badgeCenter(u"big"_s, u"n1"_s).x();
    const int x2 = strips.badgeCenter(u"big"_s, u"n2"_s).x();
    QVERIFY2(x0 >= 12 && x0 < 40, qPrintable(QString::number(x0)));
    QVERIFY2(qAbs(x1 - 512) <= 3, qPrintable(QString::number(x1)));
    QVERIFY2(x2 > 985 && x2 <= 1012, qPrintable(QString::number(x2)));
    // Each address has its own badge and label.
    QCOMPARE(strips.badgeTextAt(QPoint(x1, strips.badgeCenter(u"big"_s, u"n1"_s).y())), u"N"_s);
    const QString tip = strips.toolTipAt(strips.badgeCenter(u"big"_s, u"n1"_s));
    QVERIFY2(tip.contains(IpAddress::parse(middle)->toString()), qPrintable(tip));
}

std::unique_ptr<MainWindow> tst_AddressMap::makeWindow(TopologyDocument *document)
{
    auto window = std::make_unique<MainWindow>(document);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    auto *dock = window->findChild<QDockWidget *>(u"addressMapDock"_s);
    if (!dock)
        return nullptr;
    dock->show();
    dock->raise();
    QCoreApplication::processEvents();
    return window;
}

void tst_AddressMap::dockShowsAndSelects()
{
    TopologyDocument document;
    document.reset(seichi());
    const auto window = makeWindow(&document);
    QVERIFY(window);
    AddressStrips *strips = window->addressMap()->strips();
    QTRY_VERIFY(strips->isVisible() && strips->width() > 300);
    QCOMPARE(strips->maps().size(), 2);

    const QPoint api = strips->badgeCenter(u"storage"_s, u"api"_s);
    QVERIFY(api.x() >= 0);
    QVERIFY2(strips->toolTipAt(api).contains(u"192.168.18.100"_s),
             qPrintable(strips->toolTipAt(api)));
    QTest::mouseClick(strips, Qt::LeftButton, {}, api);
    const QList<ObjectRef> selected = window->scene()->selectedObjects();
    QCOMPARE(selected.size(), 1);
    QVERIFY(selected.first().kind == ObjectKind::Vip);
    QCOMPARE(selected.first().name, u"api"_s);
    // The canvas selection comes back as a ring on the badge.
    QVERIFY(strips->isHighlighted(u"storage"_s, u"api"_s));
    QVERIFY(!strips->isHighlighted(u"storage"_s, u"nas"_s));

    // The gateway selects its network (bastion's .0.10 shares the badge at this width).
    const QPoint gateway = strips->badgeCenter(u"service"_s, u"gateway"_s);
    QTest::mouseClick(strips, Qt::LeftButton, {}, gateway);
    const QList<ObjectRef> network = window->scene()->selectedObjects();
    QVERIFY(std::any_of(network.cbegin(), network.cend(), [](const ObjectRef &ref) {
        return ref.kind == ObjectKind::Network && ref.name == u"service"_s;
    }));

    // Keyboard: Enter on the current badge selects it too.
    QTest::mouseClick(strips, Qt::LeftButton, {}, api);
    window->scene()->clearSelection();
    QTest::keyClick(strips, Qt::Key_Return);
    QCOMPARE(window->scene()->selectedObjects().size(), 1);
    QCOMPARE(window->scene()->selectedObjects().first().name, u"api"_s);
}

void tst_AddressMap::followsEdits()
{
    TopologyDocument document;
    document.reset(seichi());
    const auto window = makeWindow(&document);
    QVERIFY(window);
    AddressStrips *strips = window->addressMap()->strips();
    QCOMPARE(networkMap(strips->maps(), u"storage"_s)->issueCount(), 0);

    const int index = document.topology().nodeIndex(u"wk-3"_s);
    Node node = document.topology().nodes.at(index);
    node.interfaces[1].address = u"192.168.18.11"_s;
    document.setNode(index, node);
    QTRY_COMPARE(networkMap(strips->maps(), u"storage"_s)->issueCount(), 2);
    QVERIFY(strips->badgeTextAt(strips->badgeCenter(u"storage"_s, u"wk-3"_s)).startsWith(u'!'));
}

QTEST_MAIN(tst_AddressMap)
#include "tst_addressmap.moc"
