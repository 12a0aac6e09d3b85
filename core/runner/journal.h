// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "runner/runevents.h"

#include <QFile>
#include <QHash>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Clusterwright {

// The run's record: one JSON object per line (docs/deploy-run.md), written as
// events happen and flushed per line, so a killed run leaves a journal that
// --resume can continue from. Texts arrive already redacted.
class JournalWriter
{
public:
    // Creates `path` (mode 0600) and its directory. False with *error set.
    bool open(const QString &path, QString *error);
    void write(const RunEvent &event);
    void writeRecord(const QJsonObject &record); // extra records (plan, resume)
    QString path() const { return m_file.fileName(); }

private:
    QFile m_file;
};

struct JournalSummary
{
    QString runId;
    QString outcome;               // empty: the run did not finish (killed)
    QHash<QString, QString> steps; // step id -> last final status ("succeeded", ...)
    QStringList done() const;      // succeeded or skipped
};

// Reads a journal; nullopt with *error (file:line) on an unreadable one. A
// torn last line (killed while writing) is ignored.
std::optional<JournalSummary> readJournal(const QString &path, QString *error);

QJsonObject toJson(const RunEvent &event);

} // namespace Clusterwright
