// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "fanoutrun.h"

#include "runner/runner.h"
#include "ssh/sshconnection.h"
#include "sshtestutil.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QStandardPaths>

#include <algorithm>
#include <mutex>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace Clusterwright::Bench {

namespace {

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

QString nodeName(int i)
{
    return u"h%1"_s.arg(i + 1, 2, 10, QChar(u'0'));
}

// Every host's files, read locally from its directory, against the originals.
QString checkHostFiles(const FanoutHosts &hosts, const Workload &work)
{
    for (int i = 0; i < hosts.count(); ++i) {
        for (qsizetype f = 0; f < work.names.size(); ++f) {
            QFile file(QDir(hosts.hostDir(i)).filePath(work.names[f]));
            if (!file.open(QIODevice::ReadOnly) || file.readAll() != work.contents[f])
                return u"host %1: %2 missing or wrong"_s.arg(i + 1).arg(work.names[f]);
        }
    }
    return {};
}

SshSettings benchSettings(const Test::SshClientSide &client)
{
    SshSettings settings = client.settings();
    // 49 handshakes at once on two busy cores take seconds, not the tests' 5 s.
    settings.connectTimeout = 60s;
    settings.ioTimeout = 60s;
    settings.connectAttempts = 3;
    return settings;
}

// What the observer saw, for the read-back check and the breakdown.
struct Recorder
{
    std::mutex mutex;
    QElapsedTimer clock;
    QHash<QString, QStringList> readBack;    // node -> sha256sum stdout lines
    QHash<QString, qint64> connecting;       // node -> ms since start
    QHash<QString, qint64> connected;        // node -> ms since start
    QHash<QString, QList<double>> durations; // step kind -> ms
    QHash<QString, qint64> finishedAt;       // node -> ms of its read-back's end

    void add(const RunEvent &event)
    {
        std::lock_guard lock(mutex);
        const qint64 now = clock.elapsed();
        if (const auto *o = std::get_if<StepOutput>(&event)) {
            if (o->stream == OutputStream::StdOut && o->stepId.endsWith(u"/verify"))
                readBack[o->node].append(o->line);
        } else if (const auto *c = std::get_if<NodeChanged>(&event)) {
            if (c->status == NodeStatus::Connecting)
                connecting.insert(c->node, now);
            else if (c->status == NodeStatus::Working && !connected.contains(c->node))
                connected.insert(c->node, now);
        } else if (const auto *f = std::get_if<StepFinished>(&event)) {
            const QString kind = f->stepId.section(u'/', 1).section(u'-', 0, 0);
            const QString group = f->node == nodeName(0) ? u"first "_s : u"rest "_s;
            durations[group + kind].append(double(f->durationMs));
            if (kind == u"verify")
                finishedAt.insert(f->node, now);
        }
    }

