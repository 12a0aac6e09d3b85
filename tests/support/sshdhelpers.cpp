// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "processutil_p.h"
#include "sshdfixture.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QThread>

#include <arpa/inet.h>
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

using namespace Qt::StringLiterals;

namespace Clusterwright::Test {

namespace Detail {

pid_t spawnLogged(const QStringList &argv, const QString &logFile)
{
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    const QByteArray log = QFile::encodeName(logFile);
    posix_spawn_file_actions_addopen(&actions, 1, log.constData(), O_WRONLY | O_CREAT | O_APPEND,
                                     0600);
    posix_spawn_file_actions_adddup2(&actions, 1, 2);
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    sigset_t none, defaults;
    sigemptyset(&none);
    sigfillset(&defaults);
    posix_spawnattr_setsigmask(&attributes, &none);
    posix_spawnattr_setsigdefault(&attributes, &defaults);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
    QByteArrayList storage;
    std::vector<char *> args;
    for (const QString &arg : argv)
        storage.append(arg.toUtf8());
    for (QByteArray &arg : storage)
        args.push_back(arg.data());
    args.push_back(nullptr);
    pid_t pid = -1;
    if (posix_spawn(&pid, args[0], &actions, &attributes, args.data(), environ) != 0)
        pid = -1;
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
    return pid;
}

bool childExited(pid_t pid)
{
    int status = 0;
    return waitpid(pid, &status, WNOHANG) == pid;
}

int connectLoopback(int port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(quint16(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

QHash<pid_t, QList<pid_t>> processChildren()
{
    QHash<pid_t, QList<pid_t>> children;
    const QStringList entries = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool numeric = false;
        const pid_t pid = pid_t(entry.toInt(&numeric));
        if (!numeric)
            continue;
        QFile stat(u"/proc/%1/stat"_s.arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        const qsizetype close = text.lastIndexOf(')');
        const QList<QByteArray> fields = text.mid(close + 2).split(' ');
        if (fields.size() > 1)
            children[pid_t(fields.at(1).toInt())].append(pid);
    }
    return children;
}

} // namespace Detail

using namespace Detail;

ToolResult runTool(const QString &program, const QStringList &arguments, const QByteArray &input,
                   int timeoutMs, const QStringList &extraEnv)
{
    ToolResult result;
    QProcess process;
    if (!extraEnv.isEmpty()) {
        QStringList environment = QProcess::systemEnvironment();
        environment.append(extraEnv);
        process.setEnvironment(environment);
    }
    process.start(program, arguments);
    if (!process.waitForStarted(5000))
        return result;
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(2000);
        return result;
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    if (process.exitStatus() == QProcess::NormalExit)
        result.exitCode = process.exitCode();
    return result;
}

bool makeKey(const QString &path, const QString &type, const QString &passphrase, bool pem)
{
    QFile::remove(path);
    QFile::remove(path + u".pub"_s);
    QStringList args{u"-q"_s, u"-t"_s, type,    u"-N"_s,     passphrase,
                     u"-f"_s, path,    u"-C"_s, u"cw-test"_s};
    if (type == u"rsa"_s)
        args << u"-b"_s << u"2048"_s;
    if (pem)
        args << u"-m"_s << u"PEM"_s;
    return runTool(u"ssh-keygen"_s, args).ok();
}

QString keygenFingerprint(const QString &publicKeyPath)
{
    const ToolResult r
        = runTool(u"ssh-keygen"_s, {u"-l"_s, u"-E"_s, u"sha256"_s, u"-f"_s, publicKeyPath});
    const QList<QByteArray> fields = r.out.split(' ');
    return fields.size() > 1 ? QString::fromLatin1(fields.at(1)) : QString();
}

int freeLoopbackPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

void killProcessTree(pid_t root, bool includeRoot)
{
    if (root <= 0)
        return;
    const QHash<pid_t, QList<pid_t>> children = processChildren();
    QList<pid_t> order;
    QList<pid_t> stack{root};
    while (!stack.isEmpty() && order.size() < 4096) {
        const pid_t pid = stack.takeLast();
        order.append(pid);
        stack.append(children.value(pid));
    }
    for (const pid_t pid : std::as_const(order)) {
        if (pid != root)
            ::kill(pid, SIGKILL);
    }
    if (includeRoot)
        ::kill(root, SIGKILL);
}

bool reapChild(pid_t pid, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        int status = 0;
        const pid_t r = waitpid(pid, &status, WNOHANG);
        if (r == pid || (r < 0 && errno == ECHILD))
            return true;
        QThread::msleep(10);
    }
    return false;
}

bool NetnsBridge::start(pid_t nsPid, int targetPort, const QString &workDir,
                        const QString &targetAddress)
{
    stop();
    const QString helper = workDir + u"/netns-bridge.sh"_s;
    QFile file(helper);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.write(u"#!/bin/sh\nexec /usr/bin/nsenter --net=/proc/%1/ns/net -- "
               "/usr/bin/socat STDIO TCP:%2:%3\n"_s.arg(nsPid)
                   .arg(targetAddress)
                   .arg(targetPort)
                   .toUtf8());
    file.close();
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    for (int attempt = 0; attempt < 5; ++attempt) {
        m_port = freeLoopbackPort();
        m_pid = spawnLogged({u"/usr/bin/socat"_s,
                             u"TCP-LISTEN:%1,bind=127.0.0.1,reuseaddr,fork"_s.arg(m_port),
                             u"EXEC:%1"_s.arg(helper)},
                            workDir + u"/socat.log"_s);
        const QDeadlineTimer deadline(5000);
        while (m_pid > 0 && !deadline.hasExpired()) {
            if (childExited(m_pid)) {
                m_pid = -1;
                break;
            }
            // Probe with a plain connect: the helper's connection just closes.
            const int fd = connectLoopback(m_port);
            if (fd >= 0) {
                ::close(fd);
                return true;
            }
            QThread::msleep(20);
        }
        stop();
    }
    return false;
}

void NetnsBridge::stop()
{
    if (m_pid <= 0)
        return;
    killProcessTree(m_pid, true);
    reapChild(m_pid, 5000);
    m_pid = -1;
}

bool SshAgent::start(const QString &workDir)
{
    stop();
    m_socket = workDir + u"/agent.sock"_s;
    QFile::remove(m_socket);
    m_pid = spawnLogged({u"/usr/bin/ssh-agent"_s, u"-D"_s, u"-a"_s, m_socket},
                        workDir + u"/agent.log"_s);
    const QDeadlineTimer deadline(5000);
    while (m_pid > 0 && !deadline.hasExpired()) {
        if (QFile::exists(m_socket))
            return true;
        QThread::msleep(20);
    }
    stop();
    return false;
}

bool SshAgent::add(const QString &privateKeyPath)
{
    return runTool(u"ssh-add"_s, {privateKeyPath}, {}, 10000, {u"SSH_AUTH_SOCK=%1"_s.arg(m_socket)})
        .ok();
}

void SshAgent::stop()
{
    if (m_pid <= 0)
        return;
    ::kill(m_pid, SIGKILL);
    reapChild(m_pid, 5000);
    m_pid = -1;
    QFile::remove(m_socket);
}

BlackholeListener::~BlackholeListener()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

bool BlackholeListener::start()
{
    m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    if (::bind(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0
        || ::listen(m_fd, 16) != 0
        || ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&address), &length) != 0)
        return false;
    m_port = ntohs(address.sin_port);
    return true;
}

} // namespace Clusterwright::Test
