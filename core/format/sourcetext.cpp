// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "format/sourcetext.h"

#include "format/formattext.h"
#include "format/topologyformat.h"

#include <algorithm>
#include <climits>

namespace Clusterwright {
namespace {

constexpr qint64 CheckpointBytes = 256;

bool isContinuation(unsigned char c)
{
    return (c & 0xC0) == 0x80;
}

// Length of the UTF-8 sequence at `p`, or 0 when it is not valid UTF-8 (overlong
// forms, surrogates and code points above U+10FFFF included). Sets `codePoint`.
int utf8Sequence(const unsigned char *p, const unsigned char *end, char32_t *codePoint)
{
    const unsigned char c = p[0];
    int length = 0;
    unsigned char low = 0x80, high = 0xBF; // allowed range of the second byte
    if (c >= 0xC2 && c <= 0xDF) {
        length = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        length = 3;
        if (c == 0xE0)
            low = 0xA0;
        else if (c == 0xED)
            high = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        length = 4;
        if (c == 0xF0)
            low = 0x90;
        else if (c == 0xF4)
            high = 0x8F;
    } else {
        return 0;
    }
    if (end - p < length || p[1] < low || p[1] > high)
        return 0;
    char32_t cp = c & (0xFF >> (length + 1));
    for (int i = 1; i < length; ++i) {
        if (!isContinuation(p[i]))
            return 0;
        cp = (cp << 6) | (p[i] & 0x3F);
    }
    *codePoint = cp;
    return length;
}

// YAML allows tab, LF and CR among the C0 controls; NEL (U+0085) among the C1 ones.
bool isForbiddenControl(char32_t cp)
{
    return (cp < 0x20 && cp != u'\t' && cp != u'\n' && cp != u'\r') || cp == 0x7F
           || (cp >= 0x80 && cp <= 0x9F && cp != 0x85) || cp == 0xFFFE || cp == 0xFFFF;
}

QString hexByte(unsigned char c)
{
    return QStringLiteral("0x") + QString::number(c, 16).toUpper().rightJustified(2, u'0');
}

Diagnostic makeError(const QString &file, int line, int column, const QString &message)
{
    return {Diagnostic::Severity::Error, {file, line, column}, message};
}

} // namespace

std::optional<Diagnostic> SourceText::prepare(const QByteArray &bytes, const QString &fileName,
                                              SourceText *out)
{
    out->m_fileName = fileName;
    out->m_text.clear();
    if (bytes.size() > MaxFileBytes) {
        return makeError(fileName, 1, 1,
                         FormatText::tr("the file is %1 bytes; the limit is %2 MiB")
                             .arg(bytes.size())
                             .arg(MaxFileBytes / (1024 * 1024)));
    }
    QByteArrayView view(bytes);
    if (view.startsWith("\xFF\xFE") || view.startsWith("\xFE\xFF")
        || view.startsWith(QByteArrayView("\0\0\xFE\xFF", 4))) {
        return makeError(fileName, 1, 1,
                         FormatText::tr("the file is UTF-16 or UTF-32; save it as UTF-8"));
    }
    if (view.startsWith("\xEF\xBB\xBF"))
        view = view.sliced(3);

    std::string &text = out->m_text;
    text.reserve(size_t(view.size()));
    for (qsizetype i = 0; i < view.size(); ++i) {
        const char c = view[i];
        if (c == '\r') {
            text.push_back('\n');
            if (i + 1 < view.size() && view[i + 1] == '\n')
                ++i;
        } else {
            text.push_back(c);
        }
    }

    // One pass for encoding, control characters and tab indentation, in file order.
    const auto *begin = reinterpret_cast<const unsigned char *>(text.data());
    const auto *end = begin + text.size();
    int line = 1;
    int column = 1;
    bool inIndent = true;
    int tabColumn = 0; // first tab in this line's indentation
    out->m_ascii = true;
    for (const unsigned char *p = begin; p < end;) {
        char32_t cp = *p;
        int length = 1;
        if (cp >= 0x80) {
            out->m_ascii = false;
            length = utf8Sequence(p, end, &cp);
            if (length == 0) {
                return makeError(fileName, line, column,
                                 FormatText::tr("invalid UTF-8 (byte %1); the file must be UTF-8")
                                     .arg(hexByte(*p)));
            }
        }
        if (cp == u'\n') {
            ++line;
            column = 1;
            inIndent = true;
            tabColumn = 0;
            ++p;
            continue;
        }
        if (isForbiddenControl(cp)) {
            const QString what
                = cp == 0
                      ? FormatText::tr("a NUL byte")
                      : FormatText::tr("the control character U+%1")
                            .arg(QString::number(uint(cp), 16).toUpper().rightJustified(4, u'0'));
            return makeError(fileName, line, column,
                             FormatText::tr("%1 is not allowed in a YAML file").arg(what));
        }
        if (inIndent) {
            if (cp == u'\t' && tabColumn == 0) {
                tabColumn = column;
            } else if (cp != u' ' && cp != u'\t') {
                if (tabColumn > 0) {
                    return makeError(fileName, line, tabColumn,
                                     FormatText::tr("a tab is used for indentation; "
                                                    "YAML indents with spaces only"));
                }
                inIndent = false;
            }
        }
        ++column;
        p += length;
    }

    out->m_charCheckpoints.clear();
    if (!out->m_ascii) {
        qint64 chars = 0;
        for (qint64 i = 0; i < qint64(text.size()); ++i) {
            if (i % CheckpointBytes == 0)
                out->m_charCheckpoints.append(chars);
            if (!isContinuation(begin[i]))
                ++chars;
        }
    }
    return std::nullopt;
}

qint64 SourceText::charIndex(qint64 offset) const
{
    offset = std::clamp<qint64>(offset, 0, qint64(m_text.size()));
    if (m_ascii)
        return offset;
    const qint64 block = std::min<qint64>(offset / CheckpointBytes, m_charCheckpoints.size() - 1);
    qint64 chars = block >= 0 ? m_charCheckpoints[block] : 0;
    for (qint64 i = std::max<qint64>(block, 0) * CheckpointBytes; i < offset; ++i) {
        if (!isContinuation(static_cast<unsigned char>(m_text[size_t(i)])))
            ++chars;
    }
    return chars;
}

SourceLocation SourceText::location(int line, int byteColumn, qint64 offset) const
{
    if (line < 0 || byteColumn < 0 || offset < 0)
        return {m_fileName, 1, 1};
    const qint64 lineStart = std::max<qint64>(0, offset - byteColumn);
    const qint64 column = charIndex(offset) - charIndex(lineStart) + 1;
    return {m_fileName, line + 1, int(std::min<qint64>(column, INT_MAX))};
}

SourceLocation SourceText::locationOfOffset(qint64 offset) const
{
    offset = std::clamp<qint64>(offset, 0, qint64(m_text.size()));
    int line = 0;
    qint64 lineStart = 0;
    for (qint64 i = 0; i < offset; ++i) {
        if (m_text[size_t(i)] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    return location(line, int(std::min<qint64>(offset - lineStart, INT_MAX)), offset);
}

} // namespace Clusterwright
