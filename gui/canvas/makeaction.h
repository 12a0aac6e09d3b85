// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include <QKeySequence>
#include <QString>

class QAction;
class QObject;

namespace Clusterwright {

// An action as the menus want it: object name (tests find it), shortcut, the
// tip as status tip and as tooltip with the shortcut in the platform's words.
QAction *makeAction(QObject *parent, const QString &name, const QString &text, const QString &tip,
                    const QKeySequence &shortcut = {});

} // namespace Clusterwright
