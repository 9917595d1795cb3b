"""The local store: a rebuild replaces what changed (text or metadata), and
--validate keeps a graph that fails out of the store."""
import json

from click.testing import CliRunner
from rdflib import Graph

from kg.cli import cli
from kg.stores.local import LocalStore

HEADLINE = "SELECT ?d ?t ?u ?date WHERE { ?d a <https://schema.org/NewsArticle> . " \
           "OPTIONAL { ?d <https://schema.org/headline> ?t } OPTIONAL { ?d <https://schema.org/url> ?u } " \
           "OPTIONAL { ?d <https://schema.org/datePublished> ?date } } ORDER BY ?d"


def write_jsonl(path, records):
    path.write_text("".join(json.dumps(r) + "\n" for r in records))


def test_local_store_rebuilds_when_only_metadata_changed(tmp_path):
    db, src = tmp_path / "db", tmp_path / "c.jsonl"
    old = [{"id": f"d{n}", "title": "Old", "url": "http://old/", "date": "2024-01-01",
            "text": f"Acme Corp hired {n} people."} for n in range(4)]
    write_jsonl(src, old)
    r = CliRunner().invoke(cli, ["build", str(src), "--store", str(db)])
    assert r.exit_code == 0 and "built 4 documents" in r.stderr, r.output
    new = [dict(old[0]), dict(old[1], title="New"), dict(old[2], url="http://new/"), dict(old[3])]
    del new[3]["date"]
    write_jsonl(src, new)
    r = CliRunner().invoke(cli, ["build", str(src), "--store", str(db)])
    assert r.exit_code == 0 and "built 3 documents" in r.stderr and "1 unchanged" in r.stderr, r.output
    _, rows = LocalStore(str(db), read_only=True).query(HEADLINE)
    assert [row[1:] for row in rows] == [["Old", "http://old/", "2024-01-01"], ["New", "http://old/", "2024-01-01"],
                                         ["Old", "http://new/", "2024-01-01"], ["Old", "http://old/", ""]]


def test_local_store_validate_keeps_failing_graphs_out(tmp_path, monkeypatch):
    import kg.rdf.validate

    db, src = tmp_path / "db", tmp_path / "c.jsonl"
    write_jsonl(src, [{"id": "ok", "title": "T", "text": "Acme Corp hired 5 people."}])
    r = CliRunner().invoke(cli, ["build", str(src), "--store", str(db), "--validate"])
    assert r.exit_code == 0, r.output
    strict = Graph() + kg.rdf.validate.shapes()  # shapes that also ask every document for a headline
    strict.parse(data="""@prefix sh: <http://www.w3.org/ns/shacl#> .
        <urn:x:headline> a sh:NodeShape ; sh:targetClass <https://schema.org/NewsArticle> ;
        sh:property [ sh:path <https://schema.org/headline> ; sh:minCount 1 ] .""", format="turtle")
    monkeypatch.setattr(kg.rdf.validate, "shapes", lambda: strict)
    write_jsonl(src, [{"id": "ok", "text": "Acme Corp hired 6 people."},
                      {"id": "new", "text": "Acme Corp hired 7 people."}])
    r = CliRunner().invoke(cli, ["build", str(src), "--store", str(db), "--validate"])
    assert r.exit_code == 1 and r.stderr.strip().endswith("Error: graph does not conform to the SHACL shapes")
    _, rows = LocalStore(str(db), read_only=True).query(HEADLINE)
    assert [row[1] for row in rows] == ["T"] and rows[0][0].endswith("/doc/ok")  # the store is as it was


def run_kg(*args, timeout=30):
    """`kg` in its own process (serve execs the server: never in the test process)."""
    import subprocess
    import sys
    from pathlib import Path

    try:
        return subprocess.run([str(Path(sys.executable).parent / "kg"), *map(str, args)], capture_output=True,
                              text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        raise AssertionError(f"kg {' '.join(map(str, args))} did not stop") from None


def test_local_store_serve_and_drop_refuse_a_folder_that_is_not_a_store(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("Acme Corp hired 5 people.")
    for args in (["serve", "--store", folder, "--port", "1"], ["drop", "--store", folder, "https://e.org/doc/a"]):
        r = run_kg(*args, timeout=20)
        assert r.returncode == 1 and r.stderr == f"Error: {folder}: not a store (no Oxigraph database there); " \
                                                 f"kg build --store {folder} makes one\n"
    r = CliRunner().invoke(cli, ["build", str(folder / "a.txt"), "--store", str(folder)])
    assert r.exit_code == 1 and "not a store, and not an empty folder" in r.stderr
    assert sorted(p.name for p in folder.iterdir()) == ["a.txt"]


def test_local_store_serve_checks_the_port_before_announcing(tmp_path):
    import socket

    db = tmp_path / "db"
    assert CliRunner().invoke(cli, ["build", "-", "--store", str(db)], input="Acme Corp hired 5 people.").exit_code == 0
    with socket.create_server(("127.0.0.1", 0)) as busy:
        r = run_kg("serve", "--store", db, "--port", busy.getsockname()[1], timeout=20)
    assert r.returncode == 1 and r.stderr.startswith("Error: cannot listen on 127.0.0.1:") and "SPARQL" not in r.stderr
    assert len(r.stderr.splitlines()) == 1
