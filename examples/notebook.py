"""An analyst's first notebook with mosulkg, as plain Python.

Loads the bundled articles, tabulates the chronology with pandas, ranks the
entities by how connected they are with NetworkX, finds an entity by one of its
names, and shows the evidence behind one relation. Run it from anywhere with
Debian's Python and the module on the path:

    PYTHONPATH=build/python /usr/bin/python3 examples/notebook.py
"""
import pathlib
import sys

import mosulkg
import networkx as nx

here = pathlib.Path(__file__).resolve().parent
articles = here / "articles"

# 1. Load the bundled articles (a folder; .txt and .jsonl files and dicts work too).
corpus = mosulkg.Pipeline().run([articles])
print(corpus)

# 2. The chronology as a table (pandas is optional here).
try:
    import pandas as pd
except ImportError:
    pd = None
    print("SKIP: pandas is not installed; the chronology is printed without it")
if pd is not None:
    table = pd.DataFrame(corpus.chronology)
    table["sources"] = table["sources"].map(len)
    with pd.option_context("display.width", 120, "display.max_colwidth", 60):
        print(table[["date", "summary", "actor", "target", "place", "sources"]].to_string(index=False))
else:
    for e in corpus.chronology:
        print(e["date"], e["summary"], len(e["sources"]))

# 3. The most connected entities.
g = corpus.graph.to_networkx()
degree = nx.Graph(g).degree()  # distinct neighbours, whatever the number of relations
top = sorted(degree, key=lambda item: (-item[1], item[0]))[:5]
print("most connected:")
for node, d in top:
    print("  %-30s %-7s %d neighbours" % (g.nodes[node]["label"], g.nodes[node]["type"], d))

# 4. Find an entity by any name seen in the articles.
isis = corpus.graph.find("ISIS")
print("ISIS is %s (%s), also called %s" % (isis["label"], isis["id"], ", ".join(isis["aliases"])))
for n in corpus.graph.neighbours("ISIS"):
    print("  %s %s %s" % ("->" if n["outgoing"] else "<-", n["relation"], n["label"]))

# 5. Where does an edge come from? The evidence sentences of the best-attested relation.
source, target, key, data = max(g.edges(keys=True, data=True),
                                key=lambda e: (len(e[3]["evidence"]), e[3]["summary"]))
print("evidence for: %s" % data["summary"])
for ev in corpus.graph.evidence(source, target, key):
    print("  %s, sentence %d: %s" % (ev["doc"], ev["sentence"], ev["text"] or "(not kept)"))

if len(g) == 0 or not corpus.chronology or isis is None:
    sys.exit(1)
