// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "net/iprange.h"

#include <vector>

namespace Clusterwright {

// "Which of these ranges holds this address?" in O(log n), for networks and
// LoadBalancer pools. Ranges may overlap (that is reported elsewhere); a query
// then returns one of the holders. Not part of the API.
class IntervalIndex
{
public:
    void add(const IpRange &range, int id);
    void build(); // call once after the last add()

    // The id of a range that contains `address`, or -1.
    int find(const IpAddress &address) const;
    // The id of a range that shares an address with `range`, or -1; *last gets
    // the end of that range so a caller can skip past it.
    int findOverlap(const IpRange &range, IpAddress *last = nullptr) const;
    bool isEmpty() const { return m_items.empty(); }

private:
    struct Item
    {
        IpAddress first;
        IpAddress last;
        int id = -1;
    };
    std::vector<Item> m_items;    // sorted by first address
    std::vector<size_t> m_widest; // m_widest[k]: item with the highest last in [0, k]
};

} // namespace Clusterwright
