#!/usr/bin/env bash
# Hostile text from every source (article, knowledge-base file, file name) goes out valid: XML
# that parses, JSON, UTF-8 everywhere; messages carry no raw control character; a knowledge base
# with invalid UTF-8 is refused naming its line; a name that shadows a built-in one is warned of.
source "$(dirname "$0")/common.bash"
in="$work/in"; mkdir -p "$in"
name=$(printf 'evil\033[31m\377"<x>&.txt')
printf 'Karim Hassan, Abu <Zaid> & "Karim" ]]> \\ \342\200\256 said on 17 October 2016 that the Islamic State attacked River Town.\n\nBy \377\376 Staff\n' > "$in/$name"
printf 'karim_hassan\tperson\tKarim "<b>&amp;</b>" Hassan ]]>\tAbu <Zaid>|\342\200\256x|Karim Hassan\t\t--><!--\nriver_town\tplace\tRiver Town \\ \\n\tRiver Town\tQ123\thttps://example.org/?a=<b>&c="d"\nqaraqosh_x\tplace\tQaraqosh\t\t\thttps://example.org\n' > "$work/kb.tsv"
"$bin" build "$in" --kb "$work/kb.tsv" --out "$work/out" -q 2> "$work/stderr" || fail "build: $(cat "$work/stderr")"
grep -q "warning: 'Qaraqosh' of qaraqosh_x is also a name of" "$work/stderr" || fail "no shadowing warning: $(cat "$work/stderr")"
if grep -q "$(printf '\033')" "$work/stderr"; then fail "a raw ESC reached the terminal"; fi
grep -q 'evil\\x1b\[31m\\xff' "$work/stderr" || fail "the file name is not escaped: $(cat "$work/stderr")"
python3 - "$work/out" <<'PY' || fail "an output is not valid"
import csv, io, json, pathlib, sys, xml.etree.ElementTree as ET
out = pathlib.Path(sys.argv[1])
for f in sorted(out.iterdir()):
    text = f.read_bytes().decode("utf-8")  # raises on invalid UTF-8
    if f.suffix in (".svg", ".graphml"): ET.fromstring(text)
    if f.suffix == ".json": json.loads(text)
    if f.suffix == ".csv": list(csv.reader(io.StringIO(text)))
    assert "\x1b" not in text, f"{f.name}: a raw ESC"
    print("ok:", f.name)
PY
grep -q 'Karim &quot;&lt;b&gt;&amp;amp;' "$work/out/graph.graphml" || fail "the knowledge-base name is not in graph.graphml"
# invalid UTF-8 or a control character in a knowledge base is refused, naming the line
printf 'karim_hassan\tperson\tKarim\377 Hassan\t\t\tx\n' > "$work/bad.tsv"
if "$bin" build "$in" --kb "$work/bad.tsv" --out "$work/out2" -q 2> "$work/stderr"; then fail "invalid UTF-8 kb: exit 0"; fi
grep -q "bad.tsv: line 1: invalid UTF-8" "$work/stderr" || fail "invalid UTF-8 kb: $(cat "$work/stderr")"
[ ! -e "$work/out2" ] || fail "invalid UTF-8 kb: output written"
echo "ok: $(cat "$work/stderr")"
