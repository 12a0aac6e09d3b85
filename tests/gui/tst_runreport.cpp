// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
// The deploy dashboard's run report carries a picture of the design, in HTML and PDF.
#include "dashboardrecording.h"
#include "exportfixture.h"

#include "app/mainwindow.h"
#include "dashboard/dashboardwidget.h"
#include "dashboard/runmodel.h"
#include "export/diagramimage.h"

#include <QDir>
#include <QGraphicsItem>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace Clusterwright;
using namespace Qt::StringLiterals;
using DashboardRecording::Batch;
using DashboardRecording::recordRun;
using ExportTest::readAll;
using ExportTest::SeichiPath;

namespace {

struct EmbeddedImage
{
    int count = 0; // data: PNG images in the page
    QString alt;
    QImage image;
};

EmbeddedImage embeddedImage(const QString &html)
{
    EmbeddedImage found;
    static const QRegularExpression img(
        u"<img src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\" alt=\"([^\"]*)\""_s);
    auto it = img.globalMatch(html);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        if (found.count++ == 0) {
            found.alt = match.captured(2);
            found.image.loadFromData(QByteArray::fromBase64(match.captured(1).toLatin1()), "PNG");
        }
    }
    return found;
}

// A drawing, not a blank or flat box: plenty of distinct colours.
int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < rgb.height(); y += 2) {
        for (int x = 0; x < rgb.width(); x += 2)
            colours.insert(rgb.pixel(x, y));
    }
    return int(colours.size());
}

} // namespace

class tst_RunReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void diagramIsCleanAndLight();
    void htmlEmbedsDiagram();
    void withoutProviderNoPicture();
    void pdfShowsDiagram();
    void mainWindowProvidesDiagram();

private:
    QString exportHtml(const QString &name);
    void feed(DashboardWidget *dashboard, const QString &journal);

    std::unique_ptr<ExportTest::Design> m_design;
    Plan m_plan;
    QTemporaryDir m_dir;
    std::unique_ptr<DashboardWidget> m_dashboard;
    qint64 m_clock = 0;
};

void tst_RunReport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"Clusterwright"_s);
    QCoreApplication::setApplicationName(u"tst_runreport"_s);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    m_design = ExportTest::loadDesign(SeichiPath);
    QVERIFY(m_design);
    const PlanResult planned = buildPlan(m_design->document.topology());
    QVERIFY(planned.ok());
    m_plan = *planned.plan;
}

void tst_RunReport::init()
{
    m_clock = 0;
    m_dashboard = std::make_unique<DashboardWidget>();
    m_dashboard->model()->setClock([this] { return m_clock; });
    // A design path in the temporary directory keeps the run history out of resources/.
    m_dashboard->setDesign(m_design->document.topology(),
                           m_dir.filePath(u"seichi-onp-k8s.cw.yaml"_s));
    feed(m_dashboard.get(), m_dir.filePath(u"%1/journal-1.jsonl"_s.arg(
                                QLatin1StringView(QTest::currentTestFunction()))));
}

void tst_RunReport::cleanup()
{
    m_dashboard.reset();
}

void tst_RunReport::feed(DashboardWidget *dashboard, const QString &journal)
{
    for (const Batch &b : recordRun(m_plan, u"wk-3/join"_s, journal)) {
        m_clock = b.atMs;
        if (const auto *run = std::get_if<RunStarted>(&b.events.first()))
            dashboard->beginRun(*run, false, &m_plan);
        else
            dashboard->addEvents(b.events);
    }
    dashboard->refreshNow();
}

QString tst_RunReport::exportHtml(const QString &name)
{
    QString error;
    const QString path = m_dir.filePath(name);
    if (!m_dashboard->exportReport(path, &error))
        return u"export failed: "_s + error;
    return QString::fromUtf8(readAll(path));
}

void tst_RunReport::diagramIsCleanAndLight()
{
    DesignScene &scene = m_design->scene;
    QGraphicsItem *selected = nullptr;
    for (QGraphicsItem *item : scene.items()) {
        if (item->flags() & QGraphicsItem::ItemIsSelectable) {
            selected = item;
            break;
        }
    }
    QVERIFY(selected);
    selected->setSelected(true);
    const QPalette before = scene.palette();

    const QImage image = renderDiagramImage(&scene);
    QVERIFY(!image.isNull());
    const QSizeF logical = image.deviceIndependentSize();
    const QRectF items = scene.itemsBoundingRect();
    QVERIFY2(qAbs(logical.width() - (items.width() + 32)) < 2,
             qPrintable(u"%1 vs %2"_s.arg(logical.width()).arg(items.width())));
    QVERIFY(image.width() <= 2400 && image.height() <= 1800);
    QVERIFY(image.width() >= 400 && image.height() >= 200);
    QVERIFY2(distinctColours(image) > 50, qPrintable(QString::number(distinctColours(image))));
    // Light background whatever the theme; the scene is left as it was.
    QCOMPARE(QColor(image.pixel(1, 1)), QColor(Qt::white));
    QVERIFY(selected->isSelected());
    QCOMPARE(scene.palette(), before);
    selected->setSelected(false);

    QVERIFY(renderDiagramImage(nullptr).isNull());
    QVERIFY(renderDiagramImage(&scene, QSize(0, 0)).isNull());
    // Tight budgets are respected.
    const QImage small = renderDiagramImage(&scene, QSize(300, 300));
    QVERIFY(!small.isNull());
    QVERIFY(small.width() <= 300 && small.height() <= 300);
}

