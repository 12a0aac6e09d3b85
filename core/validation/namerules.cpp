// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
// NAME rules: unique, well-formed names and references that resolve.
#include "validation/rulecontext_p.h"
#include "validation/shellsafety_p.h"

namespace Clusterwright {

using namespace Qt::StringLiterals;

QList<RuleInfo> nameRules()
{
    return {
        {u"NAME001"_s, Severity::Error, u"Two objects of one kind share a name"_s,
         u"Hosts, networks, nodes, VIPs and storage pools each need a name no other object of "
         u"the same kind uses."_s,
         u"References such as an interface's network or a node's host are by name; with two "
         u"objects of that name the reference silently picks the first, and two nodes with one "
         u"hostname cannot both join the cluster."_s,
         u"Rename one of them; the suggested fix appends a number."_s},
        {u"NAME002"_s, Severity::Error, u"A node name is not a valid hostname"_s,
         u"Node names must be DNS-1123 labels: lowercase letters, digits and '-', starting and "
         u"ending with a letter or digit, at most 63 characters."_s,
         u"The node name becomes the machine's hostname and the Kubernetes node name; kubeadm "
         u"refuses names with capitals, '_' or '.', and the name is also used in commands run "
         u"over SSH."_s,
         u"Use the suggested lowercase name; references to the node are renamed with it."_s},
        {u"NAME003"_s, Severity::Error,
         u"A host, network, VIP or storage name is not a DNS label"_s,
         u"Names of hosts, networks, VIPs and storage pools must be DNS-1123 labels, like node "
         u"names."_s,
         u"They become Kubernetes object names (MetalLB pools, storage classes), keepalived "
         u"instance names and file names in the generated configuration, which accept only these "
         u"characters."_s,
         u"Use the suggested lowercase name; references are renamed with it."_s},
        {u"NAME004"_s, Severity::Error, u"A reference names an object that does not exist"_s,
         u"An interface's or VIP's network, a node's host, a storage pool's nodes and an NFS "
         u"network must name existing objects."_s,
         u"A dangling reference usually is a typo; the deployment would put the interface, VIP "
         u"or replica nowhere."_s,
         u"Pick an existing name; when the address shows which network is meant, the fix uses it."_s},
        {u"NAME005"_s, Severity::Error,
         u"The control-plane endpoint is neither a VIP nor host[:port]"_s,
         u"cluster.controlPlaneEndpoint must name a VIP, or be a host name or IP address with an "
         u"optional port (\"api.lan:6443\", \"[fd00::10]:6443\"). A single word is read as a VIP "
         u"name."_s,
         u"kubeadm writes the endpoint into every kubeconfig and certificate; a wrong one means "
         u"no node can join and the API is unreachable after init."_s,
         u"Name the API VIP, or write a full host name or address."_s},
        {u"NAME006"_s, Severity::Error, u"An SSH jump names a node that does not exist"_s,
         u"A node's ssh.jump that is a single word must be the name of another node (the "
         u"bastion)."_s,
         u"The deploy engine connects through the named node; an unknown name fails every "
         u"connection to the nodes behind it."_s,
         u"Name the bastion node, or write [user@]host[:port] for a machine outside the design."_s},
        {u"NAME007"_s, Severity::Error, u"SSH jumps form a loop"_s,
         u"Following ssh.jump from node to node must end at a node reached directly."_s,
         u"With a loop (a jumps through b, b through a) no node in it can ever be reached."_s,
         u"Clear ssh.jump on the node that is reachable directly, usually the bastion."_s},
        shellSafetyRule(),
    };
}

namespace {

// Lowercase, '-' for anything else, no leading, trailing or doubled '-'.
QString toDnsLabel(const QString &name)
{
    QString out;
    for (const QChar c : name) {
        const QChar lower = c.toLower();
        const bool ok = (lower >= u'a' && lower <= u'z') || (lower >= u'0' && lower <= u'9');
        if (ok)
            out += lower;
        else if (!out.isEmpty() && !out.endsWith(u'-'))
            out += u'-';
    }
    out.truncate(63);
    while (out.endsWith(u'-'))
        out.chop(1);
    return out;
}

QString labelProblem(const QString &name)
{
    if (name.size() > 63)
        return u"it has %1 characters, at most 63 are allowed"_s.arg(name.size());
    for (const QChar c : name) {
        if (c >= u'A' && c <= u'Z')
            return u"it contains the capital letter '%1'"_s.arg(c);
        if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-'))
            return u"it contains %1"_s.arg(describeCharacter(c));
    }
    return u"it starts or ends with '-'"_s;
}

template<typename T>
void checkKind(RuleContext &ctx, const QList<T> &list, ObjectKind kind,
               const QHash<QString, int> &byName)
{
    const QString ruleId = kind == ObjectKind::Node ? u"NAME002"_s : u"NAME003"_s;
    const QString noun = kindNoun(kind);
    for (int i = 0; i < int(list.size()); ++i) {
        const QString &name = list[i].name;
        if (!name.isEmpty() && isDnsLabel(name))
            continue;
        const QString path = objectPath(kind, i) + u".name"_s;
        if (name.isEmpty()) {
            Finding &f = ctx.add(
                ruleId,
                u"%1 %2 has no name."_s.arg(noun.front().toUpper() + noun.mid(1)).arg(i + 1),
                {ctx.ref(kind, i)}, path);
            const QString fresh
                = ctx.unusedName(kind, toDnsLabel(noun) + u'-' + QString::number(i + 1));
            f.suggestion = u"Name it %1."_s.arg(fresh);
            f.fix = {{path, fresh}};
            continue;
        }
        const QString why = kind == ObjectKind::Node
                                ? u"Node name \"%1\" cannot be a hostname: %2. Hostnames use "
                                  u"lowercase letters, digits and '-', start and end with a letter "
                                  u"or digit, and have at most 63 characters."_s
                                : u"The name \"%1\" of this %3 is not a valid DNS label: %2. "
                                  u"Use lowercase letters, digits and '-', starting and ending "
                                  u"with a letter or digit, at most 63 characters."_s;
        Finding &f = ctx.add(ruleId,
                             kind == ObjectKind::Node ? why.arg(name, labelProblem(name))
                                                      : why.arg(name, labelProblem(name), noun),
                             {ctx.ref(kind, i)}, path);
        const QString label = toDnsLabel(name);
        if (label.isEmpty())
            continue;
        const QString fresh = ctx.unusedName(kind, label);
        f.suggestion = u"Rename it to %1."_s.arg(fresh);
        // A duplicate (NAME001) is renamed alone: the references mean the first one.
        f.fix = byName.value(name) == i ? ctx.renameEdits(kind, i, fresh)
                                        : QList<FieldEdit>{{path, fresh}};
    }
}

template<typename T>
void checkDuplicates(RuleContext &ctx, const QList<T> &list, ObjectKind kind,
                     const QHash<QString, int> &byName)
{
    for (int i = 0; i < int(list.size()); ++i) {
        const QString &name = list[i].name;
        const int first = name.isEmpty() ? i : byName.value(name, i);
        if (name.isEmpty() || first == i)
            continue;
        const QString path = objectPath(kind, i) + u".name"_s;
        Finding &f
            = ctx.add(u"NAME001"_s,
                      u"Two %1s are named \"%2\" (entries %3 and %4); names must be unique "
                      u"because references and hostnames use them."_s.arg(kindNoun(kind), name)
                          .arg(first + 1)
                          .arg(i + 1),
                      {ctx.ref(kind, i), ctx.ref(kind, first)}, path);
        const QString fresh = ctx.unusedName(kind, isDnsLabel(name) ? name : u"renamed"_s);
        f.suggestion = u"Rename the second one to %1."_s.arg(fresh);
        f.fix = {{path, fresh}};
    }
}

// A case-insensitive match, or the only object there is.
QString guessName(const QHash<QString, int> &byName, const QString &typed)
{
    if (byName.size() == 1)
        return byName.cbegin().key();
    for (auto it = byName.cbegin(); it != byName.cend(); ++it) {
        if (!typed.isEmpty() && it.key().compare(typed, Qt::CaseInsensitive) == 0)
            return it.key();
    }
    return {};
}

void reportReference(RuleContext &ctx, const QString &message, const QList<ObjectRef> &objects,
                     const QString &path, const QString &guess, const QString &because = {})
{
    Finding &f = ctx.add(u"NAME004"_s, message, objects, path);
    if (guess.isEmpty())
        return;
    f.suggestion
        = because.isEmpty() ? u"Use %1."_s.arg(guess) : u"Use %1 (%2)."_s.arg(guess, because);
    f.fix = {{path, guess}};
}

// The network whose subnet holds `address`, as a guess for a broken reference.
QString networkHolding(const RuleContext &ctx, const std::optional<IpAddress> &address,
                       QString *because)
{
    if (!address)
        return {};
    const int net = ctx.networkIndex.find(*address);
    if (net < 0)
        return {};
    *because = u"its CIDR %1 holds %2"_s.arg(ctx.topology.networks[net].cidr, address->toString());
    return ctx.topology.networks[net].name;
}

void checkReferences(RuleContext &ctx)
{
    const Topology &t = ctx.topology;
    for (int i = 0; i < int(t.nodes.size()); ++i) {
        const Node &n = t.nodes[i];
        auto path = [i] { return objectPath(ObjectKind::Node, i); };
        for (int k = 0; k < int(n.interfaces.size()); ++k) {
            if (ctx.nodes[i].interfaces[k].network >= 0)
                continue;
            const QString &name = n.interfaces[k].network;
            QString because;
            QString guess = networkHolding(ctx, ctx.nodes[i].interfaces[k].address, &because);
            if (guess.isEmpty())
                guess = guessName(ctx.networkByName, name);
            const QString message
                = name.isEmpty()
                      ? u"Interface %1 of node %2 names no network."_s.arg(k + 1).arg(n.name)
                      : u"Interface %1 of node %2 is on network \"%3\", which does not exist."_s
                            .arg(k + 1)
                            .arg(n.name, name);
            reportReference(ctx, message, {ctx.ref(ObjectKind::Node, i)},
                            path() + u".interfaces[%1].network"_s.arg(k), guess, because);
        }
        if (!n.host.isEmpty() && ctx.nodes[i].host < 0) {
            reportReference(ctx,
                            u"Node %1 runs on host \"%2\", which is not in the hosts list."_s.arg(
                                n.name, n.host),
                            {ctx.ref(ObjectKind::Node, i)}, path() + u".host"_s,
                            guessName(ctx.hostByName, n.host));
        }
    }
    for (int i = 0; i < int(t.vips.size()); ++i) {
        if (ctx.vips[i].network >= 0)
            continue;
        const Vip &v = t.vips[i];
        QString because;
        const auto where = ctx.vips[i].address ? ctx.vips[i].address
                           : ctx.vips[i].range ? std::optional(ctx.vips[i].range->first())
                                               : std::nullopt;
        QString guess = networkHolding(ctx, where, &because);
        if (guess.isEmpty())
            guess = guessName(ctx.networkByName, v.network);
        const QString message
            = v.network.isEmpty()
                  ? u"VIP %1 names no network; it must say on which segment its address is announced."_s
                        .arg(v.name)
                  : u"VIP %1 is on network \"%2\", which does not exist."_s.arg(v.name, v.network);
        reportReference(ctx, message, {ctx.ref(ObjectKind::Vip, i)},
                        objectPath(ObjectKind::Vip, i) + u".network"_s, guess, because);
    }
    for (int i = 0; i < int(t.storage.size()); ++i) {
        const Storage &s = t.storage[i];
        const QString path = objectPath(ObjectKind::Storage, i);
        if (!s.network.isEmpty() && ctx.storage[i].network < 0) {
            QString because;
            QString guess = networkHolding(ctx, ctx.storage[i].server, &because);
            if (guess.isEmpty())
                guess = guessName(ctx.networkByName, s.network);
            reportReference(
                ctx,
                u"Storage %1 names network \"%2\", which does not exist."_s.arg(s.name, s.network),
                {ctx.ref(ObjectKind::Storage, i)}, path + u".network"_s, guess, because);
        }
        for (int k = 0; k < int(s.nodes.size()); ++k) {
            if (ctx.nodeByName.contains(s.nodes[k]))
                continue;
            reportReference(
                ctx,
                u"Storage %1 lists node \"%2\", which does not exist."_s.arg(s.name, s.nodes[k]),
                {ctx.ref(ObjectKind::Storage, i)}, path + u".nodes[%1]"_s.arg(k),
                guessName(ctx.nodeByName, s.nodes[k]));
        }
    }
}

} // namespace

void checkNames(RuleContext &ctx)
{
    const Topology &t = ctx.topology;
    checkDuplicates(ctx, t.hosts, ObjectKind::Host, ctx.hostByName);
    checkDuplicates(ctx, t.networks, ObjectKind::Network, ctx.networkByName);
    checkDuplicates(ctx, t.nodes, ObjectKind::Node, ctx.nodeByName);
    checkDuplicates(ctx, t.vips, ObjectKind::Vip, ctx.vipByName);
    checkDuplicates(ctx, t.storage, ObjectKind::Storage, ctx.storageByName);
    checkKind(ctx, t.hosts, ObjectKind::Host, ctx.hostByName);
    checkKind(ctx, t.networks, ObjectKind::Network, ctx.networkByName);
    checkKind(ctx, t.nodes, ObjectKind::Node, ctx.nodeByName);
    checkKind(ctx, t.vips, ObjectKind::Vip, ctx.vipByName);
    checkKind(ctx, t.storage, ObjectKind::Storage, ctx.storageByName);
    checkReferences(ctx);
    checkEndpointName(ctx);
    checkJumps(ctx);
    checkShellSafety(ctx);
}

} // namespace Clusterwright
