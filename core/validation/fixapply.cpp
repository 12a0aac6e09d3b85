// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "validation/fixapply.h"

namespace Clusterwright {

using namespace Qt::StringLiterals;

namespace {

// One step of a path: "nodes[2]" -> {"nodes", 2}; "ssh" -> {"ssh", -1}.
struct Step
{
    QString key;
    int index = -1;
};

std::optional<QList<Step>> splitPath(const QString &path)
{
    QList<Step> steps;
    for (const QString &part : path.split(u'.')) {
        Step step;
        const qsizetype open = part.indexOf(u'[');
        if (open < 0) {
            step.key = part;
        } else {
            if (!part.endsWith(u']') || open == 0)
                return std::nullopt;
            bool ok = false;
            step.key = part.left(open);
            step.index = QStringView(part).mid(open + 1, part.size() - open - 2).toInt(&ok);
            if (!ok || step.index < 0)
                return std::nullopt;
        }
        if (step.key.isEmpty())
            return std::nullopt;
        steps.append(step);
    }
    return steps;
}

class Applier
{
public:
    explicit Applier(Topology &t)
        : m_t(t)
    {}
    // Returns an error text, empty on success.
    QString apply(const FieldEdit &edit);

private:
    QString cluster(const QList<Step> &s, const QString &v);
    QString network(Network &n, const QList<Step> &s, const QString &v);
    QString node(Node &n, const QList<Step> &s, const QString &v);
    QString vip(Vip &x, const QList<Step> &s, const QString &v);
    QString storage(Storage &x, const QList<Step> &s, const QString &v);

