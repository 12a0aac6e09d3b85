// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "faults/failuresimulation.h"

#include "canvas/designitem.h"
#include "canvas/designscene.h"
#include "edit/designeditor.h"
#include "model/topologydocument.h"
#include "problems/validationservice.h"

#include <QAction>

namespace Clusterwright {

using namespace Qt::StringLiterals;

namespace {

bool canFail(ObjectKind kind)
{
    return kind == ObjectKind::Node || kind == ObjectKind::Host;
}

// The object a what-if component stands for on the canvas, when there is one. The
// component names are the fault model's: "API endpoint", "storage nas", "LoadBalancer lb".
std::optional<ObjectRef> objectOf(const Topology &t, const QString &component)
{
    if (component == u"API endpoint"_s) {
        for (int i = 0; i < t.vips.size(); ++i) {
            if (t.vips[i].name == t.cluster.controlPlaneEndpoint)
                return ObjectRef{ObjectKind::Vip, t.vips[i].name, i};
        }
        return std::nullopt;
    }
    for (int i = 0; i < t.storage.size(); ++i) {
        if (component == u"storage "_s + t.storage[i].name)
            return ObjectRef{ObjectKind::Storage, t.storage[i].name, i};
    }
    for (int i = 0; i < t.vips.size(); ++i) {
        if (component == u"LoadBalancer "_s + t.vips[i].name)
            return ObjectRef{ObjectKind::Vip, t.vips[i].name, i};
    }
    return std::nullopt;
}

} // namespace

FailureSimulation::FailureSimulation(ValidationService *service, DesignScene *scene,
                                     QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_scene(scene)
    , m_document(scene->editor()->document())
    , m_toggle(new QAction(tr("Simulate &Failure"), this))
    , m_clear(new QAction(tr("C&lear Simulation"), this))
{
    m_toggle->setObjectName(u"actionSimulateFailure"_s);
    m_toggle->setCheckable(true);
    m_toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_F));
    m_toggle->setToolTip(tr("Pretend the selected nodes or hosts have failed and see what "
                            "breaks; the design is not changed (%1)")
                             .arg(m_toggle->shortcut().toString(QKeySequence::NativeText)));
    m_clear->setObjectName(u"actionClearSimulation"_s);
    m_clear->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::SHIFT | Qt::Key_F));
    m_clear->setToolTip(tr("Bring every simulated failure back up (%1)")
                            .arg(m_clear->shortcut().toString(QKeySequence::NativeText)));
    // triggered, not toggled: the check mark only mirrors the selection.
    connect(m_toggle, &QAction::triggered, this, &FailureSimulation::toggleSelection);
    connect(m_clear, &QAction::triggered, this, &FailureSimulation::clear);
    connect(scene, &QGraphicsScene::selectionChanged, this, &FailureSimulation::updateActions);

    connect(m_document, &TopologyDocument::resetDone, this, &FailureSimulation::clear);
    connect(m_document, &TopologyDocument::objectAboutToChange, this,
            &FailureSimulation::aboutToChange);
    connect(m_document, &TopologyDocument::objectChanged, this, &FailureSimulation::objectChanged);
    connect(m_document, &TopologyDocument::objectAboutToBeRemoved, this,
            &FailureSimulation::aboutToRemove);
    connect(m_service, &ValidationService::whatIfChanged, this, [this](const WhatIfResult &result) {
        m_scene->setSimulation(marks(result, m_service->baselineWhatIf()));
    });
    updateActions();
}

QStringList FailureSimulation::failedNames() const
{
    QStringList names;
    for (const ObjectRef &ref : m_failed)
        names << ref.name;
    return names;
}

bool FailureSimulation::isFailed(ObjectKind kind, const QString &name) const
{
    return std::any_of(m_failed.cbegin(), m_failed.cend(),
                       [&](const ObjectRef &ref) { return ref.kind == kind && ref.name == name; });
}

void FailureSimulation::setFailed(ObjectKind kind, const QString &name, bool failed)
{
    if (!canFail(kind) || name.isEmpty() || failed == isFailed(kind, name))
        return;
    if (failed) {
        m_failed << ObjectRef{kind, name, -1};
    } else {
        m_failed.removeIf(
            [&](const ObjectRef &ref) { return ref.kind == kind && ref.name == name; });
    }
    publish();
}

