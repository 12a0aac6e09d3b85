#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Clusterwright authors
# The OpenSSH ControlMaster baseline of bench_fanout: one master connection
# per host, the uploads (`ssh cat >`), the sleeps and the read-back as
# sessions multiplexed on it; host 1 first, then the rest with & and wait.
. "$(dirname "$0")/common.sh"
CTL=$CW_WORK/ctl
mkdir -p "$CTL"

one_host() {
    local port=$1
    local ssh=(ssh "${SSH_OPTS[@]}" -p "$port" -o ControlPath="$CTL/%p")
    "${ssh[@]}" -o ControlMaster=yes -f -N "$HOST" || return 1
    local f i
    for f in "${FILES[@]}"; do
        "${ssh[@]}" "$HOST" "cat > '$CW_DEST/$f'" < "$CW_FILES/$f" || return 1
    done
    for i in 1 2 3 4 5; do
        "${ssh[@]}" "$HOST" 'sleep 0.1' || return 1
    done
    if ! "${ssh[@]}" "$HOST" "cd '$CW_DEST' && sha256sum ${FILES[*]}" | cmp -s - "$CW_SUMS"; then
        echo "port $port: the read-back does not match" >&2
        return 1
    fi
    "${ssh[@]}" -O exit "$HOST" 2> /dev/null
}

one_host "${PORTS[0]}" || exit 1
pids=()
for port in "${PORTS[@]:1}"; do
    one_host "$port" &
    pids+=($!)
done
rc=0
for pid in "${pids[@]}"; do
    wait "$pid" || rc=1
done
exit $rc
