// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
// The Problems dock on real widgets: it lists what the validator finds, a click selects and
// centres the objects, a double-click applies the fix undoably, and edits revalidate in the
// background.
#include "app/mainwindow.h"
#include "canvas/designitem.h"
#include "canvas/designscene.h"
#include "canvas/designview.h"
#include "edit/designeditor.h"
#include "format/topologyformat.h"
#include "model/topologydocument.h"
#include "problems/problemsfilter.h"
#include "problems/problemsmodel.h"
#include "problems/problemswidget.h"
#include "problems/validationservice.h"
#include "validation/validator.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QMouseEvent>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace Clusterwright;
using namespace Qt::StringLiterals;

namespace {

const QString GentooPath = QStringLiteral(CW_EXAMPLES_DIR "/gentoo-keepalived.cw.yaml");

QStringList ruleIds(const QList<Finding> &findings)
{
    QStringList ids;
    for (const Finding &finding : findings)
        ids << finding.ruleId;
    ids.sort();
    return ids;
}

// What a mouse sends: press, release, double-click, release. QTest::mouseDClick leaves out
// the first release, and an item view ignores a double-click in the middle of a press.
void doubleClick(QTreeView *view, const QModelIndex &index)
{
    QWidget *viewport = view->viewport();
    const QPoint pos = view->visualRect(index).center();
    QTest::mouseClick(viewport, Qt::LeftButton, {}, pos);
    QMouseEvent twice(QEvent::MouseButtonDblClick, pos, viewport->mapToGlobal(pos), Qt::LeftButton,
                      Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &twice);
    QMouseEvent release(QEvent::MouseButtonRelease, pos, viewport->mapToGlobal(pos), Qt::LeftButton,
                        Qt::NoButton, Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &release);
}

} // namespace

class tst_ProblemsDock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void listsTheFindings();
    void titleCountsAndFilter();
    void sortsByColumn();
    void clickSelectsAndCentres();
    void enterSelects();
    void doubleClickAppliesFixUndoably();
    void applyFixShortcut();
    void findingWithoutFixDoesNothing();
    void editRevalidatesInTheBackground();
    void badgesFollowTheFindings();

private:
    QModelIndex rowOf(const QString &ruleId, int column = ProblemsModel::MessageColumn) const;
    QList<Finding> expected() const;

    std::unique_ptr<TopologyDocument> m_document;
    std::unique_ptr<MainWindow> m_window;
    ProblemsWidget *m_problems = nullptr;
    QTreeView *m_list = nullptr;
    DesignEditor *m_editor = nullptr;
};

void tst_ProblemsDock::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"Clusterwright"_s);
    QCoreApplication::setApplicationName(u"tst_problemsdock"_s);
    QSettings().clear();
}

void tst_ProblemsDock::init()
{
    m_document = std::make_unique<TopologyDocument>();
    m_window = std::make_unique<MainWindow>(m_document.get());
    QVERIFY(m_window->openFile(GentooPath));
    m_window->resize(1600, 1000);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_problems = m_window->problems();
    QVERIFY(m_problems);
    m_list = m_problems->view();
    m_editor = m_window->editor();
    auto *dock = m_window->findChild<QDockWidget *>(u"problemsDock"_s);
    QVERIFY(dock);
    dock->show();
    dock->raise();
    // The first run starts 400 ms after the file is opened, in the background.
    QTRY_VERIFY(m_window->validation()->isCurrent());
    QTRY_VERIFY(m_problems->model()->rowCount() > 0);
}

void tst_ProblemsDock::cleanup()
{
    m_editor->undoStack()->setClean();
    m_window.reset();
    m_document.reset();
}

QList<Finding> tst_ProblemsDock::expected() const
{
    return validateTopology(m_document->topology(), &m_document->sourceMap()).findings;
}

QModelIndex tst_ProblemsDock::rowOf(const QString &ruleId, int column) const
{
    const QAbstractItemModel *model = m_list->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, column);
        if (index.siblingAtColumn(ProblemsModel::RuleColumn).data().toString() == ruleId)
            return index;
    }
    return {};
}

