// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
// The fake cluster hosts behave like the machines the deploy tests pretend
// they are: checked through real SSH sessions (seed 000's layout: six nodes
// behind a bastion), with the stand-ins driven as the plan drives them.
#include "fakecluster.h"
#include "fakeclustershell.h"
#include "sshtestutil.h"

#include "format/topologyformat.h"
#include "model/topology.h"
#include "ssh/sshjumphost.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QScopeGuard>

#include <thread>

using namespace Clusterwright;
using namespace Clusterwright::Test;
using namespace Qt::StringLiterals;

namespace {

const QString Seed = QStringLiteral(CW_EXAMPLES_DIR "/seichi-onp-k8s.cw.yaml");

QByteArray initConfig()
{
    return "---\napiVersion: \"kubeadm.k8s.io/v1beta3\"\nkind: \"InitConfiguration\"\n"
           "localAPIEndpoint:\n  advertiseAddress: \"192.168.18.11\"\n  bindPort: 6443\n"
           "nodeRegistration:\n  name: \"cp-1\"\n---\napiVersion: \"kubeadm.k8s.io/v1beta3\"\n"
           "kind: \"ClusterConfiguration\"\nclusterName: \"seichi-onp-k8s\"\n"
           "kubernetesVersion: \"v1.27.1\"\ncontrolPlaneEndpoint: \"192.168.18.100:6443\"\n";
}

QByteArray joinConfig(const QString &node, const QString &token, const QString &hash,
                      const QString &certificateKey)
{
    QString text = u"---\napiVersion: \"kubeadm.k8s.io/v1beta3\"\nkind: \"JoinConfiguration\"\n"
                   "discovery:\n  bootstrapToken:\n    apiServerEndpoint: \"192.168.18.100:6443\"\n"
                   "    token: \"%1\"\n    caCertHashes:\n      - \"%2\"\nnodeRegistration:\n"
                   "  name: \"%3\"\n  kubeletExtraArgs:\n    node-ip: \"192.168.18.2\"\n"_s.arg(
                       token, hash, node);
    if (!certificateKey.isEmpty())
        text += u"controlPlane:\n  localAPIEndpoint:\n    advertiseAddress: \"192.168.18.1%1\"\n"
                "  certificateKey: \"%2\"\n"_s.arg(node.right(1), certificateKey);
    return text.toUtf8();
}

const QString JoinPath = u"/etc/kubernetes/clusterwright/kubeadm-join.yaml"_s;

} // namespace

class TstFakeCluster : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void sessionsFindTheStandInsFirst();
    void nodesAreReachableOnlyThroughTheBastion();
    void writesArePrivatePerHost();
    void ipShowsTheDesignedAddresses();
    void kubernetesPackagesNeedTheirSource();
    void initPrintsRealOutputAndTheCaHashPipelineWorks();
    void joinRefusesUnfilledPlaceholdersAndBadCredentials();
    void controlPlaneJoinsCannotOverlap();
    void kubectlAnswersFromTheClusterState();
    void keepalivedChecksWithTheRealTool();
    void callsLogOrdersCallsAcrossHosts();

private:
    ExecResult run(const QString &node, const QString &command, bool asRoot = true)
    {
        return m_shell->run(node, command, asRoot);
    }
    bool upload(const QString &node, const QByteArray &data, const QString &path)
    {
        return m_shell->upload(node, data, path);
    }
    void installKubernetes(const QString &node);
    QString joinToken();

    SshClientSide m_client;
    FakeCluster m_cluster;
    Topology m_topology;
    std::unique_ptr<FakeClusterShell> m_shell;
};

void TstFakeCluster::initTestCase()
{
    CW_REQUIRE_SSHD(true);
    QVERIFY(m_client.isValid());
    const LoadResult loaded = loadTopologyFile(Seed);
    QVERIFY(loaded.ok());
    m_topology = *loaded.topology;
    QVERIFY2(m_cluster.start(m_topology, m_client.key() + u".pub"_s),
             qPrintable(m_cluster.errorString()));
    QCOMPARE(m_cluster.nodes().size(), 7);
    QCOMPARE(m_cluster.jumpNode(u"cp-1"_s), u"bastion"_s);
    m_shell = std::make_unique<FakeClusterShell>(m_cluster, m_client.key(), m_client.settings(),
                                                 m_client.trusting());
    const std::optional<SshError> failure = m_shell->connect(u"bastion"_s);
    QVERIFY2(!failure, failure ? qPrintable(failure->message()) : "");
}

