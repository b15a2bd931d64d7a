#!/usr/bin/env bash
# Sets up, builds, and runs every test (unit, golden, end-to-end); then names the checks that
# were skipped, and why (e.g. ../shared is not beside the project).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
status=0
ctest --test-dir build --output-on-failure -j "$(nproc 2>/dev/null || echo 2)" || status=$?
# the SKIP lines of the tests' output, with the test's name
skipped=$(awk '/^[0-9]+\/[0-9]+ Testing: /{name=$3} /^SKIP/{sub(/^SKIP[^:]*: */, ""); print "  " name ": " $0}' \
  build/Testing/Temporary/LastTest.log)
if [ -n "$skipped" ]; then
  echo "Skipped, in whole or in part:"
  echo "$skipped"
fi
exit "$status"
