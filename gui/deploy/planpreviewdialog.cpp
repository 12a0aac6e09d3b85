// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "deploy/planpreviewdialog.h"

#include "runner/transport.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Clusterwright {

PlanPreviewDialog::PlanPreviewDialog(const Plan &plan, const Topology &topology,
                                     DeployController::Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
{
    const bool rehearsal = mode == DeployController::Mode::Rehearsal;
    setWindowTitle(rehearsal ? tr("Rehearse Deployment") : tr("Deploy"));
    resize(820, 600);
    QString error;
    m_rendered = renderedFiles(plan, &error);

    auto *layout = new QVBoxLayout(this);
    auto *banner = new QLabel(
        rehearsal ? tr("<b>Rehearsal</b> — the plan runs against simulated machines with "
                       "realistic timings. Nothing is contacted and nothing is changed.")
                  : tr("<b>Deploy</b> — this connects to the machines below and changes them."),
        this);
    banner->setObjectName(u"modeBanner"_s);
    banner->setWordWrap(true);
    if (rehearsal)
        banner->setStyleSheet(u"background:#fff3cd; color:#5c4400; padding:6px;"_s);
    layout->addWidget(banner);

    auto *tabs = new QTabWidget(this);
    tabs->addTab(planPage(plan), tr("Plan"));
    tabs->addTab(filesPage(), tr("Files"));
    tabs->addTab(connectionPage(topology), tr("Connection"));
    if (rehearsal)
        tabs->addTab(rehearsalPage(topology), tr("Rehearsal"));
    layout->addWidget(tabs);
    if (!error.isEmpty())
        layout->addWidget(new QLabel(tr("The files could not be rendered: %1").arg(error), this));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *start = buttons->addButton(rehearsal ? tr("Start Rehearsal") : tr("Start Deploy"),
                                            QDialogButtonBox::AcceptRole);
    start->setObjectName(u"start"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QWidget *PlanPreviewDialog::planPage(const Plan &plan)
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    QStringList nodes;
    QMap<int, QList<const PlanStep *>> byPhase;
    for (const PlanStep &step : plan.steps) {
        if (!step.node.isEmpty() && !nodes.contains(step.node))
            nodes.append(step.node);
        byPhase[int(step.phase)].append(&step);
    }
    m_summary = new QLabel(tr("%n node(s), %1 steps in %2 phases", nullptr, int(nodes.size()))
                               .arg(plan.steps.size())
                               .arg(byPhase.size()),
                           page);
    m_summary->setObjectName(u"summary"_s);
    layout->addWidget(m_summary);
    m_steps = new QTreeWidget(page);
    m_steps->setObjectName(u"steps"_s);
    m_steps->setHeaderLabels({tr("Phase / step"), tr("Node"), tr("Changes the cluster")});
    for (auto it = byPhase.cbegin(); it != byPhase.cend(); ++it) {
        auto *phase = new QTreeWidgetItem(
            m_steps, {toString(Phase(it.key())), tr("%n step(s)", nullptr, int(it->size()))});
        for (const PlanStep *step : it.value())
            new QTreeWidgetItem(phase,
                                {step->title, step->node.isEmpty() ? tr("desktop") : step->node,
                                 step->mutatesCluster ? tr("yes") : QString()});
    }
    m_steps->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_steps);
    for (const QString &warning : plan.warnings) {
        auto *label = new QLabel(tr("Not done by this plan: %1").arg(warning), page);
        label->setWordWrap(true);
        layout->addWidget(label);
    }
    return page;
}

QWidget *PlanPreviewDialog::filesPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_files = new QTreeWidget(page);
    m_files->setObjectName(u"files"_s);
    m_files->setHeaderLabels({tr("Node / file"), tr("Size")});
    QMap<QString, QTreeWidgetItem *> nodeItems;
    for (const RenderedFile &file : std::as_const(m_rendered)) {
        if (file.node.isEmpty())
            continue;
        QTreeWidgetItem *&nodeItem = nodeItems[file.node];
        if (!nodeItem)
            nodeItem = new QTreeWidgetItem(m_files, {file.node});
        new QTreeWidgetItem(nodeItem,
                            {file.path, tr("%n byte(s)", nullptr, int(file.content.size()))});
    }
    m_files->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_files);
    auto *review = new QPushButton(tr("Review Files…"), page);
    review->setObjectName(u"reviewFiles"_s);
    connect(review, &QPushButton::clicked, this, [this] {
        QTreeWidgetItem *item = m_files->currentItem();
        while (item && item->parent())
            item = item->parent();
        reviewFiles(item ? item->text(0) : QString())->exec();
    });
    layout->addWidget(review);
    return page;
}

ArtifactViewer *PlanPreviewDialog::reviewFiles(const QString &node)
{
    auto *viewer = new ArtifactViewer(m_rendered, node, this);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    return viewer;
}

