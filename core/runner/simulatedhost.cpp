// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "runner/simulatedtransport_p.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Clusterwright::Simulation {
namespace {

QString addressOnly(const QString &address)
{
    return address.section(u'/', 0, 0);
}

int prefixOf(const QString &address)
{
    bool ok = false;
    const int prefix = address.section(u'/', 1, 1).toInt(&ok);
    return ok ? prefix : 24;
}

} // namespace

quint32 hashOf(const QString &text)
{
    quint32 h = 2166136261u; // FNV-1a: stable across processes, unlike qHash
    for (QChar c : text) {
        h ^= c.unicode();
        h *= 16777619u;
    }
    return h;
}

Host::Host(const NodeAccess &access, const QStringList &allNodes, const SimulationOptions &options)
    : m_access(access)
    , m_allNodes(allNodes)
    , m_options(options)
    , m_random(options.seed ^ hashOf(access.node))
{}

qint64 Host::jitter(qint64 ms)
{
    std::uniform_real_distribution<double> factor(0.8, 1.2);
    return qint64(double(ms) * factor(m_random));
}

QString Host::hex(int digits)
{
    static const char16_t alphabet[] = u"0123456789abcdef";
    QString text;
    for (int i = 0; i < digits; ++i)
        text += QChar(alphabet[m_random() % 16]);
    return text;
}

// kubeadm's shape, [a-z0-9]{6}.[a-z0-9]{16}: the redactor must catch it.
QString Host::token()
{
    static const char16_t alphabet[] = u"abcdefghijklmnopqrstuvwxyz0123456789";
    QString text;
    for (int i = 0; i < 23; ++i)
        text += i == 6 ? QChar(u'.') : QChar(alphabet[m_random() % 36]);
    return text;
}

