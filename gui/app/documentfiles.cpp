// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "app/documentfiles.h"

#include "canvas/makeaction.h"

#include "app/fileprompts.h"
#include "app/recentfiles.h"
#include "edit/designeditor.h"
#include "format/topologyformat.h"
#include "model/topologydocument.h"

#include <QAction>
#include <QDropEvent>
#include <QFileInfo>
#include <QMainWindow>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QUndoStack>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Clusterwright {
namespace {

const QString LastDirKey = u"MainWindow/lastDirectory"_s;

// A long list in a message box is unreadable; the rest goes into the details.
constexpr int MaxShownDiagnostics = 8;

QStringList diagnosticTexts(const LoadResult &result)
{
    QStringList texts;
    for (const Diagnostic &diagnostic : result.diagnostics)
        texts << diagnostic.toString();
    return texts;
}

} // namespace

DocumentFiles::DocumentFiles(QMainWindow *window, DesignEditor *editor)
    : QObject(window)
    , m_window(window)
    , m_editor(editor)
    , m_document(editor->document())
    , m_prompts(std::make_unique<FilePrompts>())
    , m_recent(new RecentFiles(window))
    , m_autosave(new Autosave(m_document, editor->undoStack(), this))
{
    m_new = make(u"actionNew"_s, tr("&New"), QKeySequence::New, tr("Start an empty design"));
    m_open = make(u"actionOpen"_s, tr("&Open…"), QKeySequence::Open, tr("Open a cluster design"));
    m_save = make(u"actionSave"_s, tr("&Save"), QKeySequence::Save, tr("Save the design"));
    m_saveAs
        = make(u"actionSaveAs"_s, tr("Save &As…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
               tr("Save the design under a new name"));
    m_revert = make(u"actionRevert"_s, tr("Re&vert"), QKeySequence(),
                    tr("Reload the saved file, throwing away unsaved changes"));
    // QKeySequence::Quit is empty on Windows; Ctrl+Q everywhere is what users expect.
    m_quit = make(u"actionQuit"_s, tr("&Quit"), QKeySequence(Qt::CTRL | Qt::Key_Q),
                  tr("Quit Clusterwright"));
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_new, &QAction::triggered, this, &DocumentFiles::newDesign);
    connect(m_open, &QAction::triggered, this, &DocumentFiles::chooseFile);
    connect(m_save, &QAction::triggered, this, &DocumentFiles::save);
    connect(m_saveAs, &QAction::triggered, this, &DocumentFiles::saveAs);
    connect(m_revert, &QAction::triggered, this, &DocumentFiles::revert);
    connect(m_quit, &QAction::triggered, m_window, &QWidget::close);
    connect(m_recent, &RecentFiles::openRequested, this, &DocumentFiles::askAndOpen);
    connect(m_autosave, &Autosave::failed, this,
            [this](const QString &text) { emit message(text, 0); });
    connect(m_document, &TopologyDocument::filePathChanged, this, &DocumentFiles::updateActions);
    connect(m_editor->undoStack(), &QUndoStack::cleanChanged, this, &DocumentFiles::updateActions);
    updateActions();
}

DocumentFiles::~DocumentFiles() = default;

void DocumentFiles::setPrompts(std::unique_ptr<FilePrompts> prompts)
{
    m_prompts = std::move(prompts);
}

QAction *DocumentFiles::make(const QString &name, const QString &text, const QKeySequence &shortcut,
                             const QString &tip)
{
    return makeAction(m_window, name, text, tip, shortcut);
}

void DocumentFiles::updateActions()
{
    m_revert->setEnabled(!m_document->filePath().isEmpty());
}

bool DocumentFiles::maybeSave()
{
    if (m_editor->undoStack()->isClean())
        return true;
    switch (m_prompts->askToSave(m_window)) {
    case FilePrompts::SaveChoice::Save:
        return save();
    case FilePrompts::SaveChoice::Discard:
        return true;
    case FilePrompts::SaveChoice::Cancel:
        break;
    }
    return false;
}

