// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "tst_format.h"

#include "format/yamltext.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

using namespace Clusterwright;
using namespace FormatTest;

void TestFormat::quoting_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("block"); // as written in block context; flow if different
    QTest::addColumn<QString>("flow");

    const auto row = [](const QString &text, const char *block, const char *flow = nullptr) {
        QTest::addRow("%s", qPrintable(QString(text).replace(u'\n', QStringLiteral("\\n"))))
            << text << QString::fromUtf8(block) << QString::fromUtf8(flow ? flow : block);
    };
    const auto same = [&row](const char *text) { row(QString::fromUtf8(text), text); };
    const auto quoted = [&row](const char *text) {
        const QString q = u'"' + QString::fromUtf8(text) + u'"';
        row(QString::fromUtf8(text), q.toUtf8().constData());
    };
    // Plain: what people write and read every day stays unquoted.
    for (const char *text :
         {"cp-1", "192.168.0.1", "10.0.0.0/8", "v1.27.1", "~/.ssh/id_ed25519", "ノード", "it's",
          "a#b", "two words", "café", "back\\slash", "quote\"inside", "nullable", "yesterday",
          "1.2.3", "192.168.8.128-192.168.8.255"})
        same(text);
    // Plain in block context only: older readers reject ':' in flow scalars.
    row(QStringLiteral("admin@bastion.example:22"), "admin@bastion.example:22",
        "\"admin@bastion.example:22\"");
    row(QStringLiteral("fd00::1"), "fd00::1", "\"fd00::1\"");
    // Quoted: YAML 1.1 or 1.2 would read another type, or the text would not parse.
    for (const char *text :
         {"",       "yes",   "No",    "y",         "N",          "ON",         "off",
          "true",   "FALSE", "~",     "null",      "NULL",       "010",        "10",
          "-1",     "+1",    "1.5",   ".5",        "1.",         "1e3",        "0x1F",
          "0o17",   "0b101", "1_000", "12:30",     "2001:0:0:1", "2024-01-31", "2024-1-2 10:00",
          ".inf",   "-.Inf", ".NaN",  "+Infinity", "<<",         "=",          " lead",
          "trail ", "a: b",  "a #b",  "end:",      "#a",         "-a",         "- a",
          "?a",     ":a",    "[a",    "a,b",       "x]",         "{a}",        "*a",
          "&a",     "!a",    "|a",    ">a",        "'a",         "%a",         "@a",
          "`a",     "...x"})
        quoted(text);
    row(QStringLiteral("\"a\""), "\"\\\"a\\\"\"");
    row(QStringLiteral("line\nbreak"), "\"line\\nbreak\"");
    row(QStringLiteral("tab\there"), "\"tab\\there\"");
    row(QStringLiteral("cr\r"), "\"cr\\r\"");
    row(QString(QChar(0)), "\"\\0\"");
    row(QStringLiteral("bell\a"), "\"bell\\x07\"");
    row(QString(QChar(0x7F)), "\"\\x7F\"");
    row(QString(QChar(0x85)), "\"\\x85\"");
    row(QString(QChar(0x2028)), "\"\\u2028\"");
    row(QString(QChar(0xFEFF)) + u'x', "\"\\uFEFFx\"");
}

void TestFormat::quoting()
{
    QFETCH(QString, text);
    QFETCH(QString, block);
    QFETCH(QString, flow);
    QCOMPARE(yamlScalar(text), block);
    QCOMPARE(yamlScalar(text, ScalarContext::Flow), flow);

    // Every place a string can go reads it back unchanged.
    Topology t;
    t.metadata.name = QStringLiteral("quoting");
    t.metadata.description = text;
    t.cluster.dnsDomain = text;
    t.cluster.podCidrs = {text, text};
    t.hosts.append({text, text});
    Node node;
    node.name = text;
    node.host = text;
    node.interfaces.append({text, text});
    node.ssh.user = text;
    t.nodes.append(node);
    t.storage.append({text, StorageType::Ceph, {}, {}, {}, {text}, std::nullopt, std::nullopt});
    t.layout.insert(text, QPointF(1, 2));
    const QString problem = checkRoundTrip(t);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestFormat::canonicalText()
{
    Topology t;
    t.metadata.name = QStringLiteral("unit");
    t.cluster.podCidrs = {};
    t.cluster.serviceCidrs
        = {QStringLiteral("10.96.0.0/12"), QStringLiteral("fd00::/108"), QStringLiteral("third")};
    t.cluster.controlPlaneEndpoint = QStringLiteral("api.example:6443");
    Network net;
    net.name = QStringLiteral("lan");
    net.mtu = 1500;
    t.networks.append(net);
    Node node;
    node.name = QStringLiteral("n1");
    node.ssh.port = 22;
    t.nodes.append(node);
    t.vips.append(
        {QStringLiteral("api"), VipPurpose::ApiEndpoint, {}, {}, {}, VipProvider::Keepalived});
    t.storage.append(
        {QStringLiteral("ec"), StorageType::Ceph, {}, {}, {}, {}, 1, ErasureCoding{4, 2}});
    t.layout.insert(QStringLiteral("n1"), QPointF(-0.0, 1e-7));
    t.layout.insert(QStringLiteral("a"), QPointF(123456789.125, 0.1 + 0.2));

    const char *expected = R"(apiVersion: clusterwright.dev/v1alpha1
kind: ClusterTopology
metadata: { name: unit }
cluster:
  kubernetesVersion: v1.30.0
  podCidr: []
  serviceCidr: [10.96.0.0/12, "fd00::/108", third]
  dnsDomain: cluster.local
  cni: cilium
  kubeProxy: iptables
  etcd: stacked
  controlPlaneEndpoint: api.example:6443
networks:
  - name: lan
    mtu: 1500
nodes:
  - name: n1
    ssh:
      port: 22
vips:
  - { name: api, purpose: api-endpoint, provider: keepalived }
storage:
  - { name: ec, type: ceph, replicas: 1, erasureCoding: { dataChunks: 4, codingChunks: 2 } }
layout:
  a: { x: 123456789.125, y: 0.30000000000000004 }
  n1: { x: 0, y: 0.0000001 }
)";
    QCOMPARE(QString::fromUtf8(writeTopology(t)), QString::fromUtf8(expected));
    const QString problem = checkRoundTrip(t);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    // Even an empty model writes a file that loads.
    QVERIFY(loadTopologyBytes(writeTopology(Topology{}), QStringLiteral("empty")).ok());
}

