// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "rulecases.h"

#include "validation/fixapply.h"

#include <QTest>

#include <functional>

using namespace Clusterwright;
using namespace Qt::StringLiterals;

using Reader = std::function<QString(const Topology &)>;
Q_DECLARE_METATYPE(Reader)

class TstFixApply : public QObject
{
    Q_OBJECT

private slots:
    void setsField_data();
    void setsField();
    void rejects_data();
    void rejects();
    void appliesInOrderAndLeavesInputAlone();
    void renamingNodeMovesItsPosition();
};

void TstFixApply::setsField_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("value");
    QTest::addColumn<Reader>("read");
    QTest::addColumn<QString>("expected");
    auto row
        = [](const char *name, const QString &path, const QString &value, Reader read,
             const QString &expected) { QTest::newRow(name) << path << value << read << expected; };
    row(
        "interface address", u"nodes[2].interfaces[0].address"_s, u"192.168.10.99"_s,
        [](const Topology &t) { return t.nodes[2].interfaces[0].address; }, u"192.168.10.99"_s);
    row(
        "interface network", u"nodes[2].interfaces[1].network"_s, u"lan"_s,
        [](const Topology &t) { return t.nodes[2].interfaces[1].network; }, u"lan"_s);
    row(
        "network cidr", u"networks[1].cidr"_s, u"192.168.21.0/24"_s,
        [](const Topology &t) { return t.networks[1].cidr; }, u"192.168.21.0/24"_s);
    row(
        "single pod cidr", u"cluster.podCidr"_s, u"10.128.0.0/16"_s,
        [](const Topology &t) { return t.cluster.podCidrs.join(u','); }, u"10.128.0.0/16"_s);
    row(
        "second pod cidr appended", u"cluster.podCidr[1]"_s, u"fd00::/56"_s,
        [](const Topology &t) { return t.cluster.podCidrs.join(u','); },
        u"10.244.0.0/16,fd00::/56"_s);
    row(
        "service cidr", u"cluster.serviceCidr"_s, u"10.96.0.0/16"_s,
        [](const Topology &t) { return t.cluster.serviceCidrs.join(u','); }, u"10.96.0.0/16"_s);
    row(
        "vip address", u"vips[0].address"_s, u"192.168.10.101"_s,
        [](const Topology &t) { return t.vips[0].address; }, u"192.168.10.101"_s);
    row(
        "vip range cleared", u"vips[1].range"_s, QString(),
        [](const Topology &t) { return t.vips[1].range; }, QString());
    row(
        "vip provider", u"vips[0].provider"_s, u"kube-vip"_s,
        [](const Topology &t) { return toString(t.vips[0].provider); }, u"kube-vip"_s);
    row(
        "endpoint", u"cluster.controlPlaneEndpoint"_s, u"api.lan:6443"_s,
        [](const Topology &t) { return t.cluster.controlPlaneEndpoint; }, u"api.lan:6443"_s);
    row(
        "etcd mode", u"cluster.etcd"_s, u"external"_s,
        [](const Topology &t) { return toString(t.cluster.etcd); }, u"external"_s);
    row(
        "gateway", u"networks[0].gateway"_s, u"192.168.10.254"_s,
        [](const Topology &t) { return t.networks[0].gateway; }, u"192.168.10.254"_s);
    row(
        "dns list", u"networks[0].dns"_s, u"1.1.1.1, 9.9.9.9"_s,
        [](const Topology &t) { return t.networks[0].dns.join(u'|'); }, u"1.1.1.1|9.9.9.9"_s);
    row(
        "one dns entry", u"networks[0].dns[0]"_s, u"9.9.9.9"_s,
        [](const Topology &t) { return t.networks[0].dns.join(u'|'); }, u"9.9.9.9"_s);
    row(
        "mtu", u"networks[0].mtu"_s, u"1500"_s,
        [](const Topology &t) { return QString::number(t.networks[0].mtu.value_or(-1)); },
        u"1500"_s);
    row(
        "vlan cleared", u"networks[0].vlan"_s, QString(),
        [](const Topology &t) { return t.networks[0].vlan ? u"set"_s : u"unset"_s; }, u"unset"_s);
    row(
        "ssh port", u"nodes[0].ssh.port"_s, u"2222"_s,
        [](const Topology &t) { return QString::number(t.nodes[0].ssh.port.value_or(-1)); },
        u"2222"_s);
    row(
        "ssh jump cleared", u"nodes[0].ssh.jump"_s, QString(),
        [](const Topology &t) { return t.nodes[0].ssh.jump; }, QString());
    row(
        "roles", u"nodes[0].roles"_s, u"control-plane, worker"_s,
        [](const Topology &t) {
            return t.nodes[0].roles.size() == 2 && t.nodes[0].hasRole(Role::Worker) ? u"ok"_s
                                                                                    : u"wrong"_s;
        },
        u"ok"_s);
    row(
        "host address", u"hosts[1].address"_s, u"192.168.20.9"_s,
        [](const Topology &t) { return t.hosts[1].address; }, u"192.168.20.9"_s);
    row(
        "storage export", u"storage[0].export"_s, u"/volume2"_s,
        [](const Topology &t) { return t.storage[0].exportPath; }, u"/volume2"_s);
    row(
        "storage node", u"storage[1].nodes[1]"_s, u"cp-1"_s,
        [](const Topology &t) { return t.storage[1].nodes.join(u','); }, u"wk-1,cp-1,wk-3"_s);
    row(
        "replicas", u"storage[1].replicas"_s, u"2"_s,
        [](const Topology &t) { return QString::number(t.storage[1].replicas.value_or(-1)); },
        u"2"_s);
    row(
        "erasure coding created", u"storage[1].erasureCoding.codingChunks"_s, u"2"_s,
        [](const Topology &t) {
            return u"%1+%2"_s.arg(t.storage[1].erasureCoding->dataChunks)
                .arg(t.storage[1].erasureCoding->codingChunks);
        },
        u"2+2"_s);
}

