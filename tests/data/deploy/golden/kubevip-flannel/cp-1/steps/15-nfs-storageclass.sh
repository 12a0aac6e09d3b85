#!/bin/sh
# cp-1/nfs-storageclass (addons): NFS StorageClasses
# after: cp-1/nfs-csi, cp-1/nfs-client, cp-2/nfs-client, cp-3/nfs-client, wk-1/nfs-client, wk-2/nfs-client
# uploads /etc/kubernetes/clusterwright/nfs-storageclasses.yaml (mode 0644, root:root)
set -eu
'kubectl' '--kubeconfig=/etc/kubernetes/admin.conf' 'apply' '-f' '/etc/kubernetes/clusterwright/nfs-storageclasses.yaml'
