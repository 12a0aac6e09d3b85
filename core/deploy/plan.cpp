// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "deploy/plan.h"

#include "ssh/shellquote.h"

#include <QHash>

#include <queue>

using namespace Qt::StringLiterals;

namespace Clusterwright {

QString toString(Phase phase)
{
    switch (phase) {
    case Phase::Connect:
        return u"connect"_s;
    case Phase::Preflight:
        return u"preflight"_s;
    case Phase::Prepare:
        return u"prepare"_s;
    case Phase::ApiEndpoint:
        return u"api-endpoint"_s;
    case Phase::Init:
        return u"init"_s;
    case Phase::Join:
        return u"join"_s;
    case Phase::Addons:
        return u"addons"_s;
    case Phase::Verify:
        return u"verify"_s;
    }
    return {};
}

QString RemoteCommand::text() const
{
    return argv.isEmpty() ? script : shellJoin(argv);
}

int Plan::indexOf(const QString &id) const
{
    for (int i = 0; i < steps.size(); ++i) {
        if (steps[i].id == id)
            return i;
    }
    return -1;
}

const PlanStep *Plan::step(const QString &id) const
{
    const int i = indexOf(id);
    return i < 0 ? nullptr : &steps[i];
}

bool sortSteps(QList<PlanStep> *steps, QString *error)
{
    QHash<QString, int> index;
    for (int i = 0; i < steps->size(); ++i) {
        if (index.contains(steps->at(i).id)) {
            *error = u"duplicate step id %1"_s.arg(steps->at(i).id);
            return false;
        }
        index.insert(steps->at(i).id, i);
    }
    QList<int> pending(steps->size(), 0);
    QList<QList<int>> dependents(steps->size());
    for (int i = 0; i < steps->size(); ++i) {
        for (const QString &dep : steps->at(i).dependsOn) {
            const auto it = index.constFind(dep);
            if (it == index.constEnd()) {
                *error = u"step %1 depends on unknown step %2"_s.arg(steps->at(i).id, dep);
                return false;
            }
            ++pending[i];
            dependents[*it].append(i);
        }
    }
    // A min-heap on building order keeps the output stable and readable.
    std::priority_queue<int, std::vector<int>, std::greater<int>> ready;
    for (int i = 0; i < steps->size(); ++i) {
        if (pending[i] == 0)
            ready.push(i);
    }
    QList<PlanStep> sorted;
    sorted.reserve(steps->size());
    while (!ready.empty()) {
        const int i = ready.top();
        ready.pop();
        sorted.append(steps->at(i));
        for (int d : std::as_const(dependents[i])) {
            if (--pending[d] == 0)
                ready.push(d);
        }
    }
    if (sorted.size() != steps->size()) {
        *error = u"the steps' dependencies form a cycle"_s;
        return false;
    }
    *steps = std::move(sorted);
    return true;
}

} // namespace Clusterwright
