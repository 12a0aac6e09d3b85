// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
// The Fault Tolerance panel and failure simulation on real widgets, on the seichi example
// (3 control planes on 3 Proxmox hosts): the readout, failing hosts from the checklist and
// from the canvas, the greyed items, and a document that stays untouched.
#include "app/mainwindow.h"
#include "canvas/canvasactions.h"
#include "canvas/designitem.h"
#include "canvas/designscene.h"
#include "canvas/designview.h"
#include "edit/designeditor.h"
#include "faults/failuresimulation.h"
#include "faults/faultswidget.h"
#include "model/topologydocument.h"
#include "problems/validationservice.h"
#include "validation/faulttolerance.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Clusterwright;
using namespace Qt::StringLiterals;

namespace {

const QString Prox02 = u"unchama-sv-prox02"_s;
const QString Prox04 = u"unchama-sv-prox04"_s;

} // namespace

class tst_FaultPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void readoutMatchesTheAnalysis();
    void oneHostKeepsQuorum();
    void twoHostsLoseQuorum();
    void canvasToggleAndShortcut();
    void contextMenuOffersTheToggle();
    void clearResetsEverything();
    void followsRenamesAndDeletes();

private:
    QTreeWidgetItem *outcome(const QString &component) const;
    DesignItem *item(ObjectKind kind, const QString &name) const;
    void check(const QString &target, bool on);
    void verifyDocumentUntouched();

    std::unique_ptr<TopologyDocument> m_document;
    std::unique_ptr<MainWindow> m_window;
    Topology m_loaded;
    FaultsWidget *m_panel = nullptr;
    FailureSimulation *m_simulation = nullptr;
    DesignScene *m_scene = nullptr;
};

void tst_FaultPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"Clusterwright"_s);
    QCoreApplication::setApplicationName(u"tst_faultpanel"_s);
    QSettings().clear();
}

void tst_FaultPanel::init()
{
    m_document = std::make_unique<TopologyDocument>();
    m_window = std::make_unique<MainWindow>(m_document.get());
    QVERIFY(m_window->openFile(QStringLiteral(CW_EXAMPLES_DIR "/seichi-onp-k8s.cw.yaml")));
    m_loaded = m_document->topology();
    m_window->resize(1600, 1000);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_panel = m_window->faults();
    m_simulation = m_window->failureSimulation();
    m_scene = m_window->scene();
    QVERIFY(m_panel && m_simulation);
    auto *dock = m_window->findChild<QDockWidget *>(u"faultsDock"_s);
    QVERIFY(dock);
    dock->show();
    dock->raise();
    QTRY_VERIFY(m_window->validation()->isCurrent());
}

void tst_FaultPanel::cleanup()
{
    m_window->editor()->undoStack()->setClean();
    m_window.reset();
    m_document.reset();
}

QTreeWidgetItem *tst_FaultPanel::outcome(const QString &component) const
{
    QTreeWidget *tree = m_panel->outcomes();
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(0) == component)
            return tree->topLevelItem(i);
    }
    return nullptr;
}

DesignItem *tst_FaultPanel::item(ObjectKind kind, const QString &name) const
{
    return m_scene->itemFor(ObjectRef{kind, name, -1});
}

void tst_FaultPanel::check(const QString &target, bool on)
{
    QTreeWidgetItem *row = m_panel->targetItem(target);
    QVERIFY2(row, qPrintable(target));
    row->setCheckState(0, on ? Qt::Checked : Qt::Unchecked);
}

void tst_FaultPanel::verifyDocumentUntouched()
{
    QVERIFY(m_document->topology() == m_loaded);
    QCOMPARE(m_window->editor()->undoStack()->count(), 0);
    QVERIFY(m_window->editor()->undoStack()->isClean());
    QVERIFY(!m_window->isWindowModified());
}

void tst_FaultPanel::readoutMatchesTheAnalysis()
{
    const FaultToleranceSummary summary = analyzeFaultTolerance(m_document->topology());
    QTreeWidget *readout = m_panel->readout();
    QCOMPARE(readout->topLevelItemCount(), summary.components.size());
    for (int i = 0; i < summary.components.size(); ++i) {
        const Tolerance &t = summary.components[i];
        QTreeWidgetItem *row = readout->topLevelItem(i);
        QCOMPARE(row->text(0), t.component);
        QCOMPARE(row->text(3), t.detail);
        if (t.nodeFailures > 0)
            QCOMPARE(row->text(1), QString::number(t.nodeFailures));
        QCOMPARE(row->childCount(), t.singlePointsOfFailure.size());
    }
    QCOMPARE(readout->topLevelItem(0)->text(0), u"etcd"_s);
    QCOMPARE(readout->topLevelItem(0)->text(2), u"1"_s); // one host may fail
    auto *etcd = m_panel->findChild<QLabel *>(u"etcdSummary"_s);
    QVERIFY(etcd->text().contains(u"3 members, quorum 2"_s));
    // The NAS outside the cluster is the one single point of failure, marked as such.
    QTreeWidgetItem *nas = readout->topLevelItem(2);
    QCOMPARE(nas->text(2), u"none"_s);
    QVERIFY(!nas->icon(2).isNull());
    QVERIFY(nas->child(0)->text(0).contains(u"192.168.16.50"_s));
}

