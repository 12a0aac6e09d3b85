// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "net/ipprefix.h"

#include "net/netparse_p.h"

#include <algorithm>

namespace Clusterwright {

using NetParse::fail;

namespace {

// The host part of a prefix as a mask; a 128-bit shift would be undefined.
Uint128 hostMask(int bitWidth, int length)
{
    const int hostBits = bitWidth - length;
    return hostBits >= 128 ? ~Uint128(0) : (Uint128(1) << hostBits) - 1;
}

} // namespace

IpPrefix::IpPrefix(const IpAddress &address, int length)
    : m_address(address)
    , m_length(std::clamp(length, 0, address.bitWidth()))
{
    Q_ASSERT_X(length >= 0 && length <= address.bitWidth(), "IpPrefix",
               "prefix length out of range for the family");
}

std::optional<IpPrefix> IpPrefix::parse(QStringView text, QString *error)
{
    if (!NetParse::checkNotBlank(text, QStringLiteral("prefix"), error))
        return std::nullopt;
    const qsizetype slash = text.indexOf(u'/');
    if (slash < 0)
        return fail(error, QStringLiteral("missing '/' prefix length"));
    if (text.indexOf(u'/', slash + 1) >= 0)
        return fail(error, QStringLiteral("only one '/' is allowed"));
    const QStringView addressText = text.first(slash);
    const QStringView lengthText = text.sliced(slash + 1);
    if (addressText.isEmpty())
        return fail(error, QStringLiteral("missing address before '/'"));
    const std::optional<IpAddress> address = IpAddress::parse(addressText, error);
    if (!address)
        return std::nullopt;

    if (lengthText.isEmpty())
        return fail(error, QStringLiteral("missing prefix length after '/'"));
    if (!std::all_of(lengthText.begin(), lengthText.end(), NetParse::isAsciiDigit)) {
        // Also catches netmasks ("/255.255.255.0"), which we do not accept.
        return fail(error,
                    QStringLiteral("prefix length '%1' is not a decimal number").arg(lengthText));
    }
    if (lengthText.size() > 1 && lengthText[0] == u'0')
        return fail(error, QStringLiteral("leading zero in prefix length '%1'").arg(lengthText));
    const int maxLength = address->bitWidth();
    // More than three digits is out of range whatever it says, and could overflow.
    const int length = lengthText.size() > 3 ? maxLength + 1 : lengthText.toInt();
    if (length > maxLength) {
        return fail(error,
                    QStringLiteral("prefix length %1 is out of range for %2 (0-%3)")
                        .arg(lengthText)
                        .arg(address->isV4() ? QStringLiteral("IPv4") : QStringLiteral("IPv6"))
                        .arg(maxLength));
    }
    return IpPrefix(*address, length);
}

bool IpPrefix::hasHostBits() const
{
    return (m_address.value() & hostMask(m_address.bitWidth(), m_length)) != 0;
}

IpPrefix IpPrefix::normalized() const
{
    return IpPrefix(network(), m_length);
}

IpAddress IpPrefix::network() const
{
    return IpAddress(family(), m_address.value() & ~hostMask(m_address.bitWidth(), m_length));
}

IpAddress IpPrefix::last() const
{
    return IpAddress(family(), m_address.value() | hostMask(m_address.bitWidth(), m_length));
}

AddressCount IpPrefix::size() const
{
    return AddressCount::fromMinusOne(hostMask(m_address.bitWidth(), m_length));
}

bool IpPrefix::contains(const IpAddress &address) const
{
    return address.family() == family()
           && (address.value() & ~hostMask(address.bitWidth(), m_length)) == network().value();
}

bool IpPrefix::contains(const IpPrefix &other) const
{
    return other.m_length >= m_length && contains(other.m_address);
}

bool IpPrefix::overlaps(const IpPrefix &other) const
{
    // Two prefixes either nest or are disjoint.
    return contains(other) || other.contains(*this);
}

std::optional<IpPrefix> IpPrefix::intersection(const IpPrefix &other) const
{
    if (contains(other))
        return other.normalized();
    if (other.contains(*this))
        return normalized();
    return std::nullopt;
}

QString IpPrefix::toString() const
{
    return m_address.toString() + u'/' + QString::number(m_length);
}

} // namespace Clusterwright
