#!/usr/bin/env bash
# Installs every Debian 12 package SovSim needs to build, test and run.
# Idempotent: packages already present are skipped, so repeated runs are fast.
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build git pkg-config ca-certificates
  # core libraries
  libeigen3-dev libspdlog-dev nlohmann-json3-dev
  # tests and benchmarks
  libgtest-dev libgmock-dev libbenchmark-dev
  # fuzzing: clang and its libFuzzer runtime (the fuzz preset)
  clang libclang-rt-dev
  # Qt 6 widgets, SVG export, translations, charts
  qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-translations-l10n libqcustomplot-dev libgl-dev
  # display for the GUI on machines without one, screenshots, fonts (Latin and CJK)
  xvfb xauth fonts-dejavu-core fonts-noto-cjk
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  SUDO=sudo
else
  SUDO=
fi
echo "Installing: ${missing[*]}" >&2
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
