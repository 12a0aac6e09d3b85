// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "net/addresscount.h"
#include "net/ipaddress.h"

#include <QHash>
#include <QSet>
#include <QTest>

using namespace Clusterwright;
using namespace Qt::StringLiterals;

class TestIpAddress : public QObject
{
    Q_OBJECT

private slots:
    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void fromValue_data();
    void fromValue();
    void neighbours_data();
    void neighbours();
    void ordering();
    void hashing();
    void addressCount_data();
    void addressCount();
    void uint128Text();
};

void TestIpAddress::parseValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<bool>("v4");

    QTest::newRow("v4 zero") << u"0.0.0.0"_s << u"0.0.0.0"_s << true;
    QTest::newRow("v4 max") << u"255.255.255.255"_s << u"255.255.255.255"_s << true;
    QTest::newRow("v4 private") << u"192.168.10.1"_s << u"192.168.10.1"_s << true;
    QTest::newRow("v4 zero octets") << u"10.0.0.0"_s << u"10.0.0.0"_s << true;
    QTest::newRow("all zeros") << u"::"_s << u"::"_s << false;
    QTest::newRow("expanded zeros") << u"0:0:0:0:0:0:0:0"_s << u"::"_s << false;
    QTest::newRow("loopback") << u"::1"_s << u"::1"_s << false;
    QTest::newRow("trailing ::") << u"1::"_s << u"1::"_s << false;
    QTest::newRow("uppercase") << u"2001:DB8::1"_s << u"2001:db8::1"_s << false;
    QTest::newRow("leading zeros in groups")
        << u"2001:0db8:0000:0000:0000:0000:0000:0001"_s << u"2001:db8::1"_s << false;
    QTest::newRow("longest run wins") << u"2001:0:0:1:0:0:0:1"_s << u"2001:0:0:1::1"_s << false;
    QTest::newRow("leftmost on tie")
        << u"2001:db8:0:0:1:0:0:1"_s << u"2001:db8::1:0:0:1"_s << false;
    QTest::newRow("single zero group kept")
        << u"2001:db8:0:1:1:1:1:1"_s << u"2001:db8:0:1:1:1:1:1"_s << false;
    QTest::newRow(":: for one group at end")
        << u"1:2:3:4:5:6:7::"_s << u"1:2:3:4:5:6:7:0"_s << false;
    QTest::newRow(":: for one group at start")
        << u"::2:3:4:5:6:7:8"_s << u"0:2:3:4:5:6:7:8"_s << false;
    QTest::newRow("all ones") << u"FFFF:ffff:ffff:ffff:ffff:ffff:ffff:ffff"_s
                              << u"ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"_s << false;
    QTest::newRow("zeros at end") << u"A:B:C:D:E:F:0:0"_s << u"a:b:c:d:e:f::"_s << false;
    // Python 3.11 prints mapped and embedded addresses in hex, and so do we.
    QTest::newRow("v4-mapped") << u"::ffff:1.2.3.4"_s << u"::ffff:102:304"_s << false;
    QTest::newRow("v4-mapped zero") << u"::ffff:0.0.0.0"_s << u"::ffff:0:0"_s << false;
    QTest::newRow("v4-compatible") << u"::1.2.3.4"_s << u"::102:304"_s << false;
    QTest::newRow("NAT64") << u"64:ff9b::192.0.2.33"_s << u"64:ff9b::c000:221"_s << false;
    QTest::newRow("v4 tail, 6 groups")
        << u"1:2:3:4:5:6:1.2.3.4"_s << u"1:2:3:4:5:6:102:304"_s << false;
    QTest::newRow("padded group") << u"fe80::0001"_s << u"fe80::1"_s << false;
}

void TestIpAddress::parseValid()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    QFETCH(bool, v4);

    QString error;
    const std::optional<IpAddress> address = IpAddress::parse(text, &error);
    QVERIFY2(address, qPrintable(error));
    QCOMPARE(address->toString(), canonical);
    QCOMPARE(address->isV4(), v4);
    QCOMPARE(address->bitWidth(), v4 ? 32 : 128);
    // Canonical text parses back to the same address.
    QCOMPARE(IpAddress::parse(canonical), address);
}

