// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "net/iprange.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <vector>

using namespace Clusterwright;
using namespace Qt::StringLiterals;

namespace {

IpRange range(const QString &text)
{
    const std::optional<IpRange> parsed = IpRange::parse(text);
    if (!parsed)
        qFatal("bad test range %s", qPrintable(text));
    return *parsed;
}

QList<IpAddress> addresses(const QString &commaSeparated)
{
    QList<IpAddress> result;
    for (const QString &text : commaSeparated.split(u',', Qt::SkipEmptyParts))
        result.append(*IpAddress::parse(text));
    return result;
}

QString pairsText(const QList<std::pair<int, int>> &pairs)
{
    QStringList texts;
    for (const auto &[i, j] : pairs)
        texts.append(QStringLiteral("%1,%2").arg(i).arg(j));
    return texts.join(u' ');
}

QList<std::pair<int, int>> bruteForcePairs(const QList<IpRange> &ranges)
{
    QList<std::pair<int, int>> pairs;
    for (int i = 0; i < ranges.size(); ++i) {
        for (int j = i + 1; j < ranges.size(); ++j) {
            if (ranges[i].overlaps(ranges[j]))
                pairs.append({i, j});
        }
    }
    return pairs;
}

} // namespace

class TestIpRange : public QObject
{
    Q_OBJECT

private slots:
    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void relations_data();
    void relations();
    void nextFree_data();
    void nextFree();
    void overlappingPairs_data();
    void overlappingPairs();
    void overlappingPairsRandom();
    void overlappingPairsLarge();
};

void TestIpRange::parseValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<QString>("size");

    QTest::newRow("v4") << u"10.0.0.1-10.0.0.9"_s << u"10.0.0.1-10.0.0.9"_s << u"9"_s;
    QTest::newRow("single") << u"10.0.0.5-10.0.0.5"_s << u"10.0.0.5-10.0.0.5"_s << u"1"_s;
    QTest::newRow("cidr") << u"10.0.0.0/24"_s << u"10.0.0.0-10.0.0.255"_s << u"256"_s;
    QTest::newRow("v4 all") << u"0.0.0.0-255.255.255.255"_s << u"0.0.0.0-255.255.255.255"_s
                            << u"4294967296"_s;
    QTest::newRow("v6") << u"FD00::1-fd00::00ff"_s << u"fd00::1-fd00::ff"_s << u"255"_s;
    QTest::newRow("v6 all") << u"::/0"_s << u"::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"_s
                            << u"340282366920938463463374607431768211456"_s;
    QTest::newRow("mapped") << u"::ffff:10.0.0.1-::ffff:10.0.0.2"_s
                            << u"::ffff:a00:1-::ffff:a00:2"_s << u"2"_s;
}

void TestIpRange::parseValid()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    QFETCH(QString, size);

    QString error;
    const std::optional<IpRange> parsed = IpRange::parse(text, &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(parsed->toString(), canonical);
    QCOMPARE(parsed->size().toString(), size);
    QCOMPARE(IpRange::parse(canonical), parsed);
}

