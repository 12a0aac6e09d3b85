// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "validation/rulecontext_p.h"

#include <algorithm>

namespace Clusterwright {

using namespace Qt::StringLiterals;

// Text made only of digits and dots, or holding a colon, was meant as an IP
// literal: report the parser's reason rather than "not a host name".
bool looksLikeIpLiteral(const QString &text)
{
    if (text.contains(u':'))
        return true;
    return std::all_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c == u'.' || (c >= u'0' && c <= u'9'); });
}

QString objectPath(ObjectKind kind, int index)
{
    switch (kind) {
    case ObjectKind::Host:
        return u"hosts[%1]"_s.arg(index);
    case ObjectKind::Network:
        return u"networks[%1]"_s.arg(index);
    case ObjectKind::Node:
        return u"nodes[%1]"_s.arg(index);
    case ObjectKind::Vip:
        return u"vips[%1]"_s.arg(index);
    case ObjectKind::Storage:
        return u"storage[%1]"_s.arg(index);
    }
    return {};
}

QString cidrListPath(const QString &key, int index, int count)
{
    return count <= 1 ? u"cluster."_s + key : u"cluster.%1[%2]"_s.arg(key).arg(index);
}

QString kindNoun(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Host:
        return u"host"_s;
    case ObjectKind::Network:
        return u"network"_s;
    case ObjectKind::Node:
        return u"node"_s;
    case ObjectKind::Vip:
        return u"VIP"_s;
    case ObjectKind::Storage:
        return u"storage"_s;
    }
    return {};
}

QString describe(const IpPrefix &prefix)
{
    return prefix.toString();
}

bool isDnsLabel(const QString &text)
{
    if (text.isEmpty() || text.size() > 63)
        return false;
    for (const QChar c : text) {
        if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-'))
            return false;
    }
    return text.front() != u'-' && text.back() != u'-';
}

bool isHostName(const QString &text)
{
    if (text.isEmpty() || text.size() > 253)
        return false;
    const QList<QStringView> labels = QStringView(text).split(u'.');
    for (const QStringView label : labels) {
        if (label.isEmpty() || label.size() > 63 || label.front() == u'-' || label.back() == u'-')
            return false;
        for (const QChar c : label) {
            const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')
                            || (c >= u'0' && c <= u'9') || c == u'-';
            if (!ok)
                return false;
        }
    }
    return true;
}

RuleContext::RuleContext(const Topology &topology, QList<Finding> &findings)
    : topology(topology)
    , findings(findings)
{
    indexNames();
    parseAddresses();
    indexRoles();
}

void RuleContext::indexNames()
{
    auto index = [](const auto &list, QHash<QString, int> &hash) {
        hash.reserve(list.size());
        for (int i = 0; i < int(list.size()); ++i) {
            if (!list[i].name.isEmpty() && !hash.contains(list[i].name))
                hash.insert(list[i].name, i);
        }
    };
    index(topology.hosts, hostByName);
    index(topology.networks, networkByName);
    index(topology.nodes, nodeByName);
    index(topology.vips, vipByName);
    index(topology.storage, storageByName);
}

namespace {

// Where a parsed text sits, built only when it fails to parse: formatting paths
// and labels for every address would cost more than parsing them.
struct Site
{
    QString path;
    ObjectRef object;
    QString field;
    int network = -1;
};

template<typename MakeSite>
std::optional<IpAddress> parseAddress(QList<ParseProblem> &problems, const QString &text,
                                      MakeSite site)
{
    if (text.isEmpty())
        return std::nullopt;
    QString error;
    auto address = IpAddress::parse(text, &error);
    if (!address) {
        Site s = site();
        problems.append({s.path, s.object, s.field, text, error, s.network});
    }
    return address;
}

template<typename MakeSite>
std::optional<IpPrefix> parsePrefix(QList<ParseProblem> &problems, const QString &text,
                                    MakeSite site)
{
    QString error;
    auto prefix = IpPrefix::parse(text, &error);
    if (!prefix) {
        Site s = site();
        problems.append({s.path, s.object, s.field, text, error, s.network});
    }
    return prefix;
}

// An address that may also be a host name ("nas.lan").
template<typename MakeSite>
std::optional<IpAddress> parseHostOrAddress(QList<ParseProblem> &problems, const QString &text,
                                            MakeSite site)
{
    if (text.isEmpty() || (!looksLikeIpLiteral(text) && isHostName(text)))
        return std::nullopt;
    if (looksLikeIpLiteral(text))
        return parseAddress(problems, text, site);
    Site s = site();
    problems.append(
        {s.path, s.object, s.field, text, u"it is neither an IP address nor a host name"_s, -1});
    return std::nullopt;
}

} // namespace

