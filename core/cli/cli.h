// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "cli/command.h"

#include <QStringList>

class QTextStream;

namespace Clusterwright {

// Exit codes shared by every subcommand (documented in --help).
enum ExitCode : int {
    ExitOk = 0,
    ExitFindings = 1,   // findings at or above the threshold; fmt --check: not canonical
    ExitUnreadable = 2, // a file could not be read or parsed
    ExitUsage = 64,     // bad command line (EX_USAGE)
};

// `extra` holds commands the executable adds to core's own (export needs QtGui, which
// core does not link): they are listed in --help and run like the others.

// True when the arguments ask for headless work (a subcommand, --version,
// --help): then the designer does not start.
bool isHeadlessInvocation(const QStringList &arguments, const QList<Command> &extra = {});

// Runs a headless invocation; `arguments` includes the program name.
int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err,
           const QList<Command> &extra = {});

} // namespace Clusterwright
