// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "tst_format.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Clusterwright;

namespace FormatTest {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

QString dump(const QList<Diagnostic> &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines << d.toString();
    return lines.join(u'\n');
}

bool hasDiagnostic(const QList<Diagnostic> &diagnostics, const QString &expectation)
{
    static const QRegularExpression form(
        QStringLiteral("^(?:(\\d+):(\\d+): )?(error|warning): (.+)$"));
    const auto m = form.match(expectation);
    if (!m.hasMatch())
        qFatal("malformed expectation: %s", qPrintable(expectation));
    const auto severity
        = m.captured(3) == u"error" ? Diagnostic::Severity::Error : Diagnostic::Severity::Warning;
    for (const Diagnostic &d : diagnostics) {
        if (d.severity != severity || !d.message.contains(m.captured(4)))
            continue;
        if (m.hasCaptured(1)
            && (d.location.line != m.captured(1).toInt()
                || d.location.column != m.captured(2).toInt()))
            continue;
        return true;
    }
    return false;
}

QString checkRoundTrip(const Topology &topology)
{
    const QByteArray first = writeTopology(topology);
    const LoadResult again = loadTopologyBytes(first, QStringLiteral("written.cw.yaml"));
    if (!again.ok())
        return QStringLiteral("the written text does not load:\n") + dump(again.diagnostics) + u'\n'
               + QString::fromUtf8(first);
    if (!again.diagnostics.isEmpty())
        return QStringLiteral("the written text warns:\n") + dump(again.diagnostics);
    if (!(*again.topology == topology))
        return QStringLiteral("load(write(t)) != t; written:\n") + QString::fromUtf8(first);
    const QByteArray second = writeTopology(*again.topology);
    if (second != first)
        return QStringLiteral("not a fixed point:\n") + QString::fromUtf8(first)
               + QStringLiteral("---\n") + QString::fromUtf8(second);
    return {};
}

} // namespace FormatTest

using namespace FormatTest;

namespace {

const QString dataDir = QStringLiteral(CW_TEST_DATA_DIR);
const QByteArray header = "apiVersion: clusterwright.dev/v1alpha1\nkind: ClusterTopology\n"
                          "metadata: { name: t }\n";

QStringList topologyFiles(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral("*.cw.yaml")}, QDir::Files, QDir::Name);
}

// "line:column" of `needle` in line `line` of `text`, for source-map checks.
QString positionOf(const QByteArray &text, int line, const char *needle)
{
    const QString lineText = QString::fromUtf8(text.split('\n').value(line - 1));
    const qsizetype index = lineText.indexOf(QLatin1StringView(needle));
    return index < 0 ? QString() : QStringLiteral("%1:%2").arg(line).arg(index + 1);
}

} // namespace

