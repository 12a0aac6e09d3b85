// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "net/ipprefix.h"

#include <QTest>

using namespace Clusterwright;
using namespace Qt::StringLiterals;

namespace {

IpPrefix prefix(const QString &text)
{
    const std::optional<IpPrefix> parsed = IpPrefix::parse(text);
    if (!parsed)
        qFatal("bad test prefix %s", qPrintable(text));
    return *parsed;
}

IpAddress address(const QString &text)
{
    const std::optional<IpAddress> parsed = IpAddress::parse(text);
    if (!parsed)
        qFatal("bad test address %s", qPrintable(text));
    return *parsed;
}

} // namespace

class TestIpPrefix : public QObject
{
    Q_OBJECT

private slots:
    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void containsAddress_data();
    void containsAddress();
    void relations_data();
    void relations();
};

void TestIpPrefix::parseValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<QString>("network");
    QTest::addColumn<QString>("last");
    QTest::addColumn<QString>("size");
    QTest::addColumn<bool>("hostBits");

    QTest::newRow("/8") << u"10.0.0.0/8"_s << u"10.0.0.0/8"_s << u"10.0.0.0"_s
                        << u"10.255.255.255"_s << u"16777216"_s << false;
    QTest::newRow("host bits") << u"192.168.1.5/24"_s << u"192.168.1.5/24"_s << u"192.168.1.0"_s
                               << u"192.168.1.255"_s << u"256"_s << true;
    QTest::newRow("v4 /0") << u"0.0.0.0/0"_s << u"0.0.0.0/0"_s << u"0.0.0.0"_s
                           << u"255.255.255.255"_s << u"4294967296"_s << false;
    QTest::newRow("v4 /0 host bits") << u"1.2.3.4/0"_s << u"1.2.3.4/0"_s << u"0.0.0.0"_s
                                     << u"255.255.255.255"_s << u"4294967296"_s << true;
    QTest::newRow("/31") << u"10.0.0.0/31"_s << u"10.0.0.0/31"_s << u"10.0.0.0"_s << u"10.0.0.1"_s
                         << u"2"_s << false;
    QTest::newRow("/32") << u"10.0.0.7/32"_s << u"10.0.0.7/32"_s << u"10.0.0.7"_s << u"10.0.0.7"_s
                         << u"1"_s << false;
    QTest::newRow("v6 /0") << u"::/0"_s << u"::/0"_s << u"::"_s
                           << u"ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"_s
                           << u"340282366920938463463374607431768211456"_s << false;
    QTest::newRow("/64") << u"FD00:0::/64"_s << u"fd00::/64"_s << u"fd00::"_s
                         << u"fd00::ffff:ffff:ffff:ffff"_s << u"18446744073709551616"_s << false;
    QTest::newRow("/127") << u"2001:db8::1/127"_s << u"2001:db8::1/127"_s << u"2001:db8::"_s
                          << u"2001:db8::1"_s << u"2"_s << true;
    QTest::newRow("/128") << u"::1/128"_s << u"::1/128"_s << u"::1"_s << u"::1"_s << u"1"_s
                          << false;
    QTest::newRow("mapped") << u"::ffff:10.0.0.0/104"_s << u"::ffff:a00:0/104"_s
                            << u"::ffff:a00:0"_s << u"::ffff:aff:ffff"_s << u"16777216"_s << false;
}

void TestIpPrefix::parseValid()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    QFETCH(QString, network);
    QFETCH(QString, last);
    QFETCH(QString, size);
    QFETCH(bool, hostBits);

    QString error;
    const std::optional<IpPrefix> parsed = IpPrefix::parse(text, &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(parsed->toString(), canonical);
    QCOMPARE(parsed->network().toString(), network);
    QCOMPARE(parsed->last().toString(), last);
    QCOMPARE(parsed->size().toString(), size);
    QCOMPARE(parsed->hasHostBits(), hostBits);
    QCOMPARE(parsed->normalized().toString(), network + u'/' + QString::number(parsed->length()));
    QVERIFY(!parsed->normalized().hasHostBits());
    QCOMPARE(parsed->normalized().size(), parsed->size());
}

void TestIpPrefix::parseInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");

    QTest::newRow("empty") << QString() << u"prefix is empty"_s;
    QTest::newRow("no slash") << u"10.0.0.0"_s << u"missing '/' prefix length"_s;
    QTest::newRow("v4 /33") << u"10.0.0.0/33"_s
                            << u"prefix length 33 is out of range for IPv4 (0-32)"_s;
    QTest::newRow("v6 /129") << u"::/129"_s
                             << u"prefix length 129 is out of range for IPv6 (0-128)"_s;
    QTest::newRow("huge length") << u"10.0.0.0/99999999999"_s
                                 << u"prefix length 99999999999 is out of range for IPv4 (0-32)"_s;
    QTest::newRow("leading zero") << u"10.0.0.0/024"_s << u"leading zero in prefix length '024'"_s;
    QTest::newRow("double zero") << u"::/00"_s << u"leading zero in prefix length '00'"_s;
    QTest::newRow("no length") << u"10.0.0.0/"_s << u"missing prefix length after '/'"_s;
    QTest::newRow("no address") << u"/24"_s << u"missing address before '/'"_s;
    QTest::newRow("two slashes") << u"10.0.0.0/8/8"_s << u"only one '/' is allowed"_s;
    QTest::newRow("netmask") << u"10.0.0.0/255.0.0.0"_s
                             << u"prefix length '255.0.0.0' is not a decimal number"_s;
    QTest::newRow("negative") << u"10.0.0.0/-1"_s
                              << u"prefix length '-1' is not a decimal number"_s;
    QTest::newRow("plus") << u"10.0.0.0/+8"_s << u"prefix length '+8' is not a decimal number"_s;
    QTest::newRow("bad address") << u"10.0.0.256/24"_s << u"octet 4 '256' is larger than 255"_s;
    QTest::newRow("space") << u"10.0.0.0 /24"_s << u"whitespace at position 9 is not allowed"_s;
    QTest::newRow("zone id") << u"fe80::%eth0/64"_s << u"zone id '%eth0' is not allowed"_s;
    QTest::newRow("two ::") << u"fd00::1::/64"_s << u"'::' may appear only once"_s;
}

