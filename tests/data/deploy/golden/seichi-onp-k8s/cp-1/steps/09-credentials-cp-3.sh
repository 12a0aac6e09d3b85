#!/bin/sh
# cp-1/credentials-cp-3 (join): fresh join credentials for cp-3 (token TTL 2 h, certificate key re-uploaded)
# after: cp-2/join
set -eu
'kubeadm' 'token' 'create' '--ttl' '2h'  # output -> ${cw:cp-1/credentials-cp-3:join-token} (secret)
openssl x509 -pubkey -in /etc/kubernetes/pki/ca.crt | openssl pkey -pubin -outform der | sha256sum | sed 's/^\([0-9a-f]*\).*/sha256:\1/'  # output -> ${cw:cp-1/credentials-cp-3:ca-cert-hash}
kubeadm init phase upload-certs --upload-certs --config='/etc/kubernetes/clusterwright/kubeadm-init.yaml' | tail -n 1  # output -> ${cw:cp-1/credentials-cp-3:certificate-key} (secret)
