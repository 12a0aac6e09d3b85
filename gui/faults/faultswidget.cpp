// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "faults/faultswidget.h"

#include "canvas/designstyle.h"
#include "faults/failuresimulation.h"
#include "model/topologydocument.h"
#include "problems/problemsmodel.h"
#include "problems/validationservice.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

namespace Clusterwright {

using namespace Qt::StringLiterals;

namespace {

QString toleranceText(int failures)
{
    if (failures < 0)
        return FaultsWidget::tr("n/a");
    if (failures == 0)
        return FaultsWidget::tr("none");
    return QString::number(failures);
}

QTreeWidget *makeTree(const QString &objectName, const QStringList &headers, QWidget *parent)
{
    auto *tree = new QTreeWidget(parent);
    tree->setObjectName(objectName);
    tree->setHeaderLabels(headers);
    tree->setUniformRowHeights(true);
    tree->header()->setStretchLastSection(true);
    return tree;
}

// A titled part of the panel; the title is the buddy the tree's accessible name comes from.
QWidget *section(const QString &title, QWidget *content, QWidget *extra = nullptr)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(4, 4, 4, 0);
    auto *label = new QLabel(title, box);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    label->setBuddy(content);
    content->setAccessibleName(QString(title).remove(u'&'));
    layout->addWidget(label);
    if (extra)
        layout->addWidget(extra);
    layout->addWidget(content);
    return box;
}

} // namespace

FaultsWidget::FaultsWidget(ValidationService *service, FailureSimulation *simulation,
                           TopologyDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_simulation(simulation)
    , m_document(document)
    , m_etcd(new QLabel(this))
    , m_readout(makeTree(u"faultReadout"_s,
                         {tr("Component"), tr("Node failures"), tr("Host failures"), tr("Detail")},
                         this))
    , m_targets(makeTree(u"failureTargets"_s, {tr("Host / node"), tr("Roles")}, this))
    , m_outcomes(
          makeTree(u"whatIfOutcomes"_s, {tr("Component"), tr("Result"), tr("What happens")}, this))
    , m_summary(new QLabel(this))
    , m_rebuild(new QTimer(this))
{
    m_etcd->setObjectName(u"etcdSummary"_s);
    m_etcd->setWordWrap(true);
    m_summary->setObjectName(u"simulationSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_readout->setToolTip(tr("How many node or physical host failures each component survives, "
                             "worst case"));
    m_targets->setToolTip(tr("Tick hosts or nodes to pretend they failed; the design is not "
                             "changed"));
    m_outcomes->setRootIsDecorated(false);

    auto *clear = new QToolButton(this);
    clear->setDefaultAction(simulation->clearAction());
    clear->setToolButtonStyle(Qt::ToolButtonTextOnly);

    // Side by side: the panel sits under the canvas, where width is plenty and height scarce.
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(section(tr("&Fault tolerance"), m_readout, m_etcd));
    splitter->addWidget(section(tr("&Simulate failures"), m_targets, clear));
    splitter->addWidget(section(tr("&What breaks"), m_outcomes, m_summary));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    setFocusProxy(m_readout);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 4);

    m_rebuild->setSingleShot(true);
    m_rebuild->setInterval(0);
    connect(m_rebuild, &QTimer::timeout, this, &FaultsWidget::rebuildTargets);
    const auto later = [this] { m_rebuild->start(); };
    connect(document, &TopologyDocument::resetDone, m_rebuild, later);
    connect(document, &TopologyDocument::objectInserted, m_rebuild, later);
    connect(document, &TopologyDocument::objectRemoved, m_rebuild, later);
    connect(document, &TopologyDocument::objectChanged, m_rebuild, later);
    connect(m_targets, &QTreeWidget::itemChanged, this, &FaultsWidget::targetChanged);
    connect(service, &ValidationService::faultToleranceChanged, this, &FaultsWidget::showReadout);
    connect(service, &ValidationService::whatIfChanged, this, &FaultsWidget::showOutcomes);
    connect(simulation, &FailureSimulation::changed, this, [this] {
        syncChecks();
        showOutcomes();
    });
    showReadout(service->report().faultTolerance);
    rebuildTargets();
    showOutcomes();
}

QSize FaultsWidget::sizeHint() const
{
    // Three tree views would ask for 600 px of height and squeeze the canvas.
    return {900, 240};
}

void FaultsWidget::showReadout(const FaultToleranceSummary &summary)
{
    m_etcd->setText(summary.etcdMembers == 0
                        ? tr("etcd: no members")
                        : tr("etcd: %1 members, quorum %2, tolerates %3 member failures")
                              .arg(summary.etcdMembers)
                              .arg(summary.etcdQuorum)
                              .arg(etcdFailureTolerance(summary.etcdMembers)));
    m_readout->clear();
    const QIcon warning = ProblemsModel::severityIcon(Severity::Warning);
    for (const Tolerance &t : summary.components) {
        auto *item = new QTreeWidgetItem(m_readout, {t.component, toleranceText(t.nodeFailures),
                                                     toleranceText(t.hostFailures), t.detail});
        item->setToolTip(3, t.detail);
        // Zero tolerance gets the warning shape next to the word "none".
        if (t.nodeFailures == 0)
            item->setIcon(1, warning);
        if (t.hostFailures == 0)
            item->setIcon(2, warning);
        for (const QString &spof : t.singlePointsOfFailure) {
            auto *child = new QTreeWidgetItem(item, {tr("single point of failure: %1").arg(spof)});
            child->setIcon(0, warning);
            child->setFirstColumnSpanned(true);
        }
    }
    m_readout->expandAll();
    m_readout->resizeColumnToContents(0);
}

