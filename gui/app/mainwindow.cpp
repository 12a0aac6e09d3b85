// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "app/mainwindow.h"

#include "addressmap/addressmappanel.h"
#include "addressmap/addressstrips.h"
#include "app/documentfiles.h"
#include "app/recentfiles.h"
#include "app/windowlayout.h"

#include "canvas/canvasactions.h"
#include "canvas/designitem.h"
#include "canvas/designscene.h"
#include "canvas/designview.h"
#include "dashboard/dashboardwidget.h"
#include "dashboard/dashboardwiring.h"
#include "deploy/deployactions.h"
#include "edit/designeditor.h"
#include "export/diagramimage.h"
#include "export/exportactions.h"
#include "faults/failuresimulation.h"
#include "faults/faultswidget.h"
#include "model/topologydocument.h"
#include "palette/palettewidget.h"
#include "problems/problemswidget.h"
#include "problems/validationservice.h"
#include "properties/propertyeditor.h"
#include "tree/topologytreemodel.h"
#include "tree/topologytreeview.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>

namespace Clusterwright {

MainWindow::MainWindow(TopologyDocument *document, QWidget *parent)
    : QMainWindow(parent)
    , m_document(document)
    , m_editor(new DesignEditor(document, this))
    , m_scene(new DesignScene(m_editor, this))
    , m_view(new DesignView(m_scene, this))
    , m_canvasActions(new CanvasActions(m_view, this))
    , m_files(new DocumentFiles(this, m_editor))
    , m_countsLabel(new QLabel(this))
    , m_zoomLabel(new QLabel(this))
{
    setCentralWidget(m_view);
    createFileMenu();
    createEditMenu();
    createViewMenu();
    addPaletteDock();
    addPropertiesDock();
    addOutlineDock();
    addValidationBadges();
    addProblemsDock();
    addFaultsDock();
    addAddressMapDock();
    addDashboardDock();
    createDeployActions();

    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    statusBar()->addPermanentWidget(m_countsLabel);
    m_zoomLabel->setObjectName(QStringLiteral("zoomLabel"));
    statusBar()->addPermanentWidget(m_zoomLabel);
    connect(m_view, &DesignView::zoomChanged, this,
            [this](qreal zoom) { m_zoomLabel->setText(tr("%1%").arg(qRound(zoom * 100))); });
    m_zoomLabel->setText(tr("%1%").arg(100));

    connect(document, &TopologyDocument::metadataChanged, this, &MainWindow::updateTitle);
    connect(document, &TopologyDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(document, &TopologyDocument::resetDone, this, &MainWindow::updateTitle);
    connect(document, &TopologyDocument::changed, this, &MainWindow::updateCounts);
    // The modified mark follows the undo stack: undoing back to the saved state clears it.
    connect(m_editor->undoStack(), &QUndoStack::cleanChanged, this,
            [this](bool clean) { setWindowModified(!clean); });
    updateTitle();
    updateCounts();

    // Last: the layout saved and the one to reset to both need every dock in place.
    m_layout->restore();
}

MainWindow::~MainWindow()
{
    // The scene emits selectionChanged while it clears itself: let it go while the property
    // editor and the design editor it talks to are still there.
    delete m_view;
    delete m_scene;
}

QDockWidget *MainWindow::addPanel(const QString &objectName, const QString &title, QWidget *widget,
                                  Qt::DockWidgetArea area, const QKeySequence &focusShortcut)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    dock->setWidget(widget);
    addDockWidget(area, dock);
    QAction *toggle = dock->toggleViewAction();
    toggle->setToolTip(tr("Show or hide the %1 panel").arg(title));
    m_panelsMenu->addAction(toggle);
    // The shortcut goes to the panel (showing it if needed), so every panel is a key away.
    if (!focusShortcut.isEmpty()) {
        auto *go = new QAction(tr("Go to %1").arg(title), this);
        go->setObjectName(objectName + QStringLiteral("Focus"));
        go->setShortcut(focusShortcut);
        go->setToolTip(tr("Move the keyboard focus to the %1 panel (%2)")
                           .arg(title, focusShortcut.toString(QKeySequence::NativeText)));
        connect(go, &QAction::triggered, dock, [dock, widget] {
            dock->show();
            dock->raise();
            widget->setFocus(Qt::ShortcutFocusReason);
        });
        m_goMenu->addAction(go);
    }
    return dock;
}

void MainWindow::createFileMenu()
{
    QMenu *menu = menuBar()->addMenu(tr("&File"));
    menu->addActions({m_files->newAction(), m_files->openAction()});
    menu->addMenu(m_files->recentFiles()->menu());
    // Designs dropped on the window or the canvas open; anything else is refused.
    m_files->acceptDropsOn({this, m_view->viewport()});
    menu->addSeparator();
    menu->addActions({m_files->saveAction(), m_files->saveAsAction(), m_files->revertAction()});
    menu->addSeparator();
    createExportActions(menu);
    menu->addAction(m_files->quitAction());
    connect(m_files, &DocumentFiles::message, statusBar(), &QStatusBar::showMessage);
    connect(m_files, &DocumentFiles::designReplaced, this, [this] {
        if (isVisible())
            m_view->zoomToFit();
        else
            m_fitPending = true;
    });
}

void MainWindow::createExportActions(QMenu *fileMenu)
{
    m_exportActions = new ExportActions(this, m_scene);
    QMenu *exportMenu = fileMenu->addMenu(tr("&Export Review Page"));
    exportMenu->setObjectName(QStringLiteral("exportMenu"));
    for (auto format :
         {ExportActions::Format::Pdf, ExportActions::Format::Svg, ExportActions::Format::Png})
        exportMenu->addAction(m_exportActions->exportAction(format));
    fileMenu->addActions({m_exportActions->printPreviewAction(), m_exportActions->printAction()});
    fileMenu->addSeparator();
    connect(m_exportActions, &ExportActions::message, statusBar(), &QStatusBar::showMessage);
}

void MainWindow::createEditMenu()
{
    QMenu *menu = menuBar()->addMenu(tr("&Edit"));
    QUndoStack *stack = m_editor->undoStack();
    QAction *undo = stack->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = stack->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    menu->addAction(undo);
    menu->addAction(redo);
    menu->addSeparator();
    const CanvasActions *c = m_canvasActions;
    menu->addActions({c->cut(), c->copy(), c->paste(), c->duplicate(), c->remove()});
    menu->addSeparator();
    menu->addActions({c->selectAll(), c->rename()});
    menu->addSeparator();
    menu->addAction(c->autoLayout());

    QToolBar *toolbar = addToolBar(tr("Edit"));
    toolbar->setObjectName(QStringLiteral("editToolBar"));
    toolbar->addActions({undo, redo});
    toolbar->addSeparator();
    toolbar->addActions({c->duplicate(), c->remove()});
    toolbar->addSeparator();
    toolbar->addActions({c->zoomOut(), c->zoomIn(), c->zoomToFit(), c->actualSize()});
}

void MainWindow::createViewMenu()
{
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    const CanvasActions *c = m_canvasActions;
    m_viewMenu->addActions({c->zoomIn(), c->zoomOut(), c->zoomToFit(), c->actualSize()});
    m_viewMenu->addSeparator();
    m_panelsMenu = m_viewMenu->addMenu(tr("&Panels"));
    m_goMenu = m_viewMenu->addMenu(tr("&Go To"));
    m_layout = new WindowLayout(this);
    m_viewMenu->addAction(m_layout->resetAction());
    auto *canvas = new QAction(tr("Go to Canvas"), this);
    canvas->setObjectName(QStringLiteral("canvasFocus"));
    canvas->setShortcut(QKeySequence(Qt::ALT | Qt::Key_0));
    canvas->setToolTip(tr("Move the keyboard focus to the canvas (%1)")
                           .arg(canvas->shortcut().toString(QKeySequence::NativeText)));
    connect(canvas, &QAction::triggered, m_view,
            [this] { m_view->setFocus(Qt::ShortcutFocusReason); });
    m_goMenu->addAction(canvas);
}

void MainWindow::addPaletteDock()
{
    m_palette = new PaletteWidget(this);
    addPanel(QStringLiteral("paletteDock"), tr("Palette"), m_palette, Qt::LeftDockWidgetArea,
             QKeySequence(Qt::ALT | Qt::Key_1));
    connect(m_palette, &PaletteWidget::placementRequested, m_scene,
            [this](PaletteItemKind kind) { m_scene->setPendingPlacement(kind); });
    connect(m_palette, &PaletteWidget::placeNowRequested, this, [this](PaletteItemKind kind) {
        m_scene->setPendingPlacement(std::nullopt);
        m_scene->placeObject(kind, m_view->visibleCenter());
        m_view->revealSelection();
    });
    connect(m_scene, &DesignScene::objectPlaced, this, [this] {
        m_palette->clearSelection();
        m_view->setFocus();
    });
    connect(m_scene, &DesignScene::pendingPlacementChanged, this, [this](bool active) {
        if (active)
            statusBar()->showMessage(tr("Click on the canvas to place it; Esc cancels."));
        else
            statusBar()->clearMessage();
    });
}

void MainWindow::addPropertiesDock()
{
    m_propertyEditor = new PropertyEditor(m_editor, this);
    addPanel(QStringLiteral("propertiesDock"), tr("Properties"), m_propertyEditor,
             Qt::RightDockWidgetArea, QKeySequence(Qt::ALT | Qt::Key_2));
    connect(m_scene, &QGraphicsScene::selectionChanged, m_propertyEditor,
            [this] { m_propertyEditor->setSelection(m_scene->selectedObjects()); });
    connect(m_canvasActions, &CanvasActions::renameRequested, this, [this] {
        m_propertyEditor->parentWidget()->show();
        m_propertyEditor->focusName();
    });
}

void MainWindow::addOutlineDock()
{
    m_treeModel = new TopologyTreeModel(m_document, this);
    m_treeView = new TopologyTreeView(m_treeModel, this);
    m_treeView->setObjectName(QStringLiteral("outline"));
    QDockWidget *outline = addPanel(QStringLiteral("outlineDock"), tr("Outline"), m_treeView,
                                    Qt::RightDockWidgetArea, QKeySequence(Qt::ALT | Qt::Key_3));
    // Choosing an object in the outline selects and shows it on the canvas.
    connect(m_treeView, &QTreeView::activated, this, [this](const QModelIndex &index) {
        using Kind = TopologyTreeModel::ItemKind;
        const QVariant row = index.data(TopologyTreeModel::ObjectIndexRole);
        std::optional<ObjectKind> kind;
        switch (Kind(index.data(TopologyTreeModel::ItemKindRole).toInt())) {
        case Kind::Host:
            kind = ObjectKind::Host;
            break;
        case Kind::Network:
            kind = ObjectKind::Network;
            break;
        case Kind::Node:
        case Kind::Placement:
        case Kind::Attachment:
            kind = ObjectKind::Node;
            break;
        case Kind::Vip:
            kind = ObjectKind::Vip;
            break;
        case Kind::Storage:
            kind = ObjectKind::Storage;
            break;
        default:
            break;
        }
        if (!kind || !row.isValid())
            return;
        if (DesignItem *item = m_scene->itemFor(*kind, row.toInt())) {
            m_scene->selectObjects({item->ref()});
            m_view->revealSelection();
        }
    });
    // A tab behind the properties: the canvas keeps the room.
    if (auto *properties = findChild<QDockWidget *>(QStringLiteral("propertiesDock"))) {
        tabifyDockWidget(properties, outline);
        properties->raise();
    }
}

// Validation runs in the background (ValidationService); the badges, the Problems and the
// Fault Tolerance panels all show its results.
void MainWindow::addValidationBadges()
{
    m_validation = new ValidationService(m_document, this);
    connect(m_validation, &ValidationService::findingsChanged, m_scene, &DesignScene::setFindings);
}

void MainWindow::addProblemsDock()
{
    m_problems = new ProblemsWidget(m_validation, m_view, this);
    QDockWidget *dock = addPanel(QStringLiteral("problemsDock"), tr("Problems"), m_problems,
                                 Qt::BottomDockWidgetArea, QKeySequence(Qt::ALT | Qt::Key_4));
    dock->setWindowTitle(m_problems->title());
    connect(m_problems, &ProblemsWidget::titleChanged, dock, &QDockWidget::setWindowTitle);
    connect(m_problems, &ProblemsWidget::message, statusBar(), &QStatusBar::showMessage);
}

void MainWindow::addFaultsDock()
{
    m_simulation = new FailureSimulation(m_validation, m_scene, this);
    m_faults = new FaultsWidget(m_validation, m_simulation, m_document, this);
    QDockWidget *dock = addPanel(QStringLiteral("faultsDock"), tr("Fault Tolerance"), m_faults,
                                 Qt::BottomDockWidgetArea, QKeySequence(Qt::ALT | Qt::Key_5));
    if (auto *problems = findChild<QDockWidget *>(QStringLiteral("problemsDock"))) {
        tabifyDockWidget(problems, dock);
        problems->raise();
    }
    QAction *toggle = m_simulation->toggleAction();
    QAction *clear = m_simulation->clearAction();
    addActions({toggle, clear});
    m_viewMenu->addSeparator();
    m_viewMenu->addActions({toggle, clear});
    m_canvasActions->addContextMenuActions({toggle, clear});
}

void MainWindow::addAddressMapDock()
{
    m_addressMap = new AddressMapPanel(m_document, this);
    QDockWidget *dock = addPanel(QStringLiteral("addressMapDock"), tr("Address Map"), m_addressMap,
                                 Qt::BottomDockWidgetArea, QKeySequence(Qt::ALT | Qt::Key_6));
    if (auto *problems = findChild<QDockWidget *>(QStringLiteral("problemsDock"))) {
        tabifyDockWidget(problems, dock);
        problems->raise();
    }
    connect(m_addressMap, &AddressMapPanel::objectsActivated, this,
            [this](const QList<ObjectRef> &objects) {
                m_scene->selectObjects(objects);
                m_view->revealSelection();
            });
    connect(m_scene, &QGraphicsScene::selectionChanged, m_addressMap,
            [this] { m_addressMap->strips()->setHighlighted(m_scene->selectedObjects()); });
}

void MainWindow::addDashboardDock()
{
    m_dashboard = new DashboardWidget(this);
    m_dashboard->setScene(m_scene);
    // The run report shows the design as the review export draws it.
    m_dashboard->setDiagramProvider([this] { return renderDiagramImage(m_scene); });
    QDockWidget *dock = addPanel(QStringLiteral("dashboardDock"), tr("Deploy Dashboard"),
                                 m_dashboard, Qt::BottomDockWidgetArea);
    // A tab beside Problems, so a run gets the window's full width; hidden
    // until a run starts (dashboardwiring.h shows and raises it) or the user opens it.
    if (auto *problems = findChild<QDockWidget *>(QStringLiteral("problemsDock"))) {
        tabifyDockWidget(problems, dock);
        problems->raise();
    }
    dock->hide();
    // The run history and SSH commands follow the open design, also the one
    // the window was created with.
    if (!m_document->filePath().isEmpty())
        m_dashboard->setDesign(m_document->topology(), m_document->filePath());
    connect(m_document, &TopologyDocument::filePathChanged, m_dashboard, [this] {
        m_dashboard->closeRun();
        m_dashboard->setDesign(m_document->topology(), m_document->filePath());
    });
}

// Deploy menu and toolbar; the dashboard follows the controller's runs.
void MainWindow::createDeployActions()
{
    m_deployActions = new DeployActions(this, m_document);
    QMenu *menu = menuBar()->addMenu(tr("&Deploy"));
    menu->addAction(m_deployActions->deployAction());
    menu->addAction(m_deployActions->rehearseAction());
    menu->addSeparator();
    menu->addAction(m_deployActions->cancelAction());
    QToolBar *toolbar = addToolBar(tr("Deploy"));
    toolbar->setObjectName(QStringLiteral("deployToolBar"));
    toolbar->addAction(m_deployActions->deployAction());
    toolbar->addAction(m_deployActions->rehearseAction());
    toolbar->addAction(m_deployActions->cancelAction());
    if (!m_dashboard)
        return;
    m_deployActions->setPromptParent(m_dashboard);
    // The dashboard and canvas show the running deploy of this design.
    m_files->setReplaceGuard([this] {
        if (!m_deployActions->controller()->isRunning())
            return true;
        QMessageBox::information(this, tr("Deploy Running"),
                                 tr("A deploy of this design is running. Cancel it first "
                                    "(Deploy > Cancel Deploy) or let it finish."));
        return false;
    });
    DeployController *controller = m_deployActions->controller();
    connectDashboard(
        m_dashboard, controller, [controller] { return controller->plan(); },
        [this](const QString &journal) { m_deployActions->resume(journal); });
}

bool MainWindow::openFile(const QString &path)
{
    return m_files->openFile(path);
}

bool MainWindow::saveFile(const QString &path)
{
    return m_files->saveFile(path);
}

void MainWindow::updateTitle()
{
    const QString name = m_document->topology().metadata.name;
    const QString file = QFileInfo(m_document->filePath()).fileName();
    const QString design = name.isEmpty() ? tr("Untitled") : name;
    // [*] shows the modified mark where the platform puts it.
    if (file.isEmpty())
        setWindowTitle(tr("%1[*] — Clusterwright").arg(design));
    else
        setWindowTitle(tr("%1 (%2)[*] — Clusterwright").arg(design, file));
}

void MainWindow::updateCounts()
{
    const Topology &t = m_document->topology();
    m_countsLabel->setText(tr("Nodes: %1 · Networks: %2 · VIPs: %3")
                               .arg(t.nodes.size())
                               .arg(t.networks.size())
                               .arg(t.vips.size()));
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_fitPending) {
        m_fitPending = false;
        // After the first layout pass, when the viewport has its real size.
        QTimer::singleShot(0, m_view, &DesignView::zoomToFit);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    DeployController *controller = m_deployActions ? m_deployActions->controller() : nullptr;
    if (controller && controller->isRunning()
        && QMessageBox::question(this, tr("Deploy Running"),
                                 tr("A deploy is running. Stop it and quit? Running commands are "
                                    "stopped; the run can be resumed later from the dashboard's "
                                    "History."),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
               != QMessageBox::Yes) {
        event->ignore();
        return;
    }
    if (!m_files->maybeSave()) {
        event->ignore(); // the deploy (if any) goes on
        return;
    }
    if (controller)
        controller->cancel(); // prompt; the controller waits for its worker when it goes
    m_files->closed();
    m_layout->save();
    QMainWindow::closeEvent(event);
}

} // namespace Clusterwright
