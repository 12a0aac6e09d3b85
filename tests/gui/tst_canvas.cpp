// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
// The canvas driven like a user would: palette drops, drags onto buses and into host frames,
// rubber bands, keys, the Edit actions and a save/reopen round trip, on real widgets.
#include "app/mainwindow.h"
#include "canvas/designscene.h"
#include "canvas/designview.h"
#include "canvas/hostframeitem.h"
#include "canvas/layoutengine.h"
#include "canvas/linkitem.h"
#include "canvas/networkitem.h"
#include "canvas/nodeitem.h"
#include "edit/designeditor.h"
#include "format/topologyformat.h"
#include "model/topologydocument.h"
#include "palette/palettewidget.h"
#include "properties/propertyeditor.h"
#include "tree/topologytreemodel.h"

#include <QAction>
#include <QMimeData>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace Clusterwright;
using namespace Qt::StringLiterals;

class tst_Canvas : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void dropPaletteItem();
    void dropOnBusAttaches();
    void dropIntoHostFrame();
    void clickThenPlace();
    void enterPlacesInTheMiddle();
    void dragOntoBusAttaches();
    void dragIntoHostFramePlaces();
    void dragIsOneUndoStep();
    void escapeCancelsADrag();
    void rubberBandAndDelete();
    void keyboard();
    void duplicateAndPaste();
    void zoom();
    void undoActionsAndModifiedState();
    void findingsShowAsBadges();
    void hostTitleDragsItsNodes();
    void arrangeNodes();
    void outlineSelectsOnCanvas();
    void saveAndReopen();

private:
    QPoint at(QPointF scenePos) const { return m_view->mapFromScene(scenePos); }
    void mouse(QEvent::Type type, QPointF scenePos, Qt::MouseButtons buttons,
               Qt::KeyboardModifiers modifiers = {});
    void drag(QPointF from, QPointF to);
    void dropPalette(PaletteItemKind kind, QPointF scenePos);
    QAction *action(const char *name) const;
    const Node &node(const QString &name) const;
    QPointF shownAt(const QString &name) const;
    QPointF busPoint(const QString &network, qreal x) const;

    std::unique_ptr<TopologyDocument> m_document;
    std::unique_ptr<MainWindow> m_window;
    DesignScene *m_scene = nullptr;
    DesignView *m_view = nullptr;
    DesignEditor *m_editor = nullptr;
};

void tst_Canvas::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"Clusterwright"_s);
    QCoreApplication::setApplicationName(u"tst_canvas"_s);
    QSettings().clear();
}

void tst_Canvas::init()
{
    m_document = std::make_unique<TopologyDocument>();
    m_window = std::make_unique<MainWindow>(m_document.get());
    QVERIFY(m_window->openFile(QStringLiteral(CW_EXAMPLES_DIR "/seichi-onp-k8s.cw.yaml")));
    m_window->resize(1600, 1000);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_scene = m_window->scene();
    m_view = m_window->view();
    m_editor = m_window->editor();
    QTest::qWait(20);
    m_view->resetZoom();
    m_view->centerOn(400, 150);
}

void tst_Canvas::cleanup()
{
    m_editor->undoStack()->setClean(); // no save prompt
    m_window.reset();
    m_document.reset();
}

void tst_Canvas::mouse(QEvent::Type type, QPointF scenePos, Qt::MouseButtons buttons,
                       Qt::KeyboardModifiers modifiers)
{
    QWidget *viewport = m_view->viewport();
    const QPointF p = at(scenePos);
    const Qt::MouseButton button = type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton;
    QMouseEvent event(type, p, viewport->mapToGlobal(p), button, buttons, modifiers);
    QCoreApplication::sendEvent(viewport, &event);
}

void tst_Canvas::drag(QPointF from, QPointF to)
{
    mouse(QEvent::MouseButtonPress, from, Qt::LeftButton);
    for (int step = 1; step <= 10; ++step)
        mouse(QEvent::MouseMove, from + (to - from) * step / 10, Qt::LeftButton);
    mouse(QEvent::MouseButtonRelease, to, Qt::NoButton);
}

