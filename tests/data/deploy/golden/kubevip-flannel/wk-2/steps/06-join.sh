#!/bin/sh
# wk-2/join (join): kubeadm join as worker
# after: wk-2/install-kubernetes, cp-1/credentials-workers
# uploads /etc/kubernetes/clusterwright/kubeadm-join.yaml (mode 0600, root:root)
set -eu
if test -f /etc/kubernetes/kubelet.conf && 'rm' '-f' '--' '/etc/kubernetes/clusterwright/kubeadm-join.yaml'; then exit 0; fi  # already done
'kubeadm' 'join' '--config=/etc/kubernetes/clusterwright/kubeadm-join.yaml'; rc=$?; 'rm' '-f' '--' '/etc/kubernetes/clusterwright/kubeadm-join.yaml'; exit $rc
