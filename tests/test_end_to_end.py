"""The bundled example, built and asked through SPARQL."""
import pytest

from conftest import SEED
from kg.rdf.export import serialize
from kg.pipeline import build_graphs
from kg.rdf.query import run_query
from kg.rdf.graph import merge
from kg.io.sources import load_articles
from kg.rdf.validate import validate


@pytest.fixture(scope="module")
def graphs(nlp):
    return build_graphs(load_articles([str(SEED)]))


def test_end_to_end_roles(graphs):
    _, rows = run_query(merge(graphs), "roles")
    got = {(r[0], r[1], r[2]) for r in rows}
    assert ("Gong Zheng", "Mayor", "Shanghai") in got
    assert ("John Lee Ka-chiu", "Chief Executive", "Hong Kong") in got
    assert ("Paul Chan Mo-po", "Financial Secretary", "Hong Kong") in got
    assert ("Zhou Ji", "Executive Deputy Director",
            "Hong Kong and Macao Affairs Office of the State Council") in got


def test_end_to_end_pledges(graphs):
    _, rows = run_query(merge(graphs), "pledges")
    assert {r[0] for r in rows} == {"Zhou Ji", "Gong Zheng"}
    assert any("overseas markets" in r[2] for r in rows if r[0] == "Gong Zheng")


def test_end_to_end_entities_and_date(graphs):
    g = merge(graphs)
    _, rows = run_query(g, "entities")
    names = {r[2] for r in rows}
    assert {"Invest Hong Kong", "China International Import Expo", "State Council"} <= names
    _, rows = run_query(g, "PREFIX schema: <https://schema.org/> SELECT ?d WHERE { ?a schema:datePublished ?d }")
    assert rows == [["2024-11-06"]]


def test_end_to_end_conforms(graphs):
    ok, report = validate(merge(graphs))
    assert ok, report


@pytest.mark.parametrize("fmt", ["turtle", "nquads", "trig", "json-ld", "nt"])
def test_end_to_end_deterministic(graphs, fmt):
    again = build_graphs(load_articles([str(SEED)]))
    assert serialize(graphs, fmt) == serialize(again, fmt)


def test_end_to_end_offsets_point_into_input(graphs):
    text = SEED.read_text()
    _, rows = run_query(merge(graphs), """PREFIX kg: <https://w3id.org/newskg/ontology#>
        SELECT ?b ?e ?t WHERE { ?f kg:beginIndex ?b ; kg:endIndex ?e ; kg:evidenceText ?t }""")
    assert rows
    for b, e, t in rows:
        assert " ".join(text[int(b):int(e)].split()) == t


TRICKY = (" date 2024-03-01 \nACME CORP pledges new plant\n\nBy Jane Roe\n\nLAGOS, March 1 — ACME chief executive "
          "Tom   Hale vowed on Friday to build a $5 million plant.\n(Photo: Ann Lee/ AFP)\nGovernor Ann Obi of "
          "Lagos State said the plant will open in 2025, and she promised\nto cut taxes.\n")


def test_evidence_is_the_input_verbatim_for_every_fact(nlp):
    from kg.io.sources import article_from_text
    from kg.pipeline import build_graphs
    from kg.vocab import KG

    header = " date 2025-03-04 Mayor Jane Roe of Springfield pledged to build 500 homes by 2027.\n"
    for text in (SEED.read_text("utf-8"), TRICKY, header + TRICKY[18:]):
        g = build_graphs([article_from_text(text, "t")])[0]
        facts = list(g.subjects(KG.evidenceText, None))
        assert len(facts) >= 3
        assert not any("2025-03-04" in str(t) for t in g.objects(None, KG.evidenceText))  # the header is metadata
        for node in facts:
            begin, end = int(g.value(node, KG.beginIndex)), int(g.value(node, KG.endIndex))
            assert str(g.value(node, KG.evidenceText)) == text[begin:end]
            assert text[begin:end] == text[begin:end].strip()
