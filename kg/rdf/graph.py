"""Facts to RDF: one named graph per document, readable slug IRIs, provenance on
every fact. Imports no spaCy."""
from __future__ import annotations

from decimal import Decimal

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD
from rdflib.plugins.serializers.nt import _quoteLiteral

from ..io.ids import DEFAULT_BASE, document_iri, slugify
from ..models import DocumentFacts, Evidence, Fact
from ..vocab import ENTITIES, FACTS, KG, ORG, RELATIONS, SCHEMA, FactKind

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
    """Builds the triples of one document's facts: a set of them, which `graph` makes an
    rdflib Graph of and `nt` writes as sorted N-Triples (adding to a Graph is slow)."""

    def __init__(self, facts: DocumentFacts, base: str):
        self.facts, self.base = facts, base
        self.doc = document_iri(facts.article.id, base)
        self.triples: set[tuple] = set()
        self.ent = {e.key: URIRef(f"{self.doc}/{e.type.lower()}/{e.key}") for e in facts.entities}

    def build(self) -> Graph:
        """The document's named graph (prefixes are bound where graphs are written: bind is slow)."""
        return self.collect().graph()

    def graph(self) -> Graph:
        g = Graph(identifier=self.doc)
        for t in self.triples:
            g.add(t)
        return g

    def nt(self) -> bytes:
        """The triples as sorted N-Triples lines, as rdflib's _nt_row writes them (a
        subject or predicate, repeated on many lines, is written once)."""
        n3: dict = {}
        rows = []
        for s, p, o in self.triples:
            if s not in n3:
                n3[s] = s.n3()
            if p not in n3:
                n3[p] = p.n3()
            rows.append(f"{n3[s]} {n3[p]} {_quoteLiteral(o) if isinstance(o, Literal) else o.n3()} .\n".encode())
        return b"".join(sorted(rows))

    def collect(self) -> DocumentGraph:
        """Make the triples (once)."""
        if not self.triples:
            self.fill()
        return self

    def fill(self) -> None:
        self.document()
        self.entities()
        for kind in FACTS.values():
            facts = self.facts.of(kind.name)
            if kind.name == "role":
                self.posts(facts)
            elif kind.name == "relation":
                self.relations(facts)
            else:
                self.nodes(kind, facts)

    def document(self) -> None:
        a, g = self.facts.article, self.triples
        g.add((self.doc, RDF.type, SCHEMA.NewsArticle))
        g.add((self.doc, DCTERMS.identifier, Literal(a.id)))
        g.add((self.doc, KG.contentHash, Literal(a.content_hash)))
        if a.date:
            g.add((self.doc, SCHEMA.datePublished, Literal(a.date, datatype=XSD.date)))
        for prop, value in ((SCHEMA.url, a.url), (SCHEMA.headline, a.title), (DCTERMS.source, a.source)):
            if value:
                g.add((self.doc, prop, Literal(value)))

    def entities(self) -> None:
        g = self.triples
        for e in self.facts.entities:
            node = self.ent[e.key]
            g.add((node, RDF.type, ENTITIES[e.type].rdf_class))
            if e.government and e.type == "Organization":
                g.add((node, RDF.type, SCHEMA.GovernmentOrganization))
            g.add((node, RDFS.label, Literal(e.label)))
            for alias in sorted(e.aliases):
                g.add((node, SKOS.altLabel, Literal(alias)))
            for form in sorted(e.hidden):
                g.add((node, SKOS.hiddenLabel, Literal(form)))
            for name in sorted(e.known):
                g.add((node, SCHEMA.alternateName, Literal(name)))
            g.add((self.doc, SCHEMA.mentions, node))

    def provenance(self, node: URIRef, ev: Evidence) -> None:
        g = self.triples
        g.add((node, PROV.wasDerivedFrom, self.doc))
        g.add((node, KG.evidenceText, Literal(ev.text)))
        g.add((node, KG.beginIndex, Literal(ev.start, datatype=XSD.integer)))
        g.add((node, KG.endIndex, Literal(ev.end, datatype=XSD.integer)))
        g.add((node, KG.extractionRule, Literal(ev.rule)))

    def posts(self, roles: list) -> None:
        g, date = self.triples, self.facts.article.date
        for r in roles:
            title = title_case(r.title)
            role = URIRef(f"{self.base}role/{slugify(title)}")
            slug = f"{r.person}-{slugify(title)}" + (f"-{r.org}" if r.org else "")
            post = URIRef(f"{self.doc}/post/{slug}")
            g.add((role, RDF.type, ORG.Role))
            g.add((role, RDFS.label, Literal(title)))
            g.add((post, RDF.type, ORG.Post))
            g.add((post, RDFS.label, Literal(title)))
            if r.written:  # "Lt. Gov.": as the text writes it
                g.add((post, SKOS.altLabel, Literal(r.written)))
            g.add((post, ORG.role, role))
            g.add((post, ORG.heldBy, self.ent[r.person]))
            g.add((self.ent[r.person], ORG.holds, post))
            if r.org:
                g.add((post, ORG.postIn, self.ent[r.org]))
            if date:
                g.add((post, KG.asOf, Literal(date, datatype=XSD.date)))
            g.add((post, KG.isFormer, Literal(r.former)))
            self.provenance(post, r.evidence)

    def nodes(self, kind: FactKind, facts: list[Fact]) -> None:
        """Facts drawn as nodes (pledges, statements, a user's kinds), from their vocab entry."""
        g = self.triples
        for n, fact in enumerate(facts, 1):
            node = URIRef(f"{self.doc}/{kind.name}/{n}")
            g.add((node, RDF.type, kind.rdf_class))
            if kind.agent_property is not None:
                g.add((node, kind.agent_property, self.ent[getattr(fact, kind.agent)]))
            for name, prop in kind.links.items():
                if (key := getattr(fact, name)) is not None:
                    g.add((node, prop, self.ent[key]))
            for name, prop in kind.properties.items():
                if (value := getattr(fact, name)) is not None:
                    g.add((node, prop, literal(value)))
            for prop, value in kind.constants:
                g.add((node, prop, value))
            self.provenance(node, fact.evidence)

    def relations(self, relations: list) -> None:
        g = self.triples
        for n, r in enumerate(relations, 1):
            kind = RELATIONS[r.predicate]
            s, o, p = self.ent[r.subject], self.ent[r.object], kind.property
            if kind.reverse:
                s, o = o, s
            g.add((s, p, o))
            if kind.inverse is not None:
                g.add((o, kind.inverse, s))
            node = URIRef(f"{self.doc}/relation/{n}")
            g.add((node, RDF.type, KG.RelationAssertion))
            g.add((node, RDF.subject, s))
            g.add((node, RDF.predicate, p))
            g.add((node, RDF.object, o))
            self.provenance(node, r.evidence)


def literal(value) -> Literal:
    """A fact field as a literal: floats as exact decimals ("500000000", not "5e8")."""
    if isinstance(value, float):
        return Literal(format(Decimal(str(value)), "f"), datatype=XSD.decimal)
    return Literal(value)


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
