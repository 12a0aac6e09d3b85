// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
// The runner end to end, in-process: each seed example deployed to fake
// cluster hosts (tests/support/fakecluster.h), asserting what landed on which
// host and in which order, a dropped session, cancel and resume, and that no
// secret reaches an observer or the output directory.
#include "fakecluster.h"
#include "fakeclusterrecorder.h"
#include "sshtestutil.h"

#include "deploy/plan.h"
#include "format/topologyformat.h"
#include "model/topology.h"
#include "runner/journal.h"
#include "runner/runner.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QScopeGuard>

#include <thread>

using namespace Clusterwright;
using namespace Clusterwright::Test;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

QString designPath(const QString &name)
{
    if (name.endsWith(u"-valid"_s) || name == u"kubevip-flannel"_s)
        return QStringLiteral(CW_TEST_DATA_DIR "/deploy/") + name + u".cw.yaml"_s;
    return QStringLiteral(CW_EXAMPLES_DIR "/") + name + u".cw.yaml"_s;
}

// One design on its own fake cluster, with its own known_hosts and output dir.
struct Stage
{
    QTemporaryDir dir;
    FakeCluster cluster;
    Topology topology;
    Plan plan;

    QString outputDir() const { return dir.filePath(u"design.deploy"_s); }
    SshSettings settings() const { return fakeClusterClientSettings(dir.path()); }
};

} // namespace

class TstDeployRun : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void seedDeploysThroughTheBastionInOrder();
    void gentooKeepalivedDeploys();
    void kubeVipAndFlannelDeploy();
    void cephIsRefusedHonestly();
    void droppedSessionFailsItsBranchAndResumeFinishes();
    void cancelStopsWithinASecondAndResumes();

private:
    bool stage(Stage *s, const QString &design);
    RunFinished deploy(Stage &s, RunRecorder *recorder, RunOptions options = {},
                       const std::function<void(DeployRunner &)> &meanwhile = {});
    void checkLanded(Stage &s);
    void checkJoinOrder(Stage &s);
    void checkNoSecrets(Stage &s, const RunRecorder &recorder);
    // Deploys and checks the common promises: success, join order, files landed, no secrets.
    void deployAndCheck(Stage &s);

    SshClientSide m_client;
};

void TstDeployRun::initTestCase()
{
    CW_REQUIRE_SSHD(true);
    QVERIFY(m_client.isValid());
}

bool TstDeployRun::stage(Stage *s, const QString &design)
{
    const LoadResult loaded = loadTopologyFile(designPath(design));
    if (!loaded.ok())
        return false;
    s->topology = *loaded.topology;
    PlanResult planned = buildPlan(s->topology);
    if (!planned.ok())
        return false;
    s->plan = *planned.plan;
    if (!s->cluster.start(s->topology, m_client.key() + u".pub"_s)) {
        qWarning("%s", qPrintable(s->cluster.errorString()));
        return false;
    }
    return true;
}

RunFinished TstDeployRun::deploy(Stage &s, RunRecorder *recorder, RunOptions options,
                                 const std::function<void(DeployRunner &)> &meanwhile)
{
    QHash<QString, NodeAccess> access = accessFromTopology(s.topology);
    s.cluster.redirect(&access, m_client.key());
    SshCallbacks callbacks;
    callbacks.hostKey = [](const HostKeyPrompt &) { return HostKeyDecision::AcceptAndSave; };
    options.outputDir = s.outputDir();
    DeployRunner runner(s.plan, access, makeSshTransportFactory(access, s.settings(), callbacks),
                        options);
    runner.setObserver([recorder](const RunEvent &event) { recorder->add(event); });
    if (!meanwhile)
        return runner.run();
    RunFinished finished;
    std::thread worker([&] { finished = runner.run(); });
    auto joinWorker = qScopeGuard([&] {
        runner.cancel();
        worker.join();
    });
    meanwhile(runner);
    if (QTest::currentTestFailed())
        runner.cancel(); // the test gave up waiting: do not wait for the run either
    worker.join();
    joinWorker.dismiss();
    return finished;
}

