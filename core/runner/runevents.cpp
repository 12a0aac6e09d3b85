// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "runner/runevents.h"

using namespace Qt::StringLiterals;

namespace Clusterwright {

QString toString(StepStatus status)
{
    switch (status) {
    case StepStatus::Pending:
        return u"pending"_s;
    case StepStatus::Running:
        return u"running"_s;
    case StepStatus::Succeeded:
        return u"succeeded"_s;
    case StepStatus::Skipped:
        return u"skipped"_s;
    case StepStatus::Failed:
        return u"failed"_s;
    case StepStatus::Cancelled:
        return u"cancelled"_s;
    case StepStatus::Blocked:
        return u"blocked"_s;
    }
    return {};
}

bool isFinal(StepStatus status)
{
    return status != StepStatus::Pending && status != StepStatus::Running;
}

QString toString(NodeStatus status)
{
    switch (status) {
    case NodeStatus::Waiting:
        return u"waiting"_s;
    case NodeStatus::Connecting:
        return u"connecting"_s;
    case NodeStatus::Working:
        return u"working"_s;
    case NodeStatus::Idle:
        return u"idle"_s;
    case NodeStatus::Done:
        return u"done"_s;
    case NodeStatus::Failed:
        return u"failed"_s;
    case NodeStatus::Cancelled:
        return u"cancelled"_s;
    }
    return {};
}

QString toString(RunOutcome outcome)
{
    switch (outcome) {
    case RunOutcome::Succeeded:
        return u"succeeded"_s;
    case RunOutcome::Failed:
        return u"failed"_s;
    case RunOutcome::Cancelled:
        return u"cancelled"_s;
    }
    return {};
}

} // namespace Clusterwright
