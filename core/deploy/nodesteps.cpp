// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
// Per-node steps before kubeadm: connect, preflight, prepare.
#include "deploy/nodesteps_p.h"

#include "deploy/component.h"
#include "ssh/shellquote.h"

using namespace Qt::StringLiterals;

namespace Clusterwright {

RemoteCommand argvCommand(const QStringList &argv, const QString &captureAs, bool secret)
{
    RemoteCommand command;
    command.argv = argv;
    command.captureAs = captureAs;
    command.secret = secret;
    return command;
}

namespace {

bool holdsVip(const DeployContext &context, const Node &node)
{
    for (const Vip &vip : context.topology().vips) {
        if (vip.purpose == VipPurpose::ApiEndpoint && &vip == context.apiVip()
            && node.hasRole(Role::ControlPlane))
            return true;
        if (vip.purpose == VipPurpose::LoadBalancer && vip.provider == VipProvider::Keepalived
            && node.hasRole(Role::Worker) && !DeployContext::addressOn(node, vip.network).isEmpty())
            return true;
    }
    return false;
}

} // namespace

PlanStep connectStep(const Node &node, const Topology &topology)
{
    PlanStep step;
    step.id = DeployContext::stepId(node.name, u"connect"_s);
    step.node = node.name;
    step.phase = Phase::Connect;
    const QString user = node.ssh.user.isEmpty() ? u"root"_s : node.ssh.user;
    step.title = u"connect to %1@%2:%3, verify the host key, authenticate"_s.arg(
        user, DeployContext::sshAddress(node), QString::number(node.ssh.port.value_or(22)));
    if (!node.ssh.jump.isEmpty()) {
        step.title += u" (through jump host %1)"_s.arg(node.ssh.jump);
        if (topology.nodeIndex(node.ssh.jump) >= 0)
            step.dependsOn.append(DeployContext::stepId(node.ssh.jump, u"connect"_s));
    }
    step.commands.append(argvCommand({u"true"_s}));
    step.commands.last().asRoot = false;
    return step;
}

namespace {

QString preflightScript(const Node &node)
{
    const bool cp = node.hasRole(Role::ControlPlane);
    QStringList addresses;
    for (const Interface &iface : node.interfaces)
        addresses.append(shellQuote(iface.address));
    QString script
        = u"fail=0\n"
          "case \"$(uname -m)\" in x86_64|aarch64) ;; *) echo \"unsupported architecture "
          "$(uname -m)\" >&2; fail=1;; esac\n"
          ". /etc/os-release\n"
          "case \"$ID\" in debian|ubuntu) ;; *) echo \"unsupported OS $ID: the plan "
          "needs apt (Debian or Ubuntu)\" >&2; fail=1;; esac\n"_s;
    script
        += u"[ \"$(nproc)\" -ge %1 ] || { echo \"%2 needs %1 CPUs, has $(nproc)\" >&2; fail=1; }\n"_s
               .arg(cp ? 2 : 1)
               .arg(cp ? u"a control plane"_s : u"a worker"_s);
    script
        += u"mem=$(awk '/MemTotal/ {print int($2/1024)}' /proc/meminfo)\n"
           "[ \"$mem\" -ge %1 ] || { echo \"needs %1 MiB of memory, has $mem\" >&2; fail=1; }\n"_s
               .arg(cp ? 1700 : 1024);
    script += u"[ -z \"$(swapon --show --noheadings)\" ] || echo \"swap is on: prepare turns it "
              "off\" >&2\n"_s;
    script += u"ports='10250%1'\n"_s.arg(cp ? u" 6443 2379 2380 10257 10259"_s : QString());
    script += u"# A node that already joined (a resumed deploy) legitimately uses them.\n"
              "[ -f /etc/kubernetes/kubelet.conf ] || for p in $ports; do if ss -Hltn \"sport = "
              ":$p\" | grep -q .; then echo \"port $p is in use\" >&2; fail=1; fi; done\n"
              "modprobe -n -a overlay br_netfilter || { echo \"kernel modules overlay and "
              "br_netfilter are missing\" >&2; fail=1; }\n"
              "command -v containerd >/dev/null || echo \"no container runtime yet: prepare "
              "installs containerd\" >&2\n"_s;
    script += u"for a in %1; do ip -o addr show to \"$a\" | grep -q . || { echo \"designed "
              "address $a is not on this machine (see ip -j addr)\" >&2; fail=1; }; done\n"
              "exit $fail"_s.arg(addresses.join(u' '));
    return script;
}

} // namespace

PlanStep preflightStep(const Node &node)
{
    PlanStep step;
    step.id = DeployContext::stepId(node.name, u"preflight"_s);
    step.node = node.name;
    step.phase = Phase::Preflight;
    step.title = u"preflight: OS, architecture, CPU/RAM, swap, ports, kernel modules, runtime, "
                 "designed addresses"_s;
    step.dependsOn = {DeployContext::stepId(node.name, u"connect"_s)};
    step.commands = {argvCommand({u"hostname"_s}, u"hostname"_s),
                     argvCommand({u"cat"_s, u"/etc/machine-id"_s}, u"machine-id"_s),
                     argvCommand({u"date"_s, u"+%s"_s}, u"clock"_s),
                     argvCommand({u"ip"_s, u"-j"_s, u"addr"_s}, u"ip-addr"_s),
                     shellScript(preflightScript(node), false)};
    return step;
}

QList<PlanStep> prepareSteps(const DeployContext &context, const Node &node)
{
    const Topology &topology = context.topology();
    PlanStep system;
    system.id = DeployContext::stepId(node.name, u"prepare-system"_s);
    system.node = node.name;
    system.phase = Phase::Prepare;
    system.title = u"kernel modules, sysctl, swap off, /etc/hosts"_s;
    system.dependsOn = {u"cluster/preflight"_s};
    QStringList modules{u"overlay"_s, u"br_netfilter"_s};
    if (topology.cluster.kubeProxy == KubeProxyMode::Ipvs)
        modules += {u"ip_vs"_s, u"ip_vs_rr"_s, u"ip_vs_wrr"_s, u"ip_vs_sh"_s, u"nf_conntrack"_s};
    system.files.append({u"/etc/modules-load.d/clusterwright.conf"_s, 0644, u"root:root"_s,
                         (modules.join(u'\n') + u'\n').toUtf8()});
    QString sysctl = u"net.ipv4.ip_forward = 1\nnet.bridge.bridge-nf-call-iptables = 1\n"
                     "net.bridge.bridge-nf-call-ip6tables = 1\n"_s;
    if (holdsVip(context, node))
        sysctl += u"net.ipv4.ip_nonlocal_bind = 1\n"_s;
    system.files.append(
        {u"/etc/sysctl.d/99-clusterwright.conf"_s, 0644, u"root:root"_s, sysctl.toUtf8()});
    QString hosts = u"# BEGIN clusterwright\n"_s;
    for (const Node *other : context.clusterNodes())
        hosts += context.advertiseAddress(*other) + u' ' + other->name + u'\n';
    hosts += u"# END clusterwright\n"_s;
    system.files.append({u"/etc/clusterwright/hosts"_s, 0644, u"root:root"_s, hosts.toUtf8()});
    system.commands
        = {argvCommand(QStringList{u"modprobe"_s, u"-a"_s} + modules),
           argvCommand({u"sysctl"_s, u"--system"_s}),
           shellScript(u"swapoff -a && sed -ri '/\\sswap\\s/s/^#?/#/' /etc/fstab"_s),
           shellScript(u"sed -i '/^# BEGIN clusterwright$/,/^# END clusterwright$/d' /etc/hosts && "
                       "cat /etc/clusterwright/hosts >> /etc/hosts"_s)};

    PlanStep runtime;
    runtime.id = DeployContext::stepId(node.name, u"install-containerd"_s);
    runtime.node = node.name;
    runtime.phase = Phase::Prepare;
    runtime.title = u"containerd with the systemd cgroup driver"_s;
    runtime.dependsOn = {system.id};
    runtime.guard = u"grep -q 'SystemdCgroup = true' /etc/containerd/config.toml && systemctl "
                    "is-active --quiet containerd"_s;
    runtime.commands = {shellScript(
        u"export DEBIAN_FRONTEND=noninteractive && apt-get update && apt-get install -y "
        "containerd && mkdir -p /etc/containerd && containerd config default > "
        "/etc/containerd/config.toml && sed -i 's/SystemdCgroup = false/SystemdCgroup = true/' "
        "/etc/containerd/config.toml && systemctl enable containerd && systemctl restart "
        "containerd"_s)};

    const QString minor = u"v1.%1"_s.arg(context.minorVersion());
    const QString pin = context.packageVersion() + u"-*"_s;
    PlanStep kube;
    kube.id = context.preparedStep(node);
    kube.node = node.name;
    kube.phase = Phase::Prepare;
    kube.title = u"kubeadm, kubelet and kubectl %1 from pkgs.k8s.io, held"_s.arg(context.version());
    kube.dependsOn = {runtime.id};
    kube.guard = u"test \"$(kubeadm version -o short)\" = %1 && test \"$(kubelet --version)\" = "
                 "%2"_s.arg(shellQuote(context.version()),
                            shellQuote(u"Kubernetes "_s + context.version()));
    kube.files.append({u"/etc/apt/sources.list.d/kubernetes.list"_s, 0644, u"root:root"_s,
                       u"deb [signed-by=/etc/apt/keyrings/kubernetes-apt-keyring.gpg] "
                       "https://pkgs.k8s.io/core:/stable:/%1/deb/ /\n"_s.arg(minor)
                           .toUtf8()});
    kube.commands = {
        shellScript(
            u"export DEBIAN_FRONTEND=noninteractive && apt-get install -y "
            "ca-certificates curl gpg && mkdir -p -m 755 /etc/apt/keyrings && curl -fsSL "
            "%1 | gpg --dearmor --yes -o /etc/apt/keyrings/kubernetes-apt-keyring.gpg"_s.arg(
                shellQuote(u"https://pkgs.k8s.io/core:/stable:/%1/deb/Release.key"_s.arg(minor)))),
        shellScript(
            u"export DEBIAN_FRONTEND=noninteractive && apt-get update && "
            "apt-mark unhold kubelet kubeadm kubectl >/dev/null 2>&1; apt-get install -y "
            "--allow-change-held-packages kubelet=%1 kubeadm=%1 kubectl=%1 && apt-mark "
            "hold kubelet kubeadm kubectl && systemctl enable kubelet"_s.arg(shellQuote(pin)))};
    return {system, runtime, kube};
}

} // namespace Clusterwright