// YAML limits "key: value" keys to 1024 characters; longer ones use "? key".
void TestFormat::longLayoutKey()
{
    Topology t;
    t.metadata.name = QStringLiteral("long");
    const QString name = QString(2000, u'n');
    t.layout.insert(name, QPointF(5, 6));
    const QByteArray text = writeTopology(t);
    QVERIFY(text.contains("\n  ? " + name.toUtf8() + "\n  : { x: 5, y: 6 }\n"));
    const QString problem = checkRoundTrip(t);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestFormat::saveAndReload()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("saved.cw.yaml"));
    const LoadResult source = loadTopologyFile(QStringLiteral(CW_TEST_DATA_DIR)
                                               + QStringLiteral("/good/canonical.cw.yaml"));
    QVERIFY(source.ok());
    QString error;
    QVERIFY2(saveTopologyFile(*source.topology, path, &error), qPrintable(error));
    QCOMPARE(readFile(path), writeTopology(*source.topology));
    Topology changed = *source.topology;
    changed.metadata.description = QStringLiteral("second save");
    QVERIFY2(saveTopologyFile(changed, path, &error), qPrintable(error));
    const LoadResult again = loadTopologyFile(path);
    QVERIFY(again.ok());
    QCOMPARE(*again.topology, changed);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("saved.cw.yaml")});
}

void TestFormat::saveFailureKeepsOriginal_data()
{
    QTest::addColumn<QString>("failure");
    QTest::newRow("read-only directory") << QStringLiteral("read-only");
    QTest::newRow("file size limit (EFBIG)") << QStringLiteral("fsize");
    QTest::newRow("target is a directory") << QStringLiteral("directory");
}

void TestFormat::saveFailureKeepsOriginal()
{
    QFETCH(QString, failure);
    if (failure == u"read-only" && ::geteuid() == 0)
        QSKIP("root ignores directory permissions; the EFBIG row covers the failure path");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("design.cw.yaml"));
    const QByteArray original = "original bytes, not even YAML\n";
    if (failure == u"directory") {
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("design.cw.yaml")));
    } else {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(original) == original.size());
    }
    Topology t;
    t.metadata.name = QStringLiteral("new");
    QString error;
    bool saved = true;
    if (failure == u"read-only") {
        QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner));
        saved = saveTopologyFile(t, path, &error);
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    } else if (failure == u"fsize") {
        // Writes past 64 bytes fail with EFBIG instead of raising SIGXFSZ.
        rlimit old{};
        QCOMPARE(::getrlimit(RLIMIT_FSIZE, &old), 0);
        const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit small = old;
        small.rlim_cur = 64;
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &small), 0);
        saved = saveTopologyFile(t, path, &error);
        ::setrlimit(RLIMIT_FSIZE, &old);
        std::signal(SIGXFSZ, oldHandler);
    } else {
        saved = saveTopologyFile(t, path, &error);
    }
    QVERIFY(!saved);
    QVERIFY2(error.startsWith(QStringLiteral("cannot save ") + QDir::toNativeSeparators(path)
                              + QStringLiteral(": "))
                 && error.size() > path.size() + 14,
             qPrintable(error));
    if (failure == u"directory") {
        QVERIFY(QFileInfo(path).isDir());
    } else {
        QCOMPARE(readFile(path), original);
    }
    // No temporary file left behind.
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("design.cw.yaml")});
}