void DocumentFiles::newDesign()
{
    if (!mayReplace() || !maybeSave())
        return;
    Topology empty;
    empty.metadata.name = tr("new-cluster");
    m_document->reset(empty);
    m_document->setFilePath({});
    m_autosave->startUntitled();
    emit designReplaced();
}

void DocumentFiles::chooseFile()
{
    if (!mayReplace() || !maybeSave())
        return;
    QSettings settings;
    const QString path = m_prompts->openPath(m_window, settings.value(LastDirKey).toString());
    if (path.isEmpty())
        return;
    settings.setValue(LastDirKey, QFileInfo(path).absolutePath());
    openFile(path);
}

bool DocumentFiles::askAndOpen(const QString &path)
{
    return mayReplace() && maybeSave() && openFile(path);
}

bool DocumentFiles::openFile(const QString &path)
{
    if (const auto backup = Autosave::orphanFor(path)) {
        switch (m_prompts->askToRecover(m_window, QFileInfo(path).fileName(), backup->time)) {
        case FilePrompts::RecoveryChoice::Recover:
            return recover(*backup);
        case FilePrompts::RecoveryChoice::Discard:
            Autosave::removeBackup(*backup);
            break;
        case FilePrompts::RecoveryChoice::Cancel:
            return false;
        }
    }
    return load(path);
}

bool DocumentFiles::load(const QString &path)
{
    const LoadResult result = loadTopologyFile(path);
    const QStringList diagnostics = diagnosticTexts(result);
    if (!result.ok()) {
        showLoadErrors(path, diagnostics);
        return false;
    }
    m_document->reset(*result.topology, result.sourceMap);
    m_document->setFilePath(path);
    m_editor->undoStack()->setClean();
    m_recent->add(path);
    emit designReplaced();
    const QString name = QFileInfo(path).fileName();
    if (diagnostics.isEmpty())
        emit message(tr("Opened %1").arg(name), 5000);
    else
        emit message(tr("Opened %1 with warnings: %2").arg(name, diagnostics.first()), 0);
    return true;
}

bool DocumentFiles::recover(const Autosave::Backup &backup)
{
    const LoadResult result = loadTopologyFile(backup.path);
    if (!result.ok()) {
        // The backup stays: the user may want to rescue it by hand.
        showLoadErrors(backup.path, diagnosticTexts(result));
        return false;
    }
    m_document->reset(*result.topology, result.sourceMap);
    m_document->setFilePath(backup.documentPath);
    m_autosave->adopt(backup);
    // Modified, with nothing to undo: saving is what makes the recovery stick.
    m_editor->undoStack()->resetClean();
    if (!backup.documentPath.isEmpty())
        m_recent->add(backup.documentPath);
    emit designReplaced();
    const QString name = backup.documentPath.isEmpty() ? tr("an untitled design")
                                                       : QFileInfo(backup.documentPath).fileName();
    emit message(tr("Recovered unsaved changes to %1; save to keep them.").arg(name), 0);
    return true;
}

bool DocumentFiles::offerRecovery()
{
    QList<Autosave::Backup> backups = Autosave::untitledOrphans();
    for (const QString &file : m_recent->files()) {
        if (const auto backup = Autosave::orphanFor(file))
            backups << *backup;
    }
    if (backups.isEmpty())
        return false;
    // One question per start; older backups are offered the next time.
    const auto newest
        = std::max_element(backups.cbegin(), backups.cend(),
                           [](const auto &a, const auto &b) { return a.time < b.time; });
    const QString name
        = newest->documentPath.isEmpty() ? QString() : QFileInfo(newest->documentPath).fileName();
    switch (m_prompts->askToRecover(m_window, name, newest->time)) {
    case FilePrompts::RecoveryChoice::Recover:
        return recover(*newest);
    case FilePrompts::RecoveryChoice::Discard:
        Autosave::removeBackup(*newest);
        break;
    case FilePrompts::RecoveryChoice::Cancel:
        break;
    }
    return false;
}

void DocumentFiles::closed()
{
    m_autosave->discard();
}

