// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "deploy/deploycontext.h"

#include <QByteArray>
#include <QString>

namespace Clusterwright {

// kubeadm configuration files. kubeadm.k8s.io/v1beta4 for Kubernetes >= 1.31
// (where kubeletExtraArgs became a name/value list), v1beta3 before. Join files
// carry secrets only as placeholders filled from `credentialsStep`'s outputs.
QString kubeadmApiVersion(const DeployContext &context);
QByteArray kubeadmInitConfig(const DeployContext &context);
QByteArray kubeadmJoinConfig(const DeployContext &context, const Node &node, bool controlPlane,
                             const QString &credentialsStep);
// "${cw:STEP:NAME}", the placeholder for a captured output.
QString outputPlaceholder(const QString &step, const QString &name);

inline constexpr char KubeadmConfigDir[] = "/etc/kubernetes/clusterwright";

} // namespace Clusterwright
