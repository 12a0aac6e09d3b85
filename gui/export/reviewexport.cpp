// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "export/reviewexport.h"

#include "export/reviewpage.h"

#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QSaveFile>
#include <QScreen>
#include <QSvgGenerator>

#include <cmath>

namespace Clusterwright {

using namespace Qt::StringLiterals;

namespace {

constexpr qreal InchesPerMeter = 1 / 0.0254;
constexpr qreal PdfMarginMm = 10;

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QSize pixelSize(QSizeF size, qreal scale)
{
    return QSize(int(std::ceil(size.width() * scale)), int(std::ceil(size.height() * scale)));
}

} // namespace

int ReviewExport::dpi()
{
    // What QFontMetricsF without a device uses (qt_defaultDpiY): the canvas measured with it.
    if (QCoreApplication::testAttribute(Qt::AA_Use96Dpi))
        return 96;
    const QScreen *screen = QGuiApplication::primaryScreen();
    return screen ? qRound(screen->logicalDotsPerInchY()) : 96;
}

bool ReviewExport::writeSvg(const ReviewPage &page, const QString &path, QString *error)
{
    const QString where = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, tr("Cannot write %1: %2").arg(where, file.errorString()));
    QSvgGenerator generator;
    generator.setOutputDevice(&file);
    generator.setResolution(dpi());
    generator.setSize(pixelSize(page.size(), 1));
    generator.setViewBox(QRectF(QPointF(0, 0), page.size()));
    // Qt 6.4 writes both into the XML as they are: escape them here.
    generator.setTitle(page.title().toHtmlEscaped());
    generator.setDescription(page.description().toHtmlEscaped());
    QPainter painter;
    if (!painter.begin(&generator))
        return fail(error, tr("Cannot write %1: the SVG generator did not start").arg(where));
    page.paint(&painter);
    painter.end();
    if (!file.commit())
        return fail(error, tr("Cannot write %1: %2").arg(where, file.errorString()));
    return true;
}

qreal ReviewExport::maxPngScale(const ReviewPage &page)
{
    const qreal area = page.size().width() * page.size().height();
    return area > 0 ? std::sqrt(qreal(MaxPngPixels) / area) : DefaultPngScale;
}

bool ReviewExport::writePng(const ReviewPage &page, const QString &path, qreal scale,
                            QString *error)
{
    const QString where = QDir::toNativeSeparators(path);
    if (!(scale > 0) || scale > maxPngScale(page)) {
        return fail(error, tr("Cannot write %1: at scale %2 the image would exceed %3 "
                              "megapixels; use a scale of at most %4, or SVG or PDF")
                               .arg(where)
                               .arg(scale)
                               .arg(MaxPngPixels / 1'000'000)
                               .arg(std::floor(maxPngScale(page) * 100) / 100));
    }
    QImage image(pixelSize(page.size(), scale), QImage::Format_RGB32);
    if (image.isNull())
        return fail(error, tr("Cannot write %1: not enough memory for the image").arg(where));
    image.fill(Qt::white);
    // Painted at the logical DPI so text sizes match the layout...
    image.setDotsPerMeterX(qRound(dpi() * InchesPerMeter));
    image.setDotsPerMeterY(qRound(dpi() * InchesPerMeter));
    {
        QPainter painter(&image);
        painter.scale(scale, scale);
        page.paint(&painter);
    }
    // ...and saved at the scaled one, so viewers show it at its logical size.
    image.setDotsPerMeterX(qRound(dpi() * scale * InchesPerMeter));
    image.setDotsPerMeterY(qRound(dpi() * scale * InchesPerMeter));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, tr("Cannot write %1: %2").arg(where, file.errorString()));
    if (!image.save(&file, "PNG"))
        return fail(error, tr("Cannot write %1: PNG encoding failed").arg(where));
    if (!file.commit())
        return fail(error, tr("Cannot write %1: %2").arg(where, file.errorString()));
    return true;
}

bool ReviewExport::writePdf(const ReviewPage &page, const QString &path, const QPageSize &paper,
                            QString *error)
{
    const QString where = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, tr("Cannot write %1: %2").arg(where, file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setResolution(dpi());
        writer.setPageLayout(
            QPageLayout(paper, QPageLayout::Landscape,
                        QMarginsF(PdfMarginMm, PdfMarginMm, PdfMarginMm, PdfMarginMm),
                        QPageLayout::Millimeter));
        writer.setTitle(page.title());
        writer.setCreator(u"Clusterwright "_s + QStringLiteral(CW_VERSION));
        QPainter painter;
        if (!painter.begin(&writer))
            return fail(error, tr("Cannot write %1: the PDF writer did not start").arg(where));
        const QRect paintRect = writer.pageLayout().paintRectPixels(writer.resolution());
        page.paint(&painter, QRectF(QPointF(0, 0), paintRect.size()));
        painter.end();
    }
    if (!file.commit())
        return fail(error, tr("Cannot write %1: %2").arg(where, file.errorString()));
    return true;
}

bool ReviewExport::print(const ReviewPage &page, QPrinter *printer, QString *error)
{
    printer->setResolution(dpi());
    printer->setDocName(page.title());
    QPainter painter;
    if (!painter.begin(printer))
        return fail(error, tr("The printer could not be started."));
    const QRectF target(QPointF(0, 0), printer->pageRect(QPrinter::DevicePixel).size());
    page.paint(&painter, target);
    return painter.end() || fail(error, tr("Printing failed."));
}

QPageSize ReviewExport::defaultPaper()
{
    const QLocale::Territory country = QLocale::system().territory();
    const bool letter = QLocale::system().measurementSystem() == QLocale::ImperialUSSystem
                        || country == QLocale::Canada || country == QLocale::Mexico;
    return QPageSize(letter ? QPageSize::Letter : QPageSize::A4);
}

} // namespace Clusterwright