void tst_FaultPanel::oneHostKeepsQuorum()
{
    check(Prox02, true);
    QCOMPARE(m_simulation->failedNames(), QStringList{Prox02});
    // The failed host greys at once; its nodes when the what-if is in.
    QVERIFY(item(ObjectKind::Host, Prox02)->simulatedState() == SimulatedState::Failed);
    QCOMPARE(item(ObjectKind::Host, Prox02)->simulatedNote(), u"failed (simulated)"_s);
    QTRY_VERIFY(outcome(u"etcd"_s));
    QTRY_VERIFY(item(ObjectKind::Node, u"cp-1"_s)->simulatedState() == SimulatedState::Down);
    QVERIFY(item(ObjectKind::Node, u"wk-1"_s)->simulatedState() == SimulatedState::Down);
    QVERIFY(item(ObjectKind::Node, u"cp-1"_s)->toolTip().contains(Prox02));
    QVERIFY(item(ObjectKind::Node, u"cp-2"_s)->simulatedState() == SimulatedState::Up);

    QTreeWidgetItem *etcd = outcome(u"etcd"_s);
    QCOMPARE(etcd->text(1), u"OK"_s);
    QVERIFY(etcd->text(2).contains(u"keeps quorum"_s));
    QCOMPARE(outcome(u"API endpoint"_s)->text(1), u"OK"_s);
    const QString summary = m_panel->summary()->text();
    QVERIFY2(summary.contains(u"Nothing breaks"_s), qPrintable(summary));
    QVERIFY(summary.contains(u"cp-1"_s) && summary.contains(u"wk-1"_s));
    QVERIFY(item(ObjectKind::Vip, u"api"_s)->simulatedState() == SimulatedState::Up);
    verifyDocumentUntouched();
}

void tst_FaultPanel::twoHostsLoseQuorum()
{
    check(Prox02, true);
    check(Prox04, true);
    QTRY_VERIFY(outcome(u"etcd"_s) && outcome(u"etcd"_s)->text(1) == u"BROKEN"_s);
    QVERIFY(outcome(u"etcd"_s)->text(2).contains(u"quorum lost"_s));
    QCOMPARE(outcome(u"API endpoint"_s)->text(1), u"BROKEN"_s);
    QCOMPARE(outcome(u"LoadBalancer lb"_s)->text(1), u"OK"_s);
    QVERIFY(m_panel->summary()->text().contains(u"Breaks: etcd, API endpoint"_s));

    for (const QString &host : {Prox02, Prox04})
        QVERIFY(item(ObjectKind::Host, host)->simulatedState() == SimulatedState::Failed);
    QVERIFY(item(ObjectKind::Host, u"unchama-sv-prox05"_s)->simulatedState() == SimulatedState::Up);
    for (const QString &node : {u"cp-1"_s, u"cp-2"_s, u"wk-1"_s, u"wk-2"_s})
        QVERIFY2(item(ObjectKind::Node, node)->simulatedState() == SimulatedState::Down,
                 qPrintable(node));
    QVERIFY(item(ObjectKind::Node, u"cp-3"_s)->simulatedState() == SimulatedState::Up);
    // The API VIP loses its service and says so on the canvas.
    DesignItem *api = item(ObjectKind::Vip, u"api"_s);
    QVERIFY(api->simulatedState() == SimulatedState::ServiceLost);
    QVERIFY(api->toolTip().contains(u"API down"_s));
    verifyDocumentUntouched();

    // With CW_SCREENSHOT_DIR set, the window as the user sees it, to look at by eye.
    if (const QString dir = qEnvironmentVariable("CW_SCREENSHOT_DIR"); !dir.isEmpty()) {
        m_window->view()->zoomToFit();
        QVERIFY(m_window->grab().save(QDir(dir).filePath(u"failure-simulation.png"_s)));
    }
}

