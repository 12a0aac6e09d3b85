// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
// Runs the real `clusterwright` executable with no display, as a design review
// in CI does: validate (text, json, sarif), explain and whatif, with exit codes.
#include "headlessrun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Clusterwright;
using namespace Qt::StringLiterals;

namespace {

const QString DataDir = QStringLiteral(CW_TEST_DATA_DIR "/validation");

// Relative file arguments resolve against the test data folder, the way a CI
// job passes paths relative to its checkout.
HeadlessRun run(const QStringList &arguments)
{
    return runClusterwright(arguments, DataDir);
}

// 1-based line of the first line of `file` containing `needle` after `after`.
int lineOf(const QString &file, const QString &needle, const QString &after = {})
{
    QFile f(DataDir + u'/' + file);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n');
    bool armed = after.isEmpty();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        armed = armed || lines[i].contains(after);
        if (armed && lines[i].contains(needle))
            return int(i) + 1;
    }
    return -1;
}

QJsonObject parseObject(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s", qPrintable(error.errorString()));
    return doc.object();
}

QStringList findingIds(const QJsonArray &findings)
{
    QStringList ids;
    for (const QJsonValue &f : findings)
        ids << f[u"ruleId"].toString();
    return ids;
}

} // namespace

class TestValidateCli : public QObject
{
    Q_OBJECT

private slots:
    void helpListsCommands();
    void cleanDesign();
    void textFindingLine();
    void json();
    void sarif();
    void severityThreshold_data();
    void severityThreshold();
    void badOptions_data();
    void badOptions();
    void unreadable();
    void explain();
    void explainUnknown();
    void explainList();
    void whatIf_data();
    void whatIf();
};

void TestValidateCli::helpListsCommands()
{
    const HeadlessRun r = run({u"--help"_s});
    QCOMPARE(r.exitCode, 0);
    for (const QString &command : {u"validate FILE..."_s, u"explain RULE"_s, u"whatif FILE"_s})
        QVERIFY2(r.out.contains(command), qPrintable(r.out));
    const HeadlessRun validateHelp = run({u"validate"_s, u"--help"_s});
    QCOMPARE(validateHelp.exitCode, 0);
    QVERIFY(validateHelp.out.contains(u"--severity info|warning|error"_s));
}

