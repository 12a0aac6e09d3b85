// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "validation/intervalindex_p.h"

#include <algorithm>

namespace Clusterwright {

void IntervalIndex::add(const IpRange &range, int id)
{
    m_items.push_back({range.first(), range.last(), id});
}

void IntervalIndex::build()
{
    std::stable_sort(m_items.begin(), m_items.end(),
                     [](const Item &a, const Item &b) { return a.first < b.first; });
    m_widest.resize(m_items.size());
    for (size_t k = 0; k < m_items.size(); ++k) {
        m_widest[k] = k;
        if (k > 0 && m_items[m_widest[k - 1]].last >= m_items[k].last)
            m_widest[k] = m_widest[k - 1];
    }
}

int IntervalIndex::find(const IpAddress &address) const
{
    // Among the ranges that start at or before the address, the one reaching
    // furthest holds it if any does. Families never mix: IPv4 sorts before IPv6.
    const auto it
        = std::upper_bound(m_items.begin(), m_items.end(), address,
                           [](const IpAddress &a, const Item &item) { return a < item.first; });
    if (it == m_items.begin())
        return -1;
    const Item &widest = m_items[m_widest[size_t(it - m_items.begin()) - 1]];
    return widest.last >= address ? widest.id : -1;
}

int IntervalIndex::findOverlap(const IpRange &range, IpAddress *last) const
{
    // Ranges starting at or before range.last(); the widest of them overlaps if any does.
    const IpAddress end = range.last();
    const auto it
        = std::upper_bound(m_items.begin(), m_items.end(), end,
                           [](const IpAddress &a, const Item &item) { return a < item.first; });
    if (it == m_items.begin())
        return -1;
    const Item &widest = m_items[m_widest[size_t(it - m_items.begin()) - 1]];
    if (widest.last < range.first())
        return -1;
    if (last)
        *last = widest.last;
    return widest.id;
}

} // namespace Clusterwright
