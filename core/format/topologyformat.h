// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "format/diagnostic.h"
#include "model/sourcemap.h"
#include "model/topology.h"

#include <QByteArray>

#include <optional>

namespace Clusterwright {

// Reading and writing the .cw.yaml file format (docs/file-format.md).

struct LoadResult
{
    std::optional<Topology> topology; // empty when an error stopped the load
    SourceMap sourceMap;
    QList<Diagnostic> diagnostics;    // errors and warnings, in file order
    bool ok() const { return topology.has_value(); }
};

// Limits that keep hostile files from costing memory or time.
inline constexpr qint64 MaxFileBytes = 4 * 1024 * 1024;
inline constexpr int MaxNestingDepth = 32;
inline constexpr int MaxYamlNodes = 1'000'000;

LoadResult loadTopologyFile(const QString &path);
LoadResult loadTopologyBytes(const QByteArray &bytes, const QString &fileName);

// The canonical text: stable key and list order, strings quoted where YAML would
// reinterpret them. writeTopology(load(writeTopology(t))) == writeTopology(t).
QByteArray writeTopology(const Topology &topology);

// Atomic (QSaveFile): the old file stays intact on any failure.
bool saveTopologyFile(const Topology &topology, const QString &path, QString *error);

inline constexpr char FileSuffix[] = ".cw.yaml";

} // namespace Clusterwright
