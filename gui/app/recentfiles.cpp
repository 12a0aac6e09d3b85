// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "app/recentfiles.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Clusterwright {
namespace {

const QString RecentKey = u"RecentFiles/list"_s;

QString normalized(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

} // namespace

RecentFiles::RecentFiles(QWidget *parent)
    : QObject(parent)
    , m_menu(new QMenu(tr("Open &Recent"), parent))
{
    m_menu->setObjectName(u"recentFilesMenu"_s);
    m_menu->menuAction()->setObjectName(u"actionOpenRecent"_s);
    m_menu->menuAction()->setStatusTip(tr("Open a design you worked on lately"));
    // Built on demand: another window may have changed the list meanwhile.
    connect(m_menu, &QMenu::aboutToShow, this, &RecentFiles::rebuildMenu);
    rebuildMenu();
}

QStringList RecentFiles::files() const
{
    return QSettings().value(RecentKey).toStringList();
}

void RecentFiles::add(const QString &path)
{
    const QString file = normalized(path);
    QStringList list = files();
    list.removeAll(file);
    list.prepend(file);
    store(list.mid(0, MaxFiles));
}

void RecentFiles::remove(const QString &path)
{
    QStringList list = files();
    list.removeAll(normalized(path));
    store(list);
}

void RecentFiles::clear()
{
    store({});
}

void RecentFiles::store(const QStringList &files)
{
    QSettings().setValue(RecentKey, files);
    rebuildMenu();
}

void RecentFiles::rebuildMenu()
{
    // Not clear(): the entry being triggered may be what rebuilds the menu.
    const QList<QAction *> old = m_menu->actions();
    for (QAction *action : old) {
        m_menu->removeAction(action);
        action->deleteLater();
    }
    const QStringList list = files();
    for (int i = 0; i < list.size(); ++i) {
        const QString path = list.at(i);
        const bool exists = QFileInfo::exists(path);
        const QString name = QFileInfo(path).fileName();
        // &1..&9 then &0: every entry keeps a mnemonic.
        const QString number = i < 9 ? QString::number(i + 1) : u"0"_s;
        QString text = tr("&%1 %2").arg(number, name);
        if (!exists)
            text = tr("&%1 %2 (not found)").arg(number, name);
        QAction *action = m_menu->addAction(text);
        action->setData(path);
        action->setEnabled(exists);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { emit openRequested(path); });
    }
    if (!list.isEmpty())
        m_menu->addSeparator();
    QAction *clearAction = m_menu->addAction(tr("&Clear List"));
    clearAction->setObjectName(u"actionClearRecent"_s);
    clearAction->setStatusTip(tr("Forget the recently opened designs"));
    clearAction->setEnabled(!list.isEmpty());
    connect(clearAction, &QAction::triggered, this, &RecentFiles::clear);
    m_menu->setToolTipsVisible(true);
}

} // namespace Clusterwright
