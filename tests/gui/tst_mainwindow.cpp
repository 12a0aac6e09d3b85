// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "app/mainwindow.h"
#include "format/topologyformat.h"
#include "model/topologydocument.h"
#include "tree/topologytreemodel.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Clusterwright;

namespace {

using Group = TopologyTreeModel::Group;
using ItemKind = TopologyTreeModel::ItemKind;

const QString ExamplePath = QStringLiteral(CW_EXAMPLES_DIR "/seichi-onp-k8s.cw.yaml");

QString text(const QModelIndex &index, int column)
{
    return index.siblingAtColumn(column).data().toString();
}

ItemKind kindOf(const QModelIndex &index)
{
    return ItemKind(index.data(TopologyTreeModel::ItemKindRole).toInt());
}

// Name column -> details column of the children of `parent`.
QMap<QString, QString> childRows(const QAbstractItemModel *model, const QModelIndex &parent)
{
    QMap<QString, QString> result;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex child = model->index(row, 0, parent);
        result.insert(text(child, 0), text(child, 1));
    }
    return result;
}

QModelIndex childNamed(const QAbstractItemModel *model, const QModelIndex &parent,
                       const QString &name)
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex child = model->index(row, 0, parent);
        if (text(child, 0) == name)
            return child;
    }
    return {};
}

} // namespace

class tst_MainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void windowShowsDesign();
    void nodes_data();
    void nodes();
    void networks_data();
    void networks();
    void vips();
    void hostsHoldTheirNodes();
    void clusterSettings();
    void editsAreFollowed();
    void badFileShowsDiagnostics();
    void geometryIsRestored();

private:
    std::unique_ptr<TopologyDocument> m_document;
    std::unique_ptr<MainWindow> m_window;
    TopologyTreeModel *m_model = nullptr;
};

void tst_MainWindow::initTestCase()
{
    // Keeps QSettings away from the user's real configuration.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Clusterwright"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QSettings().clear();
}

void tst_MainWindow::init()
{
    const LoadResult result = loadTopologyFile(ExamplePath);
    QStringList messages;
    for (const Diagnostic &diagnostic : result.diagnostics)
        messages << diagnostic.toString();
    QVERIFY2(result.ok(), qPrintable(messages.join(QLatin1Char('\n'))));

    m_document = std::make_unique<TopologyDocument>();
    m_document->reset(*result.topology, result.sourceMap);
    m_document->setFilePath(ExamplePath);
    m_window = std::make_unique<MainWindow>(m_document.get());
    m_model = m_window->treeModel();
    new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 m_window.get());
    // The view must show the same model the test inspects.
    auto *view = m_window->findChild<QTreeView *>();
    QVERIFY(view);
    QCOMPARE(view->model(), m_model);
}

void tst_MainWindow::cleanup()
{
    m_window.reset();
    m_document.reset();
    m_model = nullptr;
}

void tst_MainWindow::windowShowsDesign()
{
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("seichi-onp-k8s")));
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("seichi-onp-k8s.cw.yaml")));

    auto *counts = m_window->findChild<QLabel *>(QStringLiteral("countsLabel"));
    QVERIFY(counts);
    QVERIFY2(counts->text().contains(QStringLiteral("7")), qPrintable(counts->text()));

    auto *open = m_window->findChild<QAction *>(QStringLiteral("actionOpen"));
    auto *quit = m_window->findChild<QAction *>(QStringLiteral("actionQuit"));
    QVERIFY(open && quit);
    QCOMPARE(open->shortcut(), QKeySequence(QKeySequence::Open));
    QCOMPARE(quit->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Q));

    QCOMPARE(m_model->rowCount(), 6);
    for (int group = 0; group < 6; ++group) {
        const QModelIndex index = m_model->groupIndex(Group(group));
        QCOMPARE(kindOf(index), ItemKind::Group);
        QCOMPARE(index.data(TopologyTreeModel::GroupRole).toInt(), group);
    }
}

