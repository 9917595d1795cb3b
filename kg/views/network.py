"""The knowledge graph as a user thinks of it, as a networkx graph: entities, pledges
and statements are nodes; posts, pledges, statements and relations are labelled edges.
Reusable for analysis and the source of the HTML view and of GraphML/GEXF."""
from __future__ import annotations

import re
from pathlib import Path

import networkx as nx
from rdflib import Graph, Literal
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS

from ..errors import OutputError
from ..io.files import write_bytes
from ..vocab import ENTITIES, FACTS, KG, ORG, RELATIONS, SCHEMA
LINK_LABELS = {"beneficiary": "for", "spokesperson": "stated by"}  # edge labels of a fact's links to entities
NETWORK_FORMATS = {".graphml": "graphml", ".gexf": "gexf"}
# What XML 1.0 cannot hold, even as a character reference (NUL, BEL, ESC, lone surrogates, ...).
NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _short(iri) -> str:
    """A readable name for an IRI: its last path segments."""
    return "/".join(str(iri).rstrip("/").split("/")[-2:])


class _Builder:
    def __init__(self, g: Graph):
        self.g = g
        self.net = nx.MultiDiGraph()
        self.values: dict = {}
        self.docs = {d: self.text(d, DCTERMS.identifier) or _short(d)
                     for d in g.subjects(RDF.type, SCHEMA.NewsArticle)}
        self.mentioned: dict = {}
        for d, _, e in g.triples((None, SCHEMA.mentions, None)):
            self.mentioned.setdefault(e, set()).add(self.docs.get(d, _short(d)))
        self.canonical = dict(g.subject_objects(OWL.sameAs))  # a corpus: draw each entity once

    def value(self, node, prop):
        """One value of a property (an index per property: far faster than Graph.value)."""
        if prop not in self.values:  # the least value wins, so output is the same every run
            pairs = sorted(self.g.subject_objects(prop), key=lambda so: (str(so[0]), str(so[1])), reverse=True)
            self.values[prop] = dict(pairs)
        return self.values[prop].get(node)

    def text(self, node, prop) -> str:
        v = self.value(node, prop)
        return "" if v is None else str(v)

    def documents(self, node) -> list[str]:
        return sorted(self.mentioned.get(node, ()))

    def evidence(self, node) -> dict:
        doc = self.value(node, PROV.wasDerivedFrom)
        return {"evidence": self.text(node, KG.evidenceText),
                "document": self.docs.get(doc, _short(doc)) if doc is not None else ""}

    def entities(self) -> None:
        g = self.g
        for kind, entity_kind in ENTITIES.items():
            for node in g.subjects(RDF.type, entity_kind.rdf_class):
                if node in self.canonical:
                    continue
                self.net.add_node(str(node), type=str(kind), label=self.text(node, RDFS.label) or _short(node),
                                  aliases=sorted(str(a) for a in g.objects(node, SKOS.altLabel)),
                                  documents=self.documents(node), iri=str(node))

    def ensure(self, node) -> str:
        """A node for an IRI an edge points at (its canonical entity in a corpus), even if
        the graph gives it no type."""
        node = self.canonical.get(node, node)
        key = str(node)
        if key not in self.net:
            self.net.add_node(key, type="Other", label=self.text(node, RDFS.label) or _short(node),
                              aliases=[], documents=self.documents(node), iri=key)
        return key

    def posts(self) -> None:
        g = self.g
        for post in g.subjects(RDF.type, ORG.Post):
            holder, where = self.value(post, ORG.heldBy), self.value(post, ORG.postIn)
            if holder is None:
                continue
            title = self.text(post, RDFS.label) or self.text(self.value(post, ORG.role), RDFS.label)
            if where is None:  # a post in no named organization: the role itself is the target
                where = self.value(post, ORG.role) or post
                self.net.add_node(str(where), type="Role", label=title, aliases=[], documents=[],
                                  iri=str(where))
            former = str(self.value(post, KG.isFormer)).lower() == "true"
            self.net.add_edge(self.ensure(holder), self.ensure(where), key=str(post), kind="post",
                              label=("former " if former else "") + title, iri=str(post), title=title,
                              as_of=self.text(post, KG.asOf), former=former, **self.evidence(post))

    def utterances(self) -> None:
        g = self.g
        for fk in FACTS.values():
            if fk.node_type:
                for node in g.subjects(RDF.type, fk.rdf_class):
                    self.fact_node(fk, node)

    def fact_node(self, fk, node) -> None:
        """A fact drawn as a node (pledge, statement), an edge from its agent, and
        edges to the other entities it names (a pledge's beneficiary)."""
        fields = {name: self.value(node, prop) for name, prop in fk.properties.items()}
        content = "" if fields.get("content") is None else str(fields.pop("content"))
        verb = "" if fields.get("verb") is None else str(fields.pop("verb"))
        extra = {name: str(v) for name, v in fields.items() if v is not None}
        self.net.add_node(str(node), type=fk.node_type, label=content[:40] + ("…" if len(content) > 40 else ""),
                          content=content, aliases=[], iri=str(node), verb=verb, **extra, **self.evidence(node))
        agent = self.value(node, fk.agent_property)
        if agent is not None:
            self.net.add_edge(self.ensure(agent), str(node), key=f"{node}#{fk.edge_label}",
                              kind=fk.node_type.lower(), label=fk.edge_label, iri=str(node), **self.evidence(node))
        for name, prop in fk.links.items():
            if name == fk.agent:
                continue
            label = LINK_LABELS.get(name, name)
            for other in self.g.objects(node, prop):
                self.net.add_edge(str(node), self.ensure(other), key=f"{node}#{label}", kind=name,
                                  label=label, iri=str(node), **self.evidence(node))

    def relations(self) -> None:
        g = self.g
        evidence = {}
        for a in g.subjects(RDF.type, KG.RelationAssertion):
            evidence[(self.value(a, RDF.subject), self.value(a, RDF.predicate), self.value(a, RDF.object))] = a
        for pred, label in {k.property: k.label for k in RELATIONS.values()}.items():
            for s, _, o in g.triples((None, pred, None)):
                a = evidence.get((s, pred, o))
                ev = self.evidence(a) if a is not None else {"evidence": "", "document": ""}
                self.net.add_edge(self.ensure(s), self.ensure(o), key=f"{s}|{pred}|{o}", kind="relation",
                                  label=label, iri=str(a or pred), **ev)

    def raw(self) -> None:
        """Every triple: IRIs and literals as nodes, predicates as edge labels."""
        g = self.g
        for s, p, o in g:
            src = self.ensure(s)
            if isinstance(o, Literal):
                dst = f"literal:{s}|{p}|{o}"
                self.net.add_node(dst, type="Literal", label=str(o)[:40], content=str(o), aliases=[],
                                  documents=[], iri="")
            else:
                dst = self.ensure(o)
            self.net.add_edge(src, dst, key=f"{s}|{p}|{o}", kind="triple", label=_short(p).split("/")[-1],
                              iri=str(p), evidence="", document="")


