#!/usr/bin/env bash
# report.html in headless Chromium (Debian's chromium and chromium-driver, driven through
# python3-selenium): the bundled run renders with no console error, a node's evidence, an
# edge's and an entry's sources, the search box, the date and type filters (screenshot:
# build/tests/report.png); then a generated corpus of 2,000 nodes and 1,000 entries, with
# its layout, drawing and filtering times printed. Skipped where Chromium is missing.
source "$(dirname "$0")/common.bash"
py=/usr/bin/python3; [ -x "$py" ] || py=python3
"$bin" build "$src/examples/articles" --out "$work/out" -q 2> "$work/stderr" || fail "build: $(cat "$work/stderr")"
shot="$(dirname "$work")/report.png"
"$py" "$src/tests/e2e/report_browser.py" bundled "$work/out" "$shot"
rc=$?
[ "$rc" -ne 77 ] || exit 77
[ "$rc" -eq 0 ] || fail "report.html of the bundled articles, in the browser"

# 1,000 articles, each naming a village of its own and an officer of his own, each a dated event
"$py" - "$work/large.jsonl" <<'PY'
import datetime, json, sys
syll = ["ka", "ra", "zu", "bi", "ha", "mo", "sa", "la", "ni", "du", "fa", "te", "qa", "wi", "jo", "ye"]
def name(i, parts):
    s = ""
    for _ in range(parts):
        s += syll[i % 16]; i //= 16
    return s.capitalize()
start = datetime.date(2015, 1, 5)
with open(sys.argv[1], "w", encoding="utf-8") as f:
    for i in range(1000):
        day = start + datetime.timedelta(days=i)   # a Monday, then every day after
        village, officer = name(i, 3) + "bad", name(i + 4096, 3) + "i"
        text = ("Iraqi forces recaptured the village of %s from the Islamic State on %s, "
                "said Colonel Ahmad %s, a spokesman of the army." % (village, day.strftime("%B %d, %Y").replace(" 0", " "), officer))
        f.write(json.dumps({"id": "g%04d" % i, "title": "%s recaptured" % village,
                            "published": (day + datetime.timedelta(days=1)).isoformat(), "text": text}) + "\n")
PY
"$bin" build "$work/large.jsonl" --out "$work/large" --from 2014-01 --to 2018-12 -q 2> "$work/stderr" \
  || fail "build of the large corpus: $(cat "$work/stderr")"
"$py" "$src/tests/e2e/report_browser.py" large "$work/large" "$(dirname "$work")/report-large.png" || fail "the large report in the browser"
echo "ok: report.html in Chromium"
