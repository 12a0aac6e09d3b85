// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "format/topologyreader.h"

#include "format/formattext.h"
#include "format/sourcetext.h"
#include "format/yamlreader.h"

#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/node/impl.h>
#include <yaml-cpp/node/iterator.h>
#include <yaml-cpp/node/parse.h>

#include <algorithm>

namespace Clusterwright {
namespace {

using Need = YamlReader::Need;
constexpr Need Required = Need::Required;

// The schema of docs/file-format.md, one function per kind of object.
class TopologyWalker
{
public:
    TopologyWalker(YamlReader &reader, Topology &topology)
        : m_yaml(reader)
        , m_t(topology)
    {}

    void read(const YAML::Node &root);

private:
    bool checkHeader(const YAML::Node &root);
    void readMetadata(const YAML::Node &node, const QString &path);
    void readCluster(const YAML::Node &node, const QString &path);
    void readHost(const YAML::Node &node, const QString &path);
    void readNetwork(const YAML::Node &node, const QString &path);
    void readNode(const YAML::Node &node, const QString &path);
    void readVip(const YAML::Node &node, const QString &path);
    void readStorage(const YAML::Node &node, const QString &path);
    void readLayout(const YAML::Node &node, const QString &path);

    YamlReader &m_yaml;
    Topology &m_t;
};

QString key(const char *text)
{
    return QString::fromLatin1(text);
}

void TopologyWalker::read(const YAML::Node &root)
{
    if (!root.IsMap()) {
        m_yaml.error(root,
                     FormatText::tr("expected a ClusterTopology map at the top level, found %1")
                         .arg(m_yaml.describe(root)));
        return;
    }
    // A file of another version or kind would only produce confusing errors below.
    if (!checkHeader(root))
        return;
    const auto call = [this](void (TopologyWalker::*member)(const YAML::Node &, const QString &)) {
        return [this, member](const YAML::Node &node, const QString &path) {
            (this->*member)(node, path);
        };
    };
    m_yaml.readMap(
        root, {}, FormatText::tr("the topology"),
        {m_yaml.text(key("apiVersion"), &m_t.apiVersion, Required),
         m_yaml.text(key("kind"), &m_t.kind, Required),
         m_yaml.map(key("metadata"), call(&TopologyWalker::readMetadata), Required),
         m_yaml.map(key("cluster"), call(&TopologyWalker::readCluster)),
         m_yaml.list(key("hosts"), key("hosts"), call(&TopologyWalker::readHost)),
         m_yaml.list(key("networks"), key("networks"), call(&TopologyWalker::readNetwork)),
         m_yaml.list(key("nodes"), key("nodes"), call(&TopologyWalker::readNode)),
         m_yaml.list(key("vips"), key("VIPs"), call(&TopologyWalker::readVip)),
         m_yaml.list(key("storage"), key("storage"), call(&TopologyWalker::readStorage)),
         m_yaml.map(key("layout"), call(&TopologyWalker::readLayout))});
}

bool TopologyWalker::checkHeader(const YAML::Node &root)
{
    const Topology expected;
    bool ok = true;
    for (auto it = root.begin(); it != root.end(); ++it) {
        const std::string &name = it->first.Scalar();
        const YAML::Node value = it->second;
        if (!value.IsScalar())
            continue; // reported with its type later
        const QString text = QString::fromStdString(value.Scalar());
        if (name == "apiVersion" && text != expected.apiVersion) {
            m_yaml.error(value, FormatText::tr("unsupported apiVersion '%1'; this version of "
                                               "Clusterwright reads %2")
                                    .arg(text.left(60), expected.apiVersion));
            ok = false;
        } else if (name == "kind" && text != expected.kind) {
            m_yaml.error(value, FormatText::tr("unsupported kind '%1'; expected %2")
                                    .arg(text.left(60), expected.kind));
            ok = false;
        }
    }
    return ok;
}

void TopologyWalker::readMetadata(const YAML::Node &node, const QString &path)
{
    m_yaml.readMap(node, path, key("metadata"),
                   {m_yaml.name(key("name"), &m_t.metadata.name, Required),
                    m_yaml.text(key("description"), &m_t.metadata.description)});
}

void TopologyWalker::readCluster(const YAML::Node &node, const QString &path)
{
    ClusterSettings &c = m_t.cluster;
    m_yaml.readMap(node, path, FormatText::tr("cluster settings"),
                   {m_yaml.text(key("kubernetesVersion"), &c.kubernetesVersion),
                    m_yaml.textOrList(key("podCidr"), &c.podCidrs),
                    m_yaml.textOrList(key("serviceCidr"), &c.serviceCidrs),
                    m_yaml.text(key("dnsDomain"), &c.dnsDomain),
                    m_yaml.enumeration(key("cni"), &c.cni),
                    m_yaml.enumeration(key("kubeProxy"), &c.kubeProxy),
                    m_yaml.enumeration(key("etcd"), &c.etcd),
                    m_yaml.name(key("controlPlaneEndpoint"), &c.controlPlaneEndpoint)});
}

void TopologyWalker::readHost(const YAML::Node &node, const QString &path)
{
    Host &host = m_t.hosts.emplace_back();
    m_yaml.readMap(node, path, FormatText::tr("host"),
                   {m_yaml.name(key("name"), &host.name, Required),
                    m_yaml.text(key("address"), &host.address)});
}

void TopologyWalker::readNetwork(const YAML::Node &node, const QString &path)
{
    Network &network = m_t.networks.emplace_back();
    m_yaml.readMap(
        node, path, FormatText::tr("network"),
        {m_yaml.name(key("name"), &network.name, Required), m_yaml.text(key("cidr"), &network.cidr),
         m_yaml.text(key("gateway"), &network.gateway),
         m_yaml.integer(key("vlan"), VlanRange, &network.vlan),
         m_yaml.integer(key("mtu"), MtuRange, &network.mtu),
         m_yaml.textList(key("dns"), FormatText::tr("DNS servers"), &network.dns, false)});
}

void TopologyWalker::readNode(const YAML::Node &node, const QString &path)
{
    Node &n = m_t.nodes.emplace_back();
    const auto readInterface = [this, &n](const YAML::Node &item, const QString &itemPath) {
        Interface &i = n.interfaces.emplace_back();
        m_yaml.readMap(item, itemPath, FormatText::tr("interface"),
                       {m_yaml.name(key("network"), &i.network, Required),
                        m_yaml.text(key("address"), &i.address)});
    };
    const auto readSsh = [this, &n](const YAML::Node &value, const QString &sshPath) {
        SshAccess &s = n.ssh;
        m_yaml.readMap(
            value, sshPath, FormatText::tr("ssh settings"),
            {m_yaml.text(key("address"), &s.address),
             m_yaml.integer(key("port"), PortRange, &s.port), m_yaml.text(key("user"), &s.user),
             m_yaml.text(key("identityFile"), &s.identityFile), m_yaml.name(key("jump"), &s.jump)});
    };
    m_yaml.readMap(node, path, FormatText::tr("node"),
                   {m_yaml.name(key("name"), &n.name, Required),
                    m_yaml.enumList(key("roles"), FormatText::tr("roles"), &n.roles),
                    m_yaml.name(key("host"), &n.host),
                    m_yaml.integer(key("cpus"), CountRange, &n.cpus),
                    m_yaml.integer(key("memoryMiB"), CountRange, &n.memoryMiB),
                    m_yaml.list(key("interfaces"), FormatText::tr("interfaces"), readInterface),
                    m_yaml.map(key("ssh"), readSsh)});
}

void TopologyWalker::readVip(const YAML::Node &node, const QString &path)
{
    Vip &vip = m_t.vips.emplace_back();
    m_yaml.readMap(node, path, FormatText::tr("VIP"),
                   {m_yaml.name(key("name"), &vip.name, Required),
                    m_yaml.enumeration(key("purpose"), &vip.purpose, Required),
                    m_yaml.name(key("network"), &vip.network),
                    m_yaml.text(key("address"), &vip.address),
                    m_yaml.text(key("range"), &vip.range),
                    m_yaml.enumeration(key("provider"), &vip.provider, Required)});
}

void TopologyWalker::readStorage(const YAML::Node &node, const QString &path)
{
    Storage &s = m_t.storage.emplace_back();
    const auto readErasureCoding = [this, &s](const YAML::Node &value, const QString &ecPath) {
        ErasureCoding &ec = s.erasureCoding.emplace();
        m_yaml.readMap(
            value, ecPath, FormatText::tr("erasure coding"),
            {m_yaml.integer(key("dataChunks"), CountRange, &ec.dataChunks, Required),
             m_yaml.integer(key("codingChunks"), CountRange, &ec.codingChunks, Required)});
    };
    m_yaml.readMap(node, path, FormatText::tr("storage"),
                   {m_yaml.name(key("name"), &s.name, Required),
                    m_yaml.enumeration(key("type"), &s.type, Required),
                    m_yaml.name(key("network"), &s.network), m_yaml.text(key("server"), &s.server),
                    m_yaml.text(key("export"), &s.exportPath),
                    m_yaml.textList(key("nodes"), FormatText::tr("node names"), &s.nodes, true),
                    m_yaml.integer(key("replicas"), CountRange, &s.replicas),
                    m_yaml.map(key("erasureCoding"), readErasureCoding)});
}

void TopologyWalker::readLayout(const YAML::Node &node, const QString &path)
{
    if (!node.IsMap()) {
        m_yaml.error(node, FormatText::tr("expected a map of node names to positions, found %1")
                               .arg(m_yaml.describe(node)));
        return;
    }
    for (auto it = node.begin(); it != node.end() && !m_yaml.stopped(); ++it) {
        const auto name = m_yaml.readName(it->first, key("layout"));
        if (!name)
            continue;
        const QString entryPath = path + u'.' + *name;
        m_yaml.record(entryPath, it->first);
        double x = 0;
        double y = 0;
        m_yaml.readMap(
            it->second, entryPath, FormatText::tr("layout position"),
            {m_yaml.decimal(key("x"), &x, Required), m_yaml.decimal(key("y"), &y, Required)});
        m_t.layout.insert(*name, QPointF(x, y));
    }
}

} // namespace

LoadResult readTopology(const SourceText &source)
{
    LoadResult result;
    result.sourceMap.setFileName(source.fileName());
    Topology topology;
    try {
        const YAML::Node root = YAML::Load(source.text());
        YamlReader reader(source, result);
        TopologyWalker(reader, topology).read(root);
    } catch (const YAML::Exception &e) {
        // The pre-pass accepted the text, so this is not expected; report it anyway.
        result.diagnostics.append(
            {Diagnostic::Severity::Error, source.location(e.mark.line, e.mark.column, e.mark.pos),
             FormatText::tr("invalid YAML: %1").arg(QString::fromStdString(e.msg))});
    } catch (const std::exception &e) {
        result.diagnostics.append(
            {Diagnostic::Severity::Error,
             {source.fileName(), 1, 1},
             FormatText::tr("cannot read the YAML: %1").arg(QString::fromLocal8Bit(e.what()))});
    }
    std::stable_sort(result.diagnostics.begin(), result.diagnostics.end(),
                     [](const Diagnostic &a, const Diagnostic &b) {
                         return std::pair(a.location.line, a.location.column)
                                < std::pair(b.location.line, b.location.column);
                     });
    if (!hasErrors(result.diagnostics))
        result.topology = std::move(topology);
    return result;
}

} // namespace Clusterwright