void TstDeployRun::checkJoinOrder(Stage &s)
{
    const QList<FakeCall> inits = s.cluster.kubeadmInits();
    QCOMPARE(inits.size(), 1);
    const std::optional<FakeCall> initEnd = s.cluster.endOf(inits.first());
    QVERIFY(initEnd && initEnd->status == 0);
    QList<FakeCall> controlPlanes;
    QList<FakeCall> workers;
    for (const FakeCall &join : s.cluster.succeeded(u"kubeadm"_s, u"join"_s)) {
        QVERIFY2(join.t > initEnd->t, qPrintable(join.host + u" joined before init ended"_s));
        QFile copy(join.configCopy);
        QVERIFY(copy.open(QIODevice::ReadOnly));
        const QByteArray text = copy.readAll();
        QVERIFY2(!text.contains("${cw:"), text.constData());
        (text.contains("controlPlane:") ? controlPlanes : workers) << join;
    }
    // Control planes one at a time: each starts after the previous ended.
    for (qsizetype i = 1; i < controlPlanes.size(); ++i) {
        const std::optional<FakeCall> previous = s.cluster.endOf(controlPlanes.at(i - 1));
        QVERIFY(previous);
        QVERIFY2(controlPlanes.at(i).t > previous->t,
                 qPrintable(controlPlanes.at(i).host + u" overlapped "_s + previous->host));
    }
    // Workers only after the last control plane.
    if (!controlPlanes.isEmpty()) {
        const std::optional<FakeCall> last = s.cluster.endOf(controlPlanes.last());
        for (const FakeCall &worker : std::as_const(workers))
            QVERIFY2(worker.t > last->t, qPrintable(worker.host));
    }
    QVERIFY(!QFile::exists(s.cluster.clusterStateDir() + u"/overlapping-joins"_s));
    for (const QString &node : s.cluster.nodes())
        QVERIFY2(!QFile::exists(s.cluster.hostStateDir(node) + u"/apt-overlaps"_s),
                 qPrintable(node));
}

void TstDeployRun::checkLanded(Stage &s)
{
    const QStringList kubeNodes = [&] {
        QStringList names;
        for (const Node &node : s.topology.nodes) {
            if (!node.hasRole(Role::Bastion))
                names << node.name;
        }
        names.sort();
        return names;
    }();
    QCOMPARE(s.cluster.registeredNodes(), kubeNodes);
    for (const Node &node : s.topology.nodes) {
        const bool kube = kubeNodes.contains(node.name);
        const bool controlPlane = node.hasRole(Role::ControlPlane);
        QCOMPARE(s.cluster.existsOnHost(node.name, u"/etc/kubernetes/kubelet.conf"_s), kube);
        QCOMPARE(s.cluster.existsOnHost(node.name, u"/etc/kubernetes/admin.conf"_s), controlPlane);
        QCOMPARE(s.cluster.existsOnHost(node.name, u"/var/lib/kubelet/config.yaml"_s), kube);
        if (!kube) {
            QVERIFY(
                !s.cluster.existsOnHost(node.name, u"/etc/modules-load.d/clusterwright.conf"_s));
            continue;
        }
        const QByteArray hosts = s.cluster.readOnHost(node.name, u"/etc/hosts"_s);
        QCOMPARE(hosts.count("# BEGIN clusterwright"), 1);
        QVERIFY(s.cluster.readOnHost(node.name, u"/etc/fstab"_s).contains("#/swap.img"));
        QVERIFY(s.cluster.readOnHost(node.name, u"/etc/containerd/config.toml"_s)
                    .contains("SystemdCgroup = true"));
        QVERIFY(s.cluster.existsOnHost(node.name, u"/etc/sysctl.d/99-clusterwright.conf"_s));
        QVERIFY(s.cluster.existsOnHost(node.name, u"/etc/apt/sources.list.d/kubernetes.list"_s));
        // The join config carries secrets: removed after use.
        QVERIFY(!s.cluster.existsOnHost(node.name,
                                        u"/etc/kubernetes/clusterwright/kubeadm-join.yaml"_s));
        const QString units = s.cluster.hostStateDir(node.name) + u"/units/"_s;
        QVERIFY(QFile::exists(units + u"containerd.active"_s));
        QVERIFY(QFile::exists(units + u"kubelet.enabled"_s));
    }
    QFile kubeconfig(s.outputDir() + u"/admin.kubeconfig"_s);
    QVERIFY(kubeconfig.open(QIODevice::ReadOnly));
    QCOMPARE(kubeconfig.permissions()
                 & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther
                    | QFile::ExeOwner),
             QFile::Permissions());
    const QString first = s.cluster.kubeadmInits().value(0).host;
    QCOMPARE(kubeconfig.readAll(), s.cluster.readOnHost(first, u"/etc/kubernetes/admin.conf"_s));
}

