// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "app/fileprompts.h"

#include <QFileDialog>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace Clusterwright {

FilePrompts::SaveChoice FilePrompts::askToSave(QWidget *parent)
{
    const auto answer = QMessageBox::warning(
        parent, tr("Unsaved Changes"),
        tr("The design has been modified. Do you want to save your changes?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return SaveChoice::Save;
    return answer == QMessageBox::Discard ? SaveChoice::Discard : SaveChoice::Cancel;
}

bool FilePrompts::confirmRevert(QWidget *parent, const QString &fileName)
{
    QMessageBox box(QMessageBox::Warning, tr("Revert"),
                    tr("Revert to the saved version of %1?").arg(fileName), QMessageBox::Cancel,
                    parent);
    box.setInformativeText(tr("All changes since the last save are lost, and the undo history "
                              "is cleared: this cannot be undone."));
    QPushButton *revert = box.addButton(tr("&Revert"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == revert;
}

FilePrompts::RecoveryChoice FilePrompts::askToRecover(QWidget *parent, const QString &design,
                                                      const QDateTime &autosaved)
{
    const QString when = QLocale().toString(autosaved.toLocalTime(), QLocale::ShortFormat);
    QMessageBox box(
        QMessageBox::Question, tr("Recover Design"),
        design.isEmpty()
            ? tr("An untitled design was not saved when Clusterwright last closed.")
            : tr("%1 has changes that were not saved when Clusterwright last closed.").arg(design),
        QMessageBox::NoButton, parent);
    box.setInformativeText(tr("An automatic backup from %1 can be recovered. The recovered "
                              "design opens as modified; the file itself is not touched until "
                              "you save. Discard deletes the backup.")
                               .arg(when));
    QPushButton *recover = box.addButton(tr("&Recover"), QMessageBox::AcceptRole);
    QPushButton *discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(recover);
    box.exec();
    if (box.clickedButton() == recover)
        return RecoveryChoice::Recover;
    return box.clickedButton() == discard ? RecoveryChoice::Discard : RecoveryChoice::Cancel;
}

QString FilePrompts::openPath(QWidget *parent, const QString &directory)
{
    return QFileDialog::getOpenFileName(
        parent, tr("Open Cluster Design"), directory,
        tr("Cluster designs (*.cw.yaml);;YAML files (*.yaml *.yml);;All files (*)"));
}

QString FilePrompts::savePath(QWidget *parent, const QString &suggested)
{
    return QFileDialog::getSaveFileName(parent, tr("Save Cluster Design"), suggested,
                                        tr("Cluster designs (*.cw.yaml)"));
}

} // namespace Clusterwright
