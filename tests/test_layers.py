"""Layers that import one way: `import kg` and the commands that do not extract load no
spaCy; users extend the word lists without editing the package."""
import subprocess
import sys

from click.testing import CliRunner

from conftest import SEED
from kg.cli import cli


def run_python(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)


def test_layers_import_kg_loads_no_spacy():
    r = run_python("import kg, sys; kg.run_query; kg.to_networkx; assert 'spacy' not in sys.modules, 'spacy'")
    assert r.returncode == 0, r.stderr


def test_layers_query_command_loads_no_spacy(tmp_path):
    graph = tmp_path / "g.ttl"
    assert CliRunner().invoke(cli, ["build", str(SEED), "-o", str(graph)]).exit_code == 0
    r = run_python("import sys\nfrom click.testing import CliRunner\nfrom kg.cli import cli\n"
                   f"r = CliRunner().invoke(cli, ['query', {str(graph)!r}, 'roles'])\n"
                   "assert r.exit_code == 0 and 'Mayor' in r.output, r.output\n"
                   "assert 'spacy' not in sys.modules, 'spacy'")
    assert r.returncode == 0, r.stderr


def test_layers_lexicon_dir_extends_titles(tmp_path, nlp):
    text = tmp_path / "h.txt"
    text.write_text("Hetman Ivan Sirko of Zaporizhzhia pledged to defend the border.\n")
    lex = tmp_path / "lex"
    lex.mkdir()
    (lex / "titles.txt").write_text("hetman\n")
    runner = CliRunner()
    for extra, expected in (([], False), (["--lexicon-dir", str(lex)], True)):
        out = tmp_path / f"h{len(extra)}.ttl"
        assert runner.invoke(cli, ["build", str(text), "-o", str(out), *extra]).exit_code == 0
        r = runner.invoke(cli, ["query", str(out), "roles", "--format", "csv"])
        assert ("Ivan Sirko,Hetman" in r.output) is expected, r.output
    from kg.lexicons import use_lexicon_dir
    use_lexicon_dir(None)  # the built-in lists again for the rest of the session


def test_layers_lexicon_dir_must_hold_a_lexicon(tmp_path):
    (tmp_path / "empty").mkdir()
    r = CliRunner().invoke(cli, ["build", str(SEED), "-o", str(tmp_path / "x.ttl"), "--lexicon-dir",
                                 str(tmp_path / "empty")])
    assert r.exit_code == 1 and "holds none of the lexicon files" in r.stderr
