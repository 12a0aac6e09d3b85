// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "format/yamlreader.h"

#include "format/formattext.h"
#include "format/sourcetext.h"
#include "format/strictnumber.h"
#include "format/yamltext.h"

#include <yaml-cpp/node/impl.h>
#include <yaml-cpp/node/iterator.h>

#include <QVarLengthArray>

#include <cstring>

namespace Clusterwright {
namespace {

// QString::fromUtf8() drops a leading U+FEFF as a byte order mark; in a value it
// is text ("\uFEFF" escaped), so it is kept.
QString scalarText(const YAML::Node &node)
{
    const std::string &text = node.Scalar();
    if (text.compare(0, 3, "\xEF\xBB\xBF") == 0)
        return QChar(0xFEFF) + QString::fromUtf8(text.data() + 3, qsizetype(text.size()) - 3);
    return QString::fromStdString(text);
}

// Untagged plain scalars carry "?"; quoted and block scalars "!" (the pre-pass
// rejects every other tag).
bool isPlain(const YAML::Node &node)
{
    return node.Tag() == "?";
}

QString joinPath(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}

} // namespace

YamlReader::YamlReader(const SourceText &source, LoadResult &result)
    : m_source(source)
    , m_result(result)
{}

void YamlReader::readMap(const YAML::Node &node, const QString &path, const QString &what,
                         const QList<Field> &fields)
{
    if (m_stopped)
        return;
    if (!node.IsMap()) {
        error(node, FormatText::tr("expected a map (%1), found %2").arg(what, describe(node)));
        return;
    }
    QVarLengthArray<bool, 16> seen(fields.size(), false);
    for (auto it = node.begin(); it != node.end() && !m_stopped; ++it) {
        const YAML::Node key = it->first;
        const YAML::Node value = it->second;
        const QString keyText = scalarText(key);
        qsizetype index = 0;
        while (index < fields.size() && fields[index].key != keyText)
            ++index;
        if (index == fields.size()) {
            warning(key,
                    FormatText::tr("unknown key '%1' in %2; it is ignored").arg(keyText, what));
            continue;
        }
        seen[index] = true;
        const Field &field = fields[index];
        const QString fieldPath = joinPath(path, keyText);
        if (value.IsNull()) {
            record(fieldPath, key);
            const QString spelling = field.isName ? nullSpelling(value) : QString();
            if (!spelling.isEmpty()) {
                error(value, FormatText::tr("'%1' is null to YAML; write \"%1\" in quotes if it "
                                            "is a name")
                                 .arg(spelling));
            } else if (field.need == Need::Required) {
                error(key, FormatText::tr("expected a value for '%1', found null; write "
                                          "\"null\" or \"~\" in quotes if that is the text")
                               .arg(keyText));
            }
            continue;
        }
        record(fieldPath, value);
        field.read(value, fieldPath);
    }
    for (qsizetype i = 0; i < fields.size() && !m_stopped; ++i) {
        if (fields[i].need == Need::Required && !seen[i]) {
            error(node, FormatText::tr("missing required key '%1' in %2").arg(fields[i].key, what));
        }
    }
}

void YamlReader::readList(const YAML::Node &node, const QString &path, const QString &what,
                          const Reader &readItem)
{
    if (m_stopped)
        return;
    if (!node.IsSequence()) {
        error(node, FormatText::tr("expected a list of %1, found %2").arg(what, describe(node)));
        return;
    }
    int index = 0;
    for (auto it = node.begin(); it != node.end() && !m_stopped; ++it, ++index) {
        const YAML::Node item = *it;
        const QString itemPath = path + u'[' + QString::number(index) + u']';
        record(itemPath, item);
        readItem(item, itemPath);
    }
}

YamlReader::Field YamlReader::text(const QString &key, QString *out, Need need)
{
    return {key, need, [this, key, out](const YAML::Node &value, const QString &) {
                if (auto text = readText(value, key))
                    *out = *text;
            }};
}

YamlReader::Field YamlReader::name(const QString &key, QString *out, Need need)
{
    return {key, need,
            [this, key, out](const YAML::Node &value, const QString &) {
                if (auto text = readName(value, key))
                    *out = *text;
            },
            true};
}

YamlReader::Field YamlReader::integer(const QString &key, IntRange range, std::optional<int> *out)
{
    return {key, Need::Optional, [this, key, range, out](const YAML::Node &value, const QString &) {
                if (auto number = readInteger(value, key, range))
                    *out = int(*number);
            }};
}

YamlReader::Field YamlReader::integer(const QString &key, IntRange range, int *out, Need need)
{
    return {key, need, [this, key, range, out](const YAML::Node &value, const QString &) {
                if (auto number = readInteger(value, key, range))
                    *out = int(*number);
            }};
}

YamlReader::Field YamlReader::decimal(const QString &key, double *out, Need need)
{
    return {key, need, [this, key, out](const YAML::Node &value, const QString &) {
                if (auto number = readDecimal(value, key))
                    *out = *number;
            }};
}

YamlReader::Field YamlReader::textList(const QString &key, const QString &what, QStringList *out,
                                       bool names)
{
    return list(key, what, [this, key, out, names](const YAML::Node &item, const QString &) {
        if (auto text = names ? readName(item, key) : readText(item, key))
            out->append(*text);
    });
}

YamlReader::Field YamlReader::textOrList(const QString &key, QStringList *out)
{
    return {key, Need::Optional, [this, key, out](const YAML::Node &value, const QString &path) {
                if (value.IsMap()) {
                    error(value, FormatText::tr("expected a CIDR or a list of CIDRs for '%1', "
                                                "found a map")
                                     .arg(key));
                    return;
                }
                if (!value.IsSequence()) {
                    if (auto text = readText(value, key))
                        *out = {*text};
                    return;
                }
                out->clear();
                readList(value, path, key,
                         [this, key, out](const YAML::Node &item, const QString &) {
                             if (auto text = readText(item, key))
                                 out->append(*text);
                         });
            }};
}

YamlReader::Field YamlReader::list(const QString &key, const QString &what, const Reader &readItem)
{
    return {key, Need::Optional,
            [this, what, readItem](const YAML::Node &value, const QString &path) {
                readList(value, path, what, readItem);
            }};
}

YamlReader::Field YamlReader::map(const QString &key, const Reader &read, Need need)
{
    return {key, need, read};
}

std::optional<QString> YamlReader::readText(const YAML::Node &node, const QString &key)
{
    if (!node.IsScalar()) {
        error(node, FormatText::tr("expected text for '%1', found %2").arg(key, describe(node)));
        return std::nullopt;
    }
    return scalarText(node);
}

std::optional<QString> YamlReader::readName(const YAML::Node &node, const QString &key)
{
    if (!node.IsScalar()) {
        error(node, FormatText::tr("expected a name for '%1', found %2").arg(key, describe(node)));
        return std::nullopt;
    }
    const QString text = scalarText(node);
    if (isPlain(node) && isYamlBoolOrNullWord(text)) {
        error(node, FormatText::tr("'%1' is a boolean to YAML 1.1 tools; write \"%1\" in quotes "
                                   "if it is a name")
                        .arg(text));
        return std::nullopt;
    }
    return text;
}

std::optional<qint64> YamlReader::readInteger(const YAML::Node &node, const QString &key,
                                              IntRange range)
{
    if (!node.IsScalar() || !isPlain(node)) {
        error(node,
              FormatText::tr("expected an integer for '%1', found %2").arg(key, describe(node)));
        return std::nullopt;
    }
    const QString text = scalarText(node);
    const auto number = parseStrictInteger(text);
    if (!number) {
        error(node, FormatText::tr("expected a decimal integer for '%1', found '%2' (no leading "
                                   "zeros, '+', exponents or other bases)")
                        .arg(key, text.left(40)));
        return std::nullopt;
    }
    if (!range.contains(*number)) {
        error(node, FormatText::tr("'%1' must be from %2 to %3, found %4")
                        .arg(key)
                        .arg(range.min)
                        .arg(range.max)
                        .arg(text.left(40)));
        return std::nullopt;
    }
    return number;
}

std::optional<double> YamlReader::readDecimal(const YAML::Node &node, const QString &key)
{
    if (!node.IsScalar() || !isPlain(node)) {
        error(node,
              FormatText::tr("expected a number for '%1', found %2").arg(key, describe(node)));
        return std::nullopt;
    }
    const QString text = scalarText(node);
    const auto number = parseStrictDecimal(text);
    if (!number) {
        error(node, FormatText::tr("expected a decimal number for '%1', found '%2' (digits with an "
                                   "optional '-' and '.'; no leading zeros or exponents)")
                        .arg(key, text.left(40)));
    }
    return number;
}

std::optional<int> YamlReader::readSpelling(const YAML::Node &node, const QString &key,
                                            const QStringList &spellings)
{
    const QString allowed = spellings.join(QStringLiteral(", "));
    if (!node.IsScalar()) {
        error(node, FormatText::tr("expected one of %1 for '%2', found %3")
                        .arg(allowed, key, describe(node)));
        return std::nullopt;
    }
    const QString text = scalarText(node);
    const qsizetype index = spellings.indexOf(text);
    if (index < 0) {
        error(node, FormatText::tr("unknown value '%1' for '%2'; expected one of: %3")
                        .arg(text.left(40), key, allowed));
        return std::nullopt;
    }
    return int(index);
}

void YamlReader::error(const YAML::Node &node, const QString &message)
{
    report(Diagnostic::Severity::Error, node, message);
}

void YamlReader::warning(const YAML::Node &node, const QString &message)
{
    report(Diagnostic::Severity::Warning, node, message);
}

void YamlReader::record(const QString &path, const YAML::Node &node)
{
    const SourceLocation where = location(node);
    m_result.sourceMap.insert(path, where.line, where.column);
}

QString YamlReader::describe(const YAML::Node &node) const
{
    if (node.IsMap())
        return FormatText::tr("a map");
    if (node.IsSequence())
        return FormatText::tr("a list");
    if (!node.IsScalar())
        return FormatText::tr("null");
    QString text = scalarText(node);
    if (text.size() > 40)
        text = text.left(40) + QChar(0x2026);
    return isPlain(node) ? FormatText::tr("the text '%1'").arg(text)
                         : FormatText::tr("the quoted text \"%1\"").arg(text);
}

void YamlReader::report(Diagnostic::Severity severity, const YAML::Node &node,
                        const QString &message)
{
    if (m_stopped)
        return;
    auto &diagnostics = m_result.diagnostics;
    if (diagnostics.size() >= MaxDiagnostics) {
        // Warnings past the cap are dropped; an error ends the load.
        if (severity == Diagnostic::Severity::Error) {
            diagnostics.append({severity, location(node),
                                FormatText::tr("too many problems; stopped reading here")});
            m_stopped = true;
        }
        return;
    }
    diagnostics.append({severity, location(node), message});
}

// yaml-cpp gives "key:", "key: ~" and "key: null" the same null node; the text
// at its mark tells them apart. Empty for an empty value.
QString YamlReader::nullSpelling(const YAML::Node &node) const
{
    const YAML::Mark mark = node.Mark();
    const std::string &text = m_source.text();
    if (mark.is_null() || mark.pos < 0 || size_t(mark.pos) >= text.size())
        return {};
    for (const char *word : {"~", "null", "Null", "NULL"}) {
        if (text.compare(size_t(mark.pos), std::strlen(word), word) == 0)
            return QString::fromLatin1(word);
    }
    return {};
}

SourceLocation YamlReader::location(const YAML::Node &node) const
{
    const YAML::Mark mark = node.Mark();
    if (mark.is_null())
        return {m_source.fileName(), 1, 1};
    return m_source.location(mark.line, mark.column, mark.pos);
}

} // namespace Clusterwright
