// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "format/topologyformat.h"

#include "format/formattext.h"
#include "format/sourcetext.h"
#include "format/topologyreader.h"
#include "format/yamlprepass.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace Clusterwright {
namespace {

LoadResult failure(const QString &path, int line, const QString &message)
{
    LoadResult result;
    result.sourceMap.setFileName(path);
    result.diagnostics.append(
        {Diagnostic::Severity::Error, {path, line, line > 0 ? 1 : 0}, message});
    return result;
}

} // namespace

LoadResult loadTopologyBytes(const QByteArray &bytes, const QString &fileName)
{
    // Three stages, each one only sees what the one before accepted: bytes
    // (size, encoding), YAML events (aliases, depth, duplicates), then the tree.
    SourceText source;
    if (auto problem = SourceText::prepare(bytes, fileName, &source)) {
        LoadResult result;
        result.sourceMap.setFileName(fileName);
        result.diagnostics.append(*problem);
        return result;
    }
    if (auto problem = checkYamlStructure(source)) {
        LoadResult result;
        result.sourceMap.setFileName(fileName);
        result.diagnostics.append(*problem);
        return result;
    }
    return readTopology(source);
}

LoadResult loadTopologyFile(const QString &path)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    // Checked before opening: opening a FIFO would block, reading /dev/zero never ends.
    if (!info.exists())
        return failure(path, 0, FormatText::tr("cannot open %1: no such file").arg(shown));
    if (!info.isFile())
        return failure(path, 0, FormatText::tr("cannot open %1: not a regular file").arg(shown));
    if (info.size() > MaxFileBytes) {
        return failure(path, 1,
                       FormatText::tr("the file is %1 bytes; the limit is %2 MiB")
                           .arg(info.size())
                           .arg(MaxFileBytes / (1024 * 1024)));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(path, 0,
                       FormatText::tr("cannot open %1: %2").arg(shown, file.errorString()));
    // One byte more than allowed, in case the file grew since the check.
    const QByteArray bytes = file.read(MaxFileBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return failure(path, 0,
                       FormatText::tr("cannot read %1: %2").arg(shown, file.errorString()));
    return loadTopologyBytes(bytes, path);
}

bool saveTopologyFile(const Topology &topology, const QString &path, QString *error)
{
    const QByteArray bytes = writeTopology(topology);
    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    QString problem;
    if (!file.open(QIODevice::WriteOnly)) {
        problem = file.errorString();
    } else if (file.write(bytes) != bytes.size() || !file.flush()) {
        // The explicit flush matters: Qt 6.4's commit() ignores an error from its
        // own final flush (ENOSPC, EFBIG) and renames the truncated file into place.
        problem = file.errorString();
        file.cancelWriting();
    } else if (!file.commit()) {
        // QSaveFile has removed its temporary file; the old file is untouched.
        problem = file.errorString();
    }
    if (problem.isEmpty())
        return true;
    if (error)
        *error = FormatText::tr("cannot save %1: %2").arg(shown, problem);
    return false;
}

} // namespace Clusterwright
