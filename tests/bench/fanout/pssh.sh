#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Clusterwright authors
# The parallel-ssh baseline of bench_fanout (Debian package pssh): one
# parallel-scp of the three files, five parallel-ssh `sleep 0.1`, one
# parallel-ssh read-back; host 1 first, then the rest with -p (number of hosts).
# Every command is a new ssh connection per host: that is how pssh works.
. "$(dirname "$0")/common.sh"

phase() {
    local hosts=$1 name=$2 count
    count=$(wc -l < "$hosts")
    local opts=(-h "$hosts" -p "$count" -t 600 -x "${SSH_OPTS[*]}")
    local paths=() f i
    for f in "${FILES[@]}"; do paths+=("$CW_FILES/$f"); done
    parallel-scp "${opts[@]}" "${paths[@]}" "$CW_DEST/" || return 1
    for i in 1 2 3 4 5; do
        parallel-ssh "${opts[@]}" 'sleep 0.1' || return 1
    done
    local outdir=$CW_WORK/out-$name
    rm -rf "$outdir"
    parallel-ssh "${opts[@]}" -o "$outdir" "cd '$CW_DEST' && sha256sum ${FILES[*]}" || return 1
    local n=0 out
    for out in "$outdir"/*; do
        cmp -s "$out" "$CW_SUMS" || { echo "$out: the read-back does not match" >&2; return 1; }
        n=$((n + 1))
    done
    [ "$n" -eq "$count" ] || { echo "$name: $n read-backs for $count hosts" >&2; return 1; }
}

echo "$HOST:${PORTS[0]}" > "$CW_WORK/first"
: > "$CW_WORK/rest"
for port in "${PORTS[@]:1}"; do
    echo "$HOST:$port" >> "$CW_WORK/rest"
done
phase "$CW_WORK/first" first || exit 1
if [ -s "$CW_WORK/rest" ]; then
    phase "$CW_WORK/rest" rest || exit 1
fi
