// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "ssh/shellquote.h"

using namespace Qt::StringLiterals;

namespace Clusterwright {

QString shellQuote(QStringView argument)
{
    QString quoted;
    quoted.reserve(argument.size() + 2);
    quoted += u'\'';
    for (const QChar c : argument) {
        if (c == u'\'')
            quoted += u"'\\''"_s;
        else
            quoted += c;
    }
    quoted += u'\'';
    return quoted;
}

QString shellJoin(const QStringList &arguments)
{
    QString joined;
    for (const QString &argument : arguments) {
        if (!joined.isEmpty())
            joined += u' ';
        joined += shellQuote(argument);
    }
    return joined;
}

bool isSafeShellArgument(QStringView argument, QString *why, bool allowLineBreaks)
{
    for (const QChar c : argument) {
        QString reason;
        if (c == QChar(0))
            reason = u"contains a NUL character"_s;
        else if (!allowLineBreaks && (c == u'\n' || c == u'\r'))
            reason = u"contains a line break"_s;
        if (!reason.isEmpty()) {
            if (why)
                *why = reason;
            return false;
        }
    }
    return true;
}

} // namespace Clusterwright
