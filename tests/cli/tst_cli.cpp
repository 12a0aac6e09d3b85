// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
// Runs the real `clusterwright` executable with no display at all, the way CI
// and a design review pipeline do.
#include "headlessrun.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Clusterwright;
using namespace Qt::StringLiterals;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Writes `bytes` to `name` in `dir` and returns the path; empty on failure.
QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

// Loads fine but is not canonical: keys and flow-map fields out of order.
constexpr char MessyTopology[] = "kind: ClusterTopology\napiVersion: clusterwright.dev/v1alpha1\n"
                                 "metadata:\n  name: messy\n"
                                 "hosts: [ {address: 192.168.1.2, name: h1} ]\n";

QString example(const char *name)
{
    return QStringLiteral(CW_EXAMPLES_DIR "/") + QString::fromLatin1(name);
}

} // namespace

class TstCli : public QObject
{
    Q_OBJECT

private slots:
    void versionAndHelpWorkHeadless();
    void guiWithoutDisplayExplainsWhatToDo();
    void unknownCommandIsUsageError();
    void checkFormatAcceptsExamples();
    void checkFormatReportsLineAndColumn();
    void fmtCheckListsNonCanonicalFiles();
    void fmtRewritesToFixedPoint();
    void fmtRefusesToDropUnknownKeys();
};

void TstCli::versionAndHelpWorkHeadless()
{
    const HeadlessRun version = runClusterwright({u"--version"_s});
    QCOMPARE(version.exitCode, 0);
    QVERIFY2(version.out.startsWith(u"clusterwright 0."_s), qPrintable(version.out));
    QVERIFY(version.out.contains(u"libssh 0.10"_s));

    const HeadlessRun help = runClusterwright({u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(u"check-format FILE..."_s));
    QVERIFY(help.out.contains(u"fmt FILE... [--check]"_s));
    QVERIFY(help.out.contains(u"Exit codes:"_s));
}

void TstCli::guiWithoutDisplayExplainsWhatToDo()
{
    const HeadlessRun run = runClusterwright({example("seichi-onp-k8s.cw.yaml")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"no display"_s), qPrintable(run.err));
    QVERIFY(run.err.contains(u"xvfb-run"_s));
    QVERIFY(!run.err.contains(u"qt.qpa"_s)); // we stopped before Qt tried to connect
}

void TstCli::unknownCommandIsUsageError()
{
    const HeadlessRun run = runClusterwright({u"--frobnicate"_s});
    // Not a subcommand, so it is taken as the GUI path, which has no display here.
    QCOMPARE(run.exitCode, 1);
    const HeadlessRun bad = runClusterwright({u"fmt"_s, u"--nope"_s, u"x.cw.yaml"_s});
    QCOMPARE(bad.exitCode, 64);
    QVERIFY(bad.err.contains(u"unknown option --nope"_s));
}

void TstCli::checkFormatAcceptsExamples()
{
    const QStringList examples = QDir(QStringLiteral(CW_EXAMPLES_DIR))
                                     .entryList({u"*.cw.yaml"_s}, QDir::Files, QDir::Name);
    QVERIFY(examples.size() >= 4);
    QStringList paths;
    for (const QString &name : examples)
        paths << QStringLiteral(CW_EXAMPLES_DIR "/") + name;
    const HeadlessRun run = runClusterwright(QStringList{u"check-format"_s} + paths);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out.count(u": ok"_s), examples.size());
}

void TstCli::checkFormatReportsLineAndColumn()
{
    QTemporaryDir dir;
    const QString path
        = writeFile(dir, u"bad.cw.yaml"_s,
                    "apiVersion: clusterwright.dev/v1alpha1\nkind: ClusterTopology\n"
                    "metadata: { name: x }\nnetworks:\n  - name: a\n    vlan: 010\n");
    QVERIFY(!path.isEmpty());
    const HeadlessRun run = runClusterwright({u"check-format"_s, path});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(path + u":6:11: error:"_s), qPrintable(run.err));
}

void TstCli::fmtCheckListsNonCanonicalFiles()
{
    QTemporaryDir dir;
    const QString canonical = dir.filePath(u"a.cw.yaml"_s);
    QVERIFY(QFile::copy(example("coreos-flannel.cw.yaml"), canonical));
    const QString messy = writeFile(dir, u"b.cw.yaml"_s, MessyTopology);
    QVERIFY(!messy.isEmpty());
    const QByteArray before = readFile(messy);

    const HeadlessRun run = runClusterwright({u"fmt"_s, u"--check"_s, canonical, messy});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out.trimmed(), messy); // only the messy one is listed
    QCOMPARE(readFile(messy), before);  // --check writes nothing
}

void TstCli::fmtRewritesToFixedPoint()
{
    QTemporaryDir dir;
    const QString messy = writeFile(dir, u"b.cw.yaml"_s, MessyTopology);
    QVERIFY(!messy.isEmpty());

    QCOMPARE(runClusterwright({u"fmt"_s, messy}).exitCode, 0);
    const QByteArray once = readFile(messy);
    QVERIFY(once.startsWith("apiVersion: clusterwright.dev/v1alpha1\nkind: ClusterTopology\n"));
    QVERIFY(once.contains("{ name: h1, address: 192.168.1.2 }"));
    const HeadlessRun again = runClusterwright({u"fmt"_s, u"--check"_s, messy});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(readFile(messy), once);
}

void TstCli::fmtRefusesToDropUnknownKeys()
{
    QTemporaryDir dir;
    const QString path
        = writeFile(dir, u"typo.cw.yaml"_s,
                    "apiVersion: clusterwright.dev/v1alpha1\nkind: ClusterTopology\n"
                    "metadata: { name: typo }\nhosts:\n  - { name: h1, adress: 192.168.1.2 }\n");
    QVERIFY(!path.isEmpty());
    const QByteArray before = readFile(path);
    const HeadlessRun run = runClusterwright({u"fmt"_s, path});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u":5:17: warning:"_s), qPrintable(run.err));
    QVERIFY(run.err.contains(u"not rewritten"_s));
    QCOMPARE(readFile(path), before);
}

QTEST_GUILESS_MAIN(TstCli)
#include "tst_cli.moc"
