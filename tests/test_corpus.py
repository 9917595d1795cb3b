"""Corpus builds: folders, JSONL and stdin; bad records; cross-document entities;
--jobs and a real local Dask cluster give the same bytes as one process."""
import json
from collections import Counter

import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph
from rdflib.namespace import OWL, RDFS

from conftest import ROOT, SEED
from kg.cli import cli
from kg.vocab import KG
from kg.views.network import to_networkx
from kg.rdf.resolve import Record, resolve
from kg.rdf.validate import validate

CORPUS = ROOT / "tests" / "data" / "corpus.jsonl"


def canonical(g: Graph) -> dict[str, int]:
    """Canonical label -> number of document entities resolved to it."""
    out = {}
    for c in set(g.objects(None, OWL.sameAs)):
        out[str(g.value(c, RDFS.label))] = len(list(g.subjects(OWL.sameAs, c)))
    return out


@pytest.fixture(scope="module")
def corpus_nq(tmp_path_factory):
    out = tmp_path_factory.mktemp("corpus") / "c.nq"
    r = CliRunner().invoke(cli, ["build", str(CORPUS), "-o", str(out)])
    assert r.exit_code == 0, r.output
    return out, r.stderr


def test_bad_records_skipped_with_line_numbers(corpus_nq):
    _, err = corpus_nq
    assert "warning: " + str(CORPUS) + ":5: invalid JSON" in err
    assert str(CORPUS) + ':6: no "text" in the record (skipped)' in err
    assert "built 4 documents" in err and "2 skipped" in err


def test_strict_stops_and_writes_nothing(tmp_path):
    out = tmp_path / "c.nq"
    r = CliRunner().invoke(cli, ["build", str(CORPUS), "-o", str(out), "--strict"])
    assert r.exit_code == 1 and "corpus.jsonl:5: invalid JSON" in r.stderr and "Traceback" not in r.output
    assert not out.exists() and list(tmp_path.iterdir()) == []


def test_one_person_under_several_names_and_namesakes_apart(corpus_nq):
    ds = Dataset()
    ds.parse(corpus_nq[0], format="nquads")
    g = Graph()
    for q in ds.quads():
        g.add(q[:3])
    people = canonical(g)
    assert people["Maria Elena Vasquez-Ortiz"] == 3  # three name forms in three articles
    assert people["Daniel Vasquez"] == 2 and people["Robert Vasquez"] == 1  # same surname, kept apart
    assert people["Acme Holdings"] == 3
    merges = list(g.subjects(None, KG.EntityMerge))
    assert merges and all(g.value(m, KG.mergeReason) and g.value(m, KG.member) for m in merges)
    assert any("same title 'chief executive'" in str(g.value(m, KG.mergeReason)) for m in merges)
    assert validate(g)[0]
    net = to_networkx(g)  # the network draws each entity once, with all its documents
    maria = [d for _, d in net.nodes(data=True) if "Vasquez-Ortiz" in d["label"]]
    assert len(maria) == 1 and len(maria[0]["documents"]) == 3
    assert {"Maria Vasquez-Ortiz", "Elena Vasquez-Ortiz"} <= set(maria[0]["aliases"])


def _r(doc, label, kind="Person", aliases=(), titles=(), orgs=()):
    return Record(f"d:{doc}", f"d:{doc}/{label}", kind, label, tuple(aliases), tuple(titles), tuple(orgs))


def _groups(records):
    return sorted(sorted(m.label for m in c.members) for c in resolve(records))


