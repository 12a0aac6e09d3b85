// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "fanouthosts.h"

#include "processutil_p.h"
#include "ssh/shellquote.h"
#include "sshdfixture.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QThread>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <spawn.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

using namespace Qt::StringLiterals;

namespace Clusterwright::Bench {

namespace {

double seconds(const timeval &t)
{
    return double(t.tv_sec) + double(t.tv_usec) / 1e6;
}

double childrenCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

// utime + stime + cutime + cstime of one process, in seconds.
double processCpuSeconds(pid_t pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = stat.readAll();
    // Fields after "(comm) ": state is [0], utime [11], stime [12], cutime [13], cstime [14].
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 15)
        return 0;
    const double ticks = double(sysconf(_SC_CLK_TCK));
    double total = 0;
    for (int i = 11; i <= 14; ++i)
        total += fields.at(i).toDouble();
    return total / ticks;
}

// Our children that are not in `keep`.
QList<pid_t> strayChildren(const QList<pid_t> &keep)
{
    QList<pid_t> stray;
    const QList<pid_t> children = Test::Detail::processChildren().value(getpid());
    for (pid_t pid : children) {
        if (!keep.contains(pid))
            stray.append(pid);
    }
    return stray;
}

// Reaps every zombie child of ours that is not in `keep`; true if none is left.
bool reapStrays(const QList<pid_t> &keep)
{
    const QList<pid_t> stray = strayChildren(keep);
    bool alive = false;
    for (pid_t pid : stray) {
        int status = 0;
        if (waitpid(pid, &status, WNOHANG) != pid)
            alive = true;
    }
    return !alive;
}

} // namespace

FanoutHosts::FanoutHosts() = default;

FanoutHosts::~FanoutHosts()
{
    stop();
}

bool FanoutHosts::start(int count, const QString &clientPublicKey, QString *error)
{
    stop();
    if (!m_dir.isValid() || !QDir().mkpath(remoteDir())) {
        *error = u"no temporary directory"_s;
        return false;
    }
    for (int i = 0; i < count; ++i) {
        QDir().mkpath(hostDir(i));
        Test::SshdFixture::Options options;
        // Up to N unauthenticated connections at once (sshd's default
        // MaxStartups 10:30:100 drops some at N=20 and most at N=50).
        options.extraConfig << u"MaxStartups 200:30:400"_s << u"MaxSessions 64"_s;
        options.privateMountSetup << u"mount --bind %1 %2"_s.arg(shellQuote(hostDir(i)),
                                                                 shellQuote(remoteDir()));
        auto host = std::make_unique<Test::SshdFixture>();
        if (!host->start(options) || !host->authorize(clientPublicKey)) {
            *error = u"test host %1: %2"_s.arg(i + 1).arg(host->errorString());
            return false;
        }
        m_hosts.push_back(std::move(host));
    }
    return true;
}

void FanoutHosts::stop()
{
    m_hosts.clear();
}

int FanoutHosts::port(int i) const
{
    return m_hosts.at(size_t(i))->port();
}

QString FanoutHosts::remoteDir() const
{
    return m_dir.filePath(u"remote"_s);
}

QString FanoutHosts::hostDir(int i) const
{
    return m_dir.filePath(u"host-%1"_s.arg(i + 1, 2, 10, QChar(u'0')));
}

QByteArray FanoutHosts::knownHosts() const
{
    QByteArray lines;
    for (const auto &host : m_hosts) {
        QFile key(host->hostPublicKey());
        if (!key.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> parts = key.readAll().trimmed().split(' ');
        if (parts.size() >= 2)
            lines += "[127.0.0.1]:" + QByteArray::number(host->port()) + ' ' + parts[0] + ' '
                     + parts[1] + '\n';
    }
    return lines;
}

QList<pid_t> FanoutHosts::listenerPids() const
{
    QList<pid_t> pids;
    for (const auto &host : m_hosts)
        pids.append(host->pid());
    return pids;
}

QString FanoutHosts::log(int i) const
{
    return m_hosts.at(size_t(i))->log();
}

double FanoutHosts::cpuSeconds() const
{
    // A live process counts with its own time and its reaped children's; its
    // live children count themselves.
    const QHash<pid_t, QList<pid_t>> children = Test::Detail::processChildren();
    double total = 0;
    for (const auto &host : m_hosts) {
        QList<pid_t> stack{host->pid()};
        while (!stack.isEmpty()) {
            const pid_t pid = stack.takeLast();
            total += processCpuSeconds(pid);
            stack.append(children.value(pid));
        }
    }
    return total;
}

bool FanoutHosts::waitIdle(int timeoutMs) const
{
    const QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        const QHash<pid_t, QList<pid_t>> children = Test::Detail::processChildren();
        bool idle = true;
        for (const auto &host : m_hosts)
            idle = idle && children.value(host->pid()).isEmpty();
        if (idle)
            return true;
        if (deadline.hasExpired())
            return false;
        QThread::msleep(20);
    }
}

