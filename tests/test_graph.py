"""Facts to RDF, tested with hand-made facts (no spaCy)."""
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF, RDFS, SKOS

from kg.rdf.graph import document_graph
from kg.models import Article, DocumentFacts, Entity, Evidence, Pledge, Role
from kg.vocab import KG, ORG, SCHEMA
from kg.rdf.validate import validate

EV = Evidence("Texas Governor Jane Doe pledged to cut taxes.", 0, 45, "test.rule")


def facts():
    ents = [Entity("jane-doe", "Person", "Jane Doe", {"Doe"}), Entity("texas", "Place", "Texas")]
    return DocumentFacts(Article("d1", EV.text, "2024-01-02"), ents,
                         [Role("jane-doe", "Governor", "texas", False, EV),
                          Pledge("jane-doe", "to cut taxes", "pledge", EV, amount=5e9, currency="USD")])


def test_graph_contract_terms_and_provenance():
    g = document_graph(facts(), "http://ex.org/")
    doc = URIRef("http://ex.org/doc/d1")
    person = URIRef("http://ex.org/doc/d1/person/jane-doe")
    assert (person, RDF.type, SCHEMA.Person) in g
    assert (person, SKOS.altLabel, Literal("Doe")) in g
    post = g.value(predicate=ORG.heldBy, object=person)
    assert g.value(g.value(post, ORG.role), RDFS.label) == Literal("Governor")
    assert g.value(post, KG.extractionRule) == Literal("test.rule")
    pledge = g.value(predicate=KG.pledgedBy, object=person)
    assert (pledge, RDF.type, KG.Pledge) in g and (pledge, KG.currency, Literal("USD")) in g
    assert g.value(pledge, KG.beginIndex).toPython() == 0
    assert all(g.value(n, KG.evidenceText) for n in (post, pledge))
    assert (pledge, URIRef("http://www.w3.org/ns/prov#wasDerivedFrom"), doc) in g


def test_graph_conforms_to_shapes():
    ok, report = validate(document_graph(facts()))
    assert ok, report


def test_graph_shapes_reject_a_pledge_without_agent():
    g = document_graph(facts())
    g.remove((None, KG.pledgedBy, None))
    assert not validate(g)[0]


def test_graph_same_facts_same_graph():
    assert isomorphic(document_graph(facts()), document_graph(facts()))


def test_graph_parses_back():
    g = document_graph(facts())
    assert isomorphic(Graph().parse(data=g.serialize(format="turtle"), format="turtle"), g)


def test_graph_a_country_carries_the_other_names_news_uses_for_it(facts_of):
    # "British High Commissioner X": the UK's node, made from the demonym, is found as "Britain" too
    facts = facts_of("British High Commissioner Ada Obi met the electoral commission. Russian President Tom Hale spoke.")
    g = document_graph(facts, "http://ex.org/")
    names = {str(o) for o in g.objects(None, SCHEMA.alternateName)}
    assert {"Britain", "UK", "Russian Federation"} <= names
    assert {e.label for e in facts.entities if e.type == "Place"} == {"United Kingdom", "Russia"}
