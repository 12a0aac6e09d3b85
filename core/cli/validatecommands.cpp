// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "cli/validatecommands.h"

#include "cli/cli.h"
#include "cli/reportformats.h"
#include "format/topologyformat.h"
#include "validation/faulttolerance.h"
#include "validation/rule.h"
#include "validation/validator.h"

#include <QSet>
#include <QTextStream>

#include <algorithm>

namespace Clusterwright {

using namespace Qt::StringLiterals;

namespace {

void printDiagnostics(const QList<Diagnostic> &diagnostics, CliIo &io)
{
    for (const Diagnostic &d : diagnostics)
        io.err << d.toString() << Qt::endl;
}

int editDistance(const QString &a, const QString &b)
{
    QList<int> row(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1,
                               diagonal + (a[i - 1].toUpper() == b[j - 1].toUpper() ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

// The candidates nearest to `wanted`, if within two edits: "server2" suggests
// server-2 alone, not every server-N one edit further.
QStringList closeMatches(const QString &wanted, const QStringList &candidates)
{
    int best = 3;
    QStringList result;
    for (const QString &candidate : candidates) {
        const int distance = editDistance(wanted, candidate);
        if (distance < best) {
            best = distance;
            result.clear();
        }
        if (distance == best && result.size() < 5 && !result.contains(candidate))
            result << candidate;
    }
    return result;
}

// Indented paragraphs for a terminal, wrapped at 80 columns.
void printWrapped(QTextStream &out, const QString &text, const QString &indent = u"  "_s)
{
    constexpr qsizetype width = 80;
    QString line = indent;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (line.size() > indent.size() && line.size() + 1 + word.size() > width) {
            out << line << '\n';
            line = indent;
        }
        if (line.size() > indent.size())
            line += u' ';
        line += word;
    }
    out << line << '\n';
}

} // namespace

int runValidate(const QStringList &arguments, CliIo &io)
{
    ParsedArguments args;
    if (!parseArguments(arguments, {}, {u"format"_s, u"severity"_s}, &args, io))
        return ExitUsage;
    if (args.positional.isEmpty()) {
        io.err << "validate: no file given" << Qt::endl;
        return ExitUsage;
    }
    const QString format = args.values.value(u"format"_s, u"text"_s);
    if (format != u"text" && format != u"json" && format != u"sarif") {
        io.err << "validate: --format must be text, json or sarif, not '" << format << "'"
               << Qt::endl;
        return ExitUsage;
    }
    const std::optional<Severity> threshold
        = severityFromString(args.values.value(u"severity"_s, u"error"_s));
    if (!threshold) {
        io.err << "validate: --severity must be info, warning or error" << Qt::endl;
        return ExitUsage;
    }

    QList<FileValidation> files;
    bool unreadable = false;
    bool reached = false;
    for (const QString &path : std::as_const(args.positional)) {
        FileValidation file;
        file.path = path;
        const LoadResult loaded = loadTopologyFile(path);
        file.diagnostics = loaded.diagnostics;
        printDiagnostics(loaded.diagnostics, io);
        file.loaded = loaded.ok();
        if (file.loaded) {
            file.report = validateTopology(*loaded.topology, &loaded.sourceMap);
            for (const Finding &finding : std::as_const(file.report.findings))
                reached = reached || int(finding.severity) >= int(*threshold);
        } else {
            unreadable = true;
        }
        files << file;
    }
    const int exitCode = unreadable ? ExitUnreadable : reached ? ExitFindings : ExitOk;

    if (format == u"json") {
        io.out << QString::fromUtf8(jsonReport(files, *threshold, exitCode));
    } else if (format == u"sarif") {
        io.out << QString::fromUtf8(sarifReport(files));
    } else {
        for (qsizetype i = 0; i < files.size(); ++i) {
            if (!files[i].loaded)
                continue;
            if (i > 0)
                io.out << '\n';
            writeTextReport(io.out, files[i]);
        }
    }
    io.out.flush();
    return exitCode;
}

int runExplain(const QStringList &arguments, CliIo &io)
{
    ParsedArguments args;
    if (!parseArguments(arguments, {u"list"_s}, {}, &args, io))
        return ExitUsage;
    const QList<RuleInfo> &rules = allRules();
    if (args.flags.contains(u"list"_s)) {
        for (const RuleInfo &rule : rules) {
            io.out << rule.id.leftJustified(7) << ' ' << toString(rule.severity).leftJustified(8)
                   << rule.title << '\n';
        }
        io.out.flush();
        return ExitOk;
    }
    if (args.positional.size() != 1) {
        io.err << "explain: give one rule id (e.g. explain FD001), or --list" << Qt::endl;
        return ExitUsage;
    }
    const QString id = args.positional.first().trimmed().toUpper();
    const RuleInfo *rule = findRule(id);
    if (!rule) {
        QStringList ids;
        for (const RuleInfo &r : rules)
            ids << r.id;
        const QStringList close = closeMatches(id, ids);
        io.err << "explain: unknown rule '" << args.positional.first() << "'";
        if (!close.isEmpty())
            io.err << "; did you mean " << close.join(u", ") << '?';
        io.err << "\nclusterwright explain --list shows every rule" << Qt::endl;
        return ExitUsage;
    }
    io.out << rule->id << " (" << toString(rule->severity) << "): " << rule->title << "\n\n"
           << "What it checks:\n";
    printWrapped(io.out, rule->checks);
    io.out << "\nWhy it matters:\n";
    printWrapped(io.out, rule->why);
    io.out << "\nHow to fix:\n";
    printWrapped(io.out, rule->fix);
    io.out.flush();
    return ExitOk;
}

int runWhatIf(const QStringList &arguments, CliIo &io)
{
    ParsedArguments args;
    if (!parseArguments(arguments, {}, {u"fail"_s}, &args, io))
        return ExitUsage;
    if (args.positional.size() != 1 || !args.values.contains(u"fail"_s)) {
        io.err << "whatif: usage: whatif FILE --fail NAME[,NAME...]" << Qt::endl;
        return ExitUsage;
    }
    const QString path = args.positional.first();
    const LoadResult loaded = loadTopologyFile(path);
    printDiagnostics(loaded.diagnostics, io);
    if (!loaded.ok())
        return ExitUnreadable;

    const Topology &topology = *loaded.topology;
    const QStringList names = args.values.value(u"fail"_s).split(u',', Qt::SkipEmptyParts);
    const WhatIfResult result = whatIf(topology, names);
    if (!result.unknownNames.isEmpty()) {
        QStringList known;
        for (const Node &node : topology.nodes)
            known << node.name;
        for (const Host &host : topology.hosts)
            known << host.name;
        for (const QString &name : result.unknownNames) {
            io.err << "whatif: '" << name << "' is neither a node nor a host in " << path;
            const QStringList close = closeMatches(name, known);
            if (!close.isEmpty())
                io.err << "; did you mean " << close.join(u", ") << '?';
            io.err << Qt::endl;
        }
        return ExitUsage;
    }

    io.out << "failing: " << names.join(u", ") << '\n'
           << "nodes down: "
           << (result.failedNodes.isEmpty() ? u"none"_s : result.failedNodes.join(u", ")) << '\n';
    qsizetype width = 0;
    for (const WhatIfOutcome &outcome : result.outcomes)
        width = std::max(width, outcome.component.size());
    int broken = 0;
    for (const WhatIfOutcome &outcome : result.outcomes) {
        broken += outcome.broken ? 1 : 0;
        io.out << "  " << (outcome.broken ? "BROKEN  " : "ok      ")
               << outcome.component.leftJustified(width) << "  " << outcome.explanation << '\n';
    }
    io.out << (broken == 0 ? u"nothing breaks"_s
                           : QStringLiteral("%1 of %2 components broken")
                                 .arg(broken)
                                 .arg(result.outcomes.size()))
           << Qt::endl;
    return result.anythingBroken() ? ExitFindings : ExitOk;
}

} // namespace Clusterwright
