"""Every kg: term the code uses is declared in the ontology."""
import re
from pathlib import Path

from rdflib.namespace import OWL, RDF, RDFS

from kg.vocab import KG
from kg.rdf.validate import ontology

ROOT = Path(__file__).resolve().parent.parent


def test_ontology_declares_every_term_used():
    onto = ontology()
    declared = {str(s) for s in onto.subjects(RDF.type, None)}
    used = set()
    for p in (ROOT / "kg").rglob("*.py"):
        used |= {KG._NS + t for t in re.findall(r"\bKG\.(\w+)", p.read_text()) if t != "_NS"}
    for p in (ROOT / "kg" / "queries").glob("*.rq"):
        used |= {KG._NS + t for t in re.findall(r"\bkg:(\w+)", p.read_text())}
    assert used and used <= declared, used - declared
    assert (None, RDF.type, OWL.Ontology) in onto


def test_ontology_terms_have_labels_and_comments():
    onto = ontology()
    for s in set(onto.subjects(RDF.type, OWL.ObjectProperty)) | set(onto.subjects(RDF.type, OWL.Class)):
        assert onto.value(s, RDFS.label) and onto.value(s, RDFS.comment), s
