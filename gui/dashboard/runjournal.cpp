// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
// RunModel::loadJournal: the journal's records turned back into RunEvents, so a
// replay goes through exactly the code that shows a live run.
#include "dashboard/runlogmodel.h"
#include "dashboard/runmodel.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Clusterwright {
namespace {

template<typename Enum>
Enum parseEnum(const QString &text, Enum first, Enum last, Enum fallback)
{
    for (int v = int(first); v <= int(last); ++v) {
        if (toString(Enum(v)) == text)
            return Enum(v);
    }
    return fallback;
}

Phase phaseOf(const QJsonObject &o)
{
    return parseEnum(o.value(u"phase"_s).toString(), Phase::Connect, Phase::Verify, Phase::Connect);
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &v : value.toArray())
        list.append(v.toString());
    return list;
}

std::optional<RunEvent> eventOf(const QJsonObject &o)
{
    const QString type = o.value(u"type"_s).toString();
    const QString step = o.value(u"step"_s).toString();
    const QString node = o.value(u"node"_s).toString();
    if (type == u"run-started")
        return RunStarted{o.value(u"run"_s).toString(),
                          {},
                          o.value(u"steps"_s).toInt(),
                          strings(o.value(u"nodes"_s)),
                          o.value(u"resumedFrom"_s).toString()};
    if (type == u"step-started")
        return StepStarted{step, node, phaseOf(o), o.value(u"title"_s).toString()};
    if (type == u"output")
        return StepOutput{step, node,
                          o.value(u"stream"_s).toString() == u"stderr" ? OutputStream::StdErr
                                                                       : OutputStream::StdOut,
                          o.value(u"line"_s).toString()};
    if (type == u"notice")
        return StepNotice{step, node, o.value(u"text"_s).toString()};
    if (type == u"step-finished") {
        StepFinished f;
        f.stepId = step;
        f.node = node;
        f.status = parseEnum(o.value(u"status"_s).toString(), StepStatus::Pending,
                             StepStatus::Blocked, StepStatus::Failed);
        f.durationMs = o.value(u"durationMs"_s).toInteger();
        f.exitCode = o.value(u"exitCode"_s).toInt(-1);
        f.exitSignal = o.value(u"exitSignal"_s).toString();
        f.message = o.value(u"message"_s).toString();
        f.command = o.value(u"command"_s).toString();
        f.lastLines = strings(o.value(u"lastLines"_s));
        return f;
    }
    if (type == u"node")
        return NodeChanged{node,
                           parseEnum(o.value(u"status"_s).toString(), NodeStatus::Waiting,
                                     NodeStatus::Cancelled, NodeStatus::Waiting),
                           step};
    if (type == u"waiting")
        return RunWaiting{strings(o.value(u"steps"_s))};
    if (type == u"run-finished") {
        RunFinished f;
        f.outcome = parseEnum(o.value(u"outcome"_s).toString(), RunOutcome::Succeeded,
                              RunOutcome::Cancelled, RunOutcome::Failed);
        f.succeeded = o.value(u"succeeded"_s).toInt();
        f.skipped = o.value(u"skipped"_s).toInt();
        f.failed = o.value(u"failed"_s).toInt();
        f.blocked = o.value(u"blocked"_s).toInt();
        f.cancelled = o.value(u"cancelled"_s).toInt();
        f.durationMs = o.value(u"durationMs"_s).toInteger();
        f.summary = o.value(u"summary"_s).toString();
        return f;
    }
    return std::nullopt;
}

} // namespace

bool RunModel::loadJournal(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    const QList<QByteArray> lines = file.readAll().split('\n');
    clear();
    m_readOnly = true;
    m_journalPath = path;
    m_rehearsal = path.contains(u".rehearsal/"_s);
    QDateTime origin;
    for (const QByteArray &raw : lines) {
        const QJsonObject o = QJsonDocument::fromJson(raw).object();
        if (o.isEmpty())
            continue; // blank, or torn by a kill while writing
        const QDateTime at = QDateTime::fromString(o.value(u"at"_s).toString(), Qt::ISODateWithMs);
        if (!origin.isValid() && at.isValid())
            origin = at;
        const qint64 ms = at.isValid() && origin.isValid() ? origin.msecsTo(at) : m_lastEventMs;
        if (o.value(u"type"_s).toString() == u"plan") {
            Plan plan;
            for (const QJsonValue &v : o.value(u"steps"_s).toArray()) {
                const QJsonObject s = v.toObject();
                PlanStep step;
                step.id = s.value(u"step"_s).toString();
                step.node = s.value(u"node"_s).toString();
                step.phase = phaseOf(s);
                step.title = s.value(u"title"_s).toString();
                step.dependsOn = strings(s.value(u"after"_s));
                step.mutatesCluster = true; // the journal does not say; assume the worst
                plan.steps.append(step);
            }
            setPlan(plan);
            continue;
        }
        if (const std::optional<RunEvent> event = eventOf(o))
            addEvent(*event, ms);
    }
    if (!hasRun()) {
        *error = tr("%1 is not a Clusterwright journal (no run-started record)").arg(path);
        clear();
        return false;
    }
    m_run.journalPath = path;
    m_log->flush();
    emit updated();
    return true;
}

} // namespace Clusterwright
