// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "deploy/plan.h"
#include "ssh/sshexec.h"

#include <QString>
#include <QStringList>

#include <variant>

namespace Clusterwright {

// What the runner tells its observers (the CLI's progress line, the GUI's
// dashboard, the journal). Every text in an event has been through the
// redactor: no join token or certificate key ever reaches an observer.

enum class StepStatus { Pending, Running, Succeeded, Skipped, Failed, Cancelled, Blocked };
QString toString(StepStatus status); // "pending", "running", "succeeded", ...
bool isFinal(StepStatus status);     // everything but Pending and Running

enum class NodeStatus { Waiting, Connecting, Working, Idle, Done, Failed, Cancelled };
QString toString(NodeStatus status);

struct RunStarted
{
    QString runId;       // "20261122T210501Z"
    QString journalPath; // absolute
    int totalSteps = 0;
    QStringList nodes;
    QString resumedFrom; // journal path of the run this one resumes, or empty
};

struct StepStarted
{
    QString stepId;
    QString node; // empty: on the desktop
    Phase phase = Phase::Connect;
    QString title;
};

struct StepOutput
{
    QString stepId;
    QString node;
    OutputStream stream = OutputStream::StdOut;
    QString line;
};

// Something worth a line that is not the step's own output: "skipped: the
// guard says it is done", "no output for 60 s", "uploading ...".
struct StepNotice
{
    QString stepId;
    QString node;
    QString text;
};

struct StepFinished
{
    QString stepId;
    QString node;
    StepStatus status = StepStatus::Succeeded;
    qint64 durationMs = 0;
    int exitCode = -1;     // of the failing (or last) command; -1: none
    QString exitSignal;    // "KILL" ...
    QString message;       // failures: what failed, in words ("exit code 3", "auth failed ...")
    QString command;       // failures: the command (placeholders unfilled)
    QStringList lastLines; // failures: the last lines it printed (stderr and stdout)
};

struct NodeChanged
{
    QString node;
    NodeStatus status = NodeStatus::Waiting;
    QString stepId; // the step it is on, if any
};

struct ProgressChanged
{
    int finished = 0; // steps in a final state
    int total = 0;
    int running = 0;
    int failed = 0; // failed + blocked + cancelled
};

// The run waits for a decision on these failed steps (RunOptions::holdFailures):
// everything else that could run has run.
struct RunWaiting
{
    QStringList stepIds;
};

enum class RunOutcome { Succeeded, Failed, Cancelled };
QString toString(RunOutcome outcome);

struct RunFinished
{
    RunOutcome outcome = RunOutcome::Succeeded;
    int succeeded = 0, skipped = 0, failed = 0, blocked = 0, cancelled = 0;
    qint64 durationMs = 0;
    QString journalPath;
    // Plain-words summary: what failed where, and how to resume.
    QString summary;
};

using RunEvent = std::variant<RunStarted, StepStarted, StepOutput, StepNotice, StepFinished,
                              NodeChanged, ProgressChanged, RunWaiting, RunFinished>;

} // namespace Clusterwright
