#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Clusterwright authors
# The Ansible baseline of bench_fanout (Debian package ansible-core): an
# inventory of the N hosts (ansible_port), fanout-playbook.yml (a play for
# host 1, then one for the rest: copy x3, shell sleep 0.1 x5, stat sha256 +
# assert), forks=N, Ansible's default SSH settings (ControlPersist=60s, no
# pipelining). The persisted masters are closed at the end.
. "$(dirname "$0")/common.sh"
: "${CW_VARS:?}"
here=$(cd "$(dirname "$0")" && pwd)
inventory=$CW_WORK/inventory
{
    echo "[first]"
    echo "h01 ansible_port=${PORTS[0]}"
    echo "[rest]"
    for i in "${!PORTS[@]}"; do
        [ "$i" -eq 0 ] || printf 'h%02d ansible_port=%s\n' $((i + 1)) "${PORTS[$i]}"
    done
    echo "[all:vars]"
    echo "ansible_host=127.0.0.1"
    echo "ansible_user=root"
    echo "ansible_ssh_private_key_file=$CW_KEY"
    echo "ansible_python_interpreter=/usr/bin/python3"
} > "$inventory"
mkdir -p "$CW_WORK/cp" "$CW_WORK/home" "$CW_WORK/local"
cat > "$CW_WORK/ansible.cfg" << CFG
[defaults]
forks = ${#PORTS[@]}
host_key_checking = True
gathering = explicit
retry_files_enabled = False
timeout = 60
local_tmp = $CW_WORK/local
remote_tmp = /tmp/.cw-bench-ansible
[ssh_connection]
control_path_dir = $CW_WORK/cp
ssh_extra_args = -F /dev/null -o IdentitiesOnly=yes -o UserKnownHostsFile=$CW_KNOWN_HOSTS -o GlobalKnownHostsFile=/dev/null
CFG
ANSIBLE_CONFIG=$CW_WORK/ansible.cfg ANSIBLE_HOME=$CW_WORK/home \
    ansible-playbook -i "$inventory" "$here/fanout-playbook.yml" \
    -e "@$CW_VARS" -e "cw_dest=$CW_DEST"
rc=$?
for socket in "$CW_WORK"/cp/*; do
    [ -S "$socket" ] && ssh -F /dev/null -S "$socket" -O exit x 2> /dev/null &
done
wait
rm -rf /tmp/.cw-bench-ansible # remote_tmp: the test hosts share this machine's /tmp
exit $rc
