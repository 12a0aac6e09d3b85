// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
// Export and print in the window: the File menu entries, what the actions do after the
// file dialog, printing and the print preview.
#include "exportfixture.h"

#include "app/mainwindow.h"
#include "export/exportactions.h"

#include <QAction>
#include <QDir>
#include <QMenu>
#include <QMessageBox>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Clusterwright;
using namespace Clusterwright::ExportTest;
using namespace Qt::StringLiterals;

class tst_ExportPrint : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void printerGetsThePage();
    void printPreviewShowsOnePage();
    void windowMenuAndActions();
};

void tst_ExportPrint::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"Clusterwright"_s);
    QCoreApplication::setApplicationName(u"tst_exportprint"_s);
    QSettings().clear();
}

void tst_ExportPrint::printerGetsThePage()
{
    const auto design = loadDesign(SeichiPath);
    QVERIFY(design);
    const ReviewPage page(&design->scene, FixedTime);
    QTemporaryDir dir;
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir.filePath(u"printed.pdf"_s));
    printer.setPageOrientation(QPageLayout::Landscape);
    QString error;
    QVERIFY2(ReviewExport::print(page, &printer, &error), qPrintable(error));
    QCOMPARE(printer.resolution(), ReviewExport::dpi());
    const QByteArray pdf = readAll(dir.filePath(u"printed.pdf"_s));
    QVERIFY(pdf.startsWith("%PDF-"));
    const QRegularExpression pageObject(u"/Type\\s*/Page\\b"_s); // /Page, not /Pages
    int pages = 0;
    for (auto it = pageObject.globalMatch(QString::fromLatin1(pdf)); it.hasNext(); it.next())
        ++pages;
    QCOMPARE(pages, 1);
    QVERIFY(!pdf.contains("/Subtype /Image"));
    QVERIFY2(pdf.size() > 10'000,
             qPrintable(QString::number(pdf.size()))); // a drawing, not a blank
}

void tst_ExportPrint::printPreviewShowsOnePage()
{
    const auto design = loadDesign(SeichiPath);
    QVERIFY(design);
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintPreviewWidget preview(&printer);
    int painted = 0;
    connect(&preview, &QPrintPreviewWidget::paintRequested, this, [&](QPrinter *target) {
        ++painted;
        QVERIFY(ReviewExport::print(ReviewPage(&design->scene, FixedTime), target));
    });
    preview.resize(900, 700);
    preview.show();
    preview.updatePreview();
    QVERIFY(painted > 0);
    QCOMPARE(preview.pageCount(), 1);
    // The page shows up with the review on it (white paper with ink, on the grey desk).
    const QImage shot = preview.grab().toImage();
    if (const QString dir = qEnvironmentVariable("CW_SCREENSHOT_DIR"); !dir.isEmpty())
        shot.save(QDir(dir).filePath(u"print-preview.png"_s));
    const qreal ink = inkShare(shot);
    QVERIFY2(ink > 0.05 && ink < 0.98, qPrintable(QString::number(ink)));
}

void tst_ExportPrint::windowMenuAndActions()
{
    TopologyDocument document;
    MainWindow window(&document);
    QVERIFY(window.openFile(SeichiPath));
    auto *actions = window.findChild<ExportActions *>();
    QVERIFY(actions);

    // In the File menu with shortcuts and tooltips.
    QAction *pdf = actions->exportAction(ExportActions::Format::Pdf);
    QCOMPARE(pdf->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
    QCOMPARE(actions->printAction()->shortcut(), QKeySequence(QKeySequence::Print));
    for (QAction *action : {pdf, actions->exportAction(ExportActions::Format::Svg),
                            actions->exportAction(ExportActions::Format::Png),
                            actions->printAction(), actions->printPreviewAction()}) {
        QVERIFY(!action->toolTip().isEmpty());
        QVERIFY2(!action->associatedObjects().isEmpty(), qPrintable(action->text()));
    }
    auto *exportMenu = window.findChild<QMenu *>(u"exportMenu"_s);
    QVERIFY(exportMenu);
    QCOMPARE(exportMenu->actions().size(), 3);

    // What the actions do after the file dialog.
    QTemporaryDir dir;
    QSignalSpy messages(actions, &ExportActions::message);
    const QString png = dir.filePath(u"window.png"_s);
    QVERIFY(actions->exportTo(ExportActions::Format::Png, png));
    QVERIFY(!QImage(png).isNull());
    QCOMPARE(messages.count(), 1);
    QVERIFY(messages.first().first().toString().contains(u"window.png"_s));

    const QString bad = dir.filePath(u"missing/window.svg"_s);
    QVERIFY(!actions->exportTo(ExportActions::Format::Svg, bad));
    auto *box = window.findChild<QMessageBox *>(u"exportErrorBox"_s);
    QVERIFY(box);
    QVERIFY2(box->text().contains(QDir::toNativeSeparators(bad)), qPrintable(box->text()));
    box->close();
    QVERIFY(!QFile::exists(bad));
}

QTEST_MAIN(tst_ExportPrint)
#include "tst_exportprint.moc"
