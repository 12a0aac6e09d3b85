#!/bin/sh
# cp-1/nfs-csi (addons): NFS CSI driver v4.8.0
# after: cp-3/join
set -eu
'kubectl' '--kubeconfig=/etc/kubernetes/admin.conf' 'apply' '-f' 'https://raw.githubusercontent.com/kubernetes-csi/csi-driver-nfs/v4.8.0/deploy/v4.8.0/rbac-csi-nfs.yaml'
'kubectl' '--kubeconfig=/etc/kubernetes/admin.conf' 'apply' '-f' 'https://raw.githubusercontent.com/kubernetes-csi/csi-driver-nfs/v4.8.0/deploy/v4.8.0/csi-nfs-driverinfo.yaml'
'kubectl' '--kubeconfig=/etc/kubernetes/admin.conf' 'apply' '-f' 'https://raw.githubusercontent.com/kubernetes-csi/csi-driver-nfs/v4.8.0/deploy/v4.8.0/csi-nfs-controller.yaml'
'kubectl' '--kubeconfig=/etc/kubernetes/admin.conf' 'apply' '-f' 'https://raw.githubusercontent.com/kubernetes-csi/csi-driver-nfs/v4.8.0/deploy/v4.8.0/csi-nfs-node.yaml'