void tst_MainWindow::nodes_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("roles");
    QTest::addColumn<QString>("serviceAddress");
    QTest::addColumn<QString>("storageAddress");
    QTest::addColumn<QString>("ssh");

    const QString viaBastion = QStringLiteral("cloudinit@192.168.18.%1:22 · via bastion");
    QTest::newRow("cp-1") << "cp-1"
                          << "control-plane"
                          << "192.168.8.11"
                          << "192.168.18.11" << viaBastion.arg(11);
    QTest::newRow("cp-2") << "cp-2"
                          << "control-plane"
                          << "192.168.8.12"
                          << "192.168.18.12" << viaBastion.arg(12);
    QTest::newRow("cp-3") << "cp-3"
                          << "control-plane"
                          << "192.168.8.13"
                          << "192.168.18.13" << viaBastion.arg(13);
    QTest::newRow("wk-1") << "wk-1"
                          << "worker"
                          << "192.168.8.21"
                          << "192.168.18.21" << viaBastion.arg(21);
    QTest::newRow("wk-2") << "wk-2"
                          << "worker"
                          << "192.168.8.22"
                          << "192.168.18.22" << viaBastion.arg(22);
    QTest::newRow("wk-3") << "wk-3"
                          << "worker"
                          << "192.168.8.23"
                          << "192.168.18.23" << viaBastion.arg(23);
    QTest::newRow("bastion") << "bastion"
                             << "bastion"
                             << "192.168.0.10"
                             << "192.168.16.10"
                             << "admin@192.168.0.10:22";
}

void tst_MainWindow::nodes()
{
    QFETCH(QString, name);
    QFETCH(QString, roles);
    QFETCH(QString, serviceAddress);
    QFETCH(QString, storageAddress);
    QFETCH(QString, ssh);

    const QModelIndex group = m_model->groupIndex(Group::Nodes);
    QCOMPARE(m_model->rowCount(group), 7);
    const QModelIndex node = childNamed(m_model, group, name);
    QVERIFY(node.isValid());
    QCOMPARE(kindOf(node), ItemKind::Node);
    QVERIFY2(text(node, 1).startsWith(roles), qPrintable(text(node, 1)));

    const auto rows = childRows(m_model, node);
    QCOMPARE(rows.value(QStringLiteral("service")), serviceAddress);
    QCOMPARE(rows.value(QStringLiteral("storage")), storageAddress);
    QVERIFY2(rows.value(QStringLiteral("SSH")).startsWith(ssh),
             qPrintable(rows.value(QStringLiteral("SSH"))));
}

void tst_MainWindow::networks_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("cidr");
    QTest::addColumn<QString>("cp1Address");

    QTest::newRow("service") << "service"
                             << "192.168.0.0/20"
                             << "192.168.8.11";
    QTest::newRow("storage") << "storage"
                             << "192.168.16.0/22"
                             << "192.168.18.11";
}

void tst_MainWindow::networks()
{
    QFETCH(QString, name);
    QFETCH(QString, cidr);
    QFETCH(QString, cp1Address);

    const QModelIndex group = m_model->groupIndex(Group::Networks);
    QCOMPARE(m_model->rowCount(group), 2);
    const QModelIndex network = childNamed(m_model, group, name);
    QVERIFY(network.isValid());
    QVERIFY2(text(network, 1).startsWith(cidr), qPrintable(text(network, 1)));
    // Every node has one interface on each network.
    QCOMPARE(m_model->rowCount(network), 7);
    QCOMPARE(childRows(m_model, network).value(QStringLiteral("cp-1")), cp1Address);
}

void tst_MainWindow::vips()
{
    const QModelIndex group = m_model->groupIndex(Group::Vips);
    const auto rows = childRows(m_model, group);
    QCOMPARE(rows.size(), 2);
    QVERIFY(rows.value(QStringLiteral("api")).contains(QStringLiteral("192.168.18.100")));
    QVERIFY(rows.value(QStringLiteral("api")).contains(QStringLiteral("keepalived")));
    QVERIFY(
        rows.value(QStringLiteral("lb")).contains(QStringLiteral("192.168.8.128-192.168.8.255")));
    QVERIFY(rows.value(QStringLiteral("lb")).contains(QStringLiteral("metallb")));

    const auto storage = childRows(m_model, m_model->groupIndex(Group::Storage));
    QVERIFY(storage.value(QStringLiteral("nas")).contains(QStringLiteral("nfs")));
}

