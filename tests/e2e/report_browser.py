"""report.html in a real browser: Debian's headless Chromium driven through chromedriver
(python3-selenium), with no browser downloaded.

    report_browser.py bundled OUT SCREENSHOT   the bundled run: renders, a node's evidence,
                                               an edge's and an entry's sources, the search
                                               box, a date filter, a screenshot
    report_browser.py hostile OUT LABEL ALIAS  hostile names are shown as text, never run
    report_browser.py large OUT [SCREENSHOT]   2,000 nodes and 1,000 entries: how long
                                               layout, drawing and filtering take

Exit status 77 (skipped) with a "SKIP: ..." line where Chromium, chromedriver or Selenium
is missing; 1 with "FAIL: ..." lines when a check fails.
"""
import json
import os
import pathlib
import shutil
import sys
import tempfile
import time

CHROMIUM = [os.environ.get("MOSULKG_CHROMIUM", ""), "chromium", "chromium-browser", "google-chrome"]
DRIVER = [os.environ.get("MOSULKG_CHROMEDRIVER", ""), "chromedriver", "/usr/lib/chromium/chromedriver"]


def skip(why):
    print("SKIP: " + why)
    sys.exit(77)


problems = []


def check(what, ok, detail=""):
    print(("ok: " if ok else "FAIL: ") + what + ("" if ok or not detail else " (%s)" % detail))
    if not ok:
        problems.append(what)


def find_program(names):
    for n in names:
        if n and (shutil.which(n) or os.path.isfile(n)):
            return shutil.which(n) or n
    return None


def browser(profile):
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        skip("python3-selenium is not installed, report.html is not tested in a browser")
    chromium, driver = find_program(CHROMIUM), find_program(DRIVER)
    if not chromium:
        skip("chromium is not installed, report.html is not tested in a browser")
    if not driver:
        skip("chromedriver (chromium-driver) is not installed, report.html is not tested in a browser")
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage", "--disable-extensions", "--window-size=1600,1000",
                 "--user-data-dir=" + profile):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    try:
        return webdriver.Chrome(service=Service(driver), options=options)
    except Exception as e:  # installed, but it cannot start here (a chroot without /dev, say)
        first = (str(e).strip().splitlines() or ["no message"])[0]
        skip("chromium is installed but does not start here (%s), report.html is not tested in a browser" % first[:200])


def open_report(d, path):
    d.get(pathlib.Path(path).resolve().as_uri())
    deadline = time.time() + 120
    while time.time() < deadline:
        if d.execute_script("return !!(window.mosulkgReport && window.mosulkgReport.ready)"):
            return True
        time.sleep(0.2)
    return False


def console_errors(d):
    return [e for e in d.get_log("browser") if e.get("level") == "SEVERE"]


def details_text(d):
    return d.execute_script("return document.getElementById('details').textContent")


def months_overlap(first, last, lo, hi):
    """Whether the days first..last ("YYYY-MM-DD") touch the months lo..hi ("YYYY-MM")."""
    return first is not None and last is not None and first[:7] <= hi and last[:7] >= lo


