// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
// Renders the example designs offscreen and checks the picture's structure: cards do not
// overlap, links end on their bus, host frames hold their nodes. With CW_SCREENSHOT_DIR set,
// also writes each rendering there for a look by eye.
#include "app/mainwindow.h"
#include "canvas/designscene.h"
#include "canvas/designview.h"
#include "canvas/hostframeitem.h"
#include "canvas/linkitem.h"
#include "canvas/networkitem.h"
#include "canvas/nodeitem.h"
#include "edit/designeditor.h"
#include "format/topologyformat.h"
#include "model/topologydocument.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace Clusterwright;

class tst_CanvasRender : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void examples_data();
    void examples();
    void window_data();
    void window();
    void darkPalette();
};

void tst_CanvasRender::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Clusterwright"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_canvasrender"));
    QSettings().clear();
}

void tst_CanvasRender::examples_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(CW_EXAMPLES_DIR));
    const auto files = dir.entryList({QStringLiteral("*.cw.yaml")}, QDir::Files, QDir::Name);
    QVERIFY(!files.isEmpty());
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << dir.filePath(file);
}

void tst_CanvasRender::examples()
{
    QFETCH(QString, path);
    const LoadResult result = loadTopologyFile(path);
    QVERIFY(result.ok());
    TopologyDocument document;
    document.reset(*result.topology);
    DesignEditor editor(&document);
    DesignScene scene(&editor);
    const Topology &t = document.topology();

    // No two cards overlap.
    for (int i = 0; i < t.nodes.size(); ++i) {
        const QRectF a = scene.itemFor(ObjectKind::Node, i)->sceneBoundingRect();
        for (int j = i + 1; j < t.nodes.size(); ++j) {
            const QRectF b = scene.itemFor(ObjectKind::Node, j)->sceneBoundingRect();
            QVERIFY2(!a.adjusted(3, 3, -3, -3).intersects(b),
                     qPrintable(t.nodes[i].name + u' ' + t.nodes[j].name));
        }
    }
    // Each interface's link ends on its network's bus; each host frame holds its nodes.
    for (int i = 0; i < t.nodes.size(); ++i) {
        const auto &links = scene.linksOf(i);
        QCOMPARE(links.size(), t.nodes[i].interfaces.size());
        for (int k = 0; k < links.size(); ++k) {
            const int network = t.networkIndex(t.nodes[i].interfaces[k].network);
            QCOMPARE(links[k]->geometry().network, network);
            auto *bus = static_cast<NetworkItem *>(scene.itemFor(ObjectKind::Network, network));
            QCOMPARE(links[k]->geometry().busEnd.y(), bus->busY());
            QVERIFY(bus->hitsBus(links[k]->geometry().busEnd));
        }
        const int host = t.hostIndex(t.nodes[i].host);
        if (host >= 0) {
            auto *frame = static_cast<HostFrameItem *>(scene.itemFor(ObjectKind::Host, host));
            QVERIFY(frame->frame().contains(
                scene.itemFor(ObjectKind::Node, i)->sceneBoundingRect().adjusted(2, 2, -2, -2)));
        }
    }

    DesignView view(&scene);
    view.resize(1400, 900);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.zoomToFit();
    const QImage image = view.grab().toImage();
    QVERIFY(!image.isNull());
    if (const QString dir = qEnvironmentVariable("CW_SCREENSHOT_DIR"); !dir.isEmpty()) {
        const QString name = QFileInfo(path).fileName().section(u'.', 0, 0);
        QVERIFY(image.save(
            QDir(dir).filePath(QStringLiteral("canvas-") + name + QStringLiteral(".png"))));
        // The drawing alone at 100%, cropped to the design, as for the README.
        view.resetZoom();
        const QRectF source = scene.itemsBoundingRect().adjusted(-24, -24, 24, 24);
        const QRect target = view.mapFromScene(source).boundingRect();
        view.centerOn(source.center());
        QImage tight(source.size().toSize() * 2, QImage::Format_ARGB32_Premultiplied);
        tight.setDevicePixelRatio(2);
        tight.fill(view.palette().color(QPalette::Window));
        QPainter painter(&tight);
        view.render(&painter, QRectF(QPointF(0, 0), source.size()),
                    view.mapFromScene(source).boundingRect());
        painter.end();
        Q_UNUSED(target);
        QVERIFY(tight.save(
            QDir(dir).filePath(QStringLiteral("scene-") + name + QStringLiteral(".png"))));
    }
}

void tst_CanvasRender::window_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("seichi") << QStringLiteral("seichi-onp-k8s");
    QTest::newRow("gentoo") << QStringLiteral("gentoo-keepalived");
}

void tst_CanvasRender::window()
{
    QFETCH(QString, name);
    const QString path = QStringLiteral(CW_EXAMPLES_DIR "/") + name + QStringLiteral(".cw.yaml");
    TopologyDocument document;
    MainWindow window(&document);
    window.resize(1500, 900);
    QVERIFY(window.openFile(path));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(600); // fit-to-view and the first validation run
    window.scene()->selectObjects(
        {ObjectRef{ObjectKind::Node, document.topology().nodes.first().name, 0}});
    QTest::qWait(50);
    if (const QString dir = qEnvironmentVariable("CW_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(window.grab().save(
            QDir(dir).filePath(QStringLiteral("window-") + name + QStringLiteral(".png"))));
}

void tst_CanvasRender::darkPalette()
{
    // A dark theme: cards, labels and frames take their colours from the palette.
    const QPalette light = QApplication::palette();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x36));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Mid, QColor(0x60, 0x60, 0x60));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xe0));
    QApplication::setPalette(dark);

    const LoadResult result
        = loadTopologyFile(QStringLiteral(CW_EXAMPLES_DIR "/gentoo-keepalived.cw.yaml"));
    TopologyDocument document;
    document.reset(*result.topology);
    DesignEditor editor(&document);
    DesignScene scene(&editor);
    DesignView view(&scene);
    view.resize(1200, 900);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.zoomToFit();
    const QImage image = view.grab().toImage();
    // The card behind a node's name is the dark base colour, not white.
    const QPoint card = view.mapFromScene(
        scene.itemFor(ObjectKind::Node, 0)->sceneBoundingRect().center() + QPointF(60, 20));
    QVERIFY2(qGray(image.pixel(card * image.devicePixelRatio())) < 80,
             qPrintable(QColor(image.pixel(card)).name()));
    if (const QString dir = qEnvironmentVariable("CW_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(image.save(QDir(dir).filePath(QStringLiteral("dark-gentoo.png"))));
    QApplication::setPalette(light);
}

QTEST_MAIN(tst_CanvasRender)
#include "tst_canvasrender.moc"
