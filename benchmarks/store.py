"""Benchmark of the triple stores on about 1 million triples (copies of the bundled
example's graph under new document IRIs, one named graph each), side by side in one run
on the same quads:

- load rate of the local store (what `kg build --store` does with each document's
  N-Triples) against pyoxigraph's own bulk loader given the same quads as N-Quads, and
  against `kg push` to a real Oxigraph server and rdflib's in-memory graph;
- canned-query latency in rdflib, the local store (the query run, and the answer `kg
  query --store` gets: kept in the store's folder since `kg build --store`), and the
  server (best of 3 runs but for rdflib);
- the time `kg build --store` spends keeping the canned queries' answers, apart from
  the load: the loader measured above does not do it.

The last line is `load ratio R`: the local store's load rate over pyoxigraph's.

    .venv/bin/python benchmarks/store.py [--triples 1000000] [--rounds 4]
"""
from __future__ import annotations

import argparse
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox
import requests
from rdflib import Graph, URIRef

from kg import build_graphs, load_articles
from kg.rdf.export import graph_chunk, nquads
from kg.rdf.graph import merge
from kg.rdf.query import canned_names, query_text, run_query
from kg.stores.local import LocalStore, keep_answers
from kg.stores.remote import Endpoint

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "seed-shanghai-hk-2024-11-06.txt"


def corpus(triples: int) -> list[tuple[str, bytes]]:
    """Copies of the example's graph as (document IRI, sorted N-Triples), the form in
    which `kg build` hands documents to the store."""
    g = build_graphs(load_articles([str(EXAMPLE)]))[0]
    doc, nt = str(g.identifier), graph_chunk(g, "nt")
    return [(f"{doc}-{i}", nt.replace(doc.encode(), f"{doc}-{i}".encode()))
            for i in range(triples // len(g) + 1)]


def timed(fn) -> tuple[float, object]:
    start = time.perf_counter()
    out = fn()
    return time.perf_counter() - start, out


def best(fn, runs: int = 3) -> tuple[float, object]:
    times, out = [], None
    for _ in range(runs):
        t, out = timed(fn)
        times.append(t)
    return min(times), out


def load_local(path: Path, docs: list[tuple[str, bytes]]) -> LocalStore:
    local = LocalStore(str(path))
    loader = local.loader()
    for iri, nt in docs:
        loader.add(iri, nt)
    loader.close()
    return local


def load_bulk(path: Path, quads: bytes) -> None:
    store = ox.Store(str(path))
    store.bulk_load(quads, format=ox.RdfFormat.N_QUADS)
    store.flush()


def oxigraph_server(location: Path) -> tuple[subprocess.Popen, str]:
    """Oxigraph's server as `kg serve` starts it, on a free port."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    exe = Path(sys.executable).parent / "oxigraph"
    proc = subprocess.Popen([str(exe), "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}",
                             "--union-default-graph"], stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    for _ in range(200):
        try:
            requests.get(url + "/query", params={"query": "ASK {}"}, timeout=1)
            break
        except requests.ConnectionError:
            time.sleep(0.05)
    return proc, url


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--triples", type=int, default=1_000_000)
    ap.add_argument("--rounds", type=int, default=4, help="loads of each kind, alternated; the best counts")
    args = ap.parse_args()
    docs = corpus(args.triples)
    quads = b"".join(nquads(nt, iri) for iri, nt in docs)
    total = quads.count(b"\n")
    print(f"{len(docs)} documents, {total} triples\n")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        t_local = t_bulk = float("inf")
        for n in range(args.rounds):  # alternated, each first in turn: the machine's load varies
            if n % 2:
                t_bulk = min(t_bulk, timed(lambda: load_bulk(tmp / f"bulk{n}", quads))[0])
            t, local = timed(lambda: load_local(tmp / f"local{n}", docs))
            t_local = min(t_local, t)
            if not n % 2:
                t_bulk = min(t_bulk, timed(lambda: load_bulk(tmp / f"bulk{n}", quads))[0])
        assert len(local) == total
        path = local.path
        local.close()  # as kg build --store does before it keeps the answers
        t_keep, _ = timed(lambda: keep_answers(path))
        local = LocalStore(path, read_only=True)
        graphs = [Graph(identifier=URIRef(iri)).parse(data=nt, format="nt") for iri, nt in docs]
        proc, url = oxigraph_server(tmp / "srv")
        try:
            t_server, _ = timed(lambda: Endpoint(url + "/store").push(graphs))
            t_mem, memory = timed(lambda: merge(graphs))
            print(f"{'load into':<34} {'seconds':>8} {'triples/s':>10}")
            for name, t in (("local store (kg build --store)", t_local), ("pyoxigraph bulk_load (reference)", t_bulk),
                            ("Oxigraph server (kg push, GSP)", t_server), ("rdflib in-memory graph", t_mem)):
                print(f"{name:<34} {t:>8.1f} {total / t:>10.0f}")
            print(f"\n{'query':<11} {'rows':>6} {'rdflib s':>9} {'local s':>8} {'kept s':>7} {'server s':>9}")
            remote = Endpoint(url + "/query")
            for name in canned_names():
                sparql = query_text(name)
                t_r, (_, rows) = timed(lambda: run_query(memory, name))
                t_l, (_, rows_l) = best(lambda: local.evaluate(sparql, union=False))
                t_k, (_, rows_k) = best(lambda: LocalStore(path, read_only=True).query(sparql, union=False))
                t_s, (_, rows_s) = best(lambda: remote.query(sparql))
                assert sorted(rows) == sorted(rows_l) == sorted(rows_s), name  # ties: any order
                assert rows_k == rows_l, name
                print(f"{name:<11} {len(rows):>6} {t_r:>9.3f} {t_l:>8.3f} {t_k:>7.3f} {t_s:>9.3f}")
            print(f"\nanswers kept by kg build --store (every canned query): {t_keep:.1f} s")
        finally:
            proc.terminate()
            proc.wait(10)
    print(f"\nload ratio {t_bulk / t_local:.2f}")


if __name__ == "__main__":
    main()
