// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "runner/facts.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Clusterwright {
namespace {

const QRegularExpression &placeholderPattern()
{
    // STEP is "node/action"; NAME is a plain word.
    static const QRegularExpression pattern(u"\\$\\{cw:([A-Za-z0-9._/-]+):([A-Za-z0-9._-]+)\\}"_s);
    return pattern;
}

QString addressOnly(const QString &address)
{
    const qsizetype slash = address.indexOf(u'/');
    return slash < 0 ? address : address.left(slash);
}

} // namespace

void RunFacts::set(const QString &step, const QString &name, const Value &value)
{
    std::lock_guard lock(m_mutex);
    m_values.insert(step + u':' + name, value);
}

std::optional<RunFacts::Value> RunFacts::get(const QString &step, const QString &name) const
{
    std::lock_guard lock(m_mutex);
    const auto it = m_values.constFind(step + u':' + name);
    if (it == m_values.cend())
        return std::nullopt;
    return *it;
}

QHash<QString, RunFacts::Value> RunFacts::byName(const QString &name) const
{
    std::lock_guard lock(m_mutex);
    QHash<QString, Value> result;
    const QString suffix = u':' + name;
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
        if (it.key().endsWith(suffix))
            result.insert(it.key().chopped(suffix.size()), it.value());
    }
    return result;
}

std::optional<QString> RunFacts::fill(const QString &text, const QString &node,
                                      const QHash<QString, QString> &addressOnNetwork,
                                      QString *missing) const
{
    QString result;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        result += QStringView(text).mid(last, match.capturedStart() - last);
        last = match.capturedEnd();
        const QString step = match.captured(1);
        const QString name = match.captured(2);
        QString value;
        if (step == u"iface") {
            const std::optional<Value> ip = get(node + u"/preflight"_s, u"ip-addr"_s);
            const QString address = addressOnly(addressOnNetwork.value(name));
            if (ip && !address.isEmpty())
                value = deviceWithAddress(ip->text.toUtf8(), address);
            if (value.isEmpty()) {
                if (missing)
                    *missing
                        = u"${cw:iface:%1} (no device on %2 holds its designed address %3)"_s.arg(
                            name, node, address);
                return std::nullopt;
            }
        } else {
            const std::optional<Value> captured = get(step, name);
            if (!captured) {
                if (missing)
                    *missing = u"${cw:%1:%2}"_s.arg(step, name);
                return std::nullopt;
            }
            value = captured->text;
        }
        result += value;
    }
    result += QStringView(text).mid(last);
    return result;
}

QSet<QString> RunFacts::placeholders(const QString &text)
{
    QSet<QString> result;
    QRegularExpressionMatchIterator it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        result.insert(match.captured(1) + u':' + match.captured(2));
    }
    return result;
}

QString RunFacts::deviceWithAddress(const QByteArray &ipJson, const QString &address)
{
    const QJsonArray links = QJsonDocument::fromJson(ipJson).array();
    for (const QJsonValue &link : links) {
        const QJsonObject object = link.toObject();
        for (const QJsonValue &info : object.value(u"addr_info"_s).toArray()) {
            if (info.toObject().value(u"local"_s).toString() == address)
                return object.value(u"ifname"_s).toString();
        }
    }
    return {};
}

} // namespace Clusterwright
