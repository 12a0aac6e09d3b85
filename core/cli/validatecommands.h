// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "cli/command.h"

namespace Clusterwright {

// `validate FILE... [--format text|json|sarif] [--severity info|warning|error]`:
// findings and the fault-tolerance summary; exit 1 when a finding reaches the
// threshold (default: error).
int runValidate(const QStringList &arguments, CliIo &io);
// `explain RULE` / `explain --list`: the rule documentation from allRules().
int runExplain(const QStringList &arguments, CliIo &io);
// `whatif FILE --fail NAME[,NAME...]`: what breaks when those nodes or hosts fail.
int runWhatIf(const QStringList &arguments, CliIo &io);

} // namespace Clusterwright
