// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
// In-cluster add-ons, applied from the first control plane with admin.conf:
// CNI, MetalLB pools, NFS storage; honest failing steps for what is not done.
#include "deploy/component.h"

#include "deploy/kubeadmconfig.h"
#include "deploy/yamlwriter.h"
#include "ssh/shellquote.h"

using namespace Qt::StringLiterals;

namespace Clusterwright {
namespace {

QString addonPath(const QString &name)
{
    return QString::fromLatin1(KubeadmConfigDir) + u'/' + name;
}

PlanStep addonStep(const DeployContext &context, const QString &action, const QString &title,
                   const QStringList &dependsOn)
{
    PlanStep step;
    step.id = DeployContext::stepId(context.firstControlPlane().name, action);
    step.node = context.firstControlPlane().name;
    step.phase = Phase::Addons;
    step.title = title;
    step.dependsOn = dependsOn;
    step.mutatesCluster = true;
    return step;
}

class CiliumComponent : public DeployComponent
{
public:
    QString name() const override { return u"cilium"_s; }
    bool appliesTo(const Topology &topology) const override
    {
        return topology.cluster.cni == Cni::Cilium;
    }
    QList<PlanStep> steps(const DeployContext &context) const override
    {
        const Topology &topology = context.topology();
        YamlValue values = YamlValue::map(
            {{u"ipam"_s,
              YamlValue::map(
                  {{u"mode"_s, u"cluster-pool"_s},
                   {u"operator"_s,
                    YamlValue::map({{u"clusterPoolIPv4PodCIDRList"_s,
                                     YamlValue::stringList(topology.cluster.podCidrs)}})}})}});
        if (context.skipKubeProxy()) {
            // Without kube-proxy Cilium must reach the apiserver directly.
            values.insert(u"kubeProxyReplacement"_s, true);
            values.insert(u"k8sServiceHost"_s, context.endpointHost());
            values.insert(u"k8sServicePort"_s, context.endpointPort());
        }
        PlanStep step
            = addonStep(context, u"cni-cilium"_s, u"Cilium CNI (cilium CLI, cluster-pool IPAM)"_s,
                        {context.initStep()});
        const QString file = addonPath(u"cilium-values.yaml"_s);
        step.files.append({file, 0644, u"root:root"_s, YamlWriter::write(values)});
        step.guard = u"kubectl --kubeconfig=/etc/kubernetes/admin.conf -n kube-system get "
                     "daemonset cilium"_s;
        step.commands = {
            shellScript(u"command -v cilium >/dev/null || { a=$(dpkg --print-architecture) && "
                        "curl -fsSL -o /tmp/cilium.tgz https://github.com/cilium/cilium-cli/"
                        "releases/download/v0.16.16/cilium-linux-$a.tar.gz && tar -xzf "
                        "/tmp/cilium.tgz -C /usr/local/bin cilium && rm -f /tmp/cilium.tgz; }"_s),
            shellScript(u"KUBECONFIG=/etc/kubernetes/admin.conf cilium install --version 1.16.1 "
                        "--values %1"_s.arg(shellQuote(file)))};
        return {step};
    }
};

class FlannelComponent : public DeployComponent
{
public:
    QString name() const override { return u"flannel"_s; }
    bool appliesTo(const Topology &topology) const override
    {
        return topology.cluster.cni == Cni::Flannel;
    }
    QList<PlanStep> steps(const DeployContext &context) const override
    {
        PlanStep step
            = addonStep(context, u"cni-flannel"_s, u"flannel CNI with the designed pod network"_s,
                        {context.initStep()});
        // The upstream manifest hard-codes 10.244.0.0/16 in net-conf.json.
        step.commands = {shellScript(
            u"curl -fsSL https://github.com/flannel-io/flannel/releases/download/v0.25.6/"
            "kube-flannel.yml | sed 's#\"Network\": \"10.244.0.0/16\"#\"Network\": \"%1\"#' | "
            "kubectl --kubeconfig=/etc/kubernetes/admin.conf apply -f -"_s.arg(
                context.topology().cluster.podCidrs.first()))};
        return {step};
    }
};

class UnsupportedCniComponent : public DeployComponent
{
public:
    QString name() const override { return u"cni-unsupported"_s; }
    bool appliesTo(const Topology &topology) const override
    {
        return topology.cluster.cni == Cni::Calico;
    }
    QStringList warnings(const DeployContext &) const override
    {
        return {u"Calico is not deployed by Clusterwright yet: its step fails on purpose; "
                "install Calico by hand after init, then run verify."_s};
    }
    QList<PlanStep> steps(const DeployContext &context) const override
    {
        return {unsupportedStep(
            DeployContext::stepId(context.firstControlPlane().name, u"cni-calico"_s),
            context.firstControlPlane().name, u"Calico CNI"_s,
            u"Calico CNI: install it by hand (tigera-operator)"_s, {context.initStep()})};
    }
};

class MetalLbComponent : public DeployComponent
{
public:
    QString name() const override { return u"metallb"_s; }
    bool appliesTo(const Topology &topology) const override
    {
        for (const Vip &vip : topology.vips) {
            if (vip.purpose == VipPurpose::LoadBalancer && vip.provider == VipProvider::MetalLb)
                return true;
        }
        return false;
    }
    QList<PlanStep> steps(const DeployContext &context) const override
    {
        QList<YamlValue> documents;
        QStringList pools;
        for (const Vip &vip : context.topology().vips) {
            if (vip.purpose != VipPurpose::LoadBalancer || vip.provider != VipProvider::MetalLb)
                continue;
            pools.append(vip.name);
            documents.append(YamlValue::map(
                {{u"apiVersion"_s, u"metallb.io/v1beta1"_s},
                 {u"kind"_s, u"IPAddressPool"_s},
                 {u"metadata"_s,
                  YamlValue::map({{u"name"_s, vip.name}, {u"namespace"_s, u"metallb-system"_s}})},
                 {u"spec"_s,
                  YamlValue::map({{u"addresses"_s, YamlValue::stringList({vip.range})}})}}));
        }
        documents.append(YamlValue::map(
            {{u"apiVersion"_s, u"metallb.io/v1beta1"_s},
             {u"kind"_s, u"L2Advertisement"_s},
             {u"metadata"_s, YamlValue::map({{u"name"_s, u"clusterwright"_s},
                                             {u"namespace"_s, u"metallb-system"_s}})},
             {u"spec"_s, YamlValue::map({{u"ipAddressPools"_s, YamlValue::stringList(pools)}})}}));

        PlanStep install = addonStep(context, u"metallb"_s, u"MetalLB (native manifest)"_s,
                                     {context.controlPlaneReadyStep()});
        install.commands
            = {kubectlApply(u"https://raw.githubusercontent.com/metallb/metallb/v0.14.8/config/"
                            "manifests/metallb-native.yaml"_s),
               RemoteCommand{{u"kubectl"_s, u"--kubeconfig=/etc/kubernetes/admin.conf"_s, u"-n"_s,
                              u"metallb-system"_s, u"wait"_s, u"--for=condition=Available"_s,
                              u"deployment/controller"_s, u"--timeout=300s"_s},
                             {},
                             true,
                             {},
                             false}};
        PlanStep apply = addonStep(context, u"metallb-pools"_s,
                                   u"MetalLB address pools and L2 advertisement"_s, {install.id});
        const QString file = addonPath(u"metallb-pools.yaml"_s);
        apply.files.append({file, 0644, u"root:root"_s, YamlWriter::write(documents)});
        apply.commands = {kubectlApply(file)};
        return {install, apply};
    }
    QStringList warnings(const DeployContext &context) const override
    {
        for (const Vip &vip : context.topology().vips) {
            if (vip.purpose == VipPurpose::LoadBalancer && vip.provider == VipProvider::Cilium)
                return {u"Cilium LB IPAM pools are not generated yet: pool %1 is left out."_s.arg(
                    vip.name)};
        }
        return {};
    }
};

class NfsStorageComponent : public DeployComponent
{
public:
    QString name() const override { return u"nfs"_s; }
    bool appliesTo(const Topology &topology) const override
    {
        for (const Storage &storage : topology.storage) {
            if (storage.type == StorageType::Nfs)
                return true;
        }
        return false;
    }
    QList<PlanStep> steps(const DeployContext &context) const override
    {
        QList<PlanStep> steps;
        QStringList clients;
        for (const Node *node : context.clusterNodes()) {
            PlanStep client;
            client.id = DeployContext::stepId(node->name, u"nfs-client"_s);
            client.node = node->name;
            client.phase = Phase::Addons;
            client.title = u"NFS client (nfs-common) for the kubelet's mounts"_s;
            client.dependsOn = {context.preparedStep(*node)};
            client.commands = {shellScript(u"export DEBIAN_FRONTEND=noninteractive && apt-get "
                                           "install -y nfs-common"_s)};
            clients.append(client.id);
            steps.append(client);
        }
        PlanStep driver = addonStep(context, u"nfs-csi"_s, u"NFS CSI driver v4.8.0"_s,
                                    {context.controlPlaneReadyStep()});
        const QString base
            = u"https://raw.githubusercontent.com/kubernetes-csi/csi-driver-nfs/v4.8.0/deploy/v4.8.0/"_s;
        for (const QString &part : {u"rbac-csi-nfs.yaml"_s, u"csi-nfs-driverinfo.yaml"_s,
                                    u"csi-nfs-controller.yaml"_s, u"csi-nfs-node.yaml"_s})
            driver.commands.append(kubectlApply(base + part));
        steps.append(driver);

        QList<YamlValue> classes;
        for (const Storage &storage : context.topology().storage) {
            if (storage.type != StorageType::Nfs)
                continue;
            classes.append(YamlValue::map(
                {{u"apiVersion"_s, u"storage.k8s.io/v1"_s},
                 {u"kind"_s, u"StorageClass"_s},
                 {u"metadata"_s, YamlValue::map({{u"name"_s, storage.name}})},
                 {u"provisioner"_s, u"nfs.csi.k8s.io"_s},
                 {u"parameters"_s, YamlValue::map({{u"server"_s, storage.server},
                                                   {u"share"_s, storage.exportPath}})},
                 {u"reclaimPolicy"_s, u"Delete"_s},
                 {u"volumeBindingMode"_s, u"Immediate"_s},
                 {u"mountOptions"_s, YamlValue::stringList({u"nfsvers=4.1"_s})}}));
        }
        PlanStep sc = addonStep(context, u"nfs-storageclass"_s, u"NFS StorageClasses"_s,
                                QStringList{driver.id} + clients);
        const QString file = addonPath(u"nfs-storageclasses.yaml"_s);
        sc.files.append({file, 0644, u"root:root"_s, YamlWriter::write(classes)});
        sc.commands = {kubectlApply(file)};
        steps.append(sc);
        return steps;
    }
};

class UnsupportedStorageComponent : public DeployComponent
{
public:
    QString name() const override { return u"storage-unsupported"_s; }
    bool appliesTo(const Topology &topology) const override
    {
        for (const Storage &storage : topology.storage) {
            if (storage.type != StorageType::Nfs)
                return true;
        }
        return false;
    }
    QStringList warnings(const DeployContext &context) const override
    {
        QStringList warnings;
        for (const Storage &storage : context.topology().storage) {
            if (storage.type != StorageType::Nfs)
                warnings.append(
                    u"%1 storage %2 is not deployed yet: its step fails on purpose."_s.arg(
                        toString(storage.type), storage.name));
        }
        return warnings;
    }
    QList<PlanStep> steps(const DeployContext &context) const override
    {
        QList<PlanStep> steps;
        for (const Storage &storage : context.topology().storage) {
            if (storage.type == StorageType::Nfs)
                continue;
            const QString what = storage.type == StorageType::Ceph
                                     ? u"Ceph (Rook) needs raw disks the design does not describe"_s
                                     : u"Longhorn needs per-node disk paths the design does not "
                                       "describe"_s;
            steps.append(
                unsupportedStep(DeployContext::stepId(context.firstControlPlane().name,
                                                      u"storage-"_s + storage.name),
                                context.firstControlPlane().name,
                                u"%1 storage %2"_s.arg(toString(storage.type), storage.name),
                                u"%1 storage %2: %3; set it up by hand"_s.arg(
                                    toString(storage.type), storage.name, what),
                                {context.controlPlaneReadyStep()}));
        }
        return steps;
    }
};

} // namespace

std::shared_ptr<const DeployComponent> makeCiliumComponent()
{
    return std::make_shared<CiliumComponent>();
}
std::shared_ptr<const DeployComponent> makeFlannelComponent()
{
    return std::make_shared<FlannelComponent>();
}
std::shared_ptr<const DeployComponent> makeUnsupportedCniComponent()
{
    return std::make_shared<UnsupportedCniComponent>();
}
std::shared_ptr<const DeployComponent> makeMetalLbComponent()
{
    return std::make_shared<MetalLbComponent>();
}
std::shared_ptr<const DeployComponent> makeNfsStorageComponent()
{
    return std::make_shared<NfsStorageComponent>();
}
std::shared_ptr<const DeployComponent> makeUnsupportedStorageComponent()
{
    return std::make_shared<UnsupportedStorageComponent>();
}

} // namespace Clusterwright
