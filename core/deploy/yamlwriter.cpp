// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "deploy/yamlwriter.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Clusterwright {

YamlValue YamlValue::map(std::vector<std::pair<QString, YamlValue>> entries)
{
    YamlValue value;
    value.m_kind = Kind::Map;
    value.m_entries = std::move(entries);
    return value;
}

YamlValue YamlValue::list(std::vector<YamlValue> items)
{
    YamlValue value;
    value.m_kind = Kind::List;
    value.m_items = std::move(items);
    return value;
}

YamlValue YamlValue::stringList(const QStringList &items)
{
    YamlValue value = list();
    for (const QString &item : items)
        value.m_items.emplace_back(item);
    return value;
}

YamlValue &YamlValue::insert(const QString &key, YamlValue value)
{
    if (m_kind == Kind::Map)
        m_entries.emplace_back(key, std::move(value));
    return *this;
}

YamlValue &YamlValue::append(YamlValue value)
{
    if (m_kind == Kind::List)
        m_items.push_back(std::move(value));
    return *this;
}

bool YamlValue::isEmptyCollection() const
{
    return (m_kind == Kind::Map && m_entries.empty()) || (m_kind == Kind::List && m_items.empty());
}

QString YamlWriter::quote(const QString &text)
{
    QString out = u"\""_s;
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"':
            out += u"\\\""_s;
            break;
        case '\\':
            out += u"\\\\"_s;
            break;
        case '\n':
            out += u"\\n"_s;
            break;
        case '\t':
            out += u"\\t"_s;
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                out += u"\\x%1"_s.arg(int(c.unicode()), 2, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out + u'"';
}

QString YamlWriter::key(const QString &text)
{
    // Plain keys only when they cannot be anything but a string.
    static const QRegularExpression plain(u"^[A-Za-z_][A-Za-z0-9_.\\-/]*$"_s);
    static const QStringList reserved{u"y"_s,   u"n"_s,    u"yes"_s,   u"no"_s,  u"on"_s,
                                      u"off"_s, u"true"_s, u"false"_s, u"null"_s};
    if (plain.match(text).hasMatch() && !reserved.contains(text.toLower()))
        return text;
    return quote(text);
}

QString YamlWriter::scalar(const YamlValue &value)
{
    switch (value.m_kind) {
    case YamlValue::Kind::String:
        return quote(value.m_string);
    case YamlValue::Kind::Int:
        return QString::number(value.m_int);
    case YamlValue::Kind::Bool:
        return value.m_bool ? u"true"_s : u"false"_s;
    case YamlValue::Kind::Map:
        return u"{}"_s;
    case YamlValue::Kind::List:
        return u"[]"_s;
    }
    return {};
}

void YamlWriter::writeValue(QString &out, const YamlValue &value, int indent)
{
    const QString pad(indent, u' ');
    if (value.m_kind == YamlValue::Kind::Map) {
        for (const auto &[k, v] : value.m_entries) {
            if (v.isScalar() || v.isEmptyCollection()) {
                out += pad + key(k) + u": "_s + scalar(v) + u'\n';
            } else {
                out += pad + key(k) + u":\n"_s;
                writeValue(out, v, indent + 2);
            }
        }
    } else if (value.m_kind == YamlValue::Kind::List) {
        for (const YamlValue &item : value.m_items) {
            if (item.isScalar() || item.isEmptyCollection()) {
                out += pad + u"- "_s + scalar(item) + u'\n';
            } else if (item.m_kind == YamlValue::Kind::Map) {
                // The first entry shares the line with the dash.
                QString nested;
                writeValue(nested, item, indent + 2);
                out += pad + u"- "_s + nested.mid(indent + 2);
            } else {
                out += pad + u"-\n"_s;
                writeValue(out, item, indent + 2);
            }
        }
    } else {
        out += pad + scalar(value) + u'\n';
    }
}

QByteArray YamlWriter::write(const QList<YamlValue> &documents)
{
    QString out;
    for (const YamlValue &document : documents) {
        out += u"---\n"_s;
        writeValue(out, document, 0);
    }
    return out.toUtf8();
}

} // namespace Clusterwright
