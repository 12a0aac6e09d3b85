// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "problems/validationservice.h"

#include "model/topologydocument.h"

#include <QMetaObject>
#include <QRunnable>
#include <QTimer>

namespace Clusterwright {
namespace {

// Validation after an edit waits for a pause in typing and dragging.
constexpr int ValidationDelayMs = 400;

} // namespace

ValidationService::ValidationService(TopologyDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_timer(new QTimer(this))
{
    m_pool.setMaxThreadCount(1);
    m_timer->setSingleShot(true);
    m_timer->setInterval(ValidationDelayMs);
    connect(m_timer, &QTimer::timeout, this, &ValidationService::start);
    // Positions never change a finding: moves do not revalidate.
    connect(document, &TopologyDocument::resetDone, this, &ValidationService::documentChanged);
    connect(document, &TopologyDocument::objectInserted, this, &ValidationService::documentChanged);
    connect(document, &TopologyDocument::objectRemoved, this, &ValidationService::documentChanged);
    connect(document, &TopologyDocument::objectChanged, this, &ValidationService::documentChanged);
    connect(document, &TopologyDocument::clusterChanged, this, &ValidationService::documentChanged);
    documentChanged();
}

ValidationService::~ValidationService()
{
    // The job posts its result to this object: it must not outlive it.
    m_pool.waitForDone();
}

bool ValidationService::isCurrent() const
{
    return m_delivered == m_generation && !m_timer->isActive() && !m_running;
}

void ValidationService::setSimulatedFailures(const QStringList &names)
{
    if (names == m_failed)
        return;
    m_failed = names;
    ++m_generation;
    m_timer->stop();
    start();
}

void ValidationService::revalidateNow()
{
    ++m_generation;
    m_timer->stop();
    start();
}

void ValidationService::documentChanged()
{
    ++m_generation;
    m_timer->start();
}

void ValidationService::start()
{
    // One run at a time; finished() starts the next if the document moved on meanwhile.
    if (m_running)
        return;
    m_running = true;
    const quint64 generation = m_generation;
    // Copies: the worker must never touch the document the GUI thread edits.
    Topology topology = m_document->topology();
    SourceMap sourceMap = m_document->sourceMap();
    QStringList failed = m_failed;
    auto *job = QRunnable::create([this, generation, topology = std::move(topology),
                                   sourceMap = std::move(sourceMap), failed = std::move(failed)] {
        Result result;
        result.report = validateTopology(topology, &sourceMap);
        if (!failed.isEmpty()) {
            result.whatIf = whatIf(topology, failed);
            result.baseline = whatIf(topology, {});
        }
        QMetaObject::invokeMethod(
            this, [this, generation, result = std::move(result)] { finished(generation, result); },
            Qt::QueuedConnection);
    });
    m_pool.start(job);
}

void ValidationService::finished(quint64 generation, const Result &result)
{
    m_running = false;
    if (generation != m_generation) {
        // Stale: an edit came in while the job ran. Run again unless the pause is still on.
        if (!m_timer->isActive())
            start();
        return;
    }
    m_delivered = generation;
    m_report = result.report;
    m_whatIf = result.whatIf;
    m_baseline = result.baseline;
    emit findingsChanged(m_report.findings);
    emit faultToleranceChanged(m_report.faultTolerance);
    emit whatIfChanged(m_whatIf);
}

} // namespace Clusterwright
