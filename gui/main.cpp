// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
// The one executable: headless subcommands run without a display (export on the offscreen
// platform, the others with no GUI object at all); everything else opens the designer.
#include "app/application.h"
#include "cli/cli.h"
#include "export/exportcommand.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    // Commands that draw (export) live in the GUI library; core lists and runs them.
    const QList<Clusterwright::Command> drawingCommands{Clusterwright::exportCommand()};
    if (Clusterwright::isHeadlessInvocation(arguments, drawingCommands)) {
        const std::unique_ptr<QCoreApplication> app
            = arguments.value(1) == Clusterwright::exportCommand().name
                  ? Clusterwright::createExportApplication(argc, argv)
                  : std::make_unique<QCoreApplication>(argc, argv);
        QTextStream out(stdout);
        QTextStream err(stderr);
        return Clusterwright::runCli(arguments, out, err, drawingCommands);
    }
    return Clusterwright::runDesigner(argc, argv);
}
