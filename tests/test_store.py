"""Triple stores: a real Oxigraph server over HTTP, the on-disk store, and error paths
(a small recording HTTP server stands in only where the status codes must be forced)."""
import base64
import contextlib
import socket
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import requests
from click.testing import CliRunner
from rdflib import Dataset

from conftest import SEED, XSS, canned_answers
from kg import build_graphs, load_articles, run_query
from kg.cli import cli
from kg.rdf.export import write_graphs
from kg.rdf.graph import merge
from kg.rdf.query import query_text
from kg.stores.remote import Endpoint
from kg.stores.local import LocalStore, StoreError

OXIGRAPH = Path(sys.executable).parent / "oxigraph"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_http(url: str, proc: subprocess.Popen) -> None:
    for _ in range(200):
        assert proc.poll() is None, "server exited"
        try:
            requests.get(url, params={"query": "ASK {}"}, timeout=1)
            return
        except requests.ConnectionError:
            time.sleep(0.05)
    raise TimeoutError(url)


@contextlib.contextmanager
def oxigraph(location: Path, *flags: str):
    """A real Oxigraph SPARQL server on a free loopback port; yields its base URL."""
    port = free_port()
    proc = subprocess.Popen([str(OXIGRAPH), "serve", "--location", str(location),
                             "--bind", f"127.0.0.1:{port}", *flags],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_http(url + "/query", proc)
        yield url
    finally:
        proc.terminate()
        proc.wait(10)


@pytest.fixture
def server(tmp_path):
    """Oxigraph with the union of named graphs as its default graph."""
    with oxigraph(tmp_path / "oxi", "--union-default-graph") as url:
        yield url


@pytest.fixture(scope="session")
def docs():
    """The bundled example and a second article, one named graph each."""
    return build_graphs(load_articles([str(SEED), str(XSS)]))


def quads(path) -> set:
    ds = Dataset()
    ds.parse(path, format="trig")
    return set(ds.quads())


def count(url: str) -> int:
    return int(Endpoint(url + "/query").query(COUNT)[1][0][0])


def test_push_query_repush_and_drop(server, docs):
    store = Endpoint(server + "/store")
    report = store.push(docs)
    total = sum(len(g) for g in docs)
    assert sum(report.stored.values()) == total == count(server)
    remote = Endpoint(server + "/query").query(query_text("roles"))
    local = run_query(merge(docs), "roles")
    assert sorted(map(tuple, remote[1])) == sorted(map(tuple, local[1])) and remote[0] == local[0]
    store.push(docs)  # again: each document's graph is replaced, nothing doubles
    assert count(server) == total
    store.drop(str(docs[1].identifier))
    assert count(server) == len(docs[0])
    store.drop(str(docs[1].identifier))  # dropping what is gone is not an error


def test_update_protocol_in_chunks(server, docs):
    ep = Endpoint(server + "/update", protocol="update", chunk_triples=40)
    ep.push(docs)
    ep.push(docs)
    assert count(server) == sum(len(g) for g in docs)
    # quotes, backslashes and markup in the article's text come back exactly
    remote = Endpoint(server + "/query").query(query_text("roles"))[1]
    assert sorted(map(tuple, remote)) == sorted(map(tuple, run_query(merge(docs), "roles")[1]))
    ep.drop(str(docs[0].identifier))
    assert count(server) == len(docs[1])


def test_cli_push_and_remote_query(server, docs, tmp_path):
    trig, ttl = tmp_path / "c.trig", tmp_path / "c.ttl"
    write_graphs(docs, str(trig))
    write_graphs(docs, str(ttl))
    run = CliRunner().invoke
    r = run(cli, ["push", str(trig), "--endpoint", server + "/store"])
    assert r.exit_code == 0 and "stored 2 graphs" in r.stderr
    r = run(cli, ["query", "--endpoint", server + "/query", "pledges", "--format", "csv"])
    assert r.exit_code == 0 and r.output.count("\n") == 1 + len(run_query(merge(docs), "pledges")[1])
    r = run(cli, ["push", str(ttl), "--endpoint", server + "/store"])  # two documents, no named graphs
    assert r.exit_code == 2 and "holds 2 documents" in r.output
    r = run(cli, ["push", str(ttl), "--endpoint", server + "/store", "--graph", "https://example.org/all"])
    assert r.exit_code == 0
    r = run(cli, ["query", "--endpoint", server + "/query", "SELECT ?x WHERE { nonsense }"])
    assert r.exit_code == 1 and "HTTP 400" in r.stderr


class Recorder(BaseHTTPRequestHandler):
    """Answers with the next status of `script` (then 204) and records every request."""
    script: list = []
    seen: list = []

    def handle_one(self):
        length = int(self.headers.get("Content-Length") or 0)
        self.seen.append((self.command, self.path, dict(self.headers), self.rfile.read(length)))
        status = self.script.pop(0) if self.script else 204
        self.send_response(status)
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_PUT = do_POST = do_DELETE = handle_one

    def log_message(self, *args):
        pass


@pytest.fixture
def recorder():
    Recorder.script, Recorder.seen = [], []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_port}/store", Recorder
    httpd.shutdown()