void TestValidateCli::cleanDesign()
{
    const HeadlessRun r = run({u"validate"_s, u"clean.cw.yaml"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY2(!r.out.contains(u": error "_s), qPrintable(r.out));
    QVERIFY(r.out.contains(u"clean.cw.yaml: fault tolerance (failures survived, worst case):"_s));
    QVERIFY(r.out.contains(QRegularExpression(u"\n  etcd +1 +1  3 members, quorum 2\n"_s)));
    QVERIFY(r.out.contains(u"clean.cw.yaml: 0 errors"_s));
}

void TestValidateCli::textFindingLine()
{
    const QString file = u"etcd-on-one-host.cw.yaml"_s;
    const HeadlessRun r = run({u"validate"_s, file});
    QCOMPARE(r.exitCode, 1);
    // The location is the host field of the member to move: cp-2's.
    const int line = lineOf(file, u"host: prox02"_s, u"name: cp-2"_s);
    const QRegularExpression finding(
        QStringLiteral(
            "^%1:%2:\\d+: error FD001: etcd loses quorum if host 'prox02' fails: it runs "
            "2 of the 3 etcd members \\(cp-1 and cp-2\\).*\n"
            "  suggestion: Move cp-2 to host 'prox04'")
            .arg(QRegularExpression::escape(file))
            .arg(line),
        QRegularExpression::MultilineOption);
    QVERIFY2(finding.match(r.out).hasMatch(), qPrintable(r.out));
    QVERIFY(r.out.contains(u"single points of failure:\n  etcd: prox02"_s));
}

void TestValidateCli::json()
{
    const HeadlessRun r = run({u"validate"_s, u"--format"_s, u"json"_s,
                               u"etcd-on-one-host.cw.yaml"_s, u"clean.cw.yaml"_s});
    QCOMPARE(r.exitCode, 1);
    const QJsonObject root = parseObject(r.out);
    QCOMPARE(root[u"schemaVersion"].toInt(), 1);
    QCOMPARE(root[u"tool"][u"name"].toString(), u"clusterwright"_s);
    QCOMPARE(root[u"severityThreshold"].toString(), u"error"_s);
    QCOMPARE(root[u"exitCode"].toInt(), 1);
    const QJsonArray files = root[u"files"].toArray();
    QCOMPARE(files.size(), 2);
    const QJsonObject bad = files[0].toObject();
    QCOMPARE(bad[u"path"].toString(), u"etcd-on-one-host.cw.yaml"_s);
    QCOMPARE(bad[u"status"].toString(), u"validated"_s);
    QVERIFY(bad[u"counts"][u"error"].toInt() >= 1);
    const QJsonArray findings = bad[u"findings"].toArray();
    const qsizetype at = findingIds(findings).indexOf(u"FD001"_s);
    QVERIFY(at >= 0);
    const QJsonObject fd = findings[at].toObject();
    QCOMPARE(fd[u"severity"].toString(), u"error"_s);
    QCOMPARE(fd[u"path"].toString(), u"nodes[1].host"_s);
    QCOMPARE(fd[u"location"][u"line"].toInt(),
             lineOf(u"etcd-on-one-host.cw.yaml"_s, u"host: prox02"_s, u"name: cp-2"_s));
    QCOMPARE(fd[u"objects"][0][u"kind"].toString(), u"host"_s);
    QCOMPARE(fd[u"fix"][0][u"value"].toString(), u"prox04"_s);
    const QJsonObject ft = bad[u"faultTolerance"].toObject();
    QCOMPARE(ft[u"etcdMembers"].toInt(), 3);
    QCOMPARE(ft[u"etcdQuorum"].toInt(), 2);
    const QJsonObject etcd = ft[u"components"][0].toObject();
    QCOMPARE(etcd[u"component"].toString(), u"etcd"_s);
    QCOMPARE(etcd[u"nodeFailures"].toInt(), 1);
    QCOMPARE(etcd[u"hostFailures"].toInt(), 0);
    QCOMPARE(etcd[u"singlePointsOfFailure"].toArray().first().toString(), u"prox02"_s);
    QCOMPARE(files[1][u"faultTolerance"][u"components"][0][u"hostFailures"].toInt(), 1);
}

void TestValidateCli::sarif()
{
    const HeadlessRun r = run({u"validate"_s, u"--format=sarif"_s, u"etcd-on-one-host.cw.yaml"_s});
    QCOMPARE(r.exitCode, 1);
    const QJsonObject root = parseObject(r.out);
    QVERIFY(root[u"$schema"].toString().contains(u"sarif"_s));
    QCOMPARE(root[u"version"].toString(), u"2.1.0"_s);
    const QJsonArray runs = root[u"runs"].toArray();
    QCOMPARE(runs.size(), 1);
    const QJsonObject driver = runs[0][u"tool"][u"driver"].toObject();
    QCOMPARE(driver[u"name"].toString(), u"clusterwright"_s);
    QVERIFY(!driver[u"version"].toString().isEmpty());
    const QJsonArray rules = driver[u"rules"].toArray();
    QVERIFY(rules.size() >= 5);
    for (const QJsonValue &rule : rules) {
        QVERIFY(!rule[u"id"].toString().isEmpty());
        QVERIFY(!rule[u"shortDescription"][u"text"].toString().isEmpty());
        QVERIFY(!rule[u"fullDescription"][u"text"].toString().isEmpty());
        QVERIFY(!rule[u"help"][u"text"].toString().isEmpty());
    }
    const QJsonArray results = runs[0][u"results"].toArray();
    QVERIFY(!results.isEmpty());
    bool sawFd001 = false;
    for (const QJsonValue &result : results) {
        const QString id = result[u"ruleId"].toString();
        QCOMPARE(rules[result[u"ruleIndex"].toInt()][u"id"].toString(), id);
        const QString level = result[u"level"].toString();
        QVERIFY2(level == u"error" || level == u"warning" || level == u"note", qPrintable(level));
        QVERIFY(!result[u"message"][u"text"].toString().isEmpty());
        const QJsonObject physical = result[u"locations"][0][u"physicalLocation"].toObject();
        QCOMPARE(physical[u"artifactLocation"][u"uri"].toString(), u"etcd-on-one-host.cw.yaml"_s);
        QCOMPARE(physical[u"artifactLocation"][u"uriBaseId"].toString(), u"%SRCROOT%"_s);
        if (id == u"FD001") {
            sawFd001 = true;
            QCOMPARE(level, u"error"_s);
            QCOMPARE(physical[u"region"][u"startLine"].toInt(),
                     lineOf(u"etcd-on-one-host.cw.yaml"_s, u"host: prox02"_s, u"name: cp-2"_s));
            QVERIFY(physical[u"region"][u"startColumn"].toInt() > 0);
            QVERIFY(result[u"message"][u"text"].toString().contains(u"Suggestion: Move cp-2"_s));
        }
    }
    QVERIFY(sawFd001);
    QCOMPARE(runs[0][u"invocations"][0][u"executionSuccessful"].toBool(), true);
}

void TestValidateCli::severityThreshold_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("exitCode");
    // Both control planes on one host: a warning only.
    QTest::newRow("default is error") << QStringList() << 0;
    QTest::newRow("error") << QStringList{u"--severity"_s, u"error"_s} << 0;
    QTest::newRow("warning") << QStringList{u"--severity"_s, u"warning"_s} << 1;
    QTest::newRow("info") << QStringList{u"--severity=info"_s} << 1;
}

void TestValidateCli::severityThreshold()
{
    QFETCH(QStringList, options);
    QFETCH(int, exitCode);
    const HeadlessRun r
        = run(QStringList{u"validate"_s, u"control-planes-on-one-host.cw.yaml"_s} + options);
    QCOMPARE(r.exitCode, exitCode);
    // Findings below the threshold are still shown.
    QVERIFY2(r.out.contains(u": warning FD002: Both control planes (cp-1 and cp-2) run on host "
                            "'prox02'"_s),
             qPrintable(r.out));
}

void TestValidateCli::badOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no file") << QStringList{u"validate"_s};
    QTest::newRow("bad format") << QStringList{u"validate"_s, u"--format=xml"_s,
                                               u"clean.cw.yaml"_s};
    QTest::newRow("bad severity") << QStringList{u"validate"_s, u"--severity"_s, u"fatal"_s,
                                                 u"clean.cw.yaml"_s};
    QTest::newRow("unknown option")
        << QStringList{u"validate"_s, u"--strict"_s, u"clean.cw.yaml"_s};
    QTest::newRow("whatif without --fail") << QStringList{u"whatif"_s, u"clean.cw.yaml"_s};
}

