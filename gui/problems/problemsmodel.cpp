// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "problems/problemsmodel.h"

#include "canvas/designstyle.h"

#include <QFileInfo>
#include <QPainter>
#include <QPixmap>

namespace Clusterwright {

using namespace Qt::StringLiterals;

namespace {

QString objectsText(const Finding &finding)
{
    QStringList names;
    for (const ObjectRef &ref : finding.objects)
        names << ref.name;
    return names.join(u", "_s);
}

QString locationText(const SourceLocation &location)
{
    if (!location.isValid())
        return {};
    const QString file = QFileInfo(location.file).fileName();
    const QString position = location.column > 0
                                 ? u"%1:%2"_s.arg(location.line).arg(location.column)
                                 : QString::number(location.line);
    return file.isEmpty() ? position : file + u':' + position;
}

} // namespace

ProblemsModel::ProblemsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ProblemsModel::setFindings(const QList<Finding> &findings)
{
    beginResetModel();
    m_findings = findings;
    endResetModel();
}

int ProblemsModel::count(Severity severity) const
{
    return int(std::count_if(m_findings.cbegin(), m_findings.cend(),
                             [severity](const Finding &f) { return f.severity == severity; }));
}

int ProblemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int ProblemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : LocationColumn + 1;
}

QVariant ProblemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Finding &f = m_findings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case SeverityColumn:
            return severityText(f.severity);
        case RuleColumn:
            return f.ruleId;
        case MessageColumn:
            return f.message;
        case ObjectsColumn:
            return objectsText(f);
        case LocationColumn:
            return locationText(f.location);
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn)
            return severityIcon(f.severity);
        break;
    case Qt::ToolTipRole:
        return toolTip(f);
    case SortRole:
        switch (Column(index.column())) {
        case SeverityColumn:
            return int(f.severity);
        case LocationColumn:
            return f.location.line;
        default:
            return data(index, Qt::DisplayRole);
        }
    case SeverityRole:
        return int(f.severity);
    case HasFixRole:
        return !f.fix.isEmpty();
    default:
        break;
    }
    return {};
}

QVariant ProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case SeverityColumn:
        return tr("Severity");
    case RuleColumn:
        return tr("Rule");
    case MessageColumn:
        return tr("Message");
    case ObjectsColumn:
        return tr("Object");
    case LocationColumn:
        return tr("Location");
    }
    return {};
}

QString ProblemsModel::toolTip(const Finding &finding) const
{
    QString tip = finding.message;
    if (!finding.suggestion.isEmpty())
        tip += u'\n' + tr("Suggestion: %1").arg(finding.suggestion);
    tip += u'\n'
           + (finding.fix.isEmpty() ? tr("No automatic fix for this problem.")
                                    : tr("Double-click or use Apply Fix to apply it (undoable)."));
    return tip;
}

QString ProblemsModel::severityText(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return tr("Error");
    case Severity::Warning:
        return tr("Warning");
    case Severity::Info:
        return tr("Info");
    }
    return {};
}

// The canvas's badge shapes, so the list and the canvas speak the same language.
QIcon ProblemsModel::severityIcon(Severity severity)
{
    static const QIcon icons[]
        = {makeSeverityIcon(Severity::Info), makeSeverityIcon(Severity::Warning),
           makeSeverityIcon(Severity::Error)};
    return icons[int(severity)];
}

QIcon ProblemsModel::makeSeverityIcon(Severity severity)
{
    QIcon icon;
    for (int size : {16, 24, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.scale(size / (2.6 * DesignStyle::BadgeRadius),
                      size / (2.6 * DesignStyle::BadgeRadius));
        DesignStyle::drawSeverityBadge(
            &painter, QPointF(1.3 * DesignStyle::BadgeRadius, 1.3 * DesignStyle::BadgeRadius),
            severity);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace Clusterwright
