"""Entities resolved across every document a store holds, recomputed from what it
holds: the local store and a SPARQL endpoint alike, so a push or a drop never leaves
the entities graph describing some other set of documents."""
from __future__ import annotations

from collections import defaultdict
from typing import Callable

from rdflib import Graph
from rdflib.namespace import RDFS, SKOS

from ..io.ids import ENTITIES_GRAPH, entities_graph_iri
from ..vocab import ENTITIES, ORG, SCHEMA
from ..rdf.resolve import Record, Resolution

Select = Callable[[str], list[dict[str, str]]]  # SPARQL SELECT -> rows: variable -> value (unbound: absent)


def records_from(select: Select) -> list[Record]:
    """What cross-document resolution needs of every document's entities in a store."""
    kinds = " ".join(f"<{k.rdf_class}>" for k in ENTITIES.values())
    rows = select(f"""SELECT ?d ?e ?t ?l WHERE {{ GRAPH ?d {{ ?d a <{SCHEMA.NewsArticle}> ;
                  <{SCHEMA.mentions}> ?e . ?e a ?t ; <{RDFS.label}> ?l }} VALUES ?t {{ {kinds} }} }}""")
    aliases, titles, orgs = defaultdict(set), defaultdict(set), defaultdict(set)
    for r in select(f"SELECT ?e ?a WHERE {{ GRAPH ?d {{ ?e <{SKOS.altLabel}> ?a }} }}"):
        aliases[r["e"]].add(r["a"])
    for r in select(f"""SELECT ?e ?t ?o WHERE {{ GRAPH ?d {{ ?p a <{ORG.Post}> ; <{ORG.heldBy}> ?e ;
                    <{RDFS.label}> ?t . OPTIONAL {{ ?p <{ORG.postIn}>/<{RDFS.label}> ?o }} }} }}"""):
        titles[r["e"]].add(r["t"].lower())
        if r.get("o"):
            orgs[r["e"]].add(r["o"])
    kind = {str(k.rdf_class): str(t) for t, k in ENTITIES.items()}
    return sorted(Record(r["d"], r["e"], kind[r["t"]], r["l"], tuple(sorted(aliases[r["e"]])),
                         tuple(sorted(titles[r["e"]])), tuple(sorted(orgs[r["e"]]))) for r in rows)


def base_of(iri: str) -> str | None:
    """The base a document IRI ({base}doc/{id}) or an entities graph IRI was minted under."""
    if iri.endswith("/" + ENTITIES_GRAPH):
        return iri.removesuffix(ENTITIES_GRAPH)
    head, sep, doc_id = iri.rpartition("doc/")
    return head if sep and head and doc_id and "/" not in doc_id else None


def entity_graphs(records: list[Record], bases: set[str]) -> tuple[list[Graph], list[str]]:
    """The entities graph of each base over all `records`, and the IRIs of those to
    drop instead (a store holding fewer than two documents has none)."""
    if len({r.doc for r in records}) > 1:
        return [Resolution(records, base).graph() for base in sorted(bases)], []
    return [], [str(entities_graph_iri(base)) for base in sorted(bases)]


def is_entities_graph(iri: str) -> bool:
    return iri.endswith("/" + ENTITIES_GRAPH)