def to_networkx(graph: Graph, raw: bool = False) -> nx.MultiDiGraph:
    """A directed multigraph of the knowledge graph.

    Nodes (keyed by IRI) carry `type` (Person, Organization, Place, Event, Pledge,
    Statement, Role), `label`, `aliases`, `documents`; edges carry `kind`, `label`,
    `evidence`, `document` (posts also `title`, `as_of`, `former`). With raw=True,
    every triple is an edge.

    >>> net = to_networkx(build_graph("article.txt"))  # doctest: +SKIP
    >>> nx.degree_centrality(net)  # doctest: +SKIP
    """
    b = _Builder(graph)
    if raw:
        b.canonical = {}
    b.entities()
    if raw:
        b.raw()
    else:
        b.posts()
        b.utterances()
        b.relations()
    return _ordered(b.net)


def _ordered(net: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The same network with nodes and edges in a stable order (rdflib's is hash-seeded)."""
    out = nx.MultiDiGraph()
    out.add_nodes_from(sorted(net.nodes(data=True), key=lambda nd: nd[0]))
    out.add_edges_from(sorted(net.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2])))
    return out


def _flat(net: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy with list attributes joined, as GraphML and GEXF take only scalars, and
    every text made fit for XML 1.0."""
    out = nx.MultiDiGraph()
    for n, d in net.nodes(data=True):
        out.add_node(_xml(n), **{k: _xml("; ".join(v) if isinstance(v, list) else v) for k, v in d.items()})
    for u, v, k, d in net.edges(keys=True, data=True):
        out.add_edge(_xml(u), _xml(v), key=_xml(k), **{a: _xml(x) for a, x in d.items()})
    return out


def _xml(value):
    """A string with each character XML 1.0 forbids replaced by U+FFFD; other values as they are."""
    return NOT_XML.sub("\ufffd", value) if isinstance(value, str) else value


def write_network(net: nx.MultiDiGraph, path: str) -> None:
    """Write GraphML or GEXF (by extension), atomically."""
    fmt = NETWORK_FORMATS.get(Path(path).suffix.lower())
    if fmt is None:
        raise OutputError(f"{path}: use a .graphml or .gexf file name")
    text = "\n".join((nx.generate_graphml if fmt == "graphml" else nx.generate_gexf)(_flat(net)))
    text = re.sub(r' lastmodifieddate="[^"]*"', "", text)  # GEXF stamps today's date; keep output reproducible
    write_bytes(path, (text + "\n").encode("utf-8"))
