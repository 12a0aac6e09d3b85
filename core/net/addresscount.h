// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "net/ipaddress.h"

namespace Clusterwright {

// A count of addresses from 1 to 2^128 inclusive. 2^128 does not fit in
// Uint128, so the count is stored minus one and never overflows.
class AddressCount
{
public:
    AddressCount() = default;
    static AddressCount fromMinusOne(Uint128 countMinusOne);
    static AddressCount fromCount(Uint128 count); // count >= 1

    Uint128 minusOne() const { return m_minusOne; }
    bool isAll128() const { return m_minusOne == ~Uint128(0); }
    // Saturates at 2^128 - 1 for the full IPv6 space.
    Uint128 saturated() const { return isAll128() ? m_minusOne : m_minusOne + 1; }
    QString toString() const; // exact decimal, "340282366920938463463374607431768211456" for /0

    auto operator<=>(const AddressCount &) const = default;

private:
    Uint128 m_minusOne = 0;
};

QString uint128ToString(Uint128 value);

} // namespace Clusterwright
