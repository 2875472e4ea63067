#!/usr/bin/env bash
# Regenerates the golden runs in tests/data/golden/ (one CSV per shipped workshop) from the
# current model and presets. The tests never run this: use it only after a deliberate change to
# the model or the presets, look at the diff, and say in the commit message why the outputs moved.
#
#   tools/update-golden.sh            # builds in build/dev
#   BUILD_DIR=build/mine tools/update-golden.sh
set -euo pipefail
cd "$(dirname "$0")/.."
build="${BUILD_DIR:-build/dev}"
if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake --preset dev -B "$build" >/dev/null
fi
cmake --build "$build" --target sovsim_golden_tool
"$build/tests/core/sovsim_golden_tool" tests/data/golden
echo
echo "Changed golden files (review before committing):"
git status --short -- tests/data/golden