void tst_FaultPanel::canvasToggleAndShortcut()
{
    QAction *toggle = m_simulation->toggleAction();
    QVERIFY(!toggle->isEnabled()); // nothing selected
    m_scene->selectObjects({{ObjectKind::Host, Prox02, 0}, {ObjectKind::Host, Prox04, 1}});
    QVERIFY(toggle->isEnabled());
    QVERIFY(!toggle->isChecked());
    toggle->trigger();
    QCOMPARE(m_simulation->failedNames(), (QStringList{Prox02, Prox04}));
    QVERIFY(toggle->isChecked());
    // The checklist follows the canvas.
    QCOMPARE(m_panel->targetItem(Prox04)->checkState(0), Qt::Checked);
    QTRY_VERIFY(outcome(u"etcd"_s) && outcome(u"etcd"_s)->text(1) == u"BROKEN"_s);
    toggle->trigger();
    QVERIFY(m_simulation->failed().isEmpty());

    // The keyboard: select a node and press the shortcut on the canvas.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->view()->setFocus();
    m_scene->selectObjects({{ObjectKind::Node, u"cp-3"_s, 2}});
    QTest::keyClick(m_window->view(), Qt::Key_F, Qt::ControlModifier | Qt::AltModifier);
    QCOMPARE(m_simulation->failedNames(), QStringList{u"cp-3"_s});
    QVERIFY(item(ObjectKind::Node, u"cp-3"_s)->simulatedState() == SimulatedState::Failed);
    QCOMPARE(m_panel->targetItem(u"cp-3"_s)->checkState(0), Qt::Checked);
    verifyDocumentUntouched();
}

void tst_FaultPanel::contextMenuOffersTheToggle()
{
    DesignView *view = m_window->view();
    view->resetZoom();
    DesignItem *cp1 = item(ObjectKind::Node, u"cp-1"_s);
    view->centerOn(cp1);
    const QPoint at = view->mapFromScene(cp1->sceneBoundingRect().center());
    QStringList offered;
    // The menu runs its own loop: read it and choose the entry from inside.
    QTimer::singleShot(0, this, [&offered] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (QAction *action : menu->actions()) {
            offered << action->objectName();
            if (action->objectName() == u"actionSimulateFailure"_s)
                menu->setActiveAction(action);
        }
        QTest::keyClick(menu, Qt::Key_Return);
    });
    emit view->customContextMenuRequested(at);
    QVERIFY2(offered.contains(u"actionSimulateFailure"_s), qPrintable(offered.join(u' ')));
    QVERIFY(offered.contains(u"actionClearSimulation"_s));
    QCOMPARE(m_simulation->failedNames(), QStringList{u"cp-1"_s});
    QVERIFY(cp1->simulatedState() == SimulatedState::Failed);
    verifyDocumentUntouched();
}

void tst_FaultPanel::clearResetsEverything()
{
    check(Prox02, true);
    check(u"cp-3"_s, true);
    QTRY_VERIFY(item(ObjectKind::Node, u"cp-1"_s)->simulatedState() == SimulatedState::Down);
    QVERIFY(m_simulation->clearAction()->isEnabled());
    m_simulation->clearAction()->trigger();
    QVERIFY(m_simulation->failed().isEmpty());
    QVERIFY(!m_simulation->clearAction()->isEnabled());
    QCOMPARE(m_panel->targetItem(Prox02)->checkState(0), Qt::Unchecked);
    QTRY_VERIFY(m_window->validation()->isCurrent());
    const auto all = m_scene->items();
    for (QGraphicsItem *graphics : all) {
        if (auto *design = dynamic_cast<DesignItem *>(graphics))
            QVERIFY2(design->simulatedState() == SimulatedState::Up,
                     qPrintable(design->objectName()));
    }
    QCOMPARE(m_panel->outcomes()->topLevelItemCount(), 0);
    QVERIFY(m_panel->summary()->text().contains(u"Nothing is failed"_s));
    verifyDocumentUntouched();
}

void tst_FaultPanel::followsRenamesAndDeletes()
{
    DesignEditor *editor = m_window->editor();
    check(u"cp-1"_s, true);
    check(Prox04, true);
    QVERIFY(editor->rename(ObjectKind::Node, 0, u"cp-9"_s));
    QCOMPARE(m_simulation->failedNames(), (QStringList{u"cp-9"_s, Prox04}));
    QVERIFY(item(ObjectKind::Node, u"cp-9"_s)->simulatedState() == SimulatedState::Failed);
    QTRY_VERIFY(m_panel->targetItem(u"cp-9"_s)
                && m_panel->targetItem(u"cp-9"_s)->checkState(0) == Qt::Checked);
    QVERIFY(editor->rename(ObjectKind::Host, 1, u"prox04-new"_s));
    QCOMPARE(m_simulation->failedNames(), (QStringList{u"cp-9"_s, u"prox04-new"_s}));
    QTRY_VERIFY(item(ObjectKind::Node, u"cp-2"_s)->simulatedState() == SimulatedState::Down);

    editor->deleteObjects({{ObjectKind::Node, u"cp-9"_s, 0}});
    QCOMPARE(m_simulation->failedNames(), QStringList{u"prox04-new"_s});
    // Undo brings the node back, not its simulated failure.
    editor->undoStack()->undo();
    QVERIFY(!m_simulation->isFailed(ObjectKind::Node, u"cp-9"_s));
    QVERIFY(item(ObjectKind::Node, u"cp-9"_s)->simulatedState() == SimulatedState::Up);
    // Only the user's edits are on the stack: the simulation pushed nothing.
    QCOMPARE(editor->undoStack()->count(), 3);
}

QTEST_MAIN(tst_FaultPanel)
#include "tst_faultpanel.moc"
