// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "cli/deploycommands.h"

#include "cli/cli.h"
#include "deploy/plan.h"
#include "deploy/render.h"
#include "format/topologyformat.h"

#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Clusterwright {

std::optional<Plan> loadPlan(const QString &command, const ParsedArguments &args, CliIo &io,
                             int *exitCode, std::optional<Topology> *topology)
{
    if (args.positional.size() != 1) {
        io.err << command << ": exactly one FILE is needed" << Qt::endl;
        *exitCode = ExitUsage;
        return std::nullopt;
    }
    const QString path = args.positional.first();
    const LoadResult loaded = loadTopologyFile(path);
    for (const Diagnostic &d : loaded.diagnostics)
        io.err << d.toString() << Qt::endl;
    if (!loaded.ok()) {
        *exitCode = ExitUnreadable;
        return std::nullopt;
    }
    PlanResult result = buildPlan(*loaded.topology);
    if (!result.ok()) {
        io.err << path << ": not deployable, fix these first:" << Qt::endl;
        for (const Finding &finding : std::as_const(result.blocking)) {
            const SourceLocation location = loaded.sourceMap.find(finding.path);
            io.err << path;
            if (location.line > 0)
                io.err << ':' << location.line << ':' << location.column;
            io.err << ": error " << finding.ruleId << ": " << finding.message << Qt::endl;
        }
        *exitCode = ExitFindings;
        return std::nullopt;
    }
    if (topology)
        *topology = *loaded.topology;
    return std::move(result.plan);
}

int runPlan(const QStringList &arguments, CliIo &io)
{
    ParsedArguments args;
    if (!parseArguments(arguments, {}, {}, &args, io))
        return ExitUsage;
    int exitCode = ExitOk;
    const std::optional<Plan> plan = loadPlan(u"plan"_s, args, io, &exitCode);
    if (!plan)
        return exitCode;
    io.out << planText(*plan);
    io.out.flush();
    return ExitOk;
}

int runRender(const QStringList &arguments, CliIo &io)
{
    // The shared parser knows long options only; -o is the documented spelling.
    QStringList normalized = arguments;
    for (QString &argument : normalized) {
        if (argument == u"-o")
            argument = u"--output"_s;
    }
    ParsedArguments args;
    if (!parseArguments(normalized, {}, {u"output"_s}, &args, io))
        return ExitUsage;
    const QString directory = args.values.value(u"output"_s);
    if (directory.isEmpty()) {
        io.err << "render: no output directory given (-o DIR)" << Qt::endl;
        return ExitUsage;
    }
    int exitCode = ExitOk;
    const std::optional<Plan> plan = loadPlan(u"render"_s, args, io, &exitCode);
    if (!plan)
        return exitCode;
    QStringList written;
    QString error;
    if (!renderPlan(*plan, directory, &written, &error)) {
        io.err << "render: " << error << Qt::endl;
        return ExitUnreadable;
    }
    io.out << "wrote " << written.size() << " files to " << directory << Qt::endl;
    return ExitOk;
}

} // namespace Clusterwright
