"""What every store shares: the Store protocol, its error, IRI checks, and the
naming of graphs for a push."""
from __future__ import annotations

from typing import Protocol, runtime_checkable

from rdflib import Graph, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import RDF

from ..errors import KgError
from ..io.ids import is_absolute_iri
from ..vocab import SCHEMA


class StoreError(KgError):
    """A triple store cannot be opened, read or written."""


class GraphNameError(StoreError):
    """Graphs to push have no names and no single document to be named after."""


@runtime_checkable
class Store(Protocol):
    """A store of named graphs: the local Oxigraph store or a SPARQL 1.1 service."""

    def query(self, sparql: str) -> tuple[list[str], list[list[str]]]:
        """Columns and string rows of a SELECT or ASK."""

    def replace(self, graph: Graph) -> None:
        """Put the graph named by its identifier in place of any earlier version."""

    def drop(self, iri: str) -> bool:
        """Remove a named graph; False if the store says there was none."""


def checked_iri(iri: str) -> str:
    """An IRI safe to write between < and > in SPARQL, or a StoreError."""
    if not is_absolute_iri(iri):
        raise StoreError(f"not an absolute IRI: {iri!r}")
    return iri


def ntriples(graph: Graph) -> bytes:
    return graph.serialize(format="nt", encoding="utf-8")


def name_graphs(graphs: list[Graph], graph_iri: str | None = None, source: str = "") -> list[Graph]:
    """Graphs named for a push: all in `graph_iri` if given, else each document's own
    graph (a file without named graphs may hold one document, named after it)."""
    from ..rdf.graph import merge

    if graph_iri:
        g = Graph(identifier=URIRef(checked_iri(graph_iri)))
        for t in merge(graphs):
            g.add(t)
        return [g]
    if all(isinstance(g.identifier, URIRef) and g.identifier != DATASET_DEFAULT_GRAPH_ID for g in graphs):
        return graphs
    docs = list(merge(graphs).subjects(RDF.type, SCHEMA.NewsArticle))
    if len(docs) != 1:
        raise GraphNameError(f"{source} holds {len(docs)} documents and no named graphs: "
                             "push a .trig/.nq file (kg build -o x.trig) or give --graph IRI")
    return name_graphs(graphs, str(docs[0]), source)
