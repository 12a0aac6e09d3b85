#!/bin/sh
# wk-2/preflight (preflight): preflight: OS, architecture, CPU/RAM, swap, ports, kernel modules, runtime, designed addresses
# after: wk-2/connect
set -eu
'hostname'  # output -> ${cw:wk-2/preflight:hostname}
'cat' '/etc/machine-id'  # output -> ${cw:wk-2/preflight:machine-id}
'date' '+%s'  # output -> ${cw:wk-2/preflight:clock}
'ip' '-j' 'addr'  # output -> ${cw:wk-2/preflight:ip-addr}
fail=0
case "$(uname -m)" in x86_64|aarch64) ;; *) echo "unsupported architecture $(uname -m)" >&2; fail=1;; esac
. /etc/os-release
case "$ID" in debian|ubuntu) ;; *) echo "unsupported OS $ID: the plan needs apt (Debian or Ubuntu)" >&2; fail=1;; esac
[ "$(nproc)" -ge 1 ] || { echo "a worker needs 1 CPUs, has $(nproc)" >&2; fail=1; }
mem=$(awk '/MemTotal/ {print int($2/1024)}' /proc/meminfo)
[ "$mem" -ge 1024 ] || { echo "needs 1024 MiB of memory, has $mem" >&2; fail=1; }
[ -z "$(swapon --show --noheadings)" ] || echo "swap is on: prepare turns it off" >&2
ports='10250'
# A node that already joined (a resumed deploy) legitimately uses them.
[ -f /etc/kubernetes/kubelet.conf ] || for p in $ports; do if ss -Hltn "sport = :$p" | grep -q .; then echo "port $p is in use" >&2; fail=1; fi; done
modprobe -n -a overlay br_netfilter || { echo "kernel modules overlay and br_netfilter are missing" >&2; fail=1; }
command -v containerd >/dev/null || echo "no container runtime yet: prepare installs containerd" >&2
for a in '192.168.10.22'; do ip -o addr show to "$a" | grep -q . || { echo "designed address $a is not on this machine (see ip -j addr)" >&2; fail=1; }; done
exit $fail
