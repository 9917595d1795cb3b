"""The one place the stages are wired: articles -> facts -> RDF."""
from __future__ import annotations

from typing import Iterable

from rdflib import Graph

from .extract import extract_many, load_model
from .io.ids import DEFAULT_BASE
from .rdf.graph import document_graph, merge
from .models import Article, DocumentFacts
from .io.sources import article_from_text, load_articles


def extract_all(articles: Iterable[Article], model: str | None = None) -> list[DocumentFacts]:
    """Facts of each article, parsed in batches."""
    return extract_many(list(articles), load_model(model))


def build_graphs(articles: Iterable[Article], model: str | None = None,
                 base: str = DEFAULT_BASE) -> list[Graph]:
    """One named graph per article."""
    return [document_graph(f, base) for f in extract_all(articles, model)]


def build_graph(inputs: str | list[str], model: str | None = None, base: str = DEFAULT_BASE,
                text: str | None = None) -> Graph:
    """The knowledge graph of the given files (or of `text`), all documents merged.

    >>> g = build_graph("examples/seed-shanghai-hk-2024-11-06.txt")  # doctest: +SKIP
    """
    if text is not None:
        articles = [article_from_text(text, inputs if isinstance(inputs, str) else "text")]
    else:
        articles = load_articles([inputs] if isinstance(inputs, str) else list(inputs))
    return merge(build_graphs(articles, model, base))
