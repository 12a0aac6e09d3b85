// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
// Plan order and refusals: the kubeadm HA procedure as a DAG.
#include "deploy/plan.h"
#include "format/topologyformat.h"
#include "runner/facts.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Clusterwright;

namespace {

Topology load(const QString &path)
{
    const LoadResult result = loadTopologyFile(path);
    if (!result.ok())
        qFatal("cannot load %s", qPrintable(path));
    return *result.topology;
}

QString examplePath(const QString &name)
{
    if (name.endsWith(u"-valid"_s) || name == u"kubevip-flannel"_s)
        return QStringLiteral(CW_TEST_DATA_DIR "/deploy/") + name + u".cw.yaml"_s;
    return QStringLiteral(CW_EXAMPLES_DIR "/") + name + u".cw.yaml"_s;
}

bool dependsTransitively(const Plan &plan, const QString &from, const QString &on)
{
    const PlanStep *step = plan.step(from);
    if (!step)
        return false;
    for (const QString &dep : step->dependsOn) {
        if (dep == on || dependsTransitively(plan, dep, on))
            return true;
    }
    return false;
}

} // namespace

class TstPlan : public QObject
{
    Q_OBJECT

private slots:
    void seedOrder_data();
    void seedOrder();
    void refusesWithFindings_data();
    void refusesWithFindings();
    void secretsAreOnlyPlaceholders();
    void kubeadmApiVersionFollowsKubernetes();
    void kubeVipUsesSuperAdminDuringInit();
    void keepalivedOnlyWhereDesigned();
    void sortDetectsCycles();
    void everyPlaceholderHasAProducer_data();
    void everyPlaceholderHasAProducer();
};

void TstPlan::seedOrder_data()
{
    QTest::addColumn<QString>("example");
    QTest::addColumn<QStringList>("controlPlanes");
    QTest::addColumn<QStringList>("workers");
    QTest::addColumn<QString>("cni");
    QTest::newRow("seichi") << u"seichi-onp-k8s"_s << QStringList{u"cp-1"_s, u"cp-2"_s, u"cp-3"_s}
                            << QStringList{u"wk-1"_s, u"wk-2"_s, u"wk-3"_s} << u"cni-cilium"_s;
    QTest::newRow("gentoo") << u"gentoo-keepalived-valid"_s
                            << QStringList{u"k8s-1"_s, u"k8s-2"_s, u"k8s-3"_s} << QStringList{}
                            << u"cni-cilium"_s;
    QTest::newRow("k0s") << u"k0s-ceph-homelab"_s << QStringList{u"cp-1"_s}
                         << QStringList{u"wk-1"_s, u"wk-2"_s, u"wk-3"_s} << u"cni-calico"_s;
    QTest::newRow("kubevip") << u"kubevip-flannel"_s << QStringList{u"cp-1"_s, u"cp-2"_s, u"cp-3"_s}
                             << QStringList{u"wk-1"_s, u"wk-2"_s} << u"cni-flannel"_s;
}

void TstPlan::seedOrder()
{
    QFETCH(QString, example);
    QFETCH(QStringList, controlPlanes);
    QFETCH(QStringList, workers);
    QFETCH(QString, cni);
    const Topology topology = load(examplePath(example));
    const PlanResult result = buildPlan(topology);
    QVERIFY2(result.ok(), result.blocking.isEmpty() ? "" : qPrintable(result.blocking[0].message));
    const Plan &plan = *result.plan;

    // Topologically sorted: every dependency comes earlier.
    for (int i = 0; i < plan.steps.size(); ++i) {
        for (const QString &dep : plan.steps[i].dependsOn) {
            const int at = plan.indexOf(dep);
            QVERIFY2(at >= 0 && at < i, qPrintable(plan.steps[i].id + u" -> "_s + dep));
        }
    }
    const QString first = controlPlanes.first();
    const QString init = first + u"/init"_s;
    QVERIFY(plan.step(init));
    QVERIFY(plan.step(init)->mutatesCluster);
    QVERIFY(!plan.step(init)->guard.isEmpty());
    QVERIFY(dependsTransitively(plan, init, u"cluster/preflight"_s));
    // Control-plane joins one at a time, each after the previous one.
    QString previous = init;
    for (const QString &cp : controlPlanes.mid(1)) {
        const QString join = cp + u"/join"_s;
        QVERIFY2(plan.step(join), qPrintable(join));
        QVERIFY(dependsTransitively(plan, join, previous));
        if (previous.endsWith(u"/join"_s)) // etcd member changes never overlap
            QVERIFY(plan.step(join)->dependsOn.contains(previous));
        QVERIFY(plan.indexOf(join) > plan.indexOf(previous));
        previous = join;
    }
    // Workers after the last control plane, in parallel.
    for (const QString &worker : workers) {
        const QString join = worker + u"/join"_s;
        QVERIFY2(plan.step(join), qPrintable(join));
        QVERIFY(dependsTransitively(plan, join, previous));
        for (const QString &other : workers) {
            if (other != worker)
                QVERIFY(!dependsTransitively(plan, join, other + u"/join"_s));
        }
    }
    const QString cniStep = first + u'/' + cni;
    QVERIFY2(plan.step(cniStep), qPrintable(cniStep));
    QVERIFY(dependsTransitively(plan, cniStep, init));
    QCOMPARE(plan.steps.last().id, first + u"/verify"_s);
    QVERIFY(plan.steps.last().phase == Phase::Verify);
    QCOMPARE(plan.steps.last().fetches.size(), 1);
    QCOMPARE(plan.steps.last().fetches[0].mode, 0600);
    // Every cluster node is connected and preflighted.
    for (const QString &node : controlPlanes + workers) {
        QVERIFY(plan.step(node + u"/connect"_s));
        QVERIFY(plan.step(node + u"/preflight"_s));
    }
}