void TestIpRange::parseInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");

    QTest::newRow("empty") << QString() << u"range is empty"_s;
    QTest::newRow("reversed") << u"10.0.0.9-10.0.0.1"_s
                              << u"first address 10.0.0.9 comes after last address 10.0.0.1"_s;
    QTest::newRow("families") << u"10.0.0.1-::1"_s
                              << u"first address 10.0.0.1 is IPv4 but last address ::1 is IPv6"_s;
    QTest::newRow("no last") << u"10.0.0.1-"_s << u"missing last address after '-'"_s;
    QTest::newRow("no first") << u"-10.0.0.1"_s << u"missing first address before '-'"_s;
    QTest::newRow("two dashes") << u"10.0.0.1-10.0.0.2-10.0.0.3"_s << u"only one '-' is allowed"_s;
    QTest::newRow("bad first") << u"10.0.0.01-10.0.0.2"_s
                               << u"first address: leading zero in octet '01' (ambiguous: octal "
                                  "or decimal?)"_s;
    QTest::newRow("bad last") << u"10.0.0.1-10.0.0.256"_s
                              << u"last address: octet 4 '256' is larger than 255"_s;
    QTest::newRow("host bits")
        << u"10.0.0.5/24"_s << u"host bits are set in 10.0.0.5/24 (the network is 10.0.0.0/24)"_s;
    QTest::newRow("bad cidr") << u"10.0.0.0/33"_s
                              << u"prefix length 33 is out of range for IPv4 (0-32)"_s;
    QTest::newRow("bare address")
        << u"10.0.0.1"_s << u"expected a range 'first-last' or a prefix 'address/length'"_s;
    QTest::newRow("spaces") << u"10.0.0.1 - 10.0.0.2"_s
                            << u"whitespace at position 9 is not allowed"_s;
}

void TestIpRange::parseInvalid()
{
    QFETCH(QString, text);
    QFETCH(QString, error);

    QString actual;
    QCOMPARE(IpRange::parse(text, &actual), std::nullopt);
    QCOMPARE(actual, error);
}

void TestIpRange::relations_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("aContainsB");
    QTest::addColumn<bool>("overlaps");
    QTest::addColumn<QString>("intersection"); // empty: none

    QTest::newRow("partial") << u"10.0.0.1-10.0.0.10"_s << u"10.0.0.5-10.0.0.20"_s << false << true
                             << u"10.0.0.5-10.0.0.10"_s;
    QTest::newRow("touching") << u"10.0.0.1-10.0.0.10"_s << u"10.0.0.10-10.0.0.20"_s << false
                              << true << u"10.0.0.10-10.0.0.10"_s;
    QTest::newRow("adjacent") << u"10.0.0.1-10.0.0.10"_s << u"10.0.0.11-10.0.0.20"_s << false
                              << false << QString();
    QTest::newRow("nested") << u"10.0.0.0/24"_s << u"10.0.0.7-10.0.0.9"_s << true << true
                            << u"10.0.0.7-10.0.0.9"_s;
    QTest::newRow("equal") << u"fd00::1-fd00::9"_s << u"fd00::1-fd00::9"_s << true << true
                           << u"fd00::1-fd00::9"_s;
    QTest::newRow("families") << u"0.0.0.0-0.0.0.255"_s << u"::-::ff"_s << false << false
                              << QString();
}

void TestIpRange::relations()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, aContainsB);
    QFETCH(bool, overlaps);
    QFETCH(QString, intersection);

    const IpRange first = range(a);
    const IpRange second = range(b);
    QCOMPARE(first.contains(second), aContainsB);
    QCOMPARE(first.overlaps(second), overlaps);
    QCOMPARE(second.overlaps(first), overlaps);
    const std::optional<IpRange> both = first.intersection(second);
    QCOMPARE(both ? both->toString() : QString(), intersection);
    QCOMPARE(second.intersection(first), both);
    QVERIFY(first.contains(first.first()) && first.contains(first.last()));
    if (const auto after = first.last().next())
        QVERIFY(!first.contains(*after));
}

