"""Plain data passed between the stages: articles in, facts out."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import ClassVar

from .vocab import EntityType


@dataclass(frozen=True)
class Article:
    """One input document. `text` is exactly the input; offsets point into it."""

    id: str
    text: str
    date: str | None = None
    url: str | None = None
    title: str | None = None
    source: str | None = None

    @property
    def content_hash(self) -> str:
        """SHA-256 of the text: a store skips a document whose hash it already holds."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Evidence:
    """Where a fact comes from: a sentence, its offsets, and the rule that fired."""

    text: str
    start: int
    end: int
    rule: str


@dataclass
class Entity:
    """One real-world entity of a document, with every surface form used."""

    key: str
    type: EntityType
    label: str
    aliases: set[str] = field(default_factory=set)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    government: bool = False
    hidden: set[str] = field(default_factory=set)  # initialisms and contractions people search by
    known: set[str] = field(default_factory=set)  # other names a gazetteer knows it by (a country's: "Britain")


class Fact:
    """A fact an extractor found: its `kind` names its entry in vocab.FACTS, and
    every fact has an `evidence` field (sentence, offsets, rule)."""

    kind: ClassVar[str]
    evidence: Evidence


@dataclass(frozen=True)
class Role(Fact):
    """A post: who holds which title where (an entity key, or None)."""

    kind = "role"
    person: str  # entity key
    title: str
    org: str | None
    former: bool
    evidence: Evidence
    written: str = ""  # the title as the text abbreviates it ("Lt. Gov."), when `title` spells it out


@dataclass(frozen=True)
class Pledge(Fact):
    kind = "pledge"
    agent: str
    content: str
    verb: str
    evidence: Evidence
    beneficiary: str | None = None
    amount: float | None = None
    currency: str | None = None
    deadline: str | None = None
    spokesperson: str | None = None  # who stated a government's pledge ("X reaffirmed the government's commitment")


@dataclass(frozen=True)
class Statement(Fact):
    kind = "statement"
    speaker: str
    content: str
    verb: str
    evidence: Evidence


@dataclass(frozen=True)
class Relation(Fact):
    """A binary relation between entities (a name in vocab.RELATIONS)."""

    kind = "relation"

    subject: str
    predicate: str
    object: str
    evidence: Evidence


@dataclass
class DocumentFacts:
    """Everything found in one article: its entities and its facts, in the order found."""

    article: Article
    entities: list[Entity]
    facts: list[Fact] = field(default_factory=list)

    def of(self, kind: str) -> list:
        """The facts of one kind ("role", "pledge", ...), in order."""
        return [f for f in self.facts if f.kind == kind]

    @property
    def roles(self) -> list[Role]:
        return self.of("role")

    @property
    def pledges(self) -> list[Pledge]:
        return self.of("pledge")

    @property
    def statements(self) -> list[Statement]:
        return self.of("statement")

    @property
    def relations(self) -> list[Relation]:
        return self.of("relation")
