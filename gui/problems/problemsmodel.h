// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "validation/finding.h"

#include <QAbstractTableModel>
#include <QIcon>

namespace Clusterwright {

// The validator's findings as a table: severity (icon and word), rule, message, objects
// and file location. Replaced wholesale with each validation run.
class ProblemsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SeverityColumn, RuleColumn, MessageColumn, ObjectsColumn, LocationColumn };
    enum Role {
        SortRole = Qt::UserRole + 1, // what the column sorts by
        SeverityRole,                // int(Severity)
        HasFixRole,
    };

    explicit ProblemsModel(QObject *parent = nullptr);

    void setFindings(const QList<Finding> &findings);
    const QList<Finding> &findings() const { return m_findings; }
    const Finding &finding(int row) const { return m_findings.at(row); }
    int count(Severity severity) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString severityText(Severity severity);
    static QIcon severityIcon(Severity severity);

private:
    static QIcon makeSeverityIcon(Severity severity);
    QString toolTip(const Finding &finding) const;

    QList<Finding> m_findings;
};

} // namespace Clusterwright