QString Host::configValue(const QString &path, const QString &key) const
{
    const QRegularExpression pattern(u"^\\s*%1:\\s*\"?([^\"\\s]+)"_s.arg(key),
                                     QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = pattern.match(QString::fromUtf8(m_files.value(path)));
    return match.hasMatch() ? match.captured(1) : QString();
}

bool Host::isGuard(const QString &command) const
{
    if (m_options.guards.contains(command))
        return true;
    return command.startsWith(u"test ") || command.startsWith(u"grep -q ")
           || command.contains(u" get daemonset "_s);
}

QString Host::ipJson() const
{
    QJsonArray links;
    auto link = [&links](const QString &name, const QJsonArray &addresses) {
        links.append(QJsonObject{{u"ifindex"_s, links.size() + 1},
                                 {u"ifname"_s, name},
                                 {u"flags"_s, QJsonArray{u"BROADCAST"_s, u"UP"_s, u"LOWER_UP"_s}},
                                 {u"mtu"_s, name == u"lo" ? 65536 : 1500},
                                 {u"operstate"_s, name == u"lo" ? u"UNKNOWN"_s : u"UP"_s},
                                 {u"addr_info"_s, addresses}});
    };
    auto info = [](const QString &address, int prefix, const QString &label) {
        return QJsonObject{{u"family"_s, u"inet"_s},
                           {u"local"_s, address},
                           {u"prefixlen"_s, prefix},
                           {u"scope"_s, label == u"lo" ? u"host"_s : u"global"_s},
                           {u"label"_s, label}};
    };
    link(u"lo"_s, QJsonArray{info(u"127.0.0.1"_s, 8, u"lo"_s)});
    QStringList networks = m_access.addressOnNetwork.keys();
    networks.sort();
    int device = 18;
    for (const QString &network : std::as_const(networks)) {
        const QString address = m_access.addressOnNetwork.value(network);
        const QString name = u"ens%1"_s.arg(device++);
        link(name, QJsonArray{info(addressOnly(address), prefixOf(address), name)});
    }
    return QString::fromUtf8(QJsonDocument(links).toJson(QJsonDocument::Compact));
}

Script Host::respond(const QString &command)
{
    Script s;
    const QString node = m_access.node;
    if (isGuard(command)) {
        s.tailMs = 150;
        s.exitCode = 1; // not done yet
    } else if (command == u"'true'" || command == u"true") {
        s.tailMs = 20;
    } else if (command == u"'hostname'") {
        s.out(30, node);
    } else if (command == u"'cat' '/etc/machine-id'") {
        s.out(30, hex(32));
    } else if (command == u"'date' '+%s'") {
        s.out(30, QString::number(QDateTime::currentSecsSinceEpoch()));
    } else if (command == u"'ip' '-j' 'addr'") {
        s.out(40, ipJson());
    } else if (command.startsWith(u"fail=0")) {
        return preflight(command);
    } else if (command.contains(u"upload-certs --upload-certs"_s)) {
        return uploadCerts(command);
    } else if (command.startsWith(u"'kubeadm' 'init'")) {
        return kubeadmInit();
    } else if (command.startsWith(u"'kubeadm' 'join'")) {
        return kubeadmJoin();
    } else if (command.startsWith(u"'kubeadm' 'token' 'create'")) {
        s.out(900, token());
    } else if (command.startsWith(u"openssl x509 -pubkey")) {
        s.out(200, u"sha256:"_s + hex(64));
    } else if (command.startsWith(u"'cat' '--' ")) {
        return fetch(command.section(u'\'', 5, 5));
    } else if (command.contains(u"apt-get"_s)) {
        return apt(command);
    } else if (command.contains(u"kubectl"_s) || command.contains(u"cilium install"_s)) {
        return kubectl(command);
    } else if (command.startsWith(u"'sysctl' '--system'")) {
        s.out(150, u"* Applying /etc/sysctl.d/99-clusterwright.conf ..."_s);
        s.out(20, u"net.bridge.bridge-nf-call-iptables = 1"_s);
        s.out(20, u"net.ipv4.ip_forward = 1"_s);
    } else if (command.startsWith(u"'curl'")) {
        s.out(250, u"ok"_s);
    } else if (command.contains(u"systemctl"_s)) {
        s.tailMs = 1500;
    } else {
        s.tailMs = 200; // modprobe, swapoff, sed, rm, keepalived -t ...
    }
    return s;
}

Script Host::preflight(const QString &command)
{
    Script s;
    s.err(1200, u"swap is on: prepare turns it off"_s);
    s.err(300, u"no container runtime yet: prepare installs containerd"_s);
    s.tailMs = 300;
    if (m_options.failPreflightOn.contains(m_access.node) && !m_preflightFailed) {
        m_preflightFailed = true;
        // The designed addresses are in the script: "for a in '192...' '10...'; do".
        const QRegularExpression loop(u"for a in ([^;]*); do"_s);
        const QStringList quoted = loop.match(command).captured(1).split(u' ', Qt::SkipEmptyParts);
        QString address = quoted.isEmpty() ? u"?"_s : quoted.last();
        address.remove(u'\'');
        s.err(200, u"designed address %1 is not on this machine (see ip -j addr)"_s.arg(address));
        s.exitCode = 1;
    }
    return s;
}

Script Host::apt(const QString &command)
{
    Script s;
    if (command.contains(u"apt-get update"_s)) {
        s.out(1500, u"Hit:1 http://deb.debian.org/debian bookworm InRelease"_s);
        s.out(700, u"Get:2 http://deb.debian.org/debian bookworm-updates InRelease [55.4 kB]"_s);
        s.out(
            900,
            u"Get:3 http://security.debian.org/debian-security bookworm-security InRelease [48.0 kB]"_s);
        if (command.contains(u"pkgs.k8s.io"_s) || command.contains(u"kubeadm"_s))
            s.out(
                800,
                u"Get:4 https://prod-cdn.packages.k8s.io/repositories/isv:/kubernetes:/core:/stable:/v1.27/deb  InRelease [1,186 B]"_s);
        s.out(2500, u"Fetched 103 kB in 2s (51.2 kB/s)"_s);
        s.out(1800, u"Reading package lists..."_s);
    }
    static const QRegularExpression install(u"apt-get install -y (?:--[a-z-]+ )*([^&;|]*)"_s);
    QStringList packages;
    for (const QString &word : install.match(command).captured(1).split(u' ', Qt::SkipEmptyParts))
        packages.append(word.section(u'=', 0, 0).remove(u'\''));
    if (!packages.isEmpty()) {
        s.out(1200, u"Reading package lists..."_s);
        s.out(600, u"Building dependency tree..."_s);
        s.out(300, u"Reading state information..."_s);
        s.out(400, u"The following NEW packages will be installed:"_s);
        s.out(50, u"  "_s + packages.join(u' '));
        s.out(300, u"0 upgraded, %1 newly installed, 0 to remove and 0 not upgraded."_s.arg(
                       packages.size()));
        for (const QString &package : std::as_const(packages))
            s.out(2500, u"Get:1 http://deb.debian.org/debian bookworm/main amd64 %1 amd64 [%2 kB]"_s
                            .arg(package)
                            .arg(200 + m_random() % 9000));
        for (const QString &package : std::as_const(packages)) {
            s.out(1500, u"Unpacking %1 ..."_s.arg(package));
            s.out(1500, u"Setting up %1 ..."_s.arg(package));
        }
        s.out(800, u"Processing triggers for man-db (2.11.2-2) ..."_s);
    }
    if (command.contains(u"systemctl"_s))
        s.tailMs = 1500;
    return s;
}

Script Host::kubeadmInit()
{
    const QString config = u"/etc/kubernetes/clusterwright/kubeadm-init.yaml"_s;
    QString version = configValue(config, u"kubernetesVersion"_s);
    QString endpoint = configValue(config, u"controlPlaneEndpoint"_s);
    if (version.isEmpty())
        version = u"v1.27.1"_s;
    if (endpoint.isEmpty())
        endpoint = addressOnly(
                       m_access.addressOnNetwork.value(m_access.addressOnNetwork.keys().value(0)))
                   + u":6443"_s;
    const QString node = m_access.node;
    const QString tok = token(), hash = hex(64), key = hex(64);
    Script s;
    s.out(400, u"[init] Using Kubernetes version: %1"_s.arg(version));
    s.out(100, u"[preflight] Running pre-flight checks"_s);
    s.out(1500, u"[preflight] Pulling images required for setting up a Kubernetes cluster"_s);
    s.out(
        100,
        u"[preflight] This might take a minute or two, depending on the speed of your internet connection"_s);
    s.out(18000, u"[certs] Using certificateDir folder \"/etc/kubernetes/pki\""_s);
    for (const QString &cert :
         {u"ca"_s, u"apiserver"_s, u"apiserver-kubelet-client"_s, u"front-proxy-ca"_s,
          u"front-proxy-client"_s, u"etcd/ca"_s, u"etcd/server"_s, u"etcd/peer"_s,
          u"etcd/healthcheck-client"_s, u"apiserver-etcd-client"_s, u"sa"_s})
        s.out(250, u"[certs] Generating \"%1\" certificate and key"_s.arg(cert));
    s.out(300, u"[kubeconfig] Using kubeconfig folder \"/etc/kubernetes\""_s);
    for (const QString &file :
         {u"admin.conf"_s, u"kubelet.conf"_s, u"controller-manager.conf"_s, u"scheduler.conf"_s})
        s.out(200, u"[kubeconfig] Writing \"%1\" kubeconfig file"_s.arg(file));
    s.out(300, u"[kubelet-start] Starting the kubelet"_s);
    s.out(200, u"[control-plane] Using manifest folder \"/etc/kubernetes/manifests\""_s);
    s.out(200,
          u"[etcd] Creating static Pod manifest for local etcd in \"/etc/kubernetes/manifests\""_s);
    s.out(
        500,
        u"[wait-control-plane] Waiting for the kubelet to boot up the control plane as static Pods from directory \"/etc/kubernetes/manifests\". This can take up to 4m0s"_s);
    s.out(28000, u"[apiclient] All control plane components are healthy after 27.004 seconds"_s);
    s.out(
        800,
        u"[upload-config] Storing the configuration used in ConfigMap \"kubeadm-config\" in the \"kube-system\" Namespace"_s);
    s.out(
        1500,
        u"[upload-certs] Storing the certificates in Secret \"kubeadm-certs\" in the \"kube-system\" Namespace"_s);
    s.out(200, u"[upload-certs] Using certificate key:"_s);
    s.out(50, key);
    s.out(
        800,
        u"[mark-control-plane] Marking the node %1 as control-plane by adding the labels: [node-role.kubernetes.io/control-plane node.kubernetes.io/exclude-from-external-load-balancers]"_s
            .arg(node));
    s.out(600, u"[bootstrap-token] Using token: %1"_s.arg(tok));
    s.out(2500, u"[addons] Applied essential addon: CoreDNS"_s);
    s.out(300, u"Your Kubernetes control-plane has initialized successfully!"_s);
    s.out(
        50,
        u"You can now join any number of the control-plane node running the following command on each as root:"_s);
    s.out(50, u"  kubeadm join %1 --token %2 \\"_s.arg(endpoint, tok));
    s.out(10, u"\t--discovery-token-ca-cert-hash sha256:%1 \\"_s.arg(hash));
    s.out(10, u"\t--control-plane --certificate-key %1"_s.arg(key));
    s.out(
        50,
        u"Then you can join any number of worker nodes by running the following on each as root:"_s);
    s.out(10, u"kubeadm join %1 --token %2 \\"_s.arg(endpoint, tok));
    s.out(10, u"\t--discovery-token-ca-cert-hash sha256:%1"_s.arg(hash));
    return s;
}

Script Host::kubeadmJoin()
{
    const bool slow = m_options.slowJoinOn.contains(m_access.node);
    Script s;
    s.out(300, u"[preflight] Running pre-flight checks"_s);
    s.out(1500, u"[preflight] Reading configuration from the cluster..."_s);
    s.out(
        800,
        u"[preflight] FYI: You can look at this config file with 'kubectl -n kube-system get cm kubeadm-config -o yaml'"_s);
    s.out(
        9000,
        u"[kubelet-start] Writing kubelet configuration to file \"/var/lib/kubelet/config.yaml\""_s);
    s.out(300, u"[kubelet-start] Starting the kubelet"_s);
    s.out(500, u"[kubelet-start] Waiting for the kubelet to perform the TLS Bootstrap..."_s);
    if (slow) {
        // A slow disk or network: the kubelet takes minutes to come up.
        for (int i = 0; i < 12; ++i)
            s.out(
                10000,
                u"[kubelet-check] It seems like the kubelet isn't running or healthy yet (waited %1 s)"_s
                    .arg((i + 1) * 10));
    }
    s.out(14000, u"This node has joined the cluster:"_s);
    s.out(50,
          u"* Certificate signing request was sent to apiserver and a response was received."_s);
    s.out(50, u"* The Kubelet was informed of the new secure connection details."_s);
    s.out(50, u"Run 'kubectl get nodes' on the control-plane to see this node join the cluster."_s);
    return s;
}

Script Host::uploadCerts(const QString &command)
{
    Script s;
    const QString key = hex(64);
    if (!command.contains(u"| tail -n 1"_s)) {
        s.out(
            2500,
            u"[upload-certs] Storing the certificates in Secret \"kubeadm-certs\" in the \"kube-system\" Namespace"_s);
        s.out(200, u"[upload-certs] Using certificate key:"_s);
    }
    s.out(command.contains(u"| tail -n 1"_s) ? 2700 : 50, key);
    return s;
}

Script Host::kubectl(const QString &command)
{
    Script s;
    if (command.contains(u"'wait' '--for=condition=Ready' 'node'"_s)) {
        QStringList nodes = m_allNodes;
        for (const QString &name : std::as_const(nodes))
            s.out(name == nodes.first() ? 8000 : 300, u"node/%1 condition met"_s.arg(name));
    } else if (command.contains(u"'get' 'nodes' '-o' 'wide'"_s)) {
        s.out(400, u"NAME     STATUS   ROLES           AGE   VERSION   INTERNAL-IP"_s);
        for (const QString &name : std::as_const(m_allNodes))
            s.out(20, u"%1 Ready    <simulated>     4m    v1.30.2   (rehearsal)"_s.arg(name, -8));
    } else if (command.contains(u"'wait'"_s)) {
        s.out(15000,
              u"deployment.apps/%1 condition met"_s.arg(command.section(u'/', -1).remove(u'\'')));
    } else if (command.contains(u"cilium install"_s)) {
        s.out(3000, u"ℹ️  Using Cilium version 1.16.1"_s);
        s.out(500, u"🔮 Auto-detected cluster name: kubernetes"_s);
        s.out(15000, u"🔮 Auto-detected kube-proxy has not been installed"_s);
        s.out(500, u"ℹ️  Cilium will fully replace all functionalities of kube-proxy"_s);
    } else if (command.contains(u"apply"_s)) {
        QString source = command.section(u"'-f' '"_s, 1).section(u'\'', 0, 0);
        if (source.isEmpty())
            source = u"flannel"_s;
        const QString base = source.section(u'/', -1).section(u'.', 0, 0);
        s.out(2500, u"namespace/%1 created"_s.arg(base));
        s.out(200, u"serviceaccount/%1 created"_s.arg(base));
        s.out(200, u"configmap/%1-config created"_s.arg(base));
        s.out(200, u"daemonset.apps/%1 created"_s.arg(base));
    } else {
        s.tailMs = 900; // get nodes | wc -l, etcdctl member list ...: checks that pass
    }
    return s;
}

Script Host::fetch(const QString &path)
{
    Script s;
    if (path.endsWith(u"admin.conf")) {
        QString endpoint = configValue(u"/etc/kubernetes/clusterwright/kubeadm-init.yaml"_s,
                                       u"controlPlaneEndpoint"_s);
        const QStringList lines{
            u"# Clusterwright rehearsal: simulated, not a real cluster"_s,
            u"apiVersion: v1"_s,
            u"clusters:"_s,
            u"- cluster:"_s,
            u"    certificate-authority-data: UkVIRUFSU0FM"_s,
            u"    server: https://%1"_s.arg(endpoint),
            u"  name: kubernetes"_s,
            u"contexts:"_s,
            u"- context: {cluster: kubernetes, user: kubernetes-admin}"_s,
            u"  name: kubernetes-admin@kubernetes"_s,
            u"current-context: kubernetes-admin@kubernetes"_s,
            u"kind: Config"_s,
            u"users:"_s,
            u"- name: kubernetes-admin"_s,
            u"  user: {client-certificate-data: UkVIRUFSU0FM, client-key-data: UkVIRUFSU0FM}"_s};
        for (const QString &line : lines)
            s.out(5, line);
    } else {
        s.out(100, u"# simulated content of %1"_s.arg(path));
    }
    return s;
}

} // namespace Clusterwright::Simulation
