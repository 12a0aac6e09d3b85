// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include <QObject>
#include <QStringList>

class QMenu;
class QWidget;

namespace Clusterwright {

// File > Open Recent: the last designs opened or saved, newest first, kept in QSettings so
// every window and the next session share them. Files that have gone are shown greyed out
// with a note instead of silently vanishing (a network share may just be offline).
class RecentFiles : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxFiles = 10;

    explicit RecentFiles(QWidget *parent);

    QMenu *menu() const { return m_menu; }
    QStringList files() const;
    void add(const QString &path);
    void remove(const QString &path);
    void clear();

signals:
    void openRequested(const QString &path);

private:
    void rebuildMenu();
    void store(const QStringList &files);

    QMenu *m_menu;
};

} // namespace Clusterwright
