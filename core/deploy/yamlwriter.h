// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

namespace Clusterwright {

// A tiny YAML value tree for generated files. Strings are ALWAYS emitted
// double-quoted, so "yes", "010" or "1.30" can never be reinterpreted as a
// bool or number by kubeadm or kubectl; only integers and booleans are plain.
class YamlValue
{
public:
    enum class Kind { String, Int, Bool, Map, List };

    YamlValue()
        : m_kind(Kind::Map)
    {}
    YamlValue(const QString &text)
        : m_kind(Kind::String)
        , m_string(text)
    {}
    YamlValue(const char16_t *text)
        : m_kind(Kind::String)
        , m_string(QString::fromUtf16(text))
    {}
    YamlValue(int number)
        : m_kind(Kind::Int)
        , m_int(number)
    {}
    YamlValue(bool flag)
        : m_kind(Kind::Bool)
        , m_bool(flag)
    {}

    static YamlValue map(std::vector<std::pair<QString, YamlValue>> entries = {});
    static YamlValue list(std::vector<YamlValue> items = {});
    static YamlValue stringList(const QStringList &items);

    // Appends to a map or list; ignored for scalars.
    YamlValue &insert(const QString &key, YamlValue value);
    YamlValue &append(YamlValue value);

    Kind kind() const { return m_kind; }
    bool isScalar() const { return m_kind != Kind::Map && m_kind != Kind::List; }
    bool isEmptyCollection() const;

private:
    friend class YamlWriter;
    Kind m_kind;
    QString m_string;
    int m_int = 0;
    bool m_bool = false;
    std::vector<std::pair<QString, YamlValue>> m_entries;
    std::vector<YamlValue> m_items;
};

class YamlWriter
{
public:
    // One or more documents separated by "---".
    static QByteArray write(const QList<YamlValue> &documents);
    static QByteArray write(const YamlValue &document) { return write(QList<YamlValue>{document}); }
    // The double-quoted YAML form of a string (also valid JSON).
    static QString quote(const QString &text);

private:
    static void writeValue(QString &out, const YamlValue &value, int indent);
    static QString scalar(const YamlValue &value);
    static QString key(const QString &text);
};

} // namespace Clusterwright
