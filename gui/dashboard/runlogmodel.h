// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QSortFilterProxyModel>
#include <QString>

namespace Clusterwright {

enum class LogKind { StdOut, StdErr, Notice, Failure };

struct LogLine
{
    qint64 ms = 0;
    QString node;
    QString step;
    LogKind kind = LogKind::StdOut;
    QString text;
};

// Every line of a run, appended a batch at a time (one insert per batch, so
// 50 nodes streaming never means one view update per line). Bounded: past
// the limit the oldest lines go, a chunk at a time.
class RunLogModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { NodeRole = Qt::UserRole + 1, StepRole, KindRole, TextRole };

    explicit RunLogModel(QObject *parent = nullptr);

    void clear();
    // Queued lines reach views at the next flush() (RunModel flushes per batch).
    void queue(LogLine line) { m_pending.append(std::move(line)); }
    void flush();
    void setLimit(int lines) { m_limit = lines; }

    const LogLine &line(int row) const { return m_lines.at(row); }
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

    static QString kindLabel(LogKind kind);
    static QString format(const LogLine &line); // as copied and saved

private:
    QList<LogLine> m_lines;
    QList<LogLine> m_pending;
    int m_limit = 1'000'000;
};

// Node, step and severity filter over the log.
class LogFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setNode(const QString &node);
    void setStep(const QString &step);
    // Bit per LogKind; all by default.
    void setKinds(int mask);
    int kinds() const { return m_kinds; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_node;
    QString m_step;
    int m_kinds = 0xF;
};

} // namespace Clusterwright
