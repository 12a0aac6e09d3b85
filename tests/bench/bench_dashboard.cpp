// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
// The deploy dashboard's cost on the GUI thread during a large rehearsal. A plannable
// N-node cluster is rehearsed through DeployRunner with the simulated transport (no
// network) far faster than the UI does it, every event stamped on arrival; the events are
// then replayed into a real MainWindow (design open, dashboard dock shown, offscreen) in
// the controller's 50 ms batches on the time line of a rehearsal at the UI's default
// speed (10x), refreshed as the dashboard's timers would. Thread CPU time is reported next
// to wall time: the build machine is shared. Prints Markdown tables for docs/benchmarks.md.
// Usage: bench_dashboard [--split] [--timeline] [nodes...]   (default: 50 200)
#include "benchtiming.h"

#include "app/mainwindow.h"
#include "canvas/designscene.h"
#include "dashboard/dashboardwidget.h"
#include "dashboard/failurepanel.h"
#include "dashboard/runcharts.h"
#include "dashboard/runmodel.h"
#include "deploy/deploycontroller.h"
#include "deploy/plan.h"
#include "format/topologyformat.h"
#include "model/topologydocument.h"
#include "runner/runner.h"
#include "runner/simulatedtransport.h"

#include <QApplication>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <condition_variable>
#include <ctime>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Clusterwright::Bench;

namespace Clusterwright {
namespace {

constexpr double RecordScale = 0.002; // the recording runs 500x faster than realistic
constexpr double UiScale = 0.1;       // PlanPreviewDialog's default: 10x realistic
constexpr qint64 BatchMs = 50;        // DeployController's drain interval
constexpr qint64 RefreshMs = 150;     // DashboardWidget's refresh timer
constexpr qint64 TickerMs = 1000;     // ... and its ticker while nothing arrives
constexpr int RecordLimitS = 300;     // the recording is cancelled after this

QString v4(int host)
{
    return u"10.20.%1.%2"_s.arg(host / 256).arg(host % 256);
}

// 3 control planes and n-3 workers on one /22, an API VIP over the control planes.
Topology makeCluster(int n)
{
    Topology t;
    t.metadata.name = u"dashboard-%1"_s.arg(n);
    t.cluster.controlPlaneEndpoint = u"api"_s;
    const int hosts = std::max(3, n / 8);
    for (int i = 0; i < hosts; ++i)
        t.hosts << Host{u"pve-%1"_s.arg(i + 1), u"192.168.100.%1"_s.arg(i + 1)};
    t.networks << Network{u"lan"_s, u"10.20.0.0/22"_s, v4(1), {}, 1500, {v4(1)}};
    for (int i = 0; i < n; ++i) {
        Node node;
        const bool cp = i < 3;
        node.name = cp ? u"cp-%1"_s.arg(i + 1) : u"wk-%1"_s.arg(i - 2);
        node.roles = {cp ? Role::ControlPlane : Role::Worker};
        node.host = t.hosts[i % hosts].name;
        node.cpus = cp ? 4 : 8;
        node.memoryMiB = cp ? 8192 : 16384;
        node.interfaces << Interface{u"lan"_s, v4(10 + i)};
        node.ssh.user = u"admin"_s;
        t.nodes << node;
    }
    t.vips << Vip{u"api"_s, VipPurpose::ApiEndpoint, u"lan"_s, v4(5), {}, VipProvider::KubeVip};
    return t;
}

struct Stamped
{
    qint64 atUs; // since the run started, on the recording's clock
    RunEvent event;
};

// Rehearses the plan in this process exactly as the controller's worker does.
std::vector<Stamped> record(const Plan &plan, const QHash<QString, NodeAccess> &access,
                            const QString &outputDir, double *wallS)
{
    SimulationOptions simulation;
    simulation.timeScale = RecordScale;
    for (const PlanStep &step : plan.steps) {
        if (!step.guard.isEmpty())
            simulation.guards.append(step.guard);
    }
    RunOptions options;
    options.outputDir = outputDir;
    DeployRunner runner(plan, access, makeSimulatedTransportFactory(access, simulation), options);
    std::mutex mutex;
    std::vector<Stamped> events;
    QElapsedTimer clock;
    runner.setObserver([&](const RunEvent &event) {
        std::lock_guard lock(mutex);
        events.push_back({clock.nsecsElapsed() / 1000, event});
    });
    // Bounded: a watchdog cancels a run that does not end.
    std::mutex watch; // not the observer's: cancel() may report events
    std::condition_variable over;
    bool done = false;
    std::thread watchdog([&] {
        std::unique_lock lock(watch);
        if (!over.wait_for(lock, std::chrono::seconds(RecordLimitS), [&] { return done; }))
            runner.cancel();
    });
    clock.start();
    runner.run();
    *wallS = double(clock.elapsed()) / 1e3;
    {
        std::lock_guard lock(watch);
        done = true;
    }
    over.notify_all();
    watchdog.join();
    return events;
}

// The recording's times and durations on the time line of a 10x rehearsal.
qint64 toUi(qint64 recordedMs)
{
    return qint64(double(recordedMs) * UiScale / RecordScale);
}

void rescale(RunEvent *event)
{
    if (auto *f = std::get_if<StepFinished>(event))
        f->durationMs = toUi(f->durationMs);
    else if (auto *r = std::get_if<RunFinished>(event))
        r->durationMs = toUi(r->durationMs);
}

struct Batch
{
    qint64 slot; // 50 ms slot on the UI time line
    QList<RunEvent> events;
};

int bench(int nodeCount, bool split, bool timeline)
{
    const Topology topology = makeCluster(nodeCount);
    const PlanResult planned = buildPlan(topology);
    if (!planned.ok()) {
        for (const Finding &f : planned.blocking)
            out << u"does not plan: "_s << f.message << Qt::endl;
        return 1;
    }
    const Plan &plan = *planned.plan;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"dashboard-%1.cw.yaml"_s.arg(nodeCount));
    QString error;
    if (!saveTopologyFile(topology, path, &error)) {
        out << error << Qt::endl;
        return 1;
    }

