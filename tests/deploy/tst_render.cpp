// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
// Rendered files: golden copies, keepalived -t, and YAML that parses back with
// every string quoted. CW_UPDATE_GOLDEN=1 rewrites the golden files.
#include "deploy/plan.h"
#include "deploy/render.h"
#include "deploy/yamlwriter.h"
#include "format/topologyformat.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <yaml-cpp/yaml.h>

#include <pwd.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Clusterwright;

namespace {

const QStringList Examples{u"seichi-onp-k8s"_s, u"k0s-ceph-homelab"_s, u"gentoo-keepalived-valid"_s,
                           u"kubevip-flannel"_s};

QString examplePath(const QString &name)
{
    if (name.endsWith(u"-valid"_s) || name == u"kubevip-flannel"_s)
        return QStringLiteral(CW_TEST_DATA_DIR "/deploy/") + name + u".cw.yaml"_s;
    return QStringLiteral(CW_EXAMPLES_DIR "/") + name + u".cw.yaml"_s;
}

QStringList filesUnder(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(root).relativeFilePath(it.next()));
    files.sort();
    return files;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool renderExample(const QString &name, const QString &dir)
{
    const LoadResult loaded = loadTopologyFile(examplePath(name));
    if (!loaded.ok())
        return false;
    const PlanResult result = buildPlan(*loaded.topology);
    if (!result.ok())
        return false;
    QStringList written;
    QString error;
    return renderPlan(*result.plan, dir, &written, &error);
}

// Plain scalars may only be integers or booleans; strings must be quoted.
void checkQuoted(const YAML::Node &node, const QString &where, QStringList *bad)
{
    if (node.IsMap()) {
        for (const auto &entry : node)
            checkQuoted(entry.second, where, bad);
    } else if (node.IsSequence()) {
        for (const auto &item : node)
            checkQuoted(item, where, bad);
    } else if (node.IsScalar() && node.Tag() != "!") {
        const QString text = QString::fromStdString(node.Scalar());
        bool isInt = false;
        text.toInt(&isInt);
        if (!isInt && text != u"true"_s && text != u"false"_s)
            bad->append(where + u": "_s + text);
    }
}

} // namespace

class TstRender : public QObject
{
    Q_OBJECT

private slots:
    void yamlWriterQuotesEverything();
    void golden_data();
    void golden();
    void keepalivedAcceptsEveryConf();
    void yamlParsesBackQuoted();
};

void TstRender::yamlWriterQuotesEverything()
{
    const QByteArray text = YamlWriter::write(YamlValue::map(
        {{u"a"_s, u"yes"_s},
         {u"b"_s, u"010"_s},
         {u"c"_s, u"say \"hi\"\\\n"_s},
         {u"n"_s, 10},
         {u"yes"_s, true},
         {u"list"_s,
          YamlValue::list({YamlValue::map({{u"k"_s, u"v"_s}, {u"l"_s, u"w"_s}}), u"1.30"_s})},
         {u"empty"_s, YamlValue::list()}}));
    const YAML::Node root = YAML::Load(text.toStdString());
    QCOMPARE(root["a"].as<std::string>(), std::string("yes"));
    QCOMPARE(root["a"].Tag(), std::string("!"));
    QCOMPARE(root["b"].as<std::string>(), std::string("010"));
    QCOMPARE(root["c"].as<std::string>(), std::string("say \"hi\"\\\n"));
    QCOMPARE(root["n"].as<int>(), 10);
    QVERIFY(root["yes"].as<bool>());
    QCOMPARE(root["list"][0]["l"].as<std::string>(), std::string("w"));
    QCOMPARE(root["list"][1].as<std::string>(), std::string("1.30"));
    QVERIFY(root["empty"].IsSequence() && root["empty"].size() == 0);
}

void TstRender::golden_data()
{
    QTest::addColumn<QString>("example");
    for (const QString &name : Examples)
        QTest::newRow(qPrintable(name)) << name;
}

