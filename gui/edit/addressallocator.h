// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "model/topology.h"
#include "net/iprange.h"

#include <QHash>

namespace Clusterwright {

// Hands out addresses nobody in a design uses yet: for a node attached to a network, the
// copies made by duplicate and paste, new VIPs, pools and NFS servers. Every address written
// anywhere in the design counts as used, and so does every LoadBalancer range.
class AddressAllocator
{
public:
    explicit AddressAllocator(const Topology &topology);

    // The lowest free address of the named network, above `after` when that lies inside it
    // (so a copy of .11 gets the next free one after .11), else from the start. Empty when
    // the network is unknown, its CIDR does not parse, or it is full. Reserves the result.
    QString next(const QString &network, const QString &after = {});

    // A free run of up to `size` addresses in the upper half of the network, as "a-b".
    QString nextRange(const QString &network, int size);

    void reserve(const QString &address);
    // True for an address that parses and nobody uses, and for a range that overlaps no
    // used address or other range.
    bool isFree(const QString &address) const;
    bool isFreeRange(const QString &range) const;
    void reserveRange(const QString &range);

    // A /24 for a new network that overlaps no network, pod or service CIDR of `topology`.
    static QString freeSubnet(const Topology &topology);

private:
    bool isFree(const IpAddress &address) const;
    const IpRange *rangeHolding(const IpAddress &address) const;

    QHash<QString, IpPrefix> m_subnets;
    QList<IpAddress> m_used;
    QList<IpRange> m_ranges;
};

} // namespace Clusterwright
