// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include <QString>
#include <QStringView>

#include <compare>
#include <optional>

namespace Clusterwright {

// 128-bit unsigned arithmetic for address values; IPv4 lives in the low 32 bits.
using Uint128 = unsigned __int128;

enum class IpFamily { V4, V6 };

// An IPv4 or IPv6 address as a plain value. Parsing is strict (no leading zeros
// in IPv4 octets, no zone ids, no whitespace); printing is canonical (RFC 5952 for IPv6).
class IpAddress
{
public:
    IpAddress() = default;
    IpAddress(IpFamily family, Uint128 value);

    // Returns nullopt and fills *error with a precise reason on bad text.
    static std::optional<IpAddress> parse(QStringView text, QString *error = nullptr);

    IpFamily family() const { return m_family; }
    bool isV4() const { return m_family == IpFamily::V4; }
    int bitWidth() const { return isV4() ? 32 : 128; }
    Uint128 value() const { return m_value; }
    // IPv4-mapped addresses print in hex ("::ffff:102:304"), as Python 3.11's
    // ipaddress does, not in RFC 5952's optional mixed form.
    QString toString() const;

    // Neighbours; nullopt past the end of the family's space.
    std::optional<IpAddress> next() const;
    std::optional<IpAddress> previous() const;

    // Orders by family (V4 first), then value.
    auto operator<=>(const IpAddress &) const = default;
    bool operator==(const IpAddress &) const = default;

private:
    IpFamily m_family = IpFamily::V4;
    Uint128 m_value = 0;
};

size_t qHash(const IpAddress &address, size_t seed = 0);

} // namespace Clusterwright