void TestIpPrefix::parseInvalid()
{
    QFETCH(QString, text);
    QFETCH(QString, error);

    QString actual;
    QCOMPARE(IpPrefix::parse(text, &actual), std::nullopt);
    QCOMPARE(actual, error);
}

void TestIpPrefix::containsAddress_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("contains");

    QTest::newRow("inside") << u"10.0.0.0/24"_s << u"10.0.0.77"_s << true;
    QTest::newRow("network") << u"10.0.0.0/24"_s << u"10.0.0.0"_s << true;
    QTest::newRow("broadcast") << u"10.0.0.0/24"_s << u"10.0.0.255"_s << true;
    QTest::newRow("just after") << u"10.0.0.0/24"_s << u"10.0.1.0"_s << false;
    QTest::newRow("just before") << u"10.0.0.0/24"_s << u"9.255.255.255"_s << false;
    QTest::newRow("host bits ignored") << u"10.0.0.9/24"_s << u"10.0.0.200"_s << true;
    QTest::newRow("v4 /0") << u"0.0.0.0/0"_s << u"255.255.255.255"_s << true;
    QTest::newRow("v6 /0") << u"::/0"_s << u"ffff::1"_s << true;
    QTest::newRow("other family") << u"0.0.0.0/0"_s << u"::"_s << false;
    QTest::newRow("mapped is v6") << u"10.0.0.0/8"_s << u"::ffff:10.0.0.1"_s << false;
    QTest::newRow("/128") << u"fd00::1/128"_s << u"fd00::1"_s << true;
    QTest::newRow("/128 miss") << u"fd00::1/128"_s << u"fd00::2"_s << false;
}

void TestIpPrefix::containsAddress()
{
    QFETCH(QString, prefix);
    QFETCH(QString, address);
    QFETCH(bool, contains);
    QCOMPARE(::prefix(prefix).contains(::address(address)), contains);
}

void TestIpPrefix::relations_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("aContainsB");
    QTest::addColumn<bool>("overlaps");
    QTest::addColumn<QString>("intersection"); // empty: none

    QTest::newRow("nested") << u"10.0.0.0/8"_s << u"10.1.0.0/16"_s << true << true
                            << u"10.1.0.0/16"_s;
    QTest::newRow("nested reverse")
        << u"10.1.0.0/16"_s << u"10.0.0.0/8"_s << false << true << u"10.1.0.0/16"_s;
    QTest::newRow("equal") << u"10.0.0.0/24"_s << u"10.0.0.0/24"_s << true << true
                           << u"10.0.0.0/24"_s;
    QTest::newRow("siblings") << u"10.0.0.0/25"_s << u"10.0.0.128/25"_s << false << false
                              << QString();
    QTest::newRow("host bits normalized")
        << u"10.0.0.0/8"_s << u"10.1.2.3/16"_s << true << true << u"10.1.0.0/16"_s;
    QTest::newRow("whole space") << u"0.0.0.0/0"_s << u"192.168.0.0/16"_s << true << true
                                 << u"192.168.0.0/16"_s;
    QTest::newRow("v6 nested") << u"fd00::/8"_s << u"fd12:3456::/32"_s << true << true
                               << u"fd12:3456::/32"_s;
    QTest::newRow("v6 disjoint") << u"fd00::/64"_s << u"fd00:0:0:1::/64"_s << false << false
                                 << QString();
    QTest::newRow("families") << u"0.0.0.0/0"_s << u"::/0"_s << false << false << QString();
}

void TestIpPrefix::relations()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, aContainsB);
    QFETCH(bool, overlaps);
    QFETCH(QString, intersection);

    const IpPrefix first = prefix(a);
    const IpPrefix second = prefix(b);
    QCOMPARE(first.contains(second), aContainsB);
    QCOMPARE(first.overlaps(second), overlaps);
    QCOMPARE(second.overlaps(first), overlaps);
    const std::optional<IpPrefix> both = first.intersection(second);
    QCOMPARE(both ? both->toString() : QString(), intersection);
    QCOMPARE(second.intersection(first), both);
}

QTEST_GUILESS_MAIN(TestIpPrefix)
#include "tst_ipprefix.moc"
