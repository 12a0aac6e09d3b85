// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "export/exportactions.h"

#include "canvas/makeaction.h"

#include "canvas/designscene.h"
#include "edit/designeditor.h"
#include "export/reviewexport.h"
#include "export/reviewpage.h"
#include "model/topologydocument.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QScreen>
#include <QSettings>

#include <algorithm>

namespace Clusterwright {

using namespace Qt::StringLiterals;

namespace {

const QString LastDirKey = u"Export/lastDirectory"_s;

QString suffix(ExportActions::Format format)
{
    switch (format) {
    case ExportActions::Format::Svg:
        return u".svg"_s;
    case ExportActions::Format::Png:
        return u".png"_s;
    case ExportActions::Format::Pdf:
        return u".pdf"_s;
    }
    return {};
}

} // namespace

ExportActions::ExportActions(QWidget *window, DesignScene *scene)
    : QObject(window)
    , m_window(window)
    , m_scene(scene)
    , m_svg(make(u"actionExportSvg"_s, tr("As &SVG…"),
                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
                 tr("Export the review page (diagram, networks, fault tolerance) as a scalable "
                    "SVG drawing")))
    , m_png(make(u"actionExportPng"_s, tr("As P&NG…"), {},
                 tr("Export the review page as a PNG image at twice the screen resolution")))
    , m_pdf(make(u"actionExportPdf"_s, tr("As &PDF…"), QKeySequence(Qt::CTRL | Qt::Key_E),
                 tr("Export the review page as a one-page landscape PDF")))
    , m_print(make(u"actionPrint"_s, tr("&Print…"), QKeySequence::Print,
                   tr("Print the review page, fitted to one landscape page")))
    , m_preview(make(u"actionPrintPreview"_s, tr("Print Pre&view…"),
                     QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
                     tr("Show the review page as it will be printed")))
{
    connect(m_svg, &QAction::triggered, this, [this] { chooseAndExport(Format::Svg); });
    connect(m_png, &QAction::triggered, this, [this] { chooseAndExport(Format::Png); });
    connect(m_pdf, &QAction::triggered, this, [this] { chooseAndExport(Format::Pdf); });
    connect(m_print, &QAction::triggered, this, &ExportActions::print);
    connect(m_preview, &QAction::triggered, this, &ExportActions::printPreview);
}

ExportActions::~ExportActions() = default;

QAction *ExportActions::make(const QString &name, const QString &text, const QKeySequence &shortcut,
                             const QString &tip)
{
    return makeAction(this, name, text, tip, shortcut);
}

QAction *ExportActions::exportAction(Format format) const
{
    switch (format) {
    case Format::Svg:
        return m_svg;
    case Format::Png:
        return m_png;
    case Format::Pdf:
        return m_pdf;
    }
    return nullptr;
}

QString ExportActions::suggestedPath(Format format) const
{
    const TopologyDocument *document = m_scene->editor()->document();
    const QFileInfo file(document->filePath());
    QString base = file.fileName();
    if (base.endsWith(u".cw.yaml"_s))
        base.chop(8);
    else if (!base.isEmpty())
        base = file.completeBaseName();
    if (base.isEmpty())
        base = document->topology().metadata.name;
    if (base.isEmpty())
        base = tr("cluster");
    const QString fallback = file.fileName().isEmpty() ? QDir::homePath() : file.absolutePath();
    const QString dir = QSettings().value(LastDirKey, fallback).toString();
    return QDir(dir).filePath(base + u"-review"_s + suffix(format));
}

void ExportActions::chooseAndExport(Format format)
{
    static const QStringList filters{tr("SVG drawings (*.svg)"), tr("PNG images (*.png)"),
                                     tr("PDF documents (*.pdf)")};
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export Review Page"),
                                                suggestedPath(format), filters.at(int(format)));
    if (path.isEmpty())
        return;
    if (!path.endsWith(suffix(format), Qt::CaseInsensitive))
        path += suffix(format);
    QSettings().setValue(LastDirKey, QFileInfo(path).absolutePath());
    exportTo(format, path);
}

bool ExportActions::exportTo(Format format, const QString &path)
{
    const ReviewPage page(m_scene);
    QString error;
    bool ok = false;
    QString note;
    switch (format) {
    case Format::Svg:
        ok = ReviewExport::writeSvg(page, path, &error);
        break;
    case Format::Png: {
        // Large designs get a smaller scale rather than an error: SVG and PDF keep all detail.
        const qreal scale
            = std::min(ReviewExport::DefaultPngScale, ReviewExport::maxPngScale(page));
        if (scale < ReviewExport::DefaultPngScale)
            note = tr(" (large design: scale %1)").arg(scale, 0, 'f', 2);
        ok = ReviewExport::writePng(page, path, scale, &error);
        break;
    }
    case Format::Pdf:
        // The paper chosen for printing, if any; no printer is set up just for this.
        ok = ReviewExport::writePdf(
            page, path,
            m_printer ? m_printer->pageLayout().pageSize() : ReviewExport::defaultPaper(), &error);
        break;
    }
    if (!ok) {
        showError(tr("Cannot Export"), error);
        return false;
    }
    emit message(tr("Exported %1%2").arg(QDir::toNativeSeparators(path), note), 5000);
    return true;
}

QPrinter *ExportActions::printer()
{
    if (!m_printer) {
        m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
        m_printer->setPageSize(ReviewExport::defaultPaper());
        m_printer->setPageOrientation(QPageLayout::Landscape);
    }
    return m_printer.get();
}

void ExportActions::print()
{
    auto *dialog = new QPrintDialog(printer(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Print Review Page"));
    connect(dialog, qOverload<QPrinter *>(&QPrintDialog::accepted), this, [this](QPrinter *target) {
        const ReviewPage page(m_scene);
        QString error;
        if (ReviewExport::print(page, target, &error))
            emit message(tr("Sent the review page to the printer"), 5000);
        else
            showError(tr("Cannot Print"), error);
    });
    dialog->open();
}

void ExportActions::printPreview()
{
    auto *dialog = new QPrintPreviewDialog(printer(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Print Preview"));
    connect(dialog, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *target) {
        QString error;
        if (!ReviewExport::print(ReviewPage(m_scene), target, &error))
            showError(tr("Cannot Print"), error);
    });
    if (const QScreen *screen = m_window->screen())
        dialog->resize(screen->availableSize() * 0.7);
    dialog->open();
}

void ExportActions::showError(const QString &title, const QString &error)
{
    auto *box = new QMessageBox(QMessageBox::Critical, title, error, QMessageBox::Ok, m_window);
    box->setObjectName(u"exportErrorBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    // Window-modal and non-blocking, like the other error boxes.
    box->open();
}

} // namespace Clusterwright
