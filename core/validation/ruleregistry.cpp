// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "validation/rule.h"

#include "validation/rulecontext_p.h"

#include <QHash>

#include <algorithm>

namespace Clusterwright {

const QList<RuleInfo> &allRules()
{
    // Built once; function-local statics are thread-safe, and validateTopology()
    // may run on a worker thread.
    static const QList<RuleInfo> rules = [] {
        QList<RuleInfo> all;
        for (const auto &group : {nameRules(), addressRules(), addressUsageRules(),
                                  clusterCidrRules(), controlPlaneRules(), loadBalancerRules(),
                                  storageRules(), sshRules(), failureDomainRules()}) {
            all.append(group);
        }
        std::stable_sort(all.begin(), all.end(),
                         [](const RuleInfo &a, const RuleInfo &b) { return a.id < b.id; });
        return all;
    }();
    return rules;
}

const RuleInfo *findRule(const QString &id)
{
    static const QHash<QString, qsizetype> byId = [] {
        QHash<QString, qsizetype> hash;
        const QList<RuleInfo> &rules = allRules();
        for (qsizetype i = 0; i < rules.size(); ++i)
            hash.insert(rules[i].id, i);
        return hash;
    }();
    const auto it = byId.constFind(id);
    return it == byId.cend() ? nullptr : &allRules()[*it];
}

} // namespace Clusterwright
