// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "validation/rule.h"

namespace Clusterwright {

using namespace Qt::StringLiterals;

// The documentation `clusterwright explain FD00x` prints; checkFailureDomains()
// (failuredomains.cpp) implements them.
QList<RuleInfo> failureDomainRules()
{
    return {
        {u"FD001"_s, Severity::Error, u"etcd quorum depends on one physical host"_s,
         u"Counts the etcd members (the control planes with stacked etcd, the etcd-role "
         "nodes with external etcd) on each physical host. It fires when one host runs more "
         "members than etcd can lose, so that host's failure alone leaves fewer members than "
         "the quorum (a majority: 2 of 3, 3 of 5)."_s,
         u"Three etcd VMs look highly available on the canvas, but if two of them run on the "
         "same Proxmox or ESXi host, powering off or losing that one machine takes two "
         "members at once. The third member cannot form a majority, etcd stops accepting "
         "writes, and the whole Kubernetes API goes down with it: exactly the outage three "
         "members were meant to prevent. Nothing in kubeadm, Proxmox or etcd warns about it, "
         "because each of them sees only VMs."_s,
         u"Move members to other hosts so that no host runs more than the number of failures "
         "etcd tolerates (1 of 3, 2 of 5): one member per host for three members. The "
         "suggestion names which member to move to which host, and the quick fix edits the "
         "node's host field. If there are not enough hosts, add hosts, or accept that the "
         "cluster survives VM failures only."_s},
        {u"FD002"_s, Severity::Warning, u"All control planes run on one physical host"_s,
         u"Fires when a design has two or more control-plane nodes and all of them name the "
         "same physical host, while other hosts exist. With stacked etcd the stronger FD001 "
         "error is reported instead when it applies."_s,
         u"Extra control planes are there so that the API server, scheduler and controller "
         "manager keep running when a machine dies. On one host they all die together, and "
         "the API VIP has nowhere to move. This matters most with external etcd, where etcd "
         "can be well spread while the control planes are not."_s,
         u"Place the control planes on different hosts (the suggestion proposes moves), so "
         "that any one host failure leaves at least one control plane up."_s},
        {u"FD003"_s, Severity::Error, u"Storage replicas can all sit on one physical host"_s,
         u"For Ceph and Longhorn pools, counts the pool's nodes on each physical host. It "
         "fires when one host holds as many pool nodes as the copies the pool keeps (3 for 3 "
         "replicas), or more nodes than an erasure-coded pool can lose (more than m for k+m)."_s,
         u"Ceph's default CRUSH rule and Longhorn's default anti-affinity spread copies over "
         "nodes, and a node is a VM here. When several storage VMs share one physical "
         "machine, every copy of some objects can land on it, and its failure loses data "
         "even though the pool 'survives a node loss'. An erasure-coded 2+1 pool with two of "
         "its three nodes on one host is the classic case."_s,
         u"Spread the pool's nodes so no host holds that many (the suggestion proposes moves), "
         "or make the physical host the failure domain: in Ceph a CRUSH bucket per host "
         "(type chassis) used by the pool's rule or erasure-code profile "
         "(crush-failure-domain=chassis); in Longhorn the topology.kubernetes.io/zone label "
         "set to the host, with zone anti-affinity."_s},
        {u"FD004"_s, Severity::Info, u"Node with an unknown failure domain"_s,
         u"Fires for a control-plane, worker, etcd or storage node without a host field when "
         "other nodes of the design name their host. Bastion-only nodes are left out."_s,
         u"The fault-tolerance analysis must assume such a node is a machine of its own. If it "
         "really is a VM next to other members, the host-failure numbers are too optimistic "
         "and the FD rules cannot see the risk."_s,
         u"Set host: to the physical machine the node runs on, or add that machine to hosts."_s},
        {u"FD005"_s, Severity::Warning, u"The whole cluster runs on one physical host"_s,
         u"Fires when the design has a single physical host and it carries redundancy that "
         "only protects against VM failures: several etcd members, several control planes "
         "or a replicated storage pool."_s,
         u"A lab on one machine is fine, but it is easy to read '3 control planes' as 'highly "
         "available'. Every component here stops when that machine stops, whatever the "
         "member count says."_s,
         u"Nothing to fix for a test or lab cluster. To survive a host failure, add physical "
         "hosts: three etcd members need three hosts, five need three (at most two each)."_s},
    };
}

} // namespace Clusterwright
