#!/bin/sh
# cp-1/cni-flannel (addons): flannel CNI with the designed pod network
# after: cp-1/init
set -eu
curl -fsSL https://github.com/flannel-io/flannel/releases/download/v0.25.6/kube-flannel.yml | sed 's#"Network": "10.244.0.0/16"#"Network": "10.244.0.0/16"#' | kubectl --kubeconfig=/etc/kubernetes/admin.conf apply -f -
