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

class AddressMapPanel;
class CanvasActions;
class DashboardWidget;
class DeployActions;
class DocumentFiles;
class ExportActions;
class DesignEditor;
class DesignScene;
class DesignView;
class FailureSimulation;
class FaultsWidget;
class PaletteWidget;
class ProblemsWidget;
class PropertyEditor;
class TopologyDocument;
class TopologyTreeModel;
class TopologyTreeView;
class ValidationService;
class WindowLayout;

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
    ValidationService *validation() const { return m_validation; }
    ProblemsWidget *problems() const { return m_problems; }
    FailureSimulation *failureSimulation() const { return m_simulation; }
    FaultsWidget *faults() const { return m_faults; }
    QMenu *viewMenu() const { return m_viewMenu; }
    AddressMapPanel *addressMap() const { return m_addressMap; }
    DashboardWidget *dashboard() const { return m_dashboard; }
    DeployActions *deployActions() const { return m_deployActions; }

    // Adds a dock, its show/hide toggle in View > Panels and, with a shortcut, an action in
    // View > Go To that moves the keyboard focus into it.
    QDockWidget *addPanel(const QString &objectName, const QString &title, QWidget *widget,
                          Qt::DockWidgetArea area, const QKeySequence &focusShortcut = {});

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createFileMenu();
    void createExportActions(QMenu *fileMenu);
    void createEditMenu();
    void createViewMenu();
    void addPaletteDock();
    void addPropertiesDock();
    void addOutlineDock();
    void addValidationBadges();
    void addProblemsDock();
    void addFaultsDock();
    void addAddressMapDock();
    void addDashboardDock();
    void createDeployActions();

    void updateTitle();
    void updateCounts();

    TopologyDocument *m_document;
    DesignEditor *m_editor;
    DesignScene *m_scene;
    DesignView *m_view;
    CanvasActions *m_canvasActions;
    DocumentFiles *m_files;
    WindowLayout *m_layout = nullptr;
    AddressMapPanel *m_addressMap = nullptr;
    DashboardWidget *m_dashboard = nullptr;
    DeployActions *m_deployActions = nullptr;
    ExportActions *m_exportActions = nullptr;
    TopologyTreeModel *m_treeModel = nullptr;
    TopologyTreeView *m_treeView = nullptr;
    PaletteWidget *m_palette = nullptr;
    PropertyEditor *m_propertyEditor = nullptr;
    QLabel *m_countsLabel;
    QLabel *m_zoomLabel;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_panelsMenu = nullptr;
    QMenu *m_goMenu = nullptr;
    ValidationService *m_validation = nullptr;
    ProblemsWidget *m_problems = nullptr;
    FailureSimulation *m_simulation = nullptr;
    FaultsWidget *m_faults = nullptr;
    bool m_fitPending = true;
};

} // namespace Clusterwright
