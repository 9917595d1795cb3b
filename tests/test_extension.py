"""A new kind of fact added from outside the package: one vocabulary entry and one
rule, and the graph, the network, the counts and the page follow."""
from dataclasses import dataclass

import pytest
from rdflib.namespace import RDF

from kg.extract.clauses import subject_of
from kg.extract.context import evidence
from kg.extract.registry import register, unregister
from kg.models import Evidence, Fact
from kg.pipeline import build_graphs
from kg.io.sources import article_from_text
from kg.rdf.stats import graph_stats
from kg.views.network import to_networkx
from kg.vocab import FACTS, SCHEMA, FactKind, Style, register_fact_kind, styles


@dataclass(frozen=True)
class Acquisition(Fact):
    kind = "acquisition"
    buyer: str
    target: str
    evidence: Evidence


def acquired(ctx):
    """"Acme Corp acquired Beta Ltd": buyer and target, both organizations."""
    for tok in ctx.tokens:
        if tok.lemma_ == "acquire" and tok.pos_ == "VERB":
            subj = subject_of(tok)
            obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
            if subj is not None and obj is not None:
                buyer, target = ctx.res.key_at(subj.i), ctx.res.key_at(obj.i)
                if ctx.types.get(buyer) == ctx.types.get(target) == "Organization":
                    yield Acquisition(buyer, target, evidence(tok, "acquisition.acquired"))


@pytest.fixture
def acquisitions():
    register_fact_kind(FactKind("acquisition", "acquisitions", SCHEMA.BuyAction, "buyer", SCHEMA.agent,
                                links={"target": SCHEMA.object}, node_type="Acquisition", edge_label="acquired",
                                style=Style("box", "#76b7b2")))
    register("acquisition.acquired", "acquisition")(acquired)
    yield
    unregister("acquisition.acquired")
    del FACTS["acquisition"]


def test_extension_new_fact_kind_reaches_graph_network_and_counts(nlp, acquisitions):
    text = "Acme Corp acquired Beta Industries Ltd last year. Jane Roe said the deal will close soon."
    g = build_graphs([article_from_text(text, "deal")])[0]
    node = next(g.subjects(RDF.type, SCHEMA.BuyAction))
    assert str(g.value(g.value(node, SCHEMA.agent), RDF.type)) == str(SCHEMA.Organization)
    assert g.value(node, SCHEMA.object) is not None
    assert str(node).endswith("/acquisition/1")
    assert graph_stats(g)["acquisitions"] == 1
    net = to_networkx(g)
    acq = [d for _, d in net.nodes(data=True) if d["type"] == "Acquisition"]
    assert len(acq) == 1 and "Acme Corp acquired" in acq[0]["evidence"]
    assert styles()["Acquisition"].shape == "box"


def test_extension_without_the_entry_nothing_is_found(nlp):
    text = "Acme Corp acquired Beta Industries Ltd last year."
    g = build_graphs([article_from_text(text, "deal")])[0]
    assert not list(g.subjects(RDF.type, SCHEMA.BuyAction))