void TstFakeCluster::cleanupTestCase()
{
    m_shell.reset();
}

void TstFakeCluster::installKubernetes(const QString &node)
{
    QVERIFY(upload(node,
                   "deb [signed-by=/etc/apt/keyrings/kubernetes-apt-keyring.gpg] "
                   "https://pkgs.k8s.io/core:/stable:/v1.27/deb/ /\n",
                   u"/etc/apt/sources.list.d/kubernetes.list"_s));
    ExecResult r = run(node, u"mkdir -p -m 755 /etc/apt/keyrings && curl -fsSL "
                             "'https://pkgs.k8s.io/core:/stable:/v1.27/deb/Release.key' | gpg "
                             "--dearmor --yes -o /etc/apt/keyrings/kubernetes-apt-keyring.gpg"_s);
    QVERIFY2(r.ok(), r.stdErr.constData());
    r = run(node, u"apt-get update && apt-get install -y containerd kubelet='1.27.1-*' "
                  "kubeadm='1.27.1-*' kubectl='1.27.1-*'"_s);
    QVERIFY2(r.ok(), r.stdErr.constData());
}

QString TstFakeCluster::joinToken()
{
    const ExecResult r = run(u"cp-1"_s, u"kubeadm token create --ttl 2h"_s);
    return QString::fromUtf8(r.stdOut).trimmed();
}

void TstFakeCluster::sessionsFindTheStandInsFirst()
{
    // As the design's user (uid 0, not named root), and through sudo.
    ExecResult r
        = run(u"cp-1"_s, u"echo \"$USER\"; id -u; echo \"$PATH\"; command -v kubeadm"_s, false);
    QVERIFY2(r.ok(), r.stdErr.constData());
    QStringList lines = QString::fromUtf8(r.stdOut).split(u'\n');
    QCOMPARE(lines.value(0), u"cloudinit"_s);
    QCOMPARE(lines.value(1), u"0"_s);
    QVERIFY2(lines.value(2).startsWith(u"/usr/local/sbin:"_s), qPrintable(lines.value(2)));
    QCOMPARE(lines.value(3), u"/usr/local/sbin/kubeadm"_s);
    r = run(
        u"cp-1"_s,
        u"echo \"$PATH\"; hostname; nproc; for t in systemctl apt-get ip ss; do command -v $t; done"_s);
    QVERIFY2(r.ok(), r.stdErr.constData());
    lines = QString::fromUtf8(r.stdOut).split(u'\n');
    QVERIFY(lines.value(0).startsWith(u"/usr/local/sbin:"_s));
    QCOMPARE(lines.value(1), u"cp-1"_s);
    QCOMPARE(lines.value(2), u"4"_s);
    for (int i = 3; i < 7; ++i)
        QVERIFY2(lines.value(i).startsWith(u"/usr/local/sbin/"_s), qPrintable(lines.value(i)));
    // A tool of a package not installed yet is missing, as on a fresh VM.
    r = run(u"wk-3"_s, u"kubelet --version"_s);
    QCOMPARE(r.exitCode, 127);
    QCOMPARE(run(u"bastion"_s, u"hostname"_s).stdOut, QByteArray("bastion\n"));
}

void TstFakeCluster::nodesAreReachableOnlyThroughTheBastion()
{
    QCOMPARE(m_cluster.bridgePort(u"cp-1"_s), 0);
    QVERIFY(m_cluster.bridgePort(u"bastion"_s) > 0);
    SshConnection direct({m_cluster.innerAddress(u"cp-1"_s), m_cluster.innerPort(u"cp-1"_s),
                          u"cloudinit"_s, m_client.key()},
                         m_client.settings(), m_client.trusting());
    const std::optional<SshError> refused = direct.connect();
    QVERIFY(refused && refused->kind == SshError::Kind::ConnectFailed);
    QVERIFY(run(u"wk-2"_s, u"true"_s).ok());
}

