// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "export/cleanscenestate.h"

#include <QGraphicsItem>
#include <QGraphicsScene>

namespace Clusterwright {

CleanSceneState::CleanSceneState(QGraphicsScene *scene)
    : m_scene(scene)
    , m_blocker(scene)
    , m_palette(scene->palette())
    , m_selection(scene->selectedItems())
    , m_focus(scene->focusItem())
{
    const auto items = scene->items();
    for (QGraphicsItem *item : items) {
        if (item->cacheMode() != QGraphicsItem::NoCache) {
            m_cacheModes.insert(item, int(item->cacheMode()));
            item->setCacheMode(QGraphicsItem::NoCache);
        }
    }
    scene->clearSelection();
    scene->setPalette(printPalette());
}

CleanSceneState::~CleanSceneState()
{
    // The saved palette keeps its resolve mask, so a scene that followed the
    // application palette goes on following it.
    m_scene->setPalette(m_palette);
    for (QGraphicsItem *item : std::as_const(m_selection))
        item->setSelected(true);
    if (m_focus)
        m_scene->setFocusItem(m_focus);
    for (auto it = m_cacheModes.cbegin(); it != m_cacheModes.cend(); ++it)
        it.key()->setCacheMode(QGraphicsItem::CacheMode(it.value()));
}

QPalette CleanSceneState::printPalette()
{
    QPalette palette;
    const QColor text(0x1a, 0x1a, 0x1a);
    for (auto group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        palette.setColor(group, QPalette::Window, Qt::white);
        palette.setColor(group, QPalette::Base, Qt::white);
        palette.setColor(group, QPalette::AlternateBase, QColor(0xf3, 0xf5, 0xf8));
        palette.setColor(group, QPalette::Text, text);
        palette.setColor(group, QPalette::WindowText, text);
        palette.setColor(group, QPalette::ButtonText, text);
        palette.setColor(group, QPalette::Button, QColor(0xf0, 0xf0, 0xf0));
        palette.setColor(group, QPalette::Light, Qt::white);
        palette.setColor(group, QPalette::Midlight, QColor(0xe3, 0xe3, 0xe3));
        palette.setColor(group, QPalette::Mid, QColor(0xa0, 0xa4, 0xaa));
        palette.setColor(group, QPalette::Dark, QColor(0x70, 0x74, 0x7a));
        palette.setColor(group, QPalette::Shadow, QColor(0x40, 0x40, 0x40));
        palette.setColor(group, QPalette::Highlight, QColor(0x2a, 0x6f, 0xdb));
        palette.setColor(group, QPalette::HighlightedText, Qt::white);
        palette.setColor(group, QPalette::PlaceholderText, QColor(0x70, 0x74, 0x7a));
    }
    return palette;
}

} // namespace Clusterwright
