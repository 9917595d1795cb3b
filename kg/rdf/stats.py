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
    classes = [("documents", SCHEMA.NewsArticle)]
    classes += [(k.plural, k.rdf_class) for k in ENTITIES.values()]
    classes += [(k.plural, k.rdf_class) for k in FACTS.values() if k.name != "relation"]
    counts = {name: len(set(g.subjects(RDF.type, cls)) - canonical) for name, cls in classes}
    entities = {s for k in ENTITIES.values() for s in g.subjects(RDF.type, k.rdf_class)} - canonical
    counts = dict([*list(counts.items())[:1 + len(ENTITIES)], ("entities", len(entities)),
                   *list(counts.items())[1 + len(ENTITIES):]])
    counts["resolved entities"] = len(canonical)
    counts["triples"] = len(g)
    return counts
