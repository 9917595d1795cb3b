"""A persistent local triple store (Oxigraph, on disk): one named graph per document,
replaced whole when a document is built again, skipped when its text and metadata
are unchanged."""
from __future__ import annotations

import hashlib
import os
import shutil
import socket
import sys
from collections import defaultdict
from pathlib import Path
from typing import Iterable, Iterator

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import XSD

from ..errors import QueryError
from ..io.ids import ENTITIES_GRAPH, entities_graph_iri
from ..rdf.export import nquads
from ..rdf.query import canned_names, query_text
from ..vocab import KG, SCHEMA
from . import answers
from .base import StoreError, checked_iri, ntriples

BULK_TRIPLES = 200_000  # triples per bulk load: fewer calls, bounded memory


def _digest(literals: Iterable[tuple[str, str, str | None, str | None]]) -> str:
    """One hash of (property, value, datatype, language) rows, in any order."""
    rows = sorted("\t".join((p, v, "" if lang else dt or str(XSD.string), lang or ""))
                  for p, v, dt, lang in literals)
    return hashlib.sha256("\n".join(rows).encode("utf-8")).hexdigest()


def metadata_hash(article, base: str) -> str:
    """What `LocalStore.hashes` gives a document built from `article`: a hash of every
    literal its graph states about the document (text hash, id, title, url, date, source)."""
    from ..models import DocumentFacts
    from ..rdf.graph import document_graph

    g = document_graph(DocumentFacts(article, []), base)
    return _digest((str(p), str(o), o.datatype and str(o.datatype), o.language)
                   for p, o in g.predicate_objects(g.identifier) if isinstance(o, Literal))


def solutions_table(result) -> tuple[list[str], list[list[str]]]:
    """Columns and string rows of a pyoxigraph SELECT or ASK result."""
    if isinstance(result, ox.QueryBoolean):
        return ["ask"], [[str(bool(result)).lower()]]
    if not isinstance(result, ox.QuerySolutions):
        raise QueryError("only SELECT and ASK queries give a table")
    cols = [v.value for v in result.variables]
    return cols, [["" if t is None else t.value for t in row] for row in result]


def is_store(path: str) -> bool:
    """Whether `path` holds an Oxigraph store (its RocksDB database)."""
    return (Path(path) / "CURRENT").is_file()


def checked_store(path: str, create: bool = False) -> None:
    """A StoreError unless `path` is a store, or (with `create`) may become one: a
    folder that is missing or empty, never one holding other files."""
    if is_store(path):
        return
    p = Path(path)
    if not create:
        raise StoreError(f"{path}: not a store (no Oxigraph database there); kg build --store {path} makes one")
    if p.is_file() or p.is_dir() and any(p.iterdir()):
        raise StoreError(f"{path}: not a store, and not an empty folder to make one in; give a new folder")


class LocalStore:
    """An Oxigraph store in a directory (with `create`, made if missing or empty)."""

    def __init__(self, path: str, read_only: bool = False, create: bool = True):
        self.path = path
        checked_store(path, create and not read_only)
        try:
            self.store = ox.Store.read_only(path) if read_only else ox.Store(path)
        except (OSError, RuntimeError) as e:  # RuntimeError: files a writer removed as they were opened
            raise StoreError(f"{path}: cannot open the store ({str(e).splitlines()[0][:200]}); "
                             "is `kg serve` or another process using it?") from None

    def hashes(self) -> dict[str, str]:
        """Document IRI -> hash of what its graph states about the document (see
        metadata_hash): a new title, url or date is a change, as new text is."""
        q = f"SELECT ?g ?p ?o WHERE {{ GRAPH ?g {{ ?g a <{SCHEMA.NewsArticle}> ; ?p ?o FILTER(isLiteral(?o)) }} }}"
        literals = defaultdict(list)
        for r in self.store.query(q):
            o = r["o"]
            literals[r["g"].value].append((r["p"].value, o.value, o.datatype.value, o.language))
        return {g: _digest(rows) for g, rows in literals.items()}

    def replace(self, graph: Graph) -> None:
        """Put a document's graph in place of any earlier version."""
        self.replace_nt(str(graph.identifier), ntriples(graph))

    def replace_nt(self, iri: str, nt: bytes) -> None:
        """Replace the named graph `iri` with these N-Triples (through the store's API:
        no text is spliced into SPARQL). Should a crash fall between the two steps, the
        document is missing, so the next `kg build --store` builds it again."""
        node = ox.NamedNode(checked_iri(iri))
        if self.store.contains_named_graph(node):
            self.store.remove_graph(node)
        self.store.load(nt, format=ox.RdfFormat.N_TRIPLES, to_graph=node)

    def loader(self, batch: int = BULK_TRIPLES) -> Loader:
        """A Loader that replaces documents' graphs at bulk-load speed."""
        return Loader(self, batch)

    def records(self) -> list:
        """What cross-document resolution needs of every document's entities."""
        from .entities import records_from

        return records_from(self.select)

    def select(self, sparql: str) -> list[dict[str, str]]:
        """Rows of a SELECT over the named graphs: variable -> value, unbound ones absent."""
        result = self.store.query(sparql)
        names = [v.value for v in result.variables]
        return [{n: t.value for n, t in zip(names, row) if t is not None} for row in result]

    def drop(self, iri: str) -> bool:
        """Remove a document's graph; False if there was none."""
        node = ox.NamedNode(checked_iri(iri))
        if not self.store.contains_named_graph(node):
            return False
        self.store.remove_graph(node)
        return True

    def drop_documents(self, iris: list[str]) -> list[str]:
        """Remove documents' graphs and resolve the entities of those left again;
        the IRIs that named no graph."""
        missing = [iri for iri in iris if not self.drop(iri)]
        for iri in self.graphs():
            if iri.endswith("/" + ENTITIES_GRAPH):
                self.resolve_entities(iri.removesuffix(ENTITIES_GRAPH))
        self.flush()
        return missing

    def resolve_entities(self, base: str) -> None:
        """Recompute the cross-document entity graph over every document held."""
        from ..rdf.resolve import Resolution

        records = self.records()
        iri = str(entities_graph_iri(base))
        if len({r.doc for r in records}) > 1:
            self.replace_nt(iri, b"".join(Resolution(records, base).lines()))
        else:
            self.drop(iri)
        self.flush()

    def graphs(self) -> list[str]:
        return sorted(g.value for g in self.store.named_graphs())

    def query(self, sparql: str, union: bool = True) -> tuple[list[str], list[list[str]]]:
        """A SELECT or ASK over all documents; the default graph is their graphs' union,
        or (`union` false, for queries that look in GRAPH ?g themselves) empty. A canned
        query's answer is kept in the store's folder until the store changes (answers)."""
        return answers.answer(self.path, sparql, lambda: self.evaluate(sparql, union))

    def evaluate(self, sparql: str, union: bool = True) -> tuple[list[str], list[list[str]]]:
        """The query run on the store, never a kept answer (see `query`)."""
        try:
            result = self.store.query(sparql, use_default_graph_as_union=union)
        except SyntaxError as e:
            raise QueryError(f"invalid SPARQL: {str(e).splitlines()[0]}") from None
        return solutions_table(result)

    def iter_graphs(self) -> Iterator[Graph]:
        """Every named graph as an rdflib graph, one at a time, in IRI order."""
        for iri in self.graphs():
            g = Graph(identifier=URIRef(iri))
            data = self.store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(iri))
            yield g.parse(data=data, format="nt")

    def __len__(self) -> int:
        return len(self.store)

    def flush(self) -> None:
        self.store.flush()

    def close(self) -> None:
        """Let the store go: it closes once no query result holds it either."""
        del self.store


