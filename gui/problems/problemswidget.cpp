// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "problems/problemswidget.h"

#include "canvas/designscene.h"
#include "canvas/designview.h"
#include "edit/designeditor.h"
#include "problems/problemsfilter.h"
#include "problems/problemsmodel.h"
#include "problems/validationservice.h"
#include "validation/fixapply.h"

#include <QAction>
#include <QHeaderView>
#include <QMenu>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace Clusterwright {

using namespace Qt::StringLiterals;

namespace {

// The suggestion is the command's name in Edit > Undo: "Use 192.168.1.0/24".
QString commandText(const Finding &finding)
{
    QString text = finding.suggestion.isEmpty() ? finding.ruleId : finding.suggestion;
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

} // namespace

ProblemsWidget::ProblemsWidget(ValidationService *service, DesignView *view, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_canvas(view)
    , m_model(new ProblemsModel(this))
    , m_filter(new ProblemsFilter(this))
    , m_view(new QTreeView(this))
{
    m_filter->setSourceModel(m_model);
    m_view->setObjectName(u"problemsView"_s);
    m_view->setModel(m_filter);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ProblemsModel::SeverityColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(ProblemsModel::MessageColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(ProblemsModel::LocationColumn,
                                           QHeaderView::ResizeToContents);
    m_view->setAccessibleName(tr("Problems"));
    setFocusProxy(m_view);

    auto *toolbar = new QToolBar(this);
    toolbar->setObjectName(u"problemsToolBar"_s);
    toolbar->setIconSize(QSize(16, 16));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (Severity severity : {Severity::Error, Severity::Warning, Severity::Info}) {
        m_filters[int(severity)] = makeFilter(severity);
        toolbar->addAction(m_filters[int(severity)]);
    }
    toolbar->addSeparator();

    m_show = new QAction(tr("&Show on Canvas"), this);
    m_show->setObjectName(u"actionShowProblem"_s);
    m_show->setToolTip(tr("Select and centre the objects of the problem (Enter)"));
    connect(m_show, &QAction::triggered, this, [this] { showOnCanvas(m_view->currentIndex()); });

    m_applyFix = new QAction(tr("Apply &Fix"), this);
    m_applyFix->setObjectName(u"actionApplyFix"_s);
    m_applyFix->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    m_applyFix->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_applyFix->setToolTip(tr("Apply the suggested fix of the selected problem, undoably (%1)")
                               .arg(m_applyFix->shortcut().toString(QKeySequence::NativeText)));
    addAction(m_applyFix);
    toolbar->addAction(m_applyFix);
    connect(m_applyFix, &QAction::triggered, this, [this] { applyFix(m_view->currentIndex()); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolbar);
    layout->addWidget(m_view);

    // Click and Enter show; double-click fixes (its first click has shown already).
    connect(m_view, &QTreeView::clicked, this, &ProblemsWidget::showOnCanvas);
    connect(m_view, &QTreeView::activated, this, &ProblemsWidget::showOnCanvas);
    connect(m_view, &QTreeView::doubleClicked, this, &ProblemsWidget::applyFix);
    connect(m_view, &QWidget::customContextMenuRequested, this, &ProblemsWidget::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ProblemsWidget::updateApplyFix);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ProblemsWidget::updateApplyFix);
    connect(m_service, &ValidationService::findingsChanged, this,
            [this](const QList<Finding> &findings) { showFindings(findings); });
    m_model->setFindings(m_service->report().findings);
    updateCounts();
    updateApplyFix();
}

// Keeps the row the user is on across revalidations when its finding is still there.
void ProblemsWidget::showFindings(const QList<Finding> &findings)
{
    const auto keyOf
        = [](const Finding &f) { return f.ruleId + u'\n' + f.path + u'\n' + f.message; };
    const Finding *current = findingAt(m_view->currentIndex());
    const QString key = current ? keyOf(*current) : QString();
    m_model->setFindings(findings);
    updateCounts();
    if (key.isEmpty())
        return;
    for (int row = 0; row < findings.size(); ++row) {
        if (keyOf(findings[row]) == key) {
            const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
            m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                                 | QItemSelectionModel::Rows);
            break;
        }
    }
}

QAction *ProblemsWidget::makeFilter(Severity severity)
{
    auto *action = new QAction(ProblemsModel::severityIcon(severity), {}, this);
    action->setCheckable(true);
    action->setChecked(true);
    action->setObjectName(u"filter_"_s + toString(severity));
    connect(action, &QAction::toggled, this,
            [this, severity](bool on) { m_filter->setSeverityShown(severity, on); });
    return action;
}

QSize ProblemsWidget::sizeHint() const
{
    // A few rows under the canvas; a tree view alone asks for more than the canvas can spare.
    return {900, 200};
}

QString ProblemsWidget::title() const
{
    const int errors = m_model->count(Severity::Error);
    const int warnings = m_model->count(Severity::Warning);
    const int infos = m_model->count(Severity::Info);
    QStringList parts;
    // English has no plural forms file: the singular is spelled out, as elsewhere.
    if (errors)
        parts << (errors == 1 ? tr("1 error") : tr("%n errors", "", errors));
    if (warnings)
        parts << (warnings == 1 ? tr("1 warning") : tr("%n warnings", "", warnings));
    if (infos)
        parts << (infos == 1 ? tr("1 note") : tr("%n notes", "", infos));
    if (parts.isEmpty())
        return tr("Problems (none)");
    return tr("Problems (%1)").arg(parts.join(u", "_s));
}

void ProblemsWidget::updateCounts()
{
    const int errors = m_model->count(Severity::Error);
    const int warnings = m_model->count(Severity::Warning);
    const int infos = m_model->count(Severity::Info);
    m_filters[int(Severity::Error)]->setText(errors == 1 ? tr("1 Error")
                                                         : tr("%n Errors", "", errors));
    m_filters[int(Severity::Warning)]->setText(warnings == 1 ? tr("1 Warning")
                                                             : tr("%n Warnings", "", warnings));
    m_filters[int(Severity::Info)]->setText(infos == 1 ? tr("1 Note") : tr("%n Notes", "", infos));
    m_filters[int(Severity::Error)]->setToolTip(tr("Show or hide the errors"));
    m_filters[int(Severity::Warning)]->setToolTip(tr("Show or hide the warnings"));
    m_filters[int(Severity::Info)]->setToolTip(tr("Show or hide the notes"));
    emit titleChanged(title());
}

const Finding *ProblemsWidget::findingAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != m_filter)
        return nullptr;
    const QModelIndex source = m_filter->mapToSource(index);
    return source.isValid() ? &m_model->finding(source.row()) : nullptr;
}

