// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace Clusterwright {

class DesignScene;
class DesignView;

// The Edit and View actions that work on the canvas selection: clipboard, duplicate,
// delete, select all, auto-layout and zoom. Each has a shortcut, a tooltip and an object
// name; the window only puts them into menus and toolbars.
class CanvasActions : public QObject
{
    Q_OBJECT

public:
    CanvasActions(DesignView *view, QWidget *shortcutContext);

    QAction *cut() const { return m_cut; }
    QAction *copy() const { return m_copy; }
    QAction *paste() const { return m_paste; }
    QAction *duplicate() const { return m_duplicate; }
    QAction *remove() const { return m_delete; }
    QAction *selectAll() const { return m_selectAll; }
    QAction *rename() const { return m_rename; }
    QAction *autoLayout() const { return m_autoLayout; }
    QAction *zoomIn() const { return m_zoomIn; }
    QAction *zoomOut() const { return m_zoomOut; }
    QAction *zoomToFit() const { return m_zoomFit; }
    QAction *actualSize() const { return m_actualSize; }

    // Actions of other panels offered in the canvas's context menu, after the editing ones.
    void addContextMenuActions(const QList<QAction *> &actions);

    void doCopy();
    void doCut();
    void doPaste();
    void doDuplicate();
    void doDelete();
    void doAutoLayout();

signals:
    // F2: the property editor's name field should take the focus.
    void renameRequested();

private:
    void showContextMenu(const QPoint &viewportPos);
    QAction *make(const QString &name, const QString &text, const QString &tip,
                  const QKeySequence &shortcut);
    void updateEnabled();

    DesignView *m_view;
    DesignScene *m_scene;
    QWidget *m_context;
    QAction *m_cut;
    QAction *m_copy;
    QAction *m_paste;
    QAction *m_duplicate;
    QAction *m_delete;
    QAction *m_selectAll;
    QAction *m_rename;
    QAction *m_autoLayout;
    QAction *m_zoomIn;
    QAction *m_zoomOut;
    QAction *m_zoomFit;
    QAction *m_actualSize;
    QList<QAction *> m_contextExtras;
    int m_pasteCount = 0;
    QByteArray m_lastPasted;
};

} // namespace Clusterwright
