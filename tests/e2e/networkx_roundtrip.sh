#!/usr/bin/env bash
# The files for other tools, read back by other tools: NetworkX reads graph.json
# (node_link_graph) and graph.graphml (read_graphml); Python's csv module reads
# the Neo4j files; every line of graph.nt must be one N-Triples statement. Node
# and edge counts, and the attributes of every node and edge, must agree with
# each other and with the counts the program prints.
source "$(dirname "$0")/common.bash"
python3 -c "import networkx" 2>/dev/null || { echo "SKIP: python3-networkx is not installed"; exit 77; }
"$bin" build "$src/examples/articles" --out "$work/out" -q 2> "$work/stderr" || { cat "$work/stderr"; fail "mosulkg build"; }
counts=$(sed -n 's/.* \([0-9]*\) nodes, \([0-9]*\) edges.*/\1 \2/p' "$work/stderr" | tail -1)
[ -n "$counts" ] || fail "no node and edge counts on stderr"
python3 - "$work/out" $counts <<'PY' || fail "the files disagree"
import csv, json, re, sys
import networkx as nx

out, want_nodes, want_edges = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
problems = []
def expect(what, got, wanted):
    if got != wanted:
        problems.append(f"{what}: {got!r} != {wanted!r}")

data = json.load(open(f"{out}/graph.json", encoding="utf-8"))
try:
    gj = nx.node_link_graph(data, edges="links")
except TypeError:  # NetworkX before 3.4
    gj = nx.node_link_graph(data, link="links")
gm = nx.read_graphml(f"{out}/graph.graphml")
expect("graph.json nodes", gj.number_of_nodes(), want_nodes)
expect("graph.json edges", gj.number_of_edges(), want_edges)
expect("graph.graphml nodes", gm.number_of_nodes(), want_nodes)
expect("graph.graphml edges", gm.number_of_edges(), want_edges)

by_id = {a["id"]: a for _, a in gm.nodes(data=True)}
expect("graphml ids", sorted(by_id), sorted(gj.nodes))
for n, a in gj.nodes(data=True):
    m = by_id.get(n, {})
    expect(f"{n} label", m.get("label"), a["label"])
    expect(f"{n} type", m.get("type"), a["type"])
    expect(f"{n} wikidata", m.get("wikidata") or None, a["wikidata"])
    expect(f"{n} mentions", m.get("mentions"), len(a["mentions"]))
    expect(f"{n} in_kb", m.get("in_kb"), a["in_kb"])

def edge_keys(edges):
    return sorted(edges)
ej = edge_keys((s, t, a["relation"], a["date"] or "", round(a["confidence"], 6), a["summary"])
               for s, t, a in gj.edges(data=True))
em = edge_keys((gm.nodes[s]["id"], gm.nodes[t]["id"], a["relation"], a.get("date", ""),
                round(a["confidence"], 6), a.get("summary", "")) for s, t, a in gm.edges(data=True))
expect("graphml edges", em, ej)

with open(f"{out}/nodes.csv", newline="", encoding="utf-8") as f:
    rows = list(csv.DictReader(f))
expect("nodes.csv rows", len(rows), want_nodes)
expect("nodes.csv labels", sorted((r["id:ID"], r["label"]) for r in rows),
       sorted((n, a["label"]) for n, a in gj.nodes(data=True)))
with open(f"{out}/relationships.csv", newline="", encoding="utf-8") as f:
    rels = list(csv.DictReader(f))
expect("relationships.csv rows", len(rels), want_edges)
ec = edge_keys((r[":START_ID"], r[":END_ID"], r["relation"], r["date"], round(float(r["confidence:double"]), 6),
                r["summary"]) for r in rels)
expect("relationships.csv edges", ec, ej)
expect("relationships.csv :TYPE", all(r[":TYPE"] == r["relation"].upper() for r in rels), True)

iri = r'<[^<>"{}|^`\\\x00-\x20]*>'
literal = r'"(?:[^"\\\n\r]|\\[tbnrf"\'\\]|\\u[0-9A-Fa-f]{4})*"(?:\^\^' + iri + r'|@[a-zA-Z]+(?:-[a-zA-Z0-9]+)*)?'
triple = re.compile(rf'^{iri} {iri} (?:{iri}|{literal}) \.$')
lines = open(f"{out}/graph.nt", encoding="utf-8").read().splitlines()
bad = [l for l in lines if not triple.match(l)]
expect("graph.nt malformed lines", bad[:3], [])
same_as = sum(1 for l in lines if "owl#sameAs" in l)
expect("graph.nt owl:sameAs", same_as, sum(1 for _, a in gj.nodes(data=True) if a["wikidata"]))

if problems:
    print("\n".join(problems[:20]))
    sys.exit(1)
print(f"ok: {want_nodes} nodes and {want_edges} edges agree across graph.json, graph.graphml, "
      f"nodes.csv, relationships.csv; {len(lines)} N-Triples lines, {same_as} owl:sameAs")
PY