void TestIpRange::nextFree_data()
{
    QTest::addColumn<QString>("subnet");
    QTest::addColumn<QString>("used");
    QTest::addColumn<QString>("after");    // empty: none
    QTest::addColumn<QString>("expected"); // empty: full

    const QString none;
    QTest::newRow("empty /24") << u"10.0.0.0/24"_s << none << none << u"10.0.0.1"_s;
    QTest::newRow("skip used") << u"10.0.0.0/24"_s << u"10.0.0.2,10.0.0.1"_s << none
                               << u"10.0.0.3"_s;
    QTest::newRow("gap") << u"10.0.0.0/24"_s << u"10.0.0.1,10.0.0.3"_s << none << u"10.0.0.2"_s;
    QTest::newRow("duplicates") << u"10.0.0.0/24"_s << u"10.0.0.1,10.0.0.1,10.0.0.2"_s << none
                                << u"10.0.0.3"_s;
    QTest::newRow("outside used ignored")
        << u"10.0.0.0/24"_s << u"10.0.1.1,fd00::1,10.0.0.1"_s << none << u"10.0.0.2"_s;
    QTest::newRow("broadcast skipped")
        << u"10.0.0.0/30"_s << u"10.0.0.1,10.0.0.2"_s << none << none;
    QTest::newRow("last host") << u"10.0.0.0/24"_s << none << u"10.0.0.253"_s << u"10.0.0.254"_s;
    QTest::newRow("after last host") << u"10.0.0.0/24"_s << none << u"10.0.0.254"_s << none;
    QTest::newRow("after") << u"10.0.0.0/24"_s << u"10.0.0.1,10.0.0.11"_s << u"10.0.0.10"_s
                           << u"10.0.0.12"_s;
    QTest::newRow("after, before subnet")
        << u"10.0.0.0/24"_s << u"10.0.0.1"_s << u"9.0.0.0"_s << u"10.0.0.2"_s;
    QTest::newRow("after, other family ignored")
        << u"10.0.0.0/24"_s << none << u"::5"_s << u"10.0.0.1"_s;
    QTest::newRow("/31 first") << u"10.0.0.0/31"_s << none << none << u"10.0.0.0"_s;
    QTest::newRow("/31 second") << u"10.0.0.0/31"_s << u"10.0.0.0"_s << none << u"10.0.0.1"_s;
    QTest::newRow("/31 full") << u"10.0.0.0/31"_s << u"10.0.0.1,10.0.0.0"_s << none << none;
    QTest::newRow("/32") << u"10.0.0.7/32"_s << none << none << u"10.0.0.7"_s;
    QTest::newRow("/32 used") << u"10.0.0.7/32"_s << u"10.0.0.7"_s << none << none;
    QTest::newRow("host bits in subnet") << u"10.0.0.77/24"_s << none << none << u"10.0.0.1"_s;
    QTest::newRow("top of v4") << u"255.255.255.252/30"_s << u"255.255.255.253"_s << none
                               << u"255.255.255.254"_s;
    QTest::newRow("v4 /0") << u"0.0.0.0/0"_s << none << none << u"0.0.0.1"_s;
    QTest::newRow("v6 /64") << u"fd00::/64"_s << none << none << u"fd00::1"_s;
    QTest::newRow("v6 no broadcast")
        << u"fd00::/126"_s << u"fd00::1,fd00::2"_s << none << u"fd00::3"_s;
    QTest::newRow("v6 /127") << u"fd00::/127"_s << none << none << u"fd00::"_s;
    QTest::newRow("v6 /128") << u"fd00::5/128"_s << none << none << u"fd00::5"_s;
    QTest::newRow("v6 /0") << u"::/0"_s << u"::1"_s << none << u"::2"_s;
    QTest::newRow("top of v6, full")
        << u"ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffc/126"_s
        << u"ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffd,ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffe,"
           "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"_s
        << none << none;
    QTest::newRow("after top of v6")
        << u"::/0"_s << none << u"ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"_s << none;
}

void TestIpRange::nextFree()
{
    QFETCH(QString, subnet);
    QFETCH(QString, used);
    QFETCH(QString, after);
    QFETCH(QString, expected);

    std::optional<IpAddress> start;
    if (!after.isEmpty())
        start = IpAddress::parse(after);
    const std::optional<IpAddress> next
        = nextFreeAddress(*IpPrefix::parse(subnet), addresses(used), start);
    QCOMPARE(next ? next->toString() : QString(), expected);
}

