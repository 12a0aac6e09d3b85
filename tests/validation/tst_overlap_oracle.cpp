// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
// Differential test: random designs full of networks, cluster CIDRs and
// LoadBalancer pools; the overlap pairs the validator reports must equal the
// ones overlap_oracle.py computes with Python's ipaddress module.
#include "net/ipaddress.h"
#include "validation/validator.h"

#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryFile>
#include <QTest>

#include <memory>
#include <vector>

using namespace Clusterwright;
using namespace Qt::StringLiterals;

namespace {

constexpr quint32 DefaultSeed = 20261122;
constexpr int Rounds = 25;

class Generator
{
public:
    explicit Generator(quint32 seed)
        : m_random(seed)
    {}

    Topology topology()
    {
        Topology t;
        const int networks = 40 + int(m_random.bounded(120));
        for (int i = 0; i < networks; ++i) {
            const bool v6 = m_random.bounded(8) == 0;
            const QString cidr = v6 ? v6Prefix(112, 124) : v4Prefix(0x0A000000, 18, 18, 28);
            t.networks << Network{QStringLiteral("net-%1").arg(i), cidr, {}, {}, {}, {}};
        }
        // One pod and one service CIDR per family keeps NET005's pod side unambiguous.
        t.cluster.podCidrs = {m_random.bounded(4) == 0 ? v4Prefix(0xAC100000, 12, 14, 20)
                                                       : v4Prefix(0x0A000000, 13, 14, 22)};
        t.cluster.serviceCidrs = {v4Prefix(0x0A000000, 13, 16, 24)};
        if (m_random.bounded(3) == 0) {
            t.cluster.podCidrs << v6Prefix(112, 118);
            t.cluster.serviceCidrs << v6Prefix(114, 120);
        }
        const int pools = 20 + int(m_random.bounded(80));
        for (int i = 0; i < pools; ++i) {
            Vip v{QStringLiteral("lb-%1").arg(i),
                  VipPurpose::LoadBalancer,
                  t.networks.first().name,
                  {},
                  {},
                  VipProvider::MetalLb};
            v.range = m_random.bounded(3) == 0 ? v4Prefix(0x0A000000, 18, 24, 30) : v4Range();
            if (m_random.bounded(10) == 0)
                v.range = v6Prefix(116, 126);
            t.vips << v;
        }
        for (int i = 0; i < 5; ++i) {
            const IpAddress address(IpFamily::V4, 0x0A000000 + m_random.bounded(1u << 18));
            t.vips << Vip{QStringLiteral("api-%1").arg(i),
                          VipPurpose::ApiEndpoint,
                          t.networks.first().name,
                          address.toString(),
                          {},
                          VipProvider::Keepalived};
        }
        return t;
    }

private:
    // A prefix of length [minLength, maxLength] inside base/spaceBits; host bits
    // are kept for networks now and then (the validator compares the subnet).
    QString v4Prefix(quint32 base, int spaceBits, int minLength, int maxLength)
    {
        const int length = minLength + int(m_random.bounded(maxLength - minLength + 1));
        const quint32 offset = m_random.bounded(1u << (32 - spaceBits));
        const quint32 mask = length == 0 ? 0 : ~quint32(0) << (32 - length);
        const quint32 value = (base + offset) & mask;
        return IpAddress(IpFamily::V4, value).toString() + u'/' + QString::number(length);
    }

    QString v6Prefix(int minLength, int maxLength)
    {
        const int length = minLength + int(m_random.bounded(maxLength - minLength + 1));
        const Uint128 base = Uint128(0xfd00) << 112;
        const Uint128 offset = m_random.bounded(1u << 16);
        const Uint128 mask = ~Uint128(0) << (128 - length);
        return IpAddress(IpFamily::V6, (base + offset) & mask).toString() + u'/'
               + QString::number(length);
    }

    QString v4Range()
    {
        quint32 first = 0x0A000000 + m_random.bounded(1u << 18);
        // Boundaries are where off-by-one bugs live: start on the last address
        // of an earlier pool (overlap) or just past it (no overlap).
        if (!m_lastAddresses.isEmpty() && m_random.bounded(4) == 0)
            first = m_lastAddresses[m_random.bounded(m_lastAddresses.size())] + m_random.bounded(2);
        const quint32 last = first + m_random.bounded(400);
        m_lastAddresses << last;
        return IpAddress(IpFamily::V4, first).toString() + u'-'
               + IpAddress(IpFamily::V4, last).toString();
    }

