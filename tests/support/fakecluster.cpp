// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
// Starting and stopping the fake cluster hosts; see fakecluster.h.
#include "fakecluster.h"
#include "fakecluster_p.h"
#include "processutil_p.h"

#include "model/topology.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QThread>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Clusterwright::Test {

using namespace Detail;

namespace {

bool writeText(const QString &path, const QByteArray &text, QFile::Permissions permissions = {})
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text) != text.size())
        return false;
    file.close();
    return permissions ? file.setPermissions(permissions) : true;
}

QByteArray readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// /etc/passwd or /etc/shadow with `line` as the entry for `user`.
QByteArray withEntry(const QByteArray &file, const QString &user, const QString &line)
{
    QByteArray out;
    const QByteArray prefix = user.toUtf8() + ':';
    for (const QByteArray &existing : file.split('\n')) {
        if (!existing.isEmpty() && !existing.startsWith(prefix))
            out += existing + '\n';
    }
    return out + line.toUtf8() + '\n';
}

// "net:[4026531840]"; QFile::symLinkTarget would make it a path.
QByteArray netnsOf(pid_t pid)
{
    char target[64] = {};
    const QByteArray link = "/proc/" + QByteArray::number(pid) + "/ns/net";
    const ssize_t n = ::readlink(link.constData(), target, sizeof target - 1);
    return n > 0 ? QByteArray(target, n) : QByteArray();
}

// A process that holds a fresh network namespace until killed.
pid_t spawnNamespaceHolder(const QString &log)
{
    const QByteArray own = netnsOf(::getpid());
    const pid_t pid = spawnLogged(
        {u"/usr/bin/unshare"_s, u"-n"_s, u"--"_s, u"/bin/sleep"_s, u"infinity"_s}, log);
    const QDeadlineTimer deadline(5000);
    while (pid > 0 && !deadline.hasExpired()) {
        const QByteArray ns = netnsOf(pid);
        if (!ns.isEmpty() && ns != own)
            return pid;
        if (childExited(pid))
            return -1;
        QThread::msleep(5);
    }
    return -1;
}

void killHolder(pid_t *pid)
{
    if (*pid <= 0)
        return;
    killProcessTree(*pid, true);
    reapChild(*pid, 5000);
    *pid = -1;
}

} // namespace

FakeCluster::FakeCluster()
{
    // For a post-mortem: keep the hosts' directories and logs.
    if (qEnvironmentVariableIsSet("CW_FAKECLUSTER_KEEP")) {
        m_dir.setAutoRemove(false);
        qInfo("fake cluster in %s", qPrintable(m_dir.path()));
    }
}

FakeCluster::~FakeCluster()
{
    stop();
}

