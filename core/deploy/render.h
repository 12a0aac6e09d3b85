// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "deploy/plan.h"

#include <QString>
#include <QStringList>

namespace Clusterwright {

// `clusterwright plan`: every step in order with its node, dependencies,
// guard, exact commands and files.
QString planText(const Plan &plan);

// `clusterwright render`: DIR/plan.txt, DIR/<node>/<remote path> for every
// uploaded file and DIR/<node>/steps/NN-<action>.sh for every step's commands.
// Placeholders stay unfilled; no secret is ever written. Returns the written
// paths relative to DIR, or false with *error.
bool renderPlan(const Plan &plan, const QString &directory, QStringList *written, QString *error);

} // namespace Clusterwright
