#!/usr/bin/env python3
"""Checks a build of a hand-written corpus against its own gold.json, without the shared scorer.

usage: own_gold.py GOLD.json OUT_DIR  -> prints one JSON object:
  published_correct  documents whose publication date is the gold's
  linked_recall      share of the gold's (document, entity id) pairs that the graph has: a node
                     with that id and a mention in that document
  linked_precision   share of the graph's (document, knowledge-base entity) pairs that the gold
                     lists (entities, optional or ignored)
  event_dates        share of the gold's dated events whose date is on a chronology entry
                     with one of the event's participants
"""
import json, pathlib, sys

gold = json.load(open(sys.argv[1], encoding="utf-8"))
out = pathlib.Path(sys.argv[2])
graph = json.load(open(out / "graph.json", encoding="utf-8"))
timeline = json.load(open(out / "timeline.json", encoding="utf-8"))

published = {d["id"]: d.get("published") for d in graph["graph"].get("documents", [])}
have = {(m["doc"], n["id"]) for n in graph["nodes"] for m in n.get("mentions", [])}
in_kb = {(m["doc"], n["id"]) for n in graph["nodes"] if n.get("in_kb") for m in n.get("mentions", [])}
want, allowed, events, dated = set(), set(), 0, 0
entries = timeline.get("entries", timeline.get("events", []))
for doc, d in gold["documents"].items():
    for key in ("entities", "optional", "ignore"):
        for e in d.get(key, []):
            eid = e["id"] if isinstance(e, dict) else e
            allowed.add((doc, eid))
            if key == "entities":
                want.add((doc, eid))
    for ev in d.get("events", []):
        if not ev.get("date"):
            continue
        events += 1
        who = set(ev.get("participants", [])) | {ev.get("subject"), ev.get("object")}
        if any(x.get("date", "").startswith(ev["date"][:7]) and who & set(x.get("participants", []))
               for x in entries):
            dated += 1
result = {
    "published_correct": sum(1 for doc, d in gold["documents"].items() if published.get(doc) == d.get("published")),
    "linked_recall": round(len(want & have) / max(1, len(want)), 3),
    "linked_precision": round(len(in_kb & allowed) / max(1, len({p for p in in_kb if p[0] in gold["documents"]})), 3),
    "event_dates": round(dated / max(1, events), 3),
    "missed": sorted("%s:%s" % p for p in want - have)[:10],
}
print(json.dumps(result))