def bundled(d, out, screenshot):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    out = pathlib.Path(out)
    data = json.loads(d.execute_script("return document.getElementById('mosulkg-data').textContent"))
    graph = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    events = json.loads((out / "timeline.json").read_text(encoding="utf-8"))["events"]
    check("no console error on load", not console_errors(d), console_errors(d))
    counts = d.execute_script("return window.mosulkgReport.counts")
    check("every node of graph.json is drawn", len(d.find_elements(By.CSS_SELECTOR, "g.node")) == len(graph["nodes"]))
    check("counts agree with graph.json and timeline.json",
          counts == {"nodes": len(graph["nodes"]), "edges": len(graph["links"]), "entries": len(events)}, counts)
    shown = d.find_elements(By.CSS_SELECTOR, "#chronology .entry:not([hidden])")
    check("every entry is listed", len(shown) == len(events) > 0, len(shown))
    check("legend names the types", all(t in d.find_element(By.ID, "legend").text for t in ("people", "groups", "places")))

    # click the node with most mentions: its aliases, Wikidata link and mentions with sentences
    best = max(range(len(data["nodes"])), key=lambda i: (data["nodes"][i]["mention_count"], -i))
    node = data["nodes"][best]
    d.find_element(By.CSS_SELECTOR, 'g.node[data-node="%d"] circle' % best).click()
    panel = d.find_element(By.ID, "details")
    check("a click on a node shows its name", panel.find_element(By.TAG_NAME, "h2").text == node["label"])
    check("the panel lists its aliases",
          all(a in d.find_element(By.ID, "aliases").text for a in node["aliases"]), node["aliases"])
    mentions = panel.find_elements(By.CSS_SELECTOR, "#mentions .mention")
    check("the panel lists every mention", len(mentions) == node["mention_count"], (len(mentions), node["mention_count"]))
    marked = panel.find_elements(By.CSS_SELECTOR, "#mentions blockquote mark")
    check("mentions are shown in their sentence", len(marked) > 0)
    titles = {doc[0]: doc[1] for doc in data["docs"]}
    check("mentions name their document", any(t and t in panel.text for t in titles.values()))
    wikidata = panel.find_elements(By.CSS_SELECTOR, 'a[href^="https://www.wikidata.org/wiki/Q"]')
    if node["wikidata"]:
        check("the node links to Wikidata", len(wikidata) == 1 and wikidata[0].text == node["wikidata"])

    # an entry whose sources disagree on the date shows them side by side, with their speaker
    conflict = [i for i, e in enumerate(data["entries"]) if len({s["date"] for s in e["sources"]}) > 1]
    if conflict:
        entry = data["entries"][conflict[0]]
        d.find_element(By.CSS_SELECTOR, '#chronology .entry[data-entry="%d"]' % conflict[0]).click()
        columns = panel.find_elements(By.CSS_SELECTOR, ".conflict > div")
        check("an entry's conflicting dates are side by side",
              len(columns) == len({s["date"] for s in entry["sources"]}), len(columns))
        check("the entry shows its evidence sentences", len(panel.find_elements(By.CSS_SELECTOR, ".source blockquote")) == len(entry["sources"]))
        if entry["speaker"]:
            check("the entry names its speaker", entry["speaker"] in panel.text)

    # an edge: its sources with their sentences
    line = d.execute_script(
        "var l = document.querySelectorAll('line.edge'); var best = null, n = -1;"
        "for (var i = 0; i < l.length; ++i) { var k = (l[i].textContent.match(/\\n/g) || []).length;"
        " if (k > n) { n = k; best = l[i]; } } return best.getAttribute('data-pair');")
    d.execute_script("document.querySelector('line.edge[data-pair=\"%s\"]').dispatchEvent(new MouseEvent('click', {bubbles: true}))" % line)
    sources = panel.find_elements(By.CSS_SELECTOR, ".edge-detail .source")
    check("a click on an edge shows its sources", len(sources) > 0 and "gives the date" in panel.text)

    # the search box finds an entity by an alias
    alias_node = next((n for n in data["nodes"] if n["aliases"] and n["type"] != "date"), None)
    if alias_node:
        box = d.find_element(By.ID, "search")
        box.clear()
        box.send_keys(alias_node["aliases"][0])
        box.send_keys(Keys.ENTER)
        check("the search box finds '%s'" % alias_node["aliases"][0],
              panel.find_element(By.TAG_NAME, "h2").text == alias_node["label"])

    # a date filter narrows the chronology and the diagram
    lo, hi = "2017-01", "2017-12"
    d.execute_script("window.mosulkgReport.setRange(arguments[0], arguments[1])", lo, hi)
    want = sum(1 for e in data["entries"] if months_overlap(e["first"], e["last"], lo, hi))
    got = len(d.find_elements(By.CSS_SELECTOR, "#chronology .entry:not([hidden])"))
    check("the date filter %s..%s shows %d entries" % (lo, hi, want), got == want, got)
    check("the entry count says so", d.find_element(By.ID, "entry-count").text.startswith("%d of" % want))
    visible_nodes = d.execute_script("return window.mosulkgReport.state.visibleNodes")
    check("the date filter narrows the diagram", 0 < visible_nodes < len(data["nodes"]), visible_nodes)
    # the slider itself: move "from" to its end
    slider = d.find_element(By.ID, "date-from")
    slider.click()
    slider.send_keys(Keys.END)
    last = len(d.find_elements(By.CSS_SELECTOR, "#chronology .entry:not([hidden])"))
    check("moving the slider narrows the chronology", last <= want, last)
    d.find_element(By.ID, "date-reset").click()
    check("all dates again", len(d.find_elements(By.CSS_SELECTOR, "#chronology .entry:not([hidden])")) == len(events))
    # the type filter: no places
    d.find_element(By.ID, "type-place").click()
    hidden = d.execute_script("return [].filter.call(document.querySelectorAll('g.node'), function (g) {"
                              " return g.style.display === 'none'; }).length")
    places = sum(1 for n in data["nodes"] if n["type"] == "place")
    check("unticking places hides the %d places" % places, hidden >= places, hidden)
    d.find_element(By.ID, "type-place").click()
    # pan and zoom change the view
    before = d.find_element(By.ID, "viewport").get_attribute("transform")
    d.find_element(By.ID, "zoom-in").click()
    check("zoom changes the view", d.find_element(By.ID, "viewport").get_attribute("transform") != before)
    d.find_element(By.ID, "zoom-fit").click()
    check("no console error after the clicks", not console_errors(d), console_errors(d))
    # the screenshot, with a node's evidence open
    d.execute_script("document.getElementById('search').value = ''; window.mosulkgReport.selectNode(arguments[0])", best)
    d.find_element(By.ID, "zoom-fit").click()
    d.save_screenshot(screenshot)
    check("screenshot saved to " + screenshot, os.path.getsize(screenshot) > 10000)
    print("timings (ms):", json.dumps(d.execute_script("return window.mosulkgReport.timings")))


