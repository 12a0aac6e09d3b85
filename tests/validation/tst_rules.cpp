// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "rulecases.h"

#include "validation/fixapply.h"
#include "validation/rule.h"
#include "validation/validator.h"
#include "validation/vrrp.h"

#include <QRegularExpression>
#include <QTest>

using namespace Clusterwright;
using namespace Clusterwright::RuleCases;
using namespace Qt::StringLiterals;

namespace {

const QList<Case> &triggerCases()
{
    static const QList<Case> cases = [] {
        QList<Case> triggers, nearMisses;
        addNameCases(triggers, nearMisses);
        addNetworkCases(triggers, nearMisses);
        addAddressUsageCases(triggers, nearMisses);
        addClusterCases(triggers, nearMisses);
        addServiceCases(triggers, nearMisses);
        return triggers;
    }();
    return cases;
}

const QList<Case> &nearMissCases()
{
    static const QList<Case> cases = [] {
        QList<Case> triggers, nearMisses;
        addNameCases(triggers, nearMisses);
        addNetworkCases(triggers, nearMisses);
        addAddressUsageCases(triggers, nearMisses);
        addClusterCases(triggers, nearMisses);
        addServiceCases(triggers, nearMisses);
        return nearMisses;
    }();
    return cases;
}

// The rules of this folder; failure-domain rules are tested in tst_faulttolerance.
bool isOwnRule(const QString &id)
{
    return !id.startsWith(u"FD"_s);
}

QList<Finding> ownFindings(const Topology &t)
{
    QList<Finding> out;
    for (const Finding &f : validateTopology(t).findings) {
        if (isOwnRule(f.ruleId))
            out.append(f);
    }
    return out;
}

QString dump(const QList<Finding> &findings)
{
    QStringList lines;
    for (const Finding &f : findings)
        lines << u"  %1 %2 @%3: %4"_s.arg(f.ruleId, toString(f.severity), f.path, f.message);
    return lines.join(u'\n');
}

const Finding *findFinding(const QList<Finding> &findings, const QString &id, const QString &path)
{
    for (const Finding &f : findings) {
        if (f.ruleId == id && (path.isEmpty() || f.path == path))
            return &f;
    }
    return nullptr;
}

Topology mutated(const Case &c)
{
    Topology t = baseline();
    c.mutate(t);
    return t;
}

} // namespace

class TstRules : public QObject
{
    Q_OBJECT

private slots:
    // A QString::arg() with a missing argument only warns; make it fail.
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }
    void baselineIsClean();
    void triggers_data();
    void triggers();
    void nearMisses_data();
    void nearMisses();
    void everyRuleHasTriggerAndNearMiss();
    void fixesRepair_data();
    void fixesRepair();
    void findingsAreSorted();
    void locationsComeFromSourceMap();
    void freeAddressSuggestionsDiffer();
    void renameFixFollowsReferences();
    void vrrpRouterIdIsStable();
    void largeDesignStaysFast();
};

void TstRules::baselineIsClean()
{
    const QList<Finding> findings = ownFindings(baseline());
    QVERIFY2(findings.isEmpty(), qPrintable(u"\n"_s + dump(findings)));
}

void TstRules::triggers_data()
{
    QTest::addColumn<int>("row");
    for (int i = 0; i < int(triggerCases().size()); ++i) {
        const Case &c = triggerCases()[i];
        QTest::newRow(qPrintable(c.ruleId + u": "_s + c.name)) << i;
    }
}

void TstRules::triggers()
{
    QFETCH(int, row);
    const Case &c = triggerCases()[row];
    const QList<Finding> findings = ownFindings(mutated(c));
    const Finding *f = findFinding(findings, c.ruleId, c.path);
    QVERIFY2(f, qPrintable(u"no %1 at '%2'; found:\n"_s.arg(c.ruleId, c.path) + dump(findings)));
    const RuleInfo *info = findRule(f->ruleId);
    QVERIFY(info);
    QVERIFY(f->severity == info->severity);
    QVERIFY2(f->message.endsWith(u'.') && f->message.front().isUpper(), qPrintable(f->message));
    QVERIFY(!f->path.isEmpty());
    for (const ObjectRef &o : f->objects)
        QVERIFY2(o.index >= 0, qPrintable(f->message));
}

