#!/bin/sh
# cp-1/metallb-pools (addons): MetalLB address pools and L2 advertisement
# after: cp-1/metallb
# uploads /etc/kubernetes/clusterwright/metallb-pools.yaml (mode 0644, root:root)
set -eu
'kubectl' '--kubeconfig=/etc/kubernetes/admin.conf' 'apply' '-f' '/etc/kubernetes/clusterwright/metallb-pools.yaml'
