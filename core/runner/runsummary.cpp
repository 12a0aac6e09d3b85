// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "runner/runnerstate_p.h"

using namespace Qt::StringLiterals;

namespace Clusterwright {

RunFinished DeployRunner::State::summarise(const QString &journalPath, qint64 elapsedMs)
{
    std::lock_guard lock(mutex);
    RunFinished f;
    f.journalPath = journalPath;
    f.durationMs = elapsedMs;
    int notStarted = 0;
    QStringList failures;
    for (qsizetype i = 0; i < status.size(); ++i) {
        const StepFinished &r = results[i];
        switch (status[i]) {
        case StepStatus::Succeeded:
            ++f.succeeded;
            break;
        case StepStatus::Skipped:
            ++f.skipped;
            break;
        case StepStatus::Blocked:
            ++f.blocked;
            break;
        case StepStatus::Cancelled:
            ++f.cancelled;
            break;
        case StepStatus::Pending:
        case StepStatus::Running:
            ++notStarted;
            break;
        case StepStatus::Failed: {
            ++f.failed;
            QString entry = u"  %1 on %2: %3"_s.arg(
                r.stepId, r.node.isEmpty() ? u"the desktop"_s : r.node, r.message);
            if (!r.command.isEmpty())
                entry += u"\n    command: %1"_s.arg(r.command.section(u'\n', 0, 0));
            for (const QString &line : r.lastLines.mid(qMax(0, r.lastLines.size() - 5)))
                entry += u"\n    | "_s + line;
            failures.append(entry);
            break;
        }
        }
    }
    if (cancelled->load())
        f.outcome = RunOutcome::Cancelled;
    else if (f.failed || f.blocked || notStarted)
        f.outcome = RunOutcome::Failed;

    QString text;
    switch (f.outcome) {
    case RunOutcome::Succeeded:
        text = u"Deployed: %1 steps done, %2 already done (skipped)."_s.arg(f.succeeded)
                   .arg(f.skipped);
        break;
    case RunOutcome::Cancelled:
        text = u"Cancelled: %1 steps done, %2 skipped, %3 interrupted, %4 not started."_s
                   .arg(f.succeeded)
                   .arg(f.skipped)
                   .arg(f.cancelled)
                   .arg(notStarted + f.blocked);
        break;
    case RunOutcome::Failed:
        text = u"Failed: %1 step(s) failed, %2 not run because of them; %3 done, %4 skipped."_s
                   .arg(f.failed)
                   .arg(f.blocked + notStarted)
                   .arg(f.succeeded)
                   .arg(f.skipped);
        break;
    }
    if (!failures.isEmpty())
        text += u"\n"_s + failures.join(u'\n');
    if (f.outcome != RunOutcome::Succeeded)
        text += u"\nJournal: %1\nFix the cause, then resume: finished steps are not redone."_s.arg(
            journalPath);
    f.summary = redactor.redact(text);
    return f;
}

RunFinished DeployRunner::State::finishEarly(const QString &error, qint64 elapsedMs)
{
    RunFinished f;
    f.outcome = RunOutcome::Failed;
    f.durationMs = elapsedMs;
    f.journalPath = journal.path();
    f.summary = u"Failed before the first step: %1"_s.arg(error);
    emitEvent(f);
    return f;
}

} // namespace Clusterwright
