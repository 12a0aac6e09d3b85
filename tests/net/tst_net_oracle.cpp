// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "oraclecases.h"

#include "net/iprange.h"

#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Clusterwright;
using namespace Qt::StringLiterals;

namespace {

constexpr quint32 kDefaultSeed = 20240611;

QString flag(bool value)
{
    return value ? u"1"_s : u"0"_s;
}

QString answerAddress(const QString &text)
{
    const std::optional<IpAddress> address = IpAddress::parse(text);
    return address ? u"ok\t"_s + address->toString() : u"err"_s;
}

QString answerPrefix(const QString &text)
{
    const std::optional<IpPrefix> prefix = IpPrefix::parse(text);
    if (!prefix)
        return u"err"_s;
    // IpRange::parse is the strict network parser: a CIDR with host bits fails.
    return QStringList{u"ok"_s,
                       prefix->toString(),
                       prefix->network().toString(),
                       prefix->last().toString(),
                       prefix->size().toString(),
                       flag(prefix->hasHostBits()),
                       flag(IpRange::parse(text).has_value())}
        .join(u'\t');
}

QString answerRange(const QString &text)
{
    const std::optional<IpRange> range = IpRange::parse(text);
    if (!range)
        return u"err"_s;
    return u"ok\t"_s + range->toString() + u'\t' + range->size().toString();
}

template<typename T>
QString answerPair(const T &a, const T &b, const IpAddress &address)
{
    const auto intersection = a.intersection(b);
    return QStringList{flag(a.contains(address)), flag(a.contains(b)), flag(b.contains(a)),
                       flag(a.overlaps(b)), intersection ? intersection->toString() : u"none"_s}
        .join(u'\t');
}

QString answerNextFree(const QStringList &fields)
{
    QList<IpAddress> used;
    if (fields[3] != u"-") {
        for (const QString &text : fields[3].split(u','))
            used.append(*IpAddress::parse(text));
    }
    std::optional<IpAddress> after;
    if (fields[2] != u"-")
        after = IpAddress::parse(fields[2]);
    const std::optional<IpAddress> next = nextFreeAddress(*IpPrefix::parse(fields[1]), used, after);
    return next ? next->toString() : u"none"_s;
}

QString answerPairs(const QString &rangesText)
{
    QList<IpRange> ranges;
    for (const QString &text : rangesText.split(u' '))
        ranges.append(*IpRange::parse(text));
    QStringList pairs;
    for (const auto &[i, j] : overlappingPairs(ranges))
        pairs.append(QStringLiteral("%1,%2").arg(i).arg(j));
    return pairs.isEmpty() ? u"-"_s : pairs.join(u' ');
}

// Our answer in oracle.py's format. Pair, next-free and pairs lines hold
// valid input by construction; a parse failure there throws off the answer.
QString answer(const QString &line)
{
    const QStringList f = line.split(u'\t');
    const QString &op = f[0];
    if (op == u"addr")
        return answerAddress(f[1]);
    if (op == u"prefix")
        return answerPrefix(f[1]);
    if (op == u"range")
        return answerRange(f[1]);
    if (op == u"ppair") {
        const auto a = IpPrefix::parse(f[1]), b = IpPrefix::parse(f[2]);
        const auto address = IpAddress::parse(f[3]);
        if (!a || !b || !address)
            return u"unparsable input"_s;
        return answerPair(*a, *b, *address);
    }
    if (op == u"rpair") {
        const auto a = IpRange::parse(f[1]), b = IpRange::parse(f[2]);
        const auto address = IpAddress::parse(f[3]);
        if (!a || !b || !address)
            return u"unparsable input"_s;
        return answerPair(*a, *b, *address);
    }
    if (op == u"nextfree")
        return answerNextFree(f);
    if (op == u"pairs")
        return answerPairs(f[1]);
    return u"unknown operation"_s;
}

} // namespace

// Differential test: thousands of seeded random inputs answered both by the
// library and by Python's ipaddress (tests/net/oracle.py).
class TestNetOracle : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void compare_data();
    void compare();

