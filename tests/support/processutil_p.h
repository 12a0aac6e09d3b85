// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <sys/types.h>

// Process and socket plumbing shared by the fixture's sources.
namespace Clusterwright::Test::Detail {

// posix_spawn with stdin from /dev/null and stdout+stderr appended to logFile.
pid_t spawnLogged(const QStringList &argv, const QString &logFile);
bool childExited(pid_t pid);
// A blocking connect to 127.0.0.1:port; -1 on failure.
int connectLoopback(int port);
QHash<pid_t, QList<pid_t>> processChildren();

} // namespace Clusterwright::Test::Detail