void TstRender::golden()
{
    QFETCH(QString, example);
    QTemporaryDir dir;
    QVERIFY(renderExample(example, dir.path()));
    const QString goldenDir = QStringLiteral(CW_TEST_DATA_DIR "/deploy/golden/") + example;
    const QStringList actual = filesUnder(dir.path());
    if (qEnvironmentVariableIsSet("CW_UPDATE_GOLDEN")) {
        QDir(goldenDir).removeRecursively();
        for (const QString &relative : actual) {
            const QString target = goldenDir + u'/' + relative;
            QDir().mkpath(QFileInfo(target).absolutePath());
            QFile out(target);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(readFile(dir.filePath(relative)));
        }
        QSKIP("golden files rewritten");
    }
    QCOMPARE(actual, filesUnder(goldenDir));
    for (const QString &relative : actual) {
        const QByteArray got = readFile(dir.filePath(relative));
        const QByteArray want = readFile(goldenDir + u'/' + relative);
        if (got != want) {
            const QString copy = QDir::tempPath() + u"/cw-render-"_s + example;
            QDir(copy).removeRecursively();
            QDir().rename(dir.path(), copy);
            dir.setAutoRemove(false);
            QFAIL(qPrintable(
                u"%1 differs; see: diff -ru %2 %3 (CW_UPDATE_GOLDEN=1 regenerates)"_s.arg(
                    relative, goldenDir, copy)));
        }
    }
}

void TstRender::keepalivedAcceptsEveryConf()
{
    QString keepalived = QStandardPaths::findExecutable(u"keepalived"_s);
    if (keepalived.isEmpty())
        keepalived = QStandardPaths::findExecutable(u"keepalived"_s, {u"/usr/sbin"_s, u"/sbin"_s});
    if (keepalived.isEmpty())
        QSKIP("keepalived is not installed (Debian package keepalived)");
    // keepalived -t insists the interface exists: use a real non-loopback one
    // in place of the ${cw:iface:NETWORK} placeholder, as the runner would.
    QString device;
    for (const QString &name :
         QDir(u"/sys/class/net"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (name != u"lo"_s && (device.isEmpty() || name.startsWith(u"e"_s)))
            device = name;
    }
    if (device.isEmpty())
        QSKIP("no network interface to check keepalived.conf against");
    int checked = 0;
    for (const QString &example : Examples) {
        QTemporaryDir dir;
        QVERIFY(renderExample(example, dir.path()));
        for (const QString &relative : filesUnder(dir.path())) {
            if (!relative.endsWith(u"/etc/keepalived/keepalived.conf"_s))
                continue;
            QByteArray conf = readFile(dir.filePath(relative));
            static const QRegularExpression iface(u"\\$\\{cw:iface:[^}]*\\}"_s);
            conf = QString::fromUtf8(conf).replace(iface, device).toUtf8();
            // Only root may run scripts as root: a non-root test run checks
            // the same file with its own user as the script user.
            if (geteuid() != 0) {
                if (const passwd *user = getpwuid(geteuid()))
                    conf.replace("script_user root", QByteArray("script_user ") + user->pw_name);
            }
            const QString path = dir.filePath(u"check.conf"_s);
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(conf);
            out.close();
            QProcess process;
            process.start(keepalived, {u"-t"_s, u"-l"_s, u"-n"_s, u"-f"_s, path});
            QVERIFY(process.waitForFinished(30000));
            QVERIFY2(process.exitCode() == 0,
                     qPrintable(example + u'/' + relative + u": "_s
                                + QString::fromUtf8(process.readAllStandardError()
                                                    + process.readAllStandardOutput())));
            ++checked;
        }
    }
    QCOMPARE(checked, 6); // seichi: 3 control planes; gentoo: 3 nodes
}

void TstRender::yamlParsesBackQuoted()
{
    int parsed = 0;
    for (const QString &example : Examples) {
        QTemporaryDir dir;
        QVERIFY(renderExample(example, dir.path()));
        for (const QString &relative : filesUnder(dir.path())) {
            if (!relative.endsWith(u".yaml"_s))
                continue;
            const QByteArray text = readFile(dir.filePath(relative));
            std::vector<YAML::Node> documents;
            try {
                documents = YAML::LoadAll(text.toStdString());
            } catch (const YAML::Exception &e) {
                QFAIL(qPrintable(relative + u": "_s + QString::fromStdString(e.what())));
            }
            QVERIFY(!documents.empty());
            QStringList bad;
            for (const YAML::Node &document : documents)
                checkQuoted(document, relative, &bad);
            QVERIFY2(bad.isEmpty(), qPrintable(bad.join(u'\n')));
            ++parsed;
        }
    }
    QVERIFY(parsed >= 10);
}

QTEST_GUILESS_MAIN(TstRender)
#include "tst_render.moc"
