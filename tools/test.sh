#!/usr/bin/env bash
# Installs what is missing, builds everything with warnings as errors and runs every test; then
# runs the core, file and CLI tests again under AddressSanitizer and UndefinedBehaviorSanitizer,
# and fuzzes the document reader briefly from the shipped scenarios (docs/testing.md).
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/install-deps.sh
cmake --preset ci
cmake --build --preset ci
ctest --preset ci

cmake --preset asan
cmake --build --preset asan
ctest --preset asan
bash tools/fuzz.sh -runs=100000 -max_total_time=300