QWidget *PlanPreviewDialog::connectionPage(const Topology &topology)
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_parallel = new QSpinBox(page);
    m_parallel->setObjectName(u"parallel"_s);
    m_parallel->setRange(1, 1000);
    m_parallel->setValue(30);
    form->addRow(tr("Steps at once:"), m_parallel);
    m_user = new QLineEdit(page);
    m_user->setObjectName(u"defaultUser"_s);
    m_user->setPlaceholderText(tr("from ~/.ssh/config, else your login name"));
    form->addRow(tr("Default SSH user:"), m_user);
    m_key = new QLineEdit(page);
    m_key->setObjectName(u"defaultKey"_s);
    m_key->setPlaceholderText(tr("from ~/.ssh/config, the agent or the default keys"));
    form->addRow(tr("Default SSH key:"), m_key);
    m_acceptNew = new QCheckBox(tr("Trust unknown host keys without asking (first contact only; "
                                   "a changed key is never accepted)"),
                                page);
    m_acceptNew->setObjectName(u"acceptNewHostKeys"_s);
    form->addRow(m_acceptNew);
    // No keychain backend is linked (qtkeychain is not a dependency): say so, rather than
    // leave people looking for a "remember" box.
    auto *secrets = new QLabel(tr("Secrets you type during a deploy (passphrases, passwords, sudo "
                                  "passwords) are kept in memory for this run only; storing them "
                                  "in the system keychain is not available in this build."),
                               page);
    secrets->setObjectName(u"secretsNote"_s);
    secrets->setWordWrap(true);
    form->addRow(secrets);

    const QHash<QString, NodeAccess> access = accessFromTopology(topology);
    m_overrides = new QTableWidget(int(topology.nodes.size()), 3, page);
    m_overrides->setObjectName(u"addressOverrides"_s);
    m_overrides->setHorizontalHeaderLabels(
        {tr("Node"), tr("Designed SSH address"), tr("Reach it from here at")});
    for (qsizetype row = 0; row < topology.nodes.size(); ++row) {
        const QString node = topology.nodes[row].name;
        auto *name = new QTableWidgetItem(node);
        name->setFlags(name->flags() & ~Qt::ItemIsEditable);
        auto *designed = new QTableWidgetItem(access.value(node).target.host);
        designed->setFlags(designed->flags() & ~Qt::ItemIsEditable);
        m_overrides->setItem(int(row), 0, name);
        m_overrides->setItem(int(row), 1, designed);
        m_overrides->setItem(int(row), 2, new QTableWidgetItem());
    }
    m_overrides->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    form->addRow(tr("Address overrides:"), m_overrides);
    return page;
}

QWidget *PlanPreviewDialog::rehearsalPage(const Topology &topology)
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_speed = new QDoubleSpinBox(page);
    m_speed->setObjectName(u"speed"_s);
    m_speed->setRange(1, 1000);
    m_speed->setValue(10);
    m_speed->setSuffix(tr("× realistic speed"));
    form->addRow(tr("Speed:"), m_speed);
    m_failures = new QTableWidget(int(topology.nodes.size()), 3, page);
    m_failures->setObjectName(u"injectedFailures"_s);
    m_failures->setHorizontalHeaderLabels({tr("Node"), tr("Fails preflight"), tr("Slow join")});
    m_failures->setToolTip(tr("A failed preflight fails once: Retry step in the dashboard then "
                              "passes, as after fixing the machine"));
    for (qsizetype row = 0; row < topology.nodes.size(); ++row) {
        auto *name = new QTableWidgetItem(topology.nodes[row].name);
        name->setFlags(Qt::ItemIsEnabled);
        m_failures->setItem(int(row), 0, name);
        for (int column : {1, 2}) {
            auto *check = new QTableWidgetItem();
            check->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            check->setCheckState(Qt::Unchecked);
            m_failures->setItem(int(row), column, check);
        }
    }
    form->addRow(tr("Injected failures:"), m_failures);
    return page;
}

void PlanPreviewDialog::setSettings(const DeployController::Settings &settings)
{
    m_parallel->setValue(settings.parallel);
    m_user->setText(settings.defaultUser);
    m_key->setText(settings.defaultIdentityFile);
    m_acceptNew->setChecked(settings.acceptNewHostKeys);
    for (int row = 0; row < m_overrides->rowCount(); ++row)
        m_overrides->item(row, 2)->setText(
            settings.addressOverride.value(m_overrides->item(row, 0)->text()));
    if (m_failures) {
        for (int row = 0; row < m_failures->rowCount(); ++row) {
            const QString node = m_failures->item(row, 0)->text();
            m_failures->item(row, 1)->setCheckState(
                settings.failPreflightOn.contains(node) ? Qt::Checked : Qt::Unchecked);
            m_failures->item(row, 2)->setCheckState(
                settings.slowJoinOn.contains(node) ? Qt::Checked : Qt::Unchecked);
        }
        m_speed->setValue(settings.timeScale > 0 ? 1.0 / settings.timeScale : 10);
    }
}

DeployController::Settings PlanPreviewDialog::settings() const
{
    DeployController::Settings s;
    s.parallel = m_parallel->value();
    s.defaultUser = m_user->text().trimmed();
    s.defaultIdentityFile = m_key->text().trimmed();
    s.acceptNewHostKeys = m_acceptNew->isChecked();
    for (int row = 0; row < m_overrides->rowCount(); ++row) {
        const QString address = m_overrides->item(row, 2)->text().trimmed();
        if (!address.isEmpty())
            s.addressOverride.insert(m_overrides->item(row, 0)->text(), address);
    }
    if (m_failures) {
        for (int row = 0; row < m_failures->rowCount(); ++row) {
            const QString node = m_failures->item(row, 0)->text();
            if (m_failures->item(row, 1)->checkState() == Qt::Checked)
                s.failPreflightOn.append(node);
            if (m_failures->item(row, 2)->checkState() == Qt::Checked)
                s.slowJoinOn.append(node);
        }
        s.timeScale = 1.0 / m_speed->value();
    }
    return s;
}

} // namespace Clusterwright
