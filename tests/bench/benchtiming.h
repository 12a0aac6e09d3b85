// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include <QElapsedTimer>
#include <QString>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <functional>
#include <vector>

// Timing for the GUI benches: thread CPU time next to wall time (the build
// machine is shared), medians and maxima, Markdown rows for docs/benchmarks.md.
namespace Clusterwright::Bench {

inline QTextStream out(stdout);

inline double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

struct Sample
{
    double cpu = 0;
    double wall = 0;
    Sample &operator+=(const Sample &o)
    {
        cpu += o.cpu;
        wall += o.wall;
        return *this;
    }
};

inline Sample time(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    const double start = threadCpuMs();
    work();
    return {threadCpuMs() - start, double(timer.nsecsElapsed()) / 1e6};
}

struct Stats
{
    double medianCpu = 0, maxCpu = 0, medianWall = 0, maxWall = 0;
};

inline Stats stats(const std::vector<Sample> &samples)
{
    if (samples.empty())
        return {};
    std::vector<double> cpu, wall;
    for (const Sample &s : samples) {
        cpu.push_back(s.cpu);
        wall.push_back(s.wall);
    }
    std::sort(cpu.begin(), cpu.end());
    std::sort(wall.begin(), wall.end());
    return {cpu[cpu.size() / 2], cpu.back(), wall[wall.size() / 2], wall.back()};
}

inline QString ms(double value)
{
    return QString::number(value, 'f', value < 10 ? 2 : 1);
}

inline void row(const QString &what, const Sample &s, const QString &note = {})
{
    using namespace Qt::StringLiterals;
    out << u"| "_s << what << u" | "_s << ms(s.cpu) << u" | "_s << ms(s.wall) << u" | "_s << note
        << u" |\n"_s;
}

inline void row(const QString &what, const Stats &s, const QString &note = {})
{
    using namespace Qt::StringLiterals;
    out << u"| "_s << what << u" | "_s << ms(s.medianCpu) << u" (max "_s << ms(s.maxCpu)
        << u") | "_s << ms(s.medianWall) << u" (max "_s << ms(s.maxWall) << u") | "_s << note
        << u" |\n"_s;
}

} // namespace Clusterwright::Bench