void TestFormat::specExample()
{
    const LoadResult r = loadTopologyFile(dataDir + QStringLiteral("/good/spec-example.cw.yaml"));
    QVERIFY2(r.ok(), qPrintable(dump(r.diagnostics)));
    QVERIFY2(r.diagnostics.isEmpty(), qPrintable(dump(r.diagnostics)));
    const Topology &t = *r.topology;
    QCOMPARE(t.apiVersion, u"clusterwright.dev/v1alpha1");
    QCOMPARE(t.kind, u"ClusterTopology");
    QCOMPARE(t.metadata.name, u"seichi-onp-k8s");
    QCOMPARE(t.metadata.description, u"free text");

    const ClusterSettings &c = t.cluster;
    QCOMPARE(c.kubernetesVersion, u"v1.27.1");
    QCOMPARE(c.podCidrs, QStringList{QStringLiteral("10.128.0.0/16")});
    QCOMPARE(c.serviceCidrs, QStringList{QStringLiteral("10.96.0.0/16")});
    QCOMPARE(c.dnsDomain, u"cluster.local");
    QCOMPARE(toString(c.cni), u"cilium");
    QCOMPARE(toString(c.kubeProxy), u"replaced");
    QCOMPARE(toString(c.etcd), u"stacked");
    QCOMPARE(c.controlPlaneEndpoint, u"api");

    QCOMPARE(t.hosts, (QList<Host>{{QStringLiteral("prox02"), QStringLiteral("192.168.16.151")}}));

    QCOMPARE(t.networks.size(), 1);
    const Network &n = t.networks[0];
    QCOMPARE(n.name, u"service");
    QCOMPARE(n.cidr, u"192.168.0.0/20");
    QCOMPARE(n.gateway, u"192.168.0.1");
    QCOMPARE(n.vlan, 10);
    QCOMPARE(n.mtu, 1500);
    QCOMPARE(n.dns, QStringList{QStringLiteral("192.168.0.1")});

    QCOMPARE(t.nodes.size(), 1);
    const Node &node = t.nodes[0];
    QCOMPARE(node.name, u"cp-1");
    QVERIFY(node.roles == QList<Role>{Role::ControlPlane});
    QCOMPARE(node.host, u"prox02");
    QCOMPARE(node.cpus, 4);
    QCOMPARE(node.memoryMiB, 8192);
    QCOMPARE(node.interfaces,
             (QList<Interface>{{QStringLiteral("service"), QStringLiteral("192.168.8.11")},
                               {QStringLiteral("storage"), QStringLiteral("192.168.18.11")}}));
    QCOMPARE(node.ssh.address, u"192.168.18.11");
    QCOMPARE(node.ssh.port, 22);
    QCOMPARE(node.ssh.user, u"cloudinit");
    QCOMPARE(node.ssh.identityFile, u"~/.ssh/id_ed25519");
    QCOMPARE(node.ssh.jump, u"admin@bastion.example:22");

    QCOMPARE(t.vips.size(), 2);
    QCOMPARE(t.vips[0], (Vip{QStringLiteral("api"),
                             VipPurpose::ApiEndpoint,
                             QStringLiteral("storage"),
                             QStringLiteral("192.168.18.100"),
                             {},
                             VipProvider::Keepalived}));
    QCOMPARE(t.vips[1], (Vip{QStringLiteral("lb"),
                             VipPurpose::LoadBalancer,
                             QStringLiteral("service"),
                             {},
                             QStringLiteral("192.168.8.128-192.168.8.255"),
                             VipProvider::MetalLb}));

    const QStringList workers{QStringLiteral("wk-1"), QStringLiteral("wk-2"),
                              QStringLiteral("wk-3")};
    QCOMPARE(t.storage.size(), 3);
    QCOMPARE(t.storage[0], (Storage{QStringLiteral("nas"),
                                    StorageType::Nfs,
                                    QStringLiteral("storage"),
                                    QStringLiteral("192.168.16.50"),
                                    QStringLiteral("/volume1/k8s"),
                                    {},
                                    std::nullopt,
                                    std::nullopt}));
    QCOMPARE(
        t.storage[1],
        (Storage{QStringLiteral("ceph"), StorageType::Ceph, {}, {}, {}, workers, 3, std::nullopt}));
    QCOMPARE(t.storage[2], (Storage{QStringLiteral("ceph-ec"),
                                    StorageType::Ceph,
                                    {},
                                    {},
                                    {},
                                    workers,
                                    std::nullopt,
                                    ErasureCoding{2, 1}}));

    QCOMPARE(t.layout.size(), 1);
    QCOMPARE(t.layout.value(QStringLiteral("cp-1")), QPointF(120, 40));
}

