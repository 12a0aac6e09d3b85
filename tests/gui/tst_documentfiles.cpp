// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "app/autosave.h"
#include "app/documentfiles.h"
#include "app/fileprompts.h"
#include "app/mainwindow.h"
#include "app/recentfiles.h"
#include "edit/designeditor.h"
#include "format/topologyformat.h"
#include "model/topologydocument.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLockFile>
#include <QMenu>
#include <QMimeData>
#include <QProcess>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QUndoStack>
#include <QUrl>

#include <cstdio>
#include <cstring>

using namespace Clusterwright;
using namespace Qt::StringLiterals;

namespace {

const QString ExamplePath = u"" CW_EXAMPLES_DIR "/seichi-onp-k8s.cw.yaml"_s;
const QByteArray HoldLockArgument = "--hold-lock";

// Answers every question from the test's script and counts them.
class ScriptedPrompts : public FilePrompts
{
public:
    SaveChoice saveAnswer = SaveChoice::Discard;
    bool revertAnswer = true;
    RecoveryChoice recoveryAnswer = RecoveryChoice::Recover;
    QString savePathAnswer;
    int saveAsked = 0;
    int revertAsked = 0;
    int recoveryAsked = 0;
    QString recoveryDesign;

    SaveChoice askToSave(QWidget *) override
    {
        ++saveAsked;
        return saveAnswer;
    }
    bool confirmRevert(QWidget *, const QString &) override
    {
        ++revertAsked;
        return revertAnswer;
    }
    RecoveryChoice askToRecover(QWidget *, const QString &design, const QDateTime &) override
    {
        ++recoveryAsked;
        recoveryDesign = design;
        return recoveryAnswer;
    }
    QString openPath(QWidget *, const QString &) override { return {}; }
    QString savePath(QWidget *, const QString &) override { return savePathAnswer; }
};

Topology load(const QString &path)
{
    const LoadResult result = loadTopologyFile(path);
    return result.ok() ? *result.topology : Topology{};
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The child side of heldLockIsRespected(): another running instance holding a backup.
int holdLock(const QString &lockPath)
{
    QLockFile lock(lockPath);
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0))
        return 2;
    std::fputs("locked\n", stdout);
    std::fflush(stdout);
    // Holds until the parent closes our stdin.
    char buffer[16];
    while (std::fread(buffer, 1, sizeof buffer, stdin) > 0) {
    }
    return 0;
}

} // namespace

class tst_DocumentFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void roundTrip();
    void recentFiles();
    void recentFilesMarkMissing();
    void revertRestoresFile();
    void revertCanBeDeclined();
    void autosaveWrittenAndDeletedOnSave();
    void recoveryOfferedAfterCrash();
    void recoveryDiscardDeletesBackup();
    void heldLockIsRespected();
    void untitledRecoveryAtStartup();
    void dropOpensDesign();
    void dropRefusesOtherFiles();
    void layoutRemembered();

private:
    QString copyExample(const QString &name) const;
    void makeModified();
    void makeWindow();
    // A backup as a crash leaves it: the design renamed, the file `fileAgeSecs`
    // older (negative) or newer than it. Returns what the backup holds.
    Topology plantBackup(qint64 fileAgeSecs);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TopologyDocument> m_document;
    std::unique_ptr<MainWindow> m_window;
    ScriptedPrompts *m_prompts = nullptr;
    QString m_path;
};

void tst_DocumentFiles::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"Clusterwright"_s);
    QCoreApplication::setApplicationName(u"tst_documentfiles"_s);
}

void tst_DocumentFiles::init()
{
    QSettings().clear();
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/autosave"_s)
        .removeRecursively();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = copyExample(u"design.cw.yaml"_s);
    m_document = std::make_unique<TopologyDocument>();
    makeWindow();
}

void tst_DocumentFiles::makeWindow()
{
    m_window = std::make_unique<MainWindow>(m_document.get());
    auto prompts = std::make_unique<ScriptedPrompts>();
    m_prompts = prompts.get();
    m_window->files()->setPrompts(std::move(prompts));
    m_window->files()->autosave()->setInterval(20);
}

void tst_DocumentFiles::cleanup()
{
    m_window.reset();
    m_document.reset();
    m_dir.reset();
}

