#!/usr/bin/env bash
# Bad input: a one-line error naming the file, a non-zero exit, and no output written.
source "$(dirname "$0")/common.bash"
expect_error() {   # expect_error WHAT NAME ARGS...: must fail, name NAME on one line, write nothing
  local what="$1" name="$2"; shift 2
  rm -rf "$work/out"
  if "$bin" build "$@" --out "$work/out" -q > "$work/stdout" 2> "$work/stderr"; then fail "$what: exit 0"; fi
  grep -q "$name" "$work/stderr" || fail "$what: the message does not name $name: $(cat "$work/stderr")"
  [ "$(wc -l < "$work/stderr")" -eq 1 ] || fail "$what: more than one line: $(cat "$work/stderr")"
  [ ! -e "$work/out" ] || [ -z "$(ls -A "$work/out")" ] || fail "$what: partial output written"
  echo "ok: $what -> $(cat "$work/stderr")"
}
expect_error "missing file" "no_such_article.txt" "$work/no_such_article.txt"
mkdir -p "$work/binary"
head -c 4096 /dev/urandom > "$work/binary/a.txt"; printf 'x\0\0\0y' > "$work/binary/b.txt"
expect_error "directory of binary files" "binary/a.txt" "$work/binary"
: > "$work/empty.txt"
expect_error "empty file" "empty.txt" "$work/empty.txt"
printf 'this line has no tabs at all\n' > "$work/bad_kb.tsv"
expect_error "malformed knowledge base" "bad_kb.tsv" "$src/examples/articles" --kb "$work/bad_kb.tsv"
expect_error "bad --from" "from" "$src/examples/articles" --from 2014-13
