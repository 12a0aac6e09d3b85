// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "dashboard/runhistory.h"

#include "runner/runner.h"

#include "dashboard/runcharts.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Clusterwright {
namespace {

// Reads only what the list needs; the first and the last records.
std::optional<RunHistoryEntry> summarise(const QString &path, bool rehearsal)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    RunHistoryEntry entry;
    entry.journalPath = path;
    entry.rehearsal = rehearsal;
    QDateTime last;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        // Output lines are most of a journal; skip them without parsing.
        if (line.contains("\"type\":\"output\""))
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        const QString type = o.value(u"type"_s).toString();
        const QDateTime at = QDateTime::fromString(o.value(u"at"_s).toString(), Qt::ISODateWithMs);
        if (at.isValid())
            last = at;
        if (type == u"run-started") {
            entry.runId = o.value(u"run"_s).toString();
            entry.started = at;
        } else if (type == u"run-finished") {
            entry.outcome = o.value(u"outcome"_s).toString();
            entry.durationMs = o.value(u"durationMs"_s).toInteger();
        }
    }
    if (entry.runId.isEmpty())
        return std::nullopt;
    if (entry.durationMs < 0 && entry.started.isValid() && last.isValid())
        entry.durationMs = entry.started.msecsTo(last);
    return entry;
}

} // namespace

QString deployDirFor(const QString &designPath, bool rehearsal)
{
    return DeployRunner::runDirectoryFor(designPath, rehearsal);
}

QList<RunHistoryEntry> listRuns(const QString &designPath)
{
    QList<RunHistoryEntry> entries;
    for (const bool rehearsal : {false, true}) {
        const QDir dir(deployDirFor(designPath, rehearsal));
        for (const QString &name : dir.entryList({u"journal-*.jsonl"_s}, QDir::Files)) {
            if (auto entry = summarise(dir.absoluteFilePath(name), rehearsal))
                entries.append(*entry);
        }
    }
    std::sort(entries.begin(), entries.end(),
              [](const auto &a, const auto &b) { return a.runId > b.runId; });
    return entries;
}

RunHistoryWidget::RunHistoryWidget(QWidget *parent)
    : QWidget(parent)
    , m_list(new QTreeWidget(this))
{
    m_list->setHeaderLabels({tr("Started"), tr("Kind"), tr("Outcome"), tr("Duration")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *open = new QPushButton(tr("Open read-only"), this);
    open->setToolTip(tr("Show the selected run in the dashboard, as it was recorded"));
    auto *refresh = new QPushButton(tr("Refresh"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(open);
    buttons->addWidget(refresh);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    const auto openCurrent = [this] {
        if (QTreeWidgetItem *item = m_list->currentItem())
            emit openRequested(item->data(0, Qt::UserRole).toString());
    };
    connect(open, &QPushButton::clicked, this, openCurrent);
    connect(m_list, &QTreeWidget::itemActivated, this, openCurrent);
    connect(refresh, &QPushButton::clicked, this, &RunHistoryWidget::reload);
}

void RunHistoryWidget::setDesign(const QString &designPath)
{
    m_design = designPath;
    reload();
}

void RunHistoryWidget::reload()
{
    m_list->clear();
    m_entries = m_design.isEmpty() ? QList<RunHistoryEntry>() : listRuns(m_design);
    for (const RunHistoryEntry &e : std::as_const(m_entries)) {
        const QString outcome = e.outcome.isEmpty() ? tr("did not finish") : e.outcome;
        auto *item = new QTreeWidgetItem(
            m_list,
            {e.started.isValid() ? e.started.toLocalTime().toString(Qt::ISODate) : e.runId,
             e.rehearsal ? tr("Rehearsal") : tr("Deploy"), outcome, formatDuration(e.durationMs)});
        item->setData(0, Qt::UserRole, e.journalPath);
        item->setToolTip(0, e.journalPath);
    }
}

} // namespace Clusterwright
