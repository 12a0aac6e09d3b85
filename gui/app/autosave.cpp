// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "app/autosave.h"

#include "format/topologyformat.h"
#include "model/topologydocument.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QStandardPaths>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace Clusterwright {
namespace {

const QString BackupSuffix = u".autosave"_s;
const QString UntitledPrefix = u"untitled-"_s;

QString backupDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/autosave"_s;
}

QString lockPath(const QString &backupPath)
{
    return backupPath + u".lock"_s;
}

} // namespace

Autosave::Autosave(TopologyDocument *document, QUndoStack *undoStack, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_undoStack(undoStack)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(DefaultIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &Autosave::writeNow);
    connect(m_undoStack, &QUndoStack::cleanChanged, this, &Autosave::cleanChanged);
    if (!m_undoStack->isClean())
        m_timer->start();
}

// Not discard(): a window torn down without a clean close leaves its backup to recover.
Autosave::~Autosave() = default;

void Autosave::setInterval(int ms)
{
    m_timer->setInterval(ms);
}

int Autosave::interval() const
{
    return m_timer->interval();
}

QString Autosave::backupPathFor(const QString &documentPath)
{
    const QFileInfo file(documentPath);
    const QFileInfo directory(file.absolutePath());
    if (directory.isDir() && directory.isWritable())
        return file.absolutePath() + u"/."_s + file.fileName() + BackupSuffix;
    // A read-only folder: the backup goes to our own, named after the full path.
    const QByteArray hash
        = QCryptographicHash::hash(file.absoluteFilePath().toUtf8(), QCryptographicHash::Sha1)
              .toHex()
              .left(12);
    return backupDirectory() + u'/' + QString::fromLatin1(hash) + u'-' + file.fileName()
           + BackupSuffix;
}

QString Autosave::backupPath()
{
    if (!m_document->filePath().isEmpty())
        return backupPathFor(m_document->filePath());
    if (m_untitledPath.isEmpty()) {
        static int counter = 0;
        m_untitledPath = backupDirectory() + u'/' + UntitledPrefix
                         + QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s) + u'-'
                         + QString::number(QCoreApplication::applicationPid()) + u'-'
                         + QString::number(++counter) + QLatin1StringView(FileSuffix)
                         + BackupSuffix;
    }
    return m_untitledPath;
}

bool Autosave::writeNow()
{
    if (m_undoStack->isClean())
        return false;
    const QString target = backupPath();
    if (target == m_lockedPath && m_writtenRevision == m_document->revision()
        && QFileInfo::exists(target))
        return true;
    if (target != m_lockedPath) {
        discard();
        QDir().mkpath(QFileInfo(target).absolutePath());
        if (!lock(target)) {
            if (!m_reportedHeld) {
                m_reportedHeld = true;
                emit failed(tr("Not backed up: another Clusterwright window is editing %1.")
                                .arg(QFileInfo(m_document->filePath()).fileName()));
            }
            return false;
        }
    }
    QString error;
    if (!saveTopologyFile(m_document->topology(), target, &error)) {
        emit failed(tr("Automatic backup failed: %1").arg(error));
        return false;
    }
    m_writtenRevision = m_document->revision();
    emit written(target);
    return true;
}

bool Autosave::lock(const QString &path)
{
    auto lock = std::make_unique<QLockFile>(lockPath(path));
    // Held for as long as the design stays modified: only a dead holder makes it stale.
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0))
        return false;
    m_lock = std::move(lock);
    m_lockedPath = path;
    m_reportedHeld = false;
    return true;
}

void Autosave::discard()
{
    if (m_lockedPath.isEmpty())
        return;
    QFile::remove(m_lockedPath);
    m_lock.reset(); // unlocks and deletes the lock file
    m_lockedPath.clear();
    m_writtenRevision = 0;
}

void Autosave::startUntitled()
{
    discard();
    m_untitledPath.clear();
}

bool Autosave::adopt(const Backup &backup)
{
    discard();
    if (backup.documentPath.isEmpty())
        m_untitledPath = backup.path;
    return lock(backup.path);
}

void Autosave::cleanChanged(bool clean)
{
    if (clean) {
        m_timer->stop();
        discard();
    } else {
        m_timer->start();
    }
}

bool Autosave::isHeldElsewhere(const QString &backupPath)
{
    QLockFile probe(lockPath(backupPath));
    probe.setStaleLockTime(0);
    // tryLock() removes the lock file of a holder that is gone.
    if (probe.tryLock(0)) {
        probe.unlock();
        return false;
    }
    return probe.error() == QLockFile::LockFailedError;
}

std::optional<Autosave::Backup> Autosave::orphanFor(const QString &documentPath)
{
    const QString path = backupPathFor(documentPath);
    const QFileInfo backup(path);
    if (!backup.isFile())
        return std::nullopt;
    const QFileInfo document(documentPath);
    // Saved since the backup was written: the backup holds nothing newer.
    if (document.exists() && backup.lastModified() <= document.lastModified())
        return std::nullopt;
    if (isHeldElsewhere(path))
        return std::nullopt;
    return Backup{path, document.absoluteFilePath(), backup.lastModified()};
}

QList<Autosave::Backup> Autosave::untitledOrphans()
{
    QList<Backup> result;
    const QDir directory(backupDirectory());
    const QFileInfoList entries = directory.entryInfoList({UntitledPrefix + u'*' + BackupSuffix},
                                                          QDir::Files | QDir::Hidden, QDir::Time);
    for (const QFileInfo &entry : entries) {
        if (!isHeldElsewhere(entry.absoluteFilePath()))
            result.append({entry.absoluteFilePath(), {}, entry.lastModified()});
    }
    return result;
}

void Autosave::removeBackup(const Backup &backup)
{
    QFile::remove(backup.path);
}

} // namespace Clusterwright
