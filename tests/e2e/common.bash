# Sourced by the end-to-end tests: $1 the mosulkg binary, $2 the source tree, $3 a scratch folder.
set -u
bin="$1"; src="$2"; work="$3"
shared="$src/../shared"
rm -rf "$work" && mkdir -p "$work"
fail() { echo "FAIL: $*"; exit 1; }
need_shared() {
  if [ ! -f "$shared/eval/score_graph.py" ]; then
    echo "SKIP: $shared/eval is not beside the project (the scorers and the gold live there)"
    exit 77
  fi
}
# check NAME VALUE OP LIMIT: fails when VALUE OP LIMIT does not hold
check() {
  python3 -c "import sys; v=float('$2'); sys.exit(0 if v $3 float('$4') else 1)" \
    || fail "$1 = $2, expected $3 $4"
  echo "ok: $1 = $2 ($3 $4)"
}
# score_articles GOLD ARTICLE...: builds the graph of the articles and scores it against GOLD
# with the shared scorer (printed, and kept for `get`).
score_articles() {
  local gold="$1"; shift
  "$bin" build "$@" --out "$work/out" --from 1990-01 --to 2030-12 -q || fail "build failed"
  python3 "$shared/eval/score_graph.py" "$gold" "$work/out/graph.json" "$work/out/timeline.json"
  python3 "$shared/eval/score_graph.py" "$gold" "$work/out/graph.json" "$work/out/timeline.json" --json \
    > "$work/score.json"
}
# get EXPR: a value of the last score, `d` being its JSON ("d['linking']['f1']")
get() { python3 -c "import json,sys; d=json.load(open('$work/score.json')); print(eval(sys.argv[1]))" "$1"; }
# check_corpus DIR ENTITY_F1 DATES RECALL PRECISION: a hand-written corpus scored against its own gold.json
check_corpus() {
  score_articles "$1/gold.json" "$1"/*.txt
  check "entity F1" "$(get "d['entities']['all']['f1']")" ">=" "$2"
  check "linking F1" "$(get "d['linking']['f1']")" ">=" 0.99
  check "publication dates right" "$(get "d['documents']['published_correct']")" ">=" "$3"
  check "event recall" "$(get "d['events']['recall']")" ">=" "${4:-0.8}"
  check "event precision" "$(get "d['events']['precision']")" ">=" "${5:-0.8}"
  check "chronology sorted" "$(get "int(d['events']['sorted'])")" "==" 1
}
# check_own_gold DIR DATES EVENT_DATES: a hand-written corpus built and checked against its own
# gold.json with tests/e2e/own_gold.py (no ../shared needed): publication dates, linking, dated
# events
check_own_gold() {
  "$bin" build "$1"/*.txt --out "$work/own" --from 1990-01 --to 2030-12 -q --strict 2> "$work/own.err" \
    || fail "build: $(cat "$work/own.err")"
  python3 "$src/tests/e2e/own_gold.py" "$1/gold.json" "$work/own" > "$work/own.json" || fail "own_gold.py"
  own() { python3 -c "import json,sys; print(json.load(open('$work/own.json'))[sys.argv[1]])" "$1"; }
  check "publication dates right (own gold)" "$(own published_correct)" ">=" "$2"
  check "gold entities linked (own gold)" "$(own linked_recall)" ">=" 0.95
  check "linked entities in the gold (own gold)" "$(own linked_precision)" ">=" 0.9
  check "dated events on the chronology (own gold)" "$(own event_dates)" ">=" "$3"
}
# need_scorer WHAT: exits 77 ("skipped", named with its reason in scripts/test.sh's summary) when
# the shared scorer is absent, after the checks that ran without it
need_scorer() {
  if [ ! -f "$shared/eval/score_graph.py" ]; then
    echo "SKIP (in part): $1 need the scorer $shared/eval/score_graph.py, which is not beside the project (the checks against the corpus's own gold above passed)"
    exit 77
  fi
}