void tst_Canvas::dropPalette(PaletteItemKind kind, QPointF scenePos)
{
    auto *palette = m_window->findChild<PaletteWidget *>();
    QVERIFY(palette);
    const QModelIndex index = palette->model()->index(palette->row(palette->itemFor(kind)), 0);
    std::unique_ptr<QMimeData> mime(palette->model()->mimeData({index}));
    QVERIFY(mime);
    QWidget *viewport = m_view->viewport();
    const QPoint p = at(scenePos);
    QDragEnterEvent enter(p, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &enter);
    QVERIFY(enter.isAccepted());
    QDragMoveEvent move(p, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &move);
    QVERIFY(move.isAccepted());
    QDropEvent drop(QPointF(p), Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &drop);
}

QAction *tst_Canvas::action(const char *name) const
{
    return m_window->findChild<QAction *>(QLatin1StringView(name));
}

const Node &tst_Canvas::node(const QString &name) const
{
    const int index = m_document->topology().nodeIndex(name);
    Q_ASSERT(index >= 0);
    return m_document->topology().nodes[index];
}

QPointF tst_Canvas::shownAt(const QString &name) const
{
    return m_scene->itemFor(ObjectKind::Node, m_document->topology().nodeIndex(name))->pos();
}

QPointF tst_Canvas::busPoint(const QString &network, qreal x) const
{
    auto *bus = static_cast<NetworkItem *>(
        m_scene->itemFor(ObjectKind::Network, m_document->topology().networkIndex(network)));
    return QPointF(x, bus->busY());
}

void tst_Canvas::dropPaletteItem()
{
    const Topology before = m_document->topology();
    dropPalette(PaletteItemKind::ControlPlaneNode, QPointF(1300, 700));
    const int index = m_document->topology().nodeIndex(u"cp-4"_s);
    QVERIFY(index >= 0);
    QVERIFY(node(u"cp-4"_s).roles == QList<Role>{Role::ControlPlane});
    QVERIFY(node(u"cp-4"_s).host.isEmpty());
    QVERIFY(node(u"cp-4"_s).interfaces.isEmpty());
    // The card's centre lands under the cursor, on the grid.
    QCOMPARE(m_document->topology().layout.value(u"cp-4"_s), QPointF(1210, 660));
    QCOMPARE(shownAt(u"cp-4"_s), QPointF(1210, 660));
    QCOMPARE(m_scene->selectedObjects().size(), 1);
    QCOMPARE(m_scene->selectedObjects().first().name, u"cp-4"_s);
    QCOMPARE(m_window->propertyEditor()->title(), u"Node cp-4"_s);
    QCOMPARE(action("actionUndo")->text(), u"&Undo Add cp-4"_s);

    m_editor->undoStack()->undo();
    QVERIFY(m_document->topology() == before);
    QCOMPARE(m_scene->count(ObjectKind::Node), before.nodes.size());
    m_editor->undoStack()->redo();
    QCOMPARE(m_scene->count(ObjectKind::Node), before.nodes.size() + 1);
}

void tst_Canvas::dropOnBusAttaches()
{
    // The short lead of the service bus, left of the bastion.
    const QPointF point = busPoint(u"service"_s, m_scene->layout().networks[0].xStart + 10);
    QVERIFY(m_scene->networkAt(point));
    dropPalette(PaletteItemKind::WorkerNode, point);
    QVERIFY(node(u"wk-4"_s).interfaces == (QList<Interface>{{u"service"_s, u"192.168.0.2"_s}}));
    QCOMPARE(m_scene->linksOf(m_document->topology().nodeIndex(u"wk-4"_s)).size(), 1);
    m_editor->undoStack()->undo();
    QCOMPARE(m_document->topology().nodeIndex(u"wk-4"_s), -1);
}

void tst_Canvas::dropIntoHostFrame()
{
    const int host = m_document->topology().hostIndex(u"unchama-sv-prox04"_s);
    const QRectF frame
        = static_cast<HostFrameItem *>(m_scene->itemFor(ObjectKind::Host, host))->frame();
    dropPalette(PaletteItemKind::EtcdNode, QPointF(frame.center().x(), frame.bottom() - 5));
    QCOMPARE(node(u"etcd-1"_s).host, u"unchama-sv-prox04"_s);
    // The frame grew around its new node.
    const QRectF grown
        = static_cast<HostFrameItem *>(m_scene->itemFor(ObjectKind::Host, host))->frame();
    QVERIFY(grown.contains(
        m_scene->itemFor(ObjectKind::Node, m_document->topology().nodeIndex(u"etcd-1"_s))
            ->sceneBoundingRect()
            .adjusted(3, 3, -3, -3)));
}

