"""mosulkg: a knowledge graph and a chronology from news articles about the war
against the Islamic State.

The pipeline reads articles (``.txt`` or ``.jsonl`` files, folders of them, or
dicts held in memory), links every name to one entity across all articles and
reads dated, attributed relations from the sentences::

    import mosulkg
    corpus = mosulkg.Pipeline().run(["examples/articles"])
    g = corpus.graph.to_networkx()                  # networkx.MultiDiGraph, as graph.json
    print(corpus.graph.find("Daesh")["label"])      # any alias: Islamic State
    df = pandas.DataFrame(corpus.chronology)        # date, summary, actor, target, place, sources, evidence
    corpus.write("out")                             # every output file, report.html included

Every problem with an input or an argument raises :class:`mosulkg.Error`, whose
message is one line naming the file or value.
"""

import json
import os

from . import _mosulkg
from ._mosulkg import Error

__all__ = ["Pipeline", "Corpus", "Graph", "Error", "tag_dates"]
__version__ = "0.1.0"


def tag_dates(text, dct=None):
    """Tag the temporal expressions (TIMEX3) of ``text``.

    ``dct`` (the document creation time: ``"YYYY-MM-DD"`` or a ``datetime.date``)
    resolves relative expressions ("on Monday", "last October"); without it they keep
    placeholders ("XXXX-10"). Returns a list of dicts with ``start`` and ``end``
    (offsets into ``text``, in characters), ``text``, ``type`` (DATE, TIME, DURATION,
    SET), ``value`` (the TIMEX3 value, e.g. "2016-10-17") and ``mod`` ("START",
    "APPROX", ... or "").
    """
    if not isinstance(text, str):
        raise TypeError("tag_dates: text must be a str")
    return _mosulkg.tag_dates(text, dct)


def _inputs(paths_or_records):
    """The inputs as a list: one path or record alone becomes a list of one."""
    if isinstance(paths_or_records, (str, bytes, dict)) or hasattr(paths_or_records, "__fspath__"):
        paths_or_records = [paths_or_records]
    items = []
    for item in paths_or_records:
        if isinstance(item, bytes):
            item = os.fsdecode(item)
        elif hasattr(item, "__fspath__"):
            item = os.fspath(item)
        items.append(item)
    return items


class Pipeline:
    """The stages of mosulkg with their knowledge base loaded.

    ``kb`` names a knowledge-base file (format: data/kb/README.md) that extends the
    built-in one, or replaces it when ``kb_replace`` is true. Loading it may warn (a
    name that two entities share): see :attr:`warnings`. A Pipeline may be used from
    several threads; :meth:`run` releases the interpreter lock while it works.
    """

    def __init__(self, kb=None, kb_replace=False):
        self._core = _mosulkg.Pipeline(os.fspath(kb) if kb is not None else None, bool(kb_replace))

    @property
    def warnings(self):
        """The warnings of loading the ``kb`` file, one line each."""
        return list(self._core.warnings)

    def run(self, paths_or_records, date_from="2014-06", date_to="2017-04", jobs=0):
        """Build the graph and chronology of some articles; returns a :class:`Corpus`.

        ``paths_or_records`` is one input or a list of them: a path (``str`` or
        ``os.PathLike``) to a ``.txt`` or ``.jsonl`` file or a folder of them, or a dict
        ``{"id", "text"}`` with optional ``"title"``, ``"url"`` and ``"published"``
        (``"YYYY-MM-DD"`` or a ``datetime.date``, which wins over a date read in the
        text). ``date_from`` and ``date_to`` ("YYYY-MM") bound the chronology; events
        outside stay in the graph. ``jobs``: extraction threads (0: all cores); the
        result is the same for any number. Raises :class:`Error` for an input that
        cannot be read; a document that cannot be processed is left out and listed in
        :attr:`Corpus.skipped`.
        """
        return Corpus(self._core.run(_inputs(paths_or_records), date_from, date_to, int(jobs)))

    def __repr__(self):
        return "<mosulkg.Pipeline: %d entities in the knowledge base>" % self._core.entity_count


