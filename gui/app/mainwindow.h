// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include <QMainWindow>

class QAction;
class QLabel;

namespace Clusterwright {

class TopologyDocument;
class TopologyTreeModel;
class TopologyTreeView;

// The editor window: assembles the menus, the outline and the status bar around one
// document. The document outlives the window and is never replaced, only reset.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(TopologyDocument *document, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Loads `path` into the document; on error leaves the document alone and shows the
    // file's diagnostics in a (non-blocking) message box.
    bool openFile(const QString &path);

    TopologyTreeModel *treeModel() const { return m_treeModel; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void chooseFile();
    void showLoadErrors(const QString &path, const QStringList &diagnostics);
    void updateTitle();
    void updateCounts();

    TopologyDocument *m_document;
    TopologyTreeModel *m_treeModel;
    TopologyTreeView *m_treeView;
    QLabel *m_countsLabel;
    QAction *m_openAction = nullptr;
    QAction *m_quitAction = nullptr;
};

} // namespace Clusterwright