void tst_Canvas::clickThenPlace()
{
    auto *palette = m_window->findChild<PaletteWidget *>();
    QListWidgetItem *item = palette->itemFor(PaletteItemKind::PhysicalHost);
    QTest::mouseClick(palette->viewport(), Qt::LeftButton, {},
                      palette->visualItemRect(item).center());
    QVERIFY(m_scene->pendingPlacement() == PaletteItemKind::PhysicalHost);
    QCOMPARE(m_view->viewport()->cursor().shape(), Qt::CrossCursor);
    mouse(QEvent::MouseButtonPress, QPointF(1200, 600), Qt::LeftButton);
    mouse(QEvent::MouseButtonRelease, QPointF(1200, 600), Qt::NoButton);
    QVERIFY(!m_scene->pendingPlacement());
    const int host = m_document->topology().hostIndex(u"host-1"_s);
    QVERIFY(host >= 0);
    // An empty host is drawn where it was placed.
    const QRectF frame
        = static_cast<HostFrameItem *>(m_scene->itemFor(ObjectKind::Host, host))->frame();
    QVERIFY(frame.contains(QPointF(1200, 600)));
}

void tst_Canvas::enterPlacesInTheMiddle()
{
    auto *palette = m_window->findChild<PaletteWidget *>();
    palette->setFocus();
    palette->setCurrentItem(palette->itemFor(PaletteItemKind::Bastion));
    QTest::keyClick(palette, Qt::Key_Return);
    const QPointF center = m_view->visibleCenter();
    QVERIFY(m_document->topology().nodeIndex(u"bastion-1"_s) >= 0);
    const QRectF card
        = m_scene->itemFor(ObjectKind::Node, m_document->topology().nodeIndex(u"bastion-1"_s))
              ->sceneBoundingRect();
    QVERIFY(card.contains(center));
}

void tst_Canvas::dragOntoBusAttaches()
{
    m_editor->addObject(PaletteItemKind::WorkerNode, QPointF(1300, 100));
    const int count = m_editor->undoStack()->count();
    const QPointF grab = QPointF(1300, 100) + QPointF(40, 40);
    const QPointF target = busPoint(u"service"_s, m_scene->layout().networks[0].xStart + 10);
    drag(grab, target);
    QVERIFY(node(u"wk-4"_s).interfaces == (QList<Interface>{{u"service"_s, u"192.168.0.2"_s}}));
    // The node went back where it was; the attach is the one new step.
    QCOMPARE(m_document->topology().layout.value(u"wk-4"_s), QPointF(1300, 100));
    QCOMPARE(m_editor->undoStack()->count(), count + 1);
    QCOMPARE(m_editor->undoStack()->undoText(), u"Attach wk-4 to service"_s);
    m_editor->undoStack()->undo();
    QVERIFY(node(u"wk-4"_s).interfaces.isEmpty());
}

void tst_Canvas::dragIntoHostFramePlaces()
{
    const Topology before = m_document->topology();
    const QPointF grab = shownAt(u"bastion"_s) + QPointF(90, 40);
    const int host = before.hostIndex(u"unchama-sv-prox04"_s);
    const QRectF frame
        = static_cast<HostFrameItem *>(m_scene->itemFor(ObjectKind::Host, host))->frame();
    const QPointF target(frame.center().x(), frame.bottom() - 4);
    drag(grab, target);
    QCOMPARE(node(u"bastion"_s).host, u"unchama-sv-prox04"_s);
    QVERIFY(m_document->topology().layout.contains(u"bastion"_s));
    QCOMPARE(m_editor->undoStack()->count(), 1);
    QCOMPARE(m_editor->undoStack()->undoText(), u"Place bastion on unchama-sv-prox04"_s);
    m_editor->undoStack()->undo();
    QVERIFY(m_document->topology() == before);
}

