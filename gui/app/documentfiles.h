// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "app/autosave.h"

#include <QObject>

#include <functional>
#include <memory>

class QAction;
class QMainWindow;
class QMimeData;

namespace Clusterwright {

class DesignEditor;
class FilePrompts;
class RecentFiles;
class TopologyDocument;

// The File side of the window: New, Open, Open Recent, Save, Save As, Revert and Quit, the
// unsaved-changes question, automatic backups with recovery after a crash, and files dropped
// on the window. The document is modified exactly when the editor's undo stack is not clean;
// saving marks it clean. Every question goes through FilePrompts, so tests answer them.
class DocumentFiles : public QObject
{
    Q_OBJECT

public:
    DocumentFiles(QMainWindow *window, DesignEditor *editor);
    ~DocumentFiles() override;

    QAction *newAction() const { return m_new; }
    QAction *openAction() const { return m_open; }
    QAction *saveAction() const { return m_save; }
    QAction *saveAsAction() const { return m_saveAs; }
    QAction *revertAction() const { return m_revert; }
    QAction *quitAction() const { return m_quit; }
    RecentFiles *recentFiles() const { return m_recent; }
    Autosave *autosave() const { return m_autosave; }

    void setPrompts(std::unique_ptr<FilePrompts> prompts);
    // Asked before the open design is replaced (new, open, revert); false
    // keeps it (a deploy of it is running: the guard says so).
    void setReplaceGuard(std::function<bool()> guard) { m_replaceGuard = std::move(guard); }

    // Loads `path` into the document; on error leaves it alone and shows the file's
    // diagnostics in a non-blocking message box. Does not ask about unsaved changes, but
    // offers the backup a crash left of the file, if there is one.
    bool openFile(const QString &path);
    // Asks about unsaved changes first (Open Recent, dropped files).
    bool askAndOpen(const QString &path);
    // Writes the design to `path` and marks it unmodified; false after showing the error.
    bool saveFile(const QString &path);
    // Save, Discard or Cancel when there are unsaved changes; true to go on.
    bool maybeSave();

    void newDesign();
    void chooseFile();
    bool save();
    bool saveAs();
    // Reloads the file, asking first when that throws changes away.
    bool revert();

    // The designs in a drag (local .cw.yaml, .yaml or .yml files).
    static QStringList droppedDesigns(const QMimeData *mime);
    // Opens the first dropped design once the drop has finished (a modal question inside
    // the drop would block the drag source).
    bool openDropped(const QMimeData *mime);
    // Designs dragged onto these widgets open; other drags go on to the widgets themselves.
    void acceptDropsOn(const QList<QWidget *> &widgets);

    // At startup with no file to open: offers the newest backup a crash left behind.
    bool offerRecovery();
    // The window closes with the user's consent: its backup is no longer wanted.
    void closed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    // A file was opened, or a new design started: the view should show all of it.
    void designReplaced();
    void message(const QString &text, int timeoutMs);

private:
    QAction *make(const QString &name, const QString &text, const QKeySequence &shortcut,
                  const QString &tip);
    bool load(const QString &path);
    bool recover(const Autosave::Backup &backup);
    void showLoadErrors(const QString &path, const QStringList &diagnostics);
    void updateActions();
    bool mayReplace() const { return !m_replaceGuard || m_replaceGuard(); }

    QMainWindow *m_window;
    DesignEditor *m_editor;
    TopologyDocument *m_document;
    std::unique_ptr<FilePrompts> m_prompts;
    RecentFiles *m_recent;
    Autosave *m_autosave;
    std::function<bool()> m_replaceGuard;
    QAction *m_new;
    QAction *m_open;
    QAction *m_save;
    QAction *m_saveAs;
    QAction *m_revert;
    QAction *m_quit;
};

} // namespace Clusterwright
