// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "edit/addressallocator.h"

namespace Clusterwright {

using namespace Qt::StringLiterals;

AddressAllocator::AddressAllocator(const Topology &t)
{
    for (const Network &network : t.networks) {
        if (const auto prefix = IpPrefix::parse(network.cidr))
            m_subnets.insert(network.name, prefix->normalized());
        reserve(network.gateway);
        for (const QString &dns : network.dns)
            reserve(dns);
    }
    for (const Host &host : t.hosts)
        reserve(host.address);
    for (const Node &node : t.nodes) {
        for (const Interface &interface : node.interfaces)
            reserve(interface.address);
        reserve(node.ssh.address);
    }
    for (const Vip &vip : t.vips) {
        reserve(vip.address);
        if (const auto range = IpRange::parse(vip.range))
            m_ranges << *range;
    }
    for (const Storage &storage : t.storage)
        reserve(storage.server);
}

void AddressAllocator::reserve(const QString &address)
{
    if (const auto parsed = IpAddress::parse(address))
        m_used << *parsed;
}

const IpRange *AddressAllocator::rangeHolding(const IpAddress &address) const
{
    for (const IpRange &range : m_ranges) {
        if (range.contains(address))
            return &range;
    }
    return nullptr;
}

bool AddressAllocator::isFree(const IpAddress &address) const
{
    return !m_used.contains(address) && !rangeHolding(address);
}

bool AddressAllocator::isFree(const QString &address) const
{
    const auto parsed = IpAddress::parse(address);
    return parsed && isFree(*parsed);
}

bool AddressAllocator::isFreeRange(const QString &text) const
{
    const auto range = IpRange::parse(text);
    if (!range)
        return false;
    for (const IpRange &other : m_ranges) {
        if (other.overlaps(*range))
            return false;
    }
    return std::none_of(m_used.cbegin(), m_used.cend(),
                        [&range](const IpAddress &a) { return range->contains(a); });
}

void AddressAllocator::reserveRange(const QString &text)
{
    if (const auto range = IpRange::parse(text))
        m_ranges << *range;
}

QString AddressAllocator::next(const QString &network, const QString &after)
{
    const auto subnet = m_subnets.constFind(network);
    if (subnet == m_subnets.cend())
        return {};
    std::optional<IpAddress> start = IpAddress::parse(after);
    if (start && !subnet->contains(*start))
        start.reset();

    for (int pass = 0; pass < 2; ++pass) {
        std::optional<IpAddress> cursor = pass == 0 ? start : std::nullopt;
        if (pass == 1 && !start)
            break; // the first pass already searched from the start
        // Each step either returns or jumps past one range, so this ends.
        for (qsizetype guard = 0; guard <= m_ranges.size(); ++guard) {
            const auto candidate = nextFreeAddress(*subnet, m_used, cursor);
            if (!candidate)
                break;
            if (const IpRange *range = rangeHolding(*candidate)) {
                cursor = range->last();
                continue;
            }
            m_used << *candidate;
            return candidate->toString();
        }
    }
    return {};
}

QString AddressAllocator::nextRange(const QString &network, int size)
{
    const auto subnet = m_subnets.constFind(network);
    if (subnet == m_subnets.cend() || size < 1)
        return {};
    const Uint128 first = subnet->network().value();
    const Uint128 last = subnet->last().value();
    const Uint128 half = first + (last - first) / 2;
    const IpFamily family = subnet->family();
    // Walk up from the middle, keeping the longest run of free addresses up to `size`.
    Uint128 runStart = 0;
    int runLength = 0;
    constexpr int MaxSteps = 1 << 16;
    int steps = 0;
    for (Uint128 v = half; v < last && steps < MaxSteps; ++v, ++steps) {
        if (!isFree(IpAddress(family, v))) {
            runLength = 0;
            continue;
        }
        if (runLength == 0)
            runStart = v;
        if (++runLength == size)
            break;
    }
    if (runLength == 0)
        return {};
    const IpRange range(IpAddress(family, runStart), IpAddress(family, runStart + runLength - 1));
    m_ranges << range;
    return range.toString();
}

QString AddressAllocator::freeSubnet(const Topology &t)
{
    QList<IpPrefix> taken;
    const auto take = [&taken](const QString &cidr) {
        if (const auto prefix = IpPrefix::parse(cidr))
            taken << prefix->normalized();
    };
    for (const Network &network : t.networks)
        take(network.cidr);
    for (const QString &cidr : t.cluster.podCidrs)
        take(cidr);
    for (const QString &cidr : t.cluster.serviceCidrs)
        take(cidr);
    // 192.168.x.0/24 is what a home or lab network looks like; 10.x when those run out.
    for (quint32 base : {0xC0A80000u, 0x0A000000u}) {
        for (quint32 block = (base == 0xC0A80000u ? 10 : 100); block < 256; ++block) {
            const IpPrefix candidate(IpAddress(IpFamily::V4, base | (block << 8)), 24);
            const bool overlaps = std::any_of(taken.cbegin(), taken.cend(), [&](const IpPrefix &p) {
                return p.overlaps(candidate);
            });
            if (!overlaps)
                return candidate.toString();
        }
    }
    return u"192.168.0.0/24"_s;
}

} // namespace Clusterwright
