// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
// The one executable: headless subcommands run without any GUI object; everything
// else opens the designer.
#include "app/application.h"
#include "cli/cli.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    if (Clusterwright::isHeadlessInvocation(arguments)) {
        QCoreApplication app(argc, argv);
        QTextStream out(stdout);
        QTextStream err(stderr);
        return Clusterwright::runCli(arguments, out, err);
    }
    return Clusterwright::runDesigner(argc, argv);
}
