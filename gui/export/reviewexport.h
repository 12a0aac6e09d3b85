// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include <QCoreApplication>
#include <QPageSize>
#include <QString>

class QPrinter;

namespace Clusterwright {

class ReviewPage;

// Writes a ReviewPage as SVG, PNG or PDF, or sends it to a printer. Files are written
// through QSaveFile: on any failure the target is left as it was and the error names the
// path. Every device gets the screen's logical DPI, the one the canvas measured its text
// with, so point-sized fonts land where the layout put them.
class ReviewExport
{
    Q_DECLARE_TR_FUNCTIONS(Clusterwright::ReviewExport)

public:
    static int dpi();

    static bool writeSvg(const ReviewPage &page, const QString &path, QString *error);
    // `scale` device pixels per page unit; 2 reads well on high-DPI screens and in print.
    static bool writePng(const ReviewPage &page, const QString &path, qreal scale, QString *error);
    // Landscape, fitted to the page, vector throughout.
    static bool writePdf(const ReviewPage &page, const QString &path, const QPageSize &paper,
                         QString *error);
    // Fits the page onto the printer's page (call with a printer the user has set up).
    static bool print(const ReviewPage &page, QPrinter *printer, QString *error = nullptr);

    // The largest PNG scale within the pixel budget for this page.
    static qreal maxPngScale(const ReviewPage &page);
    static constexpr qreal DefaultPngScale = 2;
    static constexpr qint64 MaxPngPixels = 64'000'000;
    // Letter where the locale measures in US units, A4 elsewhere.
    static QPageSize defaultPaper();
};

} // namespace Clusterwright
