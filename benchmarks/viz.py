"""Benchmark of the HTML network: page generation time at 1k, 5k and 20k nodes, and
the time headless Chromium takes to draw and settle 1k and 5k.

    .venv/bin/python benchmarks/viz.py
"""
from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from kg.vocab import ORG, SCHEMA  # noqa: E402
from kg.views.network import to_networkx  # noqa: E402
from kg.views.page import render_html  # noqa: E402


def synthetic(nodes: int, seed: int = 7) -> Graph:
    """People, organizations and places; two posts per node on average (edges = 2 x nodes)."""
    rnd, g, base = random.Random(seed), Graph(), "https://example.org/"
    kinds = [SCHEMA.Person] * 5 + [SCHEMA.Organization] * 3 + [SCHEMA.Place] * 2
    ids = {SCHEMA.Person: [], SCHEMA.Organization: [], SCHEMA.Place: []}
    for i in range(nodes):
        cls = kinds[i % 10]
        node = URIRef(f"{base}e/{i}")
        ids[cls].append(node)
        g.add((node, RDF.type, cls))
        g.add((node, RDFS.label, Literal(f"Entity {i}")))
    where = ids[SCHEMA.Organization] + ids[SCHEMA.Place]
    for i in range(2 * nodes):
        post = URIRef(f"{base}post/{i}")
        g.add((post, RDF.type, ORG.Post))
        g.add((post, RDFS.label, Literal("Director")))
        g.add((post, ORG.heldBy, rnd.choice(ids[SCHEMA.Person])))
        g.add((post, ORG.postIn, rnd.choice(where)))
    return g


def settle(path: Path) -> tuple[float, int]:
    from playwright.sync_api import sync_playwright

    from browser import launch, visit
    with sync_playwright() as p:
        b = launch(p)
        v = visit(b, path)
        v.wait("drawn")
        seconds = v.wait("stabilized", timeout=600)
        drawn = v.page.evaluate("Object.keys(kg.network.getPositions()).length")
        b.close()
    return seconds, drawn


def main() -> None:
    print(f"{'nodes':>6} {'edges':>6} {'to_networkx s':>13} {'render_html s':>13} {'total s':>7} "
          f"{'page MB':>8} {'chromium settle s':>17}")
    with tempfile.TemporaryDirectory() as tmp:
        for n in (1000, 5000, 20000):
            g = synthetic(n)
            t0 = time.perf_counter()
            net = to_networkx(g)
            t1 = time.perf_counter()
            page, _ = render_html(net, max_nodes=None)
            t2 = time.perf_counter()
            path = Path(tmp) / f"{n}.html"
            path.write_text(page, "utf-8")
            shown = "-"
            if n <= 5000:
                secs, drawn = settle(path)
                shown = f"{secs:.1f} ({drawn} drawn)"
            print(f"{net.number_of_nodes():>6} {net.number_of_edges():>6} {t1 - t0:>13.2f} {t2 - t1:>13.2f} "
                  f"{t2 - t0:>7.2f} {len(page) / 1e6:>8.1f} {shown:>17}")


if __name__ == "__main__":
    main()
