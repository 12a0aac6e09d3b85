// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "runner/runevents.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <mutex>

namespace Clusterwright::Test {

// Every event of a run, kept for the assertions (observers run on runner threads).
class RunRecorder
{
public:
    void add(const RunEvent &event)
    {
        std::lock_guard lock(m_mutex);
        m_events.append(event);
    }
    QList<RunEvent> events() const
    {
        std::lock_guard lock(m_mutex);
        return m_events;
    }
    bool ended() const
    {
        std::lock_guard lock(m_mutex);
        return !m_events.isEmpty() && std::holds_alternative<RunFinished>(m_events.last());
    }
    // The last finish of each step.
    QHash<QString, StepFinished> finished() const
    {
        QHash<QString, StepFinished> steps;
        for (const RunEvent &event : events()) {
            if (const auto *f = std::get_if<StepFinished>(&event))
                steps.insert(f->stepId, *f);
        }
        return steps;
    }
    QStringList withStatus(StepStatus status) const
    {
        QStringList ids;
        const QHash<QString, StepFinished> steps = finished();
        for (const StepFinished &f : steps) {
            if (f.status == status)
                ids << f.stepId;
        }
        ids.sort();
        return ids;
    }
    // Every text that reached the observer.
    QString texts() const
    {
        QString all;
        for (const RunEvent &event : events()) {
            if (const auto *o = std::get_if<StepOutput>(&event))
                all += o->line + u'\n';
            else if (const auto *n = std::get_if<StepNotice>(&event))
                all += n->text + u'\n';
            else if (const auto *f = std::get_if<StepFinished>(&event))
                all += f->message + u'\n' + f->command + u'\n' + f->lastLines.join(u'\n') + u'\n';
            else if (const auto *r = std::get_if<RunFinished>(&event))
                all += r->summary + u'\n';
        }
        return all;
    }

private:
    mutable std::mutex m_mutex;
    QList<RunEvent> m_events;
};

} // namespace Clusterwright::Test
