// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "net/ipprefix.h"

#include <QList>

namespace Clusterwright {

// An inclusive range of addresses of one family: "a-b", or a CIDR.
class IpRange
{
public:
    IpRange() = default;
    IpRange(const IpAddress &first, const IpAddress &last);
    static IpRange fromPrefix(const IpPrefix &prefix);

    // Accepts "a-b" (both of one family, first <= last) or a CIDR "a/len"
    // (host bits rejected). Errors say which side is wrong.
    static std::optional<IpRange> parse(QStringView text, QString *error = nullptr);

    IpAddress first() const { return m_first; }
    IpAddress last() const { return m_last; }
    IpFamily family() const { return m_first.family(); }
    AddressCount size() const;

    bool contains(const IpAddress &address) const;
    bool contains(const IpRange &other) const;
    bool overlaps(const IpRange &other) const;
    std::optional<IpRange> intersection(const IpRange &other) const;

    QString toString() const; // "first-last"
    bool operator==(const IpRange &) const = default;

private:
    IpAddress m_first;
    IpAddress m_last;
};

// The lowest usable address in `subnet` that is not in `used`, skipping the
// network address and, for IPv4 prefixes shorter than /31, the broadcast.
// /31, /32, /127 and /128 have every address usable (RFC 3021, RFC 6164; as
// Python's hosts()). With `after`, only addresses above it are considered.
// nullopt when the subnet is full. `used` may hold addresses outside the subnet.
std::optional<IpAddress> nextFreeAddress(const IpPrefix &subnet, const QList<IpAddress> &used,
                                         const std::optional<IpAddress> &after = std::nullopt);

// Every pair (i, j), i < j, of ranges that overlap, in O(n log n + k) with
// k the number of pairs, sorted by i then j. Ranges of different families
// never overlap.
QList<std::pair<int, int>> overlappingPairs(const QList<IpRange> &ranges);

} // namespace Clusterwright
