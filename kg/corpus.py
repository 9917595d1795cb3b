"""Many articles to one graph, streamed: batches of articles go through the pipeline
in this process, in a pool of processes (--jobs) or on a Dask cluster; each
document's graph is written as soon as it is ready, so memory stays flat. At the
end, entities are resolved across documents into one more named graph."""
from __future__ import annotations

import logging
import multiprocessing
import signal
import time
from collections import Counter, deque
from contextlib import nullcontext
from dataclasses import dataclass, field
from functools import partial
from itertools import islice
from typing import BinaryIO, Callable, Iterable, Iterator

from rdflib import Graph, URIRef

from .errors import KgError
from .io.files import atomic_open
from .io.ids import DEFAULT_BASE, document_iri
from .io.sources import DATE_HEADER
from .models import Article
from .pipeline import build_batch
from .rdf.export import STREAM_FORMATS, header, nquads, serialize, trig_block, turtle
from .rdf.graph import merge
from .rdf.resolve import Record, Resolution, records_of
from .rdf.tables import plural
from .vocab import FACTS

log = logging.getLogger("kg")
BATCH = 64  # articles per task: spaCy batches within it, workers take whole tasks


@dataclass
class DocOutput:
    """What building one document gives back: small, picklable, no spaCy objects."""
    iri: str
    nt: bytes  # the graph as sorted N-Triples
    trig: bytes | None  # and as a TriG block, when that is the output format
    records: list[Record]
    counts: Counter
    warning: str | None = None


def process_batch(articles: list[Article], model: str | None, base: str, fmt: str,
                  lexicon_dir: str | None = None) -> list[DocOutput]:
    """Build a batch of articles (a pure function, so it runs in any process or worker).
    A document that fails is reported, not fatal: its output holds no graph."""
    out = []
    for built in build_batch(articles, model, base, lexicon_dir):
        a, dg = built.article, built.graph
        if dg is None:
            e = built.error
            out.append(DocOutput("", b"", None, [], Counter(failed=1),
                                 f"{a.source or a.id}: not built ({type(e).__name__}: {e})"))
            continue
        counts = Counter(documents=1, entities=len(dg.facts.entities), triples=len(dg.triples))
        counts.update({k.plural: len(dg.facts.of(k.name)) for k in FACTS.values() if k.name != "relation"})
        empty = not DATE_HEADER.sub("", a.text, count=1).strip()
        nt, iri = dg.nt(), str(dg.doc)
        out.append(DocOutput(iri, nt, trig_block(nt, iri) if fmt == "trig" else None, records_of(dg), counts,
                             f"{a.source or a.id}: empty article, graph holds only its document" if empty else None))
    return out


def batches(articles: Iterable[Article], size: int = BATCH) -> Iterator[list[Article]]:
    it = iter(articles)
    while batch := list(islice(it, size)):
        yield batch


def run_local(work: Iterable[list[Article]], fn, jobs: int) -> Iterator[list[DocOutput]]:
    """Results in input order, from this process or a pool of `jobs` processes with
    a bounded number of batches in flight (Pool.imap would read the whole input)."""
    if jobs <= 1:
        yield from map(fn, work)
        return
    ctx = multiprocessing.get_context("spawn")  # no fork of a process holding threads or a model
    with ctx.Pool(jobs, initializer=_quiet_worker) as pool:
        pending: deque = deque()
        for batch in work:
            pending.append(pool.apply_async(fn, (batch,)))
            if len(pending) >= 2 * jobs:
                yield pending.popleft().get()
        while pending:
            yield pending.popleft().get()


