"""Counts of what a graph holds, by the kinds of the vocabulary."""
from __future__ import annotations

from rdflib import Graph
from rdflib.namespace import OWL, RDF

from ..vocab import ENTITIES, FACTS, SCHEMA


def graph_stats(g: Graph) -> dict[str, int]:
    """Documents, entities by type, facts by kind, resolved entities and triples;
    an entity resolved across documents is counted once."""
    canonical = set(g.objects(None, OWL.sameAs))
    classes = [("documents", SCHEMA.NewsArticle)]
    classes += [(k.plural, k.rdf_class) for k in ENTITIES.values()]
    classes += [(k.plural, k.rdf_class) for k in FACTS.values() if k.name != "relation"]
    counts = {name: len(set(g.subjects(RDF.type, cls)) - canonical) for name, cls in classes}
    counts["resolved entities"] = len(canonical)
    counts["triples"] = len(g)
    return counts