void ProblemsWidget::showOnCanvas(const QModelIndex &index)
{
    const Finding *finding = findingAt(index);
    if (!finding || finding->objects.isEmpty())
        return;
    DesignScene *scene = m_canvas->designScene();
    scene->selectObjects(finding->objects);
    const QList<ObjectRef> selected = scene->selectedObjects();
    if (!selected.isEmpty())
        m_canvas->centerOn(scene->itemsBoundingRectOf(selected).center());
}

bool ProblemsWidget::applyFix(const QModelIndex &index)
{
    const Finding *finding = findingAt(index);
    if (!finding)
        return false;
    if (finding->fix.isEmpty()) {
        emit message(tr("%1 has no automatic fix.").arg(finding->ruleId));
        return false;
    }
    // The fix names fields by index: after an edit it may point at the wrong object.
    if (!m_service->isCurrent()) {
        emit message(tr("The problems are being updated; try again in a moment."));
        return false;
    }
    const Finding copy = *finding; // the model resets when the document changes
    DesignEditor *editor = m_canvas->designScene()->editor();
    QString error;
    const std::optional<Topology> fixed = applyFieldEdits(editor->topology(), copy.fix, &error);
    if (!fixed || !editor->applyTopology(*fixed, commandText(copy))) {
        emit message(
            tr("The fix for %1 could not be applied: %2")
                .arg(copy.ruleId, error.isEmpty() ? tr("it adds or removes objects") : error));
        return false;
    }
    emit message(tr("Applied: %1").arg(commandText(copy)));
    m_service->revalidateNow();
    return true;
}

void ProblemsWidget::updateApplyFix()
{
    const Finding *finding = findingAt(m_view->currentIndex());
    m_applyFix->setEnabled(finding && !finding->fix.isEmpty());
    m_show->setEnabled(finding && !finding->objects.isEmpty());
}

void ProblemsWidget::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    QMenu menu(this);
    menu.addActions({m_show, m_applyFix});
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

} // namespace Clusterwright
