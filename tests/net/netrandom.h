// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "net/iprange.h"

#include <QRandomGenerator>
#include <QString>

namespace Clusterwright {

// Seeded random addresses biased towards edge cases, and random spellings of
// them. Spellings are made independently of IpAddress::toString() (padding,
// case, any "::" placement, dotted IPv4 tails) so parsing is tested, not echoed.
class NetRandom
{
public:
    explicit NetRandom(quint32 seed);

    bool chance(int percent) { return int(m_random.bounded(100)) < percent; }
    int bounded(int limit) { return int(m_random.bounded(quint32(limit))); }
    Uint128 random128();
    Uint128 randomBelow(Uint128 limit); // limit > 0

    IpAddress address(IpFamily family);
    IpAddress address() { return address(chance(50) ? IpFamily::V4 : IpFamily::V6); }
    int length(int bitWidth);
    IpPrefix prefix(IpFamily family); // host bits set half of the time
    IpAddress inside(const IpPrefix &subnet);
    IpRange rangeNear(const IpAddress &first);

    QString spell(const IpAddress &address);
    QString spell(const IpPrefix &prefix);
    QString spell(const IpRange &range);
    // One or two small edits that usually, not always, make the text invalid.
    QString mutate(const QString &text);

private:
    QString spellV6(Uint128 value);

    QRandomGenerator m_random;
};

} // namespace Clusterwright
