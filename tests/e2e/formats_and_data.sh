#!/usr/bin/env bash
# --formats writes only the files of the formats named (an unknown one is a usage error);
# --data DIR: a file of DIR with the name of a data file replaces the built-in one.
source "$(dirname "$0")/common.bash"
articles="$src/examples/articles"

"$bin" build "$articles" --out "$work/some" --formats json,csv -q 2> "$work/stderr" || fail "--formats: $(cat "$work/stderr")"
got=$(cd "$work/some" && ls | tr '\n' ' ')
[ "$got" = "graph.json nodes.csv records.jsonl relationships.csv " ] || fail "--formats json,csv wrote: $got"
echo "ok: --formats json,csv wrote $got"
"$bin" build "$articles" --out "$work/all" -q 2> /dev/null || fail "build"
for f in graph.json nodes.csv relationships.csv; do
  cmp -s "$work/some/$f" "$work/all/$f" || fail "$f differs between --formats and all formats"
done
echo "ok: the files of --formats are those of a full build"
[ "$(ls "$work/all" | wc -l)" -eq 13 ] || fail "a full build wrote $(ls "$work/all" | tr '\n' ' ')"

rc=0
"$bin" build "$articles" --out "$work/o" --formats json,pdf -q 2> "$work/stderr" || rc=$?
[ "$rc" -eq 2 ] || fail "--formats pdf: exit $rc"
[ "$(wc -l < "$work/stderr")" -eq 1 ] && grep -q "^mosulkg: --formats pdf: unknown format" "$work/stderr" \
  || fail "--formats pdf: $(cat "$work/stderr")"
[ ! -e "$work/o" ] || fail "--formats pdf: output written"
echo "ok: exit 2: $(cat "$work/stderr")"

# a knowledge-base entity added through --data links a name the built-in data does not know
mkdir -p "$work/data/kb" "$work/in"
cp "$src/data/kb/entities.tsv" "$work/data/kb/entities.tsv"
printf 'zz_ridge_front\tgroup\tRidge Front\tRidge Fighters\t\ttest entry\n' >> "$work/data/kb/entities.tsv"
printf 'Clashes near the river\n\nMarch 3, 2016\n\nThe Ridge Fighters attacked the town of Hit on Monday, officials said.\n' \
  > "$work/in/ridge.txt"
"$bin" build "$work/in" --out "$work/plain" -q 2> /dev/null || fail "build without --data"
"$bin" build "$work/in" --out "$work/tuned" --data "$work/data" -q 2> "$work/stderr" || fail "--data: $(cat "$work/stderr")"
grep -q '"zz_ridge_front"' "$work/plain/graph.json" && fail "the built-in data knows zz_ridge_front"
grep -q '"zz_ridge_front"' "$work/tuned/graph.json" || fail "--data: the entity of DIR/kb/entities.tsv is not used"
echo "ok: --data DIR/kb/entities.tsv links 'Ridge Fighters' to zz_ridge_front"

# the linker's word lists come from --data too: a force noun added to DIR/linker/words.tsv
# makes "Iraqi gunboats" the Iraqi forces; a row of an unknown kind is an error naming its line
mkdir -p "$work/words/linker" "$work/boats"
cp "$src/data/linker/words.tsv" "$work/words/linker/words.tsv"
printf 'force_noun\tgunboats\n' >> "$work/words/linker/words.tsv"
printf 'River clashes\n\nMarch 3, 2016\n\nIraqi gunboats shelled the town of Hit on Monday, officials said.\n' \
  > "$work/boats/boats.txt"
"$bin" build "$work/boats" --out "$work/boats_plain" -q 2> /dev/null || fail "build without --data"
"$bin" build "$work/boats" --out "$work/boats_tuned" --data "$work/words" -q 2> /dev/null || fail "--data words.tsv"
grep -q '"iraqi_security_forces"' "$work/boats_plain/graph.json" && fail "the built-in words make gunboats forces"
grep -q '"iraqi_security_forces"' "$work/boats_tuned/graph.json" || fail "--data: DIR/linker/words.tsv is not used"
printf 'colour\tred\n' >> "$work/words/linker/words.tsv"
rc=0
"$bin" build "$work/boats" --out "$work/o" --data "$work/words" -q 2> "$work/stderr" || rc=$?
[ "$rc" -ne 0 ] && grep -q "linker/words.tsv:[0-9]*: unknown kind 'colour'" "$work/stderr" \
  || fail "words.tsv of an unknown kind: exit $rc: $(cat "$work/stderr")"
echo "ok: --data DIR/linker/words.tsv: a force noun added; $(cat "$work/stderr")"

# a file that matches no data file is named in a warning; a missing folder is a usage error
mkdir -p "$work/data/lexicon"
printf 'line\tx\n' > "$work/data/lexicon/boilerplat.txt"
"$bin" build "$work/in" --out "$work/tuned" --data "$work/data" -q 2> "$work/stderr" || fail "--data with a stray file"
grep -q "boilerplat.txt: warning: no data file has this name" "$work/stderr" || fail "no warning: $(cat "$work/stderr")"
echo "ok: $(cat "$work/stderr")"
rc=0
"$bin" build "$work/in" --out "$work/o" --data "$work/nowhere" -q 2> "$work/stderr" || rc=$?
[ "$rc" -eq 2 ] && grep -q "^mosulkg: --data .*nowhere: is not a folder" "$work/stderr" || fail "--data nowhere: exit $rc: $(cat "$work/stderr")"
echo "ok: exit 2: $(cat "$work/stderr")"
