#!/usr/bin/env bash
# Installs what the build needs (Debian 12 packages only) when it is missing,
# then configures and builds mosulkg into build/: every target, or the ones named.
# usage: scripts/setup.sh [TARGET ...]   (as root, or with sudo available)
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(build-essential cmake pkg-config
          libboost-graph-dev libhowardhinnant-date-dev libfmt-dev libgraphviz-dev
          doctest-dev nlohmann-json3-dev libcli11-dev libutf8proc-dev
          python3 python3-networkx python3-dask python3-distributed
          python3-dev pybind11-dev python3-pybind11 python3-pytest python3-pandas
          chromium chromium-driver python3-selenium clang-format)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "== installing: ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

jobs=$(nproc 2>/dev/null || echo 2)
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DPython3_EXECUTABLE=/usr/bin/python3
cmake --build build -j "$jobs" ${1:+--target "$@"}
