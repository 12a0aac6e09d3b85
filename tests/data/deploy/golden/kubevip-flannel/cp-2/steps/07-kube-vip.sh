#!/bin/sh
# cp-2/kube-vip (addons): kube-vip static pod for the API address 192.168.50.10
# after: cp-2/join
# uploads /etc/kubernetes/manifests/kube-vip.yaml (mode 0600, root:root)
set -eu