    QString breakdown(int n)
    {
        std::lock_guard lock(mutex);
        const QString first = nodeName(0);
        QList<double> connects, starts;
        qint64 last = 0;
        for (int i = 1; i < n; ++i) {
            const QString node = nodeName(i);
            connects.append(double(connected.value(node) - connecting.value(node)));
            starts.append(double(connecting.value(node)));
            last = qMax(last, finishedAt.value(node));
        }
        auto ms = [](double v) { return QString::number(qRound(v)); };
        QString text = u"host 1: connect %1 ms, uploads %2 ms, sleep step %3 ms (median of 5),"
                       " read-back %4 ms; done at %5 ms"_s.arg(
                           ms(double(connected.value(first) - connecting.value(first))),
                           ms(median(durations.value(u"first upload"_s))),
                           ms(median(durations.value(u"first sleep"_s))),
                           ms(median(durations.value(u"first verify"_s))),
                           ms(double(finishedAt.value(first))));
        if (n > 1) {
            std::sort(connects.begin(), connects.end());
            text += u"\n  other %1 (median / max): connect %2 / %3 ms, uploads %4 / %5 ms,"
                    " sleep step %6 / %7 ms, read-back %8 ms; last done at %9 ms"_s.arg(n - 1)
                        .arg(ms(median(connects)), ms(connects.last()),
                             ms(median(durations.value(u"rest upload"_s))),
                             ms(std::ranges::max(durations.value(u"rest upload"_s))),
                             ms(median(durations.value(u"rest sleep"_s))),
                             ms(std::ranges::max(durations.value(u"rest sleep"_s))),
                             ms(median(durations.value(u"rest verify"_s))), ms(double(last)));
        }
        return text;
    }
};

Plan fanoutPlan(int n, const Workload &work, const QString &remoteDir)
{
    Plan plan;
    for (int i = 0; i < n; ++i) {
        const QString node = nodeName(i);
        auto step = [&](const QString &name, const QString &after) {
            PlanStep s;
            s.id = node + u'/' + name;
            s.node = node;
            s.phase = Phase::Prepare;
            s.title = s.id;
            if (!after.isEmpty())
                s.dependsOn << after;
            return s;
        };
        // Host 1 first, then all the others at once.
        PlanStep upload = step(u"upload"_s, i == 0 ? QString() : nodeName(0) + u"/verify"_s);
        for (qsizetype f = 0; f < work.names.size(); ++f) {
            FileArtifact file;
            file.remotePath = remoteDir + u'/' + work.names[f];
            file.content = work.contents[f];
            upload.files.append(file);
        }
        plan.steps.append(upload);
        QString previous = upload.id;
        for (int k = 1; k <= 5; ++k) {
            PlanStep sleep = step(u"sleep-%1"_s.arg(k), previous);
            RemoteCommand command;
            command.argv = QStringList{u"sleep"_s, u"0.1"_s};
            sleep.commands.append(command);
            plan.steps.append(sleep);
            previous = sleep.id;
        }
        PlanStep verify = step(u"verify"_s, previous);
        RemoteCommand sums;
        sums.argv = QStringList{u"sha256sum"_s, u"--"_s};
        for (const QString &name : work.names)
            sums.argv.append(remoteDir + u'/' + name);
        verify.commands.append(sums);
        plan.steps.append(verify);
    }
    QString error;
    if (!sortSteps(&plan.steps, &error))
        qFatal("bad fan-out plan: %s", qPrintable(error));
    return plan;
}

Measurement runClusterwright(const RunSetup &setup, int runIndex)
{
    FanoutHosts &hosts = *setup.hosts;
    const Workload &work = *setup.work;
    const int n = hosts.count();
    QHash<QString, NodeAccess> access;
    for (int i = 0; i < n; ++i) {
        NodeAccess a;
        a.node = nodeName(i);
        a.target = {u"127.0.0.1"_s, hosts.port(i), u"root"_s, setup.client->key()};
        access.insert(a.node, a);
    }
    RunOptions options;
    options.parallel = setup.parallel > 0 ? setup.parallel : n;
    options.outputDir = QDir(work.workDir).filePath(u"cw-n%1-run-%2"_s.arg(n).arg(runIndex));
    Recorder recorder;
    Measurement m;
    hosts.waitIdle(10000);
    const double hostBefore = hosts.cpuSeconds();
    const double cpuBefore = selfCpuSeconds();
    recorder.clock.start();
    RunFinished result;
    {
        DeployRunner runner(
            fanoutPlan(n, work, hosts.remoteDir()), access,
            makeSshTransportFactory(access, benchSettings(*setup.client), setup.client->trusting()),
            options);
        runner.setObserver([&recorder](const RunEvent &event) { recorder.add(event); });
        result = runner.run();
    }
    m.wallSeconds = double(recorder.clock.nsecsElapsed()) / 1e9;
    m.clientCpuSeconds = selfCpuSeconds() - cpuBefore;
    if (!hosts.waitIdle(15000))
        m.error = u"sessions still open 15 s after the run; "_s;
    m.hostCpuSeconds = hosts.cpuSeconds() - hostBefore;
    if (result.outcome != RunOutcome::Succeeded) {
        m.error += result.summary;
        return m;
    }
    for (int i = 0; i < n; ++i) {
        QStringList expected;
        for (qsizetype f = 0; f < work.names.size(); ++f)
            expected << work.sums[f] + u"  "_s + hosts.remoteDir() + u'/' + work.names[f];
        if (recorder.readBack.value(nodeName(i)) != expected)
            m.error += u"host %1: the read-back does not match; "_s.arg(i + 1);
    }
    if (setup.client->hostKeyPrompts > 0)
        m.error += u"a host key was not in known_hosts; "_s;
    m.error += checkHostFiles(hosts, work);
    m.ok = m.error.isEmpty();
    m.breakdown = recorder.breakdown(n);
    return m;
}

Measurement runScript(Tool tool, const RunSetup &setup, int runIndex)
{
    FanoutHosts &hosts = *setup.hosts;
    const Workload &work = *setup.work;
    const QString runDir
        = QDir(work.workDir)
              .filePath(u"%1-n%2-run-%3"_s.arg(toolName(tool)).arg(hosts.count()).arg(runIndex));
    QDir().mkpath(runDir);
    QByteArray ports;
    for (int i = 0; i < hosts.count(); ++i)
        ports += QByteArray::number(hosts.port(i)) + '\n';
    const QString hostsFile = runDir + u"/ports"_s;
    const QString knownHosts = runDir + u"/known_hosts"_s;
    writeFile(hostsFile, ports);
    writeFile(knownHosts, hosts.knownHosts());
    const QString script = QStringLiteral(CW_FANOUT_SCRIPTS) + u'/' + toolName(tool) + u".sh"_s;
    const QStringList env{u"CW_HOSTS="_s + hostsFile,        u"CW_KEY="_s + setup.client->key(),
                          u"CW_KNOWN_HOSTS="_s + knownHosts, u"CW_FILES="_s + work.filesDir,
                          u"CW_DEST="_s + hosts.remoteDir(), u"CW_SUMS="_s + work.sumsFile,
                          u"CW_VARS="_s + work.varsFile,     u"CW_WORK="_s + runDir};
    Measurement m;
    hosts.waitIdle(10000);
    const double hostBefore = hosts.cpuSeconds();
    const ToolRun run = runTool({u"/bin/bash"_s, script}, env, runDir + u"/log"_s, setup.timeoutMs,
                                hosts.listenerPids());
    m.wallSeconds = run.wallSeconds;
    m.clientCpuSeconds = run.cpuSeconds;
    if (!hosts.waitIdle(15000))
        m.error = u"sessions still open 15 s after the run; "_s;
    m.hostCpuSeconds = hosts.cpuSeconds() - hostBefore;
    if (run.exitCode != 0)
        m.error += u"exit code %1: %2"_s.arg(run.exitCode).arg(run.log.right(1500));
    else
        m.error += checkHostFiles(hosts, work);
    m.ok = m.error.isEmpty();
    if (!m.ok) {
        QByteArray logs;
        for (int i = 0; i < hosts.count(); ++i)
            logs += "== host " + QByteArray::number(i + 1) + " port "
                    + QByteArray::number(hosts.port(i)) + '\n' + hosts.log(i).toUtf8();
        writeFile(runDir + u"/sshd-logs"_s, logs);
    }
    return m;
}

} // namespace

