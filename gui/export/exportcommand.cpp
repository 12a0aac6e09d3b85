// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "export/exportcommand.h"

#include "canvas/designscene.h"
#include "cli/cli.h"
#include "edit/designeditor.h"
#include "export/reviewexport.h"
#include "export/reviewpage.h"
#include "format/topologyformat.h"
#include "model/topologydocument.h"
#include "validation/validator.h"

#include <QApplication>
#include <QDateTime>
#include <QTextStream>

#include <cmath>

namespace Clusterwright {

using namespace Qt::StringLiterals;

namespace {

constexpr qreal MaxScale = 8;

// Reproducible output when asked for (https://reproducible-builds.org/specs/source-date-epoch/).
QDateTime exportTime()
{
    bool ok = false;
    const qint64 epoch = qEnvironmentVariable("SOURCE_DATE_EPOCH").toLongLong(&ok);
    return ok ? QDateTime::fromSecsSinceEpoch(epoch, Qt::UTC) : QDateTime::currentDateTime();
}

} // namespace

const Command &exportCommand()
{
    static const Command command{
        u"export"_s, u"export FILE --svg|--png|--pdf OUT"_s,
        u"Write the design review page (title, diagram, networks, fault tolerance, "
        "findings): --svg, --png [--scale N, default 2], --pdf [--paper a4|letter], "
        "several at once."_s,
        &runExport};
    return command;
}

std::unique_ptr<QCoreApplication> createExportApplication(int &argc, char **argv)
{
    // Always offscreen: the output must not depend on which display happens to be there.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QApplication>(argc, argv);
}

int runExport(const QStringList &arguments, CliIo &io)
{
    ParsedArguments args;
    if (!parseArguments(arguments, {}, {u"svg"_s, u"png"_s, u"pdf"_s, u"scale"_s, u"paper"_s},
                        &args, io))
        return ExitUsage;
    if (args.positional.size() != 1) {
        io.err << (args.positional.isEmpty() ? "export: no file given"
                                             : "export: give exactly one design file")
               << Qt::endl;
        return ExitUsage;
    }
    const QString svg = args.values.value(u"svg"_s);
    const QString png = args.values.value(u"png"_s);
    const QString pdf = args.values.value(u"pdf"_s);
    if (svg.isEmpty() && png.isEmpty() && pdf.isEmpty()) {
        io.err << "export: say what to write: --svg OUT, --png OUT and/or --pdf OUT" << Qt::endl;
        return ExitUsage;
    }
    std::optional<qreal> scale;
    if (args.values.contains(u"scale"_s)) {
        bool ok = false;
        scale = args.values.value(u"scale"_s).toDouble(&ok);
        if (!ok || !std::isfinite(*scale) || *scale <= 0 || *scale > MaxScale) {
            io.err << "export: --scale must be a number above 0 and at most " << MaxScale
                   << Qt::endl;
            return ExitUsage;
        }
        if (png.isEmpty()) {
            io.err << "export: --scale applies to --png only" << Qt::endl;
            return ExitUsage;
        }
    }
    QPageSize paper = ReviewExport::defaultPaper();
    if (args.values.contains(u"paper"_s)) {
        const QString name = args.values.value(u"paper"_s).toLower();
        if (name != u"a4" && name != u"letter") {
            io.err << "export: --paper must be a4 or letter" << Qt::endl;
            return ExitUsage;
        }
        paper = QPageSize(name == u"a4" ? QPageSize::A4 : QPageSize::Letter);
    }

    const QString path = args.positional.first();
    const LoadResult loaded = loadTopologyFile(path);
    for (const Diagnostic &d : loaded.diagnostics)
        io.err << d.toString() << Qt::endl;
    if (!loaded.ok())
        return ExitUnreadable;

    TopologyDocument document;
    document.reset(*loaded.topology, loaded.sourceMap);
    document.setFilePath(path);
    DesignEditor editor(&document);
    DesignScene scene(&editor);
    // The badges the canvas would show.
    scene.setFindings(validateTopology(document.topology()).findings);
    const ReviewPage page(&scene, exportTime());

    int exitCode = ExitOk;
    const auto report = [&](bool ok, const QString &out, const QString &error) {
        if (ok) {
            io.out << out << Qt::endl;
        } else {
            io.err << "export: " << error << Qt::endl;
            exitCode = ExitUnreadable;
        }
    };
    QString error;
    if (!svg.isEmpty())
        report(ReviewExport::writeSvg(page, svg, &error), svg, error);
    if (!png.isEmpty()) {
        qreal pngScale = scale.value_or(ReviewExport::DefaultPngScale);
        if (!scale && pngScale > ReviewExport::maxPngScale(page)) {
            pngScale = ReviewExport::maxPngScale(page);
            io.err << "export: " << png << ": large design, PNG scale lowered to "
                   << QString::number(pngScale, 'f', 2) << Qt::endl;
        }
        report(ReviewExport::writePng(page, png, pngScale, &error), png, error);
    }
    if (!pdf.isEmpty())
        report(ReviewExport::writePdf(page, pdf, paper, &error), pdf, error);
    return exitCode;
}

} // namespace Clusterwright
