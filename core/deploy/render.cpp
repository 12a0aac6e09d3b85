// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "deploy/render.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Clusterwright {
namespace {

QString nodeDir(const PlanStep &step)
{
    return step.node.isEmpty() ? u"desktop"_s : step.node;
}

QString stepScript(const PlanStep &step)
{
    QString text = u"#!/bin/sh\n# %1 (%2): %3\n"_s.arg(step.id, toString(step.phase), step.title);
    if (!step.dependsOn.isEmpty())
        text += u"# after: %1\n"_s.arg(step.dependsOn.join(u", "_s));
    for (const FileArtifact &file : step.files)
        text += u"# uploads %1 (mode %2, %3)\n"_s.arg(file.remotePath)
                    .arg(file.mode, 4, 8, QLatin1Char('0'))
                    .arg(file.owner);
    text += u"set -eu\n"_s;
    if (!step.guard.isEmpty())
        text += u"if %1; then exit 0; fi  # already done\n"_s.arg(step.guard);
    for (const RemoteCommand &command : step.commands) {
        text += command.text();
        if (!command.captureAs.isEmpty())
            text += u"  # output -> ${cw:%1:%2}%3"_s.arg(
                step.id, command.captureAs, command.secret ? u" (secret)"_s : QString());
        text += u'\n';
    }
    for (const QString &check : step.localChecks)
        text += u"# desktop check: %1\n"_s.arg(check);
    for (const FileFetch &fetch : step.fetches)
        text += u"# fetch %1 -> %2 (mode %3)\n"_s.arg(fetch.remotePath, fetch.localName)
                    .arg(fetch.mode, 4, 8, QLatin1Char('0'));
    return text;
}

bool writeFile(const QString &path, const QByteArray &content, QString *error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    // Qt 6.4's commit() renames even after a failed write; flush first.
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.flush()
        || !file.commit()) {
        *error = u"%1: %2"_s.arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

QString planText(const Plan &plan)
{
    QString text;
    for (const QString &warning : plan.warnings)
        text += u"warning: %1\n"_s.arg(warning);
    int number = 0;
    for (const PlanStep &step : plan.steps) {
        text += u"\n%1. [%2] %3 on %4%5\n   %6\n"_s.arg(++number).arg(
            toString(step.phase), step.id, step.node.isEmpty() ? u"the desktop"_s : step.node,
            step.mutatesCluster ? u" (changes the cluster)"_s : QString(), step.title);
        if (!step.dependsOn.isEmpty())
            text += u"   after: %1\n"_s.arg(step.dependsOn.join(u", "_s));
        if (!step.guard.isEmpty())
            text += u"   skip if: %1\n"_s.arg(step.guard);
        for (const FileArtifact &file : step.files)
            text += u"   file: %1 (mode %2, %3, %4 bytes)\n"_s.arg(file.remotePath)
                        .arg(file.mode, 4, 8, QLatin1Char('0'))
                        .arg(file.owner)
                        .arg(file.content.size());
        for (const RemoteCommand &command : step.commands) {
            text += u"   %1 %2\n"_s.arg(command.asRoot ? u"#"_s : u"$"_s, command.text());
            if (!command.captureAs.isEmpty())
                text += u"     -> ${cw:%1:%2}%3\n"_s.arg(
                    step.id, command.captureAs, command.secret ? u" (secret)"_s : QString());
        }
        for (const QString &check : step.localChecks)
            text += u"   check: %1\n"_s.arg(check);
        for (const FileFetch &fetch : step.fetches)
            text += u"   fetch: %1 -> %2 (mode %3)\n"_s.arg(fetch.remotePath, fetch.localName)
                        .arg(fetch.mode, 4, 8, QLatin1Char('0'));
    }
    return text;
}

bool renderPlan(const Plan &plan, const QString &directory, QStringList *written, QString *error)
{
    const QDir root(directory);
    auto put = [&](const QString &relative, const QByteArray &content) {
        written->append(relative);
        return writeFile(root.filePath(relative), content, error);
    };
    if (!put(u"plan.txt"_s, planText(plan).toUtf8()))
        return false;
    QHash<QString, int> counters;
    for (const PlanStep &step : plan.steps) {
        const QString dir = nodeDir(step);
        const int number = ++counters[dir];
        const QString action = step.id.mid(step.id.lastIndexOf(u'/') + 1);
        if (!put(u"%1/steps/%2-%3.sh"_s.arg(dir).arg(number, 2, 10, QLatin1Char('0')).arg(action),
                 stepScript(step).toUtf8()))
            return false;
        for (const FileArtifact &file : step.files) {
            if (!put(dir + u'/' + file.remotePath.mid(1), file.content))
                return false;
        }
    }
    return true;
}

} // namespace Clusterwright