void FaultsWidget::rebuildTargets()
{
    const Topology &t = m_document->topology();
    // Typing a node's CPU count changes the node, not the checklist: rebuild only when
    // names, hosts or roles change.
    QStringList shown;
    shown.reserve(t.hosts.size() + t.nodes.size());
    for (const Host &host : t.hosts)
        shown << host.name;
    for (const Node &node : t.nodes) {
        QString key = node.name + u'\n' + node.host;
        for (Role role : node.roles)
            key += u'\n' + toString(role);
        shown << key;
    }
    if (shown == m_shownTargets && m_targets->topLevelItemCount() > 0)
        return;
    m_shownTargets = shown;
    m_syncing = true;
    m_targets->clear();
    QHash<QString, QTreeWidgetItem *> hosts;
    const auto addHost = [&](const QString &name) {
        auto *item = new QTreeWidgetItem(m_targets, {name, tr("physical host")});
        item->setData(0, KindRole, int(ObjectKind::Host));
        item->setData(0, NameRole, name);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        hosts.insert(name, item);
        return item;
    };
    for (const Host &host : t.hosts)
        addHost(host.name);
    for (const Node &node : t.nodes) {
        QStringList roles;
        for (Role role : node.roles)
            roles << DesignStyle::roleLabel(role);
        QTreeWidgetItem *parent = nullptr;
        if (!node.host.isEmpty())
            parent = hosts.contains(node.host) ? hosts.value(node.host) : addHost(node.host);
        auto *item = parent ? new QTreeWidgetItem(parent, {node.name, roles.join(u", "_s)})
                            : new QTreeWidgetItem(m_targets, {node.name, roles.join(u", "_s)});
        item->setData(0, KindRole, int(ObjectKind::Node));
        item->setData(0, NameRole, node.name);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    }
    m_targets->expandAll();
    m_targets->resizeColumnToContents(0);
    m_syncing = false;
    syncChecks();
}

void FaultsWidget::syncChecks()
{
    m_syncing = true;
    for (QTreeWidgetItemIterator it(m_targets); *it; ++it) {
        QTreeWidgetItem *item = *it;
        const bool failed = m_simulation->isFailed(ObjectKind(item->data(0, KindRole).toInt()),
                                                   item->data(0, NameRole).toString());
        item->setCheckState(0, failed ? Qt::Checked : Qt::Unchecked);
    }
    m_syncing = false;
}

QTreeWidgetItem *FaultsWidget::targetItem(const QString &name) const
{
    for (QTreeWidgetItemIterator it(m_targets); *it; ++it) {
        if ((*it)->data(0, NameRole).toString() == name)
            return *it;
    }
    return nullptr;
}

void FaultsWidget::targetChanged(QTreeWidgetItem *item)
{
    if (m_syncing)
        return;
    m_simulation->setFailed(ObjectKind(item->data(0, KindRole).toInt()),
                            item->data(0, NameRole).toString(), item->checkState(0) == Qt::Checked);
}

void FaultsWidget::showOutcomes()
{
    m_outcomes->clear();
    if (m_simulation->failed().isEmpty()) {
        m_summary->setText(
            tr("Nothing is failed. Tick hosts or nodes above, or select them on "
               "the canvas and use Simulate Failure (%1).")
                .arg(m_simulation->toggleAction()->shortcut().toString(QKeySequence::NativeText)));
        return;
    }
    const WhatIfResult &result = m_service->whatIfResult();
    const WhatIfResult &baseline = m_service->baselineWhatIf();
    if (!m_service->isCurrent()) {
        m_summary->setText(tr("Working out what breaks…"));
        return;
    }
    const QIcon error = ProblemsModel::severityIcon(Severity::Error);
    const QIcon info = ProblemsModel::severityIcon(Severity::Info);
    QStringList broken;
    for (const WhatIfOutcome &outcome : result.outcomes) {
        const bool before = std::any_of(
            baseline.outcomes.cbegin(), baseline.outcomes.cend(),
            [&](const WhatIfOutcome &o) { return o.component == outcome.component && o.broken; });
        QString state = tr("OK");
        if (outcome.broken)
            state = before ? tr("Broken already") : tr("BROKEN");
        auto *item
            = new QTreeWidgetItem(m_outcomes, {outcome.component, state, outcome.explanation});
        item->setIcon(1, outcome.broken ? error : info);
        item->setToolTip(2, outcome.explanation);
        if (outcome.broken && !before)
            broken << outcome.component;
    }
    m_outcomes->resizeColumnToContents(0);
    m_outcomes->resizeColumnToContents(1);
    QString text = tr("Down: %1.")
                       .arg(result.failedNodes.isEmpty() ? tr("no nodes")
                                                         : result.failedNodes.join(u", "_s));
    text += u' '
            + (broken.isEmpty() ? tr("Nothing breaks.")
                                : tr("Breaks: %1.").arg(broken.join(u", "_s)));
    if (!result.unknownNames.isEmpty())
        text += u' ' + tr("Unknown: %1.").arg(result.unknownNames.join(u", "_s));
    m_summary->setText(text);
}

} // namespace Clusterwright