void TstFakeCluster::writesArePrivatePerHost()
{
    QVERIFY(upload(u"cp-1"_s, "only on cp-1\n", u"/etc/kubernetes/probe.txt"_s));
    ExecResult r = run(u"cp-1"_s, u"cat /etc/kubernetes/probe.txt; mkdir -p /var/lib/kubelet && "
                                  "echo kubelet > /var/lib/kubelet/probe"_s);
    QCOMPARE(r.stdOut, QByteArray("only on cp-1\n"));
    r = run(u"cp-2"_s, u"test -e /etc/kubernetes/probe.txt || test -e /var/lib/kubelet/probe"_s);
    QCOMPARE(r.exitCode, 1);
    QVERIFY(!QFile::exists(u"/etc/kubernetes/probe.txt"_s));
    QCOMPARE(m_cluster.readOnHost(u"cp-1"_s, u"/etc/kubernetes/probe.txt"_s),
             QByteArray("only on cp-1\n"));
    QCOMPARE(m_cluster.readOnHost(u"cp-1"_s, u"/var/lib/kubelet/probe"_s), QByteArray("kubelet\n"));
    QVERIFY(!m_cluster.existsOnHost(u"cp-2"_s, u"/etc/kubernetes/probe.txt"_s));

    // The plan's /etc/hosts and fstab edits (sed -i renames in /etc) stay private.
    const QByteArray realHosts = [] {
        QFile f(u"/etc/hosts"_s);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    r = run(u"wk-1"_s,
            u"swapoff -a && sed -ri '/\\sswap\\s/s/^#?/#/' /etc/fstab && "
            "printf '# BEGIN clusterwright\\n192.168.18.21 wk-1\\n# END clusterwright\\n' "
            ">> /etc/hosts && cat /etc/machine-id"_s);
    QVERIFY2(r.ok(), r.stdErr.constData());
    QVERIFY(m_cluster.readOnHost(u"wk-1"_s, u"/etc/fstab"_s).contains("#/swap.img"));
    QVERIFY(m_cluster.readOnHost(u"wk-1"_s, u"/etc/hosts"_s).contains("192.168.18.21 wk-1"));
    QVERIFY(!m_cluster.readOnHost(u"wk-2"_s, u"/etc/hosts"_s).contains("192.168.18.21 wk-1"));
    QFile hosts(u"/etc/hosts"_s);
    QVERIFY(hosts.open(QIODevice::ReadOnly));
    QCOMPARE(hosts.readAll(), realHosts);
    const QByteArray otherId = run(u"wk-2"_s, u"cat /etc/machine-id"_s).stdOut;
    QVERIFY(
        QRegularExpression(u"^[0-9a-f]{32}\n$"_s).match(QString::fromLatin1(r.stdOut)).hasMatch());
    QVERIFY(otherId != r.stdOut);
}

void TstFakeCluster::ipShowsTheDesignedAddresses()
{
    ExecResult r = run(u"cp-2"_s, u"ip -j addr"_s);
    QVERIFY2(r.ok(), r.stdErr.constData());
    QJsonParseError error;
    const QJsonArray links = QJsonDocument::fromJson(r.stdOut, &error).array();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(links.size(), 3);
    QHash<QString, QString> byDevice;
    for (const QJsonValue &link : links) {
        for (const QJsonValue &info : link[u"addr_info"_s].toArray()) {
            if (info[u"family"_s].toString() == u"inet"_s)
                byDevice[link[u"ifname"_s].toString()]
                    = u"%1/%2"_s.arg(info[u"local"_s].toString()).arg(info[u"prefixlen"_s].toInt());
        }
    }
    QCOMPARE(byDevice.value(u"ens18"_s), u"192.168.8.12/20"_s);
    QCOMPARE(byDevice.value(u"ens19"_s), u"192.168.18.12/22"_s);
    QCOMPARE(byDevice.value(u"lo"_s), u"127.0.0.1/8"_s);
    r = run(u"cp-2"_s, u"ip -o addr show to 192.168.18.12 | grep -q . && "
                       "! ip -o addr show to 192.168.18.11 | grep -q ."_s);
    QVERIFY2(r.ok(), r.stdErr.constData());
    // It will not touch the machine's network.
    QVERIFY(!run(u"cp-2"_s, u"ip addr add 192.168.18.100/22 dev ens19"_s).ok());
}

void TstFakeCluster::kubernetesPackagesNeedTheirSource()
{
    ExecResult r = run(u"wk-3"_s, u"apt-get update && apt-get install -y kubeadm='1.27.1-*'"_s);
    QCOMPARE(r.exitCode, 100);
    QVERIFY(r.stdErr.contains("Unable to locate package kubeadm"));
    for (const QString &node : {u"cp-1"_s, u"cp-2"_s, u"cp-3"_s, u"wk-1"_s})
        installKubernetes(node);
    r = run(u"cp-2"_s,
            u"kubeadm version -o short && kubelet --version && containerd config default "
            "| grep -c 'SystemdCgroup = false'"_s);
    QCOMPARE(r.stdOut, QByteArray("v1.27.1\nKubernetes v1.27.1\n1\n"));
    // The guard of install-containerd, on the stand-in systemctl.
    r = run(u"cp-2"_s, u"systemctl is-active --quiet containerd"_s);
    QCOMPARE(r.exitCode, 3);
    r = run(u"cp-2"_s, u"systemctl enable containerd && systemctl restart containerd && "
                       "systemctl is-active --quiet containerd"_s);
    QVERIFY2(r.ok(), r.stdErr.constData());
}

void TstFakeCluster::initPrintsRealOutputAndTheCaHashPipelineWorks()
{
    QVERIFY(upload(u"cp-1"_s, initConfig(), u"/etc/kubernetes/clusterwright/kubeadm-init.yaml"_s));
    ExecResult r
        = run(u"cp-1"_s, u"kubeadm init --config=/etc/kubernetes/clusterwright/kubeadm-init.yaml "
                         "--upload-certs --skip-phases=addon/kube-proxy"_s);
    QVERIFY2(r.ok(), r.stdErr.constData());
    const QString out = QString::fromUtf8(r.stdOut);
    QVERIFY(out.contains(u"Your Kubernetes control-plane has initialized successfully!"_s));
    const QRegularExpressionMatch join
        = QRegularExpression(
              u"kubeadm join 192\\.168\\.18\\.100:6443 --token ([a-z0-9]{6}\\.[a-z0-9]{16}) \\\\\n"
              "\t--discovery-token-ca-cert-hash (sha256:[0-9a-f]{64}) \\\\\n"
              "\t--control-plane --certificate-key ([0-9a-f]{64})\n"_s)
              .match(out);
    QVERIFY2(join.hasMatch(), qPrintable(out));
    QCOMPARE(join.captured(2), m_cluster.caCertHash());
    QVERIFY(m_cluster.secrets().contains(join.captured(1)));
    QVERIFY(m_cluster.secrets().contains(join.captured(3)));
    QVERIFY(!out.contains(u"Applied essential addon: kube-proxy"_s));
    for (const char *file : {"/etc/kubernetes/admin.conf", "/etc/kubernetes/kubelet.conf",
                             "/etc/kubernetes/pki/ca.crt", "/var/lib/kubelet/config.yaml"})
        QVERIFY2(m_cluster.existsOnHost(u"cp-1"_s, QLatin1StringView(file)), file);
    QVERIFY(m_cluster.readOnHost(u"cp-1"_s, u"/etc/kubernetes/admin.conf"_s)
                .contains("server: https://192.168.18.100:6443"));
    QVERIFY(!m_cluster.existsOnHost(u"cp-2"_s, u"/etc/kubernetes/admin.conf"_s));

    // The plan's CA-hash pipeline, with the real openssl.
    r = run(u"cp-1"_s,
            u"openssl x509 -pubkey -in /etc/kubernetes/pki/ca.crt | openssl pkey "
            "-pubin -outform der | sha256sum | sed 's/^\\([0-9a-f]*\\).*/sha256:\\1/'"_s);
    QCOMPARE(QString::fromUtf8(r.stdOut).trimmed(), m_cluster.caCertHash());
    r = run(u"cp-1"_s, u"kubeadm init phase upload-certs --upload-certs "
                       "--config='/etc/kubernetes/clusterwright/kubeadm-init.yaml' | tail -n 1"_s);
    QVERIFY(
        QRegularExpression(u"^[0-9a-f]{64}\n$"_s).match(QString::fromUtf8(r.stdOut)).hasMatch());
    QVERIFY(m_cluster.secrets().contains(QString::fromUtf8(r.stdOut).trimmed()));
    QVERIFY(QRegularExpression(u"^[a-z0-9]{6}\\.[a-z0-9]{16}$"_s).match(joinToken()).hasMatch());
    // A second init, here or elsewhere, is refused.
    QCOMPARE(
        run(u"cp-1"_s, u"kubeadm init --config=/etc/kubernetes/clusterwright/kubeadm-init.yaml"_s)
            .exitCode,
        1);
    QVERIFY(upload(u"cp-3"_s, initConfig(), u"/etc/kubernetes/clusterwright/kubeadm-init.yaml"_s));
    r = run(u"cp-3"_s, u"kubeadm init --config=/etc/kubernetes/clusterwright/kubeadm-init.yaml"_s);
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.stdErr.contains("already initialized on cp-1"));
}

