#!/usr/bin/env bash
# Hostile inputs and failures: special files refused before reading, a few NUL bytes read, an
# output folder replaced whole or not at all (a failed --focus, a full disk, a kill, a second
# run), and no temporary file left behind.
source "$(dirname "$0")/common.bash"
articles="$src/examples/articles"
one="$articles/000_b02873521b8e7164.txt"
# refused WHAT TEXT ARGS...: exit 1 or 2 within 60 s, TEXT on the one line of the message
refused() {
  local what="$1" text="$2"; shift 2
  local rc=0
  timeout 60 "$bin" "$@" > "$work/stdout" 2> "$work/stderr" || rc=$?
  [ "$rc" -ne 124 ] || fail "$what: still running after 60 s"
  [ "$rc" -eq 1 ] || [ "$rc" -eq 2 ] || fail "$what: exit $rc: $(cat "$work/stderr")"
  grep -q -- "$text" "$work/stderr" || fail "$what: the message lacks '$text': $(cat "$work/stderr")"
  [ "$(wc -l < "$work/stderr")" -eq 1 ] || fail "$what: more than one line: $(cat "$work/stderr")"
  echo "ok: $what -> $(cat "$work/stderr")"
}
# same DIR REF: DIR holds exactly the files of REF, byte for byte
same() { diff -r "$1" "$2" > /dev/null || fail "$1 differs from $2: $(diff -rq "$1" "$2" | head -3)"; }
# clean DIR: DIR's parent holds nothing of a run but DIR itself
clean() {
  local left; left=$(ls -A "$(dirname "$1")" | grep "^\.$(basename "$1")\." || true)
  [ -z "$left" ] || fail "left beside $1: $left"
}

mkfifo "$work/fifo.txt"
refused "a FIFO" "is a FIFO" build "$work/fifo.txt" --out "$work/o"
ln -s /dev/zero "$work/zero.txt"
refused "/dev/zero" "is a device" build "$work/zero.txt" --out "$work/o"
refused "timex on /dev/zero" "is a device" timex --jsonl /dev/zero
cp "$one" "$work/article.bin"
refused "a .bin file" "expected a .txt or .jsonl" build "$work/article.bin" --out "$work/o"
printf 'Allawi\0 said on Monday that the Islamic State attacked Mosul.\n' > "$work/nul.txt"
"$bin" build "$work/nul.txt" --out "$work/o" -q 2> "$work/stderr" || fail "nul.txt: $(cat "$work/stderr")"
grep -q "nul.txt: 1 control byte" "$work/stderr" || fail "nul.txt: no warning: $(cat "$work/stderr")"
echo "ok: a NUL byte is read as a space, with a warning"

# references: A is one article, B all five
"$bin" build "$one" --out "$work/refA" -q 2> /dev/null || fail "build A"
"$bin" build "$articles" --out "$work/refB" -q 2> /dev/null || fail "build B"
cp -r "$work/refA" "$work/out"
refused "--focus of no entity" "--focus Nobody" build "$articles" --out "$work/out" -q --focus Nobody
same "$work/out" "$work/refA"; clean "$work/out"
rm "$work/out/graph.nt" && mkdir "$work/out/graph.nt"
refused "graph.nt a folder" "graph.nt" build "$articles" --out "$work/out" -q
[ -d "$work/out/graph.nt" ] || fail "graph.nt a folder: the folder was replaced"
rm -r "$work/out" && cp -r "$work/refA" "$work/out"
flock "$work/.out.lock" "$bin" build "$articles" --out "$work/out" -q > /dev/null 2> "$work/stderr" \
  && fail "a second run on one --out: exit 0"
grep -q "another mosulkg run is writing this folder" "$work/stderr" || fail "second run: $(cat "$work/stderr")"
same "$work/out" "$work/refA"
echo "ok: a second run on one --out is refused"

# a full disk: a small tmpfs, where one can be mounted (root, or a user namespace), that holds
# the first output and half of the second
"$bin" build "$articles" "$articles/../../tests/fixtures/robust" --out "$work/sized" -q 2> /dev/null
size=$(( $(du -sk "$work/refA" | cut -f1) + $(du -sk "$work/sized" | cut -f1) / 2 ))
rm -r "$work/sized"
cat > "$work/full.sh" <<SH
set -e
mount -t tmpfs -o size=${size}k tmpfs "$work/small"
"$bin" build "$one" --out "$work/small/out" -q 2> /dev/null
if "$bin" build "$articles" "$articles/../../tests/fixtures/robust" --out "$work/small/out" -q 2> "$work/full_err"; then exit 3; fi
diff -r "$work/small/out" "$work/refA" > /dev/null || exit 4
[ -z "\$(ls -A "$work/small" | grep -v '^out\$')" ] || exit 5
SH
mkdir -p "$work/small"
if unshare -rm true 2> /dev/null || [ "$(id -u)" -eq 0 ]; then
  rc=0; unshare -rm bash "$work/full.sh" || rc=$?
  [ "$rc" -ne 32 ] || rc=0  # mount refused inside the namespace: nothing tested
  case "$rc" in
    0) echo "ok: a full disk leaves the previous output: $(cat "$work/full_err" 2> /dev/null)";;
    3) fail "full disk: exit 0";;
    4) fail "full disk: the previous output changed";;
    5) fail "full disk: files left beside the output";;
    *) echo "SKIP (in part): no tmpfs could be mounted (exit $rc); the full disk is tested by an injected failure (test_output.cpp)";;
  esac
else
  echo "SKIP (in part): no tmpfs can be mounted here; the full disk is tested by an injected failure (test_output.cpp)"
fi

# kill -9 at many points of a run: the folder is all of A or all of B, never a mix
mkdir -p "$work/many"
for i in $(seq 1 40); do for f in "$articles"/*.txt; do cp "$f" "$work/many/$i-$(basename "$f")"; done; done
"$bin" build "$work/many" --out "$work/refM" -q 2> /dev/null || fail "build M"
rm -rf "$work/out" && cp -r "$work/refA" "$work/out"
for delay in 0.05 0.1 0.2 0.3 0.4 0.5 0.7 0.9 1.2 1.5; do
  "$bin" build "$work/many" --out "$work/out" -q > /dev/null 2>&1 &
  pid=$!
  sleep "$delay"; kill -9 "$pid" 2> /dev/null; wait "$pid" 2> /dev/null
  if diff -r "$work/out" "$work/refA" > /dev/null; then state=A
  elif diff -r "$work/out" "$work/refM" > /dev/null; then state=M
  else fail "after a kill at ${delay}s the output is a mix: $(diff -rq "$work/out" "$work/refA" | head -3)"; fi
  "$bin" build "$one" --out "$work/out" -q 2> /dev/null || fail "the run after a kill"
  clean "$work/out"; same "$work/out" "$work/refA"
  echo "ok: killed at ${delay}s: the output was $state whole; the next run left nothing behind"
done
