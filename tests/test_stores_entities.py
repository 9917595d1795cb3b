"""Entities across documents on a real Oxigraph server: pushes add up, a drop
resolves again, and the server ends as a single build of the same documents would."""
import json

import requests
from click.testing import CliRunner
from rdflib import Dataset, Graph, URIRef

from conftest import ROOT
from kg.cli import cli
from test_store import server  # noqa: F401  (the real Oxigraph server fixture)

RECORDS = {json.loads(line)["id"]: line for line in (ROOT / "tests" / "data" / "corpus.jsonl").read_text().splitlines()
           if line.startswith('{"id"') and '"text"' in line}
ENTITIES = "https://w3id.org/newskg/id/graph/entities"


def build(tmp_path, name, ids) -> str:
    (tmp_path / f"{name}.jsonl").write_text("".join(RECORDS[i] + "\n" for i in ids))
    out = tmp_path / f"{name}.trig"
    r = CliRunner().invoke(cli, ["build", str(tmp_path / f"{name}.jsonl"), "-o", str(out), "-q"])
    assert r.exit_code == 0, r.output
    return str(out)


def built_entities(path) -> set:
    ds = Dataset()
    ds.parse(path, format="trig")
    return set(ds.graph(URIRef(ENTITIES)))


def served_entities(url) -> set:
    r = requests.get(url + "/store", params={"graph": ENTITIES}, headers={"Accept": "application/n-triples"})
    return set(Graph().parse(data=r.text, format="nt")) if r.status_code == 200 else set()


def test_entities_pushes_add_up_and_drop_resolves_again(server, tmp_path):  # noqa: F811
    assert set(RECORDS) == {"acme-plan", "acme-results", "springfield-vote", "hk-budget"}
    first = build(tmp_path, "first", ["acme-plan", "springfield-vote"])
    second = build(tmp_path, "second", ["acme-results", "hk-budget"])
    for path in (first, second):
        r = CliRunner().invoke(cli, ["push", path, "--endpoint", server + "/store"])
        assert r.exit_code == 0, r.output
    assert "resolved entities across the 4 documents the store holds" in r.stderr
    everything = built_entities(build(tmp_path, "all", list(RECORDS)))
    assert len(everything) > 50 and served_entities(server) == everything
    dropped = "https://w3id.org/newskg/id/doc/hk-budget"
    r = CliRunner().invoke(cli, ["drop", dropped, "--endpoint", server + "/store"])
    assert r.exit_code == 0 and "across the 3 documents" in r.stderr, r.output
    left = served_entities(server)
    assert left == built_entities(build(tmp_path, "left", ["acme-plan", "springfield-vote", "acme-results"]))
    assert not any(dropped in str(term) for t in left for term in t)


def test_entities_query_endpoint_needed_when_it_cannot_be_told(tmp_path):
    path = build(tmp_path, "one", ["acme-plan"])
    r = CliRunner().invoke(cli, ["push", path, "--endpoint", "http://127.0.0.1:9/ds"])
    assert r.exit_code == 1 and r.stderr == (
        "Error: http://127.0.0.1:9/ds: cannot tell its query endpoint; give --query-endpoint URL "
        "(entities are resolved across all the store holds)\n")
