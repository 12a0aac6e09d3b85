// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "runner/stepexecutor.h"

#include <QElapsedTimer>
#include <QMap>

using namespace Qt::StringLiterals;

namespace Clusterwright {
namespace {

QString nodeOf(const QString &stepId)
{
    return stepId.section(u'/', 0, 0);
}

// Cloned VMs share hostnames and /etc/machine-id; kubeadm then mixes them up.
QString checkUnique(const RunFacts &facts, const QString &name, const QString &advice)
{
    QMap<QString, QStringList> nodesByValue;
    const QHash<QString, RunFacts::Value> values = facts.byName(name);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        nodesByValue[it.value().text].append(nodeOf(it.key()));
    QStringList problems;
    for (auto it = nodesByValue.cbegin(); it != nodesByValue.cend(); ++it) {
        if (it.value().size() > 1) {
            QStringList nodes = it.value();
            nodes.sort();
            problems.append(
                u"%1 \"%2\" is shared by %3"_s.arg(name, it.key(), nodes.join(u", "_s)));
        }
    }
    if (problems.isEmpty())
        return {};
    return problems.join(u"; "_s) + u" ("_s + advice + u')';
}

QString checkClockSkew(const RunFacts &facts, int allowedSeconds)
{
    const QHash<QString, RunFacts::Value> values = facts.byName(u"clock"_s);
    if (values.size() < 2)
        return {};
    auto low = values.cbegin(), high = values.cbegin();
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (it->offsetMs < low->offsetMs)
            low = it;
        if (it->offsetMs > high->offsetMs)
            high = it;
    }
    const qint64 skewMs = high->offsetMs - low->offsetMs;
    // `date +%s` has a resolution of one second.
    if (skewMs <= (allowedSeconds + 1) * 1000LL)
        return {};
    return u"clocks differ by %1 s between %2 and %3 (at most %4 s; enable NTP/chrony on every node)"_s
        .arg(skewMs / 1000)
        .arg(nodeOf(low.key()), nodeOf(high.key()))
        .arg(allowedSeconds);
}

} // namespace

StepFinished executeLocalStep(const PlanStep &step, const StepContext &context)
{
    QElapsedTimer timer;
    timer.start();
    StepFinished result;
    result.stepId = step.id;
    QStringList problems;
    for (const QString &check : step.localChecks) {
        QString problem;
        if (check == u"unique hostname")
            problem
                = checkUnique(*context.facts, u"hostname"_s, u"give every node its own hostname"_s);
        else if (check == u"unique machine-id")
            problem = checkUnique(*context.facts, u"machine-id"_s,
                                  u"cloned VMs: run systemd-machine-id-setup on each"_s);
        else if (check.startsWith(u"max-skew clock "))
            problem = checkClockSkew(*context.facts, check.section(u' ', 2).toInt());
        else
            problem = u"unknown check \"%1\""_s.arg(check);
        if (problem.isEmpty())
            context.report(StepNotice{step.id, {}, u"ok: %1"_s.arg(check)});
        else
            problems.append(problem);
    }
    if (!problems.isEmpty()) {
        result.status = StepStatus::Failed;
        result.message = problems.join(u"; "_s);
        result.lastLines = problems;
    }
    result.durationMs = timer.elapsed();
    return result;
}

} // namespace Clusterwright
