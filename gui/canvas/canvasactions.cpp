// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "canvas/canvasactions.h"

#include "canvas/makeaction.h"

#include "canvas/designitem.h"
#include "canvas/designscene.h"
#include "canvas/designview.h"
#include "canvas/layoutengine.h"
#include "edit/designeditor.h"
#include "edit/topologyfragment.h"

#include <QAction>
#include <QClipboard>
#include <QGraphicsItem>
#include <QGuiApplication>
#include <QMenu>
#include <QMimeData>

namespace Clusterwright {
namespace {

// Copies land down and to the right of their originals, further with each paste.
constexpr qreal PasteStep = 3 * LayoutEngine::Grid;

} // namespace

CanvasActions::CanvasActions(DesignView *view, QWidget *context)
    : QObject(view)
    , m_view(view)
    , m_scene(view->designScene())
    , m_context(context)
{
    m_cut = make(QStringLiteral("actionCut"), tr("Cu&t"),
                 tr("Remove the selection and put it on the clipboard"), QKeySequence::Cut);
    m_copy = make(QStringLiteral("actionCopy"), tr("&Copy"),
                  tr("Put the selection on the clipboard"), QKeySequence::Copy);
    m_paste = make(QStringLiteral("actionPaste"), tr("&Paste"),
                   tr("Add the clipboard's objects with free names and addresses"),
                   QKeySequence::Paste);
    m_duplicate = make(QStringLiteral("actionDuplicate"), tr("D&uplicate"),
                       tr("Copy the selection in place: cp-1 becomes the next free cp-N, with "
                          "the next free addresses"),
                       QKeySequence(Qt::CTRL | Qt::Key_D));
    m_delete = make(QStringLiteral("actionDelete"), tr("&Delete"),
                    tr("Delete the selection; references to it are removed"), QKeySequence::Delete);
    m_selectAll = make(QStringLiteral("actionSelectAll"), tr("Select &All"),
                       tr("Select every object on the canvas"), QKeySequence::SelectAll);
    m_rename = make(QStringLiteral("actionRename"), tr("&Rename…"),
                    tr("Rename the selected object; references follow"), QKeySequence(Qt::Key_F2));
    m_autoLayout = make(QStringLiteral("actionAutoLayout"), tr("&Arrange Nodes"),
                        tr("Put every node into its host's column (undoable)"),
                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_zoomIn
        = make(QStringLiteral("actionZoomIn"), tr("Zoom &In"), tr("Zoom in"), QKeySequence::ZoomIn);
    m_zoomOut = make(QStringLiteral("actionZoomOut"), tr("Zoom &Out"), tr("Zoom out"),
                     QKeySequence::ZoomOut);
    m_zoomFit = make(QStringLiteral("actionZoomFit"), tr("&Fit to View"),
                     tr("Show the whole design"), QKeySequence(Qt::CTRL | Qt::Key_0));
    m_actualSize = make(QStringLiteral("actionActualSize"), tr("&Actual Size"), tr("Zoom to 100%"),
                        QKeySequence(Qt::CTRL | Qt::Key_1));

    connect(m_cut, &QAction::triggered, this, &CanvasActions::doCut);
    connect(m_copy, &QAction::triggered, this, &CanvasActions::doCopy);
    connect(m_paste, &QAction::triggered, this, &CanvasActions::doPaste);
    connect(m_duplicate, &QAction::triggered, this, &CanvasActions::doDuplicate);
    connect(m_delete, &QAction::triggered, this, &CanvasActions::doDelete);
    connect(m_selectAll, &QAction::triggered, this, [this] {
        const auto all = m_scene->items();
        for (QGraphicsItem *item : all) {
            if (item->flags() & QGraphicsItem::ItemIsSelectable)
                item->setSelected(true);
        }
    });
    connect(m_rename, &QAction::triggered, this, &CanvasActions::renameRequested);
    connect(m_autoLayout, &QAction::triggered, this, &CanvasActions::doAutoLayout);
    connect(m_zoomIn, &QAction::triggered, m_view, &DesignView::zoomIn);
    connect(m_zoomOut, &QAction::triggered, m_view, &DesignView::zoomOut);
    connect(m_zoomFit, &QAction::triggered, m_view, &DesignView::zoomToFit);
    connect(m_actualSize, &QAction::triggered, m_view, &DesignView::resetZoom);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &CanvasActions::updateEnabled);
    updateEnabled();
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &CanvasActions::showContextMenu);
}

