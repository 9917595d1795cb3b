"""Arbitrary text never crashes the builder and always gives a conformant graph."""
from hypothesis import HealthCheck, given, settings, strategies as st

from kg.extract import extract
from kg.rdf.graph import document_graph
from kg.io.sources import article_from_text
from kg.rdf.validate import validate

WORDS = st.sampled_from(["Governor", "Jane", "Doe", "pledged", "to", "the", "Bank", "of",
                         "Ohio", "'s", "and", ",", ".", "\n", "\n\n", "He", "said", "Mr",
                         "Summit", "(", ")", "vowed", "that", "Corp", "CEO", "€5bn", "<script>"])
TEXT = st.one_of(st.text(max_size=300), st.lists(WORDS, max_size=60).map(" ".join))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=TEXT)
def test_property_any_text_gives_conformant_graph(nlp, text):
    g = document_graph(extract(article_from_text(text, "p"), nlp))
    ok, report = validate(g)
    assert ok, report
