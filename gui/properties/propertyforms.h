// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include <QCoreApplication>

class QWidget;

namespace Clusterwright {

class DesignEditor;
class PropertyForm;

// The fields of each kind of object, with their checks: which fields a form has and what
// each one accepts, kept apart from the machinery in PropertyForm.
class PropertyForms
{
    Q_DECLARE_TR_FUNCTIONS(Clusterwright::PropertyForms)

public:
    static PropertyForm *cluster(DesignEditor *editor, QWidget *parent);
    static PropertyForm *host(DesignEditor *editor, QWidget *parent);
    static PropertyForm *network(DesignEditor *editor, QWidget *parent);
    static PropertyForm *node(DesignEditor *editor, QWidget *parent);
    static PropertyForm *vip(DesignEditor *editor, QWidget *parent);
    static PropertyForm *storage(DesignEditor *editor, QWidget *parent);
};

} // namespace Clusterwright