void TstFakeCluster::joinRefusesUnfilledPlaceholdersAndBadCredentials()
{
    const QString token = joinToken();
    QVERIFY(upload(u"wk-1"_s,
                   joinConfig(u"wk-1"_s, u"${cw:cp-1/credentials-workers:join-token}"_s,
                              m_cluster.caCertHash(), {}),
                   JoinPath));
    ExecResult r = run(u"wk-1"_s, u"kubeadm join --config="_s + JoinPath);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.stdErr.contains("unfilled placeholders"), r.stdErr.constData());
    QVERIFY(upload(u"wk-1"_s,
                   joinConfig(u"wk-1"_s, u"abcdef.0123456789abcdef"_s, m_cluster.caCertHash(), {}),
                   JoinPath));
    r = run(u"wk-1"_s, u"kubeadm join --config="_s + JoinPath);
    QVERIFY2(r.stdErr.contains("could not find a JWS signature"), r.stdErr.constData());
    QVERIFY(upload(u"wk-1"_s, joinConfig(u"wk-1"_s, token, u"sha256:"_s + QString(64, u'0'), {}),
                   JoinPath));
    r = run(u"wk-1"_s, u"kubeadm join --config="_s + JoinPath);
    QVERIFY2(r.stdErr.contains("are pinned"), r.stdErr.constData());
    QVERIFY(!m_cluster.registeredNodes().contains(u"wk-1"_s));

    QVERIFY(upload(u"wk-1"_s, joinConfig(u"wk-1"_s, token, m_cluster.caCertHash(), {}), JoinPath));
    r = run(u"wk-1"_s, u"kubeadm join --config="_s + JoinPath);
    QVERIFY2(r.ok(), r.stdErr.constData());
    QVERIFY(r.stdOut.contains("This node has joined the cluster:"));
    QVERIFY(m_cluster.existsOnHost(u"wk-1"_s, u"/etc/kubernetes/kubelet.conf"_s));
    QVERIFY(!m_cluster.existsOnHost(u"wk-1"_s, u"/etc/kubernetes/admin.conf"_s));
    QVERIFY(m_cluster.registeredNodes().contains(u"wk-1"_s));
    // The calls log kept the config as it was given, secrets and all.
    const QList<FakeCall> joins = m_cluster.started(u"kubeadm"_s, u"join"_s, u"wk-1"_s);
    QCOMPARE(joins.size(), 4);
    QFile kept(joins.last().configCopy);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QVERIFY(kept.readAll().contains(token.toUtf8()));
    QCOMPARE(joins.last().config, JoinPath);
}

