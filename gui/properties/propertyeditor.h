// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "validation/finding.h"

#include <QWidget>

#include <optional>

class QLabel;
class QStackedWidget;

namespace Clusterwright {

class DesignEditor;
class PropertyForm;

// The property editor dock's content: the form for the one selected object, the cluster-wide
// settings when nothing is selected, and a short note for a multiple selection. Follows the
// document, so undo and edits elsewhere show at once.
class PropertyEditor : public QWidget
{
    Q_OBJECT

public:
    explicit PropertyEditor(DesignEditor *editor, QWidget *parent = nullptr);

    void setSelection(const QList<ObjectRef> &objects);
    // The form on show; the cluster form when nothing is selected, null for several objects.
    PropertyForm *currentForm() const;
    PropertyForm *form(std::optional<ObjectKind> kind) const;
    QString title() const;
    // F2: put the cursor into the selected object's name.
    void focusName();

private:
    void showObject(std::optional<ObjectKind> kind, int index);
    void refresh();
    void markStale();

    DesignEditor *m_editor;
    QLabel *m_title;
    QStackedWidget *m_stack;
    QLabel *m_multiple;
    PropertyForm *m_cluster;
    QList<PropertyForm *> m_forms; // by ObjectKind
    std::optional<ObjectKind> m_kind;
    int m_index = -1;
    int m_selectionSize = 0;
    bool m_stale = false;
};

} // namespace Clusterwright
