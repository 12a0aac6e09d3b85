#!/bin/sh
# cp-1/preflight (preflight): preflight: OS, architecture, CPU/RAM, swap, ports, kernel modules, runtime, designed addresses
# after: cp-1/connect
set -eu
'hostname'  # output -> ${cw:cp-1/preflight:hostname}
'cat' '/etc/machine-id'  # output -> ${cw:cp-1/preflight:machine-id}
'date' '+%s'  # output -> ${cw:cp-1/preflight:clock}
'ip' '-j' 'addr'  # output -> ${cw:cp-1/preflight:ip-addr}
fail=0
case "$(uname -m)" in x86_64|aarch64) ;; *) echo "unsupported architecture $(uname -m)" >&2; fail=1;; esac
. /etc/os-release
case "$ID" in debian|ubuntu) ;; *) echo "unsupported OS $ID: the plan needs apt (Debian or Ubuntu)" >&2; fail=1;; esac
[ "$(nproc)" -ge 2 ] || { echo "a control plane needs 2 CPUs, has $(nproc)" >&2; fail=1; }
mem=$(awk '/MemTotal/ {print int($2/1024)}' /proc/meminfo)
[ "$mem" -ge 1700 ] || { echo "needs 1700 MiB of memory, has $mem" >&2; fail=1; }
[ -z "$(swapon --show --noheadings)" ] || echo "swap is on: prepare turns it off" >&2
ports='10250 6443 2379 2380 10257 10259'
# A node that already joined (a resumed deploy) legitimately uses them.
[ -f /etc/kubernetes/kubelet.conf ] || for p in $ports; do if ss -Hltn "sport = :$p" | grep -q .; then echo "port $p is in use" >&2; fail=1; fi; done
modprobe -n -a overlay br_netfilter || { echo "kernel modules overlay and br_netfilter are missing" >&2; fail=1; }
command -v containerd >/dev/null || echo "no container runtime yet: prepare installs containerd" >&2
for a in '192.168.10.11'; do ip -o addr show to "$a" | grep -q . || { echo "designed address $a is not on this machine (see ip -j addr)" >&2; fail=1; }; done
exit $fail