QString tst_DocumentFiles::copyExample(const QString &name) const
{
    const QString path = m_dir->filePath(name);
    QFile::remove(path);
    if (!QFile::copy(ExamplePath, path))
        return {};
    // A copy keeps the source's permissions; the tests write to it.
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

void tst_DocumentFiles::makeModified()
{
    DesignEditor *editor = m_window->editor();
    const int index = m_document->topology().nodeIndex(u"wk-3"_s);
    QVERIFY(index >= 0);
    QVERIFY(editor->rename(ObjectKind::Node, index, u"wk-9"_s));
    QVERIFY(!editor->undoStack()->isClean());
}

void tst_DocumentFiles::roundTrip()
{
    QVERIFY(m_window->openFile(m_path));
    QVERIFY(m_window->editor()->undoStack()->isClean());
    makeModified();
    QVERIFY(m_window->isWindowModified());
    QVERIFY(m_window->saveFile(m_path));
    QVERIFY(!m_window->isWindowModified());
    const Topology saved = m_document->topology();

    TopologyDocument other;
    MainWindow second(&other);
    QVERIFY(second.openFile(m_path));
    QCOMPARE(other.topology(), saved);
    QVERIFY(other.topology().nodeIndex(u"wk-9"_s) >= 0);
    QCOMPARE(other.topology().nodeIndex(u"wk-3"_s), -1);
}

void tst_DocumentFiles::recentFiles()
{
    RecentFiles *recent = m_window->files()->recentFiles();
    QVERIFY2(recent->files().isEmpty(), qPrintable(recent->files().join(u' ')));
    const QString a = copyExample(u"a.cw.yaml"_s);
    const QString b = copyExample(u"b.cw.yaml"_s);
    QVERIFY(m_window->openFile(a));
    QVERIFY(m_window->openFile(b));
    QCOMPARE(recent->files(), (QStringList{b, a}));
    // Reopening moves a file to the top instead of listing it twice.
    QVERIFY(m_window->openFile(a));
    QCOMPARE(recent->files(), (QStringList{a, b}));

    const QString c = m_dir->filePath(u"c.cw.yaml"_s);
    m_prompts->savePathAnswer = c;
    QVERIFY(m_window->files()->saveAs());
    QCOMPARE(recent->files(), (QStringList{c, a, b}));

    QMenu *menu = recent->menu();
    emit menu->aboutToShow();
    const QList<QAction *> actions = menu->actions();
    QVERIFY(actions.size() >= 3);
    QVERIFY2(actions.at(0)->text().contains(u"c.cw.yaml"_s), qPrintable(actions.at(0)->text()));
    QCOMPARE(actions.at(0)->data().toString(), c);

    // Choosing an entry opens it (asking about unsaved changes first).
    makeModified();
    actions.at(2)->trigger();
    QCOMPARE(m_prompts->saveAsked, 1);
    QCOMPARE(m_document->filePath(), b);
    QCOMPARE(recent->files().first(), b);

    for (int i = 0; i < 12; ++i)
        recent->add(m_dir->filePath(u"x%1.cw.yaml"_s.arg(i)));
    QCOMPARE(recent->files().size(), RecentFiles::MaxFiles);
    QCOMPARE(recent->files().first(), m_dir->filePath(u"x11.cw.yaml"_s));

    // The menu's current entry: replaced ones wait for deleteLater().
    QAction *clear = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->objectName() == u"actionClearRecent"_s)
            clear = action;
    }
    QVERIFY(clear && clear->isEnabled());
    clear->trigger();
    QVERIFY(recent->files().isEmpty());
}

void tst_DocumentFiles::recentFilesMarkMissing()
{
    RecentFiles *recent = m_window->files()->recentFiles();
    const QString gone = copyExample(u"gone.cw.yaml"_s);
    QVERIFY(m_window->openFile(gone));
    QVERIFY(m_window->openFile(m_path));
    QVERIFY(QFile::remove(gone));
    QMenu *menu = recent->menu();
    emit menu->aboutToShow();
    QAction *missing = menu->actions().at(1);
    QCOMPARE(missing->data().toString(), gone);
    QVERIFY(!missing->isEnabled());
    QVERIFY2(missing->text().contains(u"not found"_s), qPrintable(missing->text()));
    QVERIFY(menu->actions().at(0)->isEnabled());
}

void tst_DocumentFiles::revertRestoresFile()
{
    QVERIFY(m_window->openFile(m_path));
    const Topology original = m_document->topology();
    makeModified();
    QVERIFY(m_document->topology() != original);
    QAction *revert = m_window->findChild<QAction *>(u"actionRevert"_s);
    QVERIFY(revert && revert->isEnabled());
    revert->trigger();
    QCOMPARE(m_prompts->revertAsked, 1);
    QCOMPARE(m_document->topology(), original);
    QVERIFY(m_window->editor()->undoStack()->isClean());
    QCOMPARE(m_window->editor()->undoStack()->count(), 0);
    QCOMPARE(m_document->filePath(), m_path);
}

