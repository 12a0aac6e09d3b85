// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

class QWidget;

namespace Clusterwright {

// The questions the File side asks the user, behind one seam so that tests (and scripted
// runs) answer them without a modal dialog. The base class asks with message boxes and file
// dialogs.
class FilePrompts
{
    Q_DECLARE_TR_FUNCTIONS(Clusterwright::FilePrompts)

public:
    enum class SaveChoice { Save, Discard, Cancel };
    enum class RecoveryChoice { Recover, Discard, Cancel };

    virtual ~FilePrompts() = default;

    virtual SaveChoice askToSave(QWidget *parent);
    // Revert throws away the changes for good: the undo history goes with them.
    virtual bool confirmRevert(QWidget *parent, const QString &fileName);
    // `design` names the file, or is empty for an untitled design.
    virtual RecoveryChoice askToRecover(QWidget *parent, const QString &design,
                                        const QDateTime &autosaved);
    // Empty when the user cancels.
    virtual QString openPath(QWidget *parent, const QString &directory);
    virtual QString savePath(QWidget *parent, const QString &suggested);
};

} // namespace Clusterwright
