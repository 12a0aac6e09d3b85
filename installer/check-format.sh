#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Clusterwright authors
# Fails when a tracked C++ file differs from .clang-format's output.
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$top"
mapfile -t files < <(git ls-files '*.cpp' '*.h' 2>/dev/null || find core gui tests plugins -name '*.cpp' -o -name '*.h')
[ "${#files[@]}" -eq 0 ] && exit 0
if ! clang-format --dry-run --Werror "${files[@]}"; then
    echo "formatting differs: run 'clang-format -i' on the files above" >&2
    exit 1
fi
echo "formatting ok (${#files[@]} files)"
