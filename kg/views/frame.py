"""Query results as a pandas DataFrame (the optional extra `newskg[pandas]`), typed as
`kg query --format json` types them; modelled on kglab's `query_as_df`."""
from __future__ import annotations

from ..errors import KgError
from ..rdf.query import answer
from ..rdf.tables import Cell


def query_df(source, spec: str):
    """The answer to `spec` (a canned name, a .rq file or SPARQL) on `source` (an rdflib
    graph, a graph file, or a store) as a DataFrame, columns in the query's order.

    >>> kg.query_df("graph.ttl", "pledges")[["agent", "amount", "currency"]]  # doctest: +SKIP
    """
    return to_df(*answer(source, spec))


def to_df(cols: list[str], rows: list[list[Cell]]):
    """A DataFrame of typed rows: integers as Int64, other numbers as Float64, booleans
    as boolean, text as string (missing values <NA>); a column of mixed or no values
    stays object, with None where a value is missing."""
    try:
        import pandas as pd
    except ImportError:
        raise KgError("query_df needs pandas: pip install 'newskg[pandas]'") from None
    columns = {c: [r[i] for r in rows] for i, c in enumerate(cols)}
    return pd.DataFrame({c: pd.array(values, dtype=_dtype(values)) for c, values in columns.items()},
                        columns=cols)


def _dtype(values: list[Cell]) -> str:
    kinds = {type(v) for v in values if v is not None}
    if kinds == {bool}:
        return "boolean"
    if kinds == {int}:
        return "Int64"
    if kinds and kinds <= {int, float}:
        return "Float64"
    if kinds == {str}:
        return "string"
    return "object"
