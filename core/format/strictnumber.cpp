// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "format/strictnumber.h"

#include <QLocale>

#include <cmath>
#include <limits>

namespace Clusterwright {
namespace {

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// Length of "-?(0|[1-9][0-9]*)" at the start of `text`, or 0.
qsizetype integerPrefix(QStringView text)
{
    qsizetype i = text.startsWith(u'-') ? 1 : 0;
    if (i >= text.size() || !isDigit(text[i]))
        return 0;
    if (text[i] == u'0')
        return i + 1;
    while (i < text.size() && isDigit(text[i]))
        ++i;
    return i;
}

} // namespace

std::optional<qint64> parseStrictInteger(QStringView text)
{
    if (text.isEmpty() || integerPrefix(text) != text.size())
        return std::nullopt;
    const bool negative = text.startsWith(u'-');
    constexpr qint64 limit = std::numeric_limits<qint64>::max();
    qint64 value = 0;
    for (qsizetype i = negative ? 1 : 0; i < text.size(); ++i) {
        const int digit = text[i].unicode() - u'0';
        if (value > (limit - digit) / 10) {
            value = limit;
            break;
        }
        value = value * 10 + digit;
    }
    return negative ? -value : value;
}

std::optional<double> parseStrictDecimal(QStringView text)
{
    qsizetype i = integerPrefix(text);
    if (i == 0)
        return std::nullopt;
    if (i < text.size()) {
        if (text[i] != u'.' || i + 1 >= text.size())
            return std::nullopt;
        for (++i; i < text.size(); ++i) {
            if (!isDigit(text[i]))
                return std::nullopt;
        }
    }
    bool ok = false;
    const double value = QLocale::c().toDouble(text, &ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value == 0 ? 0.0 : value;
}

} // namespace Clusterwright
