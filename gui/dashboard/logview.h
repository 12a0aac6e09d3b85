// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListView;

namespace Clusterwright {

class LogFilterModel;
class RunLogModel;

// Every line of the run: filter by node, step and kind, search (Ctrl+F),
// copy, save. Follows new lines while the view is at the bottom; scrolling up
// stops that, scrolling back to the bottom resumes it.
class LogView : public QWidget
{
    Q_OBJECT

public:
    explicit LogView(RunLogModel *log, QWidget *parent = nullptr);

    void setChoices(const QStringList &nodes, const QStringList &steps);
    void setNodeFilter(const QString &node);
    void setStepFilter(const QString &step);
    void setKinds(int mask);
    // Selects the next line (after the current one) containing `text`.
    bool findNext(const QString &text);
    bool isFollowing() const { return m_following; }
    QString selectedText() const;
    void copySelection() const;
    bool saveTo(const QString &path, QString *error) const;

    QListView *view() const { return m_view; }
    LogFilterModel *filter() const { return m_filter; }

private:
    void saveAs();
    void updateKinds();

    LogFilterModel *m_filter;
    QListView *m_view;
    QComboBox *m_node;
    QComboBox *m_step;
    QList<QCheckBox *> m_kinds;
    QLineEdit *m_search;
    bool m_following = true;
};

} // namespace Clusterwright
