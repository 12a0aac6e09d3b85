// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "cli/command.h"

#include "cli/deploycommands.h"
#include "cli/formatcommands.h"
#include "cli/validatecommands.h"

namespace Clusterwright {

const QList<Command> &commands()
{
    static const QList<Command> all{
        {QStringLiteral("check-format"), QStringLiteral("check-format FILE..."),
         QStringLiteral("Load each file and report format errors (file:line:col)."),
         &runCheckFormat},
        {QStringLiteral("fmt"), QStringLiteral("fmt FILE... [--check]"),
         QStringLiteral("Rewrite files in canonical form; --check only lists the ones that "
                        "would change."),
         &runFmt},
        {QStringLiteral("validate"), QStringLiteral("validate FILE... [OPTIONS]"),
         QStringLiteral("Check designs: findings as file:line:col, then fault tolerance. "
                        "--format text|json|sarif; --severity info|warning|error: exit 1 when "
                        "a finding reaches it (default: error)."),
         &runValidate},
        {QStringLiteral("explain"), QStringLiteral("explain RULE | --list"),
         QStringLiteral("What a rule checks, why it matters and how to fix it."), &runExplain},
        {QStringLiteral("whatif"), QStringLiteral("whatif FILE --fail NAME[,NAME...]"),
         QStringLiteral("What breaks when these nodes or physical hosts fail; exit 1 if "
                        "anything does."),
         &runWhatIf},
        {QStringLiteral("plan"), QStringLiteral("plan FILE"),
         QStringLiteral("Print the deployment plan: steps, nodes, dependencies, commands, files."),
         &runPlan},
        {QStringLiteral("render"), QStringLiteral("render FILE -o DIR"),
         QStringLiteral("Write every generated file per node (kubeadm configs, keepalived.conf, "
                        "manifests, step scripts) for review."),
         &runRender},
        {QStringLiteral("deploy"),
         QStringLiteral("deploy FILE [--parallel N] [--resume] [--yes] [--accept-new-host-keys] "
                        "[--replace-host-key NODE[,NODE]] [--verbose]"),
         QStringLiteral("Deploy the design over SSH; journal and fetched kubeconfig in "
                        "FILE's .deploy/ folder. Exit 1 with a summary of what failed where."),
         &runDeploy},
    };
    return all;
}

} // namespace Clusterwright
