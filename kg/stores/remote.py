"""Any SPARQL 1.1 store over HTTP: push graphs (Graph Store Protocol, or Update for
stores that take only SPARQL Update), drop them, and run queries.

Credentials come from the environment (KG_ENDPOINT_TOKEN for bearer, or
KG_ENDPOINT_USER and KG_ENDPOINT_PASSWORD for basic) or from a netrc file ($NETRC or
~/.netrc); they are never printed."""
from __future__ import annotations

import netrc
import os
import re
import time
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit, urlunsplit

import requests
from rdflib import Graph

from ..errors import QueryError, interrupted
from .base import StoreError, checked_iri, ntriples

RETRY_STATUS = {429, 500, 502, 503, 504}
SUCCESS = (200, 201, 204)  # what the Graph Store and Update protocols answer when it is done


def public(url: str) -> str:
    """The URL without any user:password part, for messages."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.port:
        host += f":{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path, "", ""))


def checked_url(url: str) -> str:
    """An http(s) URL with a host and a valid port, or a StoreError (quoting the URL
    without any user:password part)."""
    shown = re.sub(r"(?<=//)[^/@]*@", "", url)
    try:
        parts = urlsplit(url)
        port = parts.port  # parsed only when asked for: a ValueError if out of range
    except ValueError as e:
        raise StoreError(f"{shown}: not a valid URL ({e})") from None
    if parts.scheme not in ("http", "https"):
        raise StoreError(f"{shown}: endpoint must be an http(s) URL")
    problem = ("no host" if not parts.hostname else "port 0" if port == 0
               else "holds a space or control character" if re.search(r"[\s\x00-\x1f\x7f]", url) else None)
    if problem:
        raise StoreError(f"{shown}: not a valid URL ({problem})")
    return url


def results_table(data, unbound: str | None = "") -> tuple[list[str], list[list[str | None]]]:
    """Columns and string rows of SPARQL 1.1 JSON results (`unbound` where a variable
    has no value); ValueError if `data` is not that."""
    if isinstance(data, dict) and isinstance(data.get("boolean"), bool):
        return ["ask"], [[str(data["boolean"]).lower()]]
    head, results = (data.get("head"), data.get("results")) if isinstance(data, dict) else (None, None)
    cols = head.get("vars") if isinstance(head, dict) else None
    bindings = results.get("bindings") if isinstance(results, dict) else None
    if not (isinstance(cols, list) and all(isinstance(c, str) for c in cols)):
        raise ValueError('no "head" with a list of "vars"')
    if not (isinstance(bindings, list) and all(isinstance(b, dict) for b in bindings)):
        raise ValueError('no "results" with a list of "bindings" objects')
    rows = []
    for b in bindings:
        terms = [b.get(c) for c in cols]
        if not all(t is None or isinstance(t, dict) and isinstance(t.get("value"), str) for t in terms):
            raise ValueError('a binding that is not a term with a "value"')
        rows.append([unbound if t is None else t["value"] for t in terms])
    return cols, rows


def credentials(url: str) -> tuple[dict, tuple | None]:
    """Headers and basic-auth pair for an endpoint: environment first, then netrc."""
    env = os.environ
    if env.get("KG_ENDPOINT_TOKEN"):
        return {"Authorization": f"Bearer {env['KG_ENDPOINT_TOKEN']}"}, None
    if env.get("KG_ENDPOINT_USER"):
        return {}, (env["KG_ENDPOINT_USER"], env.get("KG_ENDPOINT_PASSWORD", ""))
    parts = urlsplit(url)
    if parts.username:
        return {}, (parts.username, parts.password or "")
    try:
        entry = netrc.netrc(env.get("NETRC")).authenticators(parts.hostname or "")
    except (OSError, netrc.NetrcParseError):
        entry = None
    return ({}, (entry[0], entry[2])) if entry else ({}, None)


@dataclass
class PushReport:
    """What a push stored: graph IRI -> triples, and the graphs left as they were."""
    stored: dict = field(default_factory=dict)
    not_stored: list = field(default_factory=list)


def _progress(report: PushReport, graphs: list[Graph], n: int, state: str) -> str:
    """How far a push got when graph `n` (in `state`) failed."""
    rest = len(graphs) - n - 1
    return (f"stored {len(report.stored)} of {len(graphs)} graphs; {state}"
            + (f"; not sent: {rest} graphs" if rest else ""))


class Endpoint:
    """A SPARQL 1.1 service. `url` is the Graph Store endpoint (protocol "gsp"), the
    Update endpoint (protocol "update"), or the query endpoint for `query`."""

    def __init__(self, url: str, protocol: str = "gsp", timeout: float = 60.0, retries: int = 4,
                 backoff: float = 0.5, chunk_triples: int = 100_000):
        self.url, self.protocol = checked_url(url), protocol
        self.timeout, self.retries, self.backoff, self.chunk = timeout, retries, backoff, chunk_triples
        self.session = requests.Session()
        headers, self.session.auth = credentials(url)
        self.session.headers.update(headers)
        self.session.headers["User-Agent"] = "newskg"

    def request(self, method: str, fine: tuple[int, ...] = (), ok: tuple[int, ...] = SUCCESS,
                **kw) -> requests.Response:
        """One HTTP request, retried with exponential backoff on 5xx, 429 and connection
        errors. A status not in `ok` or `fine` is an error, a redirect too: it is not
        followed, since a 301/302 turns a PUT or POST into a GET that stores nothing."""
        last = ""
        for attempt in range(self.retries + 1):
            if attempt:
                time.sleep(self.backoff * 2 ** (attempt - 1))
            try:
                r = self.session.request(method, self.url, timeout=self.timeout, allow_redirects=False, **kw)
            except requests.RequestException as e:
                last = f"cannot reach {public(self.url)} ({type(e).__name__})"
                continue
            if r.status_code not in RETRY_STATUS:
                if r.status_code in ok or r.status_code in fine:
                    return r
                raise StoreError(self.refusal(r))
            last = f"{public(self.url)}: HTTP {r.status_code} {r.reason}"
        raise StoreError(f"{last}, after {self.retries + 1} attempts")

    def refusal(self, r: requests.Response) -> str:
        """Why an answer is not success, in one line (where a redirect points)."""
        where = f"{public(self.url)}: HTTP {r.status_code} {r.reason}"
        if r.is_redirect:
            return (f"{where}: redirects to {public(urljoin(self.url, r.headers['Location']))}; "
                    "nothing was sent there, give that URL if it is the endpoint")
        body = " ".join(r.text.split())[:200]
        return f"{where}: {body}" if body else where

    def _send(self, iri: str, body: bytes, first: bool) -> None:
        if self.protocol == "gsp":  # PUT replaces the graph, POST adds to it
            self.request("PUT" if first else "POST", params={"graph": iri}, data=body,
                         headers={"Content-Type": "application/n-triples"})
            return
        drop = f"DROP SILENT GRAPH <{iri}> ;\n" if first else ""
        update = f"{drop}INSERT DATA {{ GRAPH <{iri}> {{\n".encode() + body + b"\n} }"
        self.request("POST", data=update, headers={"Content-Type": "application/sparql-update"})

    def push(self, graphs: list[Graph]) -> PushReport:
        """Replace each graph (named by its identifier) on the server, in chunks.

        On failure, StoreError says which graphs were stored, which one is incomplete
        and which were not sent."""
        report = PushReport()
        for n, g in enumerate(graphs):
            iri = checked_iri(str(g.identifier))
            lines = ntriples(g).splitlines(keepends=True)
            chunks = [b"".join(lines[i:i + self.chunk]) for i in range(0, len(lines), self.chunk)] or [b""]
            for k, body in enumerate(chunks):
                try:
                    self._send(iri, body, first=k == 0)
                except StoreError as e:
                    state = (f"<{iri}> is incomplete ({k} of {len(chunks)} chunks stored)" if k
                             else f"<{iri}> was not changed")
                    raise StoreError(f"{e}; {_progress(report, graphs, n, state)}") from None
                except KeyboardInterrupt as e:  # Ctrl-C or SIGTERM: say what the server holds
                    state = f"<{iri}> may be incomplete (stopped while sending chunk {k + 1} of {len(chunks)})"
                    raise interrupted(e, _progress(report, graphs, n, state)) from None
            report.stored[iri] = len(g)
        return report

    def replace(self, graph: Graph) -> None:
        """Put one graph (named by its identifier) in place of any earlier version."""
        self.push([graph])

    def drop(self, iri: str) -> bool:
        """Delete a named graph (no error if it does not exist); False if the Graph Store
        says there was none (SPARQL Update does not say)."""
        iri = checked_iri(iri)
        if self.protocol == "gsp":
            return self.request("DELETE", fine=(404,), params={"graph": iri}).status_code != 404
        self.request("POST", data=f"DROP SILENT GRAPH <{iri}>".encode(),
                     headers={"Content-Type": "application/sparql-update"})
        return True

    def query(self, sparql: str, unbound: str | None = "") -> tuple[list[str], list[list[str | None]]]:
        """Columns and string rows of a SELECT or ASK run on the server."""
        # a URL-encoded form: every store takes it (Virtuoso 7 hangs on application/sparql-query)
        r = self.request("POST", ok=(200,), data={"query": sparql},
                         headers={"Accept": "application/sparql-results+json"})
        try:
            data = r.json()
        except ValueError:
            raise QueryError(f"{public(self.url)}: answer is not SPARQL JSON results "
                             "(only SELECT and ASK give a table)") from None
        try:
            return results_table(data, unbound)
        except ValueError as e:
            raise QueryError(f"{public(self.url)}: answer is not SPARQL JSON results ({e})") from None

    def select(self, sparql: str) -> list[dict[str, str]]:
        """Rows of a SELECT: variable -> value, unbound ones absent."""
        cols, rows = self.query(sparql, unbound=None)
        return [{c: v for c, v in zip(cols, row) if v is not None} for row in rows]


def query_url(url: str) -> str | None:
    """The query endpoint beside a Graph Store or Update endpoint: .../store, .../data
    or .../update -> .../query (Oxigraph, Fuseki), .../sparql-graph-crud -> .../sparql
    and .../sparql itself (Virtuoso); None if the URL does not say."""
    parts = urlsplit(url)
    head, _, last = parts.path.rpartition("/")
    if last in ("store", "data", "update"):
        return urlunsplit(parts._replace(path=f"{head}/query"))
    if last in ("sparql", "sparql-graph-crud", "sparql-graph-crud-auth", "sparql-auth"):
        return urlunsplit(parts._replace(path=f"{head}/sparql"))
    return None


def query_endpoint(endpoint: str, given: str | None = None, timeout: float = 60.0, retries: int = 4) -> Endpoint:
    """The query endpoint of the store behind `endpoint` (`given`, else query_url), to
    resolve entities through; a StoreError, before anything is sent, if it cannot be told."""
    url = given or query_url(endpoint)
    if not url:
        raise StoreError(f"{public(endpoint)}: cannot tell its query endpoint; give --query-endpoint URL "
                         "(entities are resolved across all the store holds)")
    return Endpoint(url, timeout=timeout, retries=retries)


def resolve_entities(store: Endpoint, query: Endpoint, iris: list[str]) -> int:
    """Recompute on the server the entities graph of the bases of `iris` (documents
    pushed or dropped) over every document it holds; the number of those documents."""
    from .entities import base_of, entity_graphs, records_from

    records = records_from(query.select)
    graphs, gone = entity_graphs(records, {b for b in map(base_of, iris) if b})
    store.push(graphs)
    for iri in gone:
        store.drop(iri)
    return len({r.doc for r in records})
