// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "net/addresscount.h"
#include "net/ipaddress.h"

namespace Clusterwright {

// A CIDR prefix such as 192.168.0.0/20 or fd00::/64. The address keeps the
// bits as written so hasHostBits() can report "192.168.1.5/24".
class IpPrefix
{
public:
    IpPrefix() = default;
    IpPrefix(const IpAddress &address, int length);

    // "a/len"; rejects a missing or out-of-range length. Host bits are allowed
    // here; callers that need a network check hasHostBits().
    static std::optional<IpPrefix> parse(QStringView text, QString *error = nullptr);

    IpAddress address() const { return m_address; }
    int length() const { return m_length; }
    IpFamily family() const { return m_address.family(); }

    bool hasHostBits() const;
    IpPrefix normalized() const; // host bits cleared
    IpAddress network() const;   // first address
    IpAddress last() const;      // last address (the IPv4 broadcast)
    AddressCount size() const;

    bool contains(const IpAddress &address) const;
    bool contains(const IpPrefix &other) const;
    bool overlaps(const IpPrefix &other) const;
    // Prefixes nest or are disjoint: the longer one, normalized, or nullopt.
    std::optional<IpPrefix> intersection(const IpPrefix &other) const;

    // "network/len" in canonical form, host bits as written.
    QString toString() const;

    bool operator==(const IpPrefix &) const = default;

private:
    IpAddress m_address;
    int m_length = 0;
};

} // namespace Clusterwright