void TestValidateCli::badOptions()
{
    QFETCH(QStringList, arguments);
    const HeadlessRun r = run(arguments);
    QCOMPARE(r.exitCode, 64);
    QVERIFY(!r.err.isEmpty());
}

void TestValidateCli::unreadable()
{
    HeadlessRun r = run({u"validate"_s, u"unreadable.cw.yaml"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QRegularExpression(u"unreadable\\.cw\\.yaml:\\d+:\\d+: error: "_s)),
             qPrintable(r.err));
    r = run({u"validate"_s, u"no-such-file.cw.yaml"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(u"no-such-file.cw.yaml"_s));
    // One unreadable file wins over findings, which are still reported.
    r = run({u"validate"_s, u"--format"_s, u"json"_s, u"etcd-on-one-host.cw.yaml"_s,
             u"unreadable.cw.yaml"_s});
    QCOMPARE(r.exitCode, 2);
    const QJsonObject root = parseObject(r.out);
    QCOMPARE(root[u"exitCode"].toInt(), 2);
    QVERIFY(findingIds(root[u"files"][0][u"findings"].toArray()).contains(u"FD001"_s));
    QCOMPARE(root[u"files"][1][u"status"].toString(), u"unreadable"_s);
    QVERIFY(root[u"files"][1][u"diagnostics"][0][u"location"][u"line"].toInt() > 0);
    r = run({u"validate"_s, u"--format"_s, u"sarif"_s, u"unreadable.cw.yaml"_s});
    QCOMPARE(r.exitCode, 2);
    const QJsonObject invocation = parseObject(r.out)[u"runs"][0][u"invocations"][0].toObject();
    QCOMPARE(invocation[u"executionSuccessful"].toBool(), false);
    QVERIFY(!invocation[u"toolExecutionNotifications"].toArray().isEmpty());
}

void TestValidateCli::explain()
{
    for (const QString &id : {u"FD001"_s, u"fd001"_s}) {
        const HeadlessRun r = run({u"explain"_s, id});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(u"FD001 (error): etcd quorum depends on one physical host\n"_s));
        QVERIFY(r.out.contains(u"\nWhat it checks:\n  "_s));
        QVERIFY(r.out.contains(u"\nWhy it matters:\n  "_s));
        QVERIFY(r.out.contains(u"\nHow to fix:\n  "_s));
        for (const QString &line : r.out.split(u'\n'))
            QVERIFY2(line.size() <= 80, qPrintable(line));
    }
}

