"""The one place the stages are wired: articles -> parsed docs -> facts -> RDF.
`corpus` runs this over batches; the functions here are the in-memory API."""
from __future__ import annotations

import signal
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Iterable, Iterator

from rdflib import Graph

from .extract import facts_of, load_model, parse_many
from .io.ids import DEFAULT_BASE
from .io.sources import article_from_text, load_articles
from .lexicons import use_lexicon_dir
from .models import Article, DocumentFacts
from .rdf.graph import DocumentGraph, merge


@dataclass
class Built:
    """One article through the pipeline: its facts and graph, or the error that stopped it."""

    article: Article
    graph: DocumentGraph | None = None
    error: Exception | None = None


DOC_SECONDS = 60.0  # the longest one document's rules may run (a few ms is usual)


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """TimeoutError when the block runs longer than `seconds` (in a process's main
    thread, where signals arrive; a worker thread runs without a limit)."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def stop(*_):
        raise TimeoutError(f"extraction ran over {seconds:g} s")
    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def build_batch(articles: list[Article], model: str | None = None, base: str = DEFAULT_BASE,
                lexicon_dir: str | None = None, doc_seconds: float = DOC_SECONDS) -> Iterator[Built]:
    """Each article's facts and graph, parsed together in batches, with the built-in
    word lists extended by `lexicon_dir`. A document whose extraction fails, or runs
    over `doc_seconds`, yields its error, so one odd text never stops a corpus."""
    use_lexicon_dir(lexicon_dir)
    nlp = load_model(model)
    for a, doc in zip(articles, parse_many(nlp, [a.text for a in articles])):
        try:
            with time_limit(doc_seconds):
                dg = DocumentGraph(facts_of(a, doc), base).collect()
        except Exception as e:  # reported by the caller, never fatal
            yield Built(a, error=e)
            continue
        yield Built(a, dg)


def extract_all(articles: Iterable[Article], model: str | None = None,
                doc_seconds: float = DOC_SECONDS) -> list[DocumentFacts]:
    """Facts of each article, parsed in batches (TimeoutError when one document's rules
    run over `doc_seconds`)."""
    articles = list(articles)
    nlp = load_model(model)
    out = []
    for a, doc in zip(articles, parse_many(nlp, [a.text for a in articles])):
        with time_limit(doc_seconds):
            out.append(facts_of(a, doc))
    return out


def build_graphs(articles: Iterable[Article], model: str | None = None,
                 base: str = DEFAULT_BASE) -> list[Graph]:
    """One named graph per article."""
    return [DocumentGraph(f, base).build() for f in extract_all(articles, model)]


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
