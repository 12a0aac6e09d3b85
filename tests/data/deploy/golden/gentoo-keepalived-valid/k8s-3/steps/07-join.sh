#!/bin/sh
# k8s-3/join (join): kubeadm join as control plane (etcd member)
# after: k8s-3/install-kubernetes, k8s-1/credentials-k8s-3, k8s-2/join, k8s-3/keepalived
# uploads /etc/kubernetes/clusterwright/kubeadm-join.yaml (mode 0600, root:root)
set -eu
if test -f /etc/kubernetes/kubelet.conf && 'rm' '-f' '--' '/etc/kubernetes/clusterwright/kubeadm-join.yaml'; then exit 0; fi  # already done
'kubeadm' 'join' '--config=/etc/kubernetes/clusterwright/kubeadm-join.yaml'; rc=$?; 'rm' '-f' '--' '/etc/kubernetes/clusterwright/kubeadm-join.yaml'; exit $rc
