// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
// SSH rules: can the deploy engine reach every node, and at the right machine.
#include "validation/rulecontext_p.h"

namespace Clusterwright {

using namespace Qt::StringLiterals;

QList<RuleInfo> sshRules()
{
    return {
        {u"SSH001"_s, Severity::Error, u"A node has no address to reach it"_s,
         u"Every node needs an ssh.address or at least one interface (whose address is used)."_s,
         u"The deploy engine connects over SSH; a node without an address cannot be installed."_s,
         u"Add an interface, or set ssh.address."_s},
        {u"SSH002"_s, Severity::Error, u"An SSH port is out of range"_s,
         u"ssh.port must be between 1 and 65535."_s,
         u"No connection can be made to another port; the deployment fails at its first step."_s,
         u"Use 22 unless sshd listens elsewhere."_s},
        {u"SSH003"_s, Severity::Error, u"An SSH address belongs to something else"_s,
         u"A node's ssh.address must not be another node's interface address or a VIP."_s,
         u"The engine would install this node's packages and certificates on another machine, "
         u"or on whichever node holds the VIP at that moment."_s,
         u"Use the node's own address; the fix clears ssh.address so the first interface is "
         u"used."_s},
        {u"SSH004"_s, Severity::Error, u"An SSH jump is not [user@]host[:port]"_s,
         u"A node's ssh.jump that does not name a node must be [user@]host[:port] with a valid "
         u"host name or address and port."_s,
         u"The jump is turned into a connection to the bastion; a malformed one fails every "
         u"connection behind it."_s,
         u"Name the bastion node, or correct the host and port."_s},
    };
}

void checkSsh(RuleContext &ctx)
{
    const Topology &t = ctx.topology;
    // Interface addresses by owner, to spot an ssh.address pointing at another node.
    QHash<IpAddress, int> owner;
    owner.reserve(t.nodes.size());
    for (int i = 0; i < int(t.nodes.size()); ++i) {
        for (const ParsedInterface &iface : ctx.nodes[i].interfaces) {
            if (iface.address && !owner.contains(*iface.address))
                owner.insert(*iface.address, i);
        }
    }
    QHash<IpAddress, int> vipAt;
    for (int i = 0; i < int(t.vips.size()); ++i) {
        if (ctx.vips[i].address)
            vipAt.insert(*ctx.vips[i].address, i);
    }

    for (int i = 0; i < int(t.nodes.size()); ++i) {
        const Node &n = t.nodes[i];
        const bool noAddress = n.ssh.address.isEmpty() && n.interfaces.isEmpty();
        const bool badPort = n.ssh.port && (*n.ssh.port < 1 || *n.ssh.port > 65535);
        const bool oddJump = !n.ssh.jump.isEmpty() && ctx.nodes[i].jump < 0;
        if (!noAddress && !badPort && !oddJump && !ctx.nodes[i].sshAddress)
            continue; // the common case: nothing to format
        const QString path = objectPath(ObjectKind::Node, i) + u".ssh."_s;
        const QList<ObjectRef> self{ctx.ref(ObjectKind::Node, i)};
        if (noAddress) {
            ctx.add(
                   u"SSH001"_s,
                   u"Node %1 has neither an SSH address nor an interface, so it cannot be reached."_s
                       .arg(n.name),
                   self, path + u"address"_s)
                .suggestion
                = u"Add an interface on one of the networks."_s;
        }
        if (badPort) {
            Finding &f
                = ctx.add(u"SSH002"_s,
                          u"Node %1 uses SSH port %2; ports run from 1 to 65535."_s.arg(n.name).arg(
                              *n.ssh.port),
                          self, path + u"port"_s);
            f.suggestion = u"Use 22."_s;
            f.fix = {{path + u"port"_s, u"22"_s}};
        }
        if (const auto &address = ctx.nodes[i].sshAddress) {
            const int other = owner.value(*address, -1);
            const int vip = vipAt.value(*address, -1);
            const int pool = ctx.lbIndex.find(*address);
            QString what;
            QList<ObjectRef> objects = self;
            if (other >= 0 && other != i) {
                what = u"interface address of node %1"_s.arg(t.nodes[other].name);
                objects.append(ctx.ref(ObjectKind::Node, other));
            } else if (vip >= 0 || pool >= 0) {
                const int v = vip >= 0 ? vip : pool;
                what = u"address of VIP %1, which moves between nodes"_s.arg(t.vips[v].name);
                objects.append(ctx.ref(ObjectKind::Vip, v));
            }
            if (!what.isEmpty()) {
                Finding &f = ctx.add(
                    u"SSH003"_s,
                    u"The SSH address %1 of node %2 is the %3."_s.arg(n.ssh.address, n.name, what),
                    objects, path + u"address"_s);
                if (!n.interfaces.isEmpty()) {
                    f.suggestion
                        = u"Clear it, so the address of the node's first interface is used."_s;
                    f.fix = {{path + u"address"_s, QString()}};
                }
            }
        }
        const QString &jump = n.ssh.jump;
        if (jump.isEmpty() || ctx.nodes[i].jump >= 0)
            continue;
        const bool word = !jump.contains(u'.') && !jump.contains(u':') && !jump.contains(u'[')
                          && !jump.contains(u'@');
        if (word)
            continue; // NAME006
        const qsizetype at = jump.lastIndexOf(u'@');
        const QString user = at >= 0 ? jump.left(at) : QString();
        const QString hostPort = at >= 0 ? jump.mid(at + 1) : jump;
        auto plain = [](QStringView text, QStringView extra) {
            for (const QChar c : text) {
                const bool alnum = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')
                                   || (c >= u'0' && c <= u'9');
                if (!alnum && !extra.contains(c))
                    return false;
            }
            return true;
        };
        // Unsafe characters are NAME008's; report each value once.
        if (jump.startsWith(u'-') || !plain(jump, u"._-@:[]"))
            continue;
        QString why;
        if (at >= 0 && (user.isEmpty() || !plain(user, u"._-")))
            why = u"\"%1\" is not a valid user name"_s.arg(user);
        else
            isHostPort(hostPort, &why);
        if (!why.isEmpty()) {
            ctx.add(u"SSH004"_s,
                    u"The SSH jump \"%1\" of node %2 is not [user@]host[:port]: %3."_s.arg(
                        jump, n.name, why),
                    self, path + u"jump"_s)
                .suggestion
                = u"Write it like admin@bastion.lan:22, or name the bastion node."_s;
        }
    }
}

} // namespace Clusterwright
