// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "app/documentfiles.h"

#include "edit/designeditor.h"
#include "format/topologyformat.h"
#include "model/topologydocument.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMessageBox>
#include <QSettings>
#include <QUndoStack>

namespace Clusterwright {
namespace {

const QString LastDirKey = QStringLiteral("MainWindow/lastDirectory");

// A long list in a message box is unreadable; the rest goes into the details.
constexpr int MaxShownDiagnostics = 8;

} // namespace

DocumentFiles::DocumentFiles(QMainWindow *window, DesignEditor *editor)
    : QObject(window)
    , m_window(window)
    , m_editor(editor)
    , m_document(editor->document())
{
    m_new = make(QStringLiteral("actionNew"), tr("&New"), QKeySequence::New,
                 tr("Start an empty design"));
    m_open = make(QStringLiteral("actionOpen"), tr("&Open…"), QKeySequence::Open,
                  tr("Open a cluster design"));
    m_save = make(QStringLiteral("actionSave"), tr("&Save"), QKeySequence::Save,
                  tr("Save the design"));
    m_saveAs = make(QStringLiteral("actionSaveAs"), tr("Save &As…"),
                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
                    tr("Save the design under a new name"));
    // QKeySequence::Quit is empty on Windows; Ctrl+Q everywhere is what users expect.
    m_quit = make(QStringLiteral("actionQuit"), tr("&Quit"), QKeySequence(Qt::CTRL | Qt::Key_Q),
                  tr("Quit Clusterwright"));
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_new, &QAction::triggered, this, &DocumentFiles::newDesign);
    connect(m_open, &QAction::triggered, this, &DocumentFiles::chooseFile);
    connect(m_save, &QAction::triggered, this, &DocumentFiles::save);
    connect(m_saveAs, &QAction::triggered, this, &DocumentFiles::saveAs);
    connect(m_quit, &QAction::triggered, m_window, &QWidget::close);
}

QAction *DocumentFiles::make(const QString &name, const QString &text, const QKeySequence &shortcut,
                             const QString &tip)
{
    auto *action = new QAction(text, m_window);
    action->setObjectName(name);
    action->setShortcut(shortcut);
    action->setToolTip(tr("%1 (%2)").arg(tip, shortcut.toString(QKeySequence::NativeText)));
    action->setStatusTip(tip);
    return action;
}

bool DocumentFiles::maybeSave()
{
    if (m_editor->undoStack()->isClean())
        return true;
    const auto answer = QMessageBox::warning(
        m_window, tr("Unsaved Changes"),
        tr("The design has been modified. Do you want to save your changes?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void DocumentFiles::newDesign()
{
    if (!maybeSave())
        return;
    Topology empty;
    empty.metadata.name = tr("new-cluster");
    m_document->reset(empty);
    m_document->setFilePath({});
    emit designReplaced();
}

void DocumentFiles::chooseFile()
{
    if (!maybeSave())
        return;
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Open Cluster Design"), settings.value(LastDirKey).toString(),
        tr("Cluster designs (*.cw.yaml);;YAML files (*.yaml *.yml);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(LastDirKey, QFileInfo(path).absolutePath());
    openFile(path);
}

bool DocumentFiles::openFile(const QString &path)
{
    const LoadResult result = loadTopologyFile(path);
    QStringList diagnostics;
    for (const Diagnostic &diagnostic : result.diagnostics)
        diagnostics << diagnostic.toString();

    if (!result.ok()) {
        showLoadErrors(path, diagnostics);
        return false;
    }
    m_document->reset(*result.topology, result.sourceMap);
    m_document->setFilePath(path);
    m_editor->undoStack()->setClean();
    emit designReplaced();
    const QString name = QFileInfo(path).fileName();
    if (diagnostics.isEmpty())
        emit message(tr("Opened %1").arg(name), 5000);
    else
        emit message(tr("Opened %1 with warnings: %2").arg(name, diagnostics.first()), 0);
    return true;
}

bool DocumentFiles::saveFile(const QString &path)
{
    QString error;
    if (!saveTopologyFile(m_document->topology(), path, &error)) {
        auto *box = new QMessageBox(QMessageBox::Critical, tr("Cannot Save Design"),
                                    tr("%1 could not be saved.").arg(QFileInfo(path).fileName()),
                                    QMessageBox::Ok, m_window);
        box->setObjectName(QStringLiteral("saveErrorBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setInformativeText(error);
        box->open();
        return false;
    }
    m_document->setFilePath(path);
    m_editor->undoStack()->setClean();
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
    QString path = QFileDialog::getSaveFileName(m_window, tr("Save Cluster Design"), suggested,
                                                tr("Cluster designs (*.cw.yaml)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1StringView(FileSuffix)) && !path.endsWith(QStringLiteral(".yaml")))
        path += QLatin1StringView(FileSuffix);
    settings.setValue(LastDirKey, QFileInfo(path).absolutePath());
    return saveFile(path);
}

void DocumentFiles::showLoadErrors(const QString &path, const QStringList &diagnostics)
{
    auto *box = new QMessageBox(QMessageBox::Critical, tr("Cannot Open Design"),
                                tr("%1 could not be opened.").arg(QFileInfo(path).fileName()),
                                QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("loadErrorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(diagnostics.mid(0, MaxShownDiagnostics).join(QLatin1Char('\n')));
    if (diagnostics.size() > MaxShownDiagnostics)
        box->setDetailedText(diagnostics.join(QLatin1Char('\n')));
    // Window-modal and non-blocking: no nested event loop inside openFile().
    box->open();
}

} // namespace Clusterwright