void TstPlan::refusesWithFindings_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("rules");
    QTest::newRow("gentoo seed") << QStringLiteral(CW_EXAMPLES_DIR "/gentoo-keepalived.cw.yaml")
                                 << QStringList{u"LB001"_s, u"NET007"_s, u"DEP001"_s};
    QTest::newRow("coreos seed") << QStringLiteral(CW_EXAMPLES_DIR "/coreos-flannel.cw.yaml")
                                 << QStringList{u"DEP001"_s, u"DEP002"_s};
}

void TstPlan::refusesWithFindings()
{
    QFETCH(QString, path);
    QFETCH(QStringList, rules);
    const PlanResult result = buildPlan(load(path));
    QVERIFY(!result.ok());
    QStringList got;
    for (const Finding &finding : result.blocking) {
        QVERIFY(finding.severity == Severity::Error);
        QVERIFY(!finding.message.isEmpty());
        got.append(finding.ruleId);
    }
    for (const QString &rule : rules)
        QVERIFY2(got.contains(rule), qPrintable(got.join(u',')));
}

void TstPlan::secretsAreOnlyPlaceholders()
{
    const PlanResult result = buildPlan(load(examplePath(u"seichi-onp-k8s"_s)));
    QVERIFY(result.ok());
    const PlanStep *join = result.plan->step(u"cp-2/join"_s);
    QVERIFY(join);
    QCOMPARE(join->files.size(), 1);
    const QByteArray content = join->files[0].content;
    QCOMPARE(join->files[0].mode, 0600);
    QVERIFY(content.contains("token: \"${cw:cp-1/credentials-cp-2:join-token}\""));
    QVERIFY(content.contains("certificateKey: \"${cw:cp-1/credentials-cp-2:certificate-key}\""));
    const PlanStep *credentials = result.plan->step(u"cp-1/credentials-cp-2"_s);
    QVERIFY(credentials);
    int secrets = 0;
    for (const RemoteCommand &command : credentials->commands)
        secrets += command.secret ? 1 : 0;
    QCOMPARE(secrets, 2);
    // Workers carry no certificate key.
    const QByteArray worker = result.plan->step(u"wk-1/join"_s)->files[0].content;
    QVERIFY(!worker.contains("certificateKey"));
    QVERIFY(worker.contains("${cw:cp-1/credentials-workers:join-token}"));
}

void TstPlan::kubeadmApiVersionFollowsKubernetes()
{
    const PlanResult old = buildPlan(load(examplePath(u"seichi-onp-k8s"_s)));
    const QByteArray init = old.plan->step(u"cp-1/init"_s)->files[0].content;
    QVERIFY(init.contains("apiVersion: \"kubeadm.k8s.io/v1beta3\""));
    QVERIFY(init.contains("controlPlaneEndpoint: \"192.168.18.100:6443\""));
    QVERIFY(init.contains("podSubnet: \"10.128.0.0/16\""));
    QVERIFY(old.plan->step(u"cp-1/init"_s)
                ->commands[0]
                .text()
                .contains(u"--skip-phases=addon/kube-proxy"_s));
    const PlanResult modern = buildPlan(load(examplePath(u"kubevip-flannel"_s)));
    const QByteArray v4 = modern.plan->step(u"cp-1/init"_s)->files[0].content;
    QVERIFY(v4.contains("apiVersion: \"kubeadm.k8s.io/v1beta4\""));
    QVERIFY(v4.contains("- name: \"node-ip\""));
    QVERIFY(v4.contains("mode: \"ipvs\""));
    QVERIFY(!modern.plan->step(u"cp-1/init"_s)->commands[0].text().contains(u"skip-phases"_s));
}