bool Workload::create(const QString &dir, QString *error)
{
    workDir = dir;
    filesDir = QDir(dir).filePath(u"files"_s);
    sumsFile = QDir(dir).filePath(u"sums"_s);
    varsFile = QDir(dir).filePath(u"vars.json"_s);
    QDir().mkpath(filesDir);
    contents.clear();
    sums.clear();
    QByteArray sumLines;
    QJsonObject sumMap;
    const QList<int> sizes{4 * 1024, 16 * 1024, 64 * 1024};
    for (qsizetype f = 0; f < names.size(); ++f) {
        // Random text (base64 lines): FileArtifact content is text.
        QByteArray random(sizes[f], Qt::Uninitialized);
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(random.data()),
                                              random.size() / 4);
        QByteArray text;
        const QByteArray encoded = random.toBase64();
        for (qsizetype at = 0; text.size() < sizes[f]; at += 76)
            text += encoded.mid(at, 76) + '\n';
        text.truncate(sizes[f] - 1);
        text += '\n';
        contents.append(text);
        sums.append(QString::fromLatin1(
            QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex()));
        sumLines += sums.last().toLatin1() + "  " + names[f].toUtf8() + '\n';
        sumMap.insert(names[f], sums.last());
        if (!writeFile(QDir(filesDir).filePath(names[f]), text)) {
            *error = u"cannot write %1"_s.arg(names[f]);
            return false;
        }
    }
    const QJsonObject vars{{u"cw_files"_s, filesDir}, {u"cw_sums"_s, sumMap}};
    if (!writeFile(sumsFile, sumLines) || !writeFile(varsFile, QJsonDocument(vars).toJson())) {
        *error = u"cannot write the expected sums"_s;
        return false;
    }
    return true;
}

