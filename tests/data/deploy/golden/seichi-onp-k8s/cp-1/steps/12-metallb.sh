#!/bin/sh
# cp-1/metallb (addons): MetalLB (native manifest)
# after: cp-3/join
set -eu
'kubectl' '--kubeconfig=/etc/kubernetes/admin.conf' 'apply' '-f' 'https://raw.githubusercontent.com/metallb/metallb/v0.14.8/config/manifests/metallb-native.yaml'
'kubectl' '--kubeconfig=/etc/kubernetes/admin.conf' '-n' 'metallb-system' 'wait' '--for=condition=Available' 'deployment/controller' '--timeout=300s'