void TestFormat::sourceMap()
{
    const QString path = dataDir + QStringLiteral("/good/spec-example.cw.yaml");
    const QByteArray text = readFile(path);
    const LoadResult r = loadTopologyBytes(text, path);
    QVERIFY(r.ok());
    QCOMPARE(r.sourceMap.fileName(), path);
    const auto at = [&](const char *p) {
        const SourceLocation l = r.sourceMap.find(QString::fromLatin1(p));
        return QStringLiteral("%1:%2").arg(l.line).arg(l.column);
    };
    QCOMPARE(at("cluster.podCidr"), positionOf(text, 6, "10.128"));
    QCOMPARE(at("hosts[0]"), positionOf(text, 14, "{"));
    QCOMPARE(at("networks[0].vlan"), positionOf(text, 19, "10"));
    QCOMPARE(at("nodes[0]"), positionOf(text, 23, "name"));
    QCOMPARE(at("nodes[0].interfaces[1]"), positionOf(text, 30, "{"));
    QCOMPARE(at("nodes[0].interfaces[1].address"), positionOf(text, 30, "192"));
    QCOMPARE(at("nodes[0].ssh.port"), positionOf(text, 33, "22"));
    QCOMPARE(at("vips[1].range"), positionOf(text, 39, "192.168.8.128"));
    QCOMPARE(at("storage[2].erasureCoding.codingChunks"), positionOf(text, 43, "1 }"));
    QCOMPARE(at("layout.cp-1"), positionOf(text, 45, "cp-1"));
    QCOMPARE(at("layout.cp-1.y"), positionOf(text, 45, "40"));
    // Unrecorded paths fall back to their closest parent.
    QCOMPARE(at("nodes[0].interfaces[1].nothing"), at("nodes[0].interfaces[1]"));
}

void TestFormat::goodFiles_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &name : topologyFiles(dataDir + QStringLiteral("/good")))
        QTest::newRow(qPrintable(name)) << dataDir + QStringLiteral("/good/") + name;
}

void TestFormat::goodFiles()
{
    QFETCH(QString, path);
    const QByteArray bytes = readFile(path);
    const LoadResult r = loadTopologyBytes(bytes, path);
    QVERIFY2(r.ok(), qPrintable(dump(r.diagnostics)));
    QVERIFY2(r.diagnostics.isEmpty(), qPrintable(dump(r.diagnostics)));
    const QString problem = checkRoundTrip(*r.topology);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // Files named canonical* are what the writer produces, byte for byte.
    if (QFileInfo(path).fileName().startsWith(u"canonical"))
        QCOMPARE(QString::fromUtf8(writeTopology(*r.topology)), QString::fromUtf8(bytes));
}

void TestFormat::examples_data()
{
    QTest::addColumn<QString>("path");
    const QString dir = QStringLiteral(CW_EXAMPLES_DIR);
    const QStringList names = topologyFiles(dir);
    if (names.isEmpty())
        QTest::newRow("no examples") << QString();
    for (const QString &name : names)
        QTest::newRow(qPrintable(name)) << dir + u'/' + name;
}

// The shipped examples are canonical: the examples are written with writeTopology(),
// so loading and writing one reproduces its bytes.
void TestFormat::examples()
{
    QFETCH(QString, path);
    if (path.isEmpty())
        QFAIL("resources/examples holds no *.cw.yaml files");
    const QByteArray bytes = readFile(path);
    const LoadResult r = loadTopologyBytes(bytes, path);
    QVERIFY2(r.ok(), qPrintable(dump(r.diagnostics)));
    QVERIFY2(r.diagnostics.isEmpty(), qPrintable(dump(r.diagnostics)));
    QCOMPARE(QString::fromUtf8(writeTopology(*r.topology)), QString::fromUtf8(bytes));
    const QString problem = checkRoundTrip(*r.topology);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestFormat::badFiles_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("expectations");
    const QString dir = dataDir + QStringLiteral("/bad/");
    const QStringList names = topologyFiles(dir);
    QVERIFY(names.size() >= 20);
    for (const QString &name : names) {
        const QString expectPath
            = dir + QString(name).replace(QStringLiteral(".cw.yaml"), QStringLiteral(".expect"));
        QVERIFY2(QFile::exists(expectPath), qPrintable(expectPath + QStringLiteral(" is missing")));
        QStringList lines
            = QString::fromUtf8(readFile(expectPath)).split(u'\n', Qt::SkipEmptyParts);
        QTest::newRow(qPrintable(name)) << dir + name << lines;
    }
}

