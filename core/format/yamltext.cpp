// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "format/yamltext.h"

#include <QRegularExpression>

namespace Clusterwright {
namespace {

// Numbers in the union of YAML 1.1 (PyYAML, go-yaml v2: octal, sexagesimal,
// '_' separators, 0b/0x) and YAML 1.2 core (0o, leading zeros, exponents), plus
// the infinities and hex floats Go's ParseFloat takes. IP addresses such as
// 192.168.0.1 match none of them and stay plain.
const QRegularExpression &numberPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("^(?:"
                       "[-+]?[0-9][0-9_]*" // 10, 010, 1_000
                       "|[-+]?0[bB][01_]+|[-+]?0[oO][0-7_]+|[-+]?0[xX][0-9a-fA-F_]+"
                       "|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\\.[0-9_]*)?"    // 1:20:30
                       "|[-+]?(?:[0-9][0-9_]*)?\\.[0-9_]*(?:[eE][-+]?[0-9]+)?" // 1.5, .5, 1.
                       "|[-+]?[0-9][0-9_]*[eE][-+]?[0-9]+"                     // 1e3
                       "|[-+]?0[xX][0-9a-fA-F_]*\\.?[0-9a-fA-F_]*[pP][-+]?[0-9_]+"
                       "|[-+]?\\.?(?:[iI][nN][fF](?:[iI][nN][iI][tT][yY])?|[nN][aA][nN])"
                       ")$"));
    return pattern;
}

// A YAML 1.1 timestamp starts with a date; a prefix is enough to quote.
const QRegularExpression &datePattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:$|[Tt \\t])"));
    return pattern;
}

// Characters YAML does not allow unescaped, or reads as line breaks (NEL, LS, PS).
bool mustEscape(char16_t c)
{
    return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == 0x2028 || c == 0x2029
           || c == 0xFEFF || c == 0xFFFE || c == 0xFFFF;
}

bool isLoneSurrogate(QStringView text, qsizetype i)
{
    const QChar c = text[i];
    if (c.isHighSurrogate())
        return i + 1 >= text.size() || !text[i + 1].isLowSurrogate();
    if (c.isLowSurrogate())
        return i == 0 || !text[i - 1].isHighSurrogate();
    return false;
}

QString escaped(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += u'"';
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        switch (c) {
        case u'"':
            out += QStringLiteral("\\\"");
            break;
        case u'\\':
            out += QStringLiteral("\\\\");
            break;
        case u'\n':
            out += QStringLiteral("\\n");
            break;
        case u'\t':
            out += QStringLiteral("\\t");
            break;
        case u'\r':
            out += QStringLiteral("\\r");
            break;
        case 0:
            out += QStringLiteral("\\0");
            break;
        default:
            if (isLoneSurrogate(text, i)) {
                out += QChar(QChar::ReplacementCharacter);
            } else if (mustEscape(c)) {
                const bool small = c <= 0xFF;
                out += small ? QStringLiteral("\\x") : QStringLiteral("\\u");
                out += QString::number(c, 16).toUpper().rightJustified(small ? 2 : 4, u'0');
            } else {
                out += QChar(c);
            }
        }
    }
    out += u'"';
    return out;
}

} // namespace

bool isYamlBoolOrNullWord(QStringView text)
{
    static const QStringView words[] = {
        u"y",  u"Y",    u"yes",  u"Yes",  u"YES",   u"n",     u"N",     u"no",   u"No",
        u"NO", u"true", u"True", u"TRUE", u"false", u"False", u"FALSE", u"on",   u"On",
        u"ON", u"off",  u"Off",  u"OFF",  u"~",     u"null",  u"Null",  u"NULL",
    };
    for (QStringView word : words) {
        if (text == word)
            return true;
    }
    return false;
}

bool needsQuotes(QStringView text, ScalarContext context)
{
    if (text.isEmpty() || isYamlBoolOrNullWord(text) || text == u"<<" || text == u"=")
        return true;
    // Indicators that start another kind of node, or are reserved.
    static constexpr QStringView firstIndicators = u"-?:,[]{}#&*!|>'\"%@`";
    if (firstIndicators.contains(text.front()) || text.startsWith(u"..."))
        return true;
    const auto isBlank = [](QChar c) { return c == u' ' || c == u'\t'; };
    if (isBlank(text.front()) || isBlank(text.back()) || text.endsWith(u':'))
        return true;
    // ",[]{}" end a plain scalar inside flow collections, which the writer uses.
    static constexpr QStringView flowIndicators = u",[]{}";
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (flowIndicators.contains(c) || mustEscape(c.unicode()) || isLoneSurrogate(text, i))
            return true;
    }
    if (text.contains(u": ") || text.contains(u" #"))
        return true;
    // yaml-cpp also ends a plain scalar at '?' inside [...] and {...}.
    if (context == ScalarContext::Flow && (text.contains(u':') || text.contains(u'?')))
        return true;
    return numberPattern().match(text).hasMatch() || datePattern().match(text).hasMatch();
}

QString yamlScalar(const QString &text, ScalarContext context)
{
    return needsQuotes(text, context) ? escaped(text) : text;
}

} // namespace Clusterwright