def test_resolution_rules():
    # a lone surname joins only a single candidate that shares its context
    assert _groups([_r(1, "Ann Lee", titles=["mayor"]), _r(2, "Lee", titles=["mayor"])]) == [["Ann Lee", "Lee"]]
    assert _groups([_r(1, "Ann Lee", titles=["mayor"]), _r(2, "Lee")]) == [["Ann Lee"], ["Lee"]]
    # an ambiguous short form stays apart unless context picks one
    two = [_r(1, "John Lee Smith"), _r(2, "John Lee Brown", orgs=["Acme"])]
    assert ["John Lee"] in _groups(two + [_r(3, "John Lee")])
    assert ["John Lee", "John Lee Brown"] in _groups(two + [_r(3, "John Lee", orgs=["Acme"])])
    # organizations and places: designators and acronyms
    assert _groups([_r(1, "Acme Corp", "Organization"), _r(2, "Acme Corporation", "Organization"),
                    _r(3, "Acme", "Organization")]) == [["Acme", "Acme Corp", "Acme Corporation"]]
    assert _groups([_r(1, "Hong Kong SAR", "Place"), _r(2, "HKSAR", "Place"), _r(3, "Hong Kong", "Place")]) \
        == [["HKSAR", "Hong Kong", "Hong Kong SAR"]]
    assert len(_groups([_r(1, "Acme", "Organization"), _r(2, "Acme", "Place")])) == 2  # types never mix


def test_folder_and_stdin(tmp_path):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text(SEED.read_text("utf-8"), "utf-8")
    (folder / "sub" / "b.txt").write_text("Acme Corp said it would hire 50 people.", "utf-8")
    (folder / "sub" / "c.txt").write_bytes(b"\xff\xfe binary")
    (folder / "notes.md").write_text("not an article", "utf-8")
    r = CliRunner().invoke(cli, ["build", str(folder), "-o", str(tmp_path / "f.trig")])
    assert r.exit_code == 0 and "built 2 documents" in r.stderr and "c.txt: not UTF-8" in r.stderr
    lines = "\n".join(json.dumps({"id": f"n{i}", "text": f"Acme Corp hired {i} people."}) for i in range(3))
    r = CliRunner().invoke(cli, ["build", "-", "-o", "-", "--format", "nq", "-q"], input=lines + "\n")
    assert r.exit_code == 0 and r.stderr == ""
    assert {line.rsplit(" ", 2)[-2] for line in r.stdout.splitlines()} >= {
        "<https://w3id.org/newskg/id/doc/n0>", "<https://w3id.org/newskg/id/doc/n2>",
        "<https://w3id.org/newskg/id/graph/entities>"}


@pytest.mark.slow
def test_jobs_give_the_same_bytes(tmp_path, corpus_nq):
    out = tmp_path / "j2.nq"
    r = CliRunner().invoke(cli, ["build", str(CORPUS), "-o", str(out), "--jobs", "2", "-q"])
    assert r.exit_code == 0, r.output
    assert out.read_bytes() == corpus_nq[0].read_bytes()


@pytest.mark.slow
def test_dask_cluster_gives_the_same_bytes(tmp_path, corpus_nq):
    from distributed import LocalCluster

    out = tmp_path / "dask.nq"
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as cluster:
        r = CliRunner().invoke(cli, ["build", str(CORPUS), "-o", str(out), "-q", "--engine", "dask",
                                     "--scheduler", cluster.scheduler_address])
    assert r.exit_code == 0, r.output
    assert out.read_bytes() == corpus_nq[0].read_bytes()


def test_jsonl_line_in_another_encoding_is_skipped(tmp_path):
    src = tmp_path / "c.jsonl"
    src.write_bytes(b'{"id": "a", "text": "Acme Corp hired 5 people."}\n'
                    b'{"id": "b", "text": "Caf\xe9 owners met."}\n'
                    b'{"id": "c", "text": "Acme Corp hired 7 people.", "date": "2024-05-01T10:00:00Z"}\n')
    out = tmp_path / "c.nq"
    r = CliRunner().invoke(cli, ["build", str(src), "-o", str(out)])
    assert r.exit_code == 0 and "c.jsonl:2: not UTF-8 text" in r.stderr and "built 2 documents" in r.stderr
    text = out.read_text("utf-8")
    assert "/doc/a>" in text and "/doc/b>" not in text and '"2024-05-01"^^' in text