void RuleContext::parseAddresses()
{
    const Topology &t = topology;
    QList<ParseProblem> &problems = parseProblems;
    hostAddresses.resize(t.hosts.size());
    for (int i = 0; i < int(t.hosts.size()); ++i) {
        hostAddresses[i] = parseHostOrAddress(problems, t.hosts[i].address, [&] {
            return Site{objectPath(ObjectKind::Host, i) + u".address"_s, ref(ObjectKind::Host, i),
                        u"the address of host %1"_s.arg(t.hosts[i].name)};
        });
    }

    networks.resize(t.networks.size());
    for (int i = 0; i < int(t.networks.size()); ++i) {
        const Network &n = t.networks[i];
        auto site = [&](const QString &field, const QString &what) {
            return [&, field, what] {
                return Site{objectPath(ObjectKind::Network, i) + field, ref(ObjectKind::Network, i),
                            what.arg(n.name)};
            };
        };
        ParsedNetwork &p = networks[i];
        p.prefix = parsePrefix(problems, n.cidr, site(u".cidr"_s, u"the CIDR of network %1"_s));
        if (p.prefix) {
            p.subnet = p.prefix->normalized();
            networkIndex.add(IpRange::fromPrefix(*p.subnet), i);
        }
        p.gateway = parseAddress(problems, n.gateway,
                                 site(u".gateway"_s, u"the gateway of network %1"_s));
        for (int d = 0; d < int(n.dns.size()); ++d) {
            p.dns.append(
                parseAddress(problems, n.dns[d],
                             site(u".dns[%1]"_s.arg(d),
                                  u"DNS server %1 of network %2"_s.arg(d + 1).arg(u"%1"_s))));
        }
    }
    networkIndex.build();

    nodes.resize(t.nodes.size());
    for (int i = 0; i < int(t.nodes.size()); ++i) {
        const Node &n = t.nodes[i];
        ParsedNode &p = nodes[i];
        p.host = n.host.isEmpty() ? -1 : hostByName.value(n.host, -1);
        p.jump = n.ssh.jump.isEmpty() ? -1 : nodeByName.value(n.ssh.jump, -1);
        p.interfaces.resize(n.interfaces.size());
        for (int k = 0; k < int(n.interfaces.size()); ++k) {
            const Interface &iface = n.interfaces[k];
            ParsedInterface &pi = p.interfaces[k];
            pi.network = networkByName.value(iface.network, -1);
            auto site = [&] {
                return Site{objectPath(ObjectKind::Node, i) + u".interfaces[%1].address"_s.arg(k),
                            ref(ObjectKind::Node, i),
                            u"the address of interface %1 of node %2"_s.arg(k + 1).arg(n.name),
                            pi.network};
            };
            if (iface.address.isEmpty()) {
                const Site s = site();
                problems.append({s.path, s.object, s.field, {}, u"it is empty"_s, s.network});
            } else {
                pi.address = parseAddress(problems, iface.address, site);
            }
        }
        p.sshAddress = parseHostOrAddress(problems, n.ssh.address, [&] {
            return Site{objectPath(ObjectKind::Node, i) + u".ssh.address"_s,
                        ref(ObjectKind::Node, i), u"the SSH address of node %1"_s.arg(n.name)};
        });
    }

    vips.resize(t.vips.size());
    for (int i = 0; i < int(t.vips.size()); ++i) {
        const Vip &v = t.vips[i];
        ParsedVip &p = vips[i];
        p.network = networkByName.value(v.network, -1);
        p.address = parseAddress(problems, v.address, [&] {
            return Site{objectPath(ObjectKind::Vip, i) + u".address"_s, ref(ObjectKind::Vip, i),
                        u"the address of VIP %1"_s.arg(v.name), p.network};
        });
        if (v.range.isEmpty())
            continue;
        QString error;
        p.range = IpRange::parse(v.range, &error);
        if (!p.range) {
            // "b-a" is reported by NET013 with a fix, not as unreadable text.
            const QStringList ends = v.range.split(u'-');
            const auto a = ends.size() == 2 ? IpAddress::parse(ends[0]) : std::nullopt;
            const auto b = ends.size() == 2 ? IpAddress::parse(ends[1]) : std::nullopt;
            if (a && b && a->family() == b->family() && *b < *a)
                p.rangeReversed = true;
            else
                problems.append({objectPath(ObjectKind::Vip, i) + u".range"_s,
                                 ref(ObjectKind::Vip, i), u"the range of VIP %1"_s.arg(v.name),
                                 v.range, error, -1});
        } else if (v.purpose == VipPurpose::LoadBalancer) {
            lbIndex.add(*p.range, i);
        }
    }
    lbIndex.build();

    storage.resize(t.storage.size());
    for (int i = 0; i < int(t.storage.size()); ++i) {
        const Storage &s = t.storage[i];
        storage[i].network = networkByName.value(s.network, -1);
        storage[i].server = parseHostOrAddress(problems, s.server, [&] {
            return Site{objectPath(ObjectKind::Storage, i) + u".server"_s,
                        ref(ObjectKind::Storage, i), u"the server of storage %1"_s.arg(s.name)};
        });
    }

    auto parseCidrs = [&](const QStringList &texts, const QString &key, const QString &what) {
        QList<std::optional<IpPrefix>> out;
        for (int i = 0; i < int(texts.size()); ++i) {
            out.append(parsePrefix(problems, texts[i], [&] {
                return Site{cidrListPath(key, i, int(texts.size())), {}, what};
            }));
        }
        return out;
    };
    podCidrs = parseCidrs(t.cluster.podCidrs, u"podCidr"_s, u"the pod CIDR"_s);
    serviceCidrs = parseCidrs(t.cluster.serviceCidrs, u"serviceCidr"_s, u"the service CIDR"_s);
}

