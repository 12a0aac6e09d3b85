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
    QList<Diagnostic> diagnostics; // errors and warnings, in file order
    bool ok() const { return topology.has_value(); }
};

// Limits that keep hostile files from costing memory or time.
inline constexpr qint64 MaxFileBytes = 4 * 1024 * 1024;
inline constexpr int MaxNestingDepth = 32;
// yaml-cpp spends ~8 us per value; 250k covers ~5000 cluster nodes (~46 values each).
inline constexpr int MaxYamlNodes = 250'000;
// yaml-cpp's scanner reads a whole flow collection ahead when it could be a map
// key, holding ~200 bytes per token; this caps that lookahead (and so the
// longest single value).
inline constexpr qint64 MaxLookaheadBytes = 512 * 1024;
// A load stops after this many errors and warnings.
inline constexpr int MaxDiagnostics = 100;

// Ranges the loader enforces. Editors should use the same ones, so that every
// file they save loads again.
struct IntRange
{
    int min;
    int max;
    bool contains(qint64 value) const { return value >= min && value <= max; }
};
inline constexpr IntRange VlanRange{1, 4094};
inline constexpr IntRange MtuRange{68, 65535};
inline constexpr IntRange PortRange{1, 65535};
inline constexpr IntRange CountRange{1, 2'147'483'647}; // cpus, memoryMiB, replicas, chunks

LoadResult loadTopologyFile(const QString &path);
LoadResult loadTopologyBytes(const QByteArray &bytes, const QString &fileName);

// The canonical text: stable key and list order, strings quoted where YAML would
// reinterpret them. writeTopology(load(writeTopology(t))) == writeTopology(t).
QByteArray writeTopology(const Topology &topology);

// Atomic (QSaveFile): the old file stays intact on any failure.
bool saveTopologyFile(const Topology &topology, const QString &path, QString *error);

inline constexpr char FileSuffix[] = ".cw.yaml";

} // namespace Clusterwright
