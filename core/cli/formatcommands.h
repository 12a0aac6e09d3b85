// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "cli/command.h"

namespace Clusterwright {

// `check-format FILE...`: load each file and report format errors and warnings.
int runCheckFormat(const QStringList &arguments, CliIo &io);
// `fmt FILE... [--check]`: rewrite files in canonical form, like `terraform fmt`.
int runFmt(const QStringList &arguments, CliIo &io);

} // namespace Clusterwright
