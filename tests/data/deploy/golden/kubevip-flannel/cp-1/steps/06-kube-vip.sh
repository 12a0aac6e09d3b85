#!/bin/sh
# cp-1/kube-vip (api-endpoint): kube-vip static pod for the API address 192.168.50.10
# after: cp-1/install-kubernetes
# uploads /etc/kubernetes/manifests/kube-vip.yaml (mode 0600, root:root)
set -eu