private:
    struct Section
    {
        QStringList cases;
        QStringList expected;
    };
    QMap<QString, Section> m_sections;
};

void TestNetOracle::initTestCase()
{
    const QString python = QStandardPaths::findExecutable(u"python3"_s);
    if (python.isEmpty())
        QSKIP("python3 is not on PATH; this differential test needs it as the oracle");

    const quint32 seed = qEnvironmentVariableIsSet("CW_ORACLE_SEED")
                             ? quint32(qEnvironmentVariableIntValue("CW_ORACLE_SEED"))
                             : kDefaultSeed;
    qInfo("oracle seed %u (set CW_ORACLE_SEED to reproduce or to try another)", seed);

    OracleCaseGenerator generator(seed);
    m_sections.insert(u"addresses"_s, {generator.addressCases(2500), {}});
    m_sections.insert(u"prefixes"_s, {generator.prefixCases(1500), {}});
    m_sections.insert(u"ranges"_s, {generator.rangeCases(1000), {}});
    m_sections.insert(u"prefix pairs"_s, {generator.prefixPairCases(1000), {}});
    m_sections.insert(u"range pairs"_s, {generator.rangePairCases(800), {}});
    m_sections.insert(u"next free"_s, {generator.nextFreeCases(400), {}});
    m_sections.insert(u"overlapping pairs"_s, {generator.pairsCases(6, 300), {}});

    QStringList all;
    for (const Section &section : std::as_const(m_sections))
        all += section.cases;
    // CW_ORACLE_CASES=path keeps the cases for running oracle.py by hand.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString casesPath = qEnvironmentVariable("CW_ORACLE_CASES");
    if (casesPath.isEmpty())
        casesPath = dir.filePath(u"cases.tsv"_s);
    QFile casesFile(casesPath);
    QVERIFY(casesFile.open(QIODevice::WriteOnly));
    casesFile.write(all.join(u'\n').toUtf8() + '\n');
    casesFile.close();

    QElapsedTimer timer;
    timer.start();
    QProcess oracle;
    oracle.start(python,
                 {QStringLiteral(CW_SOURCE_DIR "/tests/net/oracle.py"), casesFile.fileName()});
    QVERIFY2(oracle.waitForFinished(60000), qPrintable(oracle.errorString()));
    const QByteArray errors = oracle.readAllStandardError();
    QVERIFY2(oracle.exitStatus() == QProcess::NormalExit && oracle.exitCode() == 0,
             errors.constData());
    QStringList answers = QString::fromUtf8(oracle.readAllStandardOutput()).split(u'\n');
    QCOMPARE(answers.takeLast(), QString()); // the final newline
    QCOMPARE(answers.size(), all.size());
    qInfo("%lld cases, oracle.py answered in %lld ms", qlonglong(all.size()), timer.elapsed());

    qsizetype at = 0;
    for (Section &section : m_sections) {
        section.expected = answers.mid(at, section.cases.size());
        at += section.cases.size();
    }
}

void TestNetOracle::compare_data()
{
    QTest::addColumn<QString>("section");
    for (auto it = m_sections.cbegin(); it != m_sections.cend(); ++it)
        QTest::newRow(qPrintable(it.key())) << it.key();
}

void TestNetOracle::compare()
{
    QFETCH(QString, section);
    const Section &s = m_sections[section];
    int mismatches = 0;
    for (qsizetype i = 0; i < s.cases.size(); ++i) {
        const QString ours = answer(s.cases[i]);
        if (ours == s.expected[i])
            continue;
        if (++mismatches <= 10) {
            qWarning().noquote() << "input: " << QString(s.cases[i]).replace(u'\t', u" | "_s)
                                 << "\n  python:" << s.expected[i] << "\n  ours:  " << ours;
        }
    }
    QVERIFY2(mismatches == 0, qPrintable(QStringLiteral("%1 of %2 cases differ from Python")
                                             .arg(mismatches)
                                             .arg(s.cases.size())));
}

QTEST_GUILESS_MAIN(TestNetOracle)
#include "tst_net_oracle.moc"
