"""Facts to RDF: one named graph per document, readable slug IRIs, provenance on
every fact. Imports no spaCy."""
from __future__ import annotations

from decimal import Decimal

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

from ..io.ids import DEFAULT_BASE, document_iri, slugify
from ..models import DocumentFacts, Evidence
from .namespaces import KG, ORG, SCHEMA

ENTITY_CLASSES = {"Person": SCHEMA.Person, "Organization": SCHEMA.Organization,
                  "Place": SCHEMA.Place, "Event": SCHEMA.Event}
RELATIONS = {"suborg": ORG.subOrganizationOf, "subevent": SCHEMA.superEvent,
             "attendee": SCHEMA.attendee}
INVERSE = {"subevent": SCHEMA.subEvent}
PREFIXES = {"kg": KG._NS, "schema": SCHEMA, "org": ORG, "prov": PROV, "skos": SKOS,
            "dcterms": DCTERMS, "rdf": RDF, "rdfs": RDFS, "owl": OWL, "xsd": XSD}


def bind(g: Graph) -> Graph:
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True)
    return g


def title_case(title: str) -> str:
    """"vice president for Africa" -> "Vice President for Africa"; words with capitals
    ("CEO") stay as written."""
    small = {"of", "for", "and", "the", "in", "on"}
    return " ".join(w if w in small or w != w.lower() else w[:1].upper() + w[1:] for w in title.split())


class DocumentGraph:
    """Builds the triples of one document's facts."""

    def __init__(self, facts: DocumentFacts, base: str):
        self.facts, self.base = facts, base
        self.doc = document_iri(facts.article.id, base)
        self.g = Graph(identifier=self.doc)  # prefixes are bound where graphs are written (bind is slow)
        self.ent = {e.key: URIRef(f"{self.doc}/{e.type.lower()}/{e.key}") for e in facts.entities}

    def build(self) -> Graph:
        self.document()
        self.entities()
        self.posts()
        self.pledges()
        self.statements()
        self.relations()
        return self.g

    def document(self) -> None:
        a, g = self.facts.article, self.g
        g.add((self.doc, RDF.type, SCHEMA.NewsArticle))
        g.add((self.doc, DCTERMS.identifier, Literal(a.id)))
        g.add((self.doc, KG.contentHash, Literal(a.content_hash)))
        if a.date:
            g.add((self.doc, SCHEMA.datePublished, Literal(a.date, datatype=XSD.date)))
        for prop, value in ((SCHEMA.url, a.url), (SCHEMA.headline, a.title), (DCTERMS.source, a.source)):
            if value:
                g.add((self.doc, prop, Literal(value)))

    def entities(self) -> None:
        g = self.g
        for e in self.facts.entities:
            node = self.ent[e.key]
            g.add((node, RDF.type, ENTITY_CLASSES[e.type]))
            if e.government and e.type == "Organization":
                g.add((node, RDF.type, SCHEMA.GovernmentOrganization))
            g.add((node, RDFS.label, Literal(e.label)))
            for alias in sorted(e.aliases):
                g.add((node, SKOS.altLabel, Literal(alias)))
            g.add((self.doc, SCHEMA.mentions, node))

    def provenance(self, node: URIRef, ev: Evidence) -> None:
        g = self.g
        g.add((node, PROV.wasDerivedFrom, self.doc))
        g.add((node, KG.evidenceText, Literal(ev.text)))
        g.add((node, KG.beginIndex, Literal(ev.start, datatype=XSD.integer)))
        g.add((node, KG.endIndex, Literal(ev.end, datatype=XSD.integer)))
        g.add((node, KG.extractionRule, Literal(ev.rule)))

    def posts(self) -> None:
        g, date = self.g, self.facts.article.date
        for r in self.facts.roles:
            title = title_case(r.title)
            role = URIRef(f"{self.base}role/{slugify(title)}")
            slug = f"{r.person}-{slugify(title)}" + (f"-{r.org}" if r.org else "")
            post = URIRef(f"{self.doc}/post/{slug}")
            g.add((role, RDF.type, ORG.Role))
            g.add((role, RDFS.label, Literal(title)))
            g.add((post, RDF.type, ORG.Post))
            g.add((post, RDFS.label, Literal(title)))
            g.add((post, ORG.role, role))
            g.add((post, ORG.heldBy, self.ent[r.person]))
            g.add((self.ent[r.person], ORG.holds, post))
            if r.org:
                g.add((post, ORG.postIn, self.ent[r.org]))
            if date:
                g.add((post, KG.asOf, Literal(date, datatype=XSD.date)))
            g.add((post, KG.isFormer, Literal(r.former)))
            self.provenance(post, r.evidence)

    def pledges(self) -> None:
        g = self.g
        for n, p in enumerate(self.facts.pledges, 1):
            node = self.utterance(f"pledge/{n}", KG.Pledge, KG.pledgedBy, p.agent, p.content,
                                  KG.commitmentVerb, p.verb, p.evidence)
            g.add((node, SCHEMA.agent, self.ent[p.agent]))
            g.add((node, SCHEMA.actionStatus, SCHEMA.PotentialActionStatus))
            if p.beneficiary:
                g.add((node, KG.beneficiary, self.ent[p.beneficiary]))
            if p.amount is not None:
                g.add((node, KG.amount, Literal(format(Decimal(str(p.amount)), "f"), datatype=XSD.decimal)))
            if p.currency:
                g.add((node, KG.currency, Literal(p.currency)))
            if p.deadline:
                g.add((node, KG.deadline, Literal(p.deadline)))

    def statements(self) -> None:
        for n, s in enumerate(self.facts.statements, 1):
            self.utterance(f"statement/{n}", KG.Statement, KG.statedBy, s.speaker, s.content,
                           KG.reportingVerb, s.verb, s.evidence)

    def utterance(self, path, cls, by, agent, content, verb_prop, verb, ev) -> URIRef:
        """A pledge or statement node: who, what, the verb, and provenance."""
        node = URIRef(f"{self.doc}/{path}")
        for t in ((node, RDF.type, cls), (node, by, self.ent[agent]),
                  (node, KG.content, Literal(content)), (node, verb_prop, Literal(verb))):
            self.g.add(t)
        self.provenance(node, ev)
        return node

    def relations(self) -> None:
        g = self.g
        for n, r in enumerate(self.facts.relations, 1):
            s, o, p = self.ent[r.subject], self.ent[r.object], RELATIONS[r.predicate]
            if r.predicate == "attendee":  # the event has the attendee
                s, o = o, s
            g.add((s, p, o))
            if r.predicate in INVERSE:
                g.add((o, INVERSE[r.predicate], s))
            node = URIRef(f"{self.doc}/relation/{n}")
            g.add((node, RDF.type, KG.RelationAssertion))
            g.add((node, RDF.subject, s))
            g.add((node, RDF.predicate, p))
            g.add((node, RDF.object, o))
            self.provenance(node, r.evidence)


def document_graph(facts: DocumentFacts, base: str = DEFAULT_BASE) -> Graph:
    """The named graph of one document's facts."""
    return DocumentGraph(facts, base).build()


def to_dataset(graphs: list[Graph]) -> Dataset:
    """One dataset holding each document's graph under its document IRI."""
    ds = bind(Dataset())
    for g in graphs:
        named = ds.graph(g.identifier)
        for t in g:
            named.add(t)
    return ds


def merge(graphs: list[Graph]) -> Graph:
    """All documents' triples in one graph."""
    out = bind(Graph())
    for g in graphs:
        for t in g:
            out.add(t)
    return out
