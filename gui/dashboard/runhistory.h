// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QWidget>

class QTreeWidget;

namespace Clusterwright {

struct RunHistoryEntry
{
    QString journalPath;
    QString runId;
    QDateTime started; // UTC
    QString outcome;   // "succeeded", "failed", "cancelled"; empty: did not finish
    qint64 durationMs = -1;
    bool rehearsal = false;
};

// "<design>.deploy" and "<design>.rehearsal" beside the design file.
QString deployDirFor(const QString &designPath, bool rehearsal);
// Earlier runs of a design from their journals, newest first.
QList<RunHistoryEntry> listRuns(const QString &designPath);

class RunHistoryWidget : public QWidget
{
    Q_OBJECT

public:
    explicit RunHistoryWidget(QWidget *parent = nullptr);
    void setDesign(const QString &designPath);
    void reload();
    QTreeWidget *list() const { return m_list; }
    const QList<RunHistoryEntry> &entries() const { return m_entries; }

signals:
    void openRequested(const QString &journalPath);

private:
    QString m_design;
    QList<RunHistoryEntry> m_entries;
    QTreeWidget *m_list;
};

} // namespace Clusterwright