void TestFormat::badFiles()
{
    QFETCH(QString, path);
    QFETCH(QStringList, expectations);
    QVERIFY(!expectations.isEmpty());
    const LoadResult r = loadTopologyFile(path);
    bool expectError = false;
    for (const QString &expectation : expectations) {
        expectError = expectError || expectation.contains(QStringLiteral(": error: "));
        QVERIFY2(hasDiagnostic(r.diagnostics, expectation),
                 qPrintable(expectation + QStringLiteral("\nnot among:\n") + dump(r.diagnostics)));
    }
    QCOMPARE(r.ok(), !expectError); // warnings alone do not stop a load
    for (const Diagnostic &d : r.diagnostics) {
        QCOMPARE(d.location.file, path);
        QVERIFY2(d.location.line >= 1 && d.location.column >= 1, qPrintable(d.toString()));
    }
}

void TestFormat::hostileInputs_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expectation"); // empty: loads

    QByteArray blockMaps("a:\n");
    for (int i = 1; i < 600; ++i)
        blockMaps += QByteArray(2 * i, ' ') + "k" + QByteArray::number(i) + ":\n";
    QByteArray mixed;
    for (int i = 0; i < 10; ++i)
        mixed += QByteArray(2 * i, ' ') + "k" + QByteArray::number(i) + ":\n";
    mixed += QByteArray(20, ' ') + "- " + QByteArray(30, '[') + QByteArray(30, ']') + "\n";
    QByteArray manyValues = "hosts: [";
    for (int i = 0; i <= MaxYamlNodes; ++i)
        manyValues += "a,";

    const auto row = [](const char *name, const QByteArray &bytes, const char *expectation) {
        QTest::newRow(name) << bytes << QString::fromUtf8(expectation);
    };
    row("[ x 500", QByteArray(500, '['), "1:17: error: nests deeper than 32 levels");
    row("[ x 16384", QByteArray(16384, '['), "1:17: error: nests deeper than 32 levels");
    row("block maps x 600", blockMaps, "33:65: error: nests deeper than 32 levels");
    row("mixed flow and block", mixed, "error: nests deeper than 32 levels");
    row("32 levels are fine", QByteArray(32, '[') + QByteArray(32, ']'),
        "1:1: error: expected a ClusterTopology map at the top level, found a list");
    row("alias cycle", "&a [*a]\n", "1:1: error: anchors (&a)");
    row("self-referencing map", "a: &x {s: *x}\n", "1:4: error: anchors (&x)");
    row("undefined alias", "a: *nothing\n", "1:4: error: aliases (*name) are not allowed");
    row("6 MB file", header + "metadata2: \"" + QByteArray(6'000'000, 'x') + "\"\n",
        "1:1: error: the limit is 4 MiB");
    row("50 MB scalar", "a: " + QByteArray(50'000'000, 'x'), "1:1: error: the limit is 4 MiB");
    row("too many values", manyValues, "error: more than 250000 YAML values");
    row("long value", "a: \"" + QByteArray(600'000, 'x') + "\"\n",
        "1:1: error: more than 512 KiB ahead");
    row("huge flow document", "{" + QByteArray(700'000, ' ') + "}",
        "1:1: error: more than 512 KiB ahead");
    row("only a comment", "# nothing here\n", "1:1: error: the file is empty");
    row("junk after the document", header + "...\n]]]\n", "error: invalid YAML");
    row("NUL at the start", QByteArray(1, '\0'), "1:1: error: a NUL byte");
    row("surrogate escape", "a: \"\\uD800\"\n", "1:11: error: invalid YAML: invalid unicode");
    row("overlong UTF-8", "a: \xC0\xAF\n", "1:4: error: invalid UTF-8 (byte 0xC0)");
    row("tab after indentation", header + "hosts:\n  \t- { name: h }\n",
        "5:3: error: a tab is used for indentation");
    row("tab inside a line", header + "hosts:\t[ { name:\th } ]\n", "");
    row("CR line endings", QByteArray(header).replace('\n', '\r'), "");
    row("explicit document markers", "%YAML 1.2\n---\n" + header + "...\n", "");
}

void TestFormat::hostileInputs()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expectation);
    const LoadResult r = loadTopologyBytes(bytes, QStringLiteral("hostile.cw.yaml"));
    if (expectation.isEmpty()) {
        QVERIFY2(r.ok(), qPrintable(dump(r.diagnostics)));
        return;
    }
    QVERIFY(!r.ok());
    QVERIFY2(hasDiagnostic(r.diagnostics, expectation),
             qPrintable(expectation + QStringLiteral("\nnot among:\n") + dump(r.diagnostics)));
}

