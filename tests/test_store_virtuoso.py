"""A second real store: Virtuoso 7 (Debian's virtuoso-opensource), whose default graph
is every graph, and which takes writes at /sparql (Update) and /sparql-graph-crud."""
import shutil

import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph

from conftest import canned_answers
from kg.cli import cli
from kg.stores.remote import Endpoint
from virtuoso import virtuoso

OURS = 'FILTER(STRSTARTS(STR(?g), "https://w3id.org/newskg/") || STRSTARTS(STR(?g), "https://example.org/"))'


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with virtuoso(tmp_path_factory.mktemp("virtuoso")) as v:
        yield v


@pytest.fixture
def store(server):
    """The server, emptied of our graphs after each test."""
    yield server
    ep = Endpoint(server.url + "/sparql", protocol="update")
    for iri in graphs(server):
        ep.drop(iri)
    assert graphs(server) == {}


def graphs(server) -> dict:
    """Our graphs on the server and their triples."""
    q = f"SELECT ?g (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {OURS} }} GROUP BY ?g"
    return {g: int(n) for g, n in Endpoint(server.url + "/sparql").query(q)[1]}


def quads(trig) -> dict:
    ds = Dataset()
    ds.parse(trig, format="trig")
    return {str(g.identifier): len(g) for g in ds.graphs() if len(g)}


def test_virtuoso_loads_kg_build_turtle_with_its_own_loader(store, built):
    _, ttl = built
    shutil.copy(ttl, store.folder / "c.ttl")
    store.isql(f"ld_dir('{store.folder}', 'c.ttl', 'https://example.org/loaded');")
    store.isql("rdf_loader_run();")
    assert "c.ttl" in store.isql("SELECT ll_file FROM DB.DBA.load_list WHERE ll_error IS NULL;")
    assert graphs(store) == {"https://example.org/loaded": len(Graph().parse(ttl))}
    assert canned_answers("--endpoint", store.url + "/sparql") == canned_answers(str(ttl))


@pytest.mark.parametrize("protocol, path", [("gsp", "/sparql-graph-crud"), ("update", "/sparql")])
def test_virtuoso_push_twice_query_and_drop(store, built, protocol, path):
    trig, ttl = built
    push = ["push", str(trig), "--endpoint", store.url + path, "--protocol", protocol, "--chunk-size", "150"]
    for _ in range(2):  # pushing again replaces each graph: nothing doubles
        r = CliRunner().invoke(cli, push)
        assert r.exit_code == 0, r.stderr
        assert graphs(store) == quads(trig)
    assert canned_answers("--endpoint", store.url + "/sparql") == canned_answers(str(ttl))
    doc = "https://w3id.org/newskg/id/doc/xss-article"
    r = CliRunner().invoke(cli, ["drop", doc, "--endpoint", store.url + path, "--protocol", protocol])
    assert r.exit_code == 0, r.stderr
    entities = "https://w3id.org/newskg/id/graph/entities"
    left = {g: n for g, n in graphs(store).items() if g != entities}
    assert doc in quads(trig) and left == {g: n for g, n in quads(trig).items() if g not in (doc, entities)}
    # the entities are resolved again over what is left: one document resolves nothing
    assert entities not in graphs(store)