bool FakeCluster::start(const Topology &topology, const QString &clientPublicKey)
{
    stop();
    m_publicKey = clientPublicKey;
    if (!m_dir.isValid()) {
        m_error = u"no temporary directory"_s;
        return false;
    }
    int index = 0;
    for (const Node &node : topology.nodes) {
        auto host = std::make_shared<Host>();
        host->node = node.name;
        host->user = node.ssh.user.isEmpty() ? u"root"_s : node.ssh.user;
        host->port = node.ssh.port.value_or(22);
        host->sshAddress = node.ssh.address.isEmpty() && !node.interfaces.isEmpty()
                               ? node.interfaces.first().address
                               : node.ssh.address;
        host->inner = u"127.0.1.%1"_s.arg(++index);
        host->dir = m_dir.filePath(u"hosts/"_s + node.name);
        for (int i = 0; i < node.interfaces.size(); ++i) {
            const Interface &iface = node.interfaces.at(i);
            const int network = topology.networkIndex(iface.network);
            const QString cidr = network >= 0 ? topology.networks.at(network).cidr : QString();
            const QString prefix = cidr.section(u'/', 1, 1);
            host->addresses << u"ens%1 %2 %3"_s.arg(18 + i).arg(
                iface.address, prefix.isEmpty() ? u"24"_s : prefix);
        }
        host->devices = int(node.interfaces.size());
        m_hosts.append(host);
    }
    for (const auto &host : std::as_const(m_hosts)) {
        const int jump
            = topology.nodeIndex(topology.nodes.at(topology.nodeIndex(host->node)).ssh.jump);
        if (jump >= 0)
            host->jump = topology.nodes.at(jump).name;
        else if (!topology.nodes.at(topology.nodeIndex(host->node)).ssh.jump.isEmpty()) {
            m_error = u"%1: only jump hosts that are design nodes are faked"_s.arg(host->node);
            return false;
        }
    }
    if (!makeClusterCa() || !startNamespaces())
        return false;
    for (const auto &host : std::as_const(m_hosts)) {
        if (!prepareHost(*host))
            return false;
        SshdFixture::Options options;
        options.network = SshdFixture::Network::JoinNamespace;
        options.namespacePid = m_netnsPid;
        options.listenAddress = host->inner;
        options.port = host->port;
        options.privateMountSetup = mountSetup(*host);
        // Upload temp dirs (${TMPDIR:-/tmp}/cw-upload.*) stay in the host's own
        // directory: a killed session's leftovers must not pile up in /tmp.
        QDir().mkpath(host->dir + u"/tmp"_s);
        options.extraConfig = {u"SetEnv TMPDIR=%1/tmp"_s.arg(host->dir)};
        if (!host->sshd.start(options) || !host->sshd.authorize(m_publicKey)) {
            m_error = u"%1: %2"_s.arg(host->node, host->sshd.errorString());
            return false;
        }
        if (host->jump.isEmpty()
            && !host->bridge.start(m_netnsPid, host->port, host->dir, host->inner)) {
            m_error = u"%1: no loopback bridge"_s.arg(host->node);
            return false;
        }
    }
    return startClientNamespace();
}

void FakeCluster::stop()
{
    for (const auto &host : std::as_const(m_hosts)) {
        host->bridge.stop();
        host->sshd.stop();
    }
    m_hosts.clear();
    killHolder(&m_clientBridgePid);
    killHolder(&m_clientNetnsPid);
    killHolder(&m_netnsPid);
}

bool FakeCluster::makeClusterCa()
{
    const QString pki = clusterStateDir() + u"/pki"_s;
    QDir().mkpath(pki);
    QDir().mkpath(clusterStateDir() + u"/hang"_s);
    QDir().mkpath(m_dir.filePath(u"configs"_s));
    writeText(clusterStateDir() + u"/tokens"_s, {});
    writeText(clusterStateDir() + u"/secrets"_s, {});
    const ToolResult made
        = runTool(u"openssl"_s, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s,
                                 u"-keyout"_s, pki + u"/ca.key"_s, u"-out"_s, pki + u"/ca.crt"_s,
                                 u"-subj"_s, u"/CN=kubernetes"_s, u"-days"_s, u"3650"_s});
    const ToolResult pub = runTool(
        u"openssl"_s, {u"x509"_s, u"-pubkey"_s, u"-noout"_s, u"-in"_s, pki + u"/ca.crt"_s});
    const ToolResult der
        = runTool(u"openssl"_s, {u"pkey"_s, u"-pubin"_s, u"-outform"_s, u"der"_s}, pub.out);
    if (!made.ok() || !pub.ok() || !der.ok() || der.out.isEmpty()) {
        m_error = u"openssl could not make the cluster CA: "_s + QString::fromUtf8(made.err);
        return false;
    }
    m_caHash = u"sha256:"_s
               + QString::fromLatin1(
                   QCryptographicHash::hash(der.out, QCryptographicHash::Sha256).toHex());
    return writeText(clusterStateDir() + u"/ca-hash"_s, m_caHash.toUtf8() + '\n');
}