void tst_Canvas::dragIsOneUndoStep()
{
    const QPointF start = shownAt(u"wk-2"_s);
    drag(start + QPointF(90, 50), start + QPointF(90, 50) + QPointF(1000, 900));
    QCOMPARE(m_editor->undoStack()->count(), 1);
    QCOMPARE(m_document->topology().layout.value(u"wk-2"_s), start + QPointF(1000, 900));
    QCOMPARE(shownAt(u"wk-2"_s), start + QPointF(1000, 900));
    m_editor->undoStack()->undo();
    QVERIFY(!m_document->topology().layout.contains(u"wk-2"_s)); // back to the auto-layout
    QCOMPARE(shownAt(u"wk-2"_s), start);
}

void tst_Canvas::escapeCancelsADrag()
{
    const Topology before = m_document->topology();
    const QPointF grab = shownAt(u"cp-2"_s) + QPointF(90, 40);
    mouse(QEvent::MouseButtonPress, grab, Qt::LeftButton);
    for (int step = 1; step <= 5; ++step)
        mouse(QEvent::MouseMove, grab + QPointF(40 * step, 0), Qt::LeftButton);
    QVERIFY(m_document->topology() != before);
    QTest::keyClick(m_view, Qt::Key_Escape);
    mouse(QEvent::MouseButtonRelease, grab + QPointF(200, 0), Qt::NoButton);
    QVERIFY(m_document->topology() == before);
    QCOMPARE(m_editor->undoStack()->count(), 0);
}

void tst_Canvas::rubberBandAndDelete()
{
    const Topology before = m_document->topology();
    // Around cp-1 and wk-1, starting inside their host frame (its body takes no clicks).
    const QRectF frame
        = static_cast<HostFrameItem *>(m_scene->itemFor(ObjectKind::Host, 0))->frame();
    const QPointF from = frame.topLeft() + QPointF(10, 64);
    const QPointF to = frame.bottomRight() - QPointF(5, 5);
    drag(from, to);
    QStringList names;
    for (const ObjectRef &ref : m_scene->selectedObjects()) {
        if (ref.kind == ObjectKind::Node)
            names << ref.name;
    }
    QCOMPARE(names, (QStringList{u"cp-1"_s, u"wk-1"_s}));
    QCOMPARE(m_editor->undoStack()->count(), 0); // selecting is not an edit
    action("actionDelete")->trigger();
    QCOMPARE(m_document->topology().nodeIndex(u"cp-1"_s), -1);
    QCOMPARE(m_document->topology().nodeIndex(u"wk-1"_s), -1);
    m_editor->undoStack()->undo();
    QVERIFY(m_document->topology() == before);
}

