// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "headlessrun.h"

#include <QProcess>
#include <QProcessEnvironment>

namespace Clusterwright {

HeadlessRun runClusterwright(const QStringList &arguments, const QString &workingDirectory)
{
    HeadlessOptions options;
    options.workingDirectory = workingDirectory;
    return runClusterwright(arguments, options);
}

HeadlessRun runClusterwright(const QStringList &arguments, const HeadlessOptions &options)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name :
         QStringList{QStringLiteral("DISPLAY"), QStringLiteral("WAYLAND_DISPLAY"),
                     QStringLiteral("QT_QPA_PLATFORM")}
             + options.removeEnvironment)
        env.remove(name);
    for (const QString &entry : options.setEnvironment)
        env.insert(entry.section(u'=', 0, 0), entry.section(u'=', 1));
    process.setProcessEnvironment(env);
    if (!options.workingDirectory.isEmpty())
        process.setWorkingDirectory(options.workingDirectory);
    const QString executable = QStringLiteral(CW_CLUSTERWRIGHT_EXE);
    if (options.wrapper.isEmpty())
        process.start(executable, arguments);
    else
        process.start(options.wrapper.first(),
                      options.wrapper.mid(1) + QStringList{executable} + arguments);
    if (!process.waitForFinished(options.timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    HeadlessRun run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace Clusterwright
