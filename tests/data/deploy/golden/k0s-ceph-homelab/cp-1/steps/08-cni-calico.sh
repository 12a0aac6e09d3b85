#!/bin/sh
# cp-1/cni-calico (addons): Calico CNI
# after: cp-1/init
set -eu
echo 'clusterwright: not supported yet: Calico CNI: install it by hand (tigera-operator)' >&2; exit 1