def test_credentials_from_env_and_netrc(recorder, docs, monkeypatch, tmp_path):
    url, rec = recorder
    monkeypatch.setenv("KG_ENDPOINT_TOKEN", "s3cret-token")
    Endpoint(url).push(docs[:1])
    assert rec.seen[-1][2]["Authorization"] == "Bearer s3cret-token"
    monkeypatch.delenv("KG_ENDPOINT_TOKEN")
    monkeypatch.setenv("KG_ENDPOINT_USER", "ann")
    monkeypatch.setenv("KG_ENDPOINT_PASSWORD", "pw")
    Endpoint(url).push(docs[:1])
    assert rec.seen[-1][2]["Authorization"] == "Basic " + base64.b64encode(b"ann:pw").decode()
    monkeypatch.delenv("KG_ENDPOINT_USER")
    netrc = tmp_path / "netrc"
    netrc.write_text("machine 127.0.0.1 login bob password hunter2\n")
    netrc.chmod(0o600)
    monkeypatch.setenv("NETRC", str(netrc))
    Endpoint(url).push(docs[:1])
    assert rec.seen[-1][2]["Authorization"] == "Basic " + base64.b64encode(b"bob:hunter2").decode()
    assert rec.seen[-1][0] == "PUT" and "graph=https" in rec.seen[-1][1]


def test_secrets_never_printed(recorder, docs, monkeypatch, tmp_path):
    url, rec = recorder
    rec.script = [401]
    monkeypatch.setenv("KG_ENDPOINT_PASSWORD", "hunter2")
    monkeypatch.setenv("KG_ENDPOINT_USER", "ann")
    trig = tmp_path / "c.trig"
    write_graphs(docs, str(trig))
    r = CliRunner().invoke(cli, ["push", str(trig), "--endpoint", url.replace("//", "//ann:pw2@")])
    assert r.exit_code == 1 and "HTTP 401" in r.stderr
    assert "hunter2" not in r.output + r.stderr and "pw2" not in r.output + r.stderr


def test_retries_on_5xx_then_succeeds(recorder, docs):
    url, rec = recorder
    rec.script = [503, 502]
    Endpoint(url, backoff=0.01).push(docs[:1])
    assert [s[0] for s in rec.seen] == ["PUT", "PUT", "PUT"]


def test_4xx_is_not_retried_and_failure_says_what_was_stored(recorder, docs):
    url, rec = recorder
    rec.script = [204, 400]  # first document stored, second refused
    with pytest.raises(StoreError) as e:
        Endpoint(url, backoff=0.01).push(docs)
    msg = str(e.value)
    assert "HTTP 400" in msg and "stored 1 of 2 graphs" in msg and f"<{docs[1].identifier}> was not changed" in msg
    assert len(rec.seen) == 2


def test_incomplete_graph_is_reported(recorder, docs):
    url, rec = recorder
    rec.script = [204, 500, 500]
    with pytest.raises(StoreError, match=r"incomplete \(1 of \d+ chunks stored\)"):
        Endpoint(url, retries=1, backoff=0.01, chunk_triples=50).push(docs[:1])
    assert [s[0] for s in rec.seen] == ["PUT", "POST", "POST"]  # the first chunk replaces, the rest add


def test_server_down():
    with pytest.raises(StoreError, match=r"cannot reach http://127.0.0.1:\d+/store .*after 3 attempts"):
        Endpoint(f"http://127.0.0.1:{free_port()}/store", retries=2, backoff=0.01).drop("https://e.org/g")
    r = CliRunner().invoke(cli, ["query", "--endpoint", f"http://127.0.0.1:{free_port()}/query", "roles",
                                 "--retries", "0"])
    assert r.exit_code == 1 and r.stderr.startswith("Error: cannot reach")


def test_local_store_build_skip_query_export_drop(tmp_path, docs):
    db, out = tmp_path / "db", tmp_path / "all.trig"
    run = CliRunner().invoke
    args = ["build", str(SEED), str(XSS), "--store", str(db)]
    r = run(cli, args)
    assert r.exit_code == 0 and "built 2 documents" in r.stderr and "unchanged" not in r.stderr
    r = run(cli, args)
    assert "built 0 documents" in r.stderr and "2 unchanged" in r.stderr
    r = run(cli, args + ["--force"])
    assert "built 2 documents" in r.stderr
    s = LocalStore(str(db), read_only=True)
    entities = f"{docs[0].identifier.split('/doc/')[0]}/graph/entities"
    assert s.graphs() == sorted([str(g.identifier) for g in docs] + [entities])
    in_docs = s.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != <{entities}>) }}")
    assert int(in_docs[1][0][0]) == sum(len(g) for g in docs)
    del s
    r = run(cli, ["query", "--store", str(db), "roles", "--format", "json"])
    assert r.exit_code == 0 and '"title": "Mayor"' in r.output
    assert run(cli, ["export", "--store", str(db), "-o", str(out)]).exit_code == 0
    assert run(cli, ["build", str(SEED), str(XSS), "-o", str(tmp_path / "direct.trig")]).exit_code == 0
    assert quads(out) == quads(tmp_path / "direct.trig")  # the store keeps every term as built
    r = run(cli, ["drop", "--store", str(db), str(docs[1].identifier)])
    assert r.exit_code == 0
    assert LocalStore(str(db), read_only=True).graphs() == [str(docs[0].identifier)]


