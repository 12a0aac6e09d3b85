// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "validation/rule.h"

#include <QChar>
#include <QString>

// NAME008: values that later reach commands run over SSH. The deploy engine
// quotes every argument too; this rule makes the design itself safe and gives
// the user a clear message instead of a failure deep in a deployment.
namespace Clusterwright {

struct RuleContext;

RuleInfo shellSafetyRule();
void checkShellSafety(RuleContext &context);

// "a line break", "a quote (')", "';'", "the non-ASCII character 'é' (U+00E9)".
QString describeCharacter(QChar c);

} // namespace Clusterwright
