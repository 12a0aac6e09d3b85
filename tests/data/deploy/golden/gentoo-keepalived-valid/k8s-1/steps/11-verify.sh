#!/bin/sh
# k8s-1/verify (verify): all nodes Ready, etcd members as designed, API reachable at 10.118.12.100:6443; fetch the admin kubeconfig
# after: k8s-3/join, k8s-1/cni-cilium
set -eu
'kubectl' '--kubeconfig=/etc/kubernetes/admin.conf' 'wait' '--for=condition=Ready' 'node' '--all' '--timeout=600s'
n=$(kubectl --kubeconfig=/etc/kubernetes/admin.conf get nodes --no-headers | wc -l); [ "$n" -eq 3 ] || { echo "$n nodes registered, 3 designed" >&2; exit 1; }
n=$(kubectl --kubeconfig=/etc/kubernetes/admin.conf -n kube-system exec 'etcd-k8s-1' -- etcdctl --endpoints=https://127.0.0.1:2379 --cacert=/etc/kubernetes/pki/etcd/ca.crt --cert=/etc/kubernetes/pki/etcd/server.crt --key=/etc/kubernetes/pki/etcd/server.key member list | wc -l); [ "$n" -eq 3 ] || { echo "$n etcd members, 3 designed" >&2; exit 1; }
'curl' '-sfk' '--max-time' '5' 'https://10.118.12.100:6443/livez'
'kubectl' '--kubeconfig=/etc/kubernetes/admin.conf' 'get' 'nodes' '-o' 'wide'
# fetch /etc/kubernetes/admin.conf -> admin.kubeconfig (mode 0600)
