// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
// The review page export: SVG that parses and says what the design is, PNG of the right size
// with a picture in it, vector PDF, the light palette whatever the theme, and failures that
// leave no file behind. Printing and the window: tst_exportprint.
#include "exportfixture.h"

#include "canvas/designitem.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QPainter>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTest>

#include <cmath>

using namespace Clusterwright;
using namespace Clusterwright::ExportTest;
using namespace Qt::StringLiterals;

namespace {

QPalette darkPalette()
{
    QPalette dark;
    for (auto role : {QPalette::Window, QPalette::Base, QPalette::AlternateBase, QPalette::Button})
        dark.setColor(role, QColor(0x20, 0x22, 0x25));
    for (auto role : {QPalette::Text, QPalette::WindowText, QPalette::ButtonText})
        dark.setColor(role, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Mid, QColor(0x60, 0x60, 0x60));
    dark.setColor(QPalette::Highlight, QColor(0xff, 0x80, 0x00));
    return dark;
}

} // namespace

class tst_Export : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void svgSaysWhatTheDesignIs_data();
    void svgSaysWhatTheDesignIs();
    void svgEscapesUserText();
    void emptyDesignStillExports();
    void pngHasScaleAndPicture();
    void pdfIsVectorLandscape();
    void lightPaletteAndNoSelection();
    void failureLeavesNothingBehind();
};

void tst_Export::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"Clusterwright"_s);
    QCoreApplication::setApplicationName(u"tst_export"_s);
    QSettings().clear();
}

void tst_Export::svgSaysWhatTheDesignIs_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(CW_EXAMPLES_DIR));
    const auto files = dir.entryList({u"*.cw.yaml"_s}, QDir::Files, QDir::Name);
    QVERIFY(files.contains(u"seichi-onp-k8s.cw.yaml"_s));
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << dir.filePath(file);
}

void tst_Export::svgSaysWhatTheDesignIs()
{
    QFETCH(QString, path);
    const auto design = loadDesign(path);
    QVERIFY(design);
    const Topology &t = design->document.topology();
    const ReviewPage page(&design->scene, FixedTime);
    QTemporaryDir dir;
    const QString out = dir.filePath(u"review.svg"_s);
    QString error;
    QVERIFY2(ReviewExport::writeSvg(page, out, &error), qPrintable(error));

    const SvgContent svg = parseSvg(readAll(out));
    QVERIFY2(svg.error.isEmpty(), qPrintable(svg.error));
    QVERIFY2(svg.title.contains(t.metadata.name), qPrintable(svg.title));
    QCOMPARE(svg.images, 0); // vector: no embedded bitmaps
    QVERIFY(svg.text.contains(t.metadata.name));
    QVERIFY(svg.text.contains(QFileInfo(path).fileName()));
    QVERIFY(svg.text.contains(t.cluster.kubernetesVersion));
    QVERIFY(svg.text.contains(u"2026-01-02"_s));
    for (const Node &node : t.nodes)
        QVERIFY2(svg.text.contains(node.name), qPrintable(node.name));
    for (const Network &network : t.networks) {
        QVERIFY2(svg.text.contains(network.name), qPrintable(network.name));
        QVERIFY2(svg.text.contains(network.cidr), qPrintable(network.cidr));
    }
    QVERIFY(svg.text.contains(u"Fault tolerance"_s));
    QVERIFY(svg.text.contains(u"Node failures survived"_s));
    QVERIFY(svg.text.contains(u"Validation findings"_s));
    QVERIFY(svg.text.contains(QRegularExpression(u"\\d+ errors?"_s)));

    // Qt's own renderer takes it, at the page's size, and draws the same picture as the PNG.
    QSvgRenderer renderer(out);
    QVERIFY(renderer.isValid());
    const QSizeF viewBox = renderer.viewBoxF().size(); // written with a few digits
    QVERIFY(qAbs(viewBox.width() - page.size().width()) < 0.5
            && qAbs(viewBox.height() - page.size().height()) < 0.5);
    QImage drawn(renderer.viewBox().size(), QImage::Format_RGB32);
    drawn.fill(Qt::white);
    QPainter painter(&drawn);
    renderer.render(&painter);
    painter.end();
    if (const QString shots = qEnvironmentVariable("CW_SCREENSHOT_DIR"); !shots.isEmpty())
        drawn.save(QDir(shots).filePath(QFileInfo(path).baseName() + u"-svg.png"_s));
    const qreal svgInk = inkShare(drawn);
    const qreal pngInk = inkShare(renderPng(page, dir, u"review.png"_s, 1));
    QVERIFY2(qAbs(svgInk - pngInk) < 0.25 * pngInk,
             qPrintable(u"%1 vs %2"_s.arg(svgInk).arg(pngInk)));
}

