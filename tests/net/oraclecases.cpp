// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "oraclecases.h"

#include <algorithm>
#include <array>

namespace Clusterwright {

using namespace Qt::StringLiterals;

namespace {

constexpr Uint128 kAllOnes = ~Uint128(0);

IpFamily otherFamily(IpFamily family)
{
    return family == IpFamily::V4 ? IpFamily::V6 : IpFamily::V4;
}

QString tab(const QStringList &fields)
{
    return fields.join(u'\t');
}

} // namespace

OracleCaseGenerator::OracleCaseGenerator(quint32 seed)
    : m_r(seed)
{}

QStringList OracleCaseGenerator::addressCases(int count)
{
    QStringList cases;
    for (const char *edge :
         {"", "::", "::1", "1::", "::ffff:0.0.0.0", "::ffff:255.255.255.255", "0.0.0.0",
          "255.255.255.255", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", "1:0:0:1:0:0:0:1",
          "1:0:0:0:1:0:0:1", "0:0:1:0:0:1:0:0", "fe80::1%eth0", "1.2.3.04", "1:2:3:4:5:6:7::",
          "::2:3:4:5:6:7:8", "1:2:3:4:5:6:7:8::", "::1:2:3:4:5:6:7:8", "1::2:3:4:5:6:7:8"})
        cases.append(u"addr\t"_s + QLatin1StringView(edge));
    while (cases.size() < count) {
        QString text = m_r.spell(m_r.address());
        if (m_r.chance(35))
            text = m_r.mutate(text);
        cases.append(u"addr\t"_s + text);
    }
    return cases;
}

QStringList OracleCaseGenerator::prefixCases(int count)
{
    QStringList cases;
    for (const char *edge : {"0.0.0.0/0",
                             "::/0",
                             "255.255.255.255/32",
                             "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff/128",
                             "::/128",
                             "10.0.0.1/31",
                             "10.0.0.0/31",
                             "fd00::1/127",
                             "1.2.3.4/24",
                             "::ffff:1.2.3.4/96",
                             "1.2.3.4/024",
                             "1.2.3.4/255.255.255.0",
                             "1.2.3.4/0.0.0.255",
                             "1.2.3.4",
                             "::/0128",
                             "1.2.3.4/33",
                             "::/129",
                             "1.2.3.4/-1",
                             "1.2.3.4/",
                             "/24",
                             "1.2.3.4//24",
                             "1.2.3.4/24/24",
                             "fe80::1%eth0/64",
                             "1.2.3.4/+8",
                             "1.2.3.4/ 8",
                             "1.2.3.4/4294967296",
                             "::/00"})
        cases.append(u"prefix\t"_s + QLatin1StringView(edge));
    static const QStringList badLengths{
        u""_s,           u"033"_s,           u"00"_s,   u"33"_s, u"129"_s, u"-1"_s, u"+8"_s, u"x"_s,
        u"4294967296"_s, u"255.255.255.0"_s, u"0x10"_s, u"1e1"_s};
    while (cases.size() < count) {
        const IpPrefix prefix = m_r.prefix(m_r.chance(50) ? IpFamily::V4 : IpFamily::V6);
        QString text = m_r.spell(prefix);
        if (m_r.chance(8))
            text = m_r.spell(prefix.address()) + u'/'
                   + badLengths[m_r.bounded(int(badLengths.size()))];
        else if (m_r.chance(15))
            text = m_r.mutate(text);
        cases.append(u"prefix\t"_s + text);
    }
    return cases;
}

QStringList OracleCaseGenerator::rangeCases(int count)
{
    QStringList cases;
    for (const char *edge :
         {"0.0.0.0-255.255.255.255", "::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff",
          "10.0.0.1-10.0.0.1", "10.0.0.2-10.0.0.1", "10.0.0.1-::1", "10.0.0.0/24", "10.0.0.1/24",
          "::/0", "0.0.0.0/0", "1.2.3.4", "1.2.3.4-", "-1.2.3.4", "1.2.3.4--1.2.3.5", "1-2-3",
          "::1-::ffff:1.2.3.4", "::ffff:1.2.3.4-1.2.3.5", "fd00::/127", "fd00::1/127"})
        cases.append(u"range\t"_s + QLatin1StringView(edge));
    while (cases.size() < count) {
        QString text;
        if (m_r.chance(35)) {
            text = m_r.spell(m_r.prefix(m_r.chance(50) ? IpFamily::V4 : IpFamily::V6));
        } else {
            const IpAddress first = m_r.address();
            IpAddress last
                = m_r.chance(50)
                      ? m_r.rangeNear(first).last()
                      : m_r.address(m_r.chance(90) ? first.family() : otherFamily(first.family()));
            text = m_r.chance(20) ? m_r.spell(last) + u'-' + m_r.spell(first)
                                  : m_r.spell(first) + u'-' + m_r.spell(last);
        }
        if (m_r.chance(12))
            text = m_r.mutate(text);
        cases.append(u"range\t"_s + text);
    }
    return cases;
}

QStringList OracleCaseGenerator::prefixPairCases(int count)
{
    QStringList cases;
    while (cases.size() < count) {
        const IpPrefix a = m_r.prefix(m_r.chance(50) ? IpFamily::V4 : IpFamily::V6);
        const int width = a.address().bitWidth();
        const int kind = m_r.bounded(100);
        IpPrefix b;
        if (kind < 35) { // nested one way or the other
            b = IpPrefix(m_r.inside(a), m_r.length(width));
        } else if (kind < 60) { // differs from a in one bit
            const Uint128 bit = Uint128(1) << m_r.bounded(width);
            b = IpPrefix(IpAddress(a.family(), a.address().value() ^ bit), m_r.length(width));
        } else {
            b = m_r.prefix(kind < 90 ? a.family() : otherFamily(a.family()));
        }
        const int where = m_r.bounded(100);
        std::optional<IpAddress> address;
        if (where < 40)
            address = m_r.inside(a);
        else if (where < 55)
            address = a.network();
        else if (where < 70)
            address = a.last();
        else if (where < 80)
            address = m_r.chance(50) ? a.last().next() : a.network().previous();
        if (!address)
            address = m_r.address();
        cases.append(tab({u"ppair"_s, m_r.spell(a), m_r.spell(b), m_r.spell(*address)}));
    }
    return cases;
}

QStringList OracleCaseGenerator::rangePairCases(int count)
{
    QStringList cases;
    while (cases.size() < count) {
        const IpRange a = m_r.rangeNear(m_r.address());
        const IpFamily family = a.family();
        const Uint128 spanMinusOne = a.last().value() - a.first().value();
        const auto inside = [&] {
            const Uint128 offset
                = spanMinusOne == kAllOnes ? m_r.random128() : m_r.randomBelow(spanMinusOne + 1);
            return IpAddress(family, a.first().value() + offset);
        };
        const int kind = m_r.bounded(100);
        IpRange b;
        if (kind < 25) {
            b = m_r.rangeNear(inside());
        } else if (kind < 40) {
            b = IpRange(std::min(inside(), inside()), a.last());
            b = IpRange(b.first(), std::max(b.first(), inside()));
        } else if (kind < 50 && a.last().next()) {
            b = m_r.rangeNear(*a.last().next());
        } else if (kind < 60) {
            b = a;
        } else if (kind < 70 && a.first().previous()) {
            b = IpRange(std::min(*a.first().previous(), m_r.address(family)), a.first());
        } else {
            b = m_r.rangeNear(m_r.address(kind < 90 ? family : otherFamily(family)));
        }
        const int where = m_r.bounded(100);
        std::optional<IpAddress> address;
        if (where < 40)
            address = inside();
        else if (where < 60)
            address = m_r.chance(50) ? a.first() : a.last();
        else if (where < 75)
            address = m_r.chance(50) ? a.last().next() : a.first().previous();
        if (!address)
            address = m_r.address();
        cases.append(tab({u"rpair"_s, m_r.spell(a), m_r.spell(b), m_r.spell(*address)}));
    }
    return cases;
}

QStringList OracleCaseGenerator::nextFreeCases(int count)
{
    static constexpr std::array<int, 4> bigV4{0, 8, 16, 19};
    static constexpr std::array<int, 4> bigV6{0, 8, 64, 96};
    QStringList cases;
    while (cases.size() < count) {
        const IpFamily family = m_r.chance(50) ? IpFamily::V4 : IpFamily::V6;
        const bool v4 = family == IpFamily::V4;
        int length = v4 ? 20 + m_r.bounded(13) : 116 + m_r.bounded(13);
        if (m_r.chance(15))
            length = (v4 ? bigV4 : bigV6)[size_t(m_r.bounded(4))];
        const IpPrefix subnet(m_r.address(family), length);
        const Uint128 network = subnet.network().value();
        const Uint128 hostMask = subnet.last().value() - network;
        // Keep Python's hosts() walk short: big subnets only get small offsets.
        const bool small = hostMask < 4096;

        QStringList used;
        if (hostMask < 64 && m_r.chance(20)) { // a full subnet
            for (Uint128 offset = 0; offset <= hostMask; ++offset)
                used.append(m_r.spell(IpAddress(family, network + offset)));
        } else {
            const int run = m_r.bounded(int(std::min<Uint128>(hostMask + 1, 40)) + 1);
            const int skip = m_r.bounded(2);
            for (int i = 0; i < run && Uint128(i + skip) <= hostMask; ++i)
                used.append(m_r.spell(IpAddress(family, network + Uint128(i + skip))));
            for (int i = m_r.bounded(8); i > 0; --i)
                used.append(m_r.spell(m_r.inside(subnet)));
            if (!used.isEmpty() && m_r.chance(20))
                used.append(used.first()); // duplicates
            for (int i = m_r.bounded(3); i > 0; --i)
                used.append(m_r.spell(m_r.address(m_r.chance(70) ? family : otherFamily(family))));
        }
        std::optional<IpAddress> after;
        if (m_r.chance(50)) {
            const int where = m_r.bounded(5);
            if (where == 0)
                after = subnet.network().previous();
            else if (where == 1 && small)
                after = subnet.last().next();
            else if (where == 2 && small)
                after = m_r.inside(subnet);
            else if (where == 3 && small)
                after = subnet.last();
            else
                after = IpAddress(family, network + std::min<Uint128>(hostMask, m_r.bounded(64)));
        }
        cases.append(tab({u"nextfree"_s, m_r.spell(subnet), after ? m_r.spell(*after) : u"-"_s,
                          used.isEmpty() ? u"-"_s : used.join(u',')}));
    }
    return cases;
}

QStringList OracleCaseGenerator::pairsCases(int sets, int rangesPerSet)
{
    QStringList cases;
    for (int set = 0; set < sets; ++set) {
        QStringList ranges;
        QList<IpRange> made;
        const int mode = set % 6;
        while (ranges.size() < rangesPerSet) {
            IpRange range;
            switch (mode) {
            case 0:   // dense IPv4 around 10.0.0.0
            case 2: { // dense, mixed families with the same numbers
                const IpFamily family = mode == 2 && m_r.chance(30) ? IpFamily::V6 : IpFamily::V4;
                const Uint128 first = 0x0a000000u + Uint128(m_r.bounded(4096));
                range = IpRange(IpAddress(family, first),
                                IpAddress(family, first + Uint128(m_r.bounded(200))));
                break;
            }
            case 1:
                range = m_r.rangeNear(m_r.address(IpFamily::V4));
                break;
            case 3: // nested prefixes and repeats
                if (!made.isEmpty() && m_r.chance(30)) {
                    range = made[m_r.bounded(int(made.size()))];
                } else {
                    const IpAddress base(IpFamily::V4,
                                         0x0a000000u + Uint128(m_r.bounded(256)) * 256);
                    range = IpRange::fromPrefix(IpPrefix(base, 20 + m_r.bounded(13)));
                }
                break;
            case 4: { // single addresses, many duplicates
                const IpFamily family = m_r.chance(50) ? IpFamily::V4 : IpFamily::V6;
                const IpAddress point(family, Uint128(m_r.bounded(100)));
                range = IpRange(point, point);
                break;
            }
            default: // huge ranges, up to whole spaces
                range = m_r.chance(10) ? IpRange::fromPrefix(IpPrefix(m_r.address(), 0))
                                       : m_r.rangeNear(m_r.address());
            }
            made.append(range);
            ranges.append(m_r.spell(range));
        }
        cases.append(tab({u"pairs"_s, ranges.join(u' ')}));
    }
    return cases;
}

} // namespace Clusterwright
