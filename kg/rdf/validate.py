"""SHACL validation of built graphs against ontology/shapes.ttl."""
from __future__ import annotations

from functools import lru_cache
from importlib.resources import files

from pyshacl import validate as shacl_validate
from rdflib import Graph


@lru_cache(maxsize=1)
def shapes() -> Graph:
    return Graph().parse(data=files(__package__).joinpath("ontology/shapes.ttl").read_text("utf-8"),
                         format="turtle")


def ontology() -> Graph:
    return Graph().parse(data=files(__package__).joinpath("ontology/newskg.ttl").read_text("utf-8"),
                         format="turtle")


def validate(graph: Graph) -> tuple[bool, str]:
    """Whether the graph conforms, and the SHACL report text."""
    conforms, _, text = shacl_validate(graph, shacl_graph=shapes(), inference="none",
                                       advanced=False, allow_warnings=True)
    return bool(conforms), text
