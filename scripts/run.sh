#!/usr/bin/env bash
# Sets up, builds, and runs mosulkg on the bundled articles (examples/articles):
# writes graphs/ (graph.svg, graph.json, graph.dot, timeline.md, timeline.json,
# timeline.timelinejs.json) and prints the chronology of the Mosul campaign.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh > build.log 2>&1 || { tail -n 40 build.log; exit 1; }
build/mosulkg build "$@"
