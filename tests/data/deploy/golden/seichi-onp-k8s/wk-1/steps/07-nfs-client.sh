#!/bin/sh
# wk-1/nfs-client (addons): NFS client (nfs-common) for the kubelet's mounts
# after: wk-1/install-kubernetes
set -eu
export DEBIAN_FRONTEND=noninteractive && apt-get install -y nfs-common
