// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "cli/cli.h"
#include "cli/deploycommands.h"
#include "cli/deployconsole.h"

#include "runner/runner.h"

#include <QDir>
#include <QTextStream>

#include <csignal>
#include <cstdio>
#include <thread>

using namespace Qt::StringLiterals;

namespace Clusterwright {
namespace {

volatile sig_atomic_t g_interrupted = 0;

extern "C" void onSigint(int)
{
    g_interrupted = 1;
    std::signal(SIGINT, SIG_DFL); // a second Ctrl+C ends the process at once
}

bool confirm(const Plan &plan, int nodes, CliIo &io)
{
    io.out << "This changes " << nodes << " machines (" << plan.steps.size()
           << " steps; `clusterwright plan` shows them). Deploy? [y/N] " << Qt::flush;
    char line[16] = {};
    if (!std::fgets(line, sizeof line, stdin))
        return false;
    return line[0] == 'y' || line[0] == 'Y';
}

} // namespace

int runDeploy(const QStringList &arguments, CliIo &io)
{
    ParsedArguments args;
    if (!parseArguments(arguments, {u"resume"_s, u"yes"_s, u"accept-new-host-keys"_s, u"verbose"_s},
                        {u"parallel"_s, u"replace-host-key"_s}, &args, io))
        return ExitUsage;
    bool parallelOk = true;
    const int parallel = args.values.value(u"parallel"_s, u"30"_s).toInt(&parallelOk);
    if (!parallelOk || parallel < 1 || parallel > 1000) {
        io.err << "deploy: --parallel needs a number from 1 to 1000" << Qt::endl;
        return ExitUsage;
    }
    int exitCode = ExitOk;
    std::optional<Topology> topology;
    std::optional<Plan> plan = loadPlan(u"deploy"_s, args, io, &exitCode, &topology);
    if (!plan)
        return exitCode;

    RunOptions options;
    options.parallel = parallel;
    options.outputDir = DeployRunner::runDirectoryFor(args.positional.first());
    if (args.flags.contains(u"resume"_s)) {
        options.resumeJournal = DeployRunner::latestJournal(options.outputDir);
        if (options.resumeJournal.isEmpty()) {
            io.err << "deploy: nothing to resume: no journal in " << options.outputDir << Qt::endl;
            return ExitUsage;
        }
    }
    const QHash<QString, NodeAccess> access = accessFromTopology(*topology);
    if (!args.flags.contains(u"yes"_s)) {
        if (!DeployConsole::stdinIsTerminal()) {
            io.err << "deploy: this changes machines; pass --yes to confirm (no terminal to ask)"
                   << Qt::endl;
            return ExitUsage;
        }
        if (!confirm(*plan, int(access.size()), io))
            return ExitFindings;
    }

    DeployConsole console(io.out, io.err, args.flags.contains(u"verbose"_s));
    const bool acceptNew = args.flags.contains(u"accept-new-host-keys"_s);
    SshCallbacks callbacks;
    callbacks.hostKey = [acceptNew](const HostKeyPrompt &) {
        return acceptNew ? HostKeyDecision::AcceptAndSave : HostKeyDecision::Reject;
    };
    callbacks.secret = [&console](const SecretPrompt &prompt) { return console.askSecret(prompt); };
    const QStringList replace
        = args.values.value(u"replace-host-key"_s).split(u',', Qt::SkipEmptyParts);
    // libssh finds ~ through the password database; the user's $HOME is what they mean.
    SshSettings settings;
    settings.sshDir = QDir::homePath() + u"/.ssh"_s;
    DeployRunner runner(std::move(*plan), access,
                        makeSshTransportFactory(access, settings, callbacks, 8, replace), options);
    runner.setObserver([&console](const RunEvent &event) { console.post(event); });

    RunFinished result;
    g_interrupted = 0;
    auto previous = std::signal(SIGINT, onSigint);
    std::thread worker([&] {
        result = runner.run();
        console.finished();
    });
    console.loop(&g_interrupted, [&runner] { runner.cancel(); });
    worker.join();
    std::signal(SIGINT, previous);
    if (result.outcome != RunOutcome::Succeeded) {
        io.err << "Resume with: clusterwright deploy " << args.positional.first() << " --resume"
               << (acceptNew ? " --accept-new-host-keys" : "") << Qt::endl;
        return ExitFindings;
    }
    return ExitOk;
}

} // namespace Clusterwright
