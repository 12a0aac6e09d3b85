// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include <QHash>
#include <QString>

namespace Clusterwright {

// A 1-based line and column in a file; line 0 means "unknown".
struct SourceLocation
{
    QString file;
    int line = 0;
    int column = 0;
    bool isValid() const { return line > 0; }
    bool operator==(const SourceLocation &) const = default;
};

// Where each object and field of a loaded topology was written, so findings can
// point into the file. Paths look like "nodes[2]", "nodes[2].interfaces[0].address",
// "cluster.podCidr", "vips[1].range", "layout.cp-1".
class SourceMap
{
public:
    QString fileName() const { return m_fileName; }
    void setFileName(const QString &fileName) { m_fileName = fileName; }

    void insert(const QString &path, int line, int column);
    bool isEmpty() const { return m_locations.isEmpty(); }

    // The location of `path`, or of its closest recorded parent
    // ("nodes[2].interfaces[0].address" falls back to "nodes[2]").
    SourceLocation find(const QString &path) const;

private:
    QString m_fileName;
    QHash<QString, std::pair<int, int>> m_locations;
};

} // namespace Clusterwright
