// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "dashboard/runlogmodel.h"

#include <QBrush>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace Clusterwright {

RunLogModel::RunLogModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void RunLogModel::clear()
{
    beginResetModel();
    m_lines.clear();
    m_pending.clear();
    endResetModel();
}

void RunLogModel::flush()
{
    if (m_pending.isEmpty())
        return;
    const int overflow = int(m_lines.size() + m_pending.size()) - m_limit;
    if (overflow > 0) {
        // Drop a tenth more than needed so trimming is rare.
        const int drop = std::min<int>(int(m_lines.size()), overflow + m_limit / 10);
        if (drop > 0) {
            beginRemoveRows({}, 0, drop - 1);
            m_lines.remove(0, drop);
            endRemoveRows();
        }
    }
    const int first = int(m_lines.size());
    beginInsertRows({}, first, first + int(m_pending.size()) - 1);
    m_lines.append(std::move(m_pending));
    m_pending.clear();
    endInsertRows();
}

int RunLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

QString RunLogModel::kindLabel(LogKind kind)
{
    switch (kind) {
    case LogKind::StdOut:
        return tr("out");
    case LogKind::StdErr:
        return tr("err");
    case LogKind::Notice:
        return tr("note");
    case LogKind::Failure:
        return tr("FAIL");
    }
    return {};
}

QString RunLogModel::format(const LogLine &line)
{
    const QString node = line.node.isEmpty() ? tr("desktop") : line.node;
    return u"%1  %2  %3  %4"_s.arg(node, -10)
        .arg(kindLabel(line.kind), -4)
        .arg(line.step, -20)
        .arg(line.text);
}

QVariant RunLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const LogLine &l = m_lines.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return format(l);
    case Qt::FontRole:
        return QFontDatabase::systemFont(QFontDatabase::FixedFont);
    case Qt::ForegroundRole:
        // Colour only repeats what the kind label already says.
        if (l.kind == LogKind::Failure || l.kind == LogKind::StdErr)
            return QBrush(QColor(l.kind == LogKind::Failure ? 0xb00020 : 0x9a4a00));
        if (l.kind == LogKind::Notice)
            return QBrush(QGuiApplication::palette().color(QPalette::PlaceholderText));
        return {};
    case NodeRole:
        return l.node;
    case StepRole:
        return l.step;
    case KindRole:
        return int(l.kind);
    case TextRole:
        return l.text;
    }
    return {};
}

void LogFilterModel::setNode(const QString &node)
{
    if (node == m_node)
        return;
    m_node = node;
    invalidateRowsFilter();
}

void LogFilterModel::setStep(const QString &step)
{
    if (step == m_step)
        return;
    m_step = step;
    invalidateRowsFilter();
}

void LogFilterModel::setKinds(int mask)
{
    if (mask == m_kinds)
        return;
    m_kinds = mask;
    invalidateRowsFilter();
}

bool LogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *log = static_cast<const RunLogModel *>(sourceModel());
    const LogLine &l = log->line(sourceRow);
    if (!(m_kinds & (1 << int(l.kind))))
        return false;
    if (!m_node.isEmpty() && l.node != m_node)
        return false;
    return m_step.isEmpty() || l.step == m_step;
}

} // namespace Clusterwright