void TstRules::nearMisses_data()
{
    QTest::addColumn<int>("row");
    for (int i = 0; i < int(nearMissCases().size()); ++i) {
        const Case &c = nearMissCases()[i];
        QTest::newRow(qPrintable(c.ruleId + u": "_s + c.name)) << i;
    }
}

void TstRules::nearMisses()
{
    QFETCH(int, row);
    const Case &c = nearMissCases()[row];
    const QList<Finding> findings = ownFindings(mutated(c));
    QVERIFY2(!findFinding(findings, c.ruleId, {}),
             qPrintable(u"unexpected %1:\n"_s.arg(c.ruleId) + dump(findings)));
}

void TstRules::everyRuleHasTriggerAndNearMiss()
{
    QSet<QString> triggered, missed;
    for (const Case &c : triggerCases())
        triggered.insert(c.ruleId);
    for (const Case &c : nearMissCases())
        missed.insert(c.ruleId);
    for (const RuleInfo &rule : allRules()) {
        if (!isOwnRule(rule.id))
            continue;
        QVERIFY2(triggered.contains(rule.id), qPrintable(rule.id + u" has no trigger case"_s));
        QVERIFY2(missed.contains(rule.id), qPrintable(rule.id + u" has no near-miss case"_s));
    }
}

// The trigger rows whose finding carries a machine-applicable fix.
void TstRules::fixesRepair_data()
{
    QTest::addColumn<int>("row");
    for (int i = 0; i < int(triggerCases().size()); ++i) {
        const Case &c = triggerCases()[i];
        const QList<Finding> findings = ownFindings(mutated(c));
        const Finding *f = findFinding(findings, c.ruleId, c.path);
        if (f && !f->fix.isEmpty())
            QTest::newRow(qPrintable(c.ruleId + u": "_s + c.name)) << i;
    }
}

// A machine-applicable fix must apply cleanly and make that finding go away.
void TstRules::fixesRepair()
{
    QFETCH(int, row);
    const Case &c = triggerCases()[row];
    const Topology before = mutated(c);
    const QList<Finding> findings = ownFindings(before);
    const Finding *f = findFinding(findings, c.ruleId, c.path);
    QVERIFY(f);
    QVERIFY2(!f->suggestion.isEmpty(), "a fix always comes with a suggestion");
    QString error;
    const auto after = applyFieldEdits(before, f->fix, &error);
    QVERIFY2(after, qPrintable(error));
    const QList<Finding> remaining = ownFindings(*after);
    for (const Finding &r : remaining) {
        QVERIFY2(!(r.ruleId == f->ruleId && r.path == f->path && r.message == f->message),
                 qPrintable(u"still there after the fix: "_s + r.message));
    }
    auto count = [&](const QList<Finding> &list) {
        return std::count_if(list.cbegin(), list.cend(), [&](const Finding &x) {
            return x.ruleId == f->ruleId && x.path == f->path;
        });
    };
    QVERIFY2(count(remaining) < count(findings), qPrintable(u"\n"_s + dump(remaining)));
}

