#!/usr/bin/env bash
# The main job on the bundled articles writes every output and prints the chronology.
source "$(dirname "$0")/common.bash"
"$bin" build "$src/examples/articles" --out "$work/out" > "$work/stdout" 2> "$work/stderr" || fail "build: $(cat "$work/stderr")"
for f in graph.json graph.dot graph.svg timeline.md timeline.json timeline.timelinejs.json; do
  [ -s "$work/out/$f" ] || fail "$f missing or empty"
done
grep -q "<svg" "$work/out/graph.svg" || fail "graph.svg is not SVG"
grep -q "Chronology" "$work/stdout" || fail "no chronology printed"
grep -q "2016-10" "$work/stdout" || fail "the chronology lacks the October 2016 offensive"
python3 - "$work/out" <<'PY' || fail "outputs do not parse"
import json, sys
d = sys.argv[1]
g = json.load(open(d + "/graph.json")); t = json.load(open(d + "/timeline.json"))
assert g["nodes"] and g["links"], "empty graph"
assert t["from"] == "2014-06" and t["to"] == "2017-04", "default range"
dates = [e["date"] for e in t["events"]]
assert all("2014" <= x[:4] <= "2017" and not x.startswith(("2014-0", "2017-1", "2017-05", "2017-06", "2017-07", "2017-08", "2017-09")) for x in dates), dates
PY
echo "ok: bundled run"
