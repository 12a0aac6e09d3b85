// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

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

// True when the arguments ask for headless work (a subcommand, --version,
// --help): then no QApplication may be created.
bool isHeadlessInvocation(const QStringList &arguments);

// Runs a headless invocation; `arguments` includes the program name.
int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Clusterwright