bool FakeCluster::startNamespaces()
{
    m_netnsPid = spawnNamespaceHolder(m_dir.filePath(u"netns.log"_s));
    if (m_netnsPid <= 0) {
        m_error = u"cannot create the cluster's network namespace"_s;
        return false;
    }
    int devices = 0;
    for (const auto &host : std::as_const(m_hosts))
        devices = qMax(devices, host->devices);
    // Never this machine's own namespace, whatever went wrong above.
    QStringList script{u"test \"$(readlink /proc/self/ns/net)\" != '%1'"_s.arg(
                           QString::fromLatin1(netnsOf(::getpid()))),
                       u"ip link set lo up"_s};
    for (int i = 0; i < devices; ++i)
        script << u"ip link add ens%1 type veth peer name cwpeer%2"_s.arg(18 + i).arg(i);
    const ToolResult r
        = runTool(u"/usr/bin/nsenter"_s, {u"--net=/proc/%1/ns/net"_s.arg(m_netnsPid), u"--"_s,
                                          u"/bin/sh"_s, u"-ec"_s, script.join(u'\n')});
    if (!r.ok()) {
        m_error = u"cannot set up the cluster's network namespace: "_s + QString::fromUtf8(r.err);
        return false;
    }
    return true;
}

bool FakeCluster::prepareHost(Host &host)
{
    const QString dir = host.dir;
    for (const char *sub : {"etc.upper", "etc.work", "varlib.upper", "varlib.work",
                            "localbin.upper", "localbin.work", "bin/.fc", "home", "state/pkg"})
        QDir().mkpath(dir + u'/' + QLatin1StringView(sub));
    // The stand-ins, copied so a test may replace one on one host.
    const QDir fakebin(QStringLiteral(CW_FAKEBIN_DIR));
    const QFile::Permissions exec = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                    | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther
                                    | QFile::ExeOther;
    for (const QString &name : fakebin.entryList(QDir::Files)) {
        const QString target
            = name == u"lib.sh"_s ? dir + u"/bin/.fc/lib.sh"_s : dir + u"/bin/"_s + name;
        if (!writeText(target, readText(fakebin.filePath(name)), exec)) {
            m_error = u"cannot copy the stand-in "_s + name;
            return false;
        }
    }
    QFile::remove(dir + u"/bin/.fc/cwfakelog"_s);
    if (!QFile::copy(QStringLiteral(CW_FAKELOG_EXE), dir + u"/bin/.fc/cwfakelog"_s)) {
        m_error = u"cannot copy cwfakelog"_s;
        return false;
    }
    const QString etc = dir + u"/etc.upper"_s;
    if (host.user != u"root"_s) {
        writeText(
            etc + u"/passwd"_s,
            withEntry(readText(u"/etc/passwd"_s), host.user,
                      u"%1:x:0:0:fake cluster host user:%2/home:/bin/sh"_s.arg(host.user, dir)));
        writeText(etc + u"/shadow"_s,
                  withEntry(readText(u"/etc/shadow"_s), host.user,
                            u"%1:*:20000:0:99999:7:::"_s.arg(host.user)),
                  QFile::ReadOwner | QFile::WriteOwner);
    }
    writeText(etc + u"/hosts"_s, readText(u"/etc/hosts"_s));
    // A swap line for prepare to comment out, as on a fresh cloud image.
    writeText(etc + u"/fstab"_s, readText(u"/etc/fstab"_s) + "/swap.img\tnone\tswap\tsw\t0\t0\n");
    QByteArray machineId;
    for (int i = 0; i < 4; ++i)
        machineId += QByteArray::number(QRandomGenerator::global()->generate(), 16)
                         .rightJustified(8, '0');
    writeText(etc + u"/machine-id"_s, machineId + '\n');
    writeText(etc + u"/hostname"_s, host.node.toUtf8() + '\n');
    const QString env
        = u"FC_HOST='%1'\nFC_HOSTSTATE='%2/state'\nFC_CLUSTER='%3'\nFC_LOG='%4'\n"
          "FC_CONFIGS='%5'\nFC_CPUS=4\nexport FC_HOST FC_LOG FC_CONFIGS\n"_s.arg(
              host.node, dir, clusterStateDir(), callsLog(), m_dir.filePath(u"configs"_s));
    writeText(etc + u"/fakecluster/host.env"_s, env.toUtf8());
    return writeText(dir + u"/state/addrs"_s, (host.addresses.join(u'\n') + u'\n').toUtf8());
}

