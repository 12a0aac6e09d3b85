// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <vector>

#include <sys/types.h>

namespace Clusterwright::Test {
class SshdFixture;
}

// The test hosts and the process accounting of tests/bench/bench_fanout.cpp.
namespace Clusterwright::Bench {

// N OpenSSH sshd servers on 127.0.0.1 (tests/support/sshdfixture.h), each in
// its own mount namespace where its private directory is bind-mounted on one
// common path, remoteDir(): every host has "the same" /srv-like directory, as
// real machines would, and the benchmark can still look at each host's files.
class FanoutHosts
{
public:
    FanoutHosts();
    ~FanoutHosts();

    // Starts `count` hosts authorising `clientPublicKey`; false with *error.
    bool start(int count, const QString &clientPublicKey, QString *error);
    void stop();

    int count() const { return int(m_hosts.size()); }
    int port(int i) const;
    QString remoteDir() const;
    QString hostDir(int i) const; // what host i shows at remoteDir()
    // "[127.0.0.1]:PORT ssh-ed25519 ..." for every host.
    QByteArray knownHosts() const;
    QList<pid_t> listenerPids() const;
    QString log(int i) const; // sshd's log of host i

    // CPU seconds used so far by every sshd listener and all its descendants,
    // live or reaped (utime + stime + cutime + cstime from /proc/PID/stat of
    // each live process in the tree). A process that exits between two reads
    // of the tree can be missed: call waitIdle() first for exact totals.
    double cpuSeconds() const;
    // Until no listener has a child left (every session ended and reaped).
    bool waitIdle(int timeoutMs) const;
    void clearHostDirs() const;

private:
    QTemporaryDir m_dir;
    std::vector<std::unique_ptr<Test::SshdFixture>> m_hosts;
};

// A local tool run (a comparison script), with its CPU: RUSAGE_CHILDREN of
// this process, which is a child subreaper (see enableSubreaper()), so the
// daemonised ssh ControlMaster/ControlPersist processes a tool leaves behind
// are reparented to us, reaped here, and counted too.
struct ToolRun
{
    int exitCode = -1; // -1: did not start, crashed or timed out
    double wallSeconds = 0;
    double cpuSeconds = 0;
    QString log; // the last part of its stdout+stderr
};

void enableSubreaper();
// Raises RLIMIT_NOFILE and RLIMIT_NPROC to their hard limits (N=50 hosts with
// their sessions and the tools' ssh processes).
void raiseLimits();
// Runs argv with `extraEnv` ("VAR=value") added, output to logFile. Children
// of ours in `keep` (the sshd listeners) are never waited for.
ToolRun runTool(const QStringList &argv, const QStringList &extraEnv, const QString &logFile,
                int timeoutMs, const QList<pid_t> &keep);
// User + system CPU seconds of this process so far.
double selfCpuSeconds();
// "6.85 7.11 5.72" from /proc/loadavg.
QString loadAverage();

} // namespace Clusterwright::Bench
