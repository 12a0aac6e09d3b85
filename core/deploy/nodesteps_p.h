// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "deploy/deploycontext.h"
#include "deploy/plan.h"

namespace Clusterwright {

// Steps of the planner (planbuilder.cpp) that run on each node before kubeadm.
RemoteCommand argvCommand(const QStringList &argv, const QString &captureAs = {},
                          bool secret = false);
PlanStep connectStep(const Node &node, const Topology &topology);
PlanStep preflightStep(const Node &node);
QList<PlanStep> prepareSteps(const DeployContext &context, const Node &node);

} // namespace Clusterwright
