"""Benchmark of the triple stores on about 1 million triples (copies of the bundled
example's graph under new document IRIs): load rate into the local store and into a
real Oxigraph server, and canned-query latency in both against rdflib's in-memory store.

    .venv/bin/python benchmarks/store.py [--triples 1000000]
"""
from __future__ import annotations

import argparse
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import requests
from rdflib import Graph, URIRef

from kg import build_graphs, load_articles
from kg.rdf.query import canned_names, query_text, run_query
from kg.stores.remote import Endpoint
from kg.stores.local import LocalStore

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "seed-shanghai-hk-2024-11-06.txt"


def corpus(triples: int) -> list[Graph]:
    """Copies of the example's graph, each under its own document IRI."""
    g = build_graphs(load_articles([str(EXAMPLE)]))[0]
    doc, nt = str(g.identifier), g.serialize(format="nt")
    graphs = []
    for i in range(triples // len(g) + 1):
        copy = Graph(identifier=URIRef(f"{doc}-{i}"))
        copy.parse(data=nt.replace(doc, f"{doc}-{i}"), format="nt")
        graphs.append(copy)
    return graphs


def timed(fn) -> tuple[float, object]:
    start = time.perf_counter()
    out = fn()
    return time.perf_counter() - start, out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--triples", type=int, default=1_000_000)
    args = ap.parse_args()
    graphs = corpus(args.triples)
    total = sum(len(g) for g in graphs)
    print(f"{len(graphs)} documents, {total} triples\n")
    with tempfile.TemporaryDirectory() as tmp:
        local = LocalStore(str(Path(tmp) / "db"))
        t_local, _ = timed(lambda: [local.replace(g) for g in graphs] and local.flush())
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        exe = Path(sys.executable).parent / "oxigraph"
        proc = subprocess.Popen([str(exe), "serve", "--location", str(Path(tmp) / "srv"), "--bind",
                                 f"127.0.0.1:{port}", "--union-default-graph"], stderr=subprocess.DEVNULL)
        url = f"http://127.0.0.1:{port}"
        for _ in range(200):
            try:
                requests.get(url + "/query", params={"query": "ASK {}"}, timeout=1)
                break
            except requests.ConnectionError:
                time.sleep(0.05)
        try:
            t_server, _ = timed(lambda: Endpoint(url + "/store").push(graphs))
            t_mem, memory = timed(lambda: _merge(graphs))
            print(f"{'load into':<26} {'seconds':>8} {'triples/s':>10}")
            for name, t in (("local store (Oxigraph)", t_local), ("Oxigraph server (GSP)", t_server),
                            ("rdflib in-memory", t_mem)):
                print(f"{name:<26} {t:>8.1f} {total / t:>10.0f}")
            print(f"\n{'query':<11} {'rows':>6} {'rdflib s':>9} {'local s':>8} {'server s':>9} {'rdflib/local':>13}")
            remote = Endpoint(url + "/query")
            for name in canned_names():
                sparql = query_text(name)
                t_r, (_, rows) = timed(lambda: run_query(memory, name))
                t_l, (_, rows_l) = timed(lambda: local.query(sparql))
                t_s, (_, rows_s) = timed(lambda: remote.query(sparql))
                assert len(rows) == len(rows_l) == len(rows_s), name
                print(f"{name:<11} {len(rows):>6} {t_r:>9.3f} {t_l:>8.3f} {t_s:>9.3f} {t_r / t_l:>12.0f}x")
        finally:
            proc.terminate()
            proc.wait(10)


def _merge(graphs: list[Graph]) -> Graph:
    out = Graph()
    for g in graphs:
        for t in g:
            out.add(t)
    return out


if __name__ == "__main__":
    main()
