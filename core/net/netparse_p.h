// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

// Helpers shared by the parsers in core/net; not part of the API.
namespace Clusterwright::NetParse {

inline std::nullopt_t fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

inline bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// Rejects empty text and whitespace anywhere, naming the 1-based position, so
// that "10.0.0.1 " fails here instead of as a confusing octet error.
inline bool checkNotBlank(QStringView text, const QString &what, QString *error)
{
    if (text.isEmpty()) {
        fail(error, QStringLiteral("%1 is empty").arg(what));
        return false;
    }
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isSpace()) {
            fail(error, QStringLiteral("whitespace at position %1 is not allowed").arg(i + 1));
            return false;
        }
    }
    return true;
}

} // namespace Clusterwright::NetParse
