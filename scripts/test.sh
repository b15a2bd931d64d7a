#!/usr/bin/env bash
# Sets up, builds, and runs every test (unit, golden, end-to-end).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
ctest --test-dir build --output-on-failure -j "$(nproc 2>/dev/null || echo 2)"
