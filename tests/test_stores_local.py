"""The local store: a rebuild replaces what changed (text or metadata), and
--validate keeps a graph that fails out of the store."""
import json
import shutil

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


def built_store(tmp_path, *articles):
    from conftest import SEED

    db = tmp_path / "db"
    r = CliRunner().invoke(cli, ["build", *map(str, articles or [SEED]), "--store", str(db)])
    assert r.exit_code == 0, r.output
    return db


def document(db, word: str) -> str:
    """The IRI of the one document graph in the store whose IRI holds `word`."""
    [iri] = [g for g in LocalStore(str(db), read_only=True).graphs() if "/doc/" in g and word in g]
    return iri


def kept_only(monkeypatch):
    """From here on a store cannot run a query: answers can only come from those kept."""
    def refuse(result):
        raise AssertionError("the query ran")
    monkeypatch.setattr("kg.stores.local.solutions_table", refuse)


def test_local_store_answers_kept_by_build_are_the_queries_own(tmp_path, monkeypatch):
    from kg.rdf.query import canned_names, query_text

    db = built_store(tmp_path)
    store = LocalStore(str(db), read_only=True)
    ran = {name: [store.evaluate(query_text(name), union) for union in (False, True)] for name in canned_names()}
    kept_only(monkeypatch)
    for name in canned_names():
        for union in (False, True):
            assert store.query(query_text(name), union) == ran[name][union] == ran[name][False], name
    assert all(ran[name][0][1] for name in ("entities", "events", "pledges", "roles", "statements"))
    assert sorted(p.name for p in (db / "newskg-answers").iterdir()) == [f"{n}.json" for n in canned_names()]


def test_local_store_kg_query_answers_as_without_kept_answers(tmp_path):

    db = built_store(tmp_path)
    outputs = []
    for _ in range(2):
        r = CliRunner().invoke(cli, ["query", "--store", str(db), "statements", "--format", "json"])
        assert r.exit_code == 0, r.output
        outputs.append(r.output)
        shutil.rmtree(db / "newskg-answers")
    assert outputs[0] == outputs[1] and '"speaker": "Gong Zheng"' in outputs[0]


def test_local_store_answers_follow_every_write(tmp_path, monkeypatch):
    import pyoxigraph as ox
    from conftest import SEED, XSS
    from kg.rdf.query import query_text

    def answers():
        store = LocalStore(str(db), read_only=True)
        got = {n: store.query(query_text(n), union=False) for n in ("entities", "roles", "statements")}
        assert got == {n: store.evaluate(query_text(n), union=False) for n in got}
        return got

    db = built_store(tmp_path)
    one = answers()
    db = built_store(tmp_path, SEED, XSS)  # a second document
    two = answers()
    assert len(two["entities"][1]) > len(one["entities"][1])
    xss = document(db, "xss")
    r = CliRunner().invoke(cli, ["drop", "--store", str(db), xss])
    assert r.exit_code == 0, r.output
    assert answers() == one
    seed = ox.NamedNode(document(db, "seed"))
    external = ox.Store(str(db))  # another program writes: nothing is kept for the new state
    external.remove_graph(seed)
    del external
    gone = answers()
    assert gone != one and gone["roles"][1] == [] and gone["roles"][0] == one["roles"][0]


def test_local_store_answers_kept_after_a_drop(tmp_path, monkeypatch):
    from conftest import SEED, XSS
    from kg.rdf.query import query_text

    db = built_store(tmp_path, SEED, XSS)
    xss = document(db, "xss")
    r = CliRunner().invoke(cli, ["drop", "--store", str(db), xss])
    assert r.exit_code == 0, r.output
    kept_only(monkeypatch)
    cols, rows = LocalStore(str(db), read_only=True).query(query_text("roles"), union=False)
    assert cols[0] == "person" and rows and all(xss not in row for row in rows)


def test_local_store_fingerprint_changes_with_writes_only(tmp_path):
    import pyoxigraph as ox
    from kg.stores.answers import fingerprint

    db = built_store(tmp_path)
    before = fingerprint(str(db))
    LocalStore(str(db), read_only=True).evaluate("SELECT * WHERE { ?s ?p ?o }")
    assert fingerprint(str(db)) == before
    store = ox.Store(str(db))
    g, quad = ox.NamedNode("https://e.org/g"), ox.NamedNode("https://e.org/x")
    seen = {fingerprint(str(db))}
    for write in (lambda: store.add(ox.Quad(quad, quad, quad, g)), lambda: store.remove(ox.Quad(quad, quad, quad, g)),
                  lambda: store.bulk_load(b"<https://e.org/y> <https://e.org/y> <https://e.org/y> <https://e.org/g> .\n",
                                          format=ox.RdfFormat.N_QUADS)):
        write()
        assert fingerprint(str(db)) not in seen
        seen.add(fingerprint(str(db)))


def test_local_store_answers_ignore_a_corrupt_file_and_an_unwritable_folder(tmp_path):
    from kg.rdf.query import query_text

    db = built_store(tmp_path)
    store = LocalStore(str(db), read_only=True)
    truth = store.evaluate(query_text("pledges"), union=False)
    file = db / "newskg-answers" / "pledges.json"
    key = file.read_bytes().split(b"\n")[0]
    for broken in (key + b"\n[[\"agent\"],[[", key + b"\n{}", key + b"\n\xff\xfe", b"", b"\n\n"):
        file.write_bytes(broken)
        assert store.query(query_text("pledges"), union=False) == truth
        assert file.read_bytes().startswith(key + b"\n[[")  # kept again, whole
    shutil.rmtree(db / "newskg-answers")
    (db / "newskg-answers").write_text("not a folder")
    assert store.query(query_text("pledges"), union=False) == truth


def test_local_store_keeps_no_answer_to_other_queries(tmp_path):
    db = built_store(tmp_path)
    before = sorted(p.name for p in (db / "newskg-answers").iterdir())
    r = CliRunner().invoke(cli, ["query", "--store", str(db), "SELECT ?s WHERE { ?s a <https://schema.org/Person> }"])
    assert r.exit_code == 0 and "/person/gong-zheng" in r.output, r.output
    assert sorted(p.name for p in (db / "newskg-answers").iterdir()) == before


def test_local_store_that_cannot_be_opened_is_one_line_and_keeps_no_answers(tmp_path, monkeypatch):
    import pyoxigraph

    db = built_store(tmp_path)

    class Racing:  # a writer compacting as the store is opened: RocksDB says "Corruption"
        @staticmethod
        def read_only(path):
            raise RuntimeError("Corruption: IO error: No such file or directory: 000057.sst")

    monkeypatch.setattr(pyoxigraph, "Store", Racing)
    r = CliRunner().invoke(cli, ["query", "--store", str(db), "roles"])
    assert r.exit_code == 1 and r.stderr == f"Error: {db}: cannot open the store (Corruption: IO error: No such " \
                                            "file or directory: 000057.sst); is `kg serve` or another process using it?\n"
    from kg.stores.local import keep_answers

    shutil.rmtree(db / "newskg-answers")
    keep_answers(str(db))
    assert not (db / "newskg-answers").exists()
