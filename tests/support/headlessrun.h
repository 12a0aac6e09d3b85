// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include <QString>
#include <QStringList>

namespace Clusterwright {

struct HeadlessRun
{
    int exitCode = -1; // -1: did not finish in time; -2: crashed
    QString out;
    QString err;
};

// Runs the real `clusterwright` executable with DISPLAY, WAYLAND_DISPLAY and
// QT_QPA_PLATFORM removed, the way CI and a design review pipeline run it.
HeadlessRun runClusterwright(const QStringList &arguments, const QString &workingDirectory = {});

// The same, started through `wrapper` (e.g. nsenter ... --, ending where the
// executable's path goes), with more variables set and a time limit.
struct HeadlessOptions
{
    QString workingDirectory;
    QStringList wrapper;           // program and arguments before the executable
    QStringList removeEnvironment; // besides the display variables
    QStringList setEnvironment;    // "VAR=value"
    int timeoutMs = 60000;
};
HeadlessRun runClusterwright(const QStringList &arguments, const HeadlessOptions &options);

} // namespace Clusterwright