void FailureSimulation::toggleSelection()
{
    QList<ObjectRef> targets;
    for (const ObjectRef &ref : m_scene->selectedObjects()) {
        if (canFail(ref.kind))
            targets << ref;
    }
    if (targets.isEmpty())
        return;
    const bool allFailed
        = std::all_of(targets.cbegin(), targets.cend(),
                      [this](const ObjectRef &r) { return isFailed(r.kind, r.name); });
    for (const ObjectRef &ref : targets) {
        if (allFailed)
            m_failed.removeIf(
                [&](const ObjectRef &f) { return f.kind == ref.kind && f.name == ref.name; });
        else if (!isFailed(ref.kind, ref.name))
            m_failed << ObjectRef{ref.kind, ref.name, -1};
    }
    publish();
}

void FailureSimulation::clear()
{
    if (m_failed.isEmpty())
        return;
    m_failed.clear();
    publish();
}

void FailureSimulation::publish()
{
    // The failed items grey at once; what they take down follows from the worker.
    QList<SimulationMark> quick;
    for (const ObjectRef &ref : std::as_const(m_failed))
        quick << SimulationMark{ref, SimulatedState::Failed, tr("failed (simulated)"), {}};
    m_scene->setSimulation(quick);
    m_service->setSimulatedFailures(failedNames());
    updateActions();
    emit changed();
}

QList<SimulationMark> FailureSimulation::marks(const WhatIfResult &result,
                                               const WhatIfResult &baseline) const
{
    QList<SimulationMark> marks;
    if (m_failed.isEmpty())
        return marks;
    const Topology &t = m_document->topology();
    for (const ObjectRef &ref : m_failed)
        marks << SimulationMark{ref, SimulatedState::Failed, tr("failed (simulated)"), {}};
    for (const QString &node : result.failedNodes) {
        if (isFailed(ObjectKind::Node, node))
            continue;
        QString host;
        for (const Node &n : t.nodes) {
            if (n.name == node)
                host = n.host;
        }
        marks << SimulationMark{{ObjectKind::Node, node, -1},
                                SimulatedState::Down,
                                tr("down (simulated)"),
                                tr("down with its host %1 (simulated)").arg(host)};
    }
    // Only what the failure breaks: a component broken with nothing failed is a finding.
    for (const WhatIfOutcome &outcome : result.outcomes) {
        if (!outcome.broken)
            continue;
        const bool brokenBefore = std::any_of(
            baseline.outcomes.cbegin(), baseline.outcomes.cend(),
            [&](const WhatIfOutcome &o) { return o.component == outcome.component && o.broken; });
        if (brokenBefore)
            continue;
        if (const std::optional<ObjectRef> ref = objectOf(t, outcome.component)) {
            marks << SimulationMark{*ref, SimulatedState::ServiceLost,
                                    tr("service lost (simulated)"),
                                    tr("%1 (simulated)").arg(outcome.explanation)};
        }
    }
    return marks;
}

void FailureSimulation::updateActions()
{
    bool any = false;
    bool allFailed = true;
    for (const ObjectRef &ref : m_scene->selectedObjects()) {
        if (!canFail(ref.kind))
            continue;
        any = true;
        allFailed = allFailed && isFailed(ref.kind, ref.name);
    }
    m_toggle->setEnabled(any);
    m_toggle->setChecked(any && allFailed);
    m_clear->setEnabled(!m_failed.isEmpty());
}

void FailureSimulation::aboutToChange(ObjectKind kind, int index)
{
    m_changing = canFail(kind) ? m_document->objectName(kind, index) : QString();
}

void FailureSimulation::objectChanged(ObjectKind kind, int index)
{
    if (!canFail(kind) || m_changing.isEmpty())
        return;
    const QString name = m_document->objectName(kind, index);
    if (name == m_changing)
        return;
    // A rename: the simulated failure follows the object.
    bool followed = false;
    for (ObjectRef &ref : m_failed) {
        if (ref.kind == kind && ref.name == m_changing) {
            ref.name = name;
            followed = true;
        }
    }
    if (followed)
        publish();
}

void FailureSimulation::aboutToRemove(ObjectKind kind, int index)
{
    if (!canFail(kind))
        return;
    const QString name = m_document->objectName(kind, index);
    if (isFailed(kind, name)) {
        m_failed.removeIf(
            [&](const ObjectRef &ref) { return ref.kind == kind && ref.name == name; });
        publish();
    }
}

} // namespace Clusterwright
