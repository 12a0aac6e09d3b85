// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "model/sourcemap.h"

#include <QList>
#include <QString>

namespace Clusterwright {

// One problem found while reading a file: an error stops the load, a warning
// (an unknown key, say) does not.
struct Diagnostic
{
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    SourceLocation location;
    QString message;

    // "file:line:col: error: message", the form compilers and editors understand.
    QString toString() const;
};

bool hasErrors(const QList<Diagnostic> &diagnostics);

} // namespace Clusterwright