def test_serve_local_store(tmp_path, docs):
    db = tmp_path / "db"
    s = LocalStore(str(db))
    for g in docs:
        s.replace(g)
    del s
    port = free_port()
    proc = subprocess.Popen([str(Path(sys.executable).parent / "kg"), "serve", "--store", str(db),
                             "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        wait_http(f"http://127.0.0.1:{port}/query", proc)
        cols, rows = Endpoint(f"http://127.0.0.1:{port}/query").query(query_text("roles"))
        assert sorted(map(tuple, rows)) == sorted(map(tuple, run_query(merge(docs), "roles")[1]))
    finally:
        proc.terminate()
        proc.wait(10)


def test_both_stores_follow_the_store_protocol(tmp_path, server):
    from kg.stores.base import Store

    assert isinstance(LocalStore(str(tmp_path / "db")), Store)
    assert isinstance(Endpoint(server + "/store"), Store)
    assert not isinstance(object(), Store)


@pytest.mark.parametrize("layout", ["document graphs", "one graph", "default graph"])
def test_canned_queries_on_oxigraph_started_without_flags(tmp_path, built, layout):
    """No --union-default-graph: canned queries still see the facts wherever they are."""
    trig, ttl = built
    with oxigraph(tmp_path / "oxi") as url:
        if layout == "default graph":
            requests.put(url + "/store?default", data=ttl.read_bytes(),
                         headers={"Content-Type": "text/turtle"}).raise_for_status()
        else:
            args = [str(trig)] if layout == "document graphs" else [str(ttl), "--graph", "https://example.org/all"]
            assert CliRunner().invoke(cli, ["push", *args, "--endpoint", url + "/store"]).exit_code == 0
        remote = canned_answers("--endpoint", url + "/query")
    local = canned_answers(str(ttl))
    assert remote == local
    assert all(len(answer) > 1 for answer in local.values())  # every query has rows here


def test_one_document_pushed_under_its_own_name(tmp_path, docs):
    """A Turtle file of one document goes into the document's graph; nothing is resolved
    across documents, so `resolved` has no rows (on rdflib as on Oxigraph)."""
    ttl = tmp_path / "one.ttl"
    write_graphs(docs[:1], str(ttl))
    with oxigraph(tmp_path / "oxi") as url:
        r = CliRunner().invoke(cli, ["push", str(ttl), "--endpoint", url + "/store"])
        assert r.exit_code == 0 and "stored 1 graph," in r.stderr
        store = Endpoint(url + "/store")
        assert store.drop(str(docs[0].identifier)) is True and store.drop(str(docs[0].identifier)) is False
        assert CliRunner().invoke(cli, ["push", str(ttl), "--endpoint", url + "/store"]).exit_code == 0
        remote = canned_answers("--endpoint", url + "/query")
    local = canned_answers(str(ttl))
    assert remote == local and local["resolved"] == [["entity", "name", "type", "documents", "aliases"]]


def test_loader_replaces_documents_in_bulk_batches(tmp_path, docs):
    from kg.stores.base import ntriples
    from kg.stores.local import split_hash

    first, second = (ntriples(g) for g in docs)
    body, hash_line = split_hash(first)
    assert b"contentHash" in hash_line and hash_line.count(b"\n") == 1 and b"contentHash" not in body
    assert sorted(body.splitlines() + hash_line.splitlines()) == sorted(first.splitlines())
    store = LocalStore(str(tmp_path / "db"))
    loader = store.loader(batch=100)  # a bulk load every 100 triples
    a, b = (str(g.identifier) for g in docs)
    loader.add(a, first)
    loader.add(b, second)
    loader.add(a, hash_line)  # a document again: its graph is replaced, in a later batch
    loader.close()
    assert store.graphs() == sorted([a, b]) and len(store) == len(docs[1]) + 1
    from kg.vocab import KG
    rows = store.store.query(f"SELECT ?g ?h WHERE {{ GRAPH ?g {{ ?g <{KG.contentHash}> ?h }} }}")
    assert {r["g"].value: r["h"].value for r in rows} == {
        iri: split_hash(nt)[1].split(b'"')[1].decode() for iri, nt in ((a, first), (b, second))}
