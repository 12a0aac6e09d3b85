// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "cli/command.h"

#include <QCoreApplication>

#include <memory>

namespace Clusterwright {

// `clusterwright export FILE --svg|--png|--pdf OUT...`: the review page without a window.
// It lives in the GUI library because it draws the canvas items; core lists and runs it
// through runCli()'s extra commands.
const Command &exportCommand();
int runExport(const QStringList &arguments, CliIo &io);

// The application object export needs: a QApplication (the canvas items use widget-side
// classes) on the offscreen platform, so it works with no display at all.
std::unique_ptr<QCoreApplication> createExportApplication(int &argc, char **argv);

} // namespace Clusterwright
