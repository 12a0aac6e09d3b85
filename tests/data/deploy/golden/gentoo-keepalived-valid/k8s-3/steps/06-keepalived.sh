#!/bin/sh
# k8s-3/keepalived (api-endpoint): keepalived VRRP for the virtual addresses this node may hold
# after: k8s-3/install-kubernetes
# uploads /etc/keepalived/keepalived.conf (mode 0644, root:root)
set -eu
export DEBIAN_FRONTEND=noninteractive && apt-get install -y keepalived curl
keepalived -t -f /etc/keepalived/keepalived.conf
systemctl enable keepalived && systemctl restart keepalived
