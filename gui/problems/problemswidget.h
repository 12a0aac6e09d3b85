// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "validation/finding.h"

#include <QWidget>

class QAction;
class QModelIndex;
class QTreeView;

namespace Clusterwright {

class DesignView;
class ProblemsFilter;
class ProblemsModel;
class ValidationService;

// The Problems panel: the live findings, sortable and filtered by severity. Activating a
// row (click, Enter) selects its objects on the canvas and centres them; double-click or
// Apply Fix applies the finding's fix as one undoable command.
class ProblemsWidget : public QWidget
{
    Q_OBJECT

public:
    ProblemsWidget(ValidationService *service, DesignView *view, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    ProblemsModel *model() const { return m_model; }
    ProblemsFilter *filter() const { return m_filter; }
    QAction *applyFixAction() const { return m_applyFix; }
    // "Problems (2 errors, 1 warning)"
    QString title() const;
    QSize sizeHint() const override;

    // The finding behind a row of the view (a proxy index).
    const Finding *findingAt(const QModelIndex &index) const;
    void showOnCanvas(const QModelIndex &index);
    // False (with a message) when the finding has no fix or the fix no longer applies.
    bool applyFix(const QModelIndex &index);

signals:
    void titleChanged(const QString &title);
    void message(const QString &text, int timeout = 4000);

private:
    void showFindings(const QList<Finding> &findings);
    QAction *makeFilter(Severity severity);
    void updateCounts();
    void updateApplyFix();
    void showContextMenu(const QPoint &pos);

    ValidationService *m_service;
    DesignView *m_canvas;
    ProblemsModel *m_model;
    ProblemsFilter *m_filter;
    QTreeView *m_view;
    QAction *m_filters[3] = {};
    QAction *m_applyFix;
    QAction *m_show;
};

} // namespace Clusterwright