void TestFormat::fieldValues_data()
{
    QTest::addColumn<QString>("line"); // line 4 of the file; %1 is the value
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expectation"); // error text at the value; empty: loads

    const auto rows = [](const char *field, const char *line,
                         std::initializer_list<std::pair<const char *, const char *>> cases) {
        for (const auto &[value, expectation] : cases) {
            QTest::addRow("%s %s", field, value)
                << QString::fromUtf8(line) << QString::fromUtf8(value)
                << QString::fromUtf8(expectation);
        }
    };
    const char *syntax = "expected a decimal integer";
    const char *range = "must be from";
    rows("vlan", "networks: [{ name: n1, vlan: %1 }]",
         {{"10", ""},
          {"1", ""},
          {"4094", ""},
          {"010", syntax},
          {"0x10", syntax},
          {"0o10", syntax},
          {"1e3", syntax},
          {"+5", syntax},
          {"1_0", syntax},
          {"10.0", syntax},
          {"ten", syntax},
          {"-5", range},
          {"0", range},
          {"4095", range},
          {"99999999999999999999999", range},
          {"\"10\"", "expected an integer for 'vlan', found the quoted text"},
          {"[10]", "expected an integer for 'vlan', found a list"}});
    rows("mtu", "networks: [{ name: n1, mtu: %1 }]",
         {{"9000", ""}, {"67", range}, {"65536", range}});
    rows("port", "nodes: [{ name: n1, ssh: { port: %1 } }]",
         {{"22", ""}, {"65535", ""}, {"010", syntax}, {"65536", range}, {"0", range}});
    rows("cpus", "nodes: [{ name: n1, cpus: %1 }]",
         {{"2147483647", ""}, {"2147483648", range}, {"0", range}, {"4.5", syntax}});
    rows("replicas", "storage: [{ name: s, type: ceph, replicas: %1 }]",
         {{"3", ""}, {"-1", range}});
    rows("chunks",
         "storage: [{ name: s, type: ceph, erasureCoding: { dataChunks: %1, codingChunks: 1 } }]",
         {{"4", ""}, {"04", syntax}});
    const char *boolean = "is a boolean to YAML 1.1 tools";
    rows("name", "hosts: [{ name: %1 }]",
         {{"yes", boolean},
          {"No", boolean},
          {"on", boolean},
          {"OFF", boolean},
          {"y", boolean},
          {"true", boolean},
          {"~", "is null to YAML"},
          {"null", "is null to YAML"},
          {"\"yes\"", ""},
          {"'no'", ""},
          {"\"~\"", ""},
          {"010", ""},
          {"1e3", ""},
          {"ノード", ""},
          {"[a]", "expected a name for 'name', found a list"}});
    rows("reference", "nodes: [{ name: n1, host: %1 }]",
         {{"prox01", ""}, {"off", boolean}, {"NULL", "is null to YAML"}});
    rows("text", "cluster: { dnsDomain: %1 }",
         {{"yes", ""},
          {"010", ""},
          {"~", ""},
          {"{ a: b }", "expected text for 'dnsDomain', found a map"}});
    rows("enum", "cluster: { cni: %1 }",
         {{"cilium", ""},
          {"\"flannel\"", ""},
          {"Cilium", "unknown value 'Cilium' for 'cni'"},
          {"weave", "expected one of: cilium, flannel, calico"}});
    rows("role", "nodes: [{ name: n1, roles: [%1] }]",
         {{"worker", ""},
          {"master", "unknown value 'master' for 'roles'; expected one of: "
                     "control-plane, worker, etcd, bastion, storage"}});
    rows("provider", "vips: [{ name: v, purpose: api-endpoint, provider: %1 }]",
         {{"kube-vip", ""}, {"haproxy", "expected one of: keepalived, kube-vip, metallb, cilium"}});
    const char *decimal = "expected a decimal number for 'x'";
    rows("layout", "layout: { n1: { x: %1, y: 0 } }",
         {{"120", ""},
          {"-1.5", ""},
          {"0.25", ""},
          {"1e3", decimal},
          {"01", decimal},
          {".5", decimal},
          {"1.", decimal},
          {"nan", decimal},
          {".inf", decimal},
          {"0x10", decimal},
          {"\"1\"", "expected a number for 'x', found the quoted text"}});
}

