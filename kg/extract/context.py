"""What every rule sees of one document, built once: the parsed Doc, its entities,
which entity each token names, coreference and the entity-type map."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

from spacy.tokens import Doc, Token

from ..io.ids import unique_slug
from ..models import Article, Entity, Evidence
from ..vocab import EntityType
from .coref import Coref
from .entities import Resolution, resolve_entities
from .gazetteer import country_names_of
from .mentions import find_mentions
from .nlp import sentence_of, text_of_doc, tokens


@dataclass
class Context:
    article: Article
    doc: Doc
    entities: list[Entity]
    res: Resolution
    coref: Coref
    types: dict[str, EntityType]
    memo: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def build(cls, article: Article, doc: Doc) -> Context:
        """Find the names, group them into entities, set up coreference."""
        entities, res = resolve_entities(doc, find_mentions(doc))
        return cls(article, doc, entities, res, Coref(doc, entities, res), {e.key: e.type for e in entities})

    @property
    def tokens(self) -> list[Token]:
        return tokens(self.doc)

    def type_at(self, i: int) -> EntityType | None:
        """The type of the entity token i names, if any."""
        return self.types.get(self.res.key_at(i))

    def label(self, key: str) -> str:
        """The label of an entity of the document."""
        return next(e.label for e in self.entities if e.key == key)

    def entity_named(self, label: str, kind: EntityType, anchor: Token) -> str:
        """The entity of that name and type, made when the text names it only
        indirectly ("the German minister": Germany)."""
        want = label.casefold()
        for e in self.entities:
            if e.type == kind and any(n.casefold() == want for n in (e.label, *e.aliases)):
                return e.key
        key = unique_slug(label, set(self.types))
        known = country_names_of(label) - {label} if kind == EntityType.PLACE else set()
        self.entities.append(Entity(key, kind, label, mentions=[(anchor.idx, anchor.idx + len(anchor))], known=known))
        self.types[key] = kind
        return key

    def once(self, name: str, make: Callable[[Context], Any]) -> Any:
        """A value computed once per document and shared by rules (say, where posts are held)."""
        if name not in self.memo:
            self.memo[name] = make(self)
        return self.memo[name]


def evidence(tok: Token, rule: str) -> Evidence:
    """The sentence around a token: the input's own characters (not the cleaned copy
    that was parsed) from its first to its last character that is not space in the
    cleaned copy either (a leading date header is blanked there), with their offsets."""
    clean = text_of_doc(tok.doc)  # spaCy would join the Doc's tokens at every call
    text = tok.doc.user_data.get("kg.text") or clean
    _, start, end = sentence_of(tok.doc)[tok.i]
    while start < end and (text[start].isspace() or clean[start].isspace()):
        start += 1
    while end > start and (text[end - 1].isspace() or clean[end - 1].isspace()):
        end -= 1
    return Evidence(text[start:end], start, end, rule)
