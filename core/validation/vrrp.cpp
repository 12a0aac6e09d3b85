// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "validation/vrrp.h"

#include <QByteArray>

namespace Clusterwright {

int vrrpRouterIdForName(const QString &name, int offset)
{
    // FNV-1a (32 bit) over the UTF-8 name: tiny, fixed forever, no Qt seed.
    quint32 hash = 2166136261u;
    for (const char c : name.toUtf8()) {
        hash ^= quint8(c);
        hash *= 16777619u;
    }
    return int((hash % 255u + quint32(offset) % 255u) % 255u) + 1;
}

int vrrpRouterId(const Topology &topology, int vipIndex, int offset)
{
    return vrrpRouterIdForName(topology.vips.value(vipIndex).name, offset);
}

} // namespace Clusterwright
