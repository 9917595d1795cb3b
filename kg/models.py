"""Plain data passed between the stages: articles in, facts out."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field


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
    type: str  # Person | Organization | Place | Event
    label: str
    aliases: set[str] = field(default_factory=set)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    government: bool = False


@dataclass(frozen=True)
class Role:
    person: str  # entity key
    title: str
    org: str | None
    former: bool
    evidence: Evidence


@dataclass(frozen=True)
class Pledge:
    agent: str
    content: str
    verb: str
    evidence: Evidence
    beneficiary: str | None = None
    amount: float | None = None
    currency: str | None = None
    deadline: str | None = None


@dataclass(frozen=True)
class Statement:
    speaker: str
    content: str
    verb: str
    evidence: Evidence


@dataclass(frozen=True)
class Relation:
    """A binary relation between entities: sub-organization, sub-event, attendee."""

    subject: str
    predicate: str  # suborg | subevent | attendee
    object: str
    evidence: Evidence


@dataclass
class DocumentFacts:
    article: Article
    entities: list[Entity]
    roles: list[Role]
    pledges: list[Pledge]
    statements: list[Statement]
    relations: list[Relation]