void tst_Export::svgEscapesUserText()
{
    Topology t;
    t.metadata.name = u"lab <1> & co"_s; // not a valid name, but the page must not care
    t.metadata.description = u"Tom & Jerry's <lab> \"quoted\""_s;
    t.networks << Network{u"lan"_s, u"10.0.0.0/24"_s, u"10.0.0.1"_s, 12, {}, {}};
    Design design(t);
    const ReviewPage page(&design.scene, FixedTime);
    QTemporaryDir dir;
    const QString out = dir.filePath(u"lab.svg"_s);
    QString error;
    QVERIFY2(ReviewExport::writeSvg(page, out, &error), qPrintable(error));
    const SvgContent svg = parseSvg(readAll(out));
    QVERIFY2(svg.error.isEmpty(), qPrintable(svg.error));
    QVERIFY2(svg.title.contains(t.metadata.name), qPrintable(svg.title));
    QVERIFY(svg.text.contains(t.metadata.description));
    QVERIFY(svg.text.contains(u"10.0.0.1"_s)); // the gateway column
    QVERIFY(svg.text.contains(u"12"_s));       // the VLAN column
}

void tst_Export::emptyDesignStillExports()
{
    Design design{Topology()};
    const ReviewPage page(&design.scene, FixedTime);
    QVERIFY(page.size().width() > 0 && page.size().height() > 0);
    QTemporaryDir dir;
    QString error;
    QVERIFY2(ReviewExport::writeSvg(page, dir.filePath(u"empty.svg"_s), &error), qPrintable(error));
    const SvgContent svg = parseSvg(readAll(dir.filePath(u"empty.svg"_s)));
    QVERIFY2(svg.error.isEmpty(), qPrintable(svg.error));
    QVERIFY(svg.text.contains(u"Untitled design"_s));
    QVERIFY(svg.text.contains(u"no objects"_s));
    QVERIFY(svg.text.contains(u"no etcd members"_s));
}

void tst_Export::pngHasScaleAndPicture()
{
    const auto design = loadDesign(SeichiPath);
    QVERIFY(design);
    const ReviewPage page(&design->scene, FixedTime);
    QTemporaryDir dir;
    const QImage twice = renderPng(page, dir, u"x2.png"_s);
    const QImage once = renderPng(page, dir, u"x1.png"_s, 1);
    QVERIFY(!twice.isNull() && !once.isNull());
    QCOMPARE(twice.size(), QSize(int(std::ceil(page.size().width() * 2)),
                                 int(std::ceil(page.size().height() * 2))));
    QCOMPARE(once.size(),
             QSize(int(std::ceil(page.size().width())), int(std::ceil(page.size().height()))));
    // Viewers show the 2x image at its logical size.
    QCOMPARE(qRound(twice.dotsPerMeterX() * 0.0254), 2 * ReviewExport::dpi());

    // White paper with a drawing on it: the corner is background, and there is ink,
    // including the colours of the role chips.
    QCOMPARE(twice.pixel(2, 2) & 0xffffff, 0xffffffu);
    const qreal ink = inkShare(twice);
    QVERIFY2(ink > 0.03 && ink < 0.6, qPrintable(QString::number(ink)));
    bool colourful = false;
    for (int y = 0; y < twice.height() && !colourful; y += 3) {
        for (int x = 0; x < twice.width() && !colourful; x += 3) {
            const QColor c = twice.pixelColor(x, y);
            colourful = c.hsvSaturation() > 120 && c.value() > 80;
        }
    }
    QVERIFY(colourful);

    // Too large for the pixel budget: refused with the scale that would fit.
    QString error;
    QVERIFY(!ReviewExport::writePng(page, dir.filePath(u"huge.png"_s),
                                    ReviewExport::maxPngScale(page) * 1.5, &error));
    QVERIFY2(error.contains(u"at most"_s), qPrintable(error));
    QVERIFY(!QFile::exists(dir.filePath(u"huge.png"_s)));
}

