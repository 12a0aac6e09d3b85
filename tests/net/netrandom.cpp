// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "netrandom.h"

#include <algorithm>
#include <array>
#include <tuple>
#include <utility>
#include <vector>

namespace Clusterwright {

using namespace Qt::StringLiterals;

namespace {

constexpr Uint128 kAllOnes = ~Uint128(0);

Uint128 maxValue(IpFamily family)
{
    return family == IpFamily::V4 ? Uint128(0xffffffffu) : kAllOnes;
}

} // namespace

NetRandom::NetRandom(quint32 seed)
    : m_random(seed)
{}

Uint128 NetRandom::random128()
{
    return Uint128(m_random.generate64()) << 64 | m_random.generate64();
}

Uint128 NetRandom::randomBelow(Uint128 limit)
{
    return random128() % limit; // the modulo bias does not matter here
}

IpAddress NetRandom::address(IpFamily family)
{
    if (family == IpFamily::V4) {
        static constexpr std::array<quint32, 9> edges{0,          0xffffffff, 1,
                                                      0xfffffffe, 0x7f000001, 0x0a000000,
                                                      0xc0a80001, 0x80000000, 0x7fffffff};
        if (chance(10))
            return IpAddress(family, edges[size_t(bounded(int(edges.size())))]);
        if (chance(25)) { // octets near the ends: 0, 1, 254, 255
            static constexpr std::array<quint32, 5> octets{0, 1, 254, 255, 10};
            quint32 value = 0;
            for (int i = 0; i < 4; ++i)
                value = value << 8 | octets[size_t(bounded(5))];
            return IpAddress(family, value);
        }
        return IpAddress(family, m_random.generate());
    }
    if (chance(12)) {
        const Uint128 v4 = m_random.generate();
        switch (bounded(8)) {
        case 0:
            return IpAddress(family, 0);
        case 1:
            return IpAddress(family, kAllOnes);
        case 2:
            return IpAddress(family, 1);
        case 3:
            return IpAddress(family, Uint128(0xffff) << 32 | v4); // IPv4-mapped
        case 4:
            return IpAddress(family, v4); // IPv4-compatible
        case 5:
            return IpAddress(family, Uint128(0x64ff9b) << 96 | v4); // NAT64
        case 6:
            return IpAddress(family, Uint128(1) << 127);
        default:
            return IpAddress(family, Uint128(0x20010db8) << 96 | bounded(65536));
        }
    }
    if (chance(60)) { // many zero groups: runs of every length, ties
        Uint128 value = 0;
        for (int i = 0; i < 8; ++i) {
            const int group = chance(50) ? 0 : chance(30) ? bounded(16) : bounded(65536);
            value = value << 16 | Uint128(group);
        }
        return IpAddress(family, value);
    }
    return IpAddress(family, random128());
}

int NetRandom::length(int bitWidth)
{
    static constexpr std::array<int, 16> edges{0,  1,  8,  16,  24,  31,  32,  48,
                                               56, 64, 96, 112, 120, 126, 127, 128};
    if (chance(35)) {
        const int edge = edges[size_t(bounded(int(edges.size())))];
        if (edge <= bitWidth)
            return edge;
    }
    return bounded(bitWidth + 1);
}

IpPrefix NetRandom::prefix(IpFamily family)
{
    const IpAddress base = address(family);
    const IpPrefix result(base, length(base.bitWidth()));
    return chance(50) ? result.normalized() : result;
}

IpAddress NetRandom::inside(const IpPrefix &subnet)
{
    const Uint128 hostMask = subnet.last().value() ^ subnet.network().value();
    return IpAddress(subnet.family(), subnet.network().value() | (random128() & hostMask));
}

IpRange NetRandom::rangeNear(const IpAddress &around)
{
    const Uint128 max = maxValue(around.family());
    Uint128 span = 0;
    if (chance(60))
        span = Uint128(bounded(300));
    else if (chance(70))
        span = Uint128(m_random.generate()) >> bounded(32);
    else
        span = random128() & max;
    const Uint128 last = max - around.value() < span ? max : around.value() + span;
    return IpRange(around, IpAddress(around.family(), last));
}

QString NetRandom::spellV6(Uint128 value)
{
    std::array<quint16, 8> groups{};
    for (int i = 0; i < 8; ++i)
        groups[size_t(i)] = quint16(value >> (16 * (7 - i)));
    const bool dotted = (value >> 32) == 0xffff ? chance(50) : chance(8);
    const int hexCount = dotted ? 6 : 8;

    // Pick which zero groups "::" replaces: the longest run, any run, part of
    // a run, or none at all. All of these are valid spellings.
    std::vector<std::pair<int, int>> runs;
    for (int i = 0; i < hexCount; ++i) {
        if (groups[size_t(i)] != 0)
            continue;
        int end = i;
        while (end < hexCount && groups[size_t(end)] == 0)
            ++end;
        runs.emplace_back(i, end);
        i = end;
    }
    int gapStart = -1;
    int gapEnd = -1;
    if (!runs.empty() && !chance(25)) {
        if (chance(70)) {
            const auto longest = std::max_element(runs.begin(), runs.end(), [](auto a, auto b) {
                return a.second - a.first < b.second - b.first;
            });
            std::tie(gapStart, gapEnd) = *longest;
        } else {
            const auto run = runs[size_t(bounded(int(runs.size())))];
            gapStart = run.first + bounded(run.second - run.first);
            gapEnd = gapStart + 1 + bounded(run.second - gapStart);
        }
    }

    QStringList head;
    QStringList tail;
    for (int i = 0; i < hexCount; ++i) {
        if (i >= gapStart && i < gapEnd)
            continue;
        QString group = QString::number(groups[size_t(i)], 16);
        if (chance(15))
            group = group.toUpper();
        if (chance(10))
            group = group.rightJustified(1 + bounded(4), u'0');
        (gapStart >= 0 && i >= gapEnd ? tail : head).append(group);
    }
    if (dotted) {
        const auto v4 = quint32(value);
        (gapStart >= 0 ? tail : head)
            .append(QStringLiteral("%1.%2.%3.%4")
                        .arg(v4 >> 24)
                        .arg((v4 >> 16) & 0xff)
                        .arg((v4 >> 8) & 0xff)
                        .arg(v4 & 0xff));
    }
    if (gapStart < 0)
        return head.join(u':');
    return head.join(u':') + QStringLiteral("::") + tail.join(u':');
}

QString NetRandom::spell(const IpAddress &address)
{
    if (!address.isV4())
        return spellV6(address.value());
    const auto v4 = quint32(address.value());
    return QStringLiteral("%1.%2.%3.%4")
        .arg(v4 >> 24)
        .arg((v4 >> 16) & 0xff)
        .arg((v4 >> 8) & 0xff)
        .arg(v4 & 0xff);
}

QString NetRandom::spell(const IpPrefix &prefix)
{
    return spell(prefix.address()) + u'/' + QString::number(prefix.length());
}

QString NetRandom::spell(const IpRange &range)
{
    return spell(range.first()) + u'-' + spell(range.last());
}

QString NetRandom::mutate(const QString &text)
{
    static const QString pool
        = QStringLiteral("0123456789abcdefABCDEFgx:.%/- ") + QChar(0x0661) + QChar(0xff21);
    static const QStringList suffixes{u":"_s,     u"."_s, u":0"_s, u".0"_s,  u"::"_s,
                                      u"%eth0"_s, u" "_s, u"0"_s,  u"::1"_s, u"/"_s};
    static const QStringList prefixes{u":"_s, u"0"_s, u" "_s, u"::"_s, u"1:"_s};
    static const QStringList pieces{u"256"_s,  u"010"_s, u"00"_s,      u"999"_s,
                                    u"1000"_s, u""_s,    u"12345"_s,   u"00000"_s,
                                    u"g"_s,    u"0x1"_s, u"1.2.3.4"_s, u"0000"_s};
    QString t = text;
    const int rounds = chance(20) ? 2 : 1;
    for (int round = 0; round < rounds; ++round) {
        const int at = bounded(int(t.size()) + 1);
        const bool onChar = at < t.size();
        switch (bounded(8)) {
        case 0:
            if (onChar)
                t.remove(at, 1);
            break;
        case 1:
            t.insert(at, pool[bounded(int(pool.size()))]);
            break;
        case 2:
            if (onChar)
                t[at] = pool[bounded(int(pool.size()))];
            break;
        case 3:
            if (onChar)
                t.insert(at, t[at]);
            break;
        case 4:
            t += suffixes[bounded(int(suffixes.size()))];
            break;
        case 5:
            t.prepend(prefixes[bounded(int(prefixes.size()))]);
            break;
        case 6:
            if (at + 1 < t.size())
                std::swap(t[at], t[at + 1]);
            break;
        default: { // replace one octet or group
            qsizetype start = at;
            while (start > 0 && t[start - 1].isLetterOrNumber())
                --start;
            qsizetype end = at;
            while (end < t.size() && t[end].isLetterOrNumber())
                ++end;
            t.replace(start, end - start, pieces[bounded(int(pieces.size()))]);
        }
        }
    }
    return t;
}

} // namespace Clusterwright
