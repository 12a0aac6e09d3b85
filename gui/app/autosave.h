// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include <QDateTime>
#include <QObject>

#include <memory>
#include <optional>

class QLockFile;
class QTimer;
class QUndoStack;

namespace Clusterwright {

class TopologyDocument;

// Backs the design up to a side file while it has unsaved changes, so a crash loses at most
// one interval of work. A design in a file is backed up next to it
// (".name.cw.yaml.autosave"), an untitled one under the application data directory. The
// backup is locked (QLockFile) from its first write until it is deleted, which tells a
// crash's leftover (lock holder gone) from a backup another running window is writing.
class Autosave : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultIntervalMs = 60'000;

    struct Backup
    {
        QString path;         // the backup file
        QString documentPath; // the design's own file; empty for an untitled design
        QDateTime time;       // when it was written
    };

    Autosave(TopologyDocument *document, QUndoStack *undoStack, QObject *parent = nullptr);
    ~Autosave() override;

    void setInterval(int ms);
    int interval() const;

    // Where the open design is backed up now.
    QString backupPath();
    static QString backupPathFor(const QString &documentPath);
    // Writes the backup if there are unsaved changes; false when there is nothing to write,
    // another window holds the backup, or the write failed (see failed()).
    bool writeNow();
    // Deletes this window's backup and releases its lock: after a save, a clean close, or
    // when another design replaces this one.
    void discard();
    // The next untitled design gets a backup name of its own.
    void startUntitled();
    // Continues writing to a recovered backup.
    bool adopt(const Backup &backup);

    // A backup of `documentPath` left by a crash: newer than the file, and no running
    // window holds its lock.
    static std::optional<Backup> orphanFor(const QString &documentPath);
    // Backups of untitled designs left by a crash, newest first.
    static QList<Backup> untitledOrphans();
    static bool isHeldElsewhere(const QString &backupPath);
    static void removeBackup(const Backup &backup);

signals:
    void written(const QString &path);
    void failed(const QString &message);

private:
    void cleanChanged(bool clean);
    bool lock(const QString &path);

    TopologyDocument *m_document;
    QUndoStack *m_undoStack;
    QTimer *m_timer;
    QString m_untitledPath;
    QString m_lockedPath;
    std::unique_ptr<QLockFile> m_lock;
    quint64 m_writtenRevision = 0;
    bool m_reportedHeld = false;
};

} // namespace Clusterwright