bool DocumentFiles::saveFile(const QString &path)
{
    QString error;
    if (!saveTopologyFile(m_document->topology(), path, &error)) {
        auto *box = new QMessageBox(QMessageBox::Critical, tr("Cannot Save Design"),
                                    tr("%1 could not be saved.").arg(QFileInfo(path).fileName()),
                                    QMessageBox::Ok, m_window);
        box->setObjectName(u"saveErrorBox"_s);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setInformativeText(error);
        box->open();
        return false;
    }
    m_document->setFilePath(path);
    m_editor->undoStack()->setClean();
    // Usually done already on cleanChanged; a save must never leave a backup behind.
    m_autosave->discard();
    m_recent->add(path);
    emit message(tr("Saved %1").arg(QFileInfo(path).fileName()), 5000);
    return true;
}

bool DocumentFiles::save()
{
    if (m_document->filePath().isEmpty())
        return saveAs();
    return saveFile(m_document->filePath());
}

bool DocumentFiles::saveAs()
{
    QSettings settings;
    QString suggested = m_document->filePath();
    if (suggested.isEmpty()) {
        const QString name = m_document->topology().metadata.name;
        suggested = settings.value(LastDirKey).toString() + u'/'
                    + (name.isEmpty() ? tr("cluster") : name) + QLatin1StringView(FileSuffix);
    }
    QString path = m_prompts->savePath(m_window, suggested);
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1StringView(FileSuffix)) && !path.endsWith(u".yaml"_s))
        path += QLatin1StringView(FileSuffix);
    settings.setValue(LastDirKey, QFileInfo(path).absolutePath());
    return saveFile(path);
}

bool DocumentFiles::revert()
{
    const QString path = m_document->filePath();
    if (path.isEmpty() || !mayReplace())
        return false;
    if (!m_editor->undoStack()->isClean()
        && !m_prompts->confirmRevert(m_window, QFileInfo(path).fileName()))
        return false;
    // Our own backup is what revert throws away: never offer it back.
    m_autosave->discard();
    return load(path);
}

QStringList DocumentFiles::droppedDesigns(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl &url : mime->urls()) {
        if (!url.isLocalFile())
            continue;
        const QString path = url.toLocalFile();
        const QFileInfo info(path);
        const bool yaml = path.endsWith(u".yaml"_s, Qt::CaseInsensitive)
                          || path.endsWith(u".yml"_s, Qt::CaseInsensitive);
        if (yaml && info.isFile())
            paths << path;
    }
    return paths;
}

bool DocumentFiles::openDropped(const QMimeData *mime)
{
    const QStringList paths = droppedDesigns(mime);
    if (paths.isEmpty())
        return false;
    const QString path = paths.first();
    QMetaObject::invokeMethod(
        this, [this, path] { askAndOpen(path); }, Qt::QueuedConnection);
    if (paths.size() > 1)
        emit message(tr("One design per window: opening %1 only.").arg(QFileInfo(path).fileName()),
                     5000);
    return true;
}

void DocumentFiles::acceptDropsOn(const QList<QWidget *> &widgets)
{
    for (QWidget *widget : widgets) {
        widget->setAcceptDrops(true);
        widget->installEventFilter(this);
    }
}

bool DocumentFiles::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        // QDragEnterEvent is a QDragMoveEvent.
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (droppedDesigns(drag->mimeData()).isEmpty())
            break; // a palette item on the canvas, or something we refuse
        drag->acceptProposedAction();
        return true;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        if (!openDropped(drop->mimeData()))
            break;
        drop->acceptProposedAction();
        return true;
    }
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void DocumentFiles::showLoadErrors(const QString &path, const QStringList &diagnostics)
{
    auto *box = new QMessageBox(QMessageBox::Critical, tr("Cannot Open Design"),
                                tr("%1 could not be opened.").arg(QFileInfo(path).fileName()),
                                QMessageBox::Ok, m_window);
    box->setObjectName(u"loadErrorBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(diagnostics.mid(0, MaxShownDiagnostics).join(u'\n'));
    if (diagnostics.size() > MaxShownDiagnostics)
        box->setDetailedText(diagnostics.join(u'\n'));
    // Window-modal and non-blocking: no nested event loop inside openFile().
    box->open();
}

} // namespace Clusterwright
