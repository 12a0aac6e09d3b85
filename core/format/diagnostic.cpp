// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "format/diagnostic.h"

#include <algorithm>

namespace Clusterwright {

QString Diagnostic::toString() const
{
    QString out = location.file;
    if (location.isValid()) {
        if (!out.isEmpty())
            out += u':';
        out += QString::number(location.line) + u':'
               + QString::number(std::max(location.column, 1));
    }
    if (!out.isEmpty())
        out += QStringLiteral(": ");
    out += severity == Severity::Error ? QStringLiteral("error: ") : QStringLiteral("warning: ");
    return out + message;
}

bool hasErrors(const QList<Diagnostic> &diagnostics)
{
    return std::any_of(diagnostics.cbegin(), diagnostics.cend(), [](const Diagnostic &d) {
        return d.severity == Diagnostic::Severity::Error;
    });
}

} // namespace Clusterwright
