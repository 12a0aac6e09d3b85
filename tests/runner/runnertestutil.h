// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "runner/journal.h"
#include "runner/runner.h"
#include "ssh/shellquote.h"

#include <QJsonDocument>
#include <QList>
#include <QSet>
#include <QStringList>

#include <mutex>

// Synthetic plans for the runner tests: harmless shell on throwaway sshd
// servers, writing only below the test's temporary directory.
namespace Clusterwright::Test {

inline PlanStep shellStep(const QString &id, const QStringList &after, const QString &script)
{
    PlanStep step;
    step.id = id;
    step.node = id.section(u'/', 0, 0);
    step.phase = Phase::Prepare;
    step.title = id;
    step.dependsOn = after;
    RemoteCommand command;
    command.script = script;
    step.commands.append(command);
    return step;
}

inline PlanStep connectStep(const QString &node)
{
    PlanStep step = shellStep(node + QStringLiteral("/connect"), {}, QStringLiteral("true"));
    step.phase = Phase::Connect;
    return step;
}

// Every event, kept for assertions; thread-safe.
class EventLog
{
public:
    void add(const RunEvent &event)
    {
        std::lock_guard lock(m_mutex);
        m_events.append(event);
        if (const auto *s = std::get_if<StepStarted>(&event); s && !s->node.isEmpty()) {
            m_started.insert(s->stepId);
            m_maxRunning = qMax(m_maxRunning, int(m_started.size()));
        }
        if (const auto *f = std::get_if<StepFinished>(&event))
            m_started.remove(f->stepId);
    }
    QList<RunEvent> events() const
    {
        std::lock_guard lock(m_mutex);
        return m_events;
    }
    int maxRunning() const
    {
        std::lock_guard lock(m_mutex);
        return m_maxRunning;
    }
    // Index of the first event of type T for `step`, or -1.
    template<typename T>
    int indexOf(const QString &step) const
    {
        std::lock_guard lock(m_mutex);
        for (qsizetype i = 0; i < m_events.size(); ++i) {
            if (const auto *e = std::get_if<T>(&m_events[i]); e && e->stepId == step)
                return int(i);
        }
        return -1;
    }
    std::optional<StepFinished> finished(const QString &step) const
    {
        const int i = indexOf<StepFinished>(step);
        if (i < 0)
            return std::nullopt;
        std::lock_guard lock(m_mutex);
        return std::get<StepFinished>(m_events[i]);
    }
    // Every event as its journal JSON, for secret scans.
    QString allText() const
    {
        std::lock_guard lock(m_mutex);
        QString text;
        for (const RunEvent &event : m_events)
            text += QString::fromUtf8(QJsonDocument(toJson(event)).toJson()) + u'\n';
        return text;
    }

private:
    mutable std::mutex m_mutex;
    QList<RunEvent> m_events;
    QSet<QString> m_started;
    int m_maxRunning = 0;
};

} // namespace Clusterwright::Test
