#!/usr/bin/env bash
# Sets up, builds, and runs every test (unit, golden, end-to-end); then names the checks that
# were skipped, in whole or in part, and why (e.g. ../shared is not beside the project).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
status=0
ctest --test-dir build --output-on-failure -j "$(nproc 2>/dev/null || echo 2)" --output-junit ctest.xml || status=$?
# the SKIP lines of the tests' output, with the test's name
python3 - build/ctest.xml <<'PY'
import sys, xml.etree.ElementTree as ET
lines = []
for case in ET.parse(sys.argv[1]).getroot().iter("testcase"):
    out = case.findtext("system-out") or ""
    for line in out.splitlines():
        if line.startswith("SKIP"):
            lines.append("  %s: %s" % (case.get("name"), line.split(":", 1)[1].strip()))
if lines:
    print("Skipped, in whole or in part:")
    print("\n".join(lines))
PY
exit "$status"
