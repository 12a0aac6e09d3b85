// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "net/ipaddress.h"

#include "net/netparse_p.h"

#include <QHashFunctions>
#include <QList>

#include <array>

namespace Clusterwright {

using NetParse::fail;
using NetParse::isAsciiDigit;

namespace {

constexpr Uint128 kV4Mask = 0xffffffffu;
constexpr Uint128 kAllOnes = ~Uint128(0);

int hexDigitValue(QChar c)
{
    if (c >= u'0' && c <= u'9')
        return c.unicode() - u'0';
    if (c >= u'a' && c <= u'f')
        return c.unicode() - u'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c.unicode() - u'A' + 10;
    return -1;
}

std::optional<quint32> parseV4(QStringView text, QString *error)
{
    const QList<QStringView> octets = text.split(u'.');
    if (octets.size() != 4) {
        return fail(
            error,
            QStringLiteral("expected 4 octets separated by '.', found %1").arg(octets.size()));
    }
    quint32 value = 0;
    for (qsizetype i = 0; i < octets.size(); ++i) {
        const QStringView octet = octets[i];
        if (octet.isEmpty())
            return fail(error, QStringLiteral("octet %1 is empty").arg(i + 1));
        for (const QChar c : octet) {
            // Explicit ASCII range: QChar::isDigit() would accept Arabic-Indic digits.
            if (!isAsciiDigit(c)) {
                return fail(error,
                            QStringLiteral("octet %1 '%2' contains '%3', not a decimal digit")
                                .arg(i + 1)
                                .arg(octet)
                                .arg(c));
            }
        }
        if (octet.size() > 1 && octet[0] == u'0') {
            return fail(error,
                        QStringLiteral("leading zero in octet '%1' (ambiguous: octal or decimal?)")
                            .arg(octet));
        }
        const int number = octet.size() > 3 ? 256 : octet.toInt();
        if (number > 255) {
            return fail(error,
                        QStringLiteral("octet %1 '%2' is larger than 255").arg(i + 1).arg(octet));
        }
        value = value << 8 | quint32(number);
    }
    return value;
}

// Same language as RFC 4291 section 2.2 (and Python's ipaddress): groups of 1-4
// hex digits, one optional "::", an optional dotted IPv4 tail worth two groups.
std::optional<Uint128> parseV6(QStringView text, QString *error)
{
    if (text.contains(u":::"))
        return fail(error, QStringLiteral("':::' is not valid; use '::' for a run of zero groups"));
    const qsizetype doubleColon = text.indexOf(u"::");
    if (doubleColon >= 0 && text.indexOf(u"::", doubleColon + 1) >= 0)
        return fail(error, QStringLiteral("'::' may appear only once"));
    if (text.startsWith(u':') && doubleColon != 0)
        return fail(error, QStringLiteral("a single ':' may not start an address (only '::')"));
    if (text.endsWith(u':') && doubleColon != text.size() - 2)
        return fail(error, QStringLiteral("a single ':' may not end an address (only '::')"));

    // Groups before and after the "::" (all in `head` when there is none).
    QList<quint16> head;
    QList<quint16> tail;
    const QList<QStringView> parts = text.split(u':');
    int groupNumber = 0;
    bool afterGap = false;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QStringView part = parts[i];
        QList<quint16> &groups = afterGap ? tail : head;
        if (part.isEmpty()) {
            afterGap = true; // the checks above leave empty parts only around "::"
            continue;
        }
        ++groupNumber;
        if (part.contains(u'.')) {
            if (i != parts.size() - 1) {
                return fail(error, QStringLiteral("group %1 '%2': an embedded IPv4 address may "
                                                  "only appear at the end")
                                       .arg(groupNumber)
                                       .arg(part));
            }
            QString v4Error;
            const std::optional<quint32> v4 = parseV4(part, &v4Error);
            if (!v4) {
                return fail(error,
                            QStringLiteral("embedded IPv4 address '%1': %2").arg(part, v4Error));
            }
            groups.append(quint16(*v4 >> 16));
            groups.append(quint16(*v4 & 0xffff));
            ++groupNumber;
            continue;
        }
        for (const QChar c : part) {
            if (hexDigitValue(c) < 0) {
                return fail(error, QStringLiteral("group %1 '%2' contains '%3', not a hex digit")
                                       .arg(groupNumber)
                                       .arg(part)
                                       .arg(c));
            }
        }
        if (part.size() > 4) {
            return fail(error, QStringLiteral("group %1 '%2' has more than 4 hex digits")
                                   .arg(groupNumber)
                                   .arg(part));
        }
        int value = 0;
        for (const QChar c : part)
            value = value << 4 | hexDigitValue(c);
        groups.append(quint16(value));
    }

