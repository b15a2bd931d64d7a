#!/usr/bin/env bash
# The README is true: its "Real output" block is what `mosulkg build` prints on the bundled
# articles, graphs/ is what it writes, and the library example (examples/embed/main.cpp) is the
# one the README shows. MOSULKG_UPDATE_GOLDEN=1 rewrites the block and graphs/.
source "$(dirname "$0")/common.bash"
readme="$src/README.md"
(cd "$work" && "$bin" build > "$work/stdout" 2> "$work/stderr") || fail "build: $(cat "$work/stderr")"
cat "$work/stdout" "$work/stderr" > "$work/output.txt"
# the block between the markers, without its fences
block() { sed -n "/^<!-- $1: begin/,/^<!-- $1: end/p" "$readme" | sed '1,2d;$d' | sed '$d'; }
if [ "${MOSULKG_UPDATE_GOLDEN:-}" = 1 ]; then
  rm -rf "$src/graphs" && cp -r "$work/graphs" "$src/graphs"
  python3 - "$readme" "$work/output.txt" "$src/examples/embed/main.cpp" <<'PY'
import re, sys
readme, output, example = sys.argv[1], open(sys.argv[2]).read(), open(sys.argv[3]).read()
text = open(readme).read()
def put(text, name, lang, body):
    pattern = re.compile(r"(<!-- %s: begin[^\n]*-->\n```%s\n).*?(```\n<!-- %s: end -->)" % (name, lang, name), re.S)
    assert pattern.search(text), name
    return pattern.sub(lambda m: m.group(1) + body + m.group(2), text)
text = put(text, "real output", "", output)
text = put(text, "library example", "cpp", example)
open(readme, "w").write(text)
PY
  echo "updated: README.md and graphs/"
fi
diff -r "$work/graphs" "$src/graphs" > "$work/graphs.diff" \
  || fail "graphs/ is not what 'mosulkg build' writes today (MOSULKG_UPDATE_GOLDEN=1 regenerates it): $(head -20 "$work/graphs.diff")"
echo "ok: graphs/ is what 'mosulkg build' writes"
diff <(block "real output") "$work/output.txt" > "$work/readme.diff" \
  || fail "the README's real output differs (MOSULKG_UPDATE_GOLDEN=1 regenerates it): $(head -20 "$work/readme.diff")"
echo "ok: the README's real output is what 'mosulkg build' prints"
diff <(block "library example") "$src/examples/embed/main.cpp" > "$work/example.diff" \
  || fail "the README's library example is not examples/embed/main.cpp: $(head -20 "$work/example.diff")"
echo "ok: the README's library example is examples/embed/main.cpp, which builds and runs as a test"
