// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "deploy/kubeadmconfig.h"

#include "deploy/yamlwriter.h"

using namespace Qt::StringLiterals;

namespace Clusterwright {
namespace {

const QString CriSocket = u"unix:///run/containerd/containerd.sock"_s;

YamlValue nodeRegistration(const DeployContext &context, const Node &node)
{
    const QString nodeIp = context.advertiseAddress(node);
    YamlValue extraArgs;
    if (context.useKubeadmV1beta4()) {
        extraArgs
            = YamlValue::list({YamlValue::map({{u"name"_s, u"node-ip"_s}, {u"value"_s, nodeIp}})});
    } else {
        extraArgs = YamlValue::map({{u"node-ip"_s, nodeIp}});
    }
    YamlValue registration = YamlValue::map(
        {{u"name"_s, node.name}, {u"criSocket"_s, CriSocket}, {u"kubeletExtraArgs"_s, extraArgs}});
    // A node that is both control plane and worker keeps no taint.
    if (node.hasRole(Role::ControlPlane) && node.hasRole(Role::Worker))
        registration.insert(u"taints"_s, YamlValue::list());
    return registration;
}

YamlValue header(const DeployContext &context, const QString &kind)
{
    return YamlValue::map({{u"apiVersion"_s, kubeadmApiVersion(context)}, {u"kind"_s, kind}});
}

} // namespace

QString outputPlaceholder(const QString &step, const QString &name)
{
    return u"${cw:%1:%2}"_s.arg(step, name);
}

QString kubeadmApiVersion(const DeployContext &context)
{
    return context.useKubeadmV1beta4() ? u"kubeadm.k8s.io/v1beta4"_s : u"kubeadm.k8s.io/v1beta3"_s;
}

QByteArray kubeadmInitConfig(const DeployContext &context)
{
    const Topology &topology = context.topology();
    const Node &first = context.firstControlPlane();

    YamlValue init = header(context, u"InitConfiguration"_s);
    init.insert(u"localAPIEndpoint"_s,
                YamlValue::map({{u"advertiseAddress"_s, context.advertiseAddress(first)},
                                {u"bindPort"_s, 6443}}));
    init.insert(u"nodeRegistration"_s, nodeRegistration(context, first));

    QStringList sans{context.endpointHost()};
    for (const Node *node : context.controlPlanes()) {
        const QString address = context.advertiseAddress(*node);
        if (!sans.contains(address))
            sans.append(address);
    }
    YamlValue cluster = header(context, u"ClusterConfiguration"_s);
    cluster.insert(u"clusterName"_s, topology.metadata.name);
    cluster.insert(u"kubernetesVersion"_s, context.version());
    cluster.insert(u"controlPlaneEndpoint"_s, context.endpoint());
    cluster.insert(u"networking"_s,
                   YamlValue::map({{u"podSubnet"_s, topology.cluster.podCidrs.join(u',')},
                                   {u"serviceSubnet"_s, topology.cluster.serviceCidrs.join(u',')},
                                   {u"dnsDomain"_s, topology.cluster.dnsDomain}}));
    cluster.insert(u"apiServer"_s, YamlValue::map({{u"certSANs"_s, YamlValue::stringList(sans)}}));

    QList<YamlValue> documents{init, cluster};
    if (topology.cluster.kubeProxy == KubeProxyMode::Ipvs) {
        documents.append(YamlValue::map({{u"apiVersion"_s, u"kubeproxy.config.k8s.io/v1alpha1"_s},
                                         {u"kind"_s, u"KubeProxyConfiguration"_s},
                                         {u"mode"_s, u"ipvs"_s}}));
    }
    return YamlWriter::write(documents);
}

QByteArray kubeadmJoinConfig(const DeployContext &context, const Node &node, bool controlPlane,
                             const QString &credentialsStep)
{
    YamlValue join = header(context, u"JoinConfiguration"_s);
    join.insert(
        u"discovery"_s,
        YamlValue::map(
            {{u"bootstrapToken"_s,
              YamlValue::map({{u"apiServerEndpoint"_s, context.endpoint()},
                              {u"token"_s, outputPlaceholder(credentialsStep, u"join-token"_s)},
                              {u"caCertHashes"_s, YamlValue::stringList({outputPlaceholder(
                                                      credentialsStep, u"ca-cert-hash"_s)})}})}}));
    join.insert(u"nodeRegistration"_s, nodeRegistration(context, node));
    if (controlPlane) {
        join.insert(
            u"controlPlane"_s,
            YamlValue::map(
                {{u"localAPIEndpoint"_s,
                  YamlValue::map({{u"advertiseAddress"_s, context.advertiseAddress(node)},
                                  {u"bindPort"_s, 6443}})},
                 {u"certificateKey"_s, outputPlaceholder(credentialsStep, u"certificate-key"_s)}}));
    }
    return YamlWriter::write(join);
}

} // namespace Clusterwright
