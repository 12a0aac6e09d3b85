// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include <QObject>

class QAction;
class QMainWindow;

namespace Clusterwright {

class DesignEditor;
class TopologyDocument;

// The File side of the window: New, Open, Save, Save As and Quit, the unsaved-changes
// question and the error boxes. The document is modified exactly when the editor's undo
// stack is not clean; saving marks it clean. Recent files, autosave and recovery belong here.
class DocumentFiles : public QObject
{
    Q_OBJECT

public:
    DocumentFiles(QMainWindow *window, DesignEditor *editor);

    QAction *newAction() const { return m_new; }
    QAction *openAction() const { return m_open; }
    QAction *saveAction() const { return m_save; }
    QAction *saveAsAction() const { return m_saveAs; }
    QAction *quitAction() const { return m_quit; }

    // Loads `path` into the document; on error leaves it alone and shows the file's
    // diagnostics in a non-blocking message box. Does not ask about unsaved changes.
    bool openFile(const QString &path);
    // Writes the design to `path` and marks it unmodified; false after showing the error.
    bool saveFile(const QString &path);
    // Save, Discard or Cancel when there are unsaved changes; true to go on.
    bool maybeSave();

    void newDesign();
    void chooseFile();
    bool save();
    bool saveAs();

signals:
    // A file was opened, or a new design started: the view should show all of it.
    void designReplaced();
    void message(const QString &text, int timeoutMs);

private:
    QAction *make(const QString &name, const QString &text, const QKeySequence &shortcut,
                  const QString &tip);
    void showLoadErrors(const QString &path, const QStringList &diagnostics);

    QMainWindow *m_window;
    DesignEditor *m_editor;
    TopologyDocument *m_document;
    QAction *m_new;
    QAction *m_open;
    QAction *m_save;
    QAction *m_saveAs;
    QAction *m_quit;
};

} // namespace Clusterwright
