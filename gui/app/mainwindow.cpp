// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "app/mainwindow.h"

#include "format/topologyformat.h"
#include "model/topologydocument.h"
#include "tree/topologytreemodel.h"
#include "tree/topologytreeview.h"

#include <QAction>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>

namespace Clusterwright {
namespace {

const QString GeometryKey = QStringLiteral("MainWindow/geometry");
const QString StateKey = QStringLiteral("MainWindow/state");
const QString LastDirKey = QStringLiteral("MainWindow/lastDirectory");

// A long list in a message box is unreadable; the rest goes into the details.
constexpr int MaxShownDiagnostics = 8;

} // namespace

MainWindow::MainWindow(TopologyDocument *document, QWidget *parent)
    : QMainWindow(parent)
    , m_document(document)
    , m_treeModel(new TopologyTreeModel(document, this))
    , m_treeView(new TopologyTreeView(m_treeModel, this))
    , m_countsLabel(new QLabel(this))
{
    setCentralWidget(m_treeView);
    createActions();

    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    statusBar()->addPermanentWidget(m_countsLabel);

    connect(document, &TopologyDocument::metadataChanged, this, &MainWindow::updateTitle);
    connect(document, &TopologyDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(document, &TopologyDocument::resetDone, this, &MainWindow::updateTitle);
    connect(document, &TopologyDocument::changed, this, &MainWindow::updateCounts);
    updateTitle();
    updateCounts();

    QSettings settings;
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray()))
        resize(960, 640);
    restoreState(settings.value(StateKey).toByteArray());
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_openAction = new QAction(tr("&Open…"), this);
    m_openAction->setObjectName(QStringLiteral("actionOpen"));
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseFile);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("actionQuit"));
    // QKeySequence::Quit is empty on Windows; Ctrl+Q everywhere is what users expect.
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(m_openAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_quitAction);
}

void MainWindow::chooseFile()
{
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Cluster Design"), settings.value(LastDirKey).toString(),
        tr("Cluster designs (*.cw.yaml);;YAML files (*.yaml *.yml);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(LastDirKey, QFileInfo(path).absolutePath());
    openFile(path);
}

bool MainWindow::openFile(const QString &path)
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
    const QString name = QFileInfo(path).fileName();
    if (diagnostics.isEmpty())
        statusBar()->showMessage(tr("Opened %1").arg(name), 5000);
    else
        statusBar()->showMessage(tr("Opened %1 with warnings: %2").arg(name, diagnostics.first()));
    return true;
}

void MainWindow::showLoadErrors(const QString &path, const QStringList &diagnostics)
{
    auto *box = new QMessageBox(QMessageBox::Critical, tr("Cannot Open Design"),
                                tr("%1 could not be opened.").arg(QFileInfo(path).fileName()),
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("loadErrorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(diagnostics.mid(0, MaxShownDiagnostics).join(QLatin1Char('\n')));
    if (diagnostics.size() > MaxShownDiagnostics)
        box->setDetailedText(diagnostics.join(QLatin1Char('\n')));
    // Window-modal and non-blocking: no nested event loop inside openFile().
    box->open();
}

void MainWindow::updateTitle()
{
    const QString name = m_document->topology().metadata.name;
    const QString file = QFileInfo(m_document->filePath()).fileName();
    const QString design = name.isEmpty() ? tr("Untitled") : name;
    if (file.isEmpty())
        setWindowTitle(tr("%1 — Clusterwright").arg(design));
    else
        setWindowTitle(tr("%1 (%2) — Clusterwright").arg(design, file));
}

void MainWindow::updateCounts()
{
    const Topology &t = m_document->topology();
    m_countsLabel->setText(tr("Nodes: %1 · Networks: %2 · VIPs: %3")
                               .arg(t.nodes.size())
                               .arg(t.networks.size())
                               .arg(t.vips.size()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    QMainWindow::closeEvent(event);
}

} // namespace Clusterwright
