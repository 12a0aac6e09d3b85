#!/bin/sh
# cp-1/verify (verify): all nodes Ready, etcd members as designed, API reachable at 192.168.50.10:6443; fetch the admin kubeconfig
# after: cp-3/join, wk-1/join, wk-2/join, cp-2/kube-vip, cp-3/kube-vip, cp-1/cni-flannel, cp-1/nfs-client, cp-2/nfs-client, cp-3/nfs-client, wk-1/nfs-client, wk-2/nfs-client, cp-1/nfs-csi, cp-1/nfs-storageclass
set -eu
'kubectl' '--kubeconfig=/etc/kubernetes/admin.conf' 'wait' '--for=condition=Ready' 'node' '--all' '--timeout=600s'
n=$(kubectl --kubeconfig=/etc/kubernetes/admin.conf get nodes --no-headers | wc -l); [ "$n" -eq 5 ] || { echo "$n nodes registered, 5 designed" >&2; exit 1; }
n=$(kubectl --kubeconfig=/etc/kubernetes/admin.conf -n kube-system exec 'etcd-cp-1' -- etcdctl --endpoints=https://127.0.0.1:2379 --cacert=/etc/kubernetes/pki/etcd/ca.crt --cert=/etc/kubernetes/pki/etcd/server.crt --key=/etc/kubernetes/pki/etcd/server.key member list | wc -l); [ "$n" -eq 3 ] || { echo "$n etcd members, 3 designed" >&2; exit 1; }
'curl' '-sfk' '--max-time' '5' 'https://192.168.50.10:6443/livez'
'kubectl' '--kubeconfig=/etc/kubernetes/admin.conf' 'get' 'nodes' '-o' 'wide'
# fetch /etc/kubernetes/admin.conf -> admin.kubeconfig (mode 0600)
