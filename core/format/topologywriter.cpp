// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "format/topologyformat.h"

#include "format/yamltext.h"

#include <QLocale>

#include <cmath>
#include <utility>

// The canonical text is written by hand rather than with YAML::Emitter: the exact
// "{ a: b }" spacing, key order and quoting are part of the format, so that files
// diff cleanly in git and a save without changes rewrites the same bytes.

namespace Clusterwright {
namespace {

using Entries = QList<std::pair<QString, QString>>; // key -> already written value

// YAML allows at most 1024 characters for a "key: value" key.
constexpr qsizetype MaxImplicitKeyBytes = 1000;

QString flowMap(const Entries &entries)
{
    QStringList parts;
    for (const auto &[key, value] : entries)
        parts << key + QStringLiteral(": ") + value;
    return QStringLiteral("{ ") + parts.join(QStringLiteral(", ")) + QStringLiteral(" }");
}

QString flowList(const QStringList &texts)
{
    QStringList parts;
    for (const QString &text : texts)
        parts << yamlScalar(text, ScalarContext::Flow);
    return u'[' + parts.join(QStringLiteral(", ")) + u']';
}

// Shortest text that reads back as the same double, never with an exponent.
QString number(double value)
{
    if (!std::isfinite(value) || value == 0)
        return QStringLiteral("0");
    return QString::number(value, 'f', QLocale::FloatingPointShortest);
}

QString flowScalar(const QString &text)
{
    return yamlScalar(text, ScalarContext::Flow);
}

// Optional entries are left out when empty, so files carry no noise.
void addText(Entries &entries, const char *key, const QString &value,
             ScalarContext context = ScalarContext::Flow)
{
    if (!value.isEmpty())
        entries.append({QString::fromLatin1(key), yamlScalar(value, context)});
}

void addNumber(Entries &entries, const char *key, const std::optional<int> &value)
{
    if (value)
        entries.append({QString::fromLatin1(key), QString::number(*value)});
}

void addList(Entries &entries, const char *key, const QStringList &values)
{
    if (!values.isEmpty())
        entries.append({QString::fromLatin1(key), flowList(values)});
}

class Writer
{
public:
    void line(int indent, const QString &text) { m_out += QString(indent, u' ') + text + u'\n'; }
    void entry(int indent, const QString &key, const QString &value)
    {
        line(indent, key + QStringLiteral(": ") + value);
    }
    // A block map that is an item of a block list: "- " before the first entry.
    void listItem(int indent, const Entries &entries)
    {
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const QString prefix = i == 0 ? QStringLiteral("- ") : QStringLiteral("  ");
            entry(indent, prefix + entries[i].first, entries[i].second);
        }
    }
    QByteArray bytes() const { return m_out.toUtf8(); }

private:
    QString m_out;
};

void writeCluster(Writer &w, const ClusterSettings &c)
{
    // Every key, defaults included: the file says what the cluster is.
    const auto cidrs = [](const QStringList &list) {
        return list.size() == 1 ? yamlScalar(list.first()) : flowList(list);
    };
    w.line(0, QStringLiteral("cluster:"));
    w.entry(2, QStringLiteral("kubernetesVersion"), yamlScalar(c.kubernetesVersion));
    w.entry(2, QStringLiteral("podCidr"), cidrs(c.podCidrs));
    w.entry(2, QStringLiteral("serviceCidr"), cidrs(c.serviceCidrs));
    w.entry(2, QStringLiteral("dnsDomain"), yamlScalar(c.dnsDomain));
    w.entry(2, QStringLiteral("cni"), toString(c.cni));
    w.entry(2, QStringLiteral("kubeProxy"), toString(c.kubeProxy));
    w.entry(2, QStringLiteral("etcd"), toString(c.etcd));
    w.entry(2, QStringLiteral("controlPlaneEndpoint"), yamlScalar(c.controlPlaneEndpoint));
}

void writeNetwork(Writer &w, const Network &n)
{
    constexpr auto block = ScalarContext::Block;
    Entries e{{QStringLiteral("name"), yamlScalar(n.name)}};
    addText(e, "cidr", n.cidr, block);
    addText(e, "gateway", n.gateway, block);
    addNumber(e, "vlan", n.vlan);
    addNumber(e, "mtu", n.mtu);
    addList(e, "dns", n.dns);
    w.listItem(2, e);
}

void writeNode(Writer &w, const Node &n)
{
    Entries e{{QStringLiteral("name"), yamlScalar(n.name)}};
    QStringList roles;
    for (Role role : n.roles)
        roles << toString(role);
    addList(e, "roles", roles);
    addText(e, "host", n.host, ScalarContext::Block);
    addNumber(e, "cpus", n.cpus);
    addNumber(e, "memoryMiB", n.memoryMiB);
    w.listItem(2, e);
    if (!n.interfaces.isEmpty()) {
        w.line(4, QStringLiteral("interfaces:"));
        for (const Interface &i : n.interfaces) {
            Entries ie{{QStringLiteral("network"), flowScalar(i.network)}};
            addText(ie, "address", i.address);
            w.line(6, QStringLiteral("- ") + flowMap(ie));
        }
    }
    if (!n.ssh.isEmpty()) {
        constexpr auto block = ScalarContext::Block;
        Entries se;
        addText(se, "address", n.ssh.address, block);
        addNumber(se, "port", n.ssh.port);
        addText(se, "user", n.ssh.user, block);
        addText(se, "identityFile", n.ssh.identityFile, block);
        addText(se, "jump", n.ssh.jump, block);
        w.line(4, QStringLiteral("ssh:"));
        for (const auto &[key, value] : std::as_const(se))
            w.entry(6, key, value);
    }
}

QString vipEntry(const Vip &v)
{
    Entries e{{QStringLiteral("name"), flowScalar(v.name)},
              {QStringLiteral("purpose"), toString(v.purpose)}};
    addText(e, "network", v.network);
    addText(e, "address", v.address);
    addText(e, "range", v.range);
    e.append({QStringLiteral("provider"), toString(v.provider)});
    return flowMap(e);
}

QString storageEntry(const Storage &s)
{
    Entries e{{QStringLiteral("name"), flowScalar(s.name)},
              {QStringLiteral("type"), toString(s.type)}};
    addText(e, "network", s.network);
    addText(e, "server", s.server);
    addText(e, "export", s.exportPath);
    addList(e, "nodes", s.nodes);
    addNumber(e, "replicas", s.replicas);
    if (s.erasureCoding) {
        e.append(
            {QStringLiteral("erasureCoding"),
             flowMap({{QStringLiteral("dataChunks"), QString::number(s.erasureCoding->dataChunks)},
                      {QStringLiteral("codingChunks"),
                       QString::number(s.erasureCoding->codingChunks)}})});
    }
    return flowMap(e);
}

void writeLayout(Writer &w, const QMap<QString, QPointF> &layout)
{
    w.line(0, QStringLiteral("layout:"));
    for (auto it = layout.cbegin(); it != layout.cend(); ++it) {
        const QString key = yamlScalar(it.key());
        const QString position = flowMap({{QStringLiteral("x"), number(it.value().x())},
                                          {QStringLiteral("y"), number(it.value().y())}});
        if (key.toUtf8().size() <= MaxImplicitKeyBytes) {
            w.entry(2, key, position);
        } else {
            w.line(2, QStringLiteral("? ") + key);
            w.line(2, QStringLiteral(": ") + position);
        }
    }
}

} // namespace

