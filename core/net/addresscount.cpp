// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "net/addresscount.h"

#include <QStringView>

namespace Clusterwright {

AddressCount AddressCount::fromMinusOne(Uint128 countMinusOne)
{
    AddressCount count;
    count.m_minusOne = countMinusOne;
    return count;
}

AddressCount AddressCount::fromCount(Uint128 count)
{
    Q_ASSERT_X(count >= 1, "AddressCount::fromCount", "a count of addresses is at least 1");
    return fromMinusOne(count == 0 ? 0 : count - 1);
}

QString AddressCount::toString() const
{
    // 2^128 itself is not representable, so its digits are spelled out.
    if (isAll128())
        return QStringLiteral("340282366920938463463374607431768211456");
    return uint128ToString(m_minusOne + 1);
}

QString uint128ToString(Uint128 value)
{
    // QString::number() stops at 64 bits.
    char16_t digits[40];
    int start = 40;
    do {
        digits[--start] = char16_t(u'0' + int(value % 10));
        value /= 10;
    } while (value != 0);
    return QStringView(digits + start, 40 - start).toString();
}

} // namespace Clusterwright
