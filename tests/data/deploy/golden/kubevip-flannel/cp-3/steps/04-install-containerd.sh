#!/bin/sh
# cp-3/install-containerd (prepare): containerd with the systemd cgroup driver
# after: cp-3/prepare-system
set -eu
if grep -q 'SystemdCgroup = true' /etc/containerd/config.toml && systemctl is-active --quiet containerd; then exit 0; fi  # already done
export DEBIAN_FRONTEND=noninteractive && apt-get update && apt-get install -y containerd && mkdir -p /etc/containerd && containerd config default > /etc/containerd/config.toml && sed -i 's/SystemdCgroup = false/SystemdCgroup = true/' /etc/containerd/config.toml && systemctl enable containerd && systemctl restart containerd
