// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "runner/journal.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Clusterwright {
namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString streamName(OutputStream stream)
{
    return stream == OutputStream::StdOut ? u"stdout"_s : u"stderr"_s;
}

struct ToJson
{
    QJsonObject operator()(const RunStarted &e) const
    {
        return {{u"type"_s, u"run-started"_s},
                {u"run"_s, e.runId},
                {u"steps"_s, e.totalSteps},
                {u"nodes"_s, QJsonArray::fromStringList(e.nodes)},
                {u"resumedFrom"_s, e.resumedFrom}};
    }
    QJsonObject operator()(const StepStarted &e) const
    {
        return {{u"type"_s, u"step-started"_s},
                {u"step"_s, e.stepId},
                {u"node"_s, e.node},
                {u"phase"_s, toString(e.phase)},
                {u"title"_s, e.title}};
    }
    QJsonObject operator()(const StepOutput &e) const
    {
        return {{u"type"_s, u"output"_s},
                {u"step"_s, e.stepId},
                {u"node"_s, e.node},
                {u"stream"_s, streamName(e.stream)},
                {u"line"_s, e.line}};
    }
    QJsonObject operator()(const StepNotice &e) const
    {
        return {{u"type"_s, u"notice"_s},
                {u"step"_s, e.stepId},
                {u"node"_s, e.node},
                {u"text"_s, e.text}};
    }
    QJsonObject operator()(const StepFinished &e) const
    {
        QJsonObject o{{u"type"_s, u"step-finished"_s},
                      {u"step"_s, e.stepId},
                      {u"node"_s, e.node},
                      {u"status"_s, toString(e.status)},
                      {u"durationMs"_s, e.durationMs}};
        if (e.exitCode >= 0)
            o.insert(u"exitCode"_s, e.exitCode);
        if (!e.exitSignal.isEmpty())
            o.insert(u"exitSignal"_s, e.exitSignal);
        if (!e.message.isEmpty())
            o.insert(u"message"_s, e.message);
        if (!e.command.isEmpty())
            o.insert(u"command"_s, e.command);
        if (!e.lastLines.isEmpty())
            o.insert(u"lastLines"_s, QJsonArray::fromStringList(e.lastLines));
        return o;
    }
    QJsonObject operator()(const NodeChanged &e) const
    {
        return {{u"type"_s, u"node"_s},
                {u"node"_s, e.node},
                {u"status"_s, toString(e.status)},
                {u"step"_s, e.stepId}};
    }
    QJsonObject operator()(const ProgressChanged &e) const
    {
        return {{u"type"_s, u"progress"_s},
                {u"finished"_s, e.finished},
                {u"total"_s, e.total},
                {u"running"_s, e.running},
                {u"failed"_s, e.failed}};
    }
    QJsonObject operator()(const RunWaiting &e) const
    {
        return {{u"type"_s, u"waiting"_s}, {u"steps"_s, QJsonArray::fromStringList(e.stepIds)}};
    }
    QJsonObject operator()(const RunFinished &e) const
    {
        return {{u"type"_s, u"run-finished"_s}, {u"outcome"_s, toString(e.outcome)},
                {u"succeeded"_s, e.succeeded},  {u"skipped"_s, e.skipped},
                {u"failed"_s, e.failed},        {u"blocked"_s, e.blocked},
                {u"cancelled"_s, e.cancelled},  {u"durationMs"_s, e.durationMs},
                {u"summary"_s, e.summary}};
    }
};

} // namespace

QJsonObject toJson(const RunEvent &event)
{
    return std::visit(ToJson{}, event);
}

bool JournalWriter::open(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        *error = u"cannot create %1"_s.arg(info.absolutePath());
        return false;
    }
    m_file.setFileName(path);
    // The journal names nodes and commands: private like ~/.ssh.
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)
        || !m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *error = u"cannot write %1: %2"_s.arg(path, m_file.errorString());
        return false;
    }
    return true;
}

void JournalWriter::write(const RunEvent &event)
{
    // Progress is derivable from the step records; keep the file readable.
    if (std::holds_alternative<ProgressChanged>(event))
        return;
    writeRecord(toJson(event));
}

void JournalWriter::writeRecord(const QJsonObject &record)
{
    if (!m_file.isOpen())
        return;
    QJsonObject stamped = record;
    stamped.insert(u"at"_s, now());
    m_file.write(QJsonDocument(stamped).toJson(QJsonDocument::Compact) + '\n');
    m_file.flush();
}

QStringList JournalSummary::done() const
{
    QStringList result;
    for (auto it = steps.cbegin(); it != steps.cend(); ++it) {
        if (it.value() == u"succeeded" || it.value() == u"skipped")
            result.append(it.key());
    }
    return result;
}

std::optional<JournalSummary> readJournal(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"%1: cannot read: %2"_s.arg(path, file.errorString());
        return std::nullopt;
    }
    const QList<QByteArray> lines = file.readAll().split('\n');
    JournalSummary summary;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines[i].trimmed().isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(lines[i], &parseError);
        if (!document.isObject()) {
            const bool lastLine = i >= lines.size() - 2;
            if (lastLine)
                break; // torn by a kill while writing
            *error = u"%1:%2: not a journal record: %3"_s.arg(path).arg(i + 1).arg(
                parseError.errorString());
            return std::nullopt;
        }
        const QJsonObject record = document.object();
        const QString type = record.value(u"type"_s).toString();
        if (type == u"run-started")
            summary.runId = record.value(u"run"_s).toString();
        else if (type == u"step-finished")
            summary.steps.insert(record.value(u"step"_s).toString(),
                                 record.value(u"status"_s).toString());
        else if (type == u"run-finished")
            summary.outcome = record.value(u"outcome"_s).toString();
    }
    if (summary.runId.isEmpty()) {
        *error = u"%1: not a Clusterwright journal (no run-started record)"_s.arg(path);
        return std::nullopt;
    }
    return summary;
}

} // namespace Clusterwright
