"""Any SPARQL 1.1 store over HTTP: push graphs (Graph Store Protocol, or Update for
stores that take only SPARQL Update), drop them, and run queries.

Credentials come from the environment (KG_ENDPOINT_TOKEN for bearer, or
KG_ENDPOINT_USER and KG_ENDPOINT_PASSWORD for basic) or from a netrc file ($NETRC or
~/.netrc); they are never printed."""
from __future__ import annotations

import netrc
import os
import time
from dataclasses import dataclass, field
from urllib.parse import urlsplit, urlunsplit

import requests
from rdflib import Graph

from ..errors import QueryError
from .base import StoreError, checked_iri, ntriples

RETRY_STATUS = {429, 500, 502, 503, 504}


def public(url: str) -> str:
    """The URL without any user:password part, for messages."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.port:
        host += f":{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path, "", ""))


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


class Endpoint:
    """A SPARQL 1.1 service. `url` is the Graph Store endpoint (protocol "gsp"), the
    Update endpoint (protocol "update"), or the query endpoint for `query`."""

    def __init__(self, url: str, protocol: str = "gsp", timeout: float = 60.0, retries: int = 4,
                 backoff: float = 0.5, chunk_triples: int = 100_000):
        if urlsplit(url).scheme not in ("http", "https"):
            raise StoreError(f"{public(url)}: endpoint must be an http(s) URL")
        self.url, self.protocol = url, protocol
        self.timeout, self.retries, self.backoff, self.chunk = timeout, retries, backoff, chunk_triples
        self.session = requests.Session()
        headers, self.session.auth = credentials(url)
        self.session.headers.update(headers)
        self.session.headers["User-Agent"] = "newskg"

    def request(self, method: str, fine: tuple[int, ...] = (), **kw) -> requests.Response:
        """One HTTP request, retried with exponential backoff on 5xx, 429 and connection
        errors; a status of 400 or more is an error unless it is in `fine`."""
        last = ""
        for attempt in range(self.retries + 1):
            if attempt:
                time.sleep(self.backoff * 2 ** (attempt - 1))
            try:
                r = self.session.request(method, self.url, timeout=self.timeout, **kw)
            except requests.RequestException as e:
                last = f"cannot reach {public(self.url)} ({type(e).__name__})"
                continue
            if r.status_code not in RETRY_STATUS:
                if r.status_code >= 400 and r.status_code not in fine:
                    raise StoreError(f"{public(self.url)}: HTTP {r.status_code} {r.reason}: "
                                     f"{' '.join(r.text.split())[:200]}")
                return r
            last = f"{public(self.url)}: HTTP {r.status_code} {r.reason}"
        raise StoreError(f"{last}, after {self.retries + 1} attempts")

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
                    rest = [str(x.identifier) for x in graphs[n + 1:]]
                    raise StoreError(f"{e}; stored {len(report.stored)} of {len(graphs)} graphs; {state}"
                                     + (f"; not sent: {len(rest)} graphs" if rest else "")) from None
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

    def query(self, sparql: str) -> tuple[list[str], list[list[str]]]:
        """Columns and string rows of a SELECT or ASK run on the server."""
        # a URL-encoded form: every store takes it (Virtuoso 7 hangs on application/sparql-query)
        r = self.request("POST", data={"query": sparql}, headers={"Accept": "application/sparql-results+json"})
        try:
            data = r.json()
        except ValueError:
            raise QueryError(f"{public(self.url)}: answer is not SPARQL JSON results "
                             "(only SELECT and ASK give a table)") from None
        if "boolean" in data:
            return ["ask"], [[str(data["boolean"]).lower()]]
        cols = data["head"]["vars"]
        return cols, [[b.get(c, {}).get("value", "") for c in cols] for b in data["results"]["bindings"]]
