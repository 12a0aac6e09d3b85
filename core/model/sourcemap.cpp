// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "model/sourcemap.h"

namespace Clusterwright {

void SourceMap::insert(const QString &path, int line, int column)
{
    m_locations.insert(path, {line, column});
}

SourceLocation SourceMap::find(const QString &path) const
{
    QString key = path;
    while (!key.isEmpty()) {
        const auto it = m_locations.constFind(key);
        if (it != m_locations.cend())
            return {m_fileName, it->first, it->second};
        const qsizetype cut = std::max(key.lastIndexOf(u'.'), key.lastIndexOf(u'['));
        if (cut <= 0)
            break;
        key.truncate(cut);
    }
    return {m_fileName, 0, 0};
}

} // namespace Clusterwright
