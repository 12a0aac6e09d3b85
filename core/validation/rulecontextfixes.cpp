// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
// The parts of RuleContext that only fixes need, built on first use so a
// valid design pays nothing for them.
#include "validation/rulecontext_p.h"

#include <algorithm>

namespace Clusterwright {

using namespace Qt::StringLiterals;

namespace {

Uint128 familyMax(IpFamily family)
{
    return family == IpFamily::V4 ? Uint128(0xffffffffu) : ~Uint128(0);
}

QString referenceKey(ObjectKind kind, const QString &name)
{
    return kindNoun(kind) + u':' + name;
}

} // namespace

void RuleContext::buildUsedAddresses()
{
    m_usedBuilt = true;
    auto single = [this](const std::optional<IpAddress> &a) {
        if (a)
            m_used.emplace_back(*a, *a);
    };
    for (const auto &a : hostAddresses)
        single(a);
    for (const ParsedNetwork &n : networks) {
        single(n.gateway);
        for (const auto &d : n.dns)
            single(d);
    }
    for (const ParsedNode &n : nodes) {
        for (const ParsedInterface &i : n.interfaces)
            single(i.address);
        single(n.sshAddress);
    }
    for (const ParsedVip &v : vips) {
        single(v.address);
        if (v.range)
            m_used.emplace_back(v.range->first(), v.range->last());
    }
    for (const ParsedStorage &s : storage)
        single(s.server);

    std::sort(m_used.begin(), m_used.end());
    std::vector<std::pair<IpAddress, IpAddress>> merged;
    for (const auto &span : m_used) {
        if (!merged.empty()) {
            auto &back = merged.back();
            const bool sameFamily = back.second.family() == span.first.family();
            if (sameFamily
                && (back.second.value() == familyMax(back.second.family())
                    || span.first.value() <= back.second.value() + 1)) {
                back.second = std::max(back.second, span.second);
                continue;
            }
        }
        merged.push_back(span);
    }
    m_used = std::move(merged);
}

std::optional<IpAddress> RuleContext::suggestFreeAddress(const IpPrefix &subnet)
{
    if (!m_usedBuilt)
        buildUsedAddresses();
    const IpPrefix net = subnet.normalized();
    const IpFamily family = net.family();
    const int hostBits = net.address().bitWidth() - net.length();
    // Skip the network address, and the IPv4 broadcast, except in /31 and /32.
    Uint128 lo = net.network().value();
    Uint128 hi = net.last().value();
    if (hostBits >= 2) {
        ++lo;
        if (family == IpFamily::V4)
            --hi;
    }
    const QString key = describe(net);
    Uint128 candidate = std::max(lo, m_cursor.value(key, lo));
    while (candidate <= hi) {
        const IpAddress address(family, candidate);
        auto it
            = std::upper_bound(m_used.begin(), m_used.end(), address,
                               [](const IpAddress &a, const auto &span) { return a < span.first; });
        if (it != m_used.begin() && std::prev(it)->second >= address) {
            const Uint128 end = std::prev(it)->second.value();
            if (end >= hi)
                break;
            candidate = end + 1;
            continue;
        }
        m_cursor.insert(key, candidate + 1);
        return address;
    }
    m_cursor.insert(key, hi);
    return std::nullopt;
}

void RuleContext::buildReferences()
{
    m_referencesBuilt = true;
    const Topology &t = topology;
    for (int i = 0; i < int(t.nodes.size()); ++i) {
        const Node &n = t.nodes[i];
        const QString path = objectPath(ObjectKind::Node, i);
        if (!n.host.isEmpty())
            m_references[referenceKey(ObjectKind::Host, n.host)].append(path + u".host"_s);
        if (!n.ssh.jump.isEmpty())
            m_references[referenceKey(ObjectKind::Node, n.ssh.jump)].append(path + u".ssh.jump"_s);
        for (int k = 0; k < int(n.interfaces.size()); ++k) {
            m_references[referenceKey(ObjectKind::Network, n.interfaces[k].network)].append(
                path + u".interfaces[%1].network"_s.arg(k));
        }
    }
    for (int i = 0; i < int(t.vips.size()); ++i) {
        m_references[referenceKey(ObjectKind::Network, t.vips[i].network)].append(
            objectPath(ObjectKind::Vip, i) + u".network"_s);
    }
    for (int i = 0; i < int(t.storage.size()); ++i) {
        const Storage &s = t.storage[i];
        const QString path = objectPath(ObjectKind::Storage, i);
        if (!s.network.isEmpty())
            m_references[referenceKey(ObjectKind::Network, s.network)].append(path + u".network"_s);
        for (int k = 0; k < int(s.nodes.size()); ++k) {
            m_references[referenceKey(ObjectKind::Node, s.nodes[k])].append(
                path + u".nodes[%1]"_s.arg(k));
        }
    }
    if (!t.cluster.controlPlaneEndpoint.isEmpty()) {
        m_references[referenceKey(ObjectKind::Vip, t.cluster.controlPlaneEndpoint)].append(
            u"cluster.controlPlaneEndpoint"_s);
    }
}

QList<FieldEdit> RuleContext::renameEdits(ObjectKind kind, int index, const QString &newName)
{
    if (!m_referencesBuilt)
        buildReferences();
    QList<FieldEdit> edits{{objectPath(kind, index) + u".name"_s, newName}};
    const QString oldName = ref(kind, index).name;
    if (oldName.isEmpty())
        return edits;
    const QStringList paths = m_references.value(referenceKey(kind, oldName));
    for (const QString &path : paths)
        edits.append({path, newName});
    return edits;
}

QString RuleContext::unusedName(ObjectKind kind, const QString &base)
{
    const QHash<QString, int> *names = nullptr;
    switch (kind) {
    case ObjectKind::Host:
        names = &hostByName;
        break;
    case ObjectKind::Network:
        names = &networkByName;
        break;
    case ObjectKind::Node:
        names = &nodeByName;
        break;
    case ObjectKind::Vip:
        names = &vipByName;
        break;
    case ObjectKind::Storage:
        names = &storageByName;
        break;
    }
    // Names handed out by earlier suggestions count as taken too.
    auto taken = [&](const QString &name) {
        return names->contains(name) || m_suggestedNames.contains(referenceKey(kind, name));
    };
    QString candidate = base;
    for (int n = 2; taken(candidate); ++n)
        candidate = u"%1-%2"_s.arg(base).arg(n);
    m_suggestedNames.insert(referenceKey(kind, candidate));
    return candidate;
}

} // namespace Clusterwright