void tst_ProblemsDock::listsTheFindings()
{
    const QList<Finding> findings = expected();
    QCOMPARE(ruleIds(m_problems->model()->findings()), ruleIds(findings));
    if (const QString dir = qEnvironmentVariable("CW_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(m_window->grab().save(QDir(dir).filePath(u"problems-dock.png"_s)));
    for (const char *id : {"FD005", "NET007", "LB001"})
        QVERIFY2(rowOf(QLatin1StringView(id)).isValid(), id);

    const QModelIndex net007 = rowOf(u"NET007"_s);
    const Finding *finding = m_problems->findingAt(net007);
    QVERIFY(finding);
    // Severity as an icon and a word, never colour alone.
    const QModelIndex severity = net007.siblingAtColumn(ProblemsModel::SeverityColumn);
    QCOMPARE(severity.data().toString(), ProblemsModel::severityText(Severity::Error));
    QVERIFY(!severity.data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(net007.data().toString(), finding->message);
    QCOMPARE(net007.siblingAtColumn(ProblemsModel::ObjectsColumn).data().toString(), u"internal"_s);
    // The file position the validator reports, as file:line:col.
    QVERIFY(finding->location.isValid());
    QCOMPARE(net007.siblingAtColumn(ProblemsModel::LocationColumn).data().toString(),
             u"gentoo-keepalived.cw.yaml:%1:%2"_s.arg(finding->location.line)
                 .arg(finding->location.column));
    QVERIFY(net007.data(Qt::ToolTipRole).toString().contains(finding->suggestion));
}

void tst_ProblemsDock::titleCountsAndFilter()
{
    auto *dock = m_window->findChild<QDockWidget *>(u"problemsDock"_s);
    QCOMPARE(dock->windowTitle(), u"Problems (2 errors, 1 warning)"_s);

    auto *errors = m_problems->findChild<QAction *>(u"filter_error"_s);
    QVERIFY(errors);
    QCOMPARE(errors->text(), u"2 Errors"_s);
    errors->trigger();
    QCOMPARE(m_list->model()->rowCount(), 1);
    QCOMPARE(rowOf(u"FD005"_s).isValid(), true);
    QVERIFY(!rowOf(u"NET007"_s).isValid());
    errors->trigger();
    QCOMPARE(m_list->model()->rowCount(), 3);
}

void tst_ProblemsDock::sortsByColumn()
{
    m_list->sortByColumn(ProblemsModel::RuleColumn, Qt::AscendingOrder);
    QStringList shown;
    for (int row = 0; row < m_list->model()->rowCount(); ++row)
        shown << m_list->model()->index(row, ProblemsModel::RuleColumn).data().toString();
    QStringList sorted = shown;
    sorted.sort();
    QCOMPARE(shown, sorted);
    // Severity sorts by rank, errors first when descending.
    m_list->sortByColumn(ProblemsModel::SeverityColumn, Qt::DescendingOrder);
    const QModelIndex first = m_list->model()->index(0, ProblemsModel::SeverityColumn);
    const QModelIndex last
        = m_list->model()->index(m_list->model()->rowCount() - 1, ProblemsModel::SeverityColumn);
    QCOMPARE(first.data().toString(), ProblemsModel::severityText(Severity::Error));
    QCOMPARE(last.data().toString(), ProblemsModel::severityText(Severity::Warning));
}

void tst_ProblemsDock::clickSelectsAndCentres()
{
    DesignView *view = m_window->view();
    DesignScene *scene = m_window->scene();
    view->resetZoom();
    // Look somewhere else first, so centring has to move the view.
    view->centerOn(scene->sceneRect().topLeft());
    const QModelIndex lb001 = rowOf(u"LB001"_s);
    QVERIFY(lb001.isValid());
    m_list->scrollTo(lb001);
    QTest::mouseClick(m_list->viewport(), Qt::LeftButton, {}, m_list->visualRect(lb001).center());

    const QList<ObjectRef> selected = scene->selectedObjects();
    QCOMPARE(selected.size(), 2);
    QVERIFY(selected.contains(ObjectRef{ObjectKind::Network, u"wan"_s, 1}));
    QVERIFY(selected.contains(ObjectRef{ObjectKind::Vip, u"external"_s, 1}));
    const QPointF wanted = scene->itemsBoundingRectOf(selected).center();
    const QPointF shown = view->mapToScene(view->viewport()->rect().center());
    QVERIFY2(QLineF(wanted, shown).length() < 2,
             qPrintable(u"centre %1,%2 wanted %3,%4"_s.arg(shown.x())
                            .arg(shown.y())
                            .arg(wanted.x())
                            .arg(wanted.y())));
}

void tst_ProblemsDock::enterSelects()
{
    m_list->setFocus();
    m_list->setCurrentIndex(rowOf(u"NET007"_s));
    QTest::keyClick(m_list, Qt::Key_Return);
    const QList<ObjectRef> selected = m_window->scene()->selectedObjects();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().name, u"internal"_s);
    QVERIFY(selected.first().kind == ObjectKind::Network);
}

void tst_ProblemsDock::doubleClickAppliesFixUndoably()
{
    QUndoStack *stack = m_editor->undoStack();
    const int network = 2;
    const QString before = m_document->topology().networks[network].gateway;
    const QModelIndex net007 = rowOf(u"NET007"_s);
    const QList<FieldEdit> fix = m_problems->findingAt(net007)->fix;
    const QString suggestion = m_problems->findingAt(net007)->suggestion;
    QCOMPARE(fix.size(), 1);
    QCOMPARE(fix.first().path, u"networks[2].gateway"_s);

    m_list->scrollTo(net007);
    doubleClick(m_list, net007);
    QCOMPARE(m_document->topology().networks[network].gateway, fix.first().value);
    QCOMPARE(stack->count(), 1);
    QCOMPARE(stack->undoText(), suggestion); // the suggestion, capitalised already
    QTRY_VERIFY(!rowOf(u"NET007"_s).isValid());
    QVERIFY(rowOf(u"LB001"_s).isValid());

    stack->undo();
    QCOMPARE(m_document->topology().networks[network].gateway, before);
    QTRY_VERIFY(rowOf(u"NET007"_s).isValid());
    QCOMPARE(ruleIds(m_problems->model()->findings()), ruleIds(expected()));
}

void tst_ProblemsDock::applyFixShortcut()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_list->setFocus();
    m_list->setCurrentIndex(rowOf(u"NET007"_s));
    QVERIFY(m_problems->applyFixAction()->isEnabled());
    QTest::keyClick(m_list, Qt::Key_Period, Qt::ControlModifier);
    QCOMPARE(m_editor->undoStack()->count(), 1);
    QTRY_VERIFY(!rowOf(u"NET007"_s).isValid());
}

void tst_ProblemsDock::findingWithoutFixDoesNothing()
{
    const QModelIndex fd005 = rowOf(u"FD005"_s);
    QVERIFY(m_problems->findingAt(fd005)->fix.isEmpty());
    QVERIFY(fd005.data(Qt::ToolTipRole).toString().contains(u"No automatic fix"_s));
    m_list->setCurrentIndex(fd005);
    QVERIFY(!m_problems->applyFixAction()->isEnabled());
    const Topology before = m_document->topology();
    m_list->scrollTo(fd005);
    doubleClick(m_list, fd005);
    QCOMPARE(m_editor->undoStack()->count(), 0);
    QVERIFY(m_document->topology() == before);
    // The click part of it still showed the host.
    QCOMPARE(m_window->scene()->selectedObjects().value(0).name, u"libvirt-host"_s);
}

void tst_ProblemsDock::editRevalidatesInTheBackground()
{
    auto *dock = m_window->findChild<QDockWidget *>(u"problemsDock"_s);
    Topology fixed = m_document->topology();
    fixed.networks[2].gateway = u"10.118.12.1"_s;
    QVERIFY(m_editor->applyTopology(fixed, u"Edit gateway"_s));
    // The edit returned without validating: the list still shows the old findings.
    QVERIFY(rowOf(u"NET007"_s).isValid());
    QVERIFY(!m_window->validation()->isCurrent());
    QTRY_VERIFY(!rowOf(u"NET007"_s).isValid());
    QCOMPARE(dock->windowTitle(), u"Problems (1 error, 1 warning)"_s);

    // Edits that overtake a run: only the last state's findings are shown.
    for (const QString &gateway : {u"10.0.0.1"_s, u"10.118.12.254"_s, u"192.168.0.1"_s}) {
        fixed.networks[2].gateway = gateway;
        QVERIFY(m_editor->applyTopology(fixed, u"Edit gateway"_s));
        QCoreApplication::processEvents();
    }
    QTRY_VERIFY(m_window->validation()->isCurrent());
    QCOMPARE(ruleIds(m_problems->model()->findings()), ruleIds(expected()));
    QVERIFY(rowOf(u"NET007"_s).isValid());
}

void tst_ProblemsDock::badgesFollowTheFindings()
{
    DesignItem *internal = m_window->scene()->itemFor(ObjectKind::Network, 2);
    QVERIFY(internal);
    QCOMPARE(internal->objectName(), u"internal"_s);
    QVERIFY(internal->severity() == Severity::Error);
    QVERIFY(m_problems->applyFix(rowOf(u"NET007"_s)));
    QTRY_VERIFY(!internal->severity());
    m_editor->undoStack()->undo();
    QTRY_VERIFY(internal->severity() == Severity::Error);
}

QTEST_MAIN(tst_ProblemsDock)
#include "tst_problemsdock.moc"
