#!/usr/bin/env python3
"""mosulkg on a Dask cluster: `mosulkg extract` on the workers, `mosulkg merge` at the end.

The inputs (.txt files, .jsonl files of one article a line, or folders of them) are
split into partitions of whole articles; each partition is extracted by `mosulkg
extract` on a Dask worker, into JSON Lines records (README: Record format). Records
are concatenated pairwise, tree-wise, on the workers, and the last merge writes the
same files as `mosulkg build` (graph.json, timeline.json, ...) into --out. The mosulkg
program must be installed at the same path on every worker (--mosulkg).

    python3 scripts/dask_build.py ARTICLES... --out OUT [--scheduler tcp://HOST:8786]
        [--workers N] [--partitions N] [--mosulkg PATH] [--from YYYY-MM] [--to YYYY-MM]

Without --scheduler a distributed.LocalCluster of --workers processes is started.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile


def articles(inputs):
    """Every article, in a stable order: ("txt", file name, bytes) or ("jsonl", line)."""
    files = []
    for path in inputs:
        if os.path.isdir(path):
            files += sorted(os.path.join(path, f) for f in os.listdir(path) if f.endswith((".txt", ".jsonl")))
        else:
            files.append(path)
    out = []
    for f in files:
        with open(f, "rb") as fh:
            data = fh.read()
        if f.endswith(".jsonl"):
            out += [("jsonl", line) for line in data.split(b"\n") if line.strip()]
        else:
            out.append(("txt", os.path.basename(f), data))
    return out


def extract(items, mosulkg, extra):
    """Runs on a worker: the records of one partition of articles, as lines of JSON.

    The articles are written as they were read (a .txt file under its own name, .jsonl
    lines into one file), so that the worker reads them exactly as `mosulkg build` does."""
    with tempfile.TemporaryDirectory() as tmp:
        lines = [item[1] for item in items if item[0] == "jsonl"]
        if lines:
            with open(os.path.join(tmp, "part.jsonl"), "wb") as fh:
                fh.write(b"\n".join(lines) + b"\n")
        for item in items:
            if item[0] == "txt":
                with open(os.path.join(tmp, item[1]), "wb") as fh:
                    fh.write(item[2])
        done = subprocess.run([mosulkg, "extract", tmp, "-q", "--jobs", "1"] + extra,
                              check=True, capture_output=True)
        return [r for r in done.stdout.decode("utf-8").splitlines() if r.strip()]


def combine(a, b):
    """Runs on a worker: two lists of records as one."""
    return a + b


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("inputs", nargs="+")
    ap.add_argument("--out", required=True)
    ap.add_argument("--scheduler", help="address of a running Dask scheduler (default: a local cluster)")
    ap.add_argument("--workers", type=int, default=2, help="local cluster size (default 2)")
    ap.add_argument("--partitions", type=int, default=0, help="default: 4 per worker")
    ap.add_argument("--mosulkg", default="mosulkg", help="the mosulkg program, on every worker")
    ap.add_argument("--from", dest="from_", default="2014-06")
    ap.add_argument("--to", default="2017-04")
    ap.add_argument("--kb", help="a knowledge-base file, readable on every worker")
    args = ap.parse_args()

    from dask.distributed import Client, LocalCluster

    extra = ["--kb", args.kb] if args.kb else []
    lines = articles(args.inputs)
    if args.scheduler:
        client = Client(args.scheduler)
    else:
        client = Client(LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                                     dashboard_address=None))
    try:
        workers = max(1, len(client.scheduler_info()["workers"]))
        n = args.partitions or 4 * workers
        size = max(1, -(-len(lines) // n))
        parts = [client.submit(extract, lines[i:i + size], args.mosulkg, extra, pure=False)
                 for i in range(0, len(lines), size)]
        while len(parts) > 1:   # tree-wise: pairs, then pairs of pairs
            parts = [client.submit(combine, parts[i], parts[i + 1]) if i + 1 < len(parts) else parts[i]
                     for i in range(0, len(parts), 2)]
        records = parts[0].result() if parts else []
    finally:
        client.close()
    os.makedirs(args.out, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "records.jsonl")
        with open(path, "w", encoding="utf-8") as fh:
            fh.write("".join(r + "\n" for r in records))
        subprocess.run([args.mosulkg, "merge", path, "--out", args.out, "--from", args.from_, "--to", args.to, "-q"]
                       + extra, check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