void TestFormat::fieldValues()
{
    QFETCH(QString, line);
    QFETCH(QString, value);
    QFETCH(QString, expectation);
    const QString text = line.arg(value);
    const LoadResult r
        = loadTopologyBytes(header + text.toUtf8() + '\n', QStringLiteral("f.cw.yaml"));
    if (expectation.isEmpty()) {
        QVERIFY2(r.ok() && r.diagnostics.isEmpty(), qPrintable(dump(r.diagnostics)));
        const QString problem = checkRoundTrip(*r.topology);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        return;
    }
    QVERIFY(!r.ok());
    const QString where = QStringLiteral("4:%1: error: ").arg(line.indexOf(u"%1") + 1);
    QVERIFY2(
        hasDiagnostic(r.diagnostics, where + expectation),
        qPrintable(where + expectation + QStringLiteral("\nnot among:\n") + dump(r.diagnostics)));
}

// Plain scalars are taken as written: nothing YAML 1.1 would reinterpret changes value.
void TestFormat::literalText()
{
    const LoadResult r = loadTopologyBytes(
        header
            + "hosts: [{ name: 010, address: 0x10 }]\ncluster: { dnsDomain: yes, "
              "kubernetesVersion: 1.30, controlPlaneEndpoint: \"\" }\n",
        QStringLiteral("f.cw.yaml"));
    QVERIFY2(r.ok(), qPrintable(dump(r.diagnostics)));
    QCOMPARE(r.topology->hosts[0].name, u"010");
    QCOMPARE(r.topology->hosts[0].address, u"0x10");
    QCOMPARE(r.topology->cluster.dnsDomain, u"yes");
    QCOMPARE(r.topology->cluster.kubernetesVersion, u"1.30");
    QCOMPARE(r.topology->cluster.controlPlaneEndpoint, QString());
    // Absent and null cluster settings keep their defaults.
    const LoadResult defaults = loadTopologyBytes(header + "cluster: { dnsDomain: ~, podCidr: }\n",
                                                  QStringLiteral("f.cw.yaml"));
    QVERIFY(defaults.ok());
    QCOMPARE(defaults.topology->cluster, ClusterSettings{});
}

void TestFormat::characterColumns()
{
    // Columns count characters, not bytes: "ノード" is 3 characters and 9 bytes.
    const QString line = QStringLiteral("hosts: [{ name: ノード, bogus: 1 }]");
    const LoadResult r
        = loadTopologyBytes(header + line.toUtf8() + '\n', QStringLiteral("f.cw.yaml"));
    QVERIFY(r.ok());
    const QString expected
        = QStringLiteral("4:%1: warning: unknown key 'bogus'").arg(line.indexOf(u"bogus") + 1);
    QVERIFY2(hasDiagnostic(r.diagnostics, expected), qPrintable(dump(r.diagnostics)));
}