void TstRules::findingsAreSorted()
{
    Topology t = baseline();
    for (int i = 0; i < 12; ++i) {
        t.nodes.append(makeNode(u"wk-x%1"_s.arg(i), {Role::Worker}, {},
                                {{u"lan"_s, u"192.168.10.%1"_s.arg(30 + i)}}));
    }
    t.nodes[2].name = u"CP-3"_s;                                    // NAME002 at nodes[2]
    t.nodes[10].name = u"WK-X3"_s;                                  // NAME002 at nodes[10]
    t.networks[0].dns = {u"1.1.1.1"_s, u"1.0.0.1"_s, u"9.9.9.9"_s}; // warning
    t.nodes[3].roles.append(Role::Etcd);                            // info
    t.networks[0].gateway = u"192.168.11.1"_s;                      // error
    const QList<Finding> findings = validateTopology(t).findings;
    QVERIFY(findings.size() >= 5);
    auto rank = [](Severity s) {
        return s == Severity::Error ? 0 : s == Severity::Warning ? 1 : 2;
    };
    for (qsizetype i = 1; i < findings.size(); ++i) {
        const Finding &a = findings[i - 1], &b = findings[i];
        QVERIFY2(rank(a.severity) <= rank(b.severity), qPrintable(dump(findings)));
        if (a.severity == b.severity)
            QVERIFY2(a.ruleId <= b.ruleId, qPrintable(dump(findings)));
    }
    QStringList namePaths;
    for (const Finding &f : findings) {
        if (f.ruleId == u"NAME002"_s)
            namePaths << f.path;
    }
    QCOMPARE(namePaths, (QStringList{u"nodes[2].name"_s, u"nodes[10].name"_s}));
    QVERIFY(findings.last().severity == Severity::Info);
}

void TstRules::locationsComeFromSourceMap()
{
    Topology t = baseline();
    t.networks[0].gateway = u"192.168.11.1"_s;
    t.nodes[1].name = u"CP_2"_s;
    SourceMap map;
    map.setFileName(u"lab.cw.yaml"_s);
    map.insert(u"networks[0].gateway"_s, 9, 14);
    map.insert(u"nodes[1]"_s, 30, 5);
    const ValidationReport report = validateTopology(t, &map);
    const Finding *gateway = findFinding(report.findings, u"NET007"_s, u"networks[0].gateway"_s);
    QVERIFY(gateway);
    QCOMPARE(gateway->location, (SourceLocation{u"lab.cw.yaml"_s, 9, 14}));
    const Finding *name = findFinding(report.findings, u"NAME002"_s, u"nodes[1].name"_s);
    QVERIFY(name);
    QCOMPARE(name->location, (SourceLocation{u"lab.cw.yaml"_s, 30, 5})); // the parent's line
    // Without a map nothing is located.
    for (const Finding &f : validateTopology(t).findings)
        QVERIFY(!f.location.isValid());
}

// Several addresses moved by fixes in one subnet must not land on one address.
void TstRules::freeAddressSuggestionsDiffer()
{
    Topology t = baseline();
    for (int i = 0; i < 3; ++i)
        t.nodes[3 + i].interfaces[0].address = u"192.168.11.%1"_s.arg(i + 1); // outside lan
    QStringList proposed;
    for (const Finding &f : ownFindings(t)) {
        if (f.ruleId == u"NET008"_s) {
            QCOMPARE(f.fix.size(), 1);
            proposed << f.fix[0].value;
        }
    }
    QCOMPARE(proposed.size(), 3);
    // .1 is the gateway, .5 the bastion, .11-.13 and .21-.23 nodes (.21-.23 now moved).
    QCOMPARE(proposed, (QStringList{u"192.168.10.2"_s, u"192.168.10.3"_s, u"192.168.10.4"_s}));
}

void TstRules::renameFixFollowsReferences()
{
    Topology t = baseline();
    t.nodes[6].name = u"Bastion"_s;
    for (int i = 0; i < 6; ++i)
        t.nodes[i].ssh.jump = u"Bastion"_s;
    t.networks[1].name = u"Storage"_s;
    for (Node &n : t.nodes) {
        for (Interface &i : n.interfaces) {
            if (i.network == u"storage"_s)
                i.network = u"Storage"_s;
        }
    }
    t.storage[0].network = u"Storage"_s;
    t.layout.insert(u"Bastion"_s, QPointF(10, 20));
    Topology fixed = t;
    for (const Finding &f : ownFindings(t)) {
        if (f.ruleId == u"NAME002"_s || f.ruleId == u"NAME003"_s) {
            QString error;
            auto next = applyFieldEdits(fixed, f.fix, &error);
            QVERIFY2(next, qPrintable(error));
            fixed = *next;
        }
    }
    const Topology clean = [] {
        Topology b = baseline();
        b.layout.insert(u"bastion"_s, QPointF(10, 20));
        return b;
    }();
    QCOMPARE(fixed, clean);
}

