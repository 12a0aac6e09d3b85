// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
// Where the deploy engine connects to: the control-plane endpoint and SSH jumps.
#include "validation/rulecontext_p.h"

namespace Clusterwright {

using namespace Qt::StringLiterals;

namespace {

bool checkHost(const QString &host, QString *why)
{
    if (host.isEmpty()) {
        *why = u"the host part is empty"_s;
        return false;
    }
    if (looksLikeIpLiteral(host)) {
        QString error;
        if (IpAddress::parse(host, &error))
            return true;
        *why = u"\"%1\" is not a valid address: %2"_s.arg(host, error);
        return false;
    }
    if (isHostName(host))
        return true;
    *why = u"\"%1\" is not a valid host name"_s.arg(host);
    return false;
}

bool checkPort(const QString &port, QString *why)
{
    bool ok = port.size() <= 5 && !port.isEmpty();
    for (const QChar c : port)
        ok = ok && c >= u'0' && c <= u'9';
    const int value = ok ? port.toInt() : 0;
    if (value >= 1 && value <= 65535)
        return true;
    *why = u"the port \"%1\" is not a number from 1 to 65535"_s.arg(port);
    return false;
}

// A single word: no dot, colon, bracket or '@'. Taken as the name of an object.
bool isBareWord(const QString &text)
{
    for (const QChar c : text) {
        if (c == u'.' || c == u':' || c == u'[' || c == u'@')
            return false;
    }
    return true;
}

} // namespace

bool isHostPort(const QString &text, QString *why)
{
    if (text.isEmpty()) {
        *why = u"it is empty"_s;
        return false;
    }
    if (text.startsWith(u'[')) {
        const qsizetype close = text.indexOf(u']');
        if (close < 0) {
            *why = u"the '[' is not closed"_s;
            return false;
        }
        QString error;
        const auto address = IpAddress::parse(QStringView(text).mid(1, close - 1), &error);
        if (!address || address->isV4()) {
            *why = address ? u"brackets are only for IPv6 addresses"_s
                           : u"\"%1\" is not a valid IPv6 address: %2"_s.arg(text.mid(1, close - 1),
                                                                             error);
            return false;
        }
        const QString rest = text.mid(close + 1);
        if (rest.isEmpty())
            return true;
        if (!rest.startsWith(u':')) {
            *why = u"only \":port\" may follow the ']'"_s;
            return false;
        }
        return checkPort(rest.mid(1), why);
    }
    const qsizetype colons = text.count(u':');
    if (colons > 1) {
        QString error;
        if (IpAddress::parse(text, &error))
            return true;
        *why = u"it is not a valid IPv6 address (%1); write [address]:port to add a port"_s.arg(
            error);
        return false;
    }
    if (colons == 1) {
        const qsizetype colon = text.indexOf(u':');
        return checkHost(text.left(colon), why) && checkPort(text.mid(colon + 1), why);
    }
    return checkHost(text, why);
}

void checkEndpointName(RuleContext &ctx)
{
    const QString &endpoint = ctx.topology.cluster.controlPlaneEndpoint;
    if (endpoint.isEmpty() || ctx.vipByName.contains(endpoint))
        return;
    const QString path = u"cluster.controlPlaneEndpoint"_s;
    if (isBareWord(endpoint)) {
        Finding &f = ctx.add(
            u"NAME005"_s,
            u"The control-plane endpoint \"%1\" names no VIP. A single word is "
            u"read as the name of a VIP; a host needs its full name or address."_s.arg(endpoint),
            {}, path);
        QString apiVip;
        int apiVips = 0;
        for (int i = 0; i < int(ctx.topology.vips.size()); ++i) {
            if (ctx.topology.vips[i].purpose == VipPurpose::ApiEndpoint) {
                ++apiVips;
                apiVip = ctx.topology.vips[i].name;
            }
        }
        if (apiVips == 1 && !apiVip.isEmpty()) {
            f.suggestion = u"Use the API VIP %1."_s.arg(apiVip);
            f.fix = {{path, apiVip}};
        }
        return;
    }
    QString why;
    if (!isHostPort(endpoint, &why)) {
        ctx.add(u"NAME005"_s,
                u"The control-plane endpoint \"%1\" is neither a VIP name nor host[:port]: %2."_s
                    .arg(endpoint, why),
                {}, path)
            .suggestion
            = u"Write it as a host name or address with an optional port, such as api.lan:6443."_s;
    }
}

void checkJumps(RuleContext &ctx)
{
    const Topology &t = ctx.topology;
    int bastion = -1;
    int bastions = 0;
    for (int i = 0; i < int(t.nodes.size()); ++i) {
        if (t.nodes[i].hasRole(Role::Bastion)) {
            bastion = i;
            ++bastions;
        }
    }
    for (int i = 0; i < int(t.nodes.size()); ++i) {
        const QString &jump = t.nodes[i].ssh.jump;
        if (jump.isEmpty() || ctx.nodes[i].jump >= 0 || !isBareWord(jump))
            continue;
        const QString path = objectPath(ObjectKind::Node, i) + u".ssh.jump"_s;
        Finding &f = ctx.add(u"NAME006"_s,
                             u"Node %1 connects through \"%2\", which is not a node. A single word "
                             u"names a node; a machine outside the design needs its full name or "
                             u"address."_s.arg(t.nodes[i].name, jump),
                             {ctx.ref(ObjectKind::Node, i)}, path);
        QString guess;
        for (auto it = ctx.nodeByName.cbegin(); it != ctx.nodeByName.cend() && guess.isEmpty();
             ++it) {
            if (it.key().compare(jump, Qt::CaseInsensitive) == 0)
                guess = it.key();
        }
        if (guess.isEmpty() && bastions == 1 && bastion != i)
            guess = t.nodes[bastion].name;
        if (!guess.isEmpty()) {
            f.suggestion = u"Use %1."_s.arg(guess);
            f.fix = {{path, guess}};
        }
    }

    // Each node has at most one jump, so following them from every node once is O(n).
    enum : char { Unvisited, OnWalk, Done };
    std::vector<char> state(t.nodes.size(), Unvisited);
    QList<int> walk;
    for (int start = 0; start < int(t.nodes.size()); ++start) {
        walk.clear();
        int at = start;
        while (at >= 0 && state[at] == Unvisited) {
            state[at] = OnWalk;
            walk.append(at);
            at = ctx.nodes[at].jump;
        }
        if (at >= 0 && state[at] == OnWalk) {
            const QList<int> loop = walk.mid(walk.indexOf(at));
            int first = loop.front();
            for (int n : loop)
                first = std::min(first, n);
            QList<ObjectRef> objects{ctx.ref(ObjectKind::Node, first)};
            QStringList chain;
            int fixNode = -1;
            for (int k = 0, n = first; k <= int(loop.size()); ++k, n = ctx.nodes[n].jump) {
                chain.append(t.nodes[n].name);
                if (k > 0 && k < int(loop.size()))
                    objects.append(ctx.ref(ObjectKind::Node, n));
                if (k < int(loop.size()) && fixNode < 0 && t.nodes[n].hasRole(Role::Bastion))
                    fixNode = n;
            }
            Finding &f = ctx.add(
                u"NAME007"_s,
                loop.size() == 1
                    ? u"Node %1 connects through itself, so it can never be reached."_s.arg(
                        t.nodes[first].name)
                    : u"The SSH jumps %1 form a loop, so none of these nodes can be reached."_s.arg(
                        chain.join(u" → "_s)),
                objects, objectPath(ObjectKind::Node, first) + u".ssh.jump"_s);
            if (fixNode >= 0) {
                f.suggestion = u"Let the bastion %1 be reached directly: clear its jump."_s.arg(
                    t.nodes[fixNode].name);
                f.fix = {{objectPath(ObjectKind::Node, fixNode) + u".ssh.jump"_s, QString()}};
            } else {
                f.suggestion = u"Clear the jump of the node that can be reached directly."_s;
            }
        }
        for (int n : walk)
            state[n] = Done;
    }
}

} // namespace Clusterwright
