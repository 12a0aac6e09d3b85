// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include <QByteArray>
#include <QObject>

class QAction;
class QMainWindow;

namespace Clusterwright {

// Remembers the window's geometry and its docks and toolbars across sessions (QSettings),
// and puts them back as built with View > Reset Layout. QMainWindow::saveState() finds
// docks and toolbars by objectName, so every one of them needs a unique one.
class WindowLayout : public QObject
{
    Q_OBJECT

public:
    explicit WindowLayout(QMainWindow *window);

    QAction *resetAction() const { return m_reset; }

    // Call once every dock and toolbar exists: keeps that arrangement as the default, then
    // applies the saved one.
    void restore();
    void save() const;
    void reset();

private:
    QMainWindow *m_window;
    QAction *m_reset;
    QByteArray m_defaultState;
};

} // namespace Clusterwright
