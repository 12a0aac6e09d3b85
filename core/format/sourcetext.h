// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "format/diagnostic.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <string>

namespace Clusterwright {

// The bytes of a file as yaml-cpp will see them, after the checks YAML itself does
// not make (size, encoding, control characters, tab indentation). Also turns
// yaml-cpp's 0-based byte marks into the 1-based character columns editors show.
class SourceText
{
public:
    // Strips a UTF-8 BOM and turns CRLF and CR into LF; line and column numbers
    // stay those an editor shows. Returns the first problem, if any.
    static std::optional<Diagnostic> prepare(const QByteArray &bytes, const QString &fileName,
                                             SourceText *out);

    const std::string &text() const { return m_text; }
    const QString &fileName() const { return m_fileName; }

    // From a yaml-cpp mark (0-based line, byte column, byte offset).
    SourceLocation location(int line, int byteColumn, qint64 offset) const;
    // From a byte offset alone; scans the text, so only for one-off errors.
    SourceLocation locationOfOffset(qint64 offset) const;

private:
    qint64 charIndex(qint64 offset) const;

    QString m_fileName;
    std::string m_text;
    bool m_ascii = true;
    QList<qint64> m_charCheckpoints; // characters before each CheckpointBytes block
};

} // namespace Clusterwright
