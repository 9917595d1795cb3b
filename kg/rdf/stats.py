"""Counts of what a graph holds, by the kinds of the vocabulary."""
from __future__ import annotations

from rdflib import Graph
from rdflib.namespace import OWL, RDF

from ..vocab import ENTITIES, FACTS, SCHEMA


def graph_stats(g: Graph) -> dict[str, int]:
    """Documents, entities by type and in all, facts by kind, resolved entities and
    triples, as the build summary counts them: "entities" are the documents' own nodes
    (a person named in two documents counts twice), "resolved entities" the
    canonical nodes they were merged into."""
    canonical = set(g.objects(None, OWL.sameAs))

    def count(cls) -> set:
        return set(g.subjects(RDF.type, cls)) - canonical

    counts = {"documents": len(count(SCHEMA.NewsArticle))}
    counts.update({k.plural: len(count(k.rdf_class)) for k in ENTITIES.values()})
    counts["entities"] = len(set().union(*(count(k.rdf_class) for k in ENTITIES.values())))
    counts.update({k.plural: len(count(k.rdf_class)) for k in FACTS.values() if k.name != "relation"})
    counts["resolved entities"] = len(canonical)
    counts["triples"] = len(g)
    return counts
