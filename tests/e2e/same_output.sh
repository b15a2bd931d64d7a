#!/usr/bin/env bash
# The output does not depend on how a run is done: --jobs 1 and --jobs 2, the articles
# in reverse order, extract then merge, and a merge --into that adds articles to an
# earlier output all give byte-identical files.
source "$(dirname "$0")/common.bash"
articles=("$src"/examples/articles/*.txt)
[ "${#articles[@]}" -ge 4 ] || fail "expected the bundled articles in $src/examples/articles"
opts=(--from 1990-01 --to 2030-12 -q)
# every output file but records.jsonl, which names where each article was read
same() {
  for f in "$work/one"/*; do
    name=$(basename "$f")
    [ "$name" = records.jsonl ] && continue
    cmp -s "$f" "$work/$1/$name" || fail "$name differs between --jobs 1 and $1"
  done
  echo "ok: $1 gives the same files"
}
"$bin" build "${articles[@]}" --out "$work/one" --jobs 1 "${opts[@]}" || fail "build --jobs 1"
"$bin" build "${articles[@]}" --out "$work/two" --jobs 2 "${opts[@]}" || fail "build --jobs 2"
same two
reversed=()
for ((i = ${#articles[@]} - 1; i >= 0; i--)); do reversed+=("${articles[$i]}"); done
"$bin" build "${reversed[@]}" --out "$work/reversed" --jobs 2 "${opts[@]}" || fail "build reversed"
same reversed
"$bin" extract "${articles[@]}" -o "$work/records.jsonl" -q || fail "extract"
"$bin" merge "$work/records.jsonl" --out "$work/merged" --from 1990-01 --to 2030-12 -q || fail "merge"
same merged
half=$(( ${#articles[@]} / 2 ))
"$bin" build "${articles[@]:0:$half}" --out "$work/incremental" "${opts[@]}" || fail "build of the first half"
"$bin" extract "${articles[@]:$half}" -o "$work/new.jsonl" -q || fail "extract of the second half"
"$bin" merge --into "$work/incremental" "$work/new.jsonl" --from 1990-01 --to 2030-12 -q || fail "merge --into"
same incremental
echo "PASS"
