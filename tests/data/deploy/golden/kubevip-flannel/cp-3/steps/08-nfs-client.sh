#!/bin/sh
# cp-3/nfs-client (addons): NFS client (nfs-common) for the kubelet's mounts
# after: cp-3/install-kubernetes
set -eu
export DEBIAN_FRONTEND=noninteractive && apt-get install -y nfs-common
