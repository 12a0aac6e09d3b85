// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "cli/formatcommands.h"

#include "cli/cli.h"
#include "format/topologyformat.h"

#include <QFile>
#include <QTextStream>

namespace Clusterwright {
namespace {

void printDiagnostics(const QList<Diagnostic> &diagnostics, CliIo &io)
{
    for (const Diagnostic &d : diagnostics)
        io.err << d.toString() << Qt::endl;
}

} // namespace

int runCheckFormat(const QStringList &arguments, CliIo &io)
{
    ParsedArguments args;
    if (!parseArguments(arguments, {}, {}, &args, io))
        return ExitUsage;
    if (args.positional.isEmpty()) {
        io.err << "check-format: no file given" << Qt::endl;
        return ExitUsage;
    }
    int exitCode = ExitOk;
    for (const QString &path : std::as_const(args.positional)) {
        const LoadResult result = loadTopologyFile(path);
        printDiagnostics(result.diagnostics, io);
        if (!result.ok())
            exitCode = ExitUnreadable;
        else
            io.out << path << ": ok" << Qt::endl;
    }
    return exitCode;
}

int runFmt(const QStringList &arguments, CliIo &io)
{
    ParsedArguments args;
    if (!parseArguments(arguments, {QStringLiteral("check")}, {}, &args, io))
        return ExitUsage;
    if (args.positional.isEmpty()) {
        io.err << "fmt: no file given" << Qt::endl;
        return ExitUsage;
    }
    const bool checkOnly = args.flags.contains(QStringLiteral("check"));
    int exitCode = ExitOk;
    for (const QString &path : std::as_const(args.positional)) {
        const LoadResult result = loadTopologyFile(path);
        printDiagnostics(result.diagnostics, io);
        if (!result.ok()) {
            exitCode = ExitUnreadable;
            continue;
        }
        // Warnings are unknown keys; rewriting would drop them, and fmt never loses data.
        if (!result.diagnostics.isEmpty()) {
            io.err << path << ": not rewritten: fix the warnings above first "
                   << "(fmt would drop what they point at)" << Qt::endl;
            exitCode = ExitUnreadable;
            continue;
        }
        QFile file(path);
        QByteArray current;
        if (file.open(QIODevice::ReadOnly))
            current = file.readAll();
        const QByteArray canonical = writeTopology(*result.topology);
        if (current == canonical)
            continue;
        if (checkOnly) {
            io.out << path << Qt::endl;
            if (exitCode == ExitOk)
                exitCode = ExitFindings;
            continue;
        }
        QString error;
        if (!saveTopologyFile(*result.topology, path, &error)) {
            io.err << path << ": " << error << Qt::endl;
            exitCode = ExitUnreadable;
            continue;
        }
        io.out << path << Qt::endl;
    }
    return exitCode;
}

} // namespace Clusterwright