QByteArray writeTopology(const Topology &t)
{
    Writer w;
    w.entry(0, QStringLiteral("apiVersion"), yamlScalar(t.apiVersion));
    w.entry(0, QStringLiteral("kind"), yamlScalar(t.kind));
    Entries metadata{{QStringLiteral("name"), flowScalar(t.metadata.name)}};
    addText(metadata, "description", t.metadata.description);
    w.entry(0, QStringLiteral("metadata"), flowMap(metadata));
    writeCluster(w, t.cluster);
    if (!t.hosts.isEmpty()) {
        w.line(0, QStringLiteral("hosts:"));
        for (const Host &h : t.hosts) {
            Entries e{{QStringLiteral("name"), flowScalar(h.name)}};
            addText(e, "address", h.address);
            w.line(2, QStringLiteral("- ") + flowMap(e));
        }
    }
    if (!t.networks.isEmpty()) {
        w.line(0, QStringLiteral("networks:"));
        for (const Network &n : t.networks)
            writeNetwork(w, n);
    }
    if (!t.nodes.isEmpty()) {
        w.line(0, QStringLiteral("nodes:"));
        for (const Node &n : t.nodes)
            writeNode(w, n);
    }
    if (!t.vips.isEmpty()) {
        w.line(0, QStringLiteral("vips:"));
        for (const Vip &v : t.vips)
            w.line(2, QStringLiteral("- ") + vipEntry(v));
    }
    if (!t.storage.isEmpty()) {
        w.line(0, QStringLiteral("storage:"));
        for (const Storage &s : t.storage)
            w.line(2, QStringLiteral("- ") + storageEntry(s));
    }
    if (!t.layout.isEmpty())
        writeLayout(w, t.layout);
    return w.bytes();
}

} // namespace Clusterwright
