"""Text to facts: parse, find names, resolve entities, extract facts."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..models import Article, DocumentFacts
from .coref import Coref
from .entities import resolve_entities
from .mentions import find_mentions
from .nlp import load_model, parse, parse_many
from .pledges import extract_pledges, extract_statements
from .relations import extract_relations
from .roles import extract_roles

__all__ = ["extract", "extract_many", "facts_of", "load_model"]


def extract(article: Article, nlp: Language) -> DocumentFacts:
    """All facts of one article: a pure function of its text and the model."""
    return facts_of(article, parse(nlp, article.text))


def extract_many(articles: list[Article], nlp: Language) -> list[DocumentFacts]:
    """Facts of several articles, parsed together in batches (faster than one by one)."""
    return [facts_of(a, doc) for a, doc in zip(articles, parse_many(nlp, [a.text for a in articles]))]


def facts_of(article: Article, doc: Doc) -> DocumentFacts:
    entities, res = resolve_entities(doc, find_mentions(doc))
    coref = Coref(doc, entities, res)
    return DocumentFacts(
        article=article,
        entities=entities,
        roles=extract_roles(doc, entities, res, coref),
        pledges=extract_pledges(doc, entities, coref),
        statements=extract_statements(doc, entities, coref),
        relations=extract_relations(doc, entities, res),
    )