void tst_RunReport::htmlEmbedsDiagram()
{
    const QImage rendered = renderDiagramImage(&m_design->scene);
    int calls = 0;
    m_dashboard->setDiagramProvider([this, &calls] {
        ++calls;
        return renderDiagramImage(&m_design->scene);
    });
    const QString html = exportHtml(u"with-diagram.html"_s);
    QCOMPARE(calls, 1);
    const EmbeddedImage embedded = embeddedImage(html);
    QCOMPARE(embedded.count, 1);
    QVERIFY(embedded.alt.contains(u"seichi-onp-k8s.cw.yaml"_s));
    QVERIFY(!embedded.image.isNull());
    QCOMPARE(embedded.image.size(), rendered.size());
    QVERIFY(distinctColours(embedded.image) > 50);
    // Pixel for pixel what was drawn (a PNG keeps no device pixel ratio).
    QImage expected = rendered.convertToFormat(QImage::Format_RGB32);
    expected.setDevicePixelRatio(1);
    QCOMPARE(embedded.image.convertToFormat(QImage::Format_RGB32), expected);
    // Self-contained: no other file is referenced.
    QVERIFY(!html.contains(u"src=\"file:"_s) && !html.contains(u"src=\"http"_s));
    // The rest of the report is still there.
    QVERIFY(html.contains(u"<td>wk-3</td>"_s));
    QVERIFY(html.contains(u"wk-3/join"_s));
}

void tst_RunReport::withoutProviderNoPicture()
{
    // A journal opened from the history without a canvas: no picture, nothing broken.
    QString html = exportHtml(u"no-provider.html"_s);
    QVERIFY2(html.contains(u"<td>wk-3</td>"_s), qPrintable(html.left(200)));
    QVERIFY(!html.contains(u"<img"_s));
    // A provider with nothing to draw behaves the same.
    m_dashboard->setDiagramProvider([] { return QImage(); });
    html = exportHtml(u"empty-provider.html"_s);
    QVERIFY(html.contains(u"<td>wk-3</td>"_s));
    QVERIFY(!html.contains(u"<img"_s));
}

void tst_RunReport::pdfShowsDiagram()
{
    QString error;
    const QString plain = m_dir.filePath(u"plain.pdf"_s);
    QVERIFY2(m_dashboard->exportReport(plain, &error), qPrintable(error));
    m_dashboard->setDiagramProvider([this] { return renderDiagramImage(&m_design->scene); });
    const QString pictured = m_dir.filePath(u"pictured.pdf"_s);
    QVERIFY2(m_dashboard->exportReport(pictured, &error), qPrintable(error));

    const QByteArray without = readAll(plain);
    const QByteArray with = readAll(pictured);
    QVERIFY(without.startsWith("%PDF-"));
    QVERIFY(with.startsWith("%PDF-"));
    // QTextDocument resolved the data: URI: the PDF holds an image XObject.
    QVERIFY(!without.contains("/Subtype /Image"));
    QVERIFY(with.contains("/Subtype /Image"));
    QVERIFY2(with.size() > without.size() + 10'000,
             qPrintable(u"%1 vs %2"_s.arg(with.size()).arg(without.size())));
}

void tst_RunReport::mainWindowProvidesDiagram()
{
    TopologyDocument document;
    MainWindow window(&document);
    QVERIFY(window.openFile(SeichiPath));
    DashboardWidget *dashboard = window.dashboard();
    QVERIFY(dashboard);
    dashboard->model()->setClock([this] { return m_clock; });
    feed(dashboard, m_dir.filePath(u"window/journal-1.jsonl"_s));

    QString error;
    const QString path = m_dir.filePath(u"window-report.html"_s);
    QVERIFY2(dashboard->exportReport(path, &error), qPrintable(error));
    const QString html = QString::fromUtf8(readAll(path));
    const EmbeddedImage embedded = embeddedImage(html);
    QCOMPARE(embedded.count, 1);
    QVERIFY(!embedded.image.isNull());
    QVERIFY(embedded.image.width() >= 400 && embedded.image.height() >= 200);
    QVERIFY(distinctColours(embedded.image) > 50);
    // The window's own canvas, as the review export draws it.
    QCOMPARE(embedded.image.size(), renderDiagramImage(window.scene()).size());
    // For a look at what the report shows, next to tst_dashboard's screenshots.
    QVERIFY(embedded.image.save(
        QDir(QStringLiteral(CW_BINARY_DIR)).filePath(u"run-report-diagram.png"_s)));
    window.editor()->undoStack()->setClean();
}

QTEST_MAIN(tst_RunReport)
#include "tst_runreport.moc"