void TestIpAddress::parseInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");

    QTest::newRow("empty") << QString() << u"address is empty"_s;
    QTest::newRow("octet > 255") << u"1.2.3.256"_s << u"octet 4 '256' is larger than 255"_s;
    QTest::newRow("four digits") << u"1.2.3.1000"_s << u"octet 4 '1000' is larger than 255"_s;
    QTest::newRow("leading zero")
        << u"010.0.0.1"_s << u"leading zero in octet '010' (ambiguous: octal or decimal?)"_s;
    QTest::newRow("double zero") << u"1.00.0.1"_s
                                 << u"leading zero in octet '00' (ambiguous: octal or decimal?)"_s;
    QTest::newRow("three octets") << u"1.2.3"_s << u"expected 4 octets separated by '.', found 3"_s;
    QTest::newRow("five octets") << u"1.2.3.4.5"_s
                                 << u"expected 4 octets separated by '.', found 5"_s;
    QTest::newRow("empty octet") << u"1..3.4"_s << u"octet 2 is empty"_s;
    QTest::newRow("trailing dot") << u"1.2.3."_s << u"octet 4 is empty"_s;
    QTest::newRow("letter") << u"1.2.3.x"_s << u"octet 4 'x' contains 'x', not a decimal digit"_s;
    QTest::newRow("sign") << u"1.2.3.-1"_s << u"octet 4 '-1' contains '-', not a decimal digit"_s;
    QTest::newRow("hex octet") << u"0x1.2.3.4"_s
                               << u"octet 1 '0x1' contains 'x', not a decimal digit"_s;
    QTest::newRow("non-ASCII digit")
        << u"1.2.3.\u0661"_s << u"octet 4 '\u0661' contains '\u0661', not a decimal digit"_s;
    QTest::newRow("leading space") << u" 1.2.3.4"_s << u"whitespace at position 1 is not allowed"_s;
    QTest::newRow("trailing newline")
        << u"1.2.3.4\n"_s << u"whitespace at position 8 is not allowed"_s;
    QTest::newRow("zone id") << u"fe80::1%eth0"_s << u"zone id '%eth0' is not allowed"_s;
    QTest::newRow("prefix") << u"10.0.0.0/8"_s
                            << u"unexpected '/': expected an address, not a prefix"_s;
    QTest::newRow("two ::") << u"1::2::3"_s << u"'::' may appear only once"_s;
    QTest::newRow(":::") << u":::"_s << u"':::' is not valid; use '::' for a run of zero groups"_s;
    QTest::newRow("leading :") << u":1:2:3:4:5:6:7"_s
                               << u"a single ':' may not start an address (only '::')"_s;
    QTest::newRow("trailing :") << u"1:2:3:4:5:6:7:"_s
                                << u"a single ':' may not end an address (only '::')"_s;
    QTest::newRow("seven groups") << u"1:2:3:4:5:6:7"_s
                                  << u"expected 8 groups separated by ':', found 7"_s;
    QTest::newRow("nine groups") << u"1:2:3:4:5:6:7:8:9"_s
                                 << u"expected 8 groups separated by ':', found 9"_s;
    QTest::newRow(":: with 8 groups")
        << u"1:2:3:4::5:6:7:8"_s
        << u"'::' must stand for at least one zero group, but 8 groups are given"_s;
    QTest::newRow("long group") << u"12345::"_s << u"group 1 '12345' has more than 4 hex digits"_s;
    QTest::newRow("bad hex") << u"1:g::"_s << u"group 2 'g' contains 'g', not a hex digit"_s;
    QTest::newRow("bad embedded v4")
        << u"::ffff:1.2.3.256"_s
        << u"embedded IPv4 address '1.2.3.256': octet 4 '256' is larger than 255"_s;
    QTest::newRow("v4 not last") << u"1.2.3.4::"_s
                                 << u"group 1 '1.2.3.4': an embedded IPv4 address may only "
                                    "appear at the end"_s;
    QTest::newRow("v4 tail, too many")
        << u"1:2:3:4:5:6:7:1.2.3.4"_s << u"expected 8 groups separated by ':', found 9"_s;
}

void TestIpAddress::parseInvalid()
{
    QFETCH(QString, text);
    QFETCH(QString, error);

    QString actual;
    QCOMPARE(IpAddress::parse(text, &actual), std::nullopt);
    QCOMPARE(actual, error);
    QCOMPARE(IpAddress::parse(text), std::nullopt); // a null error pointer is fine
}

void TestIpAddress::fromValue_data()
{
    QTest::addColumn<bool>("v4");
    QTest::addColumn<quint64>("high");
    QTest::addColumn<quint64>("low");
    QTest::addColumn<QString>("text");

    QTest::newRow("v4") << true << quint64(0) << quint64(0xc0a80001) << u"192.168.0.1"_s;
    QTest::newRow("v6 high bit") << false << quint64(1) << quint64(0) << u"0:0:0:1::"_s;
    QTest::newRow("v6 mid") << false << quint64(0x20010db800000000) << quint64(1)
                            << u"2001:db8::1"_s;
    QTest::newRow("v6 max") << false << ~quint64(0) << ~quint64(0)
                            << u"ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"_s;
}

void TestIpAddress::fromValue()
{
    QFETCH(bool, v4);
    QFETCH(quint64, high);
    QFETCH(quint64, low);
    QFETCH(QString, text);

    const IpAddress address(v4 ? IpFamily::V4 : IpFamily::V6, Uint128(high) << 64 | low);
    QCOMPARE(address.toString(), text);
    QVERIFY(address.value() == (Uint128(high) << 64 | low));
}

