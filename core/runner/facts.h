// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QString>

#include <mutex>
#include <optional>

namespace Clusterwright {

// What steps captured during a run ("${cw:STEP:NAME}") and the placeholder
// filling built on it. Thread-safe: lanes write, other lanes and the desktop
// checks read.
class RunFacts
{
public:
    struct Value
    {
        QString text;
        bool secret = false;
        qint64 offsetMs = 0; // remote clock captures: remote minus desktop time
    };

    void set(const QString &step, const QString &name, const Value &value);
    std::optional<Value> get(const QString &step, const QString &name) const;
    // name -> (step -> value) for one capture name across steps ("hostname").
    QHash<QString, Value> byName(const QString &name) const;

    // Replaces every "${cw:STEP:NAME}" and "${cw:iface:NETWORK}" (resolved
    // from `node`'s captured `ip -j addr` and its designed addresses). Returns
    // nullopt and names the first unresolved placeholder in *missing.
    std::optional<QString> fill(const QString &text, const QString &node,
                                const QHash<QString, QString> &addressOnNetwork,
                                QString *missing) const;

    // Every placeholder in `text`: {"STEP:NAME", ...} and {"iface:NET", ...}.
    static QSet<QString> placeholders(const QString &text);

    // The device holding `address` in `ip -j addr` output, or empty.
    static QString deviceWithAddress(const QByteArray &ipJson, const QString &address);

private:
    mutable std::mutex m_mutex;
    QHash<QString, Value> m_values; // "STEP:NAME"
};

} // namespace Clusterwright
