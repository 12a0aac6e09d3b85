// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
// `clusterwright export` run as CI runs it: the real executable with DISPLAY,
// WAYLAND_DISPLAY and QT_QPA_PLATFORM removed from its environment.
#include "headlessrun.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Clusterwright;
using namespace Qt::StringLiterals;

namespace {

const QString Seichi = QStringLiteral(CW_EXAMPLES_DIR "/seichi-onp-k8s.cw.yaml");

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// All the text of the SVG's <text> elements, or a parse error.
QString svgText(const QByteArray &svg, QString *error)
{
    QXmlStreamReader xml(svg);
    QStringList texts;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"text")
            texts << xml.readElementText(QXmlStreamReader::IncludeChildElements);
    }
    if (xml.hasError())
        *error = xml.errorString();
    return texts.join(u'\n');
}

QStringList entries(const QTemporaryDir &dir)
{
    return QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

class TstExportCli : public QObject
{
    Q_OBJECT

private slots:
    void writesAllThreeWithoutDisplay();
    void pngScale();
    void listedInHelp();
    void badInputNamesLineAndColumn();
    void unwritableOutputLeavesNoFile();
    void usageErrors_data();
    void usageErrors();
    void sourceDateEpochMakesSvgReproducible();
};

void TstExportCli::writesAllThreeWithoutDisplay()
{
    QTemporaryDir dir;
    const HeadlessRun run = runClusterwright({u"export"_s, Seichi, u"--svg"_s, u"out.svg"_s,
                                              u"--png"_s, u"out.png"_s, u"--pdf"_s, u"out.pdf"_s},
                                             dir.path());
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(!run.err.contains(u"qt.qpa"_s) && !run.err.contains(u"display"_s),
             qPrintable(run.err));
    QCOMPARE(run.out.split(u'\n', Qt::SkipEmptyParts),
             (QStringList{u"out.svg"_s, u"out.png"_s, u"out.pdf"_s}));

    QString error;
    const QString text = svgText(readFile(dir.filePath(u"out.svg"_s)), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (const QString &expected :
         {u"seichi-onp-k8s"_s, u"cp-1"_s, u"wk-3"_s, u"bastion"_s, u"service"_s, u"storage"_s,
          u"192.168.16.0/22"_s, u"Fault tolerance"_s, u"etcd"_s})
        QVERIFY2(text.contains(expected), qPrintable(expected));

    const QImage png(dir.filePath(u"out.png"_s));
    QVERIFY(!png.isNull());
    QVERIFY(png.width() > 1000 && png.height() > 500);

    const QByteArray pdf = readFile(dir.filePath(u"out.pdf"_s));
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(pdf.trimmed().endsWith("%%EOF"));
}

void TstExportCli::pngScale()
{
    QTemporaryDir dir;
    const HeadlessRun one = runClusterwright(
        {u"export"_s, Seichi, u"--png"_s, dir.filePath(u"one.png"_s), u"--scale"_s, u"1"_s});
    QCOMPARE(one.exitCode, 0);
    const HeadlessRun three = runClusterwright(
        {u"export"_s, Seichi, u"--png=%1"_s.arg(dir.filePath(u"three.png"_s)), u"--scale=3"_s});
    QCOMPARE(three.exitCode, 0);
    const QImage a(dir.filePath(u"one.png"_s));
    const QImage b(dir.filePath(u"three.png"_s));
    QVERIFY(!a.isNull() && !b.isNull());
    // Rounded up separately: within one pixel of three times.
    QVERIFY2(qAbs(b.width() - 3 * a.width()) <= 3,
             qPrintable(u"%1 %2"_s.arg(a.width()).arg(b.width())));
    QVERIFY(qAbs(b.height() - 3 * a.height()) <= 3);
}

void TstExportCli::listedInHelp()
{
    const HeadlessRun help = runClusterwright({u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.contains(u"export FILE --svg|--png|--pdf OUT"_s), qPrintable(help.out));
    QVERIFY(help.out.contains(u"check-format FILE..."_s)); // core's commands are still there
    const HeadlessRun usage = runClusterwright({u"export"_s, u"--help"_s});
    QCOMPARE(usage.exitCode, 0);
    QVERIFY(usage.out.contains(u"--scale"_s));
}

void TstExportCli::badInputNamesLineAndColumn()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bad.cw.yaml"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("apiVersion: clusterwright.dev/v1alpha1\nkind: ClusterTopology\n"
               "metadata: { name: x }\nnetworks:\n  - name: a\n    vlan: 010\n");
    file.close();
    const HeadlessRun run
        = runClusterwright({u"export"_s, path, u"--svg"_s, dir.filePath(u"bad.svg"_s)});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(path + u":6:11: error:"_s), qPrintable(run.err));
    QCOMPARE(entries(dir), QStringList{u"bad.cw.yaml"_s});

    const HeadlessRun missing = runClusterwright(
        {u"export"_s, dir.filePath(u"nope.cw.yaml"_s), u"--pdf"_s, dir.filePath(u"x.pdf"_s)});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains(u"nope.cw.yaml"_s));
}

