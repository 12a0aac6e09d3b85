# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Clusterwright authors
# Sourced by every stand-in on a fake cluster host (tests/support/fakecluster.h).
# /etc/fakecluster/host.env is private to the host; it names the host, its state
# directory, the shared cluster state and the calls log on the test's side.
. /etc/fakecluster/host.env
FC_TOOL=${0##*/}
FC_LIB=/usr/local/sbin/.fc
C=$FC_CLUSTER
H=$FC_HOSTSTATE

"$FC_LIB/cwfakelog" start "$FC_TOOL" "$@"
fc_cleanup() { :; }
fc_exit() {
    status=$1
    fc_cleanup
    "$FC_LIB/cwfakelog" end "$FC_TOOL" "$status"
}
trap 'fc_exit $?' EXIT
# A SIGTERM from a cancelled session still logs the end (status 143).
trap 'exit 143' TERM

fc_die() {
    status=$1
    shift
    printf '%s\n' "$@" >&2
    exit "$status"
}

# A package the stand-in belongs to must have been installed by apt-get first.
fc_require_package() {
    [ -f "$H/pkg/$1" ] || fc_die 127 "sh: 1: $FC_TOOL: not found"
}

fc_package_version() { sed 's/-.*//' "$H/pkg/$1"; }

# The value of the first "KEY:" line in a YAML file, without quotes.
fc_yaml() {
    sed -n "s/^[ -]*$1:[ ]*//p" "$2" | head -n 1 | sed 's/^"\(.*\)"$/\1/; s/^'"'"'\(.*\)'"'"'$/\1/'
}

fc_no_placeholders() {
    if grep -n '\${cw:' "$1" >/dev/null 2>&1; then
        fc_die 1 "error: $1 still has unfilled placeholders:" "$(grep -n '\${cw:' "$1")"
    fi
}

fc_random() { tr -dc "$1" </dev/urandom | head -c "$2"; }
fc_token() { printf '%s.%s' "$(fc_random a-z0-9 6)" "$(fc_random a-z0-9 16)"; }
fc_hex() { fc_random 0-9a-f "$1"; }

# Waits while the test holds this step ($C/hang/HOST.WHAT exists); the test
# kills the session meanwhile or removes the file.
fc_maybe_hang() {
    while [ -e "$C/hang/$FC_HOST.$1" ]; do sleep 0.05; done
}

# Fails here while the test wants it to ($C/fail/HOST.WHAT exists), printing
# the file's text on stderr as the real tool's error, exit status 1.
fc_maybe_fail() {
    if [ -e "$C/fail/$FC_HOST.$1" ]; then fc_die 1 "$(cat "$C/fail/$FC_HOST.$1")"; fi
}

fc_cluster_up() { [ -f "$C/initialized" ]; }
