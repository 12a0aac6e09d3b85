#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Clusterwright authors
# Builds the loader fuzzer with clang in BUILD_DIR (a directory of its own, not the
# normal build) and runs it for SECONDS. Exits non-zero on a crash, a sanitizer
# report, a leak, or one input taking more than 10 s.
# Needs clang-14 and libclang-rt-14-dev (libFuzzer) on Debian 12.
set -eu
if [ $# -ne 2 ]; then
  echo "usage: $0 BUILD_DIR SECONDS" >&2
  exit 2
fi
build=$1
seconds=$2
source=$(cd "$(dirname "$0")/../.." && pwd)

cmake -S "$source" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCW_FUZZ=ON
cmake --build "$build" --target fuzz_loader

corpus=$build/fuzz-corpus
artifacts=$build/fuzz-artifacts
mkdir -p "$corpus" "$artifacts"
# libFuzzer adds new inputs to the first directory only; the seeds in the tree
# stay untouched.
exec "$build/tests/fuzz/fuzz_loader" \
  -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=16384 \
  -dict="$source/tests/fuzz/cwyaml.dict" -artifact_prefix="$artifacts/" \
  -print_final_stats=1 \
  "$corpus" "$source/tests/data/good" "$source/tests/data/bad"