void RuleContext::indexRoles()
{
    const bool external = topology.cluster.etcd == EtcdMode::External;
    nodesOnNetwork.resize(topology.networks.size());
    schedulableOnNetwork.fill(0, topology.networks.size());
    controlPlanesOnNetwork.fill(0, topology.networks.size());
    for (int i = 0; i < int(topology.nodes.size()); ++i) {
        const Node &n = topology.nodes[i];
        ParsedNode &p = nodes[i];
        p.controlPlane = n.hasRole(Role::ControlPlane);
        p.schedulable = n.hasRole(Role::Worker);
        p.kubeNode = p.controlPlane || p.schedulable || n.hasRole(Role::Storage);
        p.etcdMember = external ? n.hasRole(Role::Etcd) : p.controlPlane;
        if (p.controlPlane)
            controlPlanes.append(i);
        if (p.schedulable)
            schedulable.append(i);
        if (p.etcdMember)
            etcdMembers.append(i);
        if (p.kubeNode)
            ++kubeNodeCount;
        for (int k = 0; k < int(p.interfaces.size()); ++k) {
            const int net = p.interfaces[k].network;
            bool seen = net < 0;
            for (int e = 0; e < k && !seen; ++e)
                seen = p.interfaces[e].network == net;
            if (seen)
                continue;
            nodesOnNetwork[net].append(i);
            if (p.schedulable)
                ++schedulableOnNetwork[net];
            if (p.controlPlane)
                ++controlPlanesOnNetwork[net];
        }
    }
}

bool RuleContext::isAttached(int node, int network) const
{
    for (const ParsedInterface &iface : nodes[node].interfaces) {
        if (iface.network == network)
            return true;
    }
    return false;
}

Finding &RuleContext::add(const QString &ruleId, const QString &message,
                          const QList<ObjectRef> &objects, const QString &path)
{
    const RuleInfo *info = findRule(ruleId);
    Q_ASSERT_X(info, "RuleContext::add", "undocumented rule id");
    Finding finding;
    finding.ruleId = ruleId;
    finding.severity = info ? info->severity : Severity::Error;
    finding.message = message;
    finding.objects = objects;
    finding.path = path;
    findings.append(std::move(finding));
    return findings.last();
}

ObjectRef RuleContext::ref(ObjectKind kind, int index) const
{
    QString name;
    switch (kind) {
    case ObjectKind::Host:
        name = topology.hosts.value(index).name;
        break;
    case ObjectKind::Network:
        name = topology.networks.value(index).name;
        break;
    case ObjectKind::Node:
        name = topology.nodes.value(index).name;
        break;
    case ObjectKind::Vip:
        name = topology.vips.value(index).name;
        break;
    case ObjectKind::Storage:
        name = topology.storage.value(index).name;
        break;
    }
    return {kind, name, index};
}

} // namespace Clusterwright
