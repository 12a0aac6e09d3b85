// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "net/iprange.h"

#include "net/netparse_p.h"

#include <algorithm>

namespace Clusterwright {

using NetParse::fail;

namespace {

QString familyName(const IpAddress &address)
{
    return address.isV4() ? QStringLiteral("IPv4") : QStringLiteral("IPv6");
}

} // namespace

IpRange::IpRange(const IpAddress &first, const IpAddress &last)
    : m_first(first)
    , m_last(last)
{
    Q_ASSERT_X(first.family() == last.family() && first <= last, "IpRange",
               "a range needs two addresses of one family, first <= last");
}

IpRange IpRange::fromPrefix(const IpPrefix &prefix)
{
    return IpRange(prefix.network(), prefix.last());
}

std::optional<IpRange> IpRange::parse(QStringView text, QString *error)
{
    if (!NetParse::checkNotBlank(text, QStringLiteral("range"), error))
        return std::nullopt;

    const qsizetype dash = text.indexOf(u'-');
    if (dash < 0) {
        if (!text.contains(u'/')) {
            return fail(error, QStringLiteral("expected a range 'first-last' or a prefix "
                                              "'address/length'"));
        }
        const std::optional<IpPrefix> prefix = IpPrefix::parse(text, error);
        if (!prefix)
            return std::nullopt;
        if (prefix->hasHostBits()) {
            return fail(error, QStringLiteral("host bits are set in %1 (the network is %2)")
                                   .arg(prefix->toString(), prefix->normalized().toString()));
        }
        return fromPrefix(*prefix);
    }

    if (text.indexOf(u'-', dash + 1) >= 0)
        return fail(error, QStringLiteral("only one '-' is allowed"));
    const QStringView firstText = text.first(dash);
    const QStringView lastText = text.sliced(dash + 1);
    if (firstText.isEmpty())
        return fail(error, QStringLiteral("missing first address before '-'"));
    if (lastText.isEmpty())
        return fail(error, QStringLiteral("missing last address after '-'"));
    QString sideError;
    const std::optional<IpAddress> first = IpAddress::parse(firstText, &sideError);
    if (!first)
        return fail(error, QStringLiteral("first address: %1").arg(sideError));
    const std::optional<IpAddress> last = IpAddress::parse(lastText, &sideError);
    if (!last)
        return fail(error, QStringLiteral("last address: %1").arg(sideError));
    if (first->family() != last->family()) {
        return fail(error, QStringLiteral("first address %1 is %2 but last address %3 is %4")
                               .arg(first->toString(), familyName(*first), last->toString(),
                                    familyName(*last)));
    }
    if (*first > *last) {
        return fail(error, QStringLiteral("first address %1 comes after last address %2")
                               .arg(first->toString(), last->toString()));
    }
    return IpRange(*first, *last);
}

AddressCount IpRange::size() const
{
    return AddressCount::fromMinusOne(m_last.value() - m_first.value());
}

bool IpRange::contains(const IpAddress &address) const
{
    return address.family() == family() && m_first <= address && address <= m_last;
}

bool IpRange::contains(const IpRange &other) const
{
    return other.family() == family() && m_first <= other.m_first && other.m_last <= m_last;
}

bool IpRange::overlaps(const IpRange &other) const
{
    return other.family() == family() && m_first <= other.m_last && other.m_first <= m_last;
}

std::optional<IpRange> IpRange::intersection(const IpRange &other) const
{
    if (!overlaps(other))
        return std::nullopt;
    return IpRange(std::max(m_first, other.m_first), std::min(m_last, other.m_last));
}

QString IpRange::toString() const
{
    return m_first.toString() + u'-' + m_last.toString();
}

} // namespace Clusterwright
