// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "app/mainwindow.h"

#include "app/documentfiles.h"

#include "canvas/canvasactions.h"
#include "canvas/designitem.h"
#include "canvas/designscene.h"
#include "canvas/designview.h"
#include "edit/designeditor.h"
#include "model/topologydocument.h"
#include "palette/palettewidget.h"
#include "properties/propertyeditor.h"
#include "tree/topologytreemodel.h"
#include "tree/topologytreeview.h"
#include "validation/validator.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>

namespace Clusterwright {
namespace {

const QString GeometryKey = QStringLiteral("MainWindow/geometry");
const QString StateKey = QStringLiteral("MainWindow/state");
// Validation after an edit waits for a pause in typing and dragging.
constexpr int ValidationDelayMs = 400;

} // namespace

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

    QSettings settings;
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(StateKey).toByteArray());
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
    menu->addSeparator();
    menu->addActions({m_files->saveAction(), m_files->saveAsAction()});
    menu->addSeparator();
    menu->addAction(m_files->quitAction());
    connect(m_files, &DocumentFiles::message, statusBar(), &QStatusBar::showMessage);
    connect(m_files, &DocumentFiles::designReplaced, this, [this] {
        if (isVisible())
            m_view->zoomToFit();
        else
            m_fitPending = true;
    });
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

void MainWindow::addValidationBadges()
{
    m_validationTimer = new QTimer(this);
    m_validationTimer->setSingleShot(true);
    m_validationTimer->setInterval(ValidationDelayMs);
    connect(m_validationTimer, &QTimer::timeout, this,
            [this] { m_scene->setFindings(validateTopology(m_document->topology()).findings); });
    const auto later = [this] { m_validationTimer->start(); };
    // Positions never change a finding: moves do not revalidate.
    connect(m_document, &TopologyDocument::resetDone, m_validationTimer, later);
    connect(m_document, &TopologyDocument::objectInserted, m_validationTimer, later);
    connect(m_document, &TopologyDocument::objectRemoved, m_validationTimer, later);
    connect(m_document, &TopologyDocument::objectChanged, m_validationTimer, later);
    connect(m_document, &TopologyDocument::clusterChanged, m_validationTimer, later);
    m_validationTimer->start();
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
    if (!m_files->maybeSave()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    QMainWindow::closeEvent(event);
}

} // namespace Clusterwright