void TstDeployRun::checkNoSecrets(Stage &s, const RunRecorder &recorder)
{
    const QStringList secrets = s.cluster.secrets();
    QVERIFY(!secrets.isEmpty());
    const QString texts = recorder.texts();
    QDirIterator files(s.outputDir(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int checked = 0;
    while (files.hasNext()) {
        const QString path = files.next();
        if (path.endsWith(u"/admin.kubeconfig"_s))
            continue;
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        for (const QString &secret : secrets)
            QVERIFY2(!content.contains(secret.toUtf8()), qPrintable(path + u" leaks a secret"_s));
        ++checked;
    }
    QVERIFY(checked > 0); // the journal at least
    for (const QString &secret : secrets)
        QVERIFY2(!texts.contains(secret), "an observer saw a secret");
}

void TstDeployRun::seedDeploysThroughTheBastionInOrder()
{
    Stage s;
    QVERIFY(stage(&s, u"seichi-onp-k8s"_s));
    // The nodes are reachable only through the bastion.
    QCOMPARE(s.cluster.jumpNode(u"wk-3"_s), u"bastion"_s);
    QCOMPARE(s.cluster.bridgePort(u"wk-3"_s), 0);
    RunRecorder recorder;
    const RunFinished finished = deploy(s, &recorder);
    QVERIFY2(finished.outcome == RunOutcome::Succeeded, qPrintable(finished.summary));
    QCOMPARE(recorder.withStatus(StepStatus::Failed), QStringList());
    QCOMPARE(finished.succeeded + finished.skipped, int(s.plan.steps.size()));
    checkJoinOrder(s);
    checkLanded(s);
    checkNoSecrets(s, recorder);
    QCOMPARE(s.cluster.etcdMembers(), (QStringList{u"cp-1"_s, u"cp-2"_s, u"cp-3"_s}));
    // keepalived on the control planes only, with the device holding the
    // designed storage address filled in, and checked by the real keepalived.
    for (const QString &node : {u"cp-1"_s, u"cp-2"_s, u"cp-3"_s}) {
        const QByteArray conf = s.cluster.readOnHost(node, u"/etc/keepalived/keepalived.conf"_s);
        QVERIFY(conf.contains("interface ens19"));
        QVERIFY(!conf.contains("${cw:"));
        QCOMPARE(s.cluster.started(u"keepalived"_s, u"-t"_s, node).size(), 1);
    }
    QVERIFY(!s.cluster.existsOnHost(u"wk-1"_s, u"/etc/keepalived/keepalived.conf"_s));
    // Two logins on the bastion: its own steps' session, and the one session
    // that carries every other node's tunnel (not one per node).
    QCOMPARE(s.cluster.sshd(u"bastion"_s).log().count(u"Accepted publickey for admin"_s), 2);
}

void TstDeployRun::deployAndCheck(Stage &s)
{
    RunRecorder recorder;
    const RunFinished finished = deploy(s, &recorder);
    QVERIFY2(finished.outcome == RunOutcome::Succeeded, qPrintable(finished.summary));
    checkJoinOrder(s);
    checkLanded(s);
    checkNoSecrets(s, recorder);
}

void TstDeployRun::gentooKeepalivedDeploys()
{
    Stage s;
    QVERIFY(stage(&s, u"gentoo-keepalived-valid"_s));
    deployAndCheck(s);
}

void TstDeployRun::kubeVipAndFlannelDeploy()
{
    Stage s;
    QVERIFY(stage(&s, u"kubevip-flannel"_s));
    deployAndCheck(s);
    if (QTest::currentTestFailed())
        return;
    // Kubernetes 1.29+: kube-vip starts on super-admin.conf, then switches.
    QVERIFY(s.cluster.existsOnHost(u"cp-1"_s, u"/etc/kubernetes/super-admin.conf"_s));
    const QByteArray manifest
        = s.cluster.readOnHost(u"cp-1"_s, u"/etc/kubernetes/manifests/kube-vip.yaml"_s);
    QVERIFY(manifest.contains("/etc/kubernetes/admin.conf"));
    QVERIFY(!manifest.contains("super-admin.conf"));
    QFile cni(s.cluster.clusterStateDir() + u"/cni"_s);
    QVERIFY(cni.open(QIODevice::ReadOnly));
    QCOMPARE(cni.readAll(), QByteArray("flannel\n"));
}

void TstDeployRun::cephIsRefusedHonestly()
{
    Stage s;
    QVERIFY(stage(&s, u"k0s-ceph-homelab"_s));
    RunRecorder recorder;
    const RunFinished finished = deploy(s, &recorder);
    QVERIFY(finished.outcome == RunOutcome::Failed);
    const QHash<QString, StepFinished> steps = recorder.finished();
    const StepFinished ceph = steps.value(u"cp-1/storage-ceph-ec"_s);
    QVERIFY(ceph.status == StepStatus::Failed);
    QVERIFY2(ceph.lastLines.join(u'\n').contains(u"not supported yet: ceph storage ceph-ec"_s),
             qPrintable(ceph.lastLines.join(u'\n')));
    QVERIFY(finished.summary.contains(u"cp-1/storage-ceph-ec"_s));
    // The cluster itself is there: init and every join happened.
    QCOMPARE(s.cluster.registeredNodes(),
             (QStringList{u"cp-1"_s, u"wk-1"_s, u"wk-2"_s, u"wk-3"_s}));
    checkJoinOrder(s);
    checkNoSecrets(s, recorder);
}

void TstDeployRun::droppedSessionFailsItsBranchAndResumeFinishes()
{
    Stage s;
    QVERIFY(stage(&s, u"kubevip-flannel"_s));
    s.cluster.setHang(u"wk-2"_s, u"join"_s, true);
    RunRecorder recorder;
    const RunFinished first = deploy(s, &recorder, {}, [&](DeployRunner &) {
        // Kill wk-2's sessions while its kubeadm join is running.
        QTRY_VERIFY_WITH_TIMEOUT(
            recorder.ended() || !s.cluster.started(u"kubeadm"_s, u"join"_s, u"wk-2"_s).isEmpty(),
            60000);
        QVERIFY2(!recorder.ended(), "the run ended before wk-2 joined");
        s.cluster.killSessions(u"wk-2"_s);
        s.cluster.setHang(u"wk-2"_s, u"join"_s, false);
    });
    QVERIFY(first.outcome == RunOutcome::Failed);
    const QHash<QString, StepFinished> steps = recorder.finished();
    QVERIFY(steps.value(u"wk-2/join"_s).status == StepStatus::Failed);
    QVERIFY(!steps.value(u"wk-2/join"_s).message.isEmpty());
    // Independent branches finished.
    for (const char *id : {"cp-2/join", "cp-3/join", "wk-1/join", "cp-1/cni-flannel"})
        QVERIFY2(steps.value(QLatin1StringView(id)).status == StepStatus::Succeeded, id);
    QVERIFY(steps.value(u"cp-1/verify"_s).status != StepStatus::Succeeded);

    RunOptions resume;
    resume.resumeJournal = first.journalPath;
    RunRecorder again;
    const RunFinished second = deploy(s, &again, resume);
    QVERIFY2(second.outcome == RunOutcome::Succeeded, qPrintable(second.summary));
    // Nothing finished was redone: one init, one join per node but wk-2.
    QCOMPARE(s.cluster.kubeadmInits().size(), 1);
    for (const QString &node : {u"cp-2"_s, u"cp-3"_s, u"wk-1"_s})
        QCOMPARE(s.cluster.started(u"kubeadm"_s, u"join"_s, node).size(), 1);
    QCOMPARE(s.cluster.started(u"kubeadm"_s, u"join"_s, u"wk-2"_s).size(), 2);
    QVERIFY(again.finished().value(u"wk-2/join"_s).status == StepStatus::Succeeded);
    checkLanded(s);
    checkNoSecrets(s, again);
}

void TstDeployRun::cancelStopsWithinASecondAndResumes()
{
    Stage s;
    QVERIFY(stage(&s, u"kubevip-flannel"_s));
    const QString second = u"cp-2"_s;
    s.cluster.setHang(second, u"join"_s, true);
    RunRecorder recorder;
    qint64 cancelMs = -1;
    const RunFinished cancelled = deploy(s, &recorder, {}, [&](DeployRunner &runner) {
        QTRY_VERIFY_WITH_TIMEOUT(
            recorder.ended() || !s.cluster.started(u"kubeadm"_s, u"join"_s, second).isEmpty(),
            60000);
        QVERIFY2(!recorder.ended(), "the run ended before the join to cancel");
        QElapsedTimer timer;
        timer.start();
        runner.cancel();
        // run() returns on the worker; the deadline is the issue's.
        QTRY_VERIFY_WITH_TIMEOUT(recorder.ended(), 5000);
        cancelMs = timer.elapsed();
    });
    s.cluster.setHang(second, u"join"_s, false);
    QVERIFY(cancelled.outcome == RunOutcome::Cancelled);
    QVERIFY2(cancelMs >= 0 && cancelMs < 1000, qPrintable(QString::number(cancelMs)));
    QString error;
    const std::optional<JournalSummary> journal = readJournal(cancelled.journalPath, &error);
    QVERIFY2(journal, qPrintable(error));
    QCOMPARE(journal->outcome, u"cancelled"_s);
    QVERIFY(journal->done().contains(u"cp-1/init"_s));

    RunOptions resume;
    resume.resumeJournal = cancelled.journalPath;
    RunRecorder again;
    const RunFinished finished = deploy(s, &again, resume);
    QVERIFY2(finished.outcome == RunOutcome::Succeeded, qPrintable(finished.summary));
    QCOMPARE(s.cluster.kubeadmInits().size(), 1);
    checkJoinOrder(s);
    checkLanded(s);
    checkNoSecrets(s, again);
}

QTEST_GUILESS_MAIN(TstDeployRun)
#include "tst_deployrun.moc"