QStringList FakeCluster::mountSetup(const Host &host) const
{
    QStringList mounts;
    for (const auto &[target, name] : {std::pair{"/etc", "etc"}, std::pair{"/var/lib", "varlib"},
                                       std::pair{"/usr/local/bin", "localbin"}})
        mounts
            << u"mount -t overlay overlay -o lowerdir=%1,upperdir=%2/%3.upper,workdir=%2/%3.work %1"_s
                   .arg(QLatin1StringView(target), host.dir, QLatin1StringView(name));
    mounts << u"mount --bind %1/bin /usr/local/sbin"_s.arg(host.dir);
    return mounts;
}

bool FakeCluster::startClientNamespace()
{
    Host *bastion = nullptr;
    for (const auto &host : std::as_const(m_hosts)) {
        if (!host->jump.isEmpty())
            bastion = find(host->jump);
    }
    if (!bastion)
        return true; // a CLI child runs in the cluster's namespace itself
    // The CLI child's namespace reaches the bastion only, at its inner address.
    m_clientNetnsPid = spawnNamespaceHolder(m_dir.filePath(u"client-netns.log"_s));
    if (m_clientNetnsPid <= 0) {
        m_error = u"cannot create the client's network namespace"_s;
        return false;
    }
    const QString helper = m_dir.filePath(u"client-bridge.sh"_s);
    writeText(helper,
              u"#!/bin/sh\nexec /usr/bin/nsenter --net=/proc/%1/ns/net -- /usr/bin/socat STDIO "
              "TCP:%2:%3\n"_s.arg(m_netnsPid)
                  .arg(bastion->inner)
                  .arg(bastion->port)
                  .toUtf8(),
              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QString listen
        = u"TCP-LISTEN:%1,bind=%2,reuseaddr,fork"_s.arg(bastion->port).arg(bastion->inner);
    const ToolResult lo = runTool(u"/usr/bin/nsenter"_s,
                                  {u"--net=/proc/%1/ns/net"_s.arg(m_clientNetnsPid), u"--"_s,
                                   u"/usr/sbin/ip"_s, u"link"_s, u"set"_s, u"lo"_s, u"up"_s});
    m_clientBridgePid
        = spawnLogged({u"/usr/bin/nsenter"_s, u"--net=/proc/%1/ns/net"_s.arg(m_clientNetnsPid),
                       u"--"_s, u"/usr/bin/socat"_s, listen, u"EXEC:"_s + helper},
                      m_dir.filePath(u"client-bridge.log"_s));
    // Listening shows in the namespace's /proc/PID/net/tcp (state 0A).
    const QString port
        = u':' + QString::number(bastion->port, 16).rightJustified(4, u'0').toUpper() + u' ';
    const QDeadlineTimer deadline(5000);
    while (lo.ok() && m_clientBridgePid > 0 && !deadline.hasExpired()) {
        const QString tcp
            = QString::fromLatin1(readText(u"/proc/%1/net/tcp"_s.arg(m_clientBridgePid)));
        for (const QString &line : tcp.split(u'\n')) {
            if (line.contains(port)
                && line.section(u' ', 3, 3, QString::SectionSkipEmpty) == u"0A"_s)
                return true;
        }
        QThread::msleep(10);
    }
    m_error = u"the client namespace's bridge to the bastion did not start (ip: %1): %2"_s.arg(
        QString::fromUtf8(lo.err),
        QString::fromUtf8(readText(m_dir.filePath(u"client-bridge.log"_s))));
    return false;
}

FakeCluster::Host *FakeCluster::find(const QString &node) const
{
    for (const auto &host : m_hosts) {
        if (host->node == node)
            return host.get();
    }
    return nullptr;
}

} // namespace Clusterwright::Test