void TstRules::vrrpRouterIdIsStable()
{
    Topology t = baseline();
    const int api = vrrpRouterId(t, 0);
    QVERIFY(api >= 1 && api <= 255);
    QCOMPARE(api, vrrpRouterIdForName(u"api"_s));
    // Fixed forever: changing the hash would renumber every deployed VRRP instance.
    QCOMPARE(vrrpRouterIdForName(u"api"_s), 213);
    t.vips.prepend(t.vips.takeLast()); // reordering VIPs changes nothing
    QCOMPARE(vrrpRouterId(t, 1), api);
    // A range counts up from its base, wrapping within 1..255.
    for (int k = 0; k < 300; ++k) {
        const int id = vrrpRouterIdForName(u"ext"_s, k);
        QVERIFY(id >= 1 && id <= 255);
        QCOMPARE(id, (vrrpRouterIdForName(u"ext"_s) - 1 + k) % 255 + 1);
    }
}

// The GUI validates on every edit; the benchmark holds the real budget, this
// only catches an accidental quadratic loop.
void TstRules::largeDesignStaysFast()
{
    Topology t;
    t.cluster.podCidrs = {u"10.0.0.0/9"_s};
    t.cluster.serviceCidrs = {u"10.224.0.0/12"_s};
    // CW_LARGE_NETWORKS=10000 checks the growth at 100,000 nodes by hand.
    const int networks = qEnvironmentVariableIsSet("CW_LARGE_NETWORKS")
                             ? qEnvironmentVariableIntValue("CW_LARGE_NETWORKS")
                             : 1000;
    for (int n = 0; n < networks; ++n) {
        const QString prefix = u"172.%1.%2."_s.arg(16 + n / 256).arg(n % 256);
        t.networks.append({u"net-%1"_s.arg(n), prefix + u"0/24"_s, prefix + u"1"_s, {}, {}, {}});
        Vip pool;
        pool.name = u"pool-%1"_s.arg(n);
        pool.purpose = VipPurpose::LoadBalancer;
        pool.provider = VipProvider::MetalLb;
        pool.network = t.networks.last().name;
        pool.range = prefix + u"200-"_s + prefix + u"250"_s;
        t.vips.append(pool);
        for (int k = 0; k < 10; ++k) {
            const QList<Role> roles
                = n == 0 && k < 3 ? QList<Role>{Role::ControlPlane} : QList<Role>{Role::Worker};
            t.nodes.append(makeNode(u"node-%1-%2"_s.arg(n).arg(k), roles, {},
                                    {{t.networks.last().name, prefix + QString::number(10 + k)}}));
        }
    }
    t.cluster.controlPlaneEndpoint = u"172.16.0.10:6443"_s;
    for (int i = 0; i < qEnvironmentVariableIntValue("CW_PROFILE_LOOPS"); ++i)
        validateTopology(t); // CW_PROFILE_LOOPS=n warms up, e.g. for perf record
    // Correctness at scale; the speed is measured by bench_validate, not here.
    const ValidationReport report = validateTopology(t);
    qInfo("%lld nodes, %d networks and pools, %lld findings", qint64(t.nodes.size()), networks,
          qint64(report.findings.size()));
    QCOMPARE(report.count(Severity::Error), 0);
}

QTEST_GUILESS_MAIN(TstRules)
#include "tst_rules.moc"