class Loader:
    """Replaces documents' graphs through Oxigraph's bulk loader, `batch` triples at a
    time (`add` each document, `close` at the end). The bulk loader is not atomic, so
    each document's content hash goes in last, in a transaction: a document cut short
    by a crash has no hash, and the next `kg build --store` builds it again."""

    def __init__(self, local: LocalStore, batch: int = BULK_TRIPLES):
        self.local, self.batch = local, batch
        self.pending: dict[str, bytes] = {}
        self.triples = 0

    def add(self, iri: str, nt: bytes) -> None:
        """Replace the named graph `iri` with these N-Triples (in this batch or earlier)."""
        self.pending[checked_iri(iri)] = nt
        self.triples += nt.count(b"\n")
        if self.triples >= self.batch:
            self.load()

    def load(self) -> None:
        """Load the documents added since the last load."""
        bodies, hashes, store = [], [], self.local.store
        for iri, nt in self.pending.items():
            node = ox.NamedNode(iri)
            if store.contains_named_graph(node):
                store.remove_graph(node)
            body, hash_line = split_hash(nt)
            bodies.append(nquads(body, iri))
            hashes.append(nquads(hash_line, iri))
        if bodies:
            store.bulk_load(b"".join(bodies), format=ox.RdfFormat.N_QUADS)
            store.load(b"".join(hashes), format=ox.RdfFormat.N_QUADS)
        self.pending, self.triples = {}, 0

    def close(self) -> None:
        self.load()
        self.local.flush()


HASH = f" <{KG.contentHash}> ".encode()


def split_hash(nt: bytes) -> tuple[bytes, bytes]:
    """N-Triples without, and with only, the line of the document's content hash."""
    at = nt.find(HASH)
    if at < 0:
        return nt, b""
    start, end = nt.rfind(b"\n", 0, at) + 1, nt.find(b"\n", at) + 1 or len(nt)
    return nt[:start] + nt[end:], nt[start:end]


def keep_answers(path: str) -> None:
    """Run every canned query on the store at `path`, so that the next ones get kept
    answers. Call it once the writer closed the store: closing changes its files.
    Skipped if the store cannot be opened now (another program is writing to it)."""
    try:
        local = LocalStore(path, read_only=True)
    except StoreError:
        return
    for name in canned_names():
        local.query(query_text(name), union=False)


def serve(path: str, host: str = "127.0.0.1", port: int = 7878, announce=print) -> None:
    """Become Oxigraph's SPARQL server on the store (exec: signals reach the server itself)."""
    exe = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or shutil.which("oxigraph")
    if not exe:
        raise StoreError("the `oxigraph` server is not installed (pip install oxigraph)")
    if not Path(path).is_dir():
        raise StoreError(f"{path}: no such store directory")
    LocalStore(path, create=False)  # opened and closed at once: a store, and not locked by another process
    _check_listen(host, port)
    announce(f"SPARQL endpoint: http://{host}:{port}/query (Ctrl-C stops)")
    os.execv(exe, [exe, "serve", "--location", path, "--bind", f"{host}:{port}", "--union-default-graph"])


def _check_listen(host: str, port: int) -> None:
    """A StoreError now, rather than after the endpoint was announced, if the server
    could not listen on host:port."""
    try:
        with socket.create_server((host, port), family=socket.AF_INET6 if ":" in host else socket.AF_INET):
            pass
    except OSError as e:
        raise StoreError(f"cannot listen on {host}:{port} ({e.strerror or e})") from None
