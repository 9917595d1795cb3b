"""RDF formats: read graph files, serialize graphs (streamed formats one document at a time)."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable

import pyoxigraph as ox
from rdflib import Dataset, Graph, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from ..errors import InputError, OutputError
from ..io.files import atomic_open, write_bytes
from .graph import PREFIXES, merge

FORMATS = {".ttl": "turtle", ".nt": "nt", ".jsonld": "json-ld", ".json": "json-ld",
           ".trig": "trig", ".nq": "nquads"}
QUAD_FORMATS = {"trig", "nquads"}


def format_for(path: str, fmt: str | None) -> str:
    """The rdflib format named by --format or by the file extension."""
    if fmt:
        fmt = {"ttl": "turtle", "jsonld": "json-ld", "nq": "nquads"}.get(fmt, fmt)
        if fmt not in FORMATS.values():
            raise OutputError(f"unknown format {fmt!r}; use one of: ttl, nt, jsonld, trig, nq")
        return fmt
    ext = Path(path).suffix.lower()
    if ext not in FORMATS:
        raise OutputError(f"{path}: cannot tell the format from the extension; "
                          "use .ttl, .nt, .jsonld, .trig or .nq, or --format")
    return FORMATS[ext]


STREAM_FORMATS = {"nt", "nquads", "trig"}  # written one document at a time
OX_PREFIXES = {p: str(ns) for p, ns in PREFIXES.items()}


def header(fmt: str) -> bytes:
    """What a Turtle or TriG file starts with: the prefixes, in a fixed order."""
    if fmt not in ("turtle", "trig"):
        return b""
    return "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in sorted(PREFIXES.items())).encode() + b"\n"


def turtle(nt: bytes) -> bytes:
    """N-Triples as Turtle statements (prefixes as in `header`, which writes them),
    serialized by Oxigraph from the unique lines sorted: the same triples always give the
    same bytes, each subject's triples together, and every literal on one line."""
    lines = b"".join(sorted(set(nt.splitlines(keepends=True))))
    out = ox.serialize(ox.parse(lines, format=ox.RdfFormat.N_TRIPLES), format=ox.RdfFormat.TURTLE,
                       prefixes=OX_PREFIXES)
    while out.startswith(b"@prefix"):  # Oxigraph's own prefix lines, in an order of its own
        out = out[out.index(b"\n") + 1:]
    # a blank line after each subject, spaces to indent (no literal holds a raw newline)
    return out.replace(b"\n\t", b"\n    ").replace(b" .\n", b" .\n\n")


def trig_block(nt: bytes, graph: str | None) -> bytes:
    """N-Triples as the TriG block of a named graph, or of the default graph for None
    (Turtle statements, indented)."""
    body = b"".join(b"    " + line if line != b"\n" else line for line in turtle(nt).splitlines(keepends=True))
    return (f"<{graph}> " if graph else "").encode() + b"{\n" + body.rstrip(b"\n") + b"\n}\n\n"


def graph_chunk(g: Graph, fmt: str) -> bytes:
    """One document's graph in a streamed format: sorted lines for N-Triples and
    N-Quads (rdflib's order depends on the hash seed), a named block for TriG; a graph
    without an IRI (read from a triples file) goes to the default graph."""
    name = g.identifier if isinstance(g.identifier, URIRef) and g.identifier != DATASET_DEFAULT_GRAPH_ID else None
    nt = b"".join(sorted(g.serialize(format="nt", encoding="utf-8").splitlines(keepends=True)))
    if fmt == "trig":
        return trig_block(nt, str(name) if name else None)
    return nquads(nt, str(name)) if fmt == "nquads" and name else nt


def nquads(nt: bytes, graph: str) -> bytes:
    """N-Triples lines as N-Quads lines of a named graph."""
    name = f" <{graph}> .\n".encode()
    if nt.endswith(b" .\n") and nt.count(b" .\n") == nt.count(b"\n"):  # each line ends " .\n" (no
        return nt.replace(b" .\n", name)  # N-Triples term holds a raw newline): the fast way
    return b"".join(line.rstrip()[:-1].rstrip() + name for line in nt.splitlines() if line.strip())


def serialize(graphs: list[Graph], fmt: str) -> bytes:
    """Bytes of the graphs in a format; quad formats keep one named graph per document."""
    if fmt in STREAM_FORMATS:
        return header(fmt) + b"".join(graph_chunk(g, fmt) for g in graphs)
    if fmt == "turtle":
        return header(fmt) + turtle(b"".join(g.serialize(format="nt", encoding="utf-8") for g in graphs))
    data = merge(graphs).serialize(format=fmt, encoding="utf-8")
    return stable_jsonld(data) if fmt == "json-ld" else data


def stable_jsonld(data: bytes) -> bytes:
    """JSON-LD in one order whatever the hash seed (rdflib's follows it): keys and
    every array sorted, as JSON-LD arrays are unordered (but an @list's)."""
    def ordered(value):
        if isinstance(value, dict):
            return {k: [ordered(v) for v in x] if k == "@list" else ordered(x) for k, x in value.items()}
        if isinstance(value, list):
            return sorted((ordered(v) for v in value), key=lambda v: json.dumps(v, sort_keys=True))
        return value
    return (json.dumps(ordered(json.loads(data)), indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode()


def write_graphs(graphs: Iterable[Graph], path: str, fmt: str | None = None) -> None:
    """Write graphs atomically; streamed formats take them one at a time (any number)."""
    fmt = format_for(path, fmt)
    if fmt not in STREAM_FORMATS:
        return write_bytes(path, serialize(list(graphs), fmt))
    with atomic_open(path) as out:
        out.write(header(fmt))
        for g in graphs:
            out.write(graph_chunk(g, fmt))


def read_graphs(path: str) -> list[Graph]:
    """The graphs of a file: one per named graph for .trig/.nq, else one graph."""
    p = Path(path)
    if not p.is_file():
        raise InputError(f"{path}: no such file")
    fmt = FORMATS.get(p.suffix.lower())
    if fmt is None:
        raise InputError(f"{path}: unknown graph format; use .ttl, .nt, .jsonld, .trig or .nq")
    try:
        if fmt in QUAD_FORMATS:
            ds = Dataset()
            ds.parse(p, format=fmt)
            return [g for g in sorted(ds.graphs(), key=lambda g: str(g.identifier)) if len(g)]
        return [Graph().parse(p, format=fmt)]
    except Exception as e:  # rdflib parsers raise many types for bad input
        raise InputError(f"{path}: not a valid {fmt} graph ({str(e).splitlines()[0][:200]})") from None


def read_graph(path: str) -> Graph:
    """A graph file in any format of FORMATS, named graphs merged into one graph."""
    graphs = read_graphs(path)
    return graphs[0] if len(graphs) == 1 else merge(graphs)
