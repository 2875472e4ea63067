#!/usr/bin/env bash
# Installs what is missing, builds SovSim and opens the default workshop in the app.
# On a machine with no display it says so and shows the same workshop with the CLI instead.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/install-deps.sh
cmake --preset dev >/dev/null
cmake --build --preset dev --target sovsim sovsim-cli
workshop=scenarios/workshops/default.json
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  exec ./build/dev/app/gui/sovsim "$workshop"
fi
echo
echo "No display found (DISPLAY and WAYLAND_DISPLAY are unset), so the SovSim window cannot open."
echo "On a desktop, run this command again. Here is the default workshop from the command line:"
echo "  ./build/dev/app/cli/sovsim-cli summary $workshop"
echo
exec ./build/dev/app/cli/sovsim-cli summary "$workshop"
