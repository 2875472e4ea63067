#!/usr/bin/env bash
# Renders the workshop window and each chart to PNG (no display needed) into docs/images/ or the
# folder given as the first argument, in English and Traditional Chinese.
#   tools/screenshots.sh [OUT_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-docs/images}"
build="${SOVSIM_BUILD_DIR:-build/dev}"
if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake --preset dev -B "$build" >/dev/null
fi
cmake --build "$build" --target sovsim
QT_QPA_PLATFORM=offscreen "$build/app/gui/sovsim" --screenshot "$out" --language en \
  scenarios/workshops/default.json
echo "Screenshots written to $out/"
