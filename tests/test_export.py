"""Serialization: Turtle and TriG written by Oxigraph parse back (with rdflib) to the
very graphs written, whatever the text of the literals, byte for byte the same each time."""
from hypothesis import given, settings, strategies as st
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDFS

from kg.rdf.export import serialize
from kg.rdf.graph import merge
from kg.vocab import KG

HOSTILE = ['He said "yes" """ and \\ left', "line\nbreak\r\n", ' .\n<http://x.org/a> <http://x.org/b> "c" .',
           "tab\tand\x00nul\x0b", "中文 ✓ 🙂", "@prefix kg: <http://evil/> .", ""]


def doc(n: int, texts: list[str]) -> Graph:
    g = Graph(identifier=URIRef(f"https://w3id.org/newskg/id/doc/d{n}"))
    for i, text in enumerate(texts):
        node = URIRef(f"{g.identifier}/statement/{i}")
        g.add((node, KG.evidenceText, Literal(text)))
        g.add((node, RDFS.label, Literal(text, lang="en")))
        g.add((node, KG.beginIndex, Literal(i)))
        g.add((node, KG.isFormer, Literal(i % 2 == 0)))
    return g


def check(graphs: list[Graph]) -> None:
    ttl = serialize(graphs, "turtle")
    assert isomorphic(Graph().parse(data=ttl, format="turtle"), merge(graphs))
    trig = serialize(graphs, "trig")
    ds = Dataset()
    ds.parse(data=trig, format="trig")
    assert {str(g.identifier): len(g) for g in ds.graphs() if len(g)} == {str(g.identifier): len(g) for g in graphs}
    assert all(isomorphic(ds.graph(g.identifier), g) for g in graphs)
    assert serialize(graphs, "turtle") == ttl and serialize(graphs, "trig") == trig


def test_export_turtle_and_trig_keep_hostile_literals():
    graphs = [doc(1, HOSTILE), doc(2, HOSTILE[::-1])]
    check(graphs)
    ttl = serialize(graphs, "turtle").decode()
    assert ttl.startswith("@prefix dcterms: ") and "\n@prefix" not in ttl.split("\n\n", 1)[1]
    assert "kg:evidenceText" in ttl and "<http://evil/>" not in ttl.split("\n\n", 1)[0]


@settings(max_examples=60, deadline=None)
@given(texts=st.lists(st.text(max_size=40), min_size=1, max_size=4))
def test_export_any_literal_round_trips(texts):
    check([doc(1, texts), doc(2, texts[:1])])
