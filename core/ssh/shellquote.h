// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace Clusterwright {

// POSIX single-quote escaping: the result is one shell word whose value is
// exactly `argument` ("a'b" -> 'a'\''b'). Safe for every byte except NUL,
// which no argv can carry; callers check arguments with isSafeShellArgument().
QString shellQuote(QStringView argument);

// Quotes each argument and joins them with single spaces.
QString shellJoin(const QStringList &arguments);

// False (with a reason in *why) for NUL always, and for line breaks unless
// allowLineBreaks: a newline in a host name or path is a bug or an attack, and
// it would split log lines.
bool isSafeShellArgument(QStringView argument, QString *why = nullptr,
                         bool allowLineBreaks = false);

} // namespace Clusterwright
