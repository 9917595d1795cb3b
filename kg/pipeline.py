"""The one place the stages are wired: articles -> facts -> RDF."""
from __future__ import annotations

import sys
from typing import Iterable

from rdflib import Graph

from .extract import extract, load_model
from .graph import DEFAULT_BASE, document_graph, document_iri, merge
from .models import Article, DocumentFacts
from .sources import DATE_HEADER, article_from_text, load_articles


def extract_all(articles: Iterable[Article], model: str | None = None) -> list[DocumentFacts]:
    """Facts of each article, warning on stderr about empty ones."""
    nlp = load_model(model)
    out = []
    for a in articles:
        if not DATE_HEADER.sub("", a.text, count=1).strip():
            print(f"warning: {a.source or a.id}: empty article, graph holds only its document",
                  file=sys.stderr)
        out.append(extract(a, nlp))
    return out


def build_graphs(articles: Iterable[Article], model: str | None = None,
                 base: str = DEFAULT_BASE) -> list[Graph]:
    """One named graph per article."""
    return [document_graph(f, base) for f in extract_all(articles, model)]


def build_into_store(store, articles: Iterable[Article], model: str | None = None,
                     base: str = DEFAULT_BASE, force: bool = False) -> tuple[list[Graph], list[str]]:
    """Build the articles whose text the store does not hold yet and put each graph in
    place of its earlier version. Returns the graphs built and the ids skipped."""
    known = {} if force else store.hashes()
    todo, skipped = [], []
    for a in articles:
        (skipped if known.get(str(document_iri(a.id, base))) == a.content_hash else todo).append(a)
    graphs = build_graphs(todo, model, base)
    for g in graphs:
        store.replace(g)
    store.flush()
    return graphs, [a.id for a in skipped]


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