void TstFakeCluster::controlPlaneJoinsCannotOverlap()
{
    // Credentials fetched as the plan does: a fresh token and certificate key.
    const QString token = joinToken();
    const ExecResult key
        = run(u"cp-1"_s, u"kubeadm init phase upload-certs --upload-certs | tail -n 1"_s);
    const QString certificateKey = QString::fromUtf8(key.stdOut).trimmed();
    for (const QString &node : {u"cp-2"_s, u"cp-3"_s})
        QVERIFY(upload(node, joinConfig(node, token, m_cluster.caCertHash(), certificateKey),
                       JoinPath));
    // Both at once, each from its own thread and connection (the libssh
    // rule). Whichever takes the etcd lock first waits there until released.
    const auto refusedJoins = [this] {
        int n = 0;
        for (const FakeCall &call : m_cluster.calls())
            n += call.tool == u"kubeadm"_s && call.event == u"end"_s && call.status == 1
                 && call.host.startsWith(u"cp-"_s);
        return n;
    };
    const int before = refusedJoins();
    for (const QString &node : {u"cp-2"_s, u"cp-3"_s})
        m_cluster.setHang(node, u"join"_s, true);
    ExecResult results[2];
    std::thread joiners[2];
    const QString nodes[2] = {u"cp-2"_s, u"cp-3"_s};
    for (int i = 0; i < 2; ++i) {
        joiners[i] = std::thread([&, i] {
            SshCallbacks known; // both keys are saved by now
            SshConnection c({m_cluster.innerAddress(nodes[i]), 22, u"cloudinit"_s, m_client.key()},
                            m_client.settings(), known, m_shell->jumpHost(u"bastion"_s));
            if (!c.connect()) {
                ExecOptions options;
                options.asRoot = true;
                options.timeout = std::chrono::seconds(30);
                results[i] = c.exec(u"kubeadm join --config="_s + JoinPath, options);
            }
        });
    }
    const auto release = [&] {
        for (const QString &node : {u"cp-2"_s, u"cp-3"_s})
            m_cluster.setHang(node, u"join"_s, false);
        for (std::thread &t : joiners) {
            if (t.joinable())
                t.join();
        }
    };
    const auto guard = qScopeGuard(release);
    QTRY_COMPARE_WITH_TIMEOUT(refusedJoins(), before + 1, 20000);
    release();
    QCOMPARE(int(results[0].ok()) + int(results[1].ok()), 1);
    const ExecResult &refused = results[0].ok() ? results[1] : results[0];
    QVERIFY2(refused.stdErr.contains("etcd membership changes must not overlap"),
             refused.stdErr.constData());
    // One at a time both join; a node that joined cannot join again.
    const QString second = results[0].ok() ? nodes[1] : nodes[0];
    ExecResult r = run(second, u"kubeadm join --config="_s + JoinPath);
    QVERIFY2(r.ok(), r.stdErr.constData());
    QCOMPARE(m_cluster.etcdMembers(), (QStringList{u"cp-1"_s, u"cp-2"_s, u"cp-3"_s}));
    r = run(second, u"kubeadm join --config="_s + JoinPath);
    QCOMPARE(r.exitCode, 1); // kubelet.conf exists now
}