void tst_DocumentFiles::revertCanBeDeclined()
{
    QVERIFY(m_window->openFile(m_path));
    makeModified();
    const Topology edited = m_document->topology();
    m_prompts->revertAnswer = false;
    QVERIFY(!m_window->files()->revert());
    QCOMPARE(m_prompts->revertAsked, 1);
    QCOMPARE(m_document->topology(), edited);
    QVERIFY(m_window->editor()->undoStack()->canUndo());
}

void tst_DocumentFiles::autosaveWrittenAndDeletedOnSave()
{
    QVERIFY(m_window->openFile(m_path));
    const QString backup = Autosave::backupPathFor(m_path);
    QCOMPARE(QFileInfo(backup).fileName(), u".design.cw.yaml.autosave"_s);
    QCOMPARE(QFileInfo(backup).absolutePath(), QFileInfo(m_path).absolutePath());
    const QByteArray onDisk = contents(m_path);
    makeModified();
    QTRY_VERIFY(QFile::exists(backup));
    QVERIFY(QFile::exists(backup + u".lock"_s));
    QCOMPARE(load(backup), m_document->topology());
    // The design's own file is not touched by a backup.
    QCOMPARE(contents(m_path), onDisk);
    // This window holds it: it is no orphan.
    QVERIFY(Autosave::isHeldElsewhere(backup));
    QVERIFY(!Autosave::orphanFor(m_path));

    QVERIFY(m_window->files()->save());
    QVERIFY(!QFile::exists(backup));
    QVERIFY(!QFile::exists(backup + u".lock"_s));
}

Topology tst_DocumentFiles::plantBackup(qint64 fileAgeSecs)
{
    Topology crashed = load(m_path);
    crashed.metadata.name = u"recovered-cluster"_s;
    if (!saveTopologyFile(crashed, Autosave::backupPathFor(m_path), nullptr))
        qFatal("cannot write the backup of %s", qPrintable(m_path));
    QFile file(m_path);
    if (!file.open(QIODevice::ReadWrite)
        || !file.setFileTime(QDateTime::currentDateTime().addSecs(fileAgeSecs),
                             QFileDevice::FileModificationTime))
        qFatal("cannot date %s", qPrintable(m_path));
    return crashed;
}

void tst_DocumentFiles::recoveryOfferedAfterCrash()
{
    const QByteArray original = contents(m_path);
    // The crash happened after the last save: the file is older than its backup.
    const Topology crashed = plantBackup(-3600);
    const QString backup = Autosave::backupPathFor(m_path);

    m_prompts->recoveryAnswer = FilePrompts::RecoveryChoice::Recover;
    QVERIFY(m_window->openFile(m_path));
    QCOMPARE(m_prompts->recoveryAsked, 1);
    QCOMPARE(m_prompts->recoveryDesign, u"design.cw.yaml"_s);
    QCOMPARE(m_document->topology(), crashed);
    QCOMPARE(m_document->filePath(), m_path);
    QVERIFY(m_window->isWindowModified());
    QVERIFY(!m_window->editor()->undoStack()->isClean());
    QCOMPARE(contents(m_path), original);
    // The recovered backup is this window's now.
    QVERIFY(Autosave::isHeldElsewhere(backup));

    QVERIFY(m_window->files()->save());
    QCOMPARE(load(m_path), crashed);
    QVERIFY(!QFile::exists(backup));
}

void tst_DocumentFiles::recoveryDiscardDeletesBackup()
{
    plantBackup(-3600);
    const QString backup = Autosave::backupPathFor(m_path);

    m_prompts->recoveryAnswer = FilePrompts::RecoveryChoice::Discard;
    QVERIFY(m_window->openFile(m_path));
    QCOMPARE(m_prompts->recoveryAsked, 1);
    QCOMPARE(m_document->topology(), load(m_path));
    QVERIFY(!m_window->isWindowModified());
    QVERIFY(!QFile::exists(backup));

    // A backup older than its file is stale: not offered.
    plantBackup(3600);
    QVERIFY(QFile::exists(backup));
    QVERIFY(!Autosave::orphanFor(m_path));
}

