"""The project's vocabulary as a closed namespace: a typo raises, never mints an IRI."""
from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

SCHEMA = Namespace("https://schema.org/")
ORG = Namespace("http://www.w3.org/ns/org#")


class KG(DefinedNamespace):
    """Terms declared in ontology/newskg.ttl."""

    _NS = Namespace("https://w3id.org/newskg/ontology#")
    _fail = True

    Fact: URIRef
    Pledge: URIRef
    Statement: URIRef
    RelationAssertion: URIRef
    pledgedBy: URIRef
    statedBy: URIRef
    content: URIRef
    commitmentVerb: URIRef
    reportingVerb: URIRef
    beneficiary: URIRef
    amount: URIRef
    currency: URIRef
    deadline: URIRef
    asOf: URIRef
    isFormer: URIRef
    evidenceText: URIRef
    beginIndex: URIRef
    endIndex: URIRef
    extractionRule: URIRef
    contentHash: URIRef
    EntityMerge: URIRef
    canonical: URIRef
    member: URIRef
    mergeRule: URIRef
    mergeReason: URIRef
    knownTitle: URIRef