void tst_MainWindow::hostsHoldTheirNodes()
{
    const Topology &topology = m_document->topology();
    const QModelIndex group = m_model->groupIndex(Group::Hosts);
    QSet<QString> placed;
    for (int row = 0; row < m_model->rowCount(group); ++row) {
        const QModelIndex host = m_model->index(row, 0, group);
        QStringList expected;
        if (kindOf(host) == ItemKind::Host) {
            for (const Node &node : topology.nodes) {
                if (node.host == text(host, 0))
                    expected << node.name;
            }
        } else {
            QCOMPARE(kindOf(host), ItemKind::Unplaced);
            for (const Node &node : topology.nodes) {
                if (topology.hostIndex(node.host) < 0)
                    expected << node.name;
            }
        }
        QStringList shown = childRows(m_model, host).keys();
        expected.sort();
        QCOMPARE(shown, expected);
        for (const QString &name : shown)
            placed.insert(name);
    }
    QCOMPARE(placed.size(), topology.nodes.size());
    // The seed puts cp-N and wk-N together on each Proxmox host.
    const QModelIndex prox02 = childNamed(m_model, group, QStringLiteral("unchama-sv-prox02"));
    QCOMPARE(text(prox02, 1), QStringLiteral("192.168.16.151"));
    QCOMPARE(childRows(m_model, prox02).keys(),
             (QStringList{QStringLiteral("cp-1"), QStringLiteral("wk-1")}));
}

void tst_MainWindow::clusterSettings()
{
    const auto rows = childRows(m_model, m_model->groupIndex(Group::Cluster));
    QCOMPARE(rows.size(), 8);
    const QStringList details = rows.values();
    for (const char *expected :
         {"v1.27.1", "10.128.0.0/16", "10.96.0.0/16", "cilium", "replaced", "stacked"}) {
        QVERIFY2(details.contains(QLatin1StringView(expected)), expected);
    }
    QVERIFY(details.filter(QStringLiteral("192.168.18.100")).size() == 1);
}

void tst_MainWindow::editsAreFollowed()
{
    const int index = m_document->topology().nodeIndex(QStringLiteral("wk-3"));
    QVERIFY(index >= 0);
    Node node = m_document->topology().nodes[index];
    node.name = QStringLiteral("wk-9");
    node.host = QStringLiteral("unchama-sv-prox02");
    m_document->setNode(index, node);

    const QModelIndex nodes = m_model->groupIndex(Group::Nodes);
    QVERIFY(childNamed(m_model, nodes, QStringLiteral("wk-9")).isValid());
    QVERIFY(!childNamed(m_model, nodes, QStringLiteral("wk-3")).isValid());
    const QModelIndex hosts = m_model->groupIndex(Group::Hosts);
    const auto onProx02
        = childRows(m_model, childNamed(m_model, hosts, QStringLiteral("unchama-sv-prox02")));
    QVERIFY(onProx02.contains(QStringLiteral("wk-9")));
    const auto onProx05
        = childRows(m_model, childNamed(m_model, hosts, QStringLiteral("unchama-sv-prox05")));
    QCOMPARE(onProx05.keys(), QStringList{QStringLiteral("cp-3")});

    m_document->removeNode(m_document->topology().nodeIndex(QStringLiteral("bastion")));
    // The model resets on edits: indexes from before are stale.
    QCOMPARE(m_model->rowCount(m_model->groupIndex(Group::Nodes)), 6);
    auto *counts = m_window->findChild<QLabel *>(QStringLiteral("countsLabel"));
    QVERIFY2(counts->text().contains(QStringLiteral("6")), qPrintable(counts->text()));

    Metadata metadata = m_document->topology().metadata;
    metadata.name = QStringLiteral("renamed-cluster");
    m_document->setMetadata(metadata);
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("renamed-cluster")));
    QCOMPARE(text(m_model->groupIndex(Group::Cluster), 1), QStringLiteral("renamed-cluster"));
}

void tst_MainWindow::badFileShowsDiagnostics()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("broken.cw.yaml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("apiVersion: clusterwright.dev/v1alpha1\nkind: ClusterTopology\nnodes: [\n");
    file.close();

    const Topology before = m_document->topology();
    QVERIFY(!m_window->openFile(path));
    QCOMPARE(m_document->topology(), before);
    QCOMPARE(m_document->filePath(), ExamplePath);

    auto *box = m_window->findChild<QMessageBox *>(QStringLiteral("loadErrorBox"));
    QVERIFY(box);
    QVERIFY(box->text().contains(QStringLiteral("broken.cw.yaml")));
    static const QRegularExpression location(QStringLiteral("broken\\.cw\\.yaml:\\d+:\\d+: "));
    QVERIFY2(box->informativeText().contains(location), qPrintable(box->informativeText()));
    box->close();
}

void tst_MainWindow::geometryIsRestored()
{
    m_window->resize(777, 555);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->close();

    MainWindow second(m_document.get());
    QCOMPARE(second.size(), QSize(777, 555));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