    // 1. Record.
    double recordS = 0;
    std::vector<Stamped> recorded = record(plan, accessFromTopology(topology),
                                           DeployController::rehearsalDirFor(path), &recordS);
    RunFinished result;
    QList<Batch> batches;
    for (Stamped &s : recorded) {
        rescale(&s.event);
        if (const auto *r = std::get_if<RunFinished>(&s.event))
            result = *r;
        const qint64 slot = toUi(s.atUs) / 1000 / BatchMs;
        if (batches.isEmpty() || batches.last().slot != slot)
            batches.append(Batch{slot, {}});
        batches.last().events.append(s.event);
    }
    if (batches.isEmpty())
        return 1;
    const qint64 runMs = (batches.last().slot + 1) * BatchMs;
    out << u"\n### "_s << nodeCount << u" nodes\n\n"_s << plan.steps.size() << u" plan steps, "_s
        << recorded.size() << u" events ("_s
        << QString::number(double(recorded.size()) / nodeCount, 'f', 1) << u" per node), outcome "_s
        << toString(result.outcome) << u"; recorded in "_s << QString::number(recordS, 'f', 1)
        << u" s at 500x; replayed as a "_s << QString::number(runMs / 60000.0, 'f', 1)
        << u" min rehearsal at 10x ("_s << QString::number(runMs / 6000.0, 'f', 0)
        << u" min realistic), "_s << batches.size() << u" non-empty batches; "_s << CW_BUILD_TYPE
        << u" build, window 1600x1000.\n\n"_s;

    // 2. The window with the design open and the dashboard dock shown.
    TopologyDocument document;
    MainWindow window(&document);
    window.resize(1600, 1000);
    window.show();
    if (!window.openFile(path))
        return 1;
    DashboardWidget *dashboard = window.dashboard();
    if (auto *dock = window.findChild<QDockWidget *>(u"dashboardDock"_s))
        dock->show();
    if (timeline) // the worst case: the charts' tab in view, refreshed live
        dashboard->tabs()->setCurrentIndex(1);
    QCoreApplication::processEvents();
    qint64 nowMs = 0;
    dashboard->model()->setClock([&nowMs] { return nowMs; });
    auto paint = [] { QCoreApplication::processEvents(); }; // the update requests: repaints

