"""The Python module mosulkg: it loads, its graph and chronology are those of the output
files, names are found by any alias, dates are tagged, and errors raise mosulkg.Error."""
import datetime
import inspect
import json
import subprocess

import pytest

import mosulkg

ARTICLES = [
    {"id": "a", "title": "Iraqi forces retake town", "published": "2016-03-03",
     "text": "Iraqi forces retake town\n\nMarch 3, 2016\n\n"
             "Iraqi forces recaptured the town of Hit from the Islamic State on Monday, "
             "a military spokesman said.\n"},
    {"id": "b", "published": datetime.date(2016, 3, 4),
     "text": "Offensive on Hit\n\nMarch 4, 2016\n\n"
             "Iraqi troops retook Hit from Daesh militants on Monday after a two-week battle.\n"},
]


def test_module_loads_and_documents_itself():
    assert mosulkg.__doc__ and "Pipeline" in mosulkg.__doc__
    for name in mosulkg.__all__:
        obj = getattr(mosulkg, name)
        assert inspect.getdoc(obj), name
        if inspect.isclass(obj) and obj is not mosulkg.Error:
            for member, value in vars(obj).items():
                if not member.startswith("_"):
                    assert inspect.getdoc(value), "%s.%s has no docstring" % (name, member)
    assert issubclass(mosulkg.Error, Exception)


def test_networkx_graph_has_the_counts_and_attributes_of_graph_json(bundled, written):
    nx = pytest.importorskip("networkx")
    g = bundled.graph.to_networkx()
    data = json.loads((written / "graph.json").read_text(encoding="utf-8"))
    assert isinstance(g, nx.MultiDiGraph)
    assert g.number_of_nodes() == len(data["nodes"]) > 0
    assert g.number_of_edges() == len(data["links"]) > 0
    for node in data["nodes"]:
        attrs = dict(g.nodes[node["id"]])
        assert attrs == {k: v for k, v in node.items() if k != "id"}
    for link in data["links"]:
        attrs = g.edges[link["source"], link["target"], link["key"]]
        assert attrs == {k: v for k, v in link.items() if k not in ("source", "target", "key")}
    assert g.graph["documents"] == data["graph"]["documents"]
    assert len(bundled.graph) == len(data["nodes"])


def test_graph_json_is_what_the_program_writes(bundled, cli, articles, tmp_path):
    out = tmp_path / "cli"
    subprocess.run([cli, "build", str(articles), "--out", str(out), "-q"], check=True,
                   stderr=subprocess.DEVNULL)
    assert bundled.to_json() == (out / "graph.json").read_text(encoding="utf-8")
    assert bundled.timeline_json() == (out / "timeline.json").read_text(encoding="utf-8")
    assert bundled.report_html() == (out / "report.html").read_text(encoding="utf-8")


def test_chronology_matches_timeline_json(bundled, written):
    events = json.loads((written / "timeline.json").read_text(encoding="utf-8"))["events"]
    chronology = bundled.chronology
    assert len(chronology) == len(events) > 0
    for entry, event in zip(chronology, events):
        for key in ("date", "summary", "actor", "target", "place", "sources", "evidence"):
            assert key in entry
        assert entry["evidence"] == [s["text"] for s in event["sources"]]
        assert {k: v for k, v in entry.items() if k != "evidence"} == event
    dates = [e["date"] for e in chronology]
    assert dates == [e["date"] for e in events]


def test_chronology_makes_a_dataframe(bundled):
    pd = pytest.importorskip("pandas")
    table = pd.DataFrame(bundled.chronology)
    assert len(table) == len(bundled.chronology)
    assert {"date", "summary", "actor", "target", "place", "sources", "evidence"} <= set(table.columns)


def test_records_in_memory_and_find_by_alias():
    corpus = mosulkg.Pipeline().run(ARTICLES, date_from="2016-01", date_to="2016-12", jobs=2)
    assert [d["id"] for d in corpus.documents] == ["a", "b"]
    assert corpus.documents[0]["title"] == "Iraqi forces retake town"
    assert corpus.documents[1]["published"] == "2016-03-04"
    daesh = corpus.graph.find("Daesh")
    assert daesh is not None and daesh["label"] == "Islamic State"
    assert corpus.graph.find("daesh")["id"] == daesh["id"]
    assert corpus.graph.find("Islamic State")["id"] == daesh["id"]
    assert corpus.graph.find("no such name anywhere") is None
    assert "Daesh" in corpus.graph
    assert corpus.graph.neighbours("Daesh") == []  # named, but in no relation here
    neighbours = corpus.graph.neighbours("Iraqi troops")
    assert all({"id", "label", "relation", "outgoing", "date"} <= set(n) for n in neighbours)
    assert {(n["id"], n["relation"], n["outgoing"]) for n in neighbours} >= {("hit", "recaptured", True)}
    # the recapture of Hit, reported by both articles, is one entry with both sources
    hit = [e for e in corpus.chronology if e["relation"] == "recaptured"]
    assert hit and hit[0]["date"] == "2016-02-29"
    assert hit[0]["cameo"] == "192"  # CAMEO: occupy territory
    assert all("cameo" in e for e in corpus.graph.edges)
    assert {s["doc"] for s in hit[0]["sources"]} == {"a", "b"}
    assert all(hit[0]["evidence"])


