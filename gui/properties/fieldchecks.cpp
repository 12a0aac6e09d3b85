// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "properties/fieldchecks.h"

#include "net/iprange.h"

#include <QRegularExpression>

namespace Clusterwright {

QStringList FieldChecks::splitList(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

QString FieldChecks::address(const QString &text, bool required)
{
    if (text.isEmpty())
        return required ? tr("An address is required.") : QString();
    QString error;
    if (!IpAddress::parse(text, &error))
        return error;
    return {};
}

QString FieldChecks::addressIn(const QString &text, const Topology &t, const QString &network,
                               bool required)
{
    if (QString error = address(text, required); !error.isEmpty() || text.isEmpty())
        return error;
    const int index = t.networkIndex(network);
    if (index < 0)
        return {};
    const auto prefix = IpPrefix::parse(t.networks[index].cidr);
    if (prefix && !prefix->normalized().contains(*IpAddress::parse(text)))
        return tr("%1 is not in %2 (%3).").arg(text, network, t.networks[index].cidr);
    return {};
}

QString FieldChecks::addressList(const QString &text)
{
    for (const QString &part : splitList(text)) {
        if (QString error = address(part); !error.isEmpty())
            return tr("%1: %2").arg(part, error);
    }
    return {};
}

QString FieldChecks::cidr(const QString &text)
{
    if (text.isEmpty())
        return tr("A CIDR such as 192.168.1.0/24 is required.");
    QString error;
    const auto prefix = IpPrefix::parse(text, &error);
    if (!prefix)
        return error;
    if (prefix->hasHostBits())
        return tr("%1 has host bits set; the network is %2.")
            .arg(text, prefix->normalized().toString());
    return {};
}

QString FieldChecks::cidrList(const QString &text)
{
    const QStringList parts = splitList(text);
    if (parts.isEmpty())
        return tr("At least one CIDR is required.");
    if (parts.size() > 2)
        return tr("At most two CIDRs (one IPv4, one IPv6) are allowed.");
    for (const QString &part : parts) {
        if (QString error = cidr(part); !error.isEmpty())
            return error;
    }
    if (parts.size() == 2
        && IpPrefix::parse(parts[0])->family() == IpPrefix::parse(parts[1])->family())
        return tr("Dual-stack needs one IPv4 and one IPv6 CIDR.");
    return {};
}

QString FieldChecks::range(const QString &text)
{
    if (text.isEmpty())
        return tr("A range such as 192.168.1.200-192.168.1.250 is required.");
    QString error;
    if (!IpRange::parse(text, &error))
        return error;
    return {};
}

QString FieldChecks::kubernetesVersion(const QString &text)
{
    static const QRegularExpression version(QStringLiteral("^v\\d+\\.\\d+\\.\\d+$"));
    if (!version.match(text).hasMatch())
        return tr("Use a version such as v1.30.0.");
    return {};
}

QString FieldChecks::dnsDomain(const QString &text)
{
    static const QRegularExpression domain(
        QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"));
    if (!domain.match(text).hasMatch())
        return tr("Use a DNS domain such as cluster.local.");
    return {};
}

QString FieldChecks::nodeList(const QString &text, const Topology &t)
{
    for (const QString &name : splitList(text)) {
        if (t.nodeIndex(name) < 0)
            return tr("There is no node named %1.").arg(name);
    }
    return {};
}

} // namespace Clusterwright
