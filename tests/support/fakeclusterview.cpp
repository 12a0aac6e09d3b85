// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
// The test's side of the fake cluster: host files, calls log, cluster state,
// and the two ways a deploy reaches the hosts (in-process and the CLI).
#include "fakecluster.h"
#include "fakecluster_p.h"

#include "runner/transport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace Clusterwright::Test {

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool isWhiteout(const QString &path)
{
    struct stat info
    {
    };
    return ::lstat(QFile::encodeName(path).constData(), &info) == 0 && S_ISCHR(info.st_mode);
}

} // namespace

QStringList FakeCluster::nodes() const
{
    QStringList names;
    for (const auto &host : m_hosts)
        names << host->node;
    return names;
}

SshdFixture &FakeCluster::sshd(const QString &node)
{
    Host *host = find(node);
    Q_ASSERT(host);
    return host->sshd;
}

QString FakeCluster::loginUser(const QString &node) const
{
    const Host *host = find(node);
    return host ? host->user : QString();
}

QString FakeCluster::jumpNode(const QString &node) const
{
    const Host *host = find(node);
    return host ? host->jump : QString();
}

int FakeCluster::bridgePort(const QString &node) const
{
    const Host *host = find(node);
    return host ? host->bridge.port() : 0;
}

QString FakeCluster::innerAddress(const QString &node) const
{
    const Host *host = find(node);
    return host ? host->inner : QString();
}

int FakeCluster::innerPort(const QString &node) const
{
    const Host *host = find(node);
    return host ? host->port : 0;
}

pid_t FakeCluster::namespacePid() const
{
    return m_netnsPid;
}

void FakeCluster::killSessions(const QString &node)
{
    if (Host *host = find(node))
        host->sshd.killSessions();
}

void FakeCluster::setHang(const QString &node, const QString &step, bool on)
{
    const QString marker = clusterStateDir() + u"/hang/%1.%2"_s.arg(node, step);
    if (on)
        QFile(marker).open(QIODevice::WriteOnly);
    else
        QFile::remove(marker);
}

SshSettings fakeClusterClientSettings(const QString &dir)
{
    using namespace std::chrono_literals;
    SshSettings s;
    s.sshDir = dir + u"/ssh"_s;
    s.knownHostsFile = dir + u"/known_hosts"_s;
    s.globalKnownHostsFile = dir + u"/no_global_known_hosts"_s;
    s.readSshConfig = false;
    s.useAgent = false;
    s.connectTimeout = 10s;
    s.ioTimeout = 10s;
    s.connectAttempts = 2;
    s.retryBackoff = 200ms;
    return s;
}

void FakeCluster::setFail(const QString &node, const QString &step, const QString &error)
{
    const QString marker = clusterStateDir() + u"/fail/%1.%2"_s.arg(node, step);
    if (error.isEmpty()) {
        QFile::remove(marker);
        return;
    }
    QDir().mkpath(clusterStateDir() + u"/fail"_s);
    QFile file(marker);
    if (file.open(QIODevice::WriteOnly))
        file.write(error.toUtf8());
}

void FakeCluster::redirect(QHash<QString, NodeAccess> *access, const QString &identityFile) const
{
    for (auto it = access->begin(); it != access->end(); ++it) {
        const Host *host = find(it.key());
        if (!host)
            continue;
        // Behind a bastion: the address the bastion reaches it at.
        it->target.host = host->jump.isEmpty() ? u"127.0.0.1"_s : host->inner;
        it->target.port = host->jump.isEmpty() ? host->bridge.port() : host->port;
        it->target.identityFile = identityFile;
    }
}

QString FakeCluster::fileOnHost(const QString &node, const QString &path) const
{
    const Host *host = find(node);
    if (!host)
        return {};
    static const std::pair<QString, QString> Private[] = {
        {u"/etc/"_s, u"etc.upper/"_s},
        {u"/var/lib/"_s, u"varlib.upper/"_s},
        {u"/usr/local/bin/"_s, u"localbin.upper/"_s},
        {u"/usr/local/sbin/"_s, u"bin/"_s},
    };
    for (const auto &[prefix, upper] : Private) {
        if (!path.startsWith(prefix))
            continue;
        const QString written = host->dir + u'/' + upper + path.mid(prefix.size());
        // Not written by the host: it sees the machine's own file, if any.
        return QFileInfo::exists(written) || isWhiteout(written) || !QFileInfo::exists(path)
                   ? written
                   : path;
    }
    return path;
}

bool FakeCluster::existsOnHost(const QString &node, const QString &path) const
{
    const QString file = fileOnHost(node, path);
    return !file.isEmpty() && QFileInfo::exists(file) && !isWhiteout(file);
}

QByteArray FakeCluster::readOnHost(const QString &node, const QString &path) const
{
    return existsOnHost(node, path) ? readAll(fileOnHost(node, path)) : QByteArray();
}

QString FakeCluster::hostStateDir(const QString &node) const
{
    const Host *host = find(node);
    return host ? host->dir + u"/state"_s : QString();
}

QString FakeCluster::clusterStateDir() const
{
    return m_dir.filePath(u"cluster"_s);
}

QString FakeCluster::callsLog() const
{
    return m_dir.filePath(u"calls.jsonl"_s);
}