QString toolName(Tool tool)
{
    switch (tool) {
    case Tool::Clusterwright:
        return u"clusterwright"_s;
    case Tool::ControlMaster:
        return u"controlmaster"_s;
    case Tool::ParallelSsh:
        return u"pssh"_s;
    case Tool::Ansible:
        return u"ansible"_s;
    }
    return {};
}

QString missingTool(Tool tool)
{
    QStringList needed;
    if (tool == Tool::ControlMaster)
        needed << u"ssh"_s << u"bash"_s;
    else if (tool == Tool::ParallelSsh)
        needed << u"parallel-ssh"_s << u"parallel-scp"_s << u"bash"_s;
    else if (tool == Tool::Ansible)
        needed << u"ansible-playbook"_s << u"bash"_s;
    for (const QString &program : std::as_const(needed)) {
        if (QStandardPaths::findExecutable(program).isEmpty())
            return u"%1 not found (Debian package %2; see docs/benchmarks.md)"_s.arg(
                program, tool == Tool::ParallelSsh ? u"pssh"_s
                         : tool == Tool::Ansible   ? u"ansible-core"_s
                                                   : u"openssh-client"_s);
    }
    return {};
}

Measurement measure(Tool tool, const RunSetup &setup, int runIndex)
{
    setup.hosts->clearHostDirs();
    return tool == Tool::Clusterwright ? runClusterwright(setup, runIndex)
                                       : runScript(tool, setup, runIndex);
}

Handshake measureHandshake(const RunSetup &setup, int repeat)
{
    // /proc counts CPU in clock ticks (10 ms): the CPU is the total over all
    // `repeat` connections divided by repeat; the wall time is the median.
    QList<double> wall;
    setup.hosts->waitIdle(10000);
    const double hostBefore = setup.hosts->cpuSeconds();
    const double cpuBefore = selfCpuSeconds();
    for (int r = 0; r < repeat; ++r) {
        QElapsedTimer timer;
        timer.start();
        SshConnection connection(
            {u"127.0.0.1"_s, setup.hosts->port(0), u"root"_s, setup.client->key()},
            benchSettings(*setup.client), setup.client->trusting());
        if (connection.connect())
            return {};
        wall.append(double(timer.nsecsElapsed()) / 1e9);
    }
    const double client = selfCpuSeconds() - cpuBefore;
    setup.hosts->waitIdle(10000);
    const double host = setup.hosts->cpuSeconds() - hostBefore;
    return {median(wall), client / repeat, host / repeat};
}

} // namespace Clusterwright::Bench
