#!/usr/bin/env bash
# Hostile names in report.html: a knowledge-base name with quotes and
# `</script><img src=x onerror=alert(1)>`, an article title and text with the same, `<!--`,
# U+2028, and `javascript:` as a document URL and a knowledge-base source end up escaped:
# the page holds no markup made from them (a string check), and in headless Chromium the
# name is shown literally, with no alert and no console error. A `javascript:` Wikidata id
# is refused when the knowledge base is read. The browser part is skipped where Chromium is
# missing; the string checks always run.
source "$(dirname "$0")/common.bash"
py=/usr/bin/python3; [ -x "$py" ] || py=python3
label='Karim "Q" '"'"'x'"'"' </script><img src=x onerror=alert(1)> Hassan'
printf 'karim_hassan\tperson\t%s\tKarim Hassan|Abu Zaid\t\tjavascript:alert(2)\n' "$label" > "$work/kb.tsv"
"$py" - "$work/in.jsonl" <<'PY'
import json, sys
text = ("Karim Hassan said on 17 October 2016 that the Islamic State attacked Mosul. "
        "Abu Zaid <!-- </script><script>alert(3)</script> \u2028 was seen in Mosul on 18 October 2016.\n")
with open(sys.argv[1], "w", encoding="utf-8") as f:
    f.write(json.dumps({"id": "h1", "title": "</script><img src=x onerror=alert(4)> \"title\"",
                        "url": "javascript:alert(5)", "published": "2016-10-19", "text": text}) + "\n")
PY
"$bin" build "$work/in.jsonl" --kb "$work/kb.tsv" --out "$work/out" -q 2> "$work/stderr" || fail "build: $(cat "$work/stderr")"
"$py" - "$work/out/report.html" "$label" <<'PY' || fail "report.html is not escaped"
import json, re, sys
html = open(sys.argv[1], encoding="utf-8").read()
label = sys.argv[2]
problems = []
def want(what, ok):
    print(("ok: " if ok else "FAIL: ") + what)
    if not ok: problems.append(what)
want("'</script' only closes the page's two scripts", html.lower().count("</script") == 2)
want("no <img", "<img" not in html.lower())
want("no '<!--'", "<!--" not in html)
want("no raw U+2028 or U+2029", "\u2028" not in html and "\u2029" not in html)
want("no javascript: anywhere", "javascript:" not in html.lower())
want("no attribute made of text", "onerror" not in html.replace("onerror=alert", "") and not re.search(r"<[^>]*onerror", html))
data = re.search(r'<script type="application/json" id="mosulkg-data">(.*?)</script>', html, re.S)
want("the data element is there", data is not None)
if data:
    d = json.loads(data.group(1))
    labels = [n["label"] for n in d["nodes"]]
    want("the hostile name is in the data, as it is", label in labels)
    want("the document URL is dropped", all(doc[2] == "" for doc in d["docs"]))
    want("the title is kept as text", d["docs"][0][1].startswith("</script><img"))
sys.exit(1 if problems else 0)
PY
# a javascript: Wikidata id is refused, naming the file
printf 'evil\tperson\tEvil\t\tjavascript:alert(1)\tx\n' > "$work/bad.tsv"
if "$bin" build "$work/in.jsonl" --kb "$work/bad.tsv" --out "$work/out2" -q 2> "$work/stderr"; then fail "javascript: wikidata: exit 0"; fi
grep -q "bad.tsv.*not a Wikidata id" "$work/stderr" || fail "javascript: wikidata: $(cat "$work/stderr")"
[ "$(wc -l < "$work/stderr")" -eq 1 ] || fail "javascript: wikidata: more than one line"
"$py" "$src/tests/e2e/report_browser.py" hostile "$work/out" "$label" "Abu Zaid"
rc=$?
if [ "$rc" -eq 77 ]; then echo "ok: the string checks passed; the browser part was skipped"; exit 0; fi
[ "$rc" -eq 0 ] || fail "hostile names in the browser"
echo "ok: hostile names are inert in report.html"