def _quiet_worker() -> None:
    """Ctrl-C is the parent's to handle: it stops the pool (no traceback from each worker)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def run_dask(work: Iterable[list[Article]], fn, scheduler: str) -> Iterator[list[DocOutput]]:
    """Results in input order from a Dask cluster, a bounded number of batches in flight."""
    try:
        from distributed import Client
        from distributed.comm import get_address_host_port
    except ImportError:
        raise KgError("the Dask engine needs dask.distributed: pip install 'newskg[dask]'") from None

    try:
        get_address_host_port(scheduler)  # before Client, which would complain again when collected
        client = Client(scheduler, set_as_default=False)
    except (OSError, ValueError) as e:  # not an address, or unreachable
        raise KgError(f"cannot reach the Dask scheduler at {scheduler} ({e})") from None
    with client:
        window = 4 * max(1, len(client.scheduler_info().get("workers", {})))
        pending: deque = deque()
        for batch in work:
            pending.append(client.submit(fn, batch, pure=False))
            if len(pending) >= window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


@dataclass
class Summary:
    counts: Counter = field(default_factory=Counter)
    canonical: int = 0
    skipped: int = 0  # bad files or records
    unchanged: int = 0  # already in the store
    seconds: float = 0.0

    def line(self) -> str:
        c = self.counts
        parts = [plural(c["documents"], "document"), plural(c["entities"], "entity", "entities")
                 + (f" ({plural(self.canonical, 'resolved entity', 'resolved entities')})" if self.canonical else "")]
        parts += [plural(c[k.plural], k.name, k.plural) for k in FACTS.values() if k.name != "relation"]
        parts.append(plural(c["triples"], "triple"))
        notes = [f"{self.skipped} skipped"] + [f"{n} {k}" for k, n in (("failed", c["failed"]),
                                                                      ("unchanged", self.unchanged)) if n]
        return f"{', '.join(parts)}; {', '.join(notes)}; {self.seconds:.1f} s"


def build_corpus(articles: Iterable[Article], sink: Callable[[DocOutput], None], model: str | None = None,
                 base: str = DEFAULT_BASE, fmt: str = "nquads", jobs: int = 1, scheduler: str | None = None,
                 progress=None, warn: Callable[[str], None] = log.warning,
                 lexicon_dir: str | None = None) -> tuple[Summary, Resolution]:
    """Build every article, handing each document's output to `sink` in input order;
    return the summary and the entities resolved across documents (none for one).
    Problems with single documents go to `warn` (default: the "kg" logger)."""
    start = time.perf_counter()
    summary, records = Summary(), []
    fn = partial(process_batch, model=model, base=base, fmt=fmt, lexicon_dir=lexicon_dir)
    work = batches(articles)
    results = run_dask(work, fn, scheduler) if scheduler else run_local(work, fn, jobs)
    for batch in results:
        for doc in batch:
            if doc.warning:
                warn(doc.warning)
            if doc.iri:
                sink(doc)
            records.extend(doc.records)
            summary.counts.update(doc.counts)
        if progress is not None:
            progress.update(len(batch))
    resolution = Resolution(records if summary.counts["documents"] > 1 else [], base)
    summary.canonical = len(resolution)
    summary.seconds = time.perf_counter() - start
    return summary, resolution


class Writer:
    """A sink that streams documents to an open file in `fmt`; formats that cannot be
    streamed (Turtle, JSON-LD) are gathered (as N-Triples) and written by `close`."""

    def __init__(self, out: BinaryIO, fmt: str):
        self.out, self.fmt, self.gathered = out, fmt, []
        out.write(header(fmt))

    def __call__(self, doc: DocOutput) -> None:
        if self.fmt == "nt":
            self.out.write(doc.nt)
        elif self.fmt == "nquads":
            self.out.write(nquads(doc.nt, doc.iri))
        elif self.fmt == "trig":
            self.out.write(doc.trig)
        else:
            self.gathered.append(doc.nt)

    def close(self, resolution: Resolution) -> int:
        """Write the resolved entities (streamed but for TriG: they grow with the corpus);
        their triples."""
        if self.fmt == "turtle":
            entities = b"".join(resolution.lines())
            self.out.write(turtle(b"".join(self.gathered) + entities))
            return entities.count(b"\n")
        if self.fmt not in STREAM_FORMATS:
            entities = resolution.graph()
            graphs = [Graph().parse(data=nt, format="nt") for nt in self.gathered]
            self.out.write(serialize(graphs + [entities], self.fmt))
            return len(entities)
        if not len(resolution):
            return 0
        if self.fmt == "trig":
            entities = b"".join(resolution.lines())
            self.out.write(trig_block(entities, str(resolution.iri)))
            return entities.count(b"\n")
        n = 0
        for line in resolution.lines():
            n += 1
            self.out.write(nquads(line, str(resolution.iri)) if self.fmt == "nquads" else line)
        return n


def build_into(articles: Iterable[Article], output: str | None = None, fmt: str | None = None,
               store: str | None = None, force: bool = False, keep: bool = False,
               check: Callable[[Graph], None] | None = None, base: str = DEFAULT_BASE,
               **kw) -> tuple[Summary, Graph | None]:
    """Build a corpus into an output file (written atomically, `fmt` as from
    export.format_for), a local store (documents it holds as they are, text and
    metadata, are skipped unless `force`; its canned queries' answers are then kept), or
    both. With `keep`, also return the whole
    graph, which `check` (say, SHACL validation) sees before the output file or the
    store is written."""
    sinks, kept, local, unchanged, pending = [], [], None, [], []
    if store:
        from .stores.local import LocalStore, keep_answers, metadata_hash

        local = LocalStore(store)
        known = {} if force else local.hashes()

        def new(a: Article) -> bool:
            if known.get(str(document_iri(a.id, base))) == metadata_hash(a, base):
                unchanged.append(a.id)
                return False
            return True
        articles = filter(new, articles)
        loader = local.loader()
        # with `check`, the store takes the documents only once the whole graph has passed
        sinks.append(pending.append if check else lambda doc: loader.add(doc.iri, doc.nt))
    if keep:
        sinks.append(lambda doc: kept.append(Graph(identifier=URIRef(doc.iri)).parse(data=doc.nt, format="nt")))
    with atomic_open(output) if output else nullcontext() as out:
        writer = Writer(out, fmt) if output else None
        if writer:
            sinks.append(writer)
        summary, resolution = build_corpus(articles, lambda doc: [s(doc) for s in sinks], base=base,
                                           fmt=fmt or "nt", **kw)
        graph = merge(kept + [resolution.graph()]) if keep else None
        if check and graph is not None:
            check(graph)
        if writer:
            summary.counts["triples"] += writer.close(resolution)
    for doc in pending:
        loader.add(doc.iri, doc.nt)
    if local is not None:
        loader.close()
        local.resolve_entities(base)
        local.close()
        keep_answers(store)
    summary.unchanged = len(unchanged)
    return summary, graph
