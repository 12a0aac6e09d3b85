// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "validation/faulttolerance.h"
#include "validation/validator.h"

#include <QObject>
#include <QStringList>
#include <QThreadPool>

class QTimer;

namespace Clusterwright {

class TopologyDocument;

// Validates the document in a worker thread a moment after it changes, so typing and
// dragging never wait for the rules. Each run works on a copy of the topology (a value
// type); a result that an edit has overtaken is dropped, and at most one run is in flight:
// edits made meanwhile are coalesced into the next one. The failure simulation's what-if
// runs in the same job, so its answer always matches the findings it is shown with.
class ValidationService : public QObject
{
    Q_OBJECT

public:
    explicit ValidationService(TopologyDocument *document, QObject *parent = nullptr);
    ~ValidationService() override;

    const ValidationReport &report() const { return m_report; }
    const WhatIfResult &whatIfResult() const { return m_whatIf; }
    // What-if with nothing failed: what is broken before the simulation.
    const WhatIfResult &baselineWhatIf() const { return m_baseline; }
    QStringList simulatedFailures() const { return m_failed; }
    // True when the report describes the document as it is now (no run pending or running).
    bool isCurrent() const;

    // Node and host names to fail in the what-if; revalidates at once, without the delay.
    void setSimulatedFailures(const QStringList &names);
    // Validates now, skipping the pause.
    void revalidateNow();

signals:
    void findingsChanged(const QList<Clusterwright::Finding> &findings);
    void faultToleranceChanged(const Clusterwright::FaultToleranceSummary &summary);
    void whatIfChanged(const Clusterwright::WhatIfResult &result);

private:
    void documentChanged();
    void start();
    struct Result
    {
        ValidationReport report;
        WhatIfResult whatIf;
        WhatIfResult baseline;
    };
    void finished(quint64 generation, const Result &result);

    TopologyDocument *m_document;
    QTimer *m_timer;
    QThreadPool m_pool;
    ValidationReport m_report;
    WhatIfResult m_whatIf;
    WhatIfResult m_baseline;
    QStringList m_failed;
    quint64 m_generation = 0; // bumped by every change that can alter the results
    quint64 m_delivered = 0;  // the generation m_report belongs to
    bool m_running = false;
};

} // namespace Clusterwright
