#!/bin/sh
# cp-1/init (init): kubeadm init (first control plane, certificates uploaded)
# after: cp-1/install-kubernetes, cp-1/keepalived
# uploads /etc/kubernetes/clusterwright/kubeadm-init.yaml (mode 0600, root:root)
set -eu
if test -f /etc/kubernetes/admin.conf; then exit 0; fi  # already done
'kubeadm' 'init' '--config=/etc/kubernetes/clusterwright/kubeadm-init.yaml' '--upload-certs' '--skip-phases=addon/kube-proxy'
