// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
// The deploy fan-out benchmark (issue 5, "Speed"): N real sshd test hosts on
// 127.0.0.1, per host 3 uploads (4/16/64 KiB), 5 x `sleep 0.1` and a sha256
// read-back, host 1 first and then the rest in parallel; Clusterwright's runner
// against an OpenSSH ControlMaster loop, parallel-ssh and Ansible doing the
// same work in the same run. Wall time, CPU (client + test hosts) and the
// physical limit; prints a Markdown table for docs/benchmarks.md. Needs root.
//
//   bench_fanout [--n 3,20,50] [--repeat 3] [--only clusterwright,controlmaster,pssh,ansible]
//                [--parallel P] [--breakdown] [--timeout SECONDS] [--keep]
//   bench_fanout --profile --n 1   (one connection: what each operation costs)
#include "fanoutrun.h"
#include "sshtestutil.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QMap>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>

#include <unistd.h>

using namespace Clusterwright;
using namespace Clusterwright::Bench;
using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);
QTextStream err(stderr);

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

struct Series
{
    QList<double> wall, client, host;
    int failed = 0;
    QString skipped; // why the tool did not run
    QStringList breakdowns;
    double cpuPerHostMs(int n) const { return (median(client) + median(host)) * 1000.0 / n; }
};

QString num(double v, int decimals = 2)
{
    return QString::number(v, 'f', decimals);
}