    Topology &m_t;
};

QString badValue(const QString &value, const QString &what)
{
    return u"\"%1\" is not %2"_s.arg(value, what);
}

// Strict decimal, so "010" or "1e3" never turn into a surprising number.
std::optional<int> toInt(const QString &value)
{
    if (value.isEmpty() || value.size() > 9)
        return std::nullopt;
    for (const QChar c : value) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
    }
    return value.toInt();
}

QString setOptionalInt(std::optional<int> &field, const QString &value)
{
    if (value.isEmpty()) {
        field.reset();
        return {};
    }
    const auto number = toInt(value);
    if (!number)
        return badValue(value, u"a whole number"_s);
    field = *number;
    return {};
}

QStringList toList(const QString &value)
{
    QStringList out;
    for (const QString &item : value.split(u',')) {
        if (const QString trimmed = item.trimmed(); !trimmed.isEmpty())
            out.append(trimmed);
    }
    return out;
}

template<typename E>
QString setEnum(E &field, const QString &value)
{
    const auto parsed = enumFromString<E>(value);
    if (!parsed)
        return badValue(value, u"one of "_s + enumSpellings<E>().join(u", "_s));
    field = *parsed;
    return {};
}

// Sets element `index` of `list` (-1: the whole list, or element 0 when `single`);
// index == size appends, and an empty value removes the element.
QString setListItem(QStringList &list, int index, const QString &value, bool single)
{
    if (index < 0 && !single) {
        list = toList(value);
        return {};
    }
    const int at = index < 0 ? 0 : index;
    if (at > list.size())
        return u"index %1 is past the end of the list"_s.arg(at);
    if (value.isEmpty()) {
        if (at < list.size())
            list.removeAt(at);
    } else if (at == list.size()) {
        list.append(value);
    } else {
        list[at] = value;
    }
    return {};
}

const QString kUnknown = u"unknown field"_s;

QString Applier::cluster(const QList<Step> &s, const QString &v)
{
    ClusterSettings &c = m_t.cluster;
    const QString &k = s[0].key;
    if (s.size() != 1)
        return kUnknown;
    if (k == u"podCidr")
        return setListItem(c.podCidrs, s[0].index, v, true);
    if (k == u"serviceCidr")
        return setListItem(c.serviceCidrs, s[0].index, v, true);
    if (s[0].index >= 0)
        return kUnknown;
    if (k == u"kubernetesVersion")
        c.kubernetesVersion = v;
    else if (k == u"dnsDomain")
        c.dnsDomain = v;
    else if (k == u"controlPlaneEndpoint")
        c.controlPlaneEndpoint = v;
    else if (k == u"cni")
        return setEnum(c.cni, v);
    else if (k == u"kubeProxy")
        return setEnum(c.kubeProxy, v);
    else if (k == u"etcd")
        return setEnum(c.etcd, v);
    else
        return kUnknown;
    return {};
}

QString Applier::network(Network &n, const QList<Step> &s, const QString &v)
{
    const QString &k = s[0].key;
    if (s.size() != 1)
        return kUnknown;
    if (k == u"dns")
        return setListItem(n.dns, s[0].index, v, false);
    if (s[0].index >= 0)
        return kUnknown;
    if (k == u"name")
        n.name = v;
    else if (k == u"cidr")
        n.cidr = v;
    else if (k == u"gateway")
        n.gateway = v;
    else if (k == u"vlan")
        return setOptionalInt(n.vlan, v);
    else if (k == u"mtu")
        return setOptionalInt(n.mtu, v);
    else
        return kUnknown;
    return {};
}

QString Applier::node(Node &n, const QList<Step> &s, const QString &v)
{
    const QString &k = s[0].key;
    if (k == u"interfaces" && s.size() == 2 && s[1].index < 0) {
        if (s[0].index < 0 || s[0].index >= n.interfaces.size())
            return u"no such interface"_s;
        Interface &iface = n.interfaces[s[0].index];
        if (s[1].key == u"network")
            iface.network = v;
        else if (s[1].key == u"address")
            iface.address = v;
        else
            return kUnknown;
        return {};
    }
    if (k == u"ssh" && s.size() == 2 && s[0].index < 0 && s[1].index < 0) {
        SshAccess &ssh = n.ssh;
        const QString &f = s[1].key;
        if (f == u"address")
            ssh.address = v;
        else if (f == u"port")
            return setOptionalInt(ssh.port, v);
        else if (f == u"user")
            ssh.user = v;
        else if (f == u"identityFile")
            ssh.identityFile = v;
        else if (f == u"jump")
            ssh.jump = v;
        else
            return kUnknown;
        return {};
    }
    if (s.size() != 1 || s[0].index >= 0)
        return kUnknown;
    if (k == u"name") {
        // The canvas position follows the node.
        if (m_t.layout.contains(n.name) && !m_t.layout.contains(v))
            m_t.layout.insert(v, m_t.layout.take(n.name));
        n.name = v;
    } else if (k == u"host") {
        n.host = v;
    } else if (k == u"cpus") {
        return setOptionalInt(n.cpus, v);
    } else if (k == u"memoryMiB") {
        return setOptionalInt(n.memoryMiB, v);
    } else if (k == u"roles") {
        QList<Role> roles;
        for (const QString &text : toList(v)) {
            const auto role = enumFromString<Role>(text);
            if (!role)
                return badValue(text, u"a role ("_s + enumSpellings<Role>().join(u", "_s) + u')');
            if (!roles.contains(*role))
                roles.append(*role);
        }
        n.roles = roles;
    } else {
        return kUnknown;
    }
    return {};
}

QString Applier::vip(Vip &x, const QList<Step> &s, const QString &v)
{
    if (s.size() != 1 || s[0].index >= 0)
        return kUnknown;
    const QString &k = s[0].key;
    if (k == u"name")
        x.name = v;
    else if (k == u"network")
        x.network = v;
    else if (k == u"address")
        x.address = v;
    else if (k == u"range")
        x.range = v;
    else if (k == u"purpose")
        return setEnum(x.purpose, v);
    else if (k == u"provider")
        return setEnum(x.provider, v);
    else
        return kUnknown;
    return {};
}

QString Applier::storage(Storage &x, const QList<Step> &s, const QString &v)
{
    const QString &k = s[0].key;
    if (k == u"erasureCoding") {
        if (s.size() == 1 && s[0].index < 0 && v.isEmpty()) {
            x.erasureCoding.reset();
            return {};
        }
        if (s.size() != 2 || s[0].index >= 0 || s[1].index >= 0)
            return kUnknown;
        const auto number = toInt(v);
        if (!number)
            return badValue(v, u"a whole number"_s);
        ErasureCoding ec = x.erasureCoding.value_or(ErasureCoding{});
        if (s[1].key == u"dataChunks")
            ec.dataChunks = *number;
        else if (s[1].key == u"codingChunks")
            ec.codingChunks = *number;
        else
            return kUnknown;
        x.erasureCoding = ec;
        return {};
    }
    if (s.size() != 1)
        return kUnknown;
    if (k == u"nodes")
        return setListItem(x.nodes, s[0].index, v, false);
    if (s[0].index >= 0)
        return kUnknown;
    if (k == u"name")
        x.name = v;
    else if (k == u"network")
        x.network = v;
    else if (k == u"server")
        x.server = v;
    else if (k == u"export")
        x.exportPath = v;
    else if (k == u"replicas")
        return setOptionalInt(x.replicas, v);
    else if (k == u"type")
        return setEnum(x.type, v);
    else
        return kUnknown;
    return {};
}

template<typename T>
T *element(QList<T> &list, const Step &step)
{
    return step.index >= 0 && step.index < list.size() ? &list[step.index] : nullptr;
}

QString Applier::apply(const FieldEdit &edit)
{
    const auto steps = splitPath(edit.path);
    if (!steps || steps->size() < 2)
        return u"malformed path"_s;
    const Step &head = steps->front();
    const QList<Step> rest = steps->mid(1);
    const QString &v = edit.value;
    const QString missing = u"no such object"_s;
    if (head.key == u"cluster" && head.index < 0)
        return cluster(rest, v);
    if (head.key == u"metadata" && head.index < 0 && rest.size() == 1 && rest[0].index < 0) {
        if (rest[0].key == u"name")
            m_t.metadata.name = v;
        else if (rest[0].key == u"description")
            m_t.metadata.description = v;
        else
            return kUnknown;
        return {};
    }
    if (head.key == u"hosts") {
        Host *h = element(m_t.hosts, head);
        if (!h)
            return missing;
        if (rest.size() != 1 || rest[0].index >= 0)
            return kUnknown;
        if (rest[0].key == u"name")
            h->name = v;
        else if (rest[0].key == u"address")
            h->address = v;
        else
            return kUnknown;
        return {};
    }
    if (head.key == u"networks") {
        Network *n = element(m_t.networks, head);
        return n ? network(*n, rest, v) : missing;
    }
    if (head.key == u"nodes") {
        Node *n = element(m_t.nodes, head);
        return n ? node(*n, rest, v) : missing;
    }
    if (head.key == u"vips") {
        Vip *x = element(m_t.vips, head);
        return x ? vip(*x, rest, v) : missing;
    }
    if (head.key == u"storage") {
        Storage *x = element(m_t.storage, head);
        return x ? storage(*x, rest, v) : missing;
    }
    return kUnknown;
}

} // namespace

std::optional<Topology> applyFieldEdits(const Topology &topology, const QList<FieldEdit> &edits,
                                        QString *error)
{
    Topology result = topology;
    Applier applier(result);
    for (const FieldEdit &edit : edits) {
        const QString problem = applier.apply(edit);
        if (!problem.isEmpty()) {
            if (error)
                *error = u"Cannot set %1: %2."_s.arg(edit.path, problem);
            return std::nullopt;
        }
    }
    return result;
}

} // namespace Clusterwright