    const qsizetype count = head.size() + tail.size();
    if (doubleColon >= 0 && count > 7) {
        return fail(error, QStringLiteral("'::' must stand for at least one zero group, but "
                                          "%1 groups are given")
                               .arg(count));
    }
    if (doubleColon < 0 && count != 8) {
        return fail(error,
                    QStringLiteral("expected 8 groups separated by ':', found %1").arg(count));
    }
    Uint128 value = 0;
    for (const quint16 group : std::as_const(head))
        value = value << 16 | group;
    // The zero groups "::" stands for; with an empty head the value is still 0
    // and the shift (128 bits for "::") would be undefined.
    if (!head.isEmpty())
        value <<= 16 * (8 - count);
    for (const quint16 group : std::as_const(tail))
        value = value << 16 | group;
    return value;
}

QString v6ToString(Uint128 value)
{
    std::array<quint16, 8> groups{};
    for (int i = 0; i < 8; ++i)
        groups[i] = quint16(value >> (16 * (7 - i)));

    // RFC 5952 4.2: compress the longest run of two or more zero groups, the
    // leftmost one on a tie.
    int bestStart = -1;
    int bestLength = 1;
    for (int i = 0; i < 8;) {
        if (groups[i] != 0) {
            ++i;
            continue;
        }
        int end = i;
        while (end < 8 && groups[end] == 0)
            ++end;
        if (end - i > bestLength) {
            bestStart = i;
            bestLength = end - i;
        }
        i = end;
    }

    QString text;
    text.reserve(39);
    for (int i = 0; i < 8; ++i) {
        if (i == bestStart) {
            text += QStringLiteral("::");
            i += bestLength - 1;
            continue;
        }
        if (!text.isEmpty() && !text.endsWith(u':'))
            text += u':';
        text += QString::number(groups[i], 16);
    }
    return text;
}

} // namespace

IpAddress::IpAddress(IpFamily family, Uint128 value)
    : m_family(family)
    , m_value(family == IpFamily::V4 ? value & kV4Mask : value)
{
    Q_ASSERT_X(family == IpFamily::V6 || value <= kV4Mask, "IpAddress", "IPv4 value over 32 bits");
}

std::optional<IpAddress> IpAddress::parse(QStringView text, QString *error)
{
    if (!NetParse::checkNotBlank(text, QStringLiteral("address"), error))
        return std::nullopt;
    if (const qsizetype percent = text.indexOf(u'%'); percent >= 0) {
        return fail(error, QStringLiteral("zone id '%1' is not allowed").arg(text.mid(percent)));
    }
    if (text.contains(u'/'))
        return fail(error, QStringLiteral("unexpected '/': expected an address, not a prefix"));
    if (text.contains(u':')) {
        const std::optional<Uint128> value = parseV6(text, error);
        if (!value)
            return std::nullopt;
        return IpAddress(IpFamily::V6, *value);
    }
    const std::optional<quint32> value = parseV4(text, error);
    if (!value)
        return std::nullopt;
    return IpAddress(IpFamily::V4, *value);
}

QString IpAddress::toString() const
{
    if (!isV4())
        return v6ToString(m_value);
    const auto v4 = quint32(m_value);
    return QStringLiteral("%1.%2.%3.%4")
        .arg(v4 >> 24)
        .arg((v4 >> 16) & 0xff)
        .arg((v4 >> 8) & 0xff)
        .arg(v4 & 0xff);
}

std::optional<IpAddress> IpAddress::next() const
{
    if (m_value == (isV4() ? kV4Mask : kAllOnes))
        return std::nullopt;
    return IpAddress(m_family, m_value + 1);
}

std::optional<IpAddress> IpAddress::previous() const
{
    if (m_value == 0)
        return std::nullopt;
    return IpAddress(m_family, m_value - 1);
}

size_t qHash(const IpAddress &address, size_t seed)
{
    return qHashMulti(seed, int(address.family()), quint64(address.value() >> 64),
                      quint64(address.value()));
}

} // namespace Clusterwright