QString optionValue(const QStringList &args, const QString &name, const QString &fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.contains(u"--help"_s) || args.contains(u"-h"_s)) {
        out << "usage: bench_fanout [--n 3,20,50] [--repeat 3] [--only TOOL,...] [--parallel P]"
               " [--breakdown] [--timeout SECONDS] [--keep]\n       bench_fanout --profile --n 1   "
               "(one connection: what each operation costs)\n  tools: clusterwright controlmaster "
               "pssh"
               " ansible\n";
        return 0;
    }
    if (const QString why = Test::missingPrerequisite(); !why.isEmpty()) {
        err << "bench_fanout: skipped: " << why << Qt::endl;
        return 0;
    }
    QList<int> sizes;
    for (const QString &n : optionValue(args, u"--n"_s, u"3,20,50"_s).split(u','))
        sizes.append(qMax(1, n.toInt()));
    const int repeat = qMax(1, optionValue(args, u"--repeat"_s, u"3"_s).toInt());
    const QStringList only = optionValue(args, u"--only"_s, {}).split(u',', Qt::SkipEmptyParts);
    const bool breakdown = args.contains(u"--breakdown"_s);
    RunSetup setup;
    setup.parallel = optionValue(args, u"--parallel"_s, u"0"_s).toInt();
    setup.timeoutMs = optionValue(args, u"--timeout"_s, u"600"_s).toInt() * 1000;
    QList<Tool> tools;
    for (Tool tool : {Tool::Clusterwright, Tool::ControlMaster, Tool::ParallelSsh, Tool::Ansible})
        if (only.isEmpty() || only.contains(toolName(tool)))
            tools.append(tool);

    enableSubreaper();
    raiseLimits();
    Test::SshClientSide client;
    QTemporaryDir workDir;
    if (args.contains(u"--keep"_s)) {
        workDir.setAutoRemove(false);
        err << "bench_fanout: keeping " << workDir.path() << Qt::endl;
    }
    Workload work;
    QString error;
    if (!client.isValid() || !workDir.isValid() || !work.create(workDir.path(), &error)) {
        err << "bench_fanout: cannot set up: " << error << Qt::endl;
        return 1;
    }
    setup.client = &client;
    setup.work = &work;
    const int cores = int(sysconf(_SC_NPROCESSORS_ONLN));
    const QString loadBefore = loadAverage();
    const QString started = QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-dd HH:mm"_s);

    struct Row
    {
        int n = 0;
        Handshake handshake;
        double limit = 0;
        QMap<int, Series> series; // by Tool
    };
    QList<Row> rows;
    for (int n : std::as_const(sizes)) {
        Row row;
        row.n = n;
        FanoutHosts hosts;
        err << "N=" << n << ": starting " << n << " sshd test hosts..." << Qt::endl;
        if (!hosts.start(n, client.key() + u".pub"_s, &error)) {
            err << "bench_fanout: " << error << Qt::endl;
            return 1;
        }
        QFile knownHosts(client.userKnownHosts());
        if (!knownHosts.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || knownHosts.write(hosts.knownHosts()) <= 0) {
            err << "bench_fanout: cannot write known_hosts" << Qt::endl;
            return 1;
        }
        knownHosts.close();
        setup.hosts = &hosts;
        row.handshake = measureHandshake(setup, 10);
        if (args.contains(u"--profile"_s)) {
            profileOperations(setup, 20);
            return 0;
        }
        // One connection and the serial work (5 x 0.1 s of sleep plus ~0.1 s
        // for the uploads and the read-back), twice (host 1, then the rest),
        // plus the CPU of the other N-1 handshakes spread over every core.
        const Handshake &h = row.handshake;
        row.limit = 2 * (h.wallSeconds + 0.6)
                    + (n - 1) * (h.clientCpuSeconds + h.hostCpuSeconds) / qMax(1, cores);
        for (Tool tool : std::as_const(tools))
            row.series[int(tool)].skipped = missingTool(tool);
        for (int r = 0; r < repeat; ++r) {
            for (Tool tool : std::as_const(tools)) {
                Series &s = row.series[int(tool)];
                if (!s.skipped.isEmpty())
                    continue;
                const Measurement m = measure(tool, setup, r);
                err << "N=" << n << " run " << r + 1 << "/" << repeat << " " << toolName(tool)
                    << ": " << num(m.wallSeconds) << " s wall, " << num(m.clientCpuSeconds)
                    << " s client CPU, " << num(m.hostCpuSeconds) << " s host CPU, load "
                    << loadAverage() << (m.ok ? QString() : u"  FAILED: "_s + m.error) << Qt::endl;
                if (!m.ok) {
                    ++s.failed;
                    continue;
                }
                s.wall.append(m.wallSeconds);
                s.client.append(m.clientCpuSeconds);
                s.host.append(m.hostCpuSeconds);
                if (!m.breakdown.isEmpty())
                    s.breakdowns.append(m.breakdown);
                if (breakdown && !m.breakdown.isEmpty())
                    err << "  " << m.breakdown << Qt::endl;
            }
        }
        rows.append(row);
    }

    out << "\n## Deploy fan-out (" << started << " UTC, " << cores << " cores, load average "
        << loadBefore << " before, " << loadAverage() << " after; median of " << repeat << ")\n\n";
    out << "| N | tool | wall s | min-max s | x limit | client CPU s | hosts CPU s | CPU/host ms"
           " | failed runs |\n|---:|---|---:|---:|---:|---:|---:|---:|---:|\n";
    for (const Row &row : std::as_const(rows)) {
        out << "| " << row.n << " | *limit* | " << num(row.limit) << " | | 1.00 | | | | |\n";
        for (auto it = row.series.cbegin(); it != row.series.cend(); ++it) {
            const Series &s = it.value();
            const QString name = toolName(Tool(it.key()));
            if (!s.skipped.isEmpty()) {
                out << "| " << row.n << " | " << name << " | skipped: " << s.skipped
                    << " | | | | | | |\n";
                continue;
            }
            if (s.wall.isEmpty()) {
                out << "| " << row.n << " | " << name << " | all runs failed | | | | | | "
                    << s.failed << " |\n";
                continue;
            }
            out << "| " << row.n << " | " << name << " | " << num(median(s.wall)) << " | "
                << num(*std::ranges::min_element(s.wall)) << "-"
                << num(*std::ranges::max_element(s.wall)) << " | "
                << num(median(s.wall) / row.limit) << " | " << num(median(s.client)) << " | "
                << num(median(s.host)) << " | " << num(s.cpuPerHostMs(row.n), 0) << " | "
                << s.failed << " |\n";
        }
    }
    out << "\nOne handshake (Clusterwright connect + disconnect; median wall, mean CPU of 10):";
    for (const Row &row : std::as_const(rows))
        out << " N=" << row.n << ": " << num(row.handshake.wallSeconds * 1000, 1) << " ms wall, "
            << num(row.handshake.clientCpuSeconds * 1000, 1) << " ms client + "
            << num(row.handshake.hostCpuSeconds * 1000, 1) << " ms sshd CPU;";
    out << "\nlimit = 2 x (handshake wall + 0.6 s) + (N-1) x handshake CPU / " << cores
        << " cores\n\nTargets (issue 5):\n";
    for (const Row &row : std::as_const(rows)) {
        const Series cw = row.series.value(int(Tool::Clusterwright));
        if (cw.wall.isEmpty())
            continue;
        const double wall = median(cw.wall);
        if (row.n <= 3)
            out << "- N=" << row.n << ": " << num(wall / row.limit)
                << "x the limit (target <= 1.5x): " << (wall <= 1.5 * row.limit ? "met" : "MISSED")
                << "\n";
        double fastest = 0;
        QString fastestName;
        for (Tool tool : {Tool::ControlMaster, Tool::ParallelSsh, Tool::Ansible}) {
            const Series s = row.series.value(int(tool));
            if (!s.wall.isEmpty() && (fastest == 0 || median(s.wall) < fastest)) {
                fastest = median(s.wall);
                fastestName = toolName(tool);
            }
        }
        if (row.n >= 20 && fastest > 0)
            out << "- N=" << row.n << ": " << num(fastest / wall, 1) << "x faster than the fastest"
                << " other (" << fastestName
                << ", target >= 3x): " << (fastest >= 3 * wall ? "met" : "MISSED") << "\n";
        const Series cm = row.series.value(int(Tool::ControlMaster));
        if (!cm.wall.isEmpty())
            out << "- N=" << row.n << ": CPU per host " << num(cw.cpuPerHostMs(row.n), 0)
                << " ms vs ControlMaster's " << num(cm.cpuPerHostMs(row.n), 0)
                << " ms (target: no higher): "
                << (cw.cpuPerHostMs(row.n) <= cm.cpuPerHostMs(row.n) ? "met" : "MISSED") << "\n";
        if (!cw.breakdowns.isEmpty())
            out << "- N=" << row.n
                << " where Clusterwright's time went (last run): " << cw.breakdowns.last() << "\n";
    }
    out.flush();
    return 0;
}
