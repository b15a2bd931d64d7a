#!/usr/bin/env bash
# Sets up, builds the command-line program and the Python module (no tests, no benchmarks) and runs it on
# the bundled articles (examples/articles): writes graphs/ (graph.svg, graph.json, graph.dot,
# timeline.md, timeline.json, report.html, ...) and prints the chronology of the Mosul campaign. The build
# shows its progress; its whole log is in build.log.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "== building build/mosulkg and the Python module build/python/mosulkg (log in build.log)"
set +e
scripts/setup.sh mosulkg_cli mosulkg_python 2>&1 | tee build.log | grep --line-buffered -E '^\[ *[0-9]+%\]|^=='
status=${PIPESTATUS[0]}
set -e
if [ "$status" -ne 0 ]; then
  tail -n 40 build.log
  exit 1
fi
build/mosulkg build "$@"
