#!/usr/bin/env bash
# Every text builds, as .txt and as .jsonl, without a skip or an error: the sample of
# tests/fixtures/robust, and where ../shared is beside the project every TempEval-3 train text
# and every article of the throughput corpus (make_perf_corpus.py 2). A document's stages never
# see another document (Pipeline::run), so a --strict run over a folder of them shows that each
# builds alone; a spread of them is also built one by one.
source "$(dirname "$0")/common.bash"
# split JSONL DIR: each line of JSONL ({doc|id, text, dct|published}) as DIR/txt/ID.txt, without
# its date, and as DIR/jsonl/ID.jsonl, with it
split() {
  mkdir -p "$2/txt" "$2/jsonl"
  python3 - "$1" "$2" <<'PY'
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    i = d.get("id") or d["doc"]
    one = {"id": i, "text": d["text"]}
    if d.get("dct") or d.get("published"):
        one["published"] = (d.get("dct") or d.get("published"))[:10]
    open(f"{sys.argv[2]}/txt/{i}.txt", "w", encoding="utf-8").write(d["text"])
    open(f"{sys.argv[2]}/jsonl/{i}.jsonl", "w", encoding="utf-8").write(json.dumps(one) + "\n")
PY
}
# build WHAT INPUT...: --strict, exit 0, no "skipped" and no "error" line
build() {
  local what="$1"; shift
  "$bin" build "$@" --strict -q --from 1980-01 --to 2030-12 --out "$work/out" 2> "$work/stderr" \
    || fail "$what: $(grep -v 'invalid UTF-8\|sentences\? over' "$work/stderr" | head -3)"
  ! grep -q "skipped\|error" "$work/stderr" || fail "$what: $(grep "skipped\|error" "$work/stderr" | head -3)"
}
# each WHAT DIR: every file of DIR/txt and DIR/jsonl together, then every STEPth alone
each() {
  local what="$1" dir="$2" step="$3" n=0
  build "$what (.txt)" "$dir/txt"
  build "$what (.jsonl)" "$dir/jsonl"
  for f in "$dir"/txt/*.txt; do
    n=$((n + 1)); [ $((n % step)) -eq 0 ] || continue
    build "$f" "$f"
    build "${f%.txt}.jsonl" "$dir/jsonl/$(basename "${f%.txt}").jsonl"
  done
  echo "ok: $what: $(ls "$dir/txt" | wc -l) texts built as .txt and .jsonl, one in ${step} alone"
}

mkdir -p "$work/sample/txt" "$work/sample/jsonl"
for f in "$src"/tests/fixtures/robust/*.txt; do
  cp "$f" "$work/sample/txt/"
  python3 -c "import json,sys; print(json.dumps({'id': sys.argv[2], 'text': open(sys.argv[1]).read()}))" \
    "$f" "$(basename "${f%.txt}")" > "$work/sample/jsonl/$(basename "${f%.txt}").jsonl"
done
each "tests/fixtures/robust" "$work/sample" 1

train="$shared/eval/tempeval3/train.jsonl"
if [ ! -f "$train" ] || [ ! -f "$shared/eval/make_perf_corpus.py" ]; then
  echo "SKIP (in part): $train is not beside the project: the TempEval-3 and throughput texts are not built"
  exit 0
fi
split "$train" "$work/tempeval"
each "TempEval-3 train" "$work/tempeval" 16
python3 "$shared/eval/make_perf_corpus.py" 2 "$work/perf.jsonl" > /dev/null
build "throughput corpus (one .jsonl)" "$work/perf.jsonl"
# its distinct articles: the TempEval-3 texts above, the seed copies and the dev articles
python3 -c "
import json, sys
seen = set()
for line in open(sys.argv[1]):
    d = json.loads(line); key = d['id'].split('-', 1)[1]
    if key in seen: continue
    seen.add(key); d['id'] = key; print(json.dumps(d))" "$work/perf.jsonl" > "$work/perf_distinct.jsonl"
split "$work/perf_distinct.jsonl" "$work/perf"
each "throughput corpus" "$work/perf" 16