void TestIpRange::overlappingPairs_data()
{
    QTest::addColumn<QStringList>("ranges");
    QTest::addColumn<QString>("pairs");

    QTest::newRow("none") << QStringList() << QString();
    QTest::newRow("one") << QStringList{u"10.0.0.0/24"_s} << QString();
    QTest::newRow("disjoint") << QStringList{u"10.0.1.0/24"_s, u"10.0.0.0/24"_s} << QString();
    QTest::newRow("touching") << QStringList{u"10.0.0.1-10.0.0.5"_s, u"10.0.0.5-10.0.0.9"_s}
                              << u"0,1"_s;
    QTest::newRow("chain") << QStringList{u"10.0.0.20-10.0.0.30"_s, u"10.0.0.1-10.0.0.10"_s,
                                          u"10.0.0.5-10.0.0.25"_s}
                           << u"0,2 1,2"_s;
    QTest::newRow("nested") << QStringList{u"10.0.0.5-10.0.0.6"_s, u"10.0.0.0/8"_s,
                                           u"10.0.0.0/24"_s}
                            << u"0,1 0,2 1,2"_s;
    QTest::newRow("families apart")
        << QStringList{u"0.0.0.0/0"_s, u"::/0"_s, u"::1-::2"_s, u"0.0.0.1-0.0.0.2"_s}
        << u"0,3 1,2"_s;
    QTest::newRow("duplicates") << QStringList{u"fd00::/64"_s, u"fd00::/64"_s, u"fd00::/64"_s}
                                << u"0,1 0,2 1,2"_s;
}

void TestIpRange::overlappingPairs()
{
    QFETCH(QStringList, ranges);
    QFETCH(QString, pairs);

    QList<IpRange> parsed;
    for (const QString &text : std::as_const(ranges))
        parsed.append(range(text));
    QCOMPARE(pairsText(Clusterwright::overlappingPairs(parsed)), pairs);
}

void TestIpRange::overlappingPairsRandom()
{
    QRandomGenerator random(4711);
    for (int round = 0; round < 20; ++round) {
        QList<IpRange> ranges;
        for (int i = 0; i < 400; ++i) {
            const IpFamily family = random.bounded(4) == 0 ? IpFamily::V6 : IpFamily::V4;
            const Uint128 first = random.bounded(5000u);
            ranges.append(IpRange(IpAddress(family, first),
                                  IpAddress(family, first + random.bounded(1u + 200u * round))));
        }
        QCOMPARE(Clusterwright::overlappingPairs(ranges), bruteForcePairs(ranges));
    }
}

// The validator calls this on 10,000+ ranges.
void TestIpRange::overlappingPairsLarge()
{
    const int count = 50000;
    QList<IpRange> ranges;
    ranges.reserve(count);
    // Disjoint /28-sized blocks in reverse order; every 100th one also gets a
    // twin shifted by 8 that overlaps it and the block above.
    QList<std::pair<int, int>> expected;
    std::vector<int> blockIndex(size_t(count), 0);
    for (int i = count - 1; i >= 0; --i) {
        const Uint128 first = 0x0a000000u + Uint128(i) * 16;
        blockIndex[size_t(i)] = int(ranges.size());
        ranges.append(IpRange(IpAddress(IpFamily::V4, first), IpAddress(IpFamily::V4, first + 15)));
        if (i % 100 == 0 && i + 1 < count) {
            const int twin = int(ranges.size());
            ranges.append(
                IpRange(IpAddress(IpFamily::V4, first + 8), IpAddress(IpFamily::V4, first + 23)));
            for (const int block : {blockIndex[size_t(i)], blockIndex[size_t(i) + 1]})
                expected.append({std::min(block, twin), std::max(block, twin)});
        }
    }
    std::sort(expected.begin(), expected.end());

    // Correctness at scale only; the speed is measured by bench_validate, not here.
    const QList<std::pair<int, int>> pairs = Clusterwright::overlappingPairs(ranges);
    QCOMPARE(pairs, expected);
}

QTEST_GUILESS_MAIN(TestIpRange)
#include "tst_iprange.moc"