    QRandomGenerator m_random;
    QList<quint32> m_lastAddresses;
};

QString cidrPath(const QString &key, int index, int count)
{
    return count <= 1 ? u"cluster."_s + key : QStringLiteral("cluster.%1[%2]").arg(key).arg(index);
}

bool isV6(const QString &text)
{
    return text.contains(u':');
}

QString sortedPair(const QString &prefix, QString a, QString b)
{
    if (b < a)
        std::swap(a, b);
    return prefix + a + u' ' + b;
}

// The design as the oracle's input lines.
QByteArray oracleInput(const Topology &t)
{
    QString text;
    for (const Network &n : t.networks)
        text += u"network "_s + n.name + u' ' + n.cidr + u'\n';
    for (int i = 0; i < t.cluster.podCidrs.size(); ++i)
        text += u"pod "_s + cidrPath(u"podCidr"_s, i, int(t.cluster.podCidrs.size())) + u' '
                + t.cluster.podCidrs[i] + u'\n';
    for (int i = 0; i < t.cluster.serviceCidrs.size(); ++i)
        text += u"service "_s + cidrPath(u"serviceCidr"_s, i, int(t.cluster.serviceCidrs.size()))
                + u' ' + t.cluster.serviceCidrs[i] + u'\n';
    for (const Vip &v : t.vips) {
        if (v.purpose == VipPurpose::LoadBalancer)
            text += u"lb "_s + v.name + u' ' + v.range + u'\n';
        else
            text += u"vip "_s + v.name + u' ' + v.address + u'\n';
    }
    return text.toUtf8();
}

// The overlap pairs in the validator's findings, in the oracle's notation.
QStringList validatorPairs(const Topology &t)
{
    const QStringList &pods = t.cluster.podCidrs;
    QSet<QString> pairs;
    for (const Finding &f : validateTopology(t).findings) {
        if (f.ruleId == u"NET003" && f.objects.size() >= 2) {
            pairs.insert(sortedPair(u"NET003 "_s, u"net:"_s + f.objects[0].name,
                                    u"net:"_s + f.objects[1].name));
        } else if (f.ruleId == u"NET004" && !f.objects.isEmpty()) {
            pairs.insert(u"NET004 "_s + f.path + u" net:"_s + f.objects[0].name);
        } else if (f.ruleId == u"NET005") {
            // The finding points at the service CIDR; the pod CIDR is the one of its family.
            const qsizetype index
                = f.path.contains(u'[') ? f.path.section(u'[', 1).chopped(1).toInt() : 0;
            const bool v6 = isV6(t.cluster.serviceCidrs.value(index));
            for (int i = 0; i < pods.size(); ++i) {
                if (isV6(pods[i]) == v6)
                    pairs.insert(u"NET005 "_s + cidrPath(u"podCidr"_s, i, int(pods.size())) + u' '
                                 + f.path);
            }
        } else if (f.ruleId == u"NET006" && !f.objects.isEmpty()
                   && f.objects[0].kind == ObjectKind::Vip) {
            pairs.insert(u"NET006 "_s + f.path + u" vip:"_s + f.objects[0].name);
        } else if (f.ruleId == u"NET012" && f.objects.size() >= 2) {
            pairs.insert(sortedPair(u"NET012 "_s, u"vip:"_s + f.objects[0].name,
                                    u"vip:"_s + f.objects[1].name));
        }
    }
    QStringList sorted(pairs.cbegin(), pairs.cend());
    sorted.sort();
    return sorted;
}

} // namespace

class TestOverlapOracle : public QObject
{
    Q_OBJECT

private slots:
    void matchesOracle();
};

void TestOverlapOracle::matchesOracle()
{
    const QString python = QStringLiteral(CW_PYTHON3);
    if (python.isEmpty())
        QSKIP("python3 not found at configure time");
    bool fromEnvironment = false;
    const quint32 seed = quint32(qEnvironmentVariableIntValue("CW_ORACLE_SEED", &fromEnvironment));
    const quint32 firstSeed = fromEnvironment ? seed : DefaultSeed;
    qInfo("overlap oracle: seeds %u..%u (set CW_ORACLE_SEED to replay one)", firstSeed,
          firstSeed + Rounds - 1);

    // One oracle run for every round: interpreter start-up dominates otherwise.
    QList<Topology> designs;
    std::vector<std::unique_ptr<QTemporaryFile>> inputs;
    QStringList arguments{QStringLiteral(CW_OVERLAP_ORACLE)};
    for (int round = 0; round < Rounds; ++round) {
        designs << Generator(firstSeed + quint32(round)).topology();
        inputs.push_back(std::make_unique<QTemporaryFile>());
        QVERIFY(inputs.back()->open());
        inputs.back()->write(oracleInput(designs.back()));
        inputs.back()->flush();
        arguments << inputs.back()->fileName();
    }
    QProcess oracle;
    oracle.start(python, arguments);
    QVERIFY(oracle.waitForFinished(120000));
    QVERIFY2(oracle.exitCode() == 0, oracle.readAllStandardError().constData());
    QHash<QString, QStringList> expectedByFile;
    QString current;
    for (const QString &line :
         QString::fromUtf8(oracle.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts)) {
        if (line.startsWith(u"# "))
            current = line.mid(2);
        else
            expectedByFile[current] << line;
    }

    qsizetype compared = 0;
    for (int round = 0; round < Rounds; ++round) {
        const quint32 roundSeed = firstSeed + quint32(round);
        const QStringList expected = expectedByFile.value(inputs[size_t(round)]->fileName());
        const QStringList actual = validatorPairs(designs[round]);
        if (actual != expected) {
            const QSet<QString> a(actual.cbegin(), actual.cend());
            const QSet<QString> e(expected.cbegin(), expected.cend());
            QStringList report;
            for (const QString &pair : e - a)
                report << u"missed:   "_s + pair;
            for (const QString &pair : a - e)
                report << u"spurious: "_s + pair;
            report.sort();
            QFAIL(qPrintable(QStringLiteral("seed %1: %2 pairs differ\n%3")
                                 .arg(roundSeed)
                                 .arg(report.size())
                                 .arg(report.mid(0, 20).join(u'\n'))));
        }
        compared += expected.size();
    }
    // Guards against a generator that stops producing overlaps at all.
    QVERIFY2(compared > 1000, qPrintable(QString::number(compared)));
    qInfo("overlap oracle: %lld pairs agreed", qlonglong(compared));
}

QTEST_GUILESS_MAIN(TestOverlapOracle)
#include "tst_overlap_oracle.moc"