void TestIpAddress::neighbours_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("next");     // empty: none
    QTest::addColumn<QString>("previous"); // empty: none

    QTest::newRow("v4 zero") << u"0.0.0.0"_s << u"0.0.0.1"_s << QString();
    QTest::newRow("v4 max") << u"255.255.255.255"_s << QString() << u"255.255.255.254"_s;
    QTest::newRow("v4 carry") << u"1.2.3.255"_s << u"1.2.4.0"_s << u"1.2.3.254"_s;
    QTest::newRow("v6 zero") << u"::"_s << u"::1"_s << QString();
    QTest::newRow("v6 max") << u"ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"_s << QString()
                            << u"ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffe"_s;
    QTest::newRow("v6 carry") << u"::ffff"_s << u"::1:0"_s << u"::fffe"_s;
    QTest::newRow("v6 64-bit carry")
        << u"::ffff:ffff:ffff:ffff"_s << u"0:0:0:1::"_s << u"::ffff:ffff:ffff:fffe"_s;
}

void TestIpAddress::neighbours()
{
    QFETCH(QString, text);
    QFETCH(QString, next);
    QFETCH(QString, previous);

    const IpAddress address = *IpAddress::parse(text);
    const std::optional<IpAddress> after = address.next();
    const std::optional<IpAddress> before = address.previous();
    QCOMPARE(after ? after->toString() : QString(), next);
    QCOMPARE(before ? before->toString() : QString(), previous);
    if (after)
        QCOMPARE(after->family(), address.family());
}

void TestIpAddress::ordering()
{
    const IpAddress v4Max = *IpAddress::parse(u"255.255.255.255");
    const IpAddress v6Zero = *IpAddress::parse(u"::");
    QVERIFY(v4Max < v6Zero); // family first
    QVERIFY(*IpAddress::parse(u"10.0.0.2") < *IpAddress::parse(u"10.0.0.10"));
    QVERIFY(*IpAddress::parse(u"::2") < *IpAddress::parse(u"::10"));
    // Same value, different family: not equal.
    QVERIFY(IpAddress(IpFamily::V4, 1) != IpAddress(IpFamily::V6, 1));
    QCOMPARE(IpAddress(), IpAddress(IpFamily::V4, 0));
}

void TestIpAddress::hashing()
{
    QSet<IpAddress> set;
    set.insert(*IpAddress::parse(u"10.0.0.1"));
    set.insert(*IpAddress::parse(u"10.0.0.1"));
    set.insert(*IpAddress::parse(u"::a00:1"));
    set.insert(*IpAddress::parse(u"2001:db8::1"));
    set.insert(*IpAddress::parse(u"2001:DB8:0::1"));
    QCOMPARE(set.size(), 3);
    QVERIFY(set.contains(IpAddress(IpFamily::V4, 0x0a000001)));
    QCOMPARE(qHash(*IpAddress::parse(u"2001:db8::1"), 7),
             qHash(*IpAddress::parse(u"2001:0db8::0001"), 7));
    // The high 64 bits take part in the hash.
    QVERIFY(qHash(*IpAddress::parse(u"1::"), 0) != qHash(*IpAddress::parse(u"2::"), 0));
}

void TestIpAddress::addressCount_data()
{
    QTest::addColumn<quint64>("minusOneHigh");
    QTest::addColumn<quint64>("minusOneLow");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("all128");

    QTest::newRow("one") << quint64(0) << quint64(0) << u"1"_s << false;
    QTest::newRow("/24") << quint64(0) << quint64(255) << u"256"_s << false;
    QTest::newRow("v4 /0") << quint64(0) << quint64(0xffffffff) << u"4294967296"_s << false;
    QTest::newRow("/64") << quint64(0) << ~quint64(0) << u"18446744073709551616"_s << false;
    QTest::newRow("/1") << quint64(0x7fffffffffffffff) << ~quint64(0)
                        << u"170141183460469231731687303715884105728"_s << false;
    QTest::newRow("v6 /0") << ~quint64(0) << ~quint64(0)
                           << u"340282366920938463463374607431768211456"_s << true;
}

void TestIpAddress::addressCount()
{
    QFETCH(quint64, minusOneHigh);
    QFETCH(quint64, minusOneLow);
    QFETCH(QString, text);
    QFETCH(bool, all128);

    const Uint128 minusOne = Uint128(minusOneHigh) << 64 | minusOneLow;
    const AddressCount count = AddressCount::fromMinusOne(minusOne);
    QCOMPARE(count.toString(), text);
    QCOMPARE(count.isAll128(), all128);
    QVERIFY(count.minusOne() == minusOne);
    QVERIFY(count.saturated() == (all128 ? minusOne : minusOne + 1));
    if (!all128)
        QCOMPARE(AddressCount::fromCount(minusOne + 1), count);
    QVERIFY(AddressCount::fromMinusOne(0) <= count);
}

void TestIpAddress::uint128Text()
{
    QCOMPARE(uint128ToString(0), u"0"_s);
    QCOMPARE(uint128ToString(10), u"10"_s);
    QCOMPARE(uint128ToString(Uint128(1) << 64), u"18446744073709551616"_s);
    QCOMPARE(uint128ToString(~Uint128(0)), u"340282366920938463463374607431768211455"_s);
}

QTEST_GUILESS_MAIN(TestIpAddress)
#include "tst_ipaddress.moc"
