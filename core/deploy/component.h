// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "deploy/deploycontext.h"
#include "deploy/plan.h"

#include <QList>
#include <QString>

#include <memory>

namespace Clusterwright {

// A generated file on one node, for `render`.
struct NodeArtifact
{
    QString node;
    FileArtifact file;
};

// One pluggable part of a deployment (CNI, API endpoint, load balancer,
// storage). The planner only knows this interface, so a later change can move
// implementations into plugins unchanged. Steps name their dependencies with
// the DeployContext step ids.
class DeployComponent
{
public:
    virtual ~DeployComponent() = default;
    virtual QString name() const = 0;
    virtual bool appliesTo(const Topology &topology) const = 0;
    virtual QList<PlanStep> steps(const DeployContext &context) const = 0;
    // Every file the steps upload; the default collects them from steps().
    virtual QList<NodeArtifact> artifacts(const DeployContext &context) const;
    // What the component cannot do honestly; shown with the plan.
    virtual QStringList warnings(const DeployContext &) const { return {}; }
};

// The built-in components, in the order their steps are added to a plan.
QList<std::shared_ptr<const DeployComponent>> builtinComponents();

// Factories (endpointcomponents.cpp, addoncomponents.cpp).
std::shared_ptr<const DeployComponent> makeKeepalivedComponent();
std::shared_ptr<const DeployComponent> makeKubeVipComponent();
std::shared_ptr<const DeployComponent> makeCiliumComponent();
std::shared_ptr<const DeployComponent> makeFlannelComponent();
std::shared_ptr<const DeployComponent> makeUnsupportedCniComponent();
std::shared_ptr<const DeployComponent> makeMetalLbComponent();
std::shared_ptr<const DeployComponent> makeNfsStorageComponent();
std::shared_ptr<const DeployComponent> makeUnsupportedStorageComponent();

// Helpers shared by components.
RemoteCommand kubectlApply(const QString &path); // on the first control plane, admin.conf
RemoteCommand shellScript(const QString &script, bool asRoot = true);
PlanStep unsupportedStep(const QString &id, const QString &node, const QString &title,
                         const QString &message, const QStringList &dependsOn);

} // namespace Clusterwright
