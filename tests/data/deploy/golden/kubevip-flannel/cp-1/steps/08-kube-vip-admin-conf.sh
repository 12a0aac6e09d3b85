#!/bin/sh
# cp-1/kube-vip-admin-conf (init): switch kube-vip from super-admin.conf to admin.conf after init
# after: cp-1/init
set -eu
sed -i 's#/etc/kubernetes/super-admin.conf#/etc/kubernetes/admin.conf#' /etc/kubernetes/manifests/kube-vip.yaml
