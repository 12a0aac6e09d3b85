// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

// Measures and colours shared by AddressStrips' layout and painting.

#include "addressmap/addressmapmodel.h"

#include <QColor>
#include <QFont>
#include <QLocale>

#include <algorithm>

namespace Clusterwright::AddressStripsStyle {

using Kind = AddressMark::Kind;

constexpr qreal Margin = 12;
constexpr qreal RowHeight = 100;
constexpr qreal TitleHeight = 20;
constexpr qreal BadgeHeight = 16;
constexpr qreal LaneStep = 18;
constexpr qreal BarOffset = 62; // from the row's top
constexpr qreal BarHeight = 10;
constexpr qreal LabelOffset = 76;
constexpr qreal MinBandWidth = 3;
// Marks closer than this share a badge.
constexpr qreal MergeDistance = 18;
constexpr qreal TickSlack = 3;

inline const QColor IssueColor(0xdc, 0x26, 0x26);

inline QColor kindColor(Kind kind)
{
    switch (kind) {
    case Kind::Gateway:
        return QColor(0x4b, 0x55, 0x63);
    case Kind::Node:
        return QColor(0x25, 0x63, 0xeb);
    case Kind::Vip:
        return QColor(0x7c, 0x3a, 0xed);
    case Kind::LoadBalancer:
        return QColor(0x0f, 0x76, 0x6e);
    case Kind::Storage:
        return QColor(0xb4, 0x53, 0x09);
    case Kind::Host:
        return QColor(0x57, 0x53, 0x4e);
    }
    return Qt::gray;
}

inline QFont badgeFont(const QFont &base)
{
    QFont font = base;
    font.setBold(true);
    font.setPointSizeF(base.pointSizeF() * 0.85);
    return font;
}

inline QFont labelFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.85);
    return font;
}

// Where `address` (plus a fraction of one address) sits along the prefix, 0..1. long double
// keeps an IPv6 /64's offsets apart well enough for pixels.
inline qreal fraction(const IpPrefix &prefix, const IpAddress &address, long double plus)
{
    if (address.family() != prefix.family() || address < prefix.network())
        return 0;
    if (address > prefix.last())
        return 1;
    const long double size = static_cast<long double>(prefix.size().minusOne()) + 1.0L;
    const long double offset
        = static_cast<long double>(address.value() - prefix.network().value()) + plus;
    return qreal(std::clamp(offset / size, 0.0L, 1.0L));
}

inline QString countText(const AddressCount &count)
{
    // Beyond 2^53 a double would round; the exact decimal is what an engineer checks.
    if (count.minusOne() < (Uint128(1) << 53))
        return QLocale().toString(qulonglong(count.minusOne() + 1));
    return count.toString();
}

inline QString rangeText(const IpRange &range)
{
    return range.first() == range.last() ? range.first().toString() : range.toString();
}

} // namespace Clusterwright::AddressStripsStyle
