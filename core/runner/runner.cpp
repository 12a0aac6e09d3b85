// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "runner/runner.h"

#include "runner/journal.h"
#include "runner/runnerstate_p.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Clusterwright {

DeployRunner::DeployRunner(Plan plan, QHash<QString, NodeAccess> access,
                           std::unique_ptr<TransportFactory> transports, RunOptions options)
    : m_state(std::make_unique<State>())
{
    m_state->plan = std::move(plan);
    m_state->access = std::move(access);
    m_state->transports = std::move(transports);
    m_state->options = std::move(options);
    m_state->cancelled = &m_cancelled;
}

DeployRunner::~DeployRunner()
{
    cancel();
    m_state->stopLanes();
}

void DeployRunner::setObserver(Observer observer)
{
    m_state->observer = std::move(observer);
}

void DeployRunner::cancel()
{
    if (m_cancelled.exchange(true))
        return;
    m_state->cancelTransports();
}

QString DeployRunner::latestJournal(const QString &outputDir)
{
    const QStringList names
        = QDir(outputDir).entryList({u"journal-*.jsonl"_s}, QDir::Files, QDir::Name);
    return names.isEmpty() ? QString() : QDir(outputDir).absoluteFilePath(names.last());
}

QString DeployRunner::runDirectoryFor(const QString &designPath, bool rehearsal)
{
    const QFileInfo info(designPath);
    QString base = info.fileName();
    for (const QString &suffix : {u".cw.yaml"_s, u".yaml"_s, u".yml"_s}) {
        if (base.endsWith(suffix)) {
            base.chop(suffix.size());
            break;
        }
    }
    return info.absoluteDir().filePath(base + (rehearsal ? u".rehearsal"_s : u".deploy"_s));
}

RunFinished DeployRunner::run()
{
    State &s = *m_state;
    QElapsedTimer timer;
    timer.start();
    const QString runId = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd'T'HHmmss.zzz'Z'"_s);
    const QString journalPath = QDir(s.options.outputDir.isEmpty() ? u"."_s : s.options.outputDir)
                                    .absoluteFilePath(u"journal-%1.jsonl"_s.arg(runId));
    QString error;
    if (!s.journal.open(journalPath, &error))
        return s.finishEarly(error, timer.elapsed());

    QString resumedRun;
    if (!s.options.resumeJournal.isEmpty() && !s.prepareResume(&resumedRun, &error))
        return s.finishEarly(error, timer.elapsed());

    s.initialise();
    QStringList nodes = s.access.keys();
    nodes.sort();
    s.emitEvent(
        RunStarted{runId, journalPath, int(s.plan.steps.size()), nodes, s.options.resumeJournal});
    QJsonArray planRecord;
    for (const PlanStep &step : std::as_const(s.plan.steps))
        planRecord.append(QJsonObject{{u"step"_s, step.id},
                                      {u"node"_s, step.node},
                                      {u"phase"_s, toString(step.phase)},
                                      {u"title"_s, step.title},
                                      {u"after"_s, QJsonArray::fromStringList(step.dependsOn)}});
    s.journal.writeRecord({{u"type"_s, u"plan"_s}, {u"steps"_s, planRecord}});

    s.schedule(resumedRun);
    s.stopLanes();
    RunFinished finished = s.summarise(journalPath, timer.elapsed());
    s.emitEvent(finished);
    return finished;
}

} // namespace Clusterwright
