#!/bin/sh
# cp-1/verify (verify): all nodes Ready, etcd members as designed, API reachable at 192.168.10.11:6443; fetch the admin kubeconfig
# after: cp-1/init, wk-1/join, wk-2/join, wk-3/join, cp-1/metallb, cp-1/metallb-pools
set -eu
'kubectl' '--kubeconfig=/etc/kubernetes/admin.conf' 'wait' '--for=condition=Ready' 'node' '--all' '--timeout=600s'
n=$(kubectl --kubeconfig=/etc/kubernetes/admin.conf get nodes --no-headers | wc -l); [ "$n" -eq 4 ] || { echo "$n nodes registered, 4 designed" >&2; exit 1; }
n=$(kubectl --kubeconfig=/etc/kubernetes/admin.conf -n kube-system exec 'etcd-cp-1' -- etcdctl --endpoints=https://127.0.0.1:2379 --cacert=/etc/kubernetes/pki/etcd/ca.crt --cert=/etc/kubernetes/pki/etcd/server.crt --key=/etc/kubernetes/pki/etcd/server.key member list | wc -l); [ "$n" -eq 1 ] || { echo "$n etcd members, 1 designed" >&2; exit 1; }
'curl' '-sfk' '--max-time' '5' 'https://192.168.10.11:6443/livez'
'kubectl' '--kubeconfig=/etc/kubernetes/admin.conf' 'get' 'nodes' '-o' 'wide'
# fetch /etc/kubernetes/admin.conf -> admin.kubeconfig (mode 0600)
