"""SPARQL over built graphs: canned queries by name, .rq files or inline text."""
from __future__ import annotations

import csv
import io
import json
from importlib.resources import files
from pathlib import Path

from rdflib import Dataset, Graph
from rdflib.graph import ConjunctiveGraph
from rdflib.plugins.sparql import prepareQuery

from ..errors import QueryError


def canned_names() -> list[str]:
    return sorted(p.name[:-3] for p in files(__package__).joinpath("queries").iterdir()
                  if p.name.endswith(".rq"))


def canned(spec: str) -> bool:
    """Whether `spec` names a canned query. Canned queries look in named graphs and in
    the default graph themselves, so they run with the store's own default graph;
    other queries see the union of all graphs as the default graph."""
    return spec in canned_names()


def query_text(spec: str) -> str:
    """SPARQL for a canned name, a .rq file path, or inline SPARQL."""
    if canned(spec):
        return files(__package__).joinpath(f"queries/{spec}.rq").read_text("utf-8")
    if spec.endswith(".rq"):
        try:
            return Path(spec).read_text("utf-8")
        except OSError as e:
            raise QueryError(f"{spec}: cannot read query ({e.strerror})") from None
    if not any(w in spec.upper() for w in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")):
        raise QueryError(f"unknown query {spec!r}; canned queries: {', '.join(canned_names())}")
    return spec


def run_query(graph: Graph, spec: str) -> tuple[list[str], list[list[str]]]:
    """Column names and rows (as strings) of a SELECT or ASK query."""
    text = query_text(spec)
    try:
        q = prepareQuery(text)
    except Exception as e:  # pyparsing raises several types for bad SPARQL
        raise QueryError(f"invalid SPARQL: {str(e).splitlines()[0]}") from None
    try:
        result = as_dataset(graph, union=not canned(spec)).query(q)
        if result.type == "ASK":
            return ["ask"], [[str(bool(result.askAnswer)).lower()]]
        if result.type != "SELECT":
            raise QueryError("only SELECT and ASK queries give a table")
        cols = [str(v) for v in result.vars]
        rows = [["" if v is None else str(v) for v in row] for row in result]
    except QueryError:
        raise
    except Exception as e:  # rdflib's evaluator raises many types
        raise QueryError(f"query failed: {type(e).__name__}: {str(e).splitlines()[0][:200]}") from None
    return cols, rows


def as_dataset(graph: Graph, union: bool) -> ConjunctiveGraph:
    """A dataset to query: a dataset as it is; a graph as a named graph, the default
    graph being either its union or empty. No triple is copied."""
    if isinstance(graph, ConjunctiveGraph):
        return graph
    return Dataset(store=graph.store, default_union=union)


def format_rows(cols: list[str], rows: list[list[str]], fmt: str) -> str:
    if fmt == "json":
        return json.dumps([dict(zip(cols, r)) for r in rows], ensure_ascii=False, indent=1) + "\n"
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(cols)
        w.writerows(rows)
        return buf.getvalue()
    short = [[c if len(c) <= 60 else c[:57] + "..." for c in r] for r in rows]
    widths = [max([len(c)] + [len(r[i]) for r in short]) for i, c in enumerate(cols)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(cols, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in short]
    return "\n".join(lines) + "\n"
