#!/bin/sh
# cp-3/join (join): kubeadm join as control plane (etcd member)
# after: cp-3/install-kubernetes, cp-1/credentials-cp-3, cp-2/join, cp-3/keepalived
# uploads /etc/kubernetes/clusterwright/kubeadm-join.yaml (mode 0600, root:root)
set -eu
if test -f /etc/kubernetes/kubelet.conf && 'rm' '-f' '--' '/etc/kubernetes/clusterwright/kubeadm-join.yaml'; then exit 0; fi  # already done
'kubeadm' 'join' '--config=/etc/kubernetes/clusterwright/kubeadm-join.yaml'; rc=$?; 'rm' '-f' '--' '/etc/kubernetes/clusterwright/kubeadm-join.yaml'; exit $rc