class Corpus:
    """What one run produced: the graph, the chronology and the documents read.

    Made by :meth:`Pipeline.run`; immutable.
    """

    def __init__(self, core):
        self._core = core
        self._graph = None
        self._chronology = None

    @property
    def graph(self):
        """The knowledge graph (:class:`Graph`)."""
        if self._graph is None:
            self._graph = Graph(self._core)
        return self._graph

    @property
    def chronology(self):
        """The chronology: a list of dicts in date order, one per event.

        Each dict holds the fields of an event of timeline.json (``id``, ``date``,
        ``granularity``, ``relation``, ``cameo`` (its CAMEO event code, or None),
        ``summary``, ``actor``, ``target``,
        ``participants``, ``participant_labels``, ``place``, ``place_label``,
        ``attributed_to``, ``attributed_label``, ``sources``: each source's document,
        sentence, offsets, evidence sentence and the date it gives) and ``evidence``:
        the evidence sentences alone. ``pandas.DataFrame(corpus.chronology)`` makes a
        table of it.
        """
        if self._chronology is None:
            events = json.loads(self._core.timeline_json())["events"]
            for e in events:
                e["evidence"] = [s["text"] for s in e["sources"]]
            self._chronology = events
        return [dict(e) for e in self._chronology]

    @property
    def documents(self):
        """The documents read, in id order: id, path, title, url, published, warnings."""
        return self._core.documents

    @property
    def skipped(self):
        """The documents that could not be processed: id, path, problem."""
        return self._core.skipped

    def write(self, out_dir):
        """Replace the folder ``out_dir`` with every output file (graph.json, graph.svg,
        timeline.json, report.html, ...), all at once: on failure (:class:`Error`) the
        previous content stays as it was."""
        self._core.write(os.fspath(out_dir))

    def report_html(self, title="mosulkg report"):
        """The text of report.html: the interactive page, self-contained."""
        return self._core.report_html(title)

    def timeline_text(self):
        """The chronology as ``mosulkg build`` prints it."""
        return self._core.timeline_text()

    def to_json(self):
        """The text of graph.json."""
        return self._core.graph_json()

    def timeline_json(self):
        """The text of timeline.json."""
        return self._core.timeline_json()

    def __repr__(self):
        return "<mosulkg.Corpus: %d documents, %d nodes, %d edges, %d chronology entries>" % (
            len(self._core.documents), self._core.node_count, self._core.edge_count, self._core.entry_count)


class Graph:
    """The knowledge graph of a corpus: one node per real entity, one edge per relation.

    Nodes and edges are the dicts of graph.json (see docs/output.md): a node has
    ``id``, ``type``, ``label``, ``aliases``, ``wikidata``, ``in_kb`` and ``mentions``;
    an edge ``source``, ``target``, ``key``, ``relation``, ``date``, ``place``,
    ``attributed_to``, ``confidence``, ``summary`` and ``evidence``.
    """

    def __init__(self, core):
        self._core = core
        self._data = None
        self._nodes = None
        self._sentences = None

    def _graph_data(self):
        if self._data is None:
            self._data = json.loads(self._core.graph_json())
            self._nodes = {n["id"]: n for n in self._data["nodes"]}
        return self._data

    def to_dict(self):
        """graph.json as a dict (node-link data)."""
        return json.loads(self._core.graph_json())

    def to_networkx(self):
        """A ``networkx.MultiDiGraph`` with the nodes and edges of graph.json and their
        attributes (the graph's attribute ``documents`` lists the documents)."""
        import networkx as nx

        data = self.to_dict()
        try:
            return nx.node_link_graph(data, edges="links")
        except TypeError:  # NetworkX before 3.4
            return nx.node_link_graph(data, link="links")

    @property
    def nodes(self):
        """Every node (dict), in id order."""
        return [dict(n) for n in self._graph_data()["nodes"]]

    @property
    def edges(self):
        """Every edge (dict), ordered by source, target, relation and date."""
        return [dict(e) for e in self._graph_data()["links"]]

    def find(self, name):
        """The node (dict) that a name stands for, or None.

        ``name`` may be the id, the label or any surface form seen in the articles
        ("Daesh", "ISIS" and "IS" find Islamic State), ignoring ASCII case when
        nothing matches exactly."""
        node_id = self._core.find(name)
        if node_id is None:
            return None
        self._graph_data()
        return dict(self._nodes[node_id])

    def neighbours(self, name):
        """The neighbours of the entity ``name`` stands for (any alias or its id): one
        dict per edge with the neighbour's ``id``, ``label``, ``type``, ``aliases``,
        ``wikidata``, ``in_kb``, ``mentions`` (a count) and the edge's ``relation``,
        ``date``, ``summary``, ``sources`` (a count) and ``outgoing`` (whether the edge
        leaves the entity). Raises :class:`Error` when no entity has that name."""
        return self._core.neighbours(name)

    def evidence(self, source, target, key=0):
        """Where the edge ``source`` -> ``target`` (ids, and ``key`` among the edges of
        that pair, as in graph.json and NetworkX) comes from: its evidence entries
        (document, sentence, offsets) with ``text``, the evidence sentence ("" when not
        kept). Raises :class:`Error` when there is no such edge."""
        data = self._graph_data()
        if self._sentences is None:
            self._sentences = self._core.edge_sentences()
        for link, texts in zip(data["links"], self._sentences):
            if link["source"] == source and link["target"] == target and link["key"] == key:
                return [dict(ev, text=text) for ev, text in zip(link["evidence"], texts)]
        raise Error("no edge %s -> %s with key %s" % (source, target, key))

    def __len__(self):
        return self._core.node_count

    def __contains__(self, name):
        return self._core.find(name) is not None

    def __repr__(self):
        return "<mosulkg.Graph: %d nodes, %d edges>" % (self._core.node_count, self._core.edge_count)