void TstFakeCluster::kubectlAnswersFromTheClusterState()
{
    const QString kubectl = u"kubectl --kubeconfig=/etc/kubernetes/admin.conf "_s;
    ExecResult r = run(u"cp-1"_s, kubectl + u"get nodes --no-headers | wc -l"_s);
    QCOMPARE(r.stdOut.trimmed(), QByteArray("4"));
    r = run(u"cp-1"_s, kubectl + u"wait --for=condition=Ready node --all --timeout=600s"_s);
    QCOMPARE(r.exitCode, 1); // no CNI yet: NotReady
    r = run(u"cp-1"_s, kubectl + u"-n kube-system get daemonset cilium"_s);
    QVERIFY(r.stdErr.contains("NotFound"));
    QVERIFY(upload(u"cp-1"_s, "ipam:\n  mode: \"cluster-pool\"\n",
                   u"/etc/kubernetes/clusterwright/cilium-values.yaml"_s));
    r = run(u"cp-1"_s, u"KUBECONFIG=/etc/kubernetes/admin.conf cilium install --version 1.16.1 "
                       "--values '/etc/kubernetes/clusterwright/cilium-values.yaml'"_s);
    QVERIFY2(r.ok(), r.stdErr.constData());
    r = run(u"cp-1"_s, kubectl + u"wait --for=condition=Ready node --all --timeout=600s"_s);
    QVERIFY2(r.ok(), r.stdErr.constData());
    QCOMPARE(r.stdOut.count("condition met"), 4);
    QVERIFY(run(u"cp-1"_s, kubectl + u"-n kube-system get daemonset cilium"_s).ok());
    r = run(u"cp-1"_s, kubectl
                           + u"-n kube-system exec 'etcd-cp-1' -- etcdctl "
                             "--endpoints=https://127.0.0.1:2379 member list | wc -l"_s);
    QCOMPARE(r.stdOut.trimmed(), QByteArray("3"));
    // MetalLB's pools need its CRDs first; URLs are never fetched.
    r = run(u"cp-1"_s, u"printf 'apiVersion: metallb.io/v1beta1\\nkind: IPAddressPool\\n' | "_s
                           + kubectl + u"apply -f -"_s);
    QVERIFY(r.stdErr.contains("ensure CRDs are installed first"));
    r = run(u"cp-1"_s, kubectl
                           + u"apply -f https://raw.githubusercontent.com/metallb/metallb/"
                             "v0.14.8/config/manifests/metallb-native.yaml && "_s
                           + kubectl
                           + u"-n metallb-system wait --for=condition=Available "
                             "deployment/controller --timeout=300s"_s);
    QVERIFY2(r.ok(), r.stdErr.constData());
    QCOMPARE(run(u"cp-1"_s, u"curl -sfk --max-time 5 https://192.168.18.100:6443/livez"_s).stdOut,
             QByteArray("ok"));
    QCOMPARE(run(u"cp-1"_s, u"curl -fsSL https://example.com/"_s).exitCode, 6);
}

