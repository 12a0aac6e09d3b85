// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

// A recorded deploy for tst_dashboard: the events a DeployController would
// deliver for a real plan, with phase-typical durations and one failure.

#include "deploy/plan.h"
#include "runner/runevents.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <algorithm>

namespace DashboardRecording {

using namespace Clusterwright;
using namespace Qt::StringLiterals;

struct Batch
{
    qint64 atMs;
    QList<RunEvent> events;
};

inline qint64 durationOf(const PlanStep &step, int salt)
{
    static const qint64 base[] = {1200, 4000, 45000, 9000, 80000, 35000, 18000, 6000};
    return base[int(step.phase)] + (salt * 7919) % 9000;
}

inline QStringList outputFor(const PlanStep &step, int salt)
{
    if (step.phase == Phase::Verify)
        return {u"NAME   STATUS   ROLES           AGE   VERSION"_s,
                u"cp-1   Ready    control-plane   9m    v1.30.2"_s,
                u"wk-1   Ready    <none>          4m    v1.30.2"_s};
    return {u"%1: starting"_s.arg(step.title), u"%1: working (%2)"_s.arg(step.id).arg(salt),
            u"%1: done"_s.arg(step.id)};
}

// A realistic run of `plan` as the controller would deliver it: steps start
// by dependency level, finish after phase-typical durations, and `failStep`
// fails (exit 1) and blocks whatever depends on it.
inline QList<Batch> recordRun(const Plan &plan, const QString &failStep, const QString &journal,
                              int stopAfterLevels = -1)
{
    QHash<QString, int> level;
    int levels = 0;
    for (const PlanStep &s : plan.steps) {
        int l = 0;
        for (const QString &d : s.dependsOn)
            l = std::max(l, level.value(d) + 1);
        level.insert(s.id, l);
        levels = std::max(levels, l + 1);
    }
    QStringList nodes;
    for (const PlanStep &s : plan.steps) {
        if (!s.node.isEmpty() && !nodes.contains(s.node))
            nodes.append(s.node);
    }
    nodes.sort();
    QList<Batch> batches;
    batches.append(
        {0, {RunStarted{u"20261122T210501Z"_s, journal, int(plan.steps.size()), nodes, {}}}});
    QSet<QString> bad;
    QSet<QString> failedLanes; // the runner keeps a lane "failed" once a step failed on it
    qint64 now = 0;
    int succeeded = 0;
    for (int l = 0; l < levels && l != stopAfterLevels; ++l) {
        Batch start{now, {}};
        QList<std::pair<qint64, QList<RunEvent>>> ends;
        for (int i = 0; i < plan.steps.size(); ++i) {
            const PlanStep &s = plan.steps[i];
            if (level.value(s.id) != l)
                continue;
            const bool blocked = std::any_of(s.dependsOn.cbegin(), s.dependsOn.cend(),
                                             [&bad](const QString &d) { return bad.contains(d); });
            if (blocked) {
                bad.insert(s.id);
                StepFinished f;
                f.stepId = s.id;
                f.node = s.node;
                f.status = StepStatus::Blocked;
                f.message = u"blocked by %1"_s.arg(failStep);
                start.events.append(f);
                continue;
            }
            if (!s.node.isEmpty())
                start.events.append(NodeChanged{s.node, NodeStatus::Working, s.id});
            start.events.append(StepStarted{s.id, s.node, s.phase, s.title});
            const qint64 d = durationOf(s, i);
            QList<RunEvent> end;
            const QStringList lines = outputFor(s, i);
            for (int k = 0; k < lines.size(); ++k)
                end.append(StepOutput{s.id, s.node,
                                      k == 1 && s.phase == Phase::Prepare ? OutputStream::StdErr
                                                                          : OutputStream::StdOut,
                                      lines[k]});
            if (s.phase == Phase::Prepare && i % 3 == 0)
                end.append(StepNotice{s.id, s.node, u"no output for 60 s"_s});
            StepFinished f;
            f.stepId = s.id;
            f.node = s.node;
            f.durationMs = d;
            f.exitCode = 0;
            if (s.id == failStep) {
                bad.insert(s.id);
                failedLanes.insert(s.node);
                f.status = StepStatus::Failed;
                f.exitCode = 1;
                f.message = u"exit code 1"_s;
                f.command
                    = u"kubeadm join 192.168.18.100:6443 --token ${cw:cp-1/credentials-workers:token}"_s;
                f.lastLines = {u"[preflight] Running pre-flight checks"_s,
                               u"error execution phase preflight: couldn't validate the identity "
                               u"of the API Server: connection refused"_s};
                end.append(StepOutput{s.id, s.node, OutputStream::StdErr, f.lastLines.last()});
            } else {
                ++succeeded;
            }
            end.append(f);
            if (!s.node.isEmpty())
                end.append(NodeChanged{s.node,
                                       failedLanes.contains(s.node) ? NodeStatus::Failed
                                                                    : NodeStatus::Idle,
                                       {}});
            ends.append({now + d, end});
        }
        batches.append(start);
        std::sort(ends.begin(), ends.end(),
                  [](const auto &a, const auto &b) { return a.first < b.first; });
        qint64 levelEnd = now + 500;
        for (const auto &[at, events] : ends) {
            batches.append({at, events});
            levelEnd = std::max(levelEnd, at);
        }
        now = levelEnd + 300;
    }
    if (stopAfterLevels >= 0)
        return batches;
    // Like the runner: no "done" per node; the dashboard works that out.
    QList<RunEvent> last;
    RunFinished r;
    r.outcome = failStep.isEmpty() ? RunOutcome::Succeeded : RunOutcome::Failed;
    r.succeeded = succeeded;
    r.failed = failStep.isEmpty() ? 0 : 1;
    r.blocked = std::max<int>(0, int(bad.size()) - r.failed);
    r.durationMs = now;
    r.journalPath = journal;
    r.summary = failStep.isEmpty()
                    ? u"All steps succeeded."_s
                    : u"%1 failed (exit code 1); resume with --resume."_s.arg(failStep);
    last.append(r);
    batches.append({now, last});
    return batches;
}

} // namespace DashboardRecording