void FanoutHosts::clearHostDirs() const
{
    for (int i = 0; i < count(); ++i) {
        QDir dir(hostDir(i));
        const QStringList names = dir.entryList(QDir::Files | QDir::Hidden | QDir::System);
        for (const QString &name : names)
            dir.remove(name);
    }
}

void enableSubreaper()
{
    prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0);
}

void raiseLimits()
{
    for (int resource : {RLIMIT_NOFILE, RLIMIT_NPROC}) {
        rlimit limit{};
        if (getrlimit(resource, &limit) == 0) {
            limit.rlim_cur = limit.rlim_max;
            setrlimit(resource, &limit);
        }
    }
}

double selfCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

QString loadAverage()
{
    QFile file(u"/proc/loadavg"_s);
    if (!file.open(QIODevice::ReadOnly))
        return u"?"_s;
    return QString::fromLatin1(file.readAll()).section(u' ', 0, 2);
}

ToolRun runTool(const QStringList &argv, const QStringList &extraEnv, const QString &logFile,
                int timeoutMs, const QList<pid_t> &keep)
{
    ToolRun run;
    QByteArrayList storage;
    std::vector<char *> args;
    std::vector<char *> env;
    for (const QString &arg : argv)
        storage.append(arg.toUtf8());
    for (QByteArray &arg : storage)
        args.push_back(arg.data());
    args.push_back(nullptr);
    QByteArrayList envStorage;
    for (char **e = environ; *e; ++e)
        envStorage.append(QByteArray(*e));
    for (const QString &entry : extraEnv)
        envStorage.append(entry.toUtf8());
    for (QByteArray &entry : envStorage)
        env.push_back(entry.data());
    env.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    const QByteArray log = QFile::encodeName(logFile);
    posix_spawn_file_actions_addopen(&actions, 1, log.constData(), O_WRONLY | O_CREAT | O_TRUNC,
                                     0600);
    posix_spawn_file_actions_adddup2(&actions, 1, 2);
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    posix_spawnattr_setpgroup(&attributes, 0); // its own group: a timeout kills all of it
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP);

    const double cpuBefore = childrenCpuSeconds();
    QElapsedTimer timer;
    timer.start();
    pid_t pid = -1;
    const int spawned = posix_spawn(&pid, args[0], &actions, &attributes, args.data(), env.data());
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
    if (spawned != 0)
        return run;
    int status = 0;
    bool timedOut = false;
    for (;;) {
        const pid_t r = waitpid(pid, &status, WNOHANG);
        if (r == pid || (r < 0 && errno != EINTR))
            break;
        if (timer.elapsed() > timeoutMs && !timedOut) {
            timedOut = true;
            ::kill(-pid, SIGKILL);
        }
        QThread::usleep(1000);
    }
    run.wallSeconds = double(timer.nsecsElapsed()) / 1e9;
    if (!timedOut && WIFEXITED(status))
        run.exitCode = WEXITSTATUS(status);
    // Orphans (ssh masters a tool daemonised) come to us: give them a moment
    // to exit, then end them (they are ours: descendants of what we started).
    const QDeadlineTimer grace(5000);
    while (!reapStrays(keep) && !grace.hasExpired())
        QThread::msleep(5);
    const QList<pid_t> stray = strayChildren(keep);
    for (pid_t straggler : stray)
        ::kill(straggler, SIGTERM);
    const QDeadlineTimer last(2000);
    while (!reapStrays(keep) && !last.hasExpired())
        QThread::msleep(5);
    run.cpuSeconds = childrenCpuSeconds() - cpuBefore;
    QFile file(logFile);
    if (file.open(QIODevice::ReadOnly))
        run.log = QString::fromUtf8(file.readAll().right(3000));
    return run;
}

} // namespace Clusterwright::Bench
