"""SPARQL over built graphs: canned queries by name, .rq files or inline text."""
from __future__ import annotations

import os
import re
from importlib.resources import files
from pathlib import Path

from rdflib import Dataset, Graph, Literal
from rdflib.graph import ConjunctiveGraph
from rdflib.plugins.sparql import prepareQuery

from ..errors import QueryError
from .tables import Cell, typed


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


def select(graph: Graph, spec: str) -> tuple[list[str], list[list]]:
    """Column names and rows of rdflib terms (None when unbound) of a SELECT or ASK
    query; SELECT * gives its variables in the order the query first names them."""
    text = query_text(spec)
    try:
        q = prepareQuery(text)
    except Exception as e:  # pyparsing raises several types for bad SPARQL
        raise QueryError(f"invalid SPARQL: {str(e).splitlines()[0]}") from None
    try:
        result = as_dataset(graph, union=not canned(spec)).query(q)
        if result.type == "ASK":
            return ["ask"], [[Literal(bool(result.askAnswer))]]
        if result.type != "SELECT":
            raise QueryError("only SELECT and ASK queries give a table")
        cols = [str(v) for v in result.vars]
        rows = [list(row) for row in result]
    except QueryError:
        raise
    except Exception as e:  # rdflib's evaluator raises many types
        raise QueryError(f"query failed: {type(e).__name__}: {str(e).splitlines()[0][:200]}") from None
    return in_query_order(cols, rows, text)


def in_query_order(cols: list[str], rows: list[list], text: str) -> tuple[list[str], list[list]]:
    """Columns (and rows) in the order the query text first names them: a SELECT *
    comes back in hash order otherwise. An explicit projection keeps its own order."""
    if not re.search(r"SELECT\s+(DISTINCT\s+|REDUCED\s+)?\*", text, re.IGNORECASE):
        return cols, rows
    seen = list(dict.fromkeys(re.findall(r"[?$]([A-Za-z_][\w]*)", text)))
    order = sorted(cols, key=lambda c: seen.index(c) if c in seen else len(seen))
    return order, [[row[cols.index(c)] for c in order] for row in rows]


def run_query(graph: Graph, spec: str) -> tuple[list[str], list[list[str]]]:
    """Column names and rows (as strings, "" when unbound) of a SELECT or ASK query."""
    cols, rows = select(graph, spec)
    if cols == ["ask"]:
        return cols, [[str(bool(rows[0][0].toPython())).lower()]]
    return cols, [["" if v is None else str(v) for v in row] for row in rows]


def answer(source, spec: str) -> tuple[list[str], list[list[Cell]]]:
    """Columns and typed rows, as `kg query --format json` gives them, of a query on an
    rdflib graph, a graph file, or a store (`LocalStore`, `Endpoint`)."""
    if isinstance(source, (str, os.PathLike)):
        from .export import read_graph

        source = read_graph(os.fspath(source))
    if isinstance(source, Graph):
        cols, rows = select(source, spec)
    else:
        text = query_text(spec)
        cols, rows = in_query_order(*source.query(text), text)
    return cols, typed(cols, rows)


def as_dataset(graph: Graph, union: bool) -> ConjunctiveGraph:
    """A dataset to query: a dataset as it is; a graph as a named graph, the default
    graph being either its union or empty. No triple is copied."""
    if isinstance(graph, ConjunctiveGraph):
        return graph
    return Dataset(store=graph.store, default_union=union)