    std::vector<Sample> adds, refreshes, repaints, progress, gantt, comparison, canvas;
    Sample total, first, longest; // first: beginRun and the run's first batch
    int slowFrames = 0;           // refresh + repaint over 16 ms
    qint64 lastRefresh = 0;
    bool pending = false;
    qsizetype next = 0;
    for (qint64 slot = 0; slot <= batches.last().slot; ++slot) { // bounded by the recording
        nowMs = (slot + 1) * BatchMs;
        Sample stall;
        if (next < batches.size() && batches[next].slot == slot) {
            const QList<RunEvent> &events = batches[next++].events;
            Sample add = time([&] {
                for (const RunEvent &event : events) {
                    if (const auto *run = std::get_if<RunStarted>(&event)) { // started()
                        dashboard->beginRun(*run, true, &plan);
                        dashboard->failurePanel()->setAccess(accessFromTopology(topology));
                    }
                }
                dashboard->addEvents(events);
            });
            (adds.empty() && first.wall == 0 ? first : adds.emplace_back()) = add;
            stall += add;
            pending = true;
        }
        const bool due = (slot % (RefreshMs / BatchMs) == RefreshMs / BatchMs - 1 && pending)
                         || nowMs - lastRefresh >= TickerMs;
        if (due && next < batches.size()) { // the last batch is handled with finishRun
            if (split) {
                // The views one by one first; refreshNow then finds them up to date.
                progress.push_back(
                    time([&] { dashboard->progressChart()->refresh(*dashboard->model()); }));
                gantt.push_back(
                    time([&] { dashboard->ganttChart()->refresh(*dashboard->model()); }));
                comparison.push_back(
                    time([&] { dashboard->comparisonChart()->refresh(*dashboard->model()); }));
                canvas.push_back(
                    time([&] { window.scene()->setRunStates(dashboard->runStates()); }));
                for (const auto *part : {&progress, &gantt, &comparison, &canvas})
                    stall += part->back();
            }
            const Sample refresh = time([&] { dashboard->refreshNow(); });
            const Sample repaint = time(paint);
            refreshes.push_back(refresh);
            repaints.push_back(repaint);
            slowFrames += refresh.wall + repaint.wall > 16 ? 1 : 0;
            stall += refresh;
            stall += repaint;
            lastRefresh = nowMs;
            pending = false;
        }
        total += stall;
        if (slot > batches.first().slot) // the first batch has its own row
            longest = {std::max(longest.cpu, stall.cpu), std::max(longest.wall, stall.wall)};
    }
    // 3. The end: finished(), the final refresh and its frame, then the report.
    const Sample finish = time([&] {
        dashboard->finishRun(result);
        dashboard->refreshNow();
        paint();
    });
    total += finish;
    const QString report = dir.filePath(u"report.html"_s);
    const Sample exported = time([&] { dashboard->exportReport(report, &error); });

    out << u"| Step | Thread CPU ms | Wall ms | Note |\n|---|---|---|---|\n"_s;
    row(u"First batch: beginRun + addEvents"_s, first, u"once per run"_s);
    row(u"addEvents, per batch"_s, stats(adds), u"%1 more batches of 50 ms"_s.arg(adds.size()));
    row(split ? u"refreshNow, rest: header, node table, failure, result"_s
              : u"refreshNow, per refresh"_s,
        stats(refreshes),
        u"%1 refreshes (150 ms timer, 1 s ticker); %2 with their repaint over 16 ms"_s
            .arg(refreshes.size())
            .arg(slowFrames));
    if (split) {
        row(u"of which the progress chart"_s, stats(progress));
        row(u"of which the Gantt chart"_s, stats(gantt));
        row(u"of which the step comparison"_s, stats(comparison));
        row(u"of which the canvas mirror"_s, stats(canvas), u"runStates + setRunStates"_s);
    }
    row(u"Repaint after a refresh"_s, stats(repaints), u"the event loop's paint events"_s);
    row(u"**Longest GUI-thread block after the first batch**"_s, longest,
        u"max of batch + refresh + repaint in one 50 ms slot; target < 100 ms"_s);
    row(u"finishRun + final refresh + repaint"_s, finish);
    row(u"Export the run report (HTML)"_s, exported,
        u"%1 KiB, with the diagram"_s.arg(QFileInfo(report).size() / 1024));
    row(u"**Whole run, GUI thread**"_s, total,
        u"%1% of the %2 s run (CPU), %3% (wall)"_s.arg(100.0 * total.cpu / double(runMs), 0, 'f', 2)
            .arg(runMs / 1000)
            .arg(100.0 * total.wall / double(runMs), 0, 'f', 2));
    out.flush();
    return 0;
}

} // namespace
} // namespace Clusterwright

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"Clusterwright"_s);
    QCoreApplication::setApplicationName(u"bench_dashboard"_s);
    QSettings().clear();

    bool split = false, timeline = false;
    QList<int> sizes;
    for (const QString &arg : QCoreApplication::arguments().mid(1)) {
        if (arg == u"--split"_s)
            split = true;
        else if (arg == u"--timeline"_s)
            timeline = true;
        else if (arg.toInt() >= 4)
            sizes.append(arg.toInt());
    }
    if (sizes.isEmpty())
        sizes = {50, 200};
    Clusterwright::Bench::out << u"Dashboard benchmark"_s
                              << (split ? u" (views timed one by one)"_s : QString())
                              << (timeline ? u", Timeline tab in view"_s : QString()) << u"\n"_s;
    for (int n : sizes) {
        if (const int failed = Clusterwright::bench(n, split, timeline))
            return failed;
    }
    return 0;
}