void tst_DocumentFiles::heldLockIsRespected()
{
    const Topology other = plantBackup(-3600); // another window's unsaved edit
    const QString backup = Autosave::backupPathFor(m_path);

    // Another running process holds the backup's lock, as a second Clusterwright would.
    QProcess holder;
    holder.start(QCoreApplication::applicationFilePath(),
                 {QString::fromLatin1(HoldLockArgument), backup + u".lock"_s});
    QVERIFY(holder.waitForStarted());
    QVERIFY(holder.waitForReadyRead(30000));
    QCOMPARE(holder.readLine().trimmed(), QByteArray("locked"));

    QVERIFY(Autosave::isHeldElsewhere(backup));
    QVERIFY(!Autosave::orphanFor(m_path));
    QVERIFY(m_window->openFile(m_path));
    QCOMPARE(m_prompts->recoveryAsked, 0);
    QCOMPARE(m_document->topology(), load(m_path));
    QVERIFY(!m_window->files()->offerRecovery());
    QCOMPARE(m_prompts->recoveryAsked, 0);

    // Editing here leaves the other window's backup alone.
    makeModified();
    QVERIFY(!m_window->files()->autosave()->writeNow());
    QCOMPARE(load(backup), other);
    m_window->editor()->undoStack()->undo();
    QVERIFY(m_window->editor()->undoStack()->isClean());

    // The other instance dies without cleaning up, as in a crash: its backup is an orphan now.
    holder.kill();
    QVERIFY(holder.waitForFinished(30000));
    QVERIFY(QFile::exists(backup + u".lock"_s));
    QVERIFY(!Autosave::isHeldElsewhere(backup));
    QVERIFY(Autosave::orphanFor(m_path).has_value());
}

void tst_DocumentFiles::untitledRecoveryAtStartup()
{
    Topology crashed = load(m_path);
    crashed.metadata.name = u"untitled-work"_s;
    const QString directory
        = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/autosave"_s;
    QVERIFY(QDir().mkpath(directory));
    const QString backup = directory + u"/untitled-20260101-000000-1-1.cw.yaml.autosave"_s;
    QVERIFY(saveTopologyFile(crashed, backup, nullptr));

    QVERIFY(m_window->files()->offerRecovery());
    QCOMPARE(m_prompts->recoveryAsked, 1);
    QVERIFY(m_prompts->recoveryDesign.isEmpty());
    QCOMPARE(m_document->topology(), crashed);
    QVERIFY(m_document->filePath().isEmpty());
    QVERIFY(m_window->isWindowModified());

    // A clean close (changes discarded) deletes the backup.
    m_prompts->saveAnswer = FilePrompts::SaveChoice::Discard;
    QVERIFY(m_window->close());
    QVERIFY(!QFile::exists(backup));
}

void tst_DocumentFiles::dropOpensDesign()
{
    QVERIFY(m_window->openFile(m_path));
    makeModified();
    const QString dropped = copyExample(u"dropped.cw.yaml"_s);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(dropped)});
    const QPoint pos(10, 10);
    QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &drop);
    QVERIFY(drop.isAccepted());
    QTRY_COMPARE(m_document->filePath(), dropped);
    QCOMPARE(m_prompts->saveAsked, 1);
    QCOMPARE(m_document->topology(), load(dropped));
    QCOMPARE(m_window->files()->recentFiles()->files().first(), dropped);
}

void tst_DocumentFiles::dropRefusesOtherFiles()
{
    QVERIFY(m_window->openFile(m_path));
    const QString text = m_dir->filePath(u"notes.txt"_s);
    QFile file(text);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a design\n");
    file.close();

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(text), QUrl(u"https://example.com/x.cw.yaml"_s)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(!enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &drop);
    QVERIFY(!drop.isAccepted());
    QTest::qWait(0);
    QCOMPARE(m_document->filePath(), m_path);

    QMimeData plain;
    plain.setText(u"hello"_s);
    QVERIFY(DocumentFiles::droppedDesigns(&plain).isEmpty());
}

void tst_DocumentFiles::layoutRemembered()
{
    QStringList names;
    for (const QDockWidget *dock : m_window->findChildren<QDockWidget *>())
        names << dock->objectName();
    for (const QToolBar *toolbar : m_window->findChildren<QToolBar *>())
        names << toolbar->objectName();
    QVERIFY(!names.contains(QString()));
    QCOMPARE(QSet<QString>(names.cbegin(), names.cend()).size(), names.size());
    QVERIFY(names.contains(u"addressMapDock"_s));

    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    auto *palette = m_window->findChild<QDockWidget *>(u"paletteDock"_s);
    QVERIFY(palette && palette->isVisible());
    palette->hide();
    QVERIFY(m_window->close());
    QVERIFY(QSettings().contains(u"MainWindow/state"_s));

    m_window.reset();
    makeWindow();
    palette = m_window->findChild<QDockWidget *>(u"paletteDock"_s);
    QVERIFY(palette->isHidden());
    auto *reset = m_window->findChild<QAction *>(u"actionResetLayout"_s);
    QVERIFY(reset);
    reset->trigger();
    QVERIFY(!palette->isHidden());
}

int main(int argc, char *argv[])
{
    if (argc == 3 && std::strcmp(argv[1], HoldLockArgument.constData()) == 0) {
        QCoreApplication app(argc, argv);
        return holdLock(QString::fromLocal8Bit(argv[2]));
    }
    QApplication app(argc, argv);
    tst_DocumentFiles test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_documentfiles.moc"