void tst_Canvas::keyboard()
{
    m_view->setFocus();
    QTest::keyClick(m_view, Qt::Key_Tab);
    QCOMPARE(m_scene->selectedObjects().size(), 1);

    m_scene->selectObjects({{ObjectKind::Node, u"cp-1"_s, 0}});
    QTest::keyClick(m_view, Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(m_scene->selectedObjects().first().name, u"cp-2"_s);
    QTest::keyClick(m_view, Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(m_scene->selectedObjects().first().name, u"wk-2"_s);

    m_scene->selectObjects({{ObjectKind::Node, u"cp-1"_s, 0}});
    const QPointF start = shownAt(u"cp-1"_s);
    QTest::keyClick(m_view, Qt::Key_Right);
    QTest::keyClick(m_view, Qt::Key_Right);
    QTest::keyClick(m_view, Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(shownAt(u"cp-1"_s), start + QPointF(20, 100));
    QCOMPARE(m_editor->undoStack()->count(), 1);
    QTest::keyClick(m_view, Qt::Key_Escape);
    QVERIFY(m_scene->selectedObjects().isEmpty());
    QCOMPARE(m_window->propertyEditor()->title(), u"Cluster settings"_s);
}

void tst_Canvas::duplicateAndPaste()
{
    m_scene->selectObjects({{ObjectKind::Node, u"cp-1"_s, 0}});
    action("actionDuplicate")->trigger();
    QCOMPARE(m_scene->selectedObjects().first().name, u"cp-4"_s);
    QCOMPARE(node(u"cp-4"_s).interfaces[0].address, u"192.168.8.14"_s);
    QCOMPARE(shownAt(u"cp-4"_s), shownAt(u"cp-1"_s) + QPointF(30, 30));

    m_scene->selectObjects({{ObjectKind::Node, u"wk-1"_s, 3}});
    action("actionCopy")->trigger();
    action("actionPaste")->trigger();
    action("actionPaste")->trigger();
    QVERIFY(m_document->topology().nodeIndex(u"wk-4"_s) >= 0);
    QCOMPARE(m_scene->selectedObjects().first().name, u"wk-5"_s);
    QCOMPARE(shownAt(u"wk-5"_s), shownAt(u"wk-1"_s) + QPointF(60, 60));
    QCOMPARE(m_editor->undoStack()->count(), 3);

    action("actionCut")->trigger();
    QCOMPARE(m_document->topology().nodeIndex(u"wk-5"_s), -1);
    action("actionPaste")->trigger();
    QCOMPARE(m_scene->selectedObjects().first().name, u"wk-5"_s); // the same object back
}

void tst_Canvas::zoom()
{
    QWidget *viewport = m_view->viewport();
    const QPointF p = viewport->rect().center();
    QWheelEvent wheel(p, viewport->mapToGlobal(p), {}, QPoint(0, 120), Qt::NoButton, {},
                      Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(viewport, &wheel);
    QVERIFY(m_view->zoom() > 1.0);
    action("actionActualSize")->trigger();
    QCOMPARE(m_view->zoom(), 1.0);
    action("actionZoomOut")->trigger();
    QVERIFY(m_view->zoom() < 1.0);
    action("actionZoomFit")->trigger();
    const QRectF visible = m_view->mapToScene(viewport->rect()).boundingRect();
    for (int i = 0; i < m_scene->count(ObjectKind::Node); ++i)
        QVERIFY(visible.contains(m_scene->itemFor(ObjectKind::Node, i)->sceneBoundingRect()));
}

void tst_Canvas::undoActionsAndModifiedState()
{
    QVERIFY(!m_window->isWindowModified());
    QVERIFY(!action("actionUndo")->isEnabled());
    QCOMPARE(action("actionUndo")->shortcut(), QKeySequence(QKeySequence::Undo));
    QCOMPARE(action("actionRedo")->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    m_scene->placeObject(PaletteItemKind::Network, QPointF(0, 0));
    QVERIFY(m_window->isWindowModified());
    QCOMPARE(action("actionUndo")->text(), u"&Undo Add net-1"_s);
    action("actionUndo")->trigger();
    QVERIFY(!m_window->isWindowModified());
    QCOMPARE(action("actionRedo")->text(), u"&Redo Add net-1"_s);
    action("actionRedo")->trigger();
    QVERIFY(m_window->isWindowModified());
    // Every edit action has a shortcut and a tooltip.
    for (const char *name :
         {"actionCut", "actionCopy", "actionPaste", "actionDuplicate", "actionDelete",
          "actionSelectAll", "actionZoomIn", "actionZoomOut", "actionZoomFit", "actionActualSize",
          "actionNew", "actionOpen", "actionSave", "actionSaveAs"}) {
        QVERIFY2(action(name), name);
        QVERIFY2(!action(name)->shortcut().isEmpty(), name);
        QVERIFY2(!action(name)->toolTip().isEmpty(), name);
        // The tooltip names the shortcut, the status bar shows the tip alone.
        QVERIFY2(action(name)->toolTip().endsWith(
                     u" (%1)"_s.arg(action(name)->shortcut().toString(QKeySequence::NativeText))),
                 name);
        QVERIFY2(action(name)->toolTip().startsWith(action(name)->statusTip()), name);
        QVERIFY2(!action(name)->statusTip().isEmpty(), name);
    }
}

void tst_Canvas::findingsShowAsBadges()
{
    Finding finding;
    finding.ruleId = u"TEST001"_s;
    finding.severity = Severity::Warning;
    finding.message = u"Something to look at"_s;
    finding.objects = {{ObjectKind::Node, u"cp-2"_s, 1}, {ObjectKind::Network, u"storage"_s, 1}};
    m_scene->setFindings({finding});
    DesignItem *cp2 = m_scene->itemFor(ObjectKind::Node, 1);
    QVERIFY(cp2->severity() == Severity::Warning);
    QVERIFY(cp2->toolTip().contains(finding.message));
    QVERIFY(m_scene->itemFor(ObjectKind::Network, 1)->severity() == Severity::Warning);
    QVERIFY(!m_scene->itemFor(ObjectKind::Node, 0)->severity());
    m_scene->setFindings({});
    QVERIFY(!cp2->severity());
}

void tst_Canvas::hostTitleDragsItsNodes()
{
    const int host = m_document->topology().hostIndex(u"unchama-sv-prox05"_s);
    const QRectF frame
        = static_cast<HostFrameItem *>(m_scene->itemFor(ObjectKind::Host, host))->frame();
    const QPointF cp3 = shownAt(u"cp-3"_s);
    const QPointF wk3 = shownAt(u"wk-3"_s);
    // Grab the title where a link crosses it: the frame still takes the press.
    const QPointF grab(m_scene->linksOf(m_document->topology().nodeIndex(u"cp-3"_s))
                           .first()
                           ->geometry()
                           .nodeEnd.x(),
                       frame.top() + 10);
    drag(grab, grab + QPointF(300, 0));
    QCOMPARE(shownAt(u"cp-3"_s), cp3 + QPointF(300, 0));
    QCOMPARE(shownAt(u"wk-3"_s), wk3 + QPointF(300, 0));
    QCOMPARE(m_editor->undoStack()->count(), 1);
    QCOMPARE(m_editor->undoStack()->undoText(), u"Move 2 nodes"_s);
}

void tst_Canvas::arrangeNodes()
{
    const QPointF start = shownAt(u"wk-2"_s);
    drag(start + QPointF(90, 40), start + QPointF(90, 40) + QPointF(700, 500));
    const Topology moved = m_document->topology();
    action("actionAutoLayout")->trigger();
    // Every node stored at its slot: the dragged one is back in its host's column.
    QCOMPARE(m_document->topology().layout, LayoutEngine::autoPositions(moved));
    QCOMPARE(shownAt(u"wk-2"_s), start);
    QCOMPARE(m_editor->undoStack()->undoText(), u"Arrange Nodes"_s);
    m_editor->undoStack()->undo();
    QVERIFY(m_document->topology() == moved);
}

void tst_Canvas::outlineSelectsOnCanvas()
{
    auto *tree = m_window->findChild<QTreeView *>(u"outline"_s);
    QVERIFY(tree);
    const QAbstractItemModel *model = tree->model();
    const QModelIndex nodes = model->index(int(TopologyTreeModel::Group::Nodes), 0);
    QModelIndex wk2;
    for (int row = 0; row < model->rowCount(nodes); ++row) {
        if (model->index(row, 0, nodes).data().toString() == u"wk-2"_s)
            wk2 = model->index(row, 0, nodes);
    }
    QVERIFY(wk2.isValid());
    emit tree->activated(wk2);
    QCOMPARE(m_scene->selectedObjects().size(), 1);
    QCOMPARE(m_scene->selectedObjects().first().name, u"wk-2"_s);
    QCOMPARE(m_window->propertyEditor()->title(), u"Node wk-2"_s);
}

void tst_Canvas::saveAndReopen()
{
    dropPalette(PaletteItemKind::WorkerNode, QPointF(1300, 700));
    QVERIFY(m_editor->attachToNetwork({u"wk-4"_s}, u"storage"_s));
    drag(shownAt(u"cp-1"_s) + QPointF(90, 40),
         shownAt(u"cp-1"_s) + QPointF(90, 40) + QPointF(0, 400));
    QVERIFY(m_window->isWindowModified());

    QTemporaryDir dir;
    const QString path = dir.filePath(u"saved.cw.yaml"_s);
    QVERIFY(m_window->saveFile(path));
    QVERIFY(!m_window->isWindowModified());
    QCOMPARE(m_document->filePath(), path);
    const Topology saved = m_document->topology();

    TopologyDocument other;
    MainWindow reopened(&other);
    QVERIFY(reopened.openFile(path));
    QCOMPARE(writeTopology(other.topology()), writeTopology(saved));
    QVERIFY(other.topology().nodes == saved.nodes);
    QCOMPARE(other.topology().layout, saved.layout);
    QCOMPARE(reopened.scene()->count(ObjectKind::Node), saved.nodes.size());
    QCOMPARE(reopened.scene()->itemFor(ObjectKind::Node, saved.nodeIndex(u"cp-1"_s))->pos(),
             shownAt(u"cp-1"_s));
}

QTEST_MAIN(tst_Canvas)
#include "tst_canvas.moc"
