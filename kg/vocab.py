"""The public vocabulary, described once: each kind of entity and of fact with its
RDF terms, its name in counts, its label in the network and its style in the page.
The graph, the network, the stores and the page read these tables; adding a kind
of fact is one entry here and one extractor."""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from rdflib import Namespace, URIRef
from rdflib.namespace import PROV, DefinedNamespace

SCHEMA = Namespace("https://schema.org/")
ORG = Namespace("http://www.w3.org/ns/org#")


class KG(DefinedNamespace):
    """Terms declared in ontology/newskg.ttl: a typo raises, never mints an IRI."""

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


class EntityType(StrEnum):
    """The coarse type of an entity: equal to, and hashed as, its name."""

    PERSON = "Person"
    ORGANIZATION = "Organization"
    PLACE = "Place"
    EVENT = "Event"

    __hash__ = str.__hash__


@dataclass(frozen=True)
class Style:
    """How a node is drawn in the page: a vis-network shape and a colour."""

    shape: str
    color: str


@dataclass(frozen=True)
class EntityKind:
    type: EntityType
    rdf_class: URIRef
    plural: str  # in counts: "persons"
    style: Style


ENTITIES: dict[EntityType, EntityKind] = {k.type: k for k in (
    EntityKind(EntityType.PERSON, SCHEMA.Person, "persons", Style("dot", "#4e79a7")),
    EntityKind(EntityType.ORGANIZATION, SCHEMA.Organization, "organizations", Style("square", "#f28e2b")),
    EntityKind(EntityType.PLACE, SCHEMA.Place, "places", Style("triangle", "#59a14f")),
    EntityKind(EntityType.EVENT, SCHEMA.Event, "events", Style("star", "#b07aa1")),
)}


@dataclass(frozen=True)
class FactKind:
    """A kind of fact. Facts drawn as nodes (pledges, statements, a user's own kinds)
    are written generically: a node of `rdf_class` at `{doc}/{name}/{n}`, `agent` (a
    field holding an entity key) linked by `agent_property`, and each field of
    `properties` as that property (an entity IRI when the field holds an entity key,
    else a literal). Posts and relations have writers of their own in rdf.graph."""

    name: str  # the fact's `kind`: "pledge"
    plural: str  # in counts and summaries: "pledges"
    rdf_class: URIRef
    agent: str = ""  # the field naming who
    agent_property: URIRef | None = None
    properties: dict[str, URIRef] = field(default_factory=dict)  # literal fields
    links: dict[str, URIRef] = field(default_factory=dict)  # fields holding an entity key
    constants: tuple[tuple[URIRef, URIRef], ...] = ()  # (property, value) on every node
    node_type: str = ""  # type of its node in the network ("" when drawn as an edge)
    edge_label: str = ""  # label of the edge from the agent in the network
    style: Style | None = None


FACTS: dict[str, FactKind] = {}


def register_fact_kind(kind: FactKind) -> FactKind:
    """Describe a new kind of fact (or replace one): graph, network, page and counts follow."""
    FACTS[kind.name] = kind
    return kind


for _kind in (
    FactKind("role", "roles", ORG.Post),
    FactKind("pledge", "pledges", KG.Pledge, "agent", KG.pledgedBy,
             {"content": KG.content, "verb": KG.commitmentVerb, "amount": KG.amount, "currency": KG.currency,
              "deadline": KG.deadline},
             {"agent": SCHEMA.agent, "beneficiary": KG.beneficiary, "spokesperson": PROV.wasAttributedTo},
             ((SCHEMA.actionStatus, SCHEMA.PotentialActionStatus),),
             "Pledge", "pledged", Style("diamond", "#e15759")),
    FactKind("statement", "statements", KG.Statement, "speaker", KG.statedBy,
             {"content": KG.content, "verb": KG.reportingVerb},
             node_type="Statement", edge_label="stated", style=Style("dot", "#9c9c9c")),
    FactKind("relation", "relations", KG.RelationAssertion),
):
    register_fact_kind(_kind)


@dataclass(frozen=True)
class RelationKind:
    """A binary relation between entities, asserted as a triple and reified with its evidence."""

    name: str  # "suborg"
    property: URIRef
    inverse: URIRef | None = None
    reverse: bool = False  # the triple runs object -> subject ("the event has the attendee")
    label: str = ""  # in the network


RELATIONS: dict[str, RelationKind] = {k.name: k for k in (
    RelationKind("suborg", ORG.subOrganizationOf, label="part of"),
    RelationKind("subevent", SCHEMA.superEvent, SCHEMA.subEvent, label="part of"),
    RelationKind("attendee", SCHEMA.attendee, reverse=True, label="attended"),
    RelationKind("organizer", SCHEMA.organizer, reverse=True, label="organised"),
)}

# Nodes of the page that are neither entities nor facts.
OTHER_STYLES = {"Role": Style("hexagon", "#edc948"), "Literal": Style("box", "#dddddd"),
                "Other": Style("ellipse", "#bab0ac")}


def styles() -> dict[str, Style]:
    """Every node type the page draws, with its style, in a stable order."""
    out = {str(t): k.style for t, k in ENTITIES.items()}
    out.update({k.node_type: k.style for k in FACTS.values() if k.node_type and k.style})
    out.update(OTHER_STYLES)
    return out
