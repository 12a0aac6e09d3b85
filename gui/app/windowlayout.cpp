// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "app/windowlayout.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QSettings>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace Clusterwright {
namespace {

const QString GeometryKey = u"MainWindow/geometry"_s;
const QString StateKey = u"MainWindow/state"_s;

} // namespace

WindowLayout::WindowLayout(QMainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_reset(new QAction(tr("&Reset Layout"), window))
{
    m_reset->setObjectName(u"actionResetLayout"_s);
    m_reset->setToolTip(tr("Put the panels and toolbars back where they were at first"));
    m_reset->setStatusTip(m_reset->toolTip());
    connect(m_reset, &QAction::triggered, this, &WindowLayout::reset);
}

void WindowLayout::restore()
{
    // saveState() silently skips what has no objectName: say so while developing.
    for (const QDockWidget *dock : m_window->findChildren<QDockWidget *>()) {
        if (dock->objectName().isEmpty())
            qWarning("WindowLayout: a dock has no objectName; its place is not remembered");
    }
    for (const QToolBar *toolbar : m_window->findChildren<QToolBar *>()) {
        if (toolbar->objectName().isEmpty())
            qWarning("WindowLayout: a toolbar has no objectName; its place is not remembered");
    }
    m_defaultState = m_window->saveState();

    QSettings settings;
    if (!m_window->restoreGeometry(settings.value(GeometryKey).toByteArray()))
        m_window->resize(1280, 800);
    m_window->restoreState(settings.value(StateKey).toByteArray());
}

void WindowLayout::save() const
{
    QSettings settings;
    settings.setValue(GeometryKey, m_window->saveGeometry());
    settings.setValue(StateKey, m_window->saveState());
}

void WindowLayout::reset()
{
    m_window->restoreState(m_defaultState);
    save();
}

} // namespace Clusterwright
