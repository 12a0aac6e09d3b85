// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "fanouthosts.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Clusterwright::Test {
class SshClientSide;
}

// The work of tests/bench/bench_fanout.cpp, done by Clusterwright's runner and
// by the comparison tools (scripts in tests/bench/fanout/).
namespace Clusterwright::Bench {

// Per host: upload f4k, f16k, f64k (random text, the same for every host),
// five `sleep 0.1`, a sha256 read-back compared with the local sums. Host 1
// does all of it first, then the other hosts in parallel.
struct Workload
{
    QString workDir;
    QStringList names{QStringLiteral("f4k"), QStringLiteral("f16k"), QStringLiteral("f64k")};
    QList<QByteArray> contents;
    QStringList sums; // hex sha256 of contents
    QString filesDir; // workDir/files/NAME: the contents, for the tools
    QString sumsFile; // "HASH  NAME" lines, as `sha256sum NAME...` in the remote dir prints
    QString varsFile; // the same as JSON, for Ansible

    bool create(const QString &dir, QString *error);
};

enum class Tool { Clusterwright, ControlMaster, ParallelSsh, Ansible };
QString toolName(Tool tool); // "clusterwright", "controlmaster", "pssh", "ansible"
// Empty when the tool can run here, else why not (a missing package).
QString missingTool(Tool tool);

struct Measurement
{
    bool ok = false;
    QString error;
    double wallSeconds = 0;
    double clientCpuSeconds = 0;
    double hostCpuSeconds = 0;
    QString breakdown; // Clusterwright only: where the time went
};

struct RunSetup
{
    FanoutHosts *hosts = nullptr;
    Test::SshClientSide *client = nullptr;
    const Workload *work = nullptr;
    int parallel = 0; // Clusterwright's RunOptions::parallel; 0: N
    int timeoutMs = 600000;
};

Measurement measure(Tool tool, const RunSetup &setup, int runIndex);

// One Clusterwright connect (TCP, key exchange, host key check, public key
// auth) and disconnect to host 1, `repeat` times: median wall, mean CPU of
// client and sshd (its forked and re-executed children included).
struct Handshake
{
    double wallSeconds = 0;
    double clientCpuSeconds = 0;
    double hostCpuSeconds = 0;
};
Handshake measureHandshake(const RunSetup &setup, int repeat);

// `--profile`: exec, `cat >` with stdin and upload() on one connection to host 1.
void profileOperations(const RunSetup &setup, int count);

} // namespace Clusterwright::Bench
