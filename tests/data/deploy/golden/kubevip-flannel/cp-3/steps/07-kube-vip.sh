#!/bin/sh
# cp-3/kube-vip (addons): kube-vip static pod for the API address 192.168.50.10
# after: cp-3/join
# uploads /etc/kubernetes/manifests/kube-vip.yaml (mode 0600, root:root)
set -eu
