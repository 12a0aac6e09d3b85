// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "net/iprange.h"

#include <algorithm>
#include <vector>

namespace Clusterwright {

std::optional<IpAddress> nextFreeAddress(const IpPrefix &subnet, const QList<IpAddress> &used,
                                         const std::optional<IpAddress> &after)
{
    const IpFamily family = subnet.family();
    Uint128 low = subnet.network().value();
    Uint128 high = subnet.last().value();
    // /31, /32, /127 and /128 have no network or broadcast address to spare
    // (RFC 3021, RFC 6164); IPv6 has no broadcast at all.
    if (subnet.address().bitWidth() - subnet.length() >= 2) {
        ++low;
        if (family == IpFamily::V4)
            --high;
    }
    if (after && after->family() == family) {
        if (after->value() >= high)
            return std::nullopt;
        low = std::max(low, after->value() + 1);
    }

    std::vector<Uint128> taken;
    taken.reserve(size_t(used.size()));
    for (const IpAddress &address : used) {
        if (address.family() == family && address.value() >= low && address.value() <= high)
            taken.push_back(address.value());
    }
    std::sort(taken.begin(), taken.end());

    Uint128 candidate = low;
    for (const Uint128 value : taken) {
        if (value > candidate)
            break;
        if (value == candidate) { // duplicates in `used` compare below candidate and are skipped
            if (candidate == high)
                return std::nullopt;
            ++candidate;
        }
    }
    return IpAddress(family, candidate);
}

QList<std::pair<int, int>> overlappingPairs(const QList<IpRange> &ranges)
{
    const int n = int(ranges.size());
    std::vector<int> order(size_t(n), 0);
    for (int i = 0; i < n; ++i)
        order[size_t(i)] = i;
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        return std::pair(ranges[a].first(), a) < std::pair(ranges[b].first(), b);
    });

    // Sweep by first address. The active ranges sit in a min-heap on their last
    // address; once the ones ending before the current start are popped, every
    // range left overlaps the current one, so each visit reports a pair.
    std::vector<int> active;
    const auto endsLater = [&](int a, int b) { return ranges[a].last() > ranges[b].last(); };
    std::vector<std::pair<int, int>> found;
    for (const int current : order) {
        const IpRange &range = ranges[current];
        // Families sort apart (V4 first); addresses compare by family first, so
        // a V4 range still active when V6 starts is popped here as ending "before".
        while (!active.empty() && ranges[active.front()].last() < range.first()) {
            std::pop_heap(active.begin(), active.end(), endsLater);
            active.pop_back();
        }
        for (const int other : active)
            found.emplace_back(std::min(current, other), std::max(current, other));
        active.push_back(current);
        std::push_heap(active.begin(), active.end(), endsLater);
    }

    // Two stable counting sorts (by j, then by i) give (i, j) order in O(n + k).
    std::vector<std::pair<int, int>> byJ(found.size());
    std::vector<int> start(size_t(n) + 1, 0);
    for (const auto &pair : found)
        ++start[size_t(pair.second) + 1];
    for (int i = 0; i < n; ++i)
        start[size_t(i) + 1] += start[size_t(i)];
    for (const auto &pair : found)
        byJ[size_t(start[size_t(pair.second)]++)] = pair;

    std::fill(start.begin(), start.end(), 0);
    for (const auto &pair : byJ)
        ++start[size_t(pair.first) + 1];
    for (int i = 0; i < n; ++i)
        start[size_t(i) + 1] += start[size_t(i)];
    QList<std::pair<int, int>> result(qsizetype(byJ.size()));
    for (const auto &pair : byJ)
        result[start[size_t(pair.first)]++] = pair;
    return result;
}

} // namespace Clusterwright
