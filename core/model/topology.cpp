// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "model/topology.h"

namespace Clusterwright {
namespace {

template<typename T>
int indexByName(const QList<T> &list, const QString &name)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list[i].name == name)
            return int(i);
    }
    return -1;
}

} // namespace

int Topology::hostIndex(const QString &name) const
{
    return indexByName(hosts, name);
}
int Topology::networkIndex(const QString &name) const
{
    return indexByName(networks, name);
}
int Topology::nodeIndex(const QString &name) const
{
    return indexByName(nodes, name);
}
int Topology::vipIndex(const QString &name) const
{
    return indexByName(vips, name);
}
int Topology::storageIndex(const QString &name) const
{
    return indexByName(storage, name);
}

} // namespace Clusterwright
