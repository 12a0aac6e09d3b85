// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "deploy/component.h"

#include "ssh/shellquote.h"

using namespace Qt::StringLiterals;

namespace Clusterwright {

QList<NodeArtifact> DeployComponent::artifacts(const DeployContext &context) const
{
    QList<NodeArtifact> all;
    for (const PlanStep &step : steps(context)) {
        for (const FileArtifact &file : step.files)
            all.append({step.node, file});
    }
    return all;
}

QList<std::shared_ptr<const DeployComponent>> builtinComponents()
{
    return {makeKeepalivedComponent(), makeKubeVipComponent(),           makeCiliumComponent(),
            makeFlannelComponent(),    makeUnsupportedCniComponent(),    makeMetalLbComponent(),
            makeNfsStorageComponent(), makeUnsupportedStorageComponent()};
}

RemoteCommand kubectlApply(const QString &path)
{
    RemoteCommand command;
    command.argv = QStringList{u"kubectl"_s, u"--kubeconfig=/etc/kubernetes/admin.conf"_s,
                               u"apply"_s, u"-f"_s, path};
    return command;
}

RemoteCommand shellScript(const QString &script, bool asRoot)
{
    RemoteCommand command;
    command.script = script;
    command.asRoot = asRoot;
    return command;
}

PlanStep unsupportedStep(const QString &id, const QString &node, const QString &title,
                         const QString &message, const QStringList &dependsOn)
{
    PlanStep step;
    step.id = id;
    step.node = node;
    step.phase = Phase::Addons;
    step.title = title;
    step.dependsOn = dependsOn;
    step.unsupported = true;
    step.commands.append(shellScript(
        u"echo %1 >&2; exit 1"_s.arg(shellQuote(u"clusterwright: not supported yet: "_s + message)),
        false));
    return step;
}

} // namespace Clusterwright
