#!/usr/bin/env bash
# Arguments: a usage error exits with 2, an input error with 1, each on one line that starts
# with "mosulkg: " and names the argument; nothing is written. --version; plurals; no input
# writes ./graphs of the current folder, never the source checkout.
source "$(dirname "$0")/common.bash"
articles="$src/examples/articles"
# expect RC TEXT ARGS...
expect() {
  local want="$1" text="$2"; shift 2
  local rc=0
  (cd "$work" && "$bin" "$@" > "$work/stdout" 2> "$work/stderr") || rc=$?
  [ "$rc" -eq "$want" ] || fail "$*: exit $rc, expected $want: $(cat "$work/stderr")"
  [ "$(wc -l < "$work/stderr")" -eq 1 ] || fail "$*: not one line: $(cat "$work/stderr")"
  grep -q "^mosulkg: " "$work/stderr" || fail "$*: no 'mosulkg: ' prefix: $(cat "$work/stderr")"
  grep -q -- "$text" "$work/stderr" || fail "$*: the message lacks '$text': $(cat "$work/stderr")"
  [ ! -e "$work/o" ] || fail "$*: output written"
  echo "ok: exit $rc: $(cat "$work/stderr")"
}
expect 2 "bogus: unknown command" bogus
expect 2 "--depth" build "$articles" --out o --focus mosul --depth -1
expect 2 "--max-nodes" build "$articles" --out o --max-nodes -1
expect 2 "--max-edges" build "$articles" --out o --max-edges -5
expect 2 "--from 2017-05 is after --to 2016-01" build "$articles" --out o --from 2017-05 --to 2016-01
expect 2 "--from 2014-13" build "$articles" --out o --from 2014-13
expect 2 "--kb-replace" build "$articles" --out o --kb-replace
expect 2 "--published" build "$articles" --out o --published nodate
expect 1 "--published nobody" build "$articles" --out o --published nobody=2016-10-17
expect 2 "--types" build "$articles" --out o --types weapon
expect 2 "--no-such-option" build "$articles" --out o --no-such-option
expect 1 "--focus Nobody" build "$articles" --out o --focus Nobody
expect 1 "expected a .txt or .jsonl" build "$src/README.md" --out o
printf '{"doc": "d", "dct": "2016-1-1xxxxx", "text": "on Monday"}\n' > "$work/dct.jsonl"
expect 1 "dct.jsonl:1: \"dct\" is not a YYYY-MM-DD date" timex --jsonl dct.jsonl -o o
printf '{"doc": "d", "dct": 20160101, "text": "on Monday"}\n' > "$work/dct.jsonl"
expect 1 "\"dct\" is not a string" timex --jsonl dct.jsonl -o o
"$bin" --version | grep -q "^mosulkg [0-9]" || fail "--version"
echo "ok: $("$bin" --version)"
(cd "$work" && "$bin" build "$articles/000_b02873521b8e7164.txt" --out o1 -q 2> "$work/stderr") || fail "one article"
grep -q "mosulkg: 1 document, " "$work/stderr" || fail "plural: $(cat "$work/stderr")"
echo "ok: $(cat "$work/stderr")"
# no input: the bundled articles, into ./graphs of the current folder
before=$(cd "$src" && git status --porcelain graphs 2> /dev/null || true)
(cd "$work" && "$bin" build -q 2> /dev/null) || fail "build with no input"
[ -f "$work/graphs/graph.json" ] || fail "build with no input did not write ./graphs"
after=$(cd "$src" && git status --porcelain graphs 2> /dev/null || true)
[ "$before" = "$after" ] || fail "build with no input changed the source checkout's graphs/"
echo "ok: build with no input writes ./graphs of the current folder"
