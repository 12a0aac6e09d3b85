#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Clusterwright authors
#
# The README's two commands:
#   bash installer/quickstart.sh run    install packages, build, open the example cluster
#   bash installer/quickstart.sh test   install packages, build, run every test
# Both are idempotent: installed packages and an up-to-date build cost seconds.
set -euo pipefail

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="${CW_BUILD_DIR:-$top/build}"
mode="${1:-}"

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_packages() {
    local wanted missing=()
    mapfile -t wanted < <(grep -v '^#' "$top/installer/debian-packages.txt" | tr -s ' \t' '\n' | sed '/^$/d')
    for pkg in "${wanted[@]}"; do
        dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
    done
    if [ "${#missing[@]}" -gt 0 ]; then
        echo "== installing: ${missing[*]}"
        as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
    fi
}

build_all() {
    if [ ! -f "$build/build.ninja" ]; then
        cmake -S "$top" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
    fi
    cmake --build "$build" -j "$(nproc)"
}

case "$mode" in
run)
    install_packages
    build_all
    shift
    exec "$build/gui/clusterwright" "${@:-$top/resources/examples/seichi-onp-k8s.cw.yaml}"
    ;;
test)
    install_packages
    build_all
    "$top/installer/check-format.sh"
    "$top/tests/fuzz/run-smoke.sh" "$build-fuzz" "${CW_FUZZ_SECONDS:-60}"
    # Last, so its summary line closes the output.
    ctest --test-dir "$build" --output-on-failure -j "$(nproc)"
    ;;
*)
    echo "usage: $0 run|test" >&2
    exit 64
    ;;
esac
