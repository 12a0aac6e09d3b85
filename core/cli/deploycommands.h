// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "cli/command.h"

namespace Clusterwright {

// `plan FILE`: print the deployment plan, or the findings that block it.
int runPlan(const QStringList &arguments, CliIo &io);
// `render FILE -o DIR`: write every generated file per node for review.
int runRender(const QStringList &arguments, CliIo &io);

} // namespace Clusterwright
