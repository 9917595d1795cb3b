"""RDF outputs: every format gives back every literal byte for byte."""
import json

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import Dataset, URIRef

from kg.cli import cli

FORMATS = {"ttl": "turtle", "nt": "nt", "jsonld": "json-ld", "trig": "trig", "nq": "nquads"}
NASTY = ('line\nbreak\r\nand\rtab\there "quoted" \\ back\\slash \\" \\\\n """ \'\'\' '
         "\u2028 \u2029 \x07\x1b\x00\x7f\x0b\x0c\x08\x01\x1f \u00e9\U0001f600 <b>&amp; \n  \n    end ")
HEADLINE = URIRef("https://schema.org/headline")


def headlines(path, fmt) -> list[str]:
    ds = Dataset()
    ds.parse(str(path), format=FORMATS[fmt])
    return [str(o) for _, _, o, _ in ds.quads((None, HEADLINE, None, None))]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The article with a hostile headline, built into every format."""
    d = tmp_path_factory.mktemp("nasty")
    (d / "n.jsonl").write_text(json.dumps({"id": "n", "title": NASTY, "text": "Acme Corp hired 5 people."}) + "\n")
    for fmt in FORMATS:
        r = CliRunner().invoke(cli, ["build", str(d / "n.jsonl"), "-o", str(d / f"n.{fmt}")])
        assert r.exit_code == 0, r.output
    return d


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_build_keeps_every_literal(built, fmt):
    assert headlines(built / f"n.{fmt}", fmt) == [NASTY]
    if fmt in ("trig", "nq"):  # and a store reads the same text
        quads = ox.parse(path=str(built / f"n.{fmt}"), format=ox.RdfFormat.from_extension(fmt))
        assert [q.object.value for q in quads if q.predicate.value == str(HEADLINE)] == [NASTY]


@pytest.mark.parametrize("src", FORMATS)
def test_export_every_format_to_every_format_keeps_every_literal(built, tmp_path, src):
    for fmt in FORMATS:
        out = tmp_path / f"{src}-to.{fmt}"
        r = CliRunner().invoke(cli, ["export", str(built / f"n.{src}"), "-o", str(out)])
        assert r.exit_code == 0, r.output
        assert headlines(out, fmt) == [NASTY], (src, fmt)


def test_a_government_pledge_is_attributed_to_the_official_who_stated_it(facts_of):
    from rdflib import Literal
    from rdflib.namespace import PROV, RDFS
    from kg.rdf.graph import document_graph

    f = facts_of("Health minister Ada Obi said the Kenyan government is committed to building ten clinics.")
    g = document_graph(f)
    (pledge, person), = g.subject_objects(PROV.wasAttributedTo)
    assert Literal("Ada Obi") in set(g.objects(person, RDFS.label))


def test_a_post_keeps_its_title_as_written(facts_of):
    from rdflib import Literal
    from rdflib.namespace import RDFS, SKOS
    from kg.rdf.graph import document_graph
    from kg.vocab import ORG

    g = document_graph(facts_of("Tom Hale was sworn in by Lt. Gov. Ada Obi in Eastmoor."))
    post, = g.subjects(ORG.heldBy, None)
    assert set(g.objects(post, RDFS.label)) == {Literal("Lieutenant Governor")}
    assert set(g.objects(post, SKOS.altLabel)) == {Literal("Lt. Gov.")}
