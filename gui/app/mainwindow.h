// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include <QMainWindow>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QTimer;

namespace Clusterwright {

class CanvasActions;
class DocumentFiles;
class DesignEditor;
class DesignScene;
class DesignView;
class PaletteWidget;
class PropertyEditor;
class TopologyDocument;
class TopologyTreeModel;
class TopologyTreeView;

// The editor window: assembles the canvas, the docks, the menus and the status bar around
// one document. The document outlives the window and is never replaced, only reset.
// Panels are added by small add*Dock() functions through addPanel(), so new ones slot in
// without touching the rest.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(TopologyDocument *document, QWidget *parent = nullptr);
    ~MainWindow() override;

    // See DocumentFiles: no question about unsaved changes, errors in a non-blocking box.
    bool openFile(const QString &path);
    bool saveFile(const QString &path);
    DocumentFiles *files() const { return m_files; }

    TopologyTreeModel *treeModel() const { return m_treeModel; }
    DesignEditor *editor() const { return m_editor; }
    DesignScene *scene() const { return m_scene; }
    DesignView *view() const { return m_view; }
    PropertyEditor *propertyEditor() const { return m_propertyEditor; }
    QMenu *viewMenu() const { return m_viewMenu; }

    // Adds a dock, its show/hide toggle in View > Panels and, with a shortcut, an action in
    // View > Go To that moves the keyboard focus into it.
    QDockWidget *addPanel(const QString &objectName, const QString &title, QWidget *widget,
                          Qt::DockWidgetArea area, const QKeySequence &focusShortcut = {});

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createFileMenu();
    void createEditMenu();
    void createViewMenu();
    void addPaletteDock();
    void addPropertiesDock();
    void addOutlineDock();
    void addValidationBadges();

    void updateTitle();
    void updateCounts();

    TopologyDocument *m_document;
    DesignEditor *m_editor;
    DesignScene *m_scene;
    DesignView *m_view;
    CanvasActions *m_canvasActions;
    DocumentFiles *m_files;
    TopologyTreeModel *m_treeModel = nullptr;
    TopologyTreeView *m_treeView = nullptr;
    PaletteWidget *m_palette = nullptr;
    PropertyEditor *m_propertyEditor = nullptr;
    QLabel *m_countsLabel;
    QLabel *m_zoomLabel;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_panelsMenu = nullptr;
    QMenu *m_goMenu = nullptr;
    QTimer *m_validationTimer = nullptr;
    bool m_fitPending = true;
};

} // namespace Clusterwright