def hostile(d, out, label, alias):
    from selenium.common.exceptions import NoAlertPresentException
    from selenium.webdriver.common.by import By

    def no_alert(when):
        try:
            text = d.switch_to.alert.text
            check("no alert " + when, False, text)
        except NoAlertPresentException:
            check("no alert " + when, True)

    no_alert("on load")
    check("no console error on load", not console_errors(d), console_errors(d))
    check("no element made of article text", not d.find_elements(By.CSS_SELECTOR, "img, iframe, object, embed"))
    check("only the page's two scripts", len(d.find_elements(By.TAG_NAME, "script")) == 2)
    box = d.find_element(By.ID, "search")
    box.send_keys(alias)
    d.find_element(By.CSS_SELECTOR, "#search-results li").click()
    heading = d.find_element(By.CSS_SELECTOR, "#details h2").text
    check("the hostile name is shown literally", heading == label, repr(heading))
    links = d.execute_script("return [].map.call(document.querySelectorAll('a'), function (a) { return a.href; })")
    check("no javascript: link", not any(h.lower().startswith("javascript:") for h in links), links)
    check("links go only to Wikidata or http(s)",
          all(h.startswith("https://www.wikidata.org/wiki/Q") or h.startswith("http") for h in links), links)
    labels = d.execute_script("return [].map.call(document.querySelectorAll('g.node text'), function (t) { return t.textContent; })")
    check("the diagram shows the name as text", label in labels)
    for entry in d.find_elements(By.CSS_SELECTOR, "#chronology .entry"):
        entry.click()
    no_alert("after clicking every entry")
    check("no image after the clicks", not d.find_elements(By.TAG_NAME, "img"))
    check("no console error after the clicks", not console_errors(d), console_errors(d))


def large(d, out):
    timings = d.execute_script("return window.mosulkgReport.timings")
    counts = d.execute_script("return window.mosulkgReport.counts")
    print("large report: %(nodes)d nodes, %(edges)d edges, %(entries)d entries" % counts)
    check("at least 2,000 nodes", counts["nodes"] >= 2000, counts)
    check("at least 1,000 entries", counts["entries"] >= 1000, counts)
    check("no console error on load", not console_errors(d), console_errors(d))
    started = time.time()
    d.execute_script("window.mosulkgReport.setRange('2016-01', '2016-03')")
    filtered = d.execute_script("return window.mosulkgReport.timings.filter")
    shown = d.execute_script("return window.mosulkgReport.state.visibleEntries")
    d.execute_script("window.mosulkgReport.setRange(null, null)")
    d.execute_script("window.mosulkgReport.selectNode(0)")
    elapsed = time.time() - started
    print("timings (ms): layout %.0f, draw %.0f, page ready %.0f, one filter %.0f; filter, reset and a "
          "click round trip %.2f s" % (timings["layout"], timings["draw"], timings["total"], filtered, elapsed))
    check("the page is ready within 30 s", timings["total"] < 30000, timings)
    check("a filter takes under 2 s", filtered < 2000, filtered)
    check("the filter shows part of the entries", 0 < shown < counts["entries"], shown)
    if len(sys.argv) > 3:
        d.save_screenshot(sys.argv[3])


def main():
    if len(sys.argv) < 3 or sys.argv[1] not in ("bundled", "hostile", "large"):
        print(__doc__)
        return 2
    mode, out = sys.argv[1], sys.argv[2]
    profile = tempfile.mkdtemp(prefix="mosulkg-chromium-")
    d = None
    try:
        d = browser(profile)
        d.set_page_load_timeout(120)
        if not open_report(d, os.path.join(out, "report.html")):
            check("the page is ready", False, console_errors(d))
        elif mode == "bundled":
            bundled(d, out, sys.argv[3])
        elif mode == "hostile":
            hostile(d, out, sys.argv[3], sys.argv[4])
        else:
            large(d, out)
    finally:
        if d is not None:
            d.quit()
        shutil.rmtree(profile, ignore_errors=True)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
