// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "canvas/makeaction.h"

#include <QAction>
#include <QCoreApplication>

namespace Clusterwright {

QAction *makeAction(QObject *parent, const QString &name, const QString &text, const QString &tip,
                    const QKeySequence &shortcut)
{
    auto *action = new QAction(text, parent);
    action->setObjectName(name);
    action->setShortcut(shortcut);
    action->setToolTip(shortcut.isEmpty()
                           ? tip
                           : QCoreApplication::translate("Clusterwright::Actions", "%1 (%2)")
                                 .arg(tip, shortcut.toString(QKeySequence::NativeText)));
    action->setStatusTip(tip);
    return action;
}

} // namespace Clusterwright