def test_edge_evidence_has_its_sentences(bundled):
    link = max(bundled.graph.edges, key=lambda e: len(e["evidence"]))
    evidence = bundled.graph.evidence(link["source"], link["target"], link["key"])
    assert len(evidence) == len(link["evidence"])
    assert all(ev["text"] for ev in evidence)
    with pytest.raises(mosulkg.Error):
        bundled.graph.evidence("nobody", "nothing")


def test_tag_dates():
    found = mosulkg.tag_dates("Écrit: the offensive began on Monday, 17 October 2016, and lasted nine months.",
                              "2016-10-18")
    t = next(t for t in found if "17 October 2016" in t["text"])
    assert t["value"] == "2016-10-17" and t["type"] == "DATE"
    text = "Écrit: the offensive began on Monday, 17 October 2016, and lasted nine months."
    assert text[t["start"]:t["end"]] == t["text"]  # offsets count characters
    assert any(t["type"] == "DURATION" for t in found)
    relative = mosulkg.tag_dates("They met on Monday.", datetime.date(2016, 3, 9))
    assert [t["value"] for t in relative] == ["2016-03-07"]
    assert mosulkg.tag_dates("They met on Monday.")[0]["value"].startswith("XXXX")


def test_write_writes_every_output_file(written):
    names = {p.name for p in written.iterdir()}
    for name in ("graph.json", "graph.svg", "graph.dot", "timeline.json", "timeline.md", "report.html"):
        assert name in names
    html = (written / "report.html").read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and 'id="mosulkg-data"' in html


def test_errors_raise_with_one_line(tmp_path):
    with pytest.raises(mosulkg.Error) as e:
        mosulkg.Pipeline().run(str(tmp_path / "missing.txt"))
    assert "missing.txt" in str(e.value) and "\n" not in str(e.value)
    with pytest.raises(mosulkg.Error, match="record 1: missing 'text'"):
        mosulkg.Pipeline().run([{"id": "x"}])
    with pytest.raises(mosulkg.Error, match="published"):
        mosulkg.Pipeline().run([{"id": "x", "text": "Mosul.", "published": "2016-02-30"}])
    with pytest.raises(mosulkg.Error, match="used by another input"):
        mosulkg.Pipeline().run([{"id": "x", "text": "Mosul."}, {"id": "x", "text": "Raqqa."}])
    with pytest.raises(mosulkg.Error, match="date_from"):
        mosulkg.Pipeline().run(ARTICLES, date_from="June 2014")
    with pytest.raises(mosulkg.Error, match="dct"):
        mosulkg.tag_dates("on Monday", "yesterday")
    with pytest.raises(mosulkg.Error, match="no entity"):
        mosulkg.Pipeline().run(ARTICLES).graph.neighbours("nobody at all")
    bad_kb = tmp_path / "kb.tsv"
    bad_kb.write_text("x\tperson\tX\t\tjavascript:alert(1)\tsource\n", encoding="utf-8")
    with pytest.raises(mosulkg.Error, match="kb.tsv"):
        mosulkg.Pipeline(kb=bad_kb)
    with pytest.raises(mosulkg.Error, match="no-such-kb.tsv"):
        mosulkg.Pipeline(kb=tmp_path / "no-such-kb.tsv")
    with pytest.raises(mosulkg.Error, match="input 1: expected a path"):
        mosulkg.Pipeline().run([42])


def test_user_knowledge_base(tmp_path):
    kb = tmp_path / "kb.tsv"
    kb.write_text("kasak\tplace\tKasak\tal-Kasak|Kesek\t\tyour source\n", encoding="utf-8")
    pipeline = mosulkg.Pipeline(kb=kb)
    corpus = pipeline.run([{"id": "k", "published": "2016-05-02",
                            "text": "Kurdish forces recaptured Kesek from the Islamic State on Sunday.\n"}],
                          date_from="2016-01", date_to="2016-12")
    node = corpus.graph.find("Kesek")
    assert node is not None and node["id"] == "kasak" and node["in_kb"]
