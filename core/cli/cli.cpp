// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "cli/cli.h"

#include "cli/command.h"

#include <QTextStream>

#include <libssh/libssh_version.h>

namespace Clusterwright {
namespace {

const Command *findCommand(const QString &name, const QList<Command> &extra)
{
    for (const QList<Command> *list : {&commands(), &extra}) {
        for (const Command &command : *list) {
            if (command.name == name)
                return &command;
        }
    }
    return nullptr;
}

void printVersion(QTextStream &out)
{
    out << "clusterwright " << CW_VERSION << " (Qt " << QT_VERSION_STR << ", yaml-cpp "
        << CW_YAML_CPP_VERSION << ", libssh " << LIBSSH_VERSION_MAJOR << '.' << LIBSSH_VERSION_MINOR
        << '.' << LIBSSH_VERSION_MICRO << ')' << Qt::endl;
}

void printHelp(QTextStream &out, const QList<Command> &extra)
{
    out << "Usage:\n"
           "  clusterwright [FILE.cw.yaml]        open the designer (needs a display)\n"
           "  clusterwright COMMAND [ARGS...]     run headless (no display needed)\n"
           "  clusterwright --version | --help\n\n"
           "Commands:\n";
    for (const QList<Command> *list : {&commands(), &extra}) {
        for (const Command &command : *list)
            out << "  " << command.synopsis.leftJustified(34) << ' ' << command.summary << '\n';
    }
    out << "\nExit codes:\n"
           "  0   success (or only findings below the threshold)\n"
           "  1   findings at or above the threshold; fmt --check: files not canonical;\n"
           "      whatif: something breaks\n"
           "  2   a file could not be read or parsed (the error names file:line:col);\n"
           "      export: an output file could not be written\n"
           "  64  bad command line\n\n"
           "Without a display, use a command above or run the designer under\n"
           "xvfb-run (package xvfb): xvfb-run clusterwright FILE.cw.yaml\n";
    out.flush();
}

} // namespace

bool isHeadlessInvocation(const QStringList &arguments, const QList<Command> &extra)
{
    if (arguments.size() < 2)
        return false;
    const QString &first = arguments[1];
    return first == u"--version" || first == u"-v" || first == u"--help" || first == u"-h"
           || findCommand(first, extra) != nullptr;
}

int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err,
           const QList<Command> &extra)
{
    const QString first = arguments.value(1);
    if (first == u"--version" || first == u"-v") {
        printVersion(out);
        return ExitOk;
    }
    if (first == u"--help" || first == u"-h") {
        printHelp(out, extra);
        return ExitOk;
    }
    const Command *command = findCommand(first, extra);
    if (!command) {
        err << "unknown command '" << first << "'; see clusterwright --help" << Qt::endl;
        return ExitUsage;
    }
    CliIo io{out, err};
    const QStringList rest = arguments.mid(2);
    if (rest.contains(QStringLiteral("--help")) || rest.contains(QStringLiteral("-h"))) {
        out << "Usage: clusterwright " << command->synopsis << "\n  " << command->summary
            << Qt::endl;
        return ExitOk;
    }
    const int code = command->run(rest, io);
    out.flush();
    err.flush();
    return code;
}

} // namespace Clusterwright
