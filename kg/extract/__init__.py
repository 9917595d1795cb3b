"""Text to facts: parse, find names, resolve entities, then run the registered rules."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..models import Article, DocumentFacts
from .context import Context
from .nlp import load_model, parse, parse_many
from .registry import register, run_rules

__all__ = ["extract", "facts_of", "load_model", "parse_many", "register"]


def extract(article: Article, nlp: Language) -> DocumentFacts:
    """All facts of one article: a pure function of its text and the model."""
    return facts_of(article, parse(nlp, article.text))


def facts_of(article: Article, doc: Doc) -> DocumentFacts:
    """The facts of a parsed article."""
    ctx = Context.build(article, doc)
    return DocumentFacts(article, ctx.entities, run_rules(ctx))