// The selection's actions, plus attaching nodes to a network and placing them on a host
// without dragging (the Menu key opens this too).
void CanvasActions::showContextMenu(const QPoint &viewportPos)
{
    const QPointF scenePos = m_view->mapToScene(viewportPos);
    if (auto *item = dynamic_cast<DesignItem *>(m_scene->itemAt(scenePos, m_view->transform()));
        item && !item->isSelected()) {
        m_scene->selectObjects({item->ref()});
    }
    QStringList nodes;
    for (const ObjectRef &ref : m_scene->selectedObjects()) {
        if (ref.kind == ObjectKind::Node)
            nodes << ref.name;
    }
    QMenu menu(m_view);
    menu.addActions({m_duplicate, m_cut, m_copy, m_paste, m_delete});
    menu.addSeparator();
    menu.addAction(m_rename);
    DesignEditor *editor = m_scene->editor();
    const Topology &t = editor->topology();
    if (!nodes.isEmpty()) {
        QMenu *attach = menu.addMenu(tr("Attach to &Network"));
        for (const Network &network : t.networks) {
            const QString name = network.name;
            attach->addAction(name, this,
                              [editor, nodes, name] { editor->attachToNetwork(nodes, name); });
        }
        attach->setEnabled(!t.networks.isEmpty());
        QMenu *place = menu.addMenu(tr("Place on &Host"));
        for (const Host &host : t.hosts) {
            const QString name = host.name;
            place->addAction(name, this,
                             [editor, nodes, name] { editor->placeOnHost(nodes, name, {}); });
        }
        place->setEnabled(!t.hosts.isEmpty());
    }
    if (!m_contextExtras.isEmpty()) {
        menu.addSeparator();
        menu.addActions(m_contextExtras);
    }
    menu.exec(m_view->viewport()->mapToGlobal(viewportPos));
}

void CanvasActions::addContextMenuActions(const QList<QAction *> &actions)
{
    m_contextExtras << actions;
}

QAction *CanvasActions::make(const QString &name, const QString &text, const QString &tip,
                             const QKeySequence &shortcut)
{
    QAction *action = makeAction(this, name, text, tip, shortcut);
    // Window-wide, but not while typing in a line edit: QLineEdit takes Ctrl+C itself.
    action->setShortcutContext(Qt::WindowShortcut);
    m_context->addAction(action);
    return action;
}

void CanvasActions::updateEnabled()
{
    const bool selection = !m_scene->selectedItems().isEmpty();
    for (QAction *action : {m_cut, m_copy, m_duplicate, m_delete, m_rename})
        action->setEnabled(selection);
}

void CanvasActions::doCopy()
{
    const QList<ObjectRef> selection = m_scene->selectedObjects();
    if (selection.isEmpty())
        return;
    const QByteArray bytes = m_scene->editor()->copy(selection, m_scene->nodePositions());
    auto *mime = new QMimeData;
    mime->setData(QLatin1StringView(TopologyFragment::MimeType), bytes);
    mime->setText(QString::fromUtf8(bytes));
    QGuiApplication::clipboard()->setMimeData(mime);
    m_pasteCount = 0;
    m_lastPasted = bytes;
}

void CanvasActions::doCut()
{
    doCopy();
    // A cut's paste goes back where the objects were.
    m_pasteCount = -1;
    doDelete();
}

void CanvasActions::doPaste()
{
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    if (!mime)
        return;
    QByteArray bytes = mime->data(QLatin1StringView(TopologyFragment::MimeType));
    if (bytes.isEmpty() && mime->hasText())
        bytes = mime->text().toUtf8();
    if (bytes.isEmpty())
        return;
    if (bytes != m_lastPasted) {
        m_lastPasted = bytes;
        m_pasteCount = 0;
    }
    ++m_pasteCount;
    const qreal offset = PasteStep * m_pasteCount;
    const QList<ObjectRef> created = m_scene->editor()->paste(bytes, QPointF(offset, offset));
    if (!created.isEmpty()) {
        m_scene->selectObjects(created);
        m_view->revealSelection();
    }
}

void CanvasActions::doDuplicate()
{
    const QList<ObjectRef> selection = m_scene->selectedObjects();
    if (selection.isEmpty())
        return;
    const QList<ObjectRef> created = m_scene->editor()->duplicate(
        selection, m_scene->nodePositions(), QPointF(PasteStep, PasteStep));
    m_scene->selectObjects(created);
    m_view->revealSelection();
}

void CanvasActions::doDelete()
{
    const QList<ObjectRef> selection = m_scene->selectedObjects();
    if (!selection.isEmpty())
        m_scene->editor()->deleteObjects(selection);
}

void CanvasActions::doAutoLayout()
{
    DesignEditor *editor = m_scene->editor();
    Topology arranged = editor->topology();
    arranged.layout = LayoutEngine::autoPositions(arranged);
    editor->applyTopology(arranged, tr("Arrange Nodes"));
}

} // namespace Clusterwright
