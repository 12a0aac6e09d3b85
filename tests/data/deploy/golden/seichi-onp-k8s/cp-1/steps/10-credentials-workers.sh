#!/bin/sh
# cp-1/credentials-workers (join): fresh join credentials for workers (token TTL 2 h)
# after: cp-3/join
set -eu
'kubeadm' 'token' 'create' '--ttl' '2h'  # output -> ${cw:cp-1/credentials-workers:join-token} (secret)
openssl x509 -pubkey -in /etc/kubernetes/pki/ca.crt | openssl pkey -pubin -outform der | sha256sum | sed 's/^\([0-9a-f]*\).*/sha256:\1/'  # output -> ${cw:cp-1/credentials-workers:ca-cert-hash}
