#!/usr/bin/env bash
# Builds the document reader's fuzz target (the `fuzz` preset, clang) and runs it on a copy of
# the seed corpus: the shipped scenarios and the test files. Arguments go to libFuzzer, e.g.
#   bash tools/fuzz.sh -runs=100000           # the short run of tools/test.sh
#   bash tools/fuzz.sh -max_total_time=3600   # an hour
# The seed is fixed (-seed=1) unless one is given. The corpus is a temporary copy that is removed
# afterwards, unless SOVSIM_FUZZ_CORPUS names a folder to keep it in (seeded when empty).
# Inputs that break a property are saved as crash-* in the current folder (docs/testing.md).
set -euo pipefail
here="$(pwd)"
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
corpus="${SOVSIM_FUZZ_CORPUS:-$work/corpus}"
mkdir -p "$corpus"
if [ -z "$(ls -A "$corpus")" ]; then
  (cd "$root" && find scenarios tests/data -name '*.json' -type f) | while read -r f; do
    cp "$root/$f" "$corpus/${f//\//_}"
  done
fi

seed=(-seed=1)
for a in "$@"; do
  case "$a" in -seed=*) seed=() ;; esac
done
ASAN_OPTIONS="${ASAN_OPTIONS:-abort_on_error=1}" UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1}" \
  "$root/build/fuzz/tests/fuzz/sovsim_fuzz_document" "${seed[@]}" -print_final_stats=1 -artifact_prefix="$here/" "$@" "$corpus"
