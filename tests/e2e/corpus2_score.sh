#!/usr/bin/env bash
# The second set of hand-written articles (tests/fixtures/corpus2: other battles of 2014-2017)
# scored against their own gold: a check that event extraction holds beyond the seeds and the
# first corpus. Needs the scorer from shared/eval.
source "$(dirname "$0")/common.bash"
need_shared
corpus="$src/tests/fixtures/corpus2"
"$bin" build "$corpus"/*.txt --out "$work/out" --from 1990-01 --to 2030-12 -q || fail "build failed"
python3 "$shared/eval/score_graph.py" "$corpus/gold.json" "$work/out/graph.json" "$work/out/timeline.json"
python3 "$shared/eval/score_graph.py" "$corpus/gold.json" "$work/out/graph.json" "$work/out/timeline.json" --json > "$work/score.json"
get() { python3 -c "import json,sys; d=json.load(open('$work/score.json')); print(eval(sys.argv[1]))" "$1"; }
check "entity F1" "$(get "d['entities']['all']['f1']")" ">=" 0.95
check "linking F1" "$(get "d['linking']['f1']")" ">=" 0.99
check "publication dates right" "$(get "d['documents']['published_correct']")" ">=" 6
check "event recall" "$(get "d['events']['recall']")" ">=" 0.8
check "event precision" "$(get "d['events']['precision']")" ">=" 0.8
check "chronology sorted" "$(get "int(d['events']['sorted'])")" "==" 1