void TstExportCli::unwritableOutputLeavesNoFile()
{
    QTemporaryDir dir;
    const QString unwritable = dir.filePath(u"missing/review.pdf"_s);
    const HeadlessRun run = runClusterwright(
        {u"export"_s, Seichi, u"--pdf"_s, unwritable, u"--svg"_s, dir.filePath(u"ok.svg"_s)});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"export: Cannot write "_s + QDir::toNativeSeparators(unwritable)),
             qPrintable(run.err));
    // The other output is still written, and nothing else appears.
    QCOMPARE(run.out.trimmed(), dir.filePath(u"ok.svg"_s));
    QCOMPARE(entries(dir), QStringList{u"ok.svg"_s});
}

void TstExportCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no file") << QStringList{u"--svg"_s, u"a.svg"_s} << u"no file given"_s;
    QTest::newRow("two files") << QStringList{Seichi, Seichi, u"--svg"_s, u"a.svg"_s}
                               << u"exactly one"_s;
    QTest::newRow("no output") << QStringList{Seichi} << u"--svg OUT"_s;
    QTest::newRow("bad scale") << QStringList{Seichi, u"--png"_s, u"a.png"_s, u"--scale"_s, u"0"_s}
                               << u"--scale must be"_s;
    QTest::newRow("nan scale") << QStringList{Seichi, u"--png"_s, u"a.png"_s, u"--scale=x"_s}
                               << u"--scale must be"_s;
    QTest::newRow("scale without png")
        << QStringList{Seichi, u"--svg"_s, u"a.svg"_s, u"--scale"_s, u"2"_s} << u"--png only"_s;
    QTest::newRow("bad paper") << QStringList{Seichi, u"--pdf"_s, u"a.pdf"_s, u"--paper=a3"_s}
                               << u"a4 or letter"_s;
    QTest::newRow("unknown option")
        << QStringList{Seichi, u"--jpeg"_s, u"a.jpg"_s} << u"unknown option --jpeg"_s;
}

void TstExportCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const HeadlessRun run = runClusterwright(QStringList{u"export"_s} + arguments, dir.path());
    QCOMPARE(run.exitCode, 64);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(entries(dir).isEmpty());
}

void TstExportCli::sourceDateEpochMakesSvgReproducible()
{
    QTemporaryDir dir;
    qputenv("SOURCE_DATE_EPOCH", "1700000000"); // 2023-11-14 22:13:20 UTC
    const HeadlessRun a
        = runClusterwright({u"export"_s, Seichi, u"--svg"_s, dir.filePath(u"a.svg"_s)});
    const HeadlessRun b
        = runClusterwright({u"export"_s, Seichi, u"--svg"_s, dir.filePath(u"b.svg"_s)});
    qunsetenv("SOURCE_DATE_EPOCH");
    QCOMPARE(a.exitCode, 0);
    QCOMPARE(b.exitCode, 0);
    const QByteArray svg = readFile(dir.filePath(u"a.svg"_s));
    QVERIFY(svg.contains("2023-11-14 22:13 UTC"));
    QCOMPARE(readFile(dir.filePath(u"b.svg"_s)), svg);
}

QTEST_GUILESS_MAIN(TstExportCli)
#include "tst_exportcli.moc"
