// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

// Internal to core/format: the one header that names yaml-cpp types. The public
// API (topologyformat.h) stays free of them because cwcore links yaml-cpp PRIVATE.

#include "format/topologyformat.h"
#include "model/enums.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <yaml-cpp/node/node.h>

#include <functional>
#include <optional>

namespace Clusterwright {

class SourceText;

// Typed access to a yaml-cpp tree: every value that has the wrong type, spelling
// or range becomes a diagnostic with its position, and every field read is
// recorded in the source map.
class YamlReader
{
public:
    using Reader = std::function<void(const YAML::Node &value, const QString &path)>;
    enum class Need { Optional, Required };

    // One known key of a map. A null value counts as absent.
    struct Field
    {
        QString key;
        Need need = Need::Optional;
        Reader read;
        bool isName = false; // a written "~" or "null" is an error, not "absent"
    };

    YamlReader(const SourceText &source, LoadResult &result);

    // Reads a map of `fields`; warns about other keys, reports missing required ones.
    // `what` names the map in messages ("host").
    void readMap(const YAML::Node &node, const QString &path, const QString &what,
                 const QList<Field> &fields);
    void readList(const YAML::Node &node, const QString &path, const QString &what,
                  const Reader &readItem);

    // Field makers for readMap().
    Field text(const QString &key, QString *out, Need need = Need::Optional);
    Field name(const QString &key, QString *out, Need need = Need::Optional);
    Field integer(const QString &key, IntRange range, std::optional<int> *out);
    Field integer(const QString &key, IntRange range, int *out, Need need);
    Field decimal(const QString &key, double *out, Need need);
    Field textList(const QString &key, const QString &what, QStringList *out, bool names);
    Field textOrList(const QString &key, QStringList *out); // "a" or [a, b]
    Field list(const QString &key, const QString &what, const Reader &readItem);
    Field map(const QString &key, const Reader &read, Need need = Need::Optional);
    template<typename E>
    Field enumeration(const QString &key, E *out, Need need = Need::Optional);
    template<typename E>
    Field enumList(const QString &key, const QString &what, QList<E> *out);

    // Value readers; each reports its own errors and returns nullopt on one.
    std::optional<QString> readText(const YAML::Node &node, const QString &key);
    std::optional<QString> readName(const YAML::Node &node, const QString &key);
    std::optional<qint64> readInteger(const YAML::Node &node, const QString &key, IntRange range);
    std::optional<double> readDecimal(const YAML::Node &node, const QString &key);
    std::optional<int> readSpelling(const YAML::Node &node, const QString &key,
                                    const QStringList &spellings);

    void error(const YAML::Node &node, const QString &message);
    void warning(const YAML::Node &node, const QString &message);
    void record(const QString &path, const YAML::Node &node);
    bool stopped() const { return m_stopped; }
    QString describe(const YAML::Node &node) const;

private:
    void report(Diagnostic::Severity severity, const YAML::Node &node, const QString &message);
    QString nullSpelling(const YAML::Node &node) const;
    SourceLocation location(const YAML::Node &node) const;

    const SourceText &m_source;
    LoadResult &m_result;
    bool m_stopped = false;
};

template<typename E>
YamlReader::Field YamlReader::enumeration(const QString &key, E *out, Need need)
{
    return {key, need, [this, key, out](const YAML::Node &value, const QString &) {
                const QStringList spellings = enumSpellings<E>();
                if (const auto index = readSpelling(value, key, spellings))
                    *out = *enumFromString<E>(spellings[*index]);
            }};
}

template<typename E>
YamlReader::Field YamlReader::enumList(const QString &key, const QString &what, QList<E> *out)
{
    return list(key, what, [this, key, out](const YAML::Node &item, const QString &) {
        const QStringList spellings = enumSpellings<E>();
        if (const auto index = readSpelling(item, key, spellings))
            out->append(*enumFromString<E>(spellings[*index]));
    });
}

} // namespace Clusterwright
