// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
// The kubeadm HA procedure as a DAG: connect, preflight, prepare, API endpoint,
// init on the first control plane, serialized control-plane joins, parallel
// worker joins, add-ons, verify (docs/deploy-plan.md).
#include "deploy/plan.h"

#include "deploy/component.h"
#include "deploy/kubeadmconfig.h"
#include "deploy/nodesteps_p.h"
#include "ssh/shellquote.h"
#include "validation/validator.h"

using namespace Qt::StringLiterals;

namespace Clusterwright {
namespace {

const QString Kubeconfig = u"--kubeconfig=/etc/kubernetes/admin.conf"_s;

QString configPath(const QString &name)
{
    return QString::fromLatin1(KubeadmConfigDir) + u'/' + name;
}

Finding refusal(const QString &ruleId, const QString &message, const QString &path)
{
    Finding finding;
    finding.ruleId = ruleId;
    finding.message = message;
    finding.path = path;
    return finding;
}

QList<Finding> deployRefusals(const DeployContext &context)
{
    QList<Finding> refusals;
    if (context.minorVersion() < 24) {
        refusals.append(refusal(
            u"DEP001"_s,
            u"Kubernetes %1 cannot be deployed: the plan uses kubeadm config v1beta3/v1beta4 "
            "and the pkgs.k8s.io package repository, which start at v1.24."_s.arg(
                context.topology().cluster.kubernetesVersion),
            u"cluster.kubernetesVersion"_s));
    }
    if (context.topology().cluster.etcd == EtcdMode::External) {
        refusals.append(refusal(u"DEP002"_s,
                                u"External etcd is not supported by the deploy engine yet: use "
                                "etcd: stacked, or set up etcd and kubeadm by hand."_s,
                                u"cluster.etcd"_s));
    }
    if (context.controlPlanes().isEmpty()) {
        refusals.append(refusal(
            u"DEP003"_s, u"There is no control-plane node to run kubeadm init on."_s, u"nodes"_s));
    }
    return refusals;
}

PlanStep credentialsStep(const DeployContext &context, const QString &forWhom, bool controlPlane,
                         const QString &after)
{
    const QString first = context.firstControlPlane().name;
    PlanStep step;
    step.id = DeployContext::stepId(first, u"credentials-"_s + forWhom);
    step.node = first;
    step.phase = Phase::Join;
    step.title = u"fresh join credentials for %1 (token TTL 2 h%2)"_s.arg(
        forWhom, controlPlane ? u", certificate key re-uploaded"_s : QString());
    step.dependsOn = {after};
    step.mutatesCluster = true;
    step.commands = {argvCommand({u"kubeadm"_s, u"token"_s, u"create"_s, u"--ttl"_s, u"2h"_s},
                                 u"join-token"_s, true),
                     shellScript(u"openssl x509 -pubkey -in /etc/kubernetes/pki/ca.crt | openssl "
                                 "pkey -pubin -outform der | sha256sum | sed 's/^\\([0-9a-f]*\\).*/"
                                 "sha256:\\1/'"_s)};
    step.commands.last().captureAs = u"ca-cert-hash"_s;
    if (controlPlane) {
        step.commands.append(shellScript(
            u"kubeadm init phase upload-certs --upload-certs --config=%1 | tail -n 1"_s.arg(
                shellQuote(configPath(u"kubeadm-init.yaml"_s)))));
        step.commands.last().captureAs = u"certificate-key"_s;
        step.commands.last().secret = true;
    }
    return step;
}

PlanStep joinStep(const DeployContext &context, const Node &node, bool controlPlane,
                  const PlanStep &credentials, const QStringList &extraDeps)
{
    const QString file = configPath(u"kubeadm-join.yaml"_s);
    PlanStep step;
    step.id = context.joinStep(node);
    step.node = node.name;
    step.phase = Phase::Join;
    step.title = controlPlane ? u"kubeadm join as control plane (etcd member)"_s
                              : u"kubeadm join as worker"_s;
    step.dependsOn = QStringList{context.preparedStep(node), credentials.id} + extraDeps;
    // The uploaded file holds the filled-in token and certificate key: it goes
    // whether the join worked or not, and an already joined node drops one a
    // killed run left behind.
    const QString removeFile = shellJoin({u"rm"_s, u"-f"_s, u"--"_s, file});
    step.guard = u"test -f /etc/kubernetes/kubelet.conf && "_s + removeFile;
    step.mutatesCluster = true;
    step.files.append({file, 0600, u"root:root"_s,
                       kubeadmJoinConfig(context, node, controlPlane, credentials.id)});
    step.commands = {shellScript(shellJoin({u"kubeadm"_s, u"join"_s, u"--config="_s + file})
                                 + u"; rc=$?; "_s + removeFile + u"; exit $rc"_s)};
    return step;
}

} // namespace

PlanResult buildPlan(const Topology &topology)
{
    PlanResult result;
    const ValidationReport report = validateTopology(topology);
    for (const Finding &finding : report.findings) {
        if (finding.severity == Severity::Error)
            result.blocking.append(finding);
    }
    const DeployContext context(topology);
    result.blocking += deployRefusals(context);
    if (!result.blocking.isEmpty())
        return result;

    Plan plan;
    QList<PlanStep> &steps = plan.steps;
    QStringList connected;
    for (const Node *node : context.clusterNodes()) {
        const int jump = topology.nodeIndex(node->ssh.jump);
        if (jump >= 0 && !connected.contains(node->ssh.jump)) {
            steps.append(connectStep(topology.nodes[jump], topology));
            connected.append(node->ssh.jump);
        }
        if (!connected.contains(node->name)) {
            steps.append(connectStep(*node, topology));
            connected.append(node->name);
        }
    }
    PlanStep crossNode;
    crossNode.id = u"cluster/preflight"_s;
    crossNode.phase = Phase::Preflight;
    crossNode.title = u"unique hostname and machine-id, clock skew at most 2 s"_s;
    crossNode.localChecks = {u"unique hostname"_s, u"unique machine-id"_s, u"max-skew clock 2"_s};
    for (const Node *node : context.clusterNodes()) {
        steps.append(preflightStep(*node));
        crossNode.dependsOn.append(steps.last().id);
    }
    steps.append(crossNode);
    for (const Node *node : context.clusterNodes())
        steps += prepareSteps(context, *node);

    QList<PlanStep> endpointSteps;
    QList<PlanStep> addonSteps;
    for (const auto &component : builtinComponents()) {
        if (!component->appliesTo(topology))
            continue;
        plan.warnings += component->warnings(context);
        for (const PlanStep &step : component->steps(context))
            (step.phase == Phase::ApiEndpoint ? endpointSteps : addonSteps).append(step);
    }
    auto endpointDeps = [&](const Node &node) {
        QStringList ids;
        for (const PlanStep &step : std::as_const(endpointSteps)) {
            if (step.node == node.name)
                ids.append(step.id);
        }
        return ids;
    };
    steps += endpointSteps;

    const Node &first = context.firstControlPlane();
    const QString initFile = configPath(u"kubeadm-init.yaml"_s);
    PlanStep init;
    init.id = context.initStep();
    init.node = first.name;
    init.phase = Phase::Init;
    init.title = u"kubeadm init (first control plane, certificates uploaded)"_s;
    init.dependsOn = QStringList{context.preparedStep(first)} + endpointDeps(first);
    init.guard = u"test -f /etc/kubernetes/admin.conf"_s;
    init.mutatesCluster = true;
    init.files.append({initFile, 0600, u"root:root"_s, kubeadmInitConfig(context)});
    QStringList initArgv{u"kubeadm"_s, u"init"_s, u"--config="_s + initFile, u"--upload-certs"_s};
    if (context.skipKubeProxy())
        initArgv.append(u"--skip-phases=addon/kube-proxy"_s);
    init.commands = {argvCommand(initArgv)};
    steps.append(init);
    // Steps a component attached to init (kube-vip's admin.conf switch) follow it.
    QString previous = init.id;
    for (const PlanStep &step : std::as_const(addonSteps)) {
        if (step.phase == Phase::Init) {
            steps.append(step);
            previous = step.id;
        }
    }

    // etcd membership changes must not overlap: one control plane at a time.
    for (const Node *node : context.controlPlanes().mid(1)) {
        const PlanStep credentials = credentialsStep(context, node->name, true, previous);
        steps.append(credentials);
        steps.append(joinStep(context, *node, true, credentials,
                              QStringList{previous} + endpointDeps(*node)));
        previous = steps.last().id;
    }
    QStringList joined{previous};
    if (!context.workers().isEmpty()) {
        const PlanStep credentials = credentialsStep(context, u"workers"_s, false, previous);
        steps.append(credentials);
        for (const Node *node : context.workers()) {
            steps.append(joinStep(context, *node, false, credentials, {}));
            joined.append(steps.last().id);
        }
    }

    PlanStep verify;
    verify.id = DeployContext::stepId(first.name, u"verify"_s);
    verify.node = first.name;
    verify.phase = Phase::Verify;
    verify.title = u"all nodes Ready, etcd members as designed, API reachable at %1; fetch the "
                   "admin kubeconfig"_s.arg(context.endpoint());
    verify.dependsOn = joined;
    for (const PlanStep &step : std::as_const(addonSteps)) {
        if (step.phase == Phase::Init)
            continue;
        steps.append(step);
        if (!step.unsupported)
            verify.dependsOn.append(step.id);
    }
    const int nodeCount = int(context.clusterNodes().size());
    const int etcdCount = int(context.controlPlanes().size());
    verify.commands = {
        argvCommand({u"kubectl"_s, Kubeconfig, u"wait"_s, u"--for=condition=Ready"_s, u"node"_s,
                     u"--all"_s, u"--timeout=600s"_s}),
        shellScript(u"n=$(kubectl %1 get nodes --no-headers | wc -l); [ \"$n\" -eq %2 ] || { echo "
                    "\"$n nodes registered, %2 designed\" >&2; exit 1; }"_s.arg(Kubeconfig)
                        .arg(nodeCount)),
        shellScript(u"n=$(kubectl %1 -n kube-system exec %2 -- etcdctl "
                    "--endpoints=https://127.0.0.1:2379 --cacert=/etc/kubernetes/pki/etcd/ca.crt "
                    "--cert=/etc/kubernetes/pki/etcd/server.crt "
                    "--key=/etc/kubernetes/pki/etcd/server.key member list | wc -l); [ \"$n\" -eq "
                    "%3 ] || { echo \"$n etcd members, %3 designed\" >&2; exit 1; }"_s
                        .arg(Kubeconfig, shellQuote(u"etcd-"_s + first.name))
                        .arg(etcdCount)),
        argvCommand({u"curl"_s, u"-sfk"_s, u"--max-time"_s, u"5"_s,
                     u"https://%1/livez"_s.arg(context.endpoint())}),
        // Last, so the run's final output is the table people check first.
        argvCommand({u"kubectl"_s, Kubeconfig, u"get"_s, u"nodes"_s, u"-o"_s, u"wide"_s})};
    verify.fetches.append({u"/etc/kubernetes/admin.conf"_s, u"admin.kubeconfig"_s, 0600});
    steps.append(verify);

    QString error;
    if (!sortSteps(&steps, &error)) {
        result.blocking.append(refusal(u"DEP900"_s, u"internal planner error: "_s + error, {}));
        return result;
    }
    result.plan = std::move(plan);
    return result;
}

} // namespace Clusterwright
