// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "validation/finding.h"

namespace Clusterwright {

QString toString(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        return QStringLiteral("error");
    }
    return {};
}

std::optional<Severity> severityFromString(const QString &text)
{
    for (const Severity s : {Severity::Info, Severity::Warning, Severity::Error}) {
        if (text == toString(s))
            return s;
    }
    return std::nullopt;
}

} // namespace Clusterwright