QList<FakeCall> FakeCluster::calls() const
{
    QList<FakeCall> calls;
    for (const QByteArray &line : readAll(callsLog()).split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.isEmpty())
            continue;
        FakeCall call;
        call.host = o.value("host"_L1).toString();
        call.t = qint64(o.value("t"_L1).toDouble());
        call.pid = o.value("pid"_L1).toInteger();
        call.event = o.value("event"_L1).toString();
        call.tool = o.value("tool"_L1).toString();
        for (const QJsonValue &arg : o.value("argv"_L1).toArray())
            call.argv << arg.toString();
        call.status = o.value("status"_L1).toInt(-1);
        call.config = o.value("config"_L1).toString();
        call.configCopy = o.value("configCopy"_L1).toString();
        calls << call;
    }
    // Appends from several hosts can land slightly out of clock order.
    std::stable_sort(calls.begin(), calls.end(),
                     [](const FakeCall &a, const FakeCall &b) { return a.t < b.t; });
    return calls;
}

QList<FakeCall> FakeCluster::started(const QString &tool, const QString &subcommand,
                                     const QString &host) const
{
    QList<FakeCall> matching;
    for (const FakeCall &call : calls()) {
        if (call.event == u"start"_s && (tool.isEmpty() || call.tool == tool)
            && (subcommand.isEmpty() || call.subcommand() == subcommand)
            && (host.isEmpty() || call.host == host))
            matching << call;
    }
    return matching;
}

QList<FakeCall> FakeCluster::kubeadmInits(const QString &host) const
{
    QList<FakeCall> inits = started(u"kubeadm"_s, u"init"_s, host);
    inits.removeIf([](const FakeCall &call) { return call.argv.value(1) == u"phase"_s; });
    return inits;
}

std::optional<FakeCall> FakeCluster::endOf(const FakeCall &start) const
{
    for (const FakeCall &call : calls()) {
        if (call.event == u"end"_s && call.host == start.host && call.pid == start.pid
            && call.t >= start.t)
            return call;
    }
    return std::nullopt;
}

QList<FakeCall> FakeCluster::succeeded(const QString &tool, const QString &subcommand,
                                       const QString &host) const
{
    QList<FakeCall> matching;
    for (const FakeCall &start : started(tool, subcommand, host)) {
        const std::optional<FakeCall> end = endOf(start);
        if (end && end->status == 0)
            matching << start;
    }
    return matching;
}

QStringList FakeCluster::secrets() const
{
    QStringList values;
    for (const QByteArray &line : readAll(clusterStateDir() + u"/secrets"_s).split('\n')) {
        const QString value = QString::fromUtf8(line).section(u' ', 1);
        if (!value.isEmpty())
            values << value;
    }
    return values;
}

QString FakeCluster::caCertHash() const
{
    return m_caHash;
}

QStringList FakeCluster::registeredNodes() const
{
    return QDir(clusterStateDir() + u"/nodes"_s).entryList(QDir::Files, QDir::Name);
}

QStringList FakeCluster::etcdMembers() const
{
    return QDir(clusterStateDir() + u"/etcd"_s).entryList(QDir::Files, QDir::Name);
}

bool FakeCluster::prepareHome(const QString &homeDir, const QString &privateKey) const
{
    const QString ssh = homeDir + u"/.ssh"_s;
    QDir().mkpath(ssh);
    QFile::setPermissions(ssh, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QFile::remove(ssh + u"/id_ed25519"_s);
    QFile::remove(ssh + u"/id_ed25519.pub"_s);
    if (!QFile::copy(privateKey, ssh + u"/id_ed25519"_s)
        || !QFile::copy(privateKey + u".pub"_s, ssh + u"/id_ed25519.pub"_s))
        return false;
    QFile::setPermissions(ssh + u"/id_ed25519"_s, QFile::ReadOwner | QFile::WriteOwner);
    QByteArray config = "# Written by the fake cluster: design addresses lead to the fakes.\n";
    for (const auto &host : m_hosts) {
        if (host->sshAddress.isEmpty())
            continue;
        config += u"Host %1\n    HostName %2\n    IdentityFile ~/.ssh/id_ed25519\n"_s
                      .arg(host->sshAddress, host->inner)
                      .toUtf8();
    }
    QFile file(ssh + u"/config"_s);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(config) > 0;
}

HeadlessRun FakeCluster::runClusterwright(const QStringList &arguments,
                                          const QString &workingDirectory, const QString &homeDir,
                                          int timeoutMs) const
{
    const pid_t netns = m_clientNetnsPid > 0 ? m_clientNetnsPid : m_netnsPid;
    HeadlessOptions options;
    options.workingDirectory = workingDirectory;
    options.removeEnvironment = {u"SSH_AUTH_SOCK"_s};
    options.setEnvironment = {u"HOME="_s + homeDir};
    options.timeoutMs = timeoutMs;
    // libssh finds ~ through the password database: root's home is homeDir
    // too, in a mount namespace of the child's own.
    options.wrapper = {u"/usr/bin/nsenter"_s,
                       u"--net=/proc/%1/ns/net"_s.arg(netns),
                       u"--"_s,
                       u"/usr/bin/unshare"_s,
                       u"-m"_s,
                       u"--propagation"_s,
                       u"private"_s,
                       u"--"_s,
                       u"/bin/sh"_s,
                       u"-c"_s,
                       u"mount --bind \"$0\" /root && exec \"$@\""_s,
                       homeDir};
    return Clusterwright::runClusterwright(arguments, options);
}

} // namespace Clusterwright::Test
