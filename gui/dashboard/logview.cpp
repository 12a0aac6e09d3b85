// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "dashboard/logview.h"

#include "dashboard/runlogmodel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Clusterwright {

LogView::LogView(RunLogModel *log, QWidget *parent)
    : QWidget(parent)
    , m_filter(new LogFilterModel(this))
    , m_view(new QListView(this))
    , m_node(new QComboBox(this))
    , m_step(new QComboBox(this))
    , m_search(new QLineEdit(this))
{
    m_filter->setSourceModel(log);
    m_view->setModel(m_filter);
    // Same height for every line: the view never measures 100 000 rows.
    m_view->setUniformItemSizes(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setObjectName(u"logList"_s);
    m_view->setAccessibleName(tr("Run log"));

    m_node->setToolTip(tr("Show the lines of one node"));
    m_step->setToolTip(tr("Show the lines of one step"));
    m_node->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_step->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setChoices({}, {});
    connect(m_node, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setNode(m_node->currentData().toString()); });
    connect(m_step, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setStep(m_step->currentData().toString()); });

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_node);
    filters->addWidget(m_step);
    const LogKind kinds[] = {LogKind::StdOut, LogKind::StdErr, LogKind::Notice, LogKind::Failure};
    const QString names[] = {tr("Output"), tr("Errors (stderr)"), tr("Notices"), tr("Failures")};
    for (int i = 0; i < 4; ++i) {
        auto *box = new QCheckBox(names[i], this);
        box->setChecked(true);
        box->setProperty("kind", int(kinds[i]));
        connect(box, &QCheckBox::toggled, this, &LogView::updateKinds);
        filters->addWidget(box);
        m_kinds.append(box);
    }
    filters->addStretch();
    m_search->setPlaceholderText(tr("Find in log (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    filters->addWidget(m_search);
    auto *save = new QPushButton(tr("Save…"), this);
    save->setToolTip(tr("Save the lines shown to a text file"));
    filters->addWidget(save);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_view);

    auto *find = new QAction(tr("Find in log"), this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(find);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] { findNext(m_search->text()); });
    auto *copy = new QAction(tr("Copy"), this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(copy);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(copy, &QAction::triggered, this, &LogView::copySelection);
    connect(save, &QPushButton::clicked, this, &LogView::saveAs);

    // Following: at the bottom when the range grows, stay there; a user who
    // scrolled up stays where they are until they come back down.
    QScrollBar *bar = m_view->verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this,
            [this, bar](int value) { m_following = value >= bar->maximum(); });
    connect(bar, &QScrollBar::rangeChanged, this, [this, bar](int, int max) {
        if (m_following)
            bar->setValue(max);
    });
}

void LogView::setChoices(const QStringList &nodes, const QStringList &steps)
{
    const QString node = m_node->currentData().toString();
    const QString step = m_step->currentData().toString();
    const QSignalBlocker nb(m_node), sb(m_step);
    m_node->clear();
    m_node->addItem(tr("All nodes"), QString());
    for (const QString &n : nodes)
        m_node->addItem(n.isEmpty() ? tr("desktop") : n, n);
    m_step->clear();
    m_step->addItem(tr("All steps"), QString());
    for (const QString &s : steps)
        m_step->addItem(s, s);
    m_node->setCurrentIndex(std::max(0, m_node->findData(node)));
    m_step->setCurrentIndex(std::max(0, m_step->findData(step)));
}

void LogView::setNodeFilter(const QString &node)
{
    const int index = m_node->findData(node);
    if (index >= 0)
        m_node->setCurrentIndex(index);
    else
        m_filter->setNode(node);
}

void LogView::setStepFilter(const QString &step)
{
    const int index = m_step->findData(step);
    if (index >= 0)
        m_step->setCurrentIndex(index);
    else
        m_filter->setStep(step);
}

void LogView::setKinds(int mask)
{
    for (QCheckBox *box : std::as_const(m_kinds)) {
        const QSignalBlocker blocker(box);
        box->setChecked(mask & (1 << box->property("kind").toInt()));
    }
    updateKinds();
}

void LogView::updateKinds()
{
    int mask = 0;
    for (QCheckBox *box : std::as_const(m_kinds)) {
        if (box->isChecked())
            mask |= 1 << box->property("kind").toInt();
    }
    m_filter->setKinds(mask);
}

bool LogView::findNext(const QString &text)
{
    if (text.isEmpty())
        return false;
    const int rows = m_filter->rowCount();
    const int start = m_view->currentIndex().isValid() ? m_view->currentIndex().row() + 1 : 0;
    for (int i = 0; i < rows; ++i) {
        const QModelIndex index = m_filter->index((start + i) % rows, 0);
        if (index.data(RunLogModel::TextRole).toString().contains(text, Qt::CaseInsensitive)) {
            m_view->setCurrentIndex(index);
            m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
            return true;
        }
    }
    return false;
}

QString LogView::selectedText() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end());
    QStringList lines;
    for (const QModelIndex &index : std::as_const(rows))
        lines.append(index.data().toString());
    return lines.join(u'\n');
}

void LogView::copySelection() const
{
    QApplication::clipboard()->setText(selectedText());
}

bool LogView::saveTo(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        *error = file.errorString();
        return false;
    }
    for (int row = 0; row < m_filter->rowCount(); ++row)
        file.write((m_filter->index(row, 0).data().toString() + u'\n').toUtf8());
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

void LogView::saveAs()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Log"), u"deploy-log.txt"_s,
                                                      tr("Text files (*.txt *.log)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveTo(path, &error))
        QMessageBox::warning(this, tr("Save Log"), tr("Cannot save %1: %2").arg(path, error));
}

} // namespace Clusterwright