void TstFakeCluster::keepalivedChecksWithTheRealTool()
{
    const QByteArray conf = "vrrp_instance api {\n    state BACKUP\n    interface ens19\n"
                            "    virtual_router_id 51\n    priority 150\n    virtual_ipaddress {\n"
                            "        192.168.18.100/22 dev ens19\n    }\n}\n";
    QVERIFY(run(u"cp-3"_s, u"apt-get install -y keepalived curl"_s).ok());
    QVERIFY(upload(u"cp-3"_s, conf, u"/etc/keepalived/keepalived.conf"_s));
    ExecResult r = run(u"cp-3"_s, u"keepalived -t -f /etc/keepalived/keepalived.conf"_s);
    QVERIFY2(r.ok(), r.stdErr.constData());
    QVERIFY(upload(u"cp-3"_s, QByteArray(conf).replace("ens19", "${cw:iface:storage}"),
                   u"/etc/keepalived/keepalived.conf"_s));
    r = run(u"cp-3"_s, u"keepalived -t -f /etc/keepalived/keepalived.conf"_s);
    QVERIFY(!r.ok());
}

void TstFakeCluster::callsLogOrdersCallsAcrossHosts()
{
    const QList<FakeCall> inits = m_cluster.started(u"kubeadm"_s, u"init"_s, u"cp-1"_s);
    QVERIFY(!inits.isEmpty());
    const QList<FakeCall> joins = m_cluster.started(u"kubeadm"_s, u"join"_s);
    QVERIFY(joins.size() >= 6);
    for (const FakeCall &join : joins)
        QVERIFY(join.t > inits.first().t);
    // Every start has its end, matched by pid, with the exit status.
    const QList<FakeCall> all = m_cluster.calls();
    for (const FakeCall &start : joins) {
        const auto end = std::find_if(all.begin(), all.end(), [&](const FakeCall &c) {
            return c.event == u"end"_s && c.pid == start.pid && c.host == start.host;
        });
        QVERIFY(end != all.end());
        QVERIFY(end->t >= start.t);
    }
    QVERIFY(m_cluster.started(u"systemctl"_s, u"restart"_s, u"cp-2"_s).size() == 1);
    QVERIFY(QFile::exists(m_cluster.hostStateDir(u"cp-2"_s) + u"/units/containerd.active"_s));
}

QTEST_GUILESS_MAIN(TstFakeCluster)
#include "tst_fakecluster.moc"
