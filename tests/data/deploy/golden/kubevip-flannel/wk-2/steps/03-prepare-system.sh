#!/bin/sh
# wk-2/prepare-system (prepare): kernel modules, sysctl, swap off, /etc/hosts
# after: cluster/preflight
# uploads /etc/modules-load.d/clusterwright.conf (mode 0644, root:root)
# uploads /etc/sysctl.d/99-clusterwright.conf (mode 0644, root:root)
# uploads /etc/clusterwright/hosts (mode 0644, root:root)
set -eu
'modprobe' '-a' 'overlay' 'br_netfilter' 'ip_vs' 'ip_vs_rr' 'ip_vs_wrr' 'ip_vs_sh' 'nf_conntrack'
'sysctl' '--system'
swapoff -a && sed -ri '/\sswap\s/s/^#?/#/' /etc/fstab
sed -i '/^# BEGIN clusterwright$/,/^# END clusterwright$/d' /etc/hosts && cat /etc/clusterwright/hosts >> /etc/hosts
