// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include <QHash>
#include <QList>
#include <QPalette>
#include <QSignalBlocker>

class QGraphicsItem;
class QGraphicsScene;

namespace Clusterwright {

// While it lives, the scene paints the way a printout should: nothing selected, a light
// palette whatever the desktop theme, and no item pixmap caches (vector output must get
// vector items). Everything is put back on destruction; the scene's signals stay blocked
// meanwhile, so the property editor and the problems panel never see the detour.
class CleanSceneState
{
public:
    explicit CleanSceneState(QGraphicsScene *scene);
    ~CleanSceneState();
    CleanSceneState(const CleanSceneState &) = delete;
    CleanSceneState &operator=(const CleanSceneState &) = delete;

    // Dark text on white, with the roles the canvas items read.
    static QPalette printPalette();

private:
    QGraphicsScene *m_scene;
    QSignalBlocker m_blocker;
    QPalette m_palette;
    QList<QGraphicsItem *> m_selection;
    QGraphicsItem *m_focus;
    QHash<QGraphicsItem *, int> m_cacheModes;
};

} // namespace Clusterwright