// A small in-test fuzzer, so that plain ctest runs also cover odd inputs: random
// edits of the good files must never crash, and anything that loads must survive
// the round trip.
void TestFormat::mutations()
{
    QList<QByteArray> seeds;
    for (const QString &name : topologyFiles(dataDir + QStringLiteral("/good")))
        seeds << readFile(dataDir + QStringLiteral("/good/") + name);
    QVERIFY(!seeds.isEmpty());
    static const char tokens[][6]
        = {"[",   "]",  "{",  "}", ":", ": ", "- ",  "\n",  "  ", "\"", "'",
           "&a ", "*a", "!!", "#", ",", "~",  "yes", "010", "\t", "?"};
    QRandomGenerator random(20240229);
    int loaded = 0;
    for (int i = 0; i < 3000; ++i) {
        QByteArray bytes = seeds[random.bounded(seeds.size())];
        for (int edits = random.bounded(1, 4); edits > 0; --edits) {
            const int at = random.bounded(int(bytes.size()) + 1);
            switch (random.bounded(4)) {
            case 0:
                bytes.insert(at, tokens[random.bounded(int(std::size(tokens)))]);
                break;
            case 1:
                bytes.remove(at, random.bounded(1, 8));
                break;
            case 2:
                bytes.truncate(at);
                break;
            default:
                if (at < bytes.size())
                    bytes[at] = char(random.bounded(256));
            }
        }
        const LoadResult r = loadTopologyBytes(bytes, QStringLiteral("mutant.cw.yaml"));
        QVERIFY(r.ok() || hasErrors(r.diagnostics));
        for (const Diagnostic &d : r.diagnostics)
            QVERIFY2(d.location.line >= 1 && d.location.column >= 1, qPrintable(d.toString()));
        if (r.ok()) {
            ++loaded;
            const QString problem = checkRoundTrip(*r.topology);
            QVERIFY2(problem.isEmpty(),
                     qPrintable(problem + QStringLiteral("\ninput:\n") + QString::fromUtf8(bytes)));
        }
    }
    QVERIFY(loaded > 100); // the mutations do not all break the file
}

void TestFormat::loadFileErrors()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto expectError = [](const QString &path, const char *text) {
        const LoadResult r = loadTopologyFile(path);
        QVERIFY(!r.ok());
        QVERIFY2(hasDiagnostic(r.diagnostics, QStringLiteral("error: ") + QString::fromUtf8(text)),
                 qPrintable(dump(r.diagnostics)));
    };
    expectError(dir.filePath(QStringLiteral("missing.cw.yaml")), "no such file");
    expectError(dir.path(), "not a regular file");
    // A FIFO would block an open() until someone writes to it.
    const QString fifo = dir.filePath(QStringLiteral("fifo.cw.yaml"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    expectError(fifo, "not a regular file");
    // Rejected by its size, before reading: a sparse file costs no disk.
    QFile big(dir.filePath(QStringLiteral("big.cw.yaml")));
    QVERIFY(big.open(QIODevice::WriteOnly) && big.resize(MaxFileBytes + 1));
    big.close();
    expectError(big.fileName(), "the limit is 4 MiB");
}

void TestFormat::diagnosticText()
{
    using S = Diagnostic::Severity;
    const QString msg = QStringLiteral("msg");
    QCOMPARE((Diagnostic{S::Error, {QStringLiteral("a.cw.yaml"), 3, 7}, msg}).toString(),
             u"a.cw.yaml:3:7: error: msg");
    QCOMPARE((Diagnostic{S::Warning, {QStringLiteral("a.cw.yaml"), 3, 7}, msg}).toString(),
             u"a.cw.yaml:3:7: warning: msg");
    QCOMPARE((Diagnostic{S::Error, {QStringLiteral("a.cw.yaml"), 0, 0}, msg}).toString(),
             u"a.cw.yaml: error: msg");
    QCOMPARE((Diagnostic{S::Error, {{}, 2, 1}, msg}).toString(), u"2:1: error: msg");
    QVERIFY(!hasErrors({Diagnostic{S::Warning, {}, msg}}));
    QVERIFY(hasErrors({Diagnostic{S::Warning, {}, msg}, Diagnostic{S::Error, {}, msg}}));
}

QTEST_GUILESS_MAIN(TestFormat)
