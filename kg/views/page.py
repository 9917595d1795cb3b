"""The knowledge graph as one self-contained, offline HTML page (vis-network as
bundled by pyvis, inlined). Article text only ever reaches the page as JSON data,
which the page puts into the DOM as text."""
from __future__ import annotations

import html
import json
import re
from collections import Counter, deque
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

import networkx as nx
import pyvis
from rdflib import Graph

from ..errors import InputError
from ..io.files import write_bytes
from ..vocab import styles
from . import DEFAULT_MAX_NODES
from .network import to_networkx

VIS = Path(pyvis.__file__).parent / "lib" / "vis-9.1.2"
# JSON inside <script>: no "<", ">" or "&" can end the element or open a comment.
_SAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026",
                       "\u2028": "\\u2028", "\u2029": "\\u2029"})


@lru_cache(maxsize=1)
def _assets() -> tuple[str, str, str]:
    """vis-network's script and stylesheet, and the page template."""
    js = (VIS / "vis-network.min.js").read_text("utf-8")
    js = re.sub(r"^//# sourceMappingURL=.*$", "", js, flags=re.M)  # no source map to fetch
    css = (VIS / "vis-network.css").read_text("utf-8")
    return js, css, files(__package__).joinpath("templates/network.html").read_text("utf-8")


def find_nodes(net: nx.MultiDiGraph, name: str) -> list[str]:
    """Nodes whose IRI, label or alias is `name` (case-insensitive)."""
    want = name.casefold()
    hits = [n for n, d in net.nodes(data=True)
            if n == name or d.get("label", "").casefold() == want
            or any(a.casefold() == want for a in d.get("aliases", ()))]
    if not hits:
        raise InputError(f"no entity named {name!r} in the graph")
    return sorted(hits)


def neighbourhood(net: nx.MultiDiGraph, centres: list[str], hops: int) -> set[str]:
    """Nodes within `hops` edges of the centres, in either direction."""
    seen = set(centres)
    queue = deque((c, 0) for c in centres)
    while queue:
        n, d = queue.popleft()
        if d == hops:
            continue
        for m in list(net.successors(n)) + list(net.predecessors(n)):
            if m not in seen:
                seen.add(m)
                queue.append((m, d + 1))
    return seen


def select(net: nx.MultiDiGraph, focus: str | None = None, hops: int = 1,
           max_nodes: int | None = DEFAULT_MAX_NODES) -> tuple[nx.MultiDiGraph, list[str]]:
    """The part of `net` to draw, and notes on what was left out."""
    notes, keep, centres = [], set(net), []
    if focus:
        centres = find_nodes(net, focus)
        keep = neighbourhood(net, centres, hops)
        notes.append(f"showing {len(keep)} nodes within {hops} hop(s) of {focus!r}")
    if max_nodes and len(keep) > max_nodes:
        degree = net.degree
        ranked = sorted(keep - set(centres), key=lambda n: (-degree[n], n))
        left = len(keep) - max_nodes
        keep = set(centres) | set(ranked[:max(0, max_nodes - len(centres))])
        notes.append(f"left out {left} less connected nodes (keeping the {len(keep)} most "
                     "connected); use --max-nodes, or --focus ENTITY --hops N")
    return (net if len(keep) == len(net) else net.subgraph(keep)), notes


def _page_data(net: nx.MultiDiGraph, title: str, notes: list[str], total: tuple[int, int]) -> dict:
    degree = net.degree
    nodes = []
    for n, d in net.nodes(data=True):
        info = {k: v for k, v in d.items() if k not in ("label", "type") and v}
        nodes.append({"id": n, "label": d.get("label", n), "group": d.get("type", "Other"),
                      "value": degree[n] + 1, "info": info})
    edges = []
    for i, (u, v, d) in enumerate(net.edges(data=True)):
        info = {k: d[k] for k in ("kind", "title", "as_of", "former", "evidence", "document", "iri") if d.get(k)}
        edges.append({"id": i, "from": u, "to": v, "label": d.get("label", ""), "info": info})
    counts = Counter(d.get("type", "Other") for _, d in net.nodes(data=True))
    return {"title": title, "nodes": nodes, "edges": edges, "notes": notes,
            "counts": dict(sorted(counts.items())), "total": list(total),
            "styles": {t: {"shape": s.shape, "color": s.color} for t, s in styles().items()}}


def render_html(net: nx.MultiDiGraph, title: str = "newskg graph", focus: str | None = None,
                hops: int = 1, max_nodes: int | None = DEFAULT_MAX_NODES) -> tuple[str, list[str]]:
    """The page for a network from `to_networkx` (one HTML string, no external
    resources) and notes on what it leaves out."""
    shown, notes = select(net, focus, hops, max_nodes)
    data = _page_data(shown, title, notes, (net.number_of_nodes(), net.number_of_edges()))
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True).translate(_SAFE)
    js, css, template = _assets()
    parts = {"TITLE": html.escape(title), "VIS_CSS": css, "DATA": payload, "VIS_JS": js}
    page = re.sub(r"\{\{(\w+)\}\}", lambda m: parts[m.group(1)], template)  # one pass over the template
    return page, notes


def write_html(graph: Graph, path: str, title: str | None = None, raw: bool = False, **select_args) -> list[str]:
    """Write the page of an RDF graph to `path` atomically; return the notes on what was left out."""
    page, notes = render_html(to_networkx(graph, raw=raw), title or Path(path).stem, **select_args)
    write_bytes(path, page.encode("utf-8"))
    return notes