void TestValidateCli::explainUnknown()
{
    const HeadlessRun r = run({u"explain"_s, u"FD01"_s});
    QCOMPARE(r.exitCode, 64);
    QVERIFY2(r.err.contains(u"unknown rule 'FD01'; did you mean FD001"_s), qPrintable(r.err));
    QVERIFY(r.err.contains(u"explain --list"_s));
    QCOMPARE(run({u"explain"_s}).exitCode, 64);
}

void TestValidateCli::explainList()
{
    const HeadlessRun r = run({u"explain"_s, u"--list"_s});
    QCOMPARE(r.exitCode, 0);
    for (int i = 1; i <= 5; ++i)
        QVERIFY(r.out.contains(
            QRegularExpression(QStringLiteral("^FD00%1 +(error|warning|info) +\\S").arg(i),
                               QRegularExpression::MultilineOption)));
    QStringList ids;
    for (const QString &line : r.out.split(u'\n', Qt::SkipEmptyParts))
        ids << line.section(u' ', 0, 0);
    QStringList sorted = ids;
    sorted.sort();
    QCOMPARE(ids, sorted);
}

void TestValidateCli::whatIf_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("fail");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expected");
    QTest::newRow("spread: a host is fine")
        << u"clean.cw.yaml"_s << u"prox02"_s << 0 << u"nodes down: cp-1, wk-1\n"_s;
    QTest::newRow("spread: nothing breaks")
        << u"clean.cw.yaml"_s << u"wk-1,wk-2"_s << 0 << u"\nnothing breaks\n"_s;
    QTest::newRow("the wrong host")
        << u"etcd-on-one-host.cw.yaml"_s << u"prox02"_s << 1
        << u"  BROKEN  etcd             etcd quorum lost: 1 of 3 members left, quorum is 2"_s;
    QTest::newRow("a host and a node")
        << u"clean.cw.yaml"_s << u"prox02,cp-2"_s << 1 << u"2 of 3 components broken"_s;
    QTest::newRow("typo") << u"clean.cw.yaml"_s << u"prox2"_s << 64
                          << u"'prox2' is neither a node nor a host in clean.cw.yaml; did you "
                             "mean prox02"_s;
    QTest::newRow("unreadable") << u"unreadable.cw.yaml"_s << u"cp-1"_s << 2 << u"error:"_s;
}

void TestValidateCli::whatIf()
{
    QFETCH(QString, file);
    QFETCH(QString, fail);
    QFETCH(int, exitCode);
    QFETCH(QString, expected);
    const HeadlessRun r = run({u"whatif"_s, file, u"--fail"_s, fail});
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2((r.out + r.err).contains(expected), qPrintable(r.out + r.err));
}

QTEST_GUILESS_MAIN(TestValidateCli)
#include "tst_validatecli.moc"
