#!/bin/sh
# wk-1/install-kubernetes (prepare): kubeadm, kubelet and kubectl v1.27.1 from pkgs.k8s.io, held
# after: wk-1/install-containerd
# uploads /etc/apt/sources.list.d/kubernetes.list (mode 0644, root:root)
set -eu
if test "$(kubeadm version -o short)" = 'v1.27.1' && test "$(kubelet --version)" = 'Kubernetes v1.27.1'; then exit 0; fi  # already done
export DEBIAN_FRONTEND=noninteractive && apt-get install -y ca-certificates curl gpg && mkdir -p -m 755 /etc/apt/keyrings && curl -fsSL 'https://pkgs.k8s.io/core:/stable:/v1.27/deb/Release.key' | gpg --dearmor --yes -o /etc/apt/keyrings/kubernetes-apt-keyring.gpg
export DEBIAN_FRONTEND=noninteractive && apt-get update && apt-mark unhold kubelet kubeadm kubectl >/dev/null 2>&1; apt-get install -y --allow-change-held-packages kubelet='1.27.1-*' kubeadm='1.27.1-*' kubectl='1.27.1-*' && apt-mark hold kubelet kubeadm kubectl && systemctl enable kubelet
