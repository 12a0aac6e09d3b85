// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include <QStringView>

#include <optional>

namespace Clusterwright {

// Numbers exactly as the file format writes them: decimal digits, an optional
// '-', no leading zeros, no '+', exponent, '_' or other base. YAML 1.1 would read
// "010" as 8 and "0x10" as 16; here they are errors, never a different value.

// "-?(0|[1-9][0-9]*)". A number too long for qint64 saturates, so that a range
// check reports it.
std::optional<qint64> parseStrictInteger(QStringView text);

// "-?(0|[1-9][0-9]*)(\.[0-9]+)?", finite; -0 becomes 0.
std::optional<double> parseStrictDecimal(QStringView text);

} // namespace Clusterwright
