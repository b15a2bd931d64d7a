#!/usr/bin/env bash
# The main job on the bundled articles writes every output and prints the chronology.
source "$(dirname "$0")/common.bash"
"$bin" build "$src/examples/articles" --out "$work/out" > "$work/stdout" 2> "$work/stderr" || fail "build: $(cat "$work/stderr")"
for f in graph.json graph.dot graph.svg timeline.md timeline.json timeline.timelinejs.json report.html; do
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
def months(v):   # the first and last month a TIMEX3 date value covers
    y = int(v[:4]); rest = v[5:7]
    if rest.isdigit(): return (y, int(rest)), (y, int(rest))
    seasons = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "AU": (9, 11), "WI": (12, 14)}
    if rest in seasons: a, b = seasons[rest]; return (y, a), (y + b // 13, (b - 1) % 12 + 1)
    return (y, 1), (y, 12)
for e in t["events"]:
    first, last = months(e["date"])
    assert last >= (2014, 6) and first <= (2017, 4), e["date"]
# TimelineJS's JSON format (timeline.knightlab.com/docs/json-format.html): an events list whose
# slides have a start_date with an integer year (month, day optional and in range) and a text object
tj = json.load(open(d + "/timeline.timelinejs.json"))
assert tj["events"], "no TimelineJS events"
for ev in tj["events"]:
    for key in ("start_date", "end_date"):
        if key not in ev: continue
        date = ev[key]
        assert isinstance(date["year"], int), date
        assert 1 <= int(date.get("month", 1)) <= 12 and 1 <= int(date.get("day", 1)) <= 31, date
    assert ev["text"]["headline"], ev
assert "headline" in tj["title"]["text"]
PY
echo "ok: bundled run"