void TstFixApply::setsField()
{
    QFETCH(QString, path);
    QFETCH(QString, value);
    QFETCH(Reader, read);
    QFETCH(QString, expected);
    QString error;
    const auto result = applyFieldEdits(RuleCases::baseline(), {{path, value}}, &error);
    QVERIFY2(result, qPrintable(error));
    QCOMPARE(read(*result), expected);
}

void TstFixApply::rejects_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("value");
    QTest::newRow("index past end") << u"nodes[7].name"_s << u"x"_s;
    QTest::newRow("unknown list") << u"routers[0].name"_s << u"x"_s;
    QTest::newRow("unknown field") << u"nodes[0].colour"_s << u"red"_s;
    QTest::newRow("no index") << u"nodes.name"_s << u"x"_s;
    QTest::newRow("negative index") << u"nodes[-1].name"_s << u"x"_s;
    QTest::newRow("malformed bracket") << u"nodes[0.name"_s << u"x"_s;
    QTest::newRow("empty path") << QString() << u"x"_s;
    QTest::newRow("number with letters") << u"networks[0].mtu"_s << u"15OO"_s;
    QTest::newRow("number in octal look") << u"nodes[0].ssh.port"_s << u"-22"_s;
    QTest::newRow("unknown enum") << u"vips[0].provider"_s << u"haproxy"_s;
    QTest::newRow("unknown role") << u"nodes[0].roles"_s << u"master"_s;
    QTest::newRow("list item past end") << u"storage[1].nodes[5]"_s << u"cp-1"_s;
    QTest::newRow("interface past end") << u"nodes[6].interfaces[1].address"_s << u"1.2.3.4"_s;
}

void TstFixApply::rejects()
{
    QFETCH(QString, path);
    QFETCH(QString, value);
    QString error;
    QVERIFY(!applyFieldEdits(RuleCases::baseline(),
                             {{u"vips[0].address"_s, u"192.168.10.9"_s}, {path, value}}, &error));
    QVERIFY2(error.contains(path.isEmpty() ? u"Cannot set"_s : path), qPrintable(error));
}

void TstFixApply::appliesInOrderAndLeavesInputAlone()
{
    const Topology original = RuleCases::baseline();
    const auto result = applyFieldEdits(original, {{u"vips[0].address"_s, u"192.168.10.101"_s},
                                                   {u"vips[0].address"_s, u"192.168.10.102"_s}});
    QVERIFY(result);
    QCOMPARE(result->vips[0].address, u"192.168.10.102"_s);
    QCOMPARE(original, RuleCases::baseline());
    const auto same = applyFieldEdits(original, {});
    QVERIFY(same);
    QCOMPARE(*same, original);
}

void TstFixApply::renamingNodeMovesItsPosition()
{
    Topology t = RuleCases::baseline();
    t.layout.insert(u"cp-1"_s, QPointF(1, 2));
    const auto result = applyFieldEdits(t, {{u"nodes[0].name"_s, u"cp-one"_s}});
    QVERIFY(result);
    QVERIFY(!result->layout.contains(u"cp-1"_s));
    QCOMPARE(result->layout.value(u"cp-one"_s), QPointF(1, 2));
}

QTEST_GUILESS_MAIN(TstFixApply)
#include "tst_fixapply.moc"