def test_a_failing_document_is_reported_and_the_rest_kept(tmp_path):
    from kg.extract.registry import register, unregister

    @register("test.flaky", "role")
    def flaky(ctx):  # a user's rule that fails on one odd text
        if "boom" in ctx.doc.text:
            raise ValueError("unexpected parse")
        return []
    src = tmp_path / "c.jsonl"
    src.write_text('{"id": "a", "text": "Acme Corp hired 5 people."}\n{"id": "b", "text": "boom"}\n')
    out = tmp_path / "c.nq"
    try:
        r = CliRunner().invoke(cli, ["build", str(src), "-o", str(out)])
    finally:
        unregister("test.flaky")
    assert r.exit_code == 1 and "c.jsonl:2: not built (ValueError: unexpected parse)" in r.stderr
    assert "1 document could not be built" in r.stderr
    assert "/doc/a>" in out.read_text("utf-8")


def test_a_document_whose_rules_never_end_is_reported_and_the_rest_kept(nlp):
    from kg.extract.registry import register, unregister
    from kg.io.sources import article_from_text
    from kg.pipeline import build_batch, extract_all

    @register("test.endless", "role")
    def endless(ctx):  # a rule that loops forever on one odd text
        while "loop" in ctx.doc.text:
            pass
        return []
    articles = [article_from_text("loop here", "a"), article_from_text("Acme Corp hired 5 people.", "b")]
    try:
        built = list(build_batch(articles, doc_seconds=1))
    finally:
        unregister("test.endless")
    assert isinstance(built[0].error, TimeoutError) and "over 1 s" in str(built[0].error)
    assert built[1].error is None and built[1].graph is not None
    register("test.endless", "role")(endless)  # the in-memory API stops too
    try:
        with pytest.raises(TimeoutError):
            extract_all(articles[:1], doc_seconds=1)
    finally:
        unregister("test.endless")


def test_resolved_query_and_evaluation_errors(corpus_nq):
    from kg.errors import QueryError
    from kg.rdf.export import read_graph
    from kg.rdf.query import run_query

    g = read_graph(str(corpus_nq[0]))
    cols, rows = run_query(g, "resolved")
    top = dict(zip(cols, rows[0]))
    assert cols[:4] == ["entity", "name", "type", "documents"] and int(top["documents"]) == 3
    bad = "SELECT (GROUP_CONCAT(DISTINCT ?a) AS ?x) WHERE { ?s ?p ?o OPTIONAL { ?s <urn:none> ?a } }"
    with pytest.raises(QueryError, match="query failed"):
        run_query(g, bad)


@pytest.mark.slow
def test_outputs_identical_across_hash_seeds(tmp_path):
    """Every output, in fresh processes with different hash seeds, byte for byte."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    kg = str(Path(sys.executable).parent / "kg")
    outs = []
    for seed in ("1", "2"):
        d = tmp_path / seed
        d.mkdir()
        env = dict(os.environ, PYTHONHASHSEED=seed)
        subprocess.run([kg, "build", str(CORPUS), "-o", str(d / "c.trig"), "--html", str(d / "c.html"), "-q"],
                       env=env, check=True)
        subprocess.run([kg, "build", str(CORPUS), "-o", str(d / "built.jsonld"), "-q"], env=env, check=True)
        for out in ("c.nq", "c.ttl", "c.nt", "c.jsonld", "c.graphml", "c.gexf"):
            subprocess.run([kg, "export", str(d / "c.trig"), "-o", str(d / out)], env=env, check=True)
        outs.append({p.name: p.read_bytes() for p in d.iterdir()})
    assert outs[0].keys() == outs[1].keys() and len(outs[0]) == 9
    assert [name for name in outs[0] if outs[0][name] != outs[1][name]] == []


def test_corpus_summary_counts_in_words_kg_stats_uses(seed_graph):
    from kg.corpus import Summary
    from kg.rdf.stats import graph_stats

    counts = graph_stats(seed_graph)
    line = Summary(Counter({**counts, "pledges": 1})).line()
    assert line.startswith(f"1 document, {counts['entities']} entities, ")
    assert "1 pledge," in line and "1 pledges" not in line and "across" not in line
    assert "(1 resolved entity)" in Summary(Counter(documents=2, entities=2), canonical=1).line()
    assert counts["entities"] == sum(counts[k] for k in ("persons", "organizations", "places", "events"))
