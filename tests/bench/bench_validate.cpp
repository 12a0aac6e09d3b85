// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
// How long validateTopology() takes on large designs, and whether it grows as
// n log n: medians of several runs at 1k/10k/100k nodes, ns per node, and the
// overlap rules timed at n and 2n. Prints a Markdown table for docs/benchmarks.md.
#include "topologygenerator.h"

#include "net/iprange.h"
#include "validation/faulttolerance.h"
#include "validation/validator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSysInfo>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <ctime>
#include <functional>
#include <vector>

using namespace Clusterwright;
using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);

struct Timing
{
    double medianMs = 0; // thread CPU time: other processes on the machine don't count
    double minMs = 0;
    double medianWallMs = 0;
};

double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

Timing measure(int runs, const std::function<void()> &work)
{
    work(); // warm-up: page in code and allocator arenas
    std::vector<double> cpu;
    std::vector<double> wall;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const double start = threadCpuMs();
        work();
        cpu.push_back(threadCpuMs() - start);
        wall.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(cpu.begin(), cpu.end());
    std::sort(wall.begin(), wall.end());
    return {cpu[cpu.size() / 2], cpu.front(), wall[wall.size() / 2]};
}

QString cpuModel()
{
    QFile file(u"/proc/cpuinfo"_s);
    if (file.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : file.readAll().split('\n')) {
            if (line.startsWith("model name"))
                return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
        }
    }
    return QSysInfo::currentCpuArchitecture();
}

QString ms(double value)
{
    return QString::number(value, 'f', value < 10 ? 2 : 1);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // --quick: skip 100k; --nodes N: only that size (for perf/callgrind runs).
    const QStringList args = app.arguments();
    const bool quick = args.contains(u"--quick"_s);
    const qsizetype nodesAt = args.indexOf(u"--nodes"_s);
    const int onlyNodes = nodesAt > 0 ? args.value(nodesAt + 1).toInt() : 0;

    out << "## validateTopology\n\n"
        << "Machine: " << cpuModel() << ", " << QThread::idealThreadCount() << " threads, "
        << QSysInfo::prettyProductName() << ", Qt " << qVersion() << ", build " << CW_BUILD_TYPE
        << "\n\n"
        << "Times are thread CPU time (median and min of several runs); wall-clock medians,\n"
           "which include whatever else the machine was doing, in the last column.\n\n"
        << "| nodes | networks | VIP ranges | findings | median ms | min ms | ns/node "
           "| fault tolerance ms | FD rules ms | wall median ms |\n"
        << "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n";
    out.flush();

    struct Size
    {
        int nodes;
        int runs;
    };
    std::vector<Size> sizes{{1'000, 21}, {10'000, 11}};
    if (!quick)
        sizes.push_back({100'000, 5});
    if (onlyNodes > 0)
        sizes = {{onlyNodes, 5}};
    double headlineMs = 0;
    for (const Size &size : sizes) {
        const Topology topology = generateTopology({size.nodes, 42});
        qsizetype findings = 0;
        const Timing all
            = measure(size.runs, [&] { findings = validateTopology(topology).findings.size(); });
        const Timing fault = measure(size.runs, [&] { analyzeFaultTolerance(topology); });
        const Timing domains = measure(size.runs, [&] {
            QList<Finding> findings;
            checkFailureDomains(topology, findings);
        });
        if (size.nodes == 10'000)
            headlineMs = all.medianMs;
        out << "| " << size.nodes << " | " << topology.networks.size() << " | "
            << topology.vips.size() - 1 << " | " << findings << " | " << ms(all.medianMs) << " | "
            << ms(all.minMs) << " | " << qRound(all.medianMs * 1e6 / size.nodes) << " | "
            << ms(fault.medianMs) << " | " << ms(domains.medianMs) << " | " << ms(all.medianWallMs)
            << " |\n";
        out.flush();
    }

    // Doubling n should cost a little more than twice (n log n); four times
    // means a quadratic loop crept into the overlap rules.
    out << "\n## Overlap rules at n and 2n (networks and pools only, 1 in 50 overlapping)\n\n"
        << "| n | validate ms | ratio 2n/n | overlappingPairs ms | ratio 2n/n |\n"
        << "|---:|---:|---:|---:|---:|\n";
    bool quadratic = false;
    for (const int n : onlyNodes > 0 ? std::vector<int>{} : std::vector<int>{5'000, 20'000}) {
        double previousValidate = 0;
        double previousPairs = 0;
        for (const int count : {n, 2 * n}) {
            const Topology plan = generateAddressPlan(count, 7);
            QList<IpRange> ranges;
            for (const Vip &vip : plan.vips)
                ranges << *IpRange::parse(vip.range);
            const double validate = measure(7, [&] { validateTopology(plan); }).medianMs;
            const double pairs = measure(7, [&] { overlappingPairs(ranges); }).medianMs;
            out << "| " << count << " | " << ms(validate) << " | "
                << (previousValidate > 0 ? QString::number(validate / previousValidate, 'f', 2)
                                         : u"-"_s)
                << " | " << ms(pairs) << " | "
                << (previousPairs > 0 ? QString::number(pairs / previousPairs, 'f', 2) : u"-"_s)
                << " |\n";
            if (previousValidate > 0 && validate / previousValidate > 3.2)
                quadratic = true;
            previousValidate = validate;
            previousPairs = pairs;
        }
    }
    out << '\n'
        << "headline: 10,000 nodes / 1,000 networks / 1,000 VIP ranges: " << ms(headlineMs)
        << " ms median (" << (headlineMs < 100 ? "under" : "OVER") << " the 100 ms budget)\n";
    if (quadratic)
        out << "WARNING: the overlap rules grow faster than n log n\n";
    out.flush();
    return 0;
}
