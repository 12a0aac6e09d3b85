// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "validation/finding.h"

#include <QList>
#include <QString>

namespace Clusterwright {

// The documentation of one rule, printed by `clusterwright explain RULE` and
// rendered into docs/rules.md.
struct RuleInfo
{
    QString id;        // "NET003"
    Severity severity; // default severity
    QString title;     // one line
    QString checks;    // what it checks
    QString why;       // why it matters, with the real failure it prevents
    QString fix;       // how to fix
};

// Every rule, sorted by id. Rules live in several files; each contributes a list.
const QList<RuleInfo> &allRules();
const RuleInfo *findRule(const QString &id);

// Per-area lists that allRules() concatenates.
QList<RuleInfo> failureDomainRules(); // faulttolerance rules (FD...)

} // namespace Clusterwright