void TstPlan::kubeVipUsesSuperAdminDuringInit()
{
    const PlanResult result = buildPlan(load(examplePath(u"kubevip-flannel"_s)));
    const Plan &plan = *result.plan;
    const PlanStep *first = plan.step(u"cp-1/kube-vip"_s);
    QVERIFY(first);
    QVERIFY(first->files[0].content.contains("/etc/kubernetes/super-admin.conf"));
    QVERIFY(plan.step(u"cp-1/init"_s)->dependsOn.contains(u"cp-1/kube-vip"_s));
    const PlanStep *fix = plan.step(u"cp-1/kube-vip-admin-conf"_s);
    QVERIFY(fix);
    QVERIFY(plan.indexOf(u"cp-1/kube-vip-admin-conf"_s) < plan.indexOf(u"cp-2/join"_s));
    const PlanStep *second = plan.step(u"cp-2/kube-vip"_s);
    QVERIFY(second);
    QVERIFY(second->dependsOn.contains(u"cp-2/join"_s));
    QVERIFY(!second->files[0].content.contains("super-admin"));
}

void TstPlan::keepalivedOnlyWhereDesigned()
{
    const PlanResult result = buildPlan(load(examplePath(u"seichi-onp-k8s"_s)));
    const Plan &plan = *result.plan;
    for (const QString &cp : {u"cp-1"_s, u"cp-2"_s, u"cp-3"_s}) {
        const PlanStep *step = plan.step(cp + u"/keepalived"_s);
        QVERIFY(step);
        QVERIFY(step->phase == Phase::ApiEndpoint);
    }
    QVERIFY(!plan.step(u"wk-1/keepalived"_s)); // its LB pool is MetalLB
    QVERIFY(plan.step(u"cp-1/init"_s)->dependsOn.contains(u"cp-1/keepalived"_s));
    QVERIFY(plan.step(u"cp-2/join"_s)->dependsOn.contains(u"cp-2/keepalived"_s));
    const QByteArray sysctl = plan.step(u"cp-1/prepare-system"_s)->files[1].content;
    QVERIFY(sysctl.contains("net.ipv4.ip_nonlocal_bind = 1"));
    QVERIFY(!plan.step(u"wk-1/prepare-system"_s)->files[1].content.contains("nonlocal"));
}

void TstPlan::sortDetectsCycles()
{
    QList<PlanStep> steps(2);
    steps[0].id = u"a"_s;
    steps[0].dependsOn = {u"b"_s};
    steps[1].id = u"b"_s;
    steps[1].dependsOn = {u"a"_s};
    QString error;
    QVERIFY(!sortSteps(&steps, &error));
    QVERIFY(error.contains(u"cycle"_s));
    steps[1].dependsOn = {u"c"_s};
    QVERIFY(!sortSteps(&steps, &error));
    QVERIFY(error.contains(u"unknown"_s));
}

void TstPlan::everyPlaceholderHasAProducer_data()
{
    QTest::addColumn<QString>("example");
    for (const QString &name : {u"seichi-onp-k8s"_s, u"gentoo-keepalived-valid"_s,
                                u"k0s-ceph-homelab"_s, u"kubevip-flannel"_s})
        QTest::newRow(qPrintable(name)) << name;
}

// The runner fills every "${cw:...}" it finds, in commands and in files (even in
// comments): each must name a capture of a step this one waits for, or an
// interface of a network the node is on, resolved from its preflight.
void TstPlan::everyPlaceholderHasAProducer()
{
    QFETCH(QString, example);
    const Topology topology = load(examplePath(example));
    const PlanResult result = buildPlan(topology);
    QVERIFY(result.ok());
    const Plan &plan = *result.plan;
    for (const PlanStep &step : plan.steps) {
        QString text;
        for (const RemoteCommand &command : step.commands)
            text += command.argv.join(u' ') + u'\n' + command.script + u'\n';
        for (const FileArtifact &file : step.files)
            text += QString::fromUtf8(file.content) + u'\n';
        for (const QString &key : RunFacts::placeholders(text)) {
            const QString producer = key.section(u':', 0, -2), name = key.section(u':', -1);
            if (producer == u"iface") {
                const int node = topology.nodeIndex(step.node);
                QVERIFY(node >= 0);
                bool onNetwork = false;
                for (const Interface &interface : topology.nodes[node].interfaces)
                    onNetwork = onNetwork || interface.network == name;
                QVERIFY2(onNetwork, qPrintable(step.id + u": "_s + key));
                QVERIFY2(dependsTransitively(plan, step.id, step.node + u"/preflight"_s),
                         qPrintable(step.id + u": "_s + key));
                continue;
            }
            const PlanStep *source = plan.step(producer);
            QVERIFY2(source, qPrintable(step.id + u": no step "_s + producer));
            bool captured = false;
            for (const RemoteCommand &command : source->commands)
                captured = captured || command.captureAs == name;
            QVERIFY2(captured,
                     qPrintable(step.id + u": "_s + producer + u" captures no "_s + name));
            QVERIFY2(dependsTransitively(plan, step.id, producer),
                     qPrintable(step.id + u" does not wait for "_s + producer));
        }
    }
}

QTEST_GUILESS_MAIN(TstPlan)
#include "tst_plan.moc"
