# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Clusterwright authors
# Shared by the comparison scripts of tests/bench/bench_fanout.cpp, which sets:
# CW_HOSTS (a file of sshd ports, host 1 first), CW_KEY, CW_KNOWN_HOSTS,
# CW_FILES (f4k f16k f64k), CW_DEST (the same directory on every host),
# CW_SUMS (`sha256sum f4k f16k f64k` as it must read in CW_DEST), CW_VARS
# (the same as JSON), CW_WORK (scratch for this run).
set -u
for var in CW_HOSTS CW_KEY CW_KNOWN_HOSTS CW_FILES CW_DEST CW_SUMS CW_WORK; do
    if [ -z "${!var:-}" ]; then
        echo "$0: $var is not set (run through bench_fanout)" >&2
        exit 2
    fi
done
mapfile -t PORTS < "$CW_HOSTS"
FILES=(f4k f16k f64k)
# OpenSSH with nothing from ~/.ssh or /etc/ssh/ssh_config; strict host keys.
SSH_OPTS=(-F /dev/null -i "$CW_KEY" -o IdentitiesOnly=yes -o BatchMode=yes
    -o UserKnownHostsFile="$CW_KNOWN_HOSTS" -o GlobalKnownHostsFile=/dev/null
    -o StrictHostKeyChecking=yes -o ConnectTimeout=60)
HOST=root@127.0.0.1