void tst_Export::pdfIsVectorLandscape()
{
    const auto design = loadDesign(SeichiPath);
    QVERIFY(design);
    const ReviewPage page(&design->scene, FixedTime);
    QTemporaryDir dir;
    QString error;
    for (auto paper : {QPageSize::A4, QPageSize::Letter}) {
        const QString out = dir.filePath(u"review-%1.pdf"_s.arg(int(paper)));
        QVERIFY2(ReviewExport::writePdf(page, out, QPageSize(paper), &error), qPrintable(error));
        const QByteArray pdf = readAll(out);
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.trimmed().endsWith("%%EOF"));
        QVERIFY(!pdf.contains("/Subtype /Image"));
        const QRegularExpression box(u"/MediaBox \\[0 0 ([\\d.]+) ([\\d.]+)\\]"_s);
        const auto match = box.match(QString::fromLatin1(pdf));
        QVERIFY(match.hasMatch());
        const QSizeF expected = QPageSize(paper).size(QPageSize::Point).transposed();
        QCOMPARE(qRound(match.captured(1).toDouble()), qRound(expected.width()));
        QCOMPARE(qRound(match.captured(2).toDouble()), qRound(expected.height()));
    }
}

void tst_Export::lightPaletteAndNoSelection()
{
    const auto design = loadDesign(SeichiPath);
    QVERIFY(design);
    DesignScene &scene = design->scene;
    QTemporaryDir dir;
    const QImage plain = renderPng(ReviewPage(&scene, FixedTime), dir, u"plain.png"_s, 1);
    QVERIFY(!plain.isNull());

    // A dark desktop and a selection on the canvas change nothing on paper...
    const QPalette original = QApplication::palette();
    QApplication::setPalette(darkPalette());
    // In selectedObjects()' reading order: networks before nodes.
    const QList<ObjectRef> selection{{ObjectKind::Network, u"storage"_s, 1},
                                     {ObjectKind::Node, u"cp-1"_s, 0}};
    scene.selectObjects(selection);
    QCOMPARE(scene.selectedObjects().size(), 2);
    QSignalSpy selectionSpy(&scene, &QGraphicsScene::selectionChanged);
    const QImage themed = renderPng(ReviewPage(&scene, FixedTime), dir, u"themed.png"_s, 1);
    const QPalette sceneAfter = scene.palette();
    QApplication::setPalette(original);
    QVERIFY(!themed.isNull());
    QVERIFY(themed == plain);

    // ...and the canvas gets its selection and theme back without noticing.
    QCOMPARE(selectionSpy.count(), 0);
    QCOMPARE(scene.selectedObjects(), selection);
    QCOMPARE(sceneAfter.color(QPalette::Base), darkPalette().color(QPalette::Base));
    QCOMPARE(scene.palette().color(QPalette::Base), original.color(QPalette::Base));
    const auto items = scene.items();
    for (QGraphicsItem *item : items) {
        if (auto *designItem = dynamic_cast<DesignItem *>(item);
            designItem && designItem->objectKind() == ObjectKind::Node)
            QVERIFY(item->cacheMode() == QGraphicsItem::DeviceCoordinateCache);
    }
}

void tst_Export::failureLeavesNothingBehind()
{
    const auto design = loadDesign(SeichiPath);
    QVERIFY(design);
    const ReviewPage page(&design->scene, FixedTime);
    QTemporaryDir dir;
    const QString missing = dir.filePath(u"no-such-folder/review"_s);
    QString error;
    QVERIFY(!ReviewExport::writeSvg(page, missing + u".svg"_s, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(missing + u".svg"_s)), qPrintable(error));
    QVERIFY(!ReviewExport::writePng(page, missing + u".png"_s, 2, &error));
    QVERIFY(!ReviewExport::writePdf(page, missing + u".pdf"_s, QPageSize(QPageSize::A4), &error));
    // A folder where the file should go.
    QVERIFY(QDir(dir.path()).mkdir(u"taken.pdf"_s));
    QVERIFY(!ReviewExport::writePdf(page, dir.filePath(u"taken.pdf"_s), QPageSize(QPageSize::A4),
                                    &error));
    QVERIFY2(error.contains(u"taken.pdf"_s), qPrintable(error));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
             QStringList{u"taken.pdf"_s});
    QVERIFY(QDir(dir.filePath(u"taken.pdf"_s)).isEmpty());

    // A good file stays as it was when the new one cannot be written over it.
    const QString kept = dir.filePath(u"kept.svg"_s);
    QVERIFY(ReviewExport::writeSvg(page, kept, &error));
    const QByteArray before = readAll(kept);
    QVERIFY(!ReviewExport::writePng(page, kept, ReviewExport::maxPngScale(page) * 2, &error));
    QCOMPARE(readAll(kept), before);
}

QTEST_MAIN(tst_Export)
#include "tst_export.moc"
