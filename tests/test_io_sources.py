"""Inputs through `kg build`: bad records are reported with their line and skipped,
the rest is built; metadata that cannot be right is refused with a warning."""

import pytest
from click.testing import CliRunner

from kg.cli import cli


def build(args, stdin=None):
    return CliRunner().invoke(cli, ["build", *map(str, args)], input=stdin)


def one_line(stderr: str) -> str:
    """The stderr of a failed command: exactly one line, no traceback."""
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in stderr, stderr
    return lines[0]


SURROGATES = ('{"id": "a", "text": "Acme Corp hired 5 people."}\n'
              '{"id": "s1", "text": "said \\"bad \\ud800 x\\""}\n'
              '{"id": "s2", "title": "t \\udc00", "text": "Acme Corp hired 6 people."}\n'
              '{"id": "b", "text": "Acme Corp hired 7 people."}\n')


@pytest.mark.parametrize("extra", [[], ["--jobs", "2", "--store", "db"]])
def test_sources_lone_surrogate_record_skipped(tmp_path, extra):
    src = tmp_path / "c.jsonl"
    src.write_text(SURROGATES)
    extra = [str(tmp_path / x) if x == "db" else x for x in extra]
    r = build([src, "-o", tmp_path / "c.nq", *extra])
    assert r.exit_code == 0, r.output
    assert f'{src}:2: "text" holds a lone surrogate (U+D800 at character 10)' in r.stderr
    assert f'{src}:3: "title" holds a lone surrogate' in r.stderr
    assert "built 2 documents" in r.stderr and "2 skipped" in r.stderr and "Traceback" not in r.stderr
    out = (tmp_path / "c.nq").read_text("utf-8")
    assert "/doc/a>" in out and "/doc/b>" in out and "/doc/s1>" not in out


def test_sources_lone_surrogate_strict_stops(tmp_path):
    src = tmp_path / "c.jsonl"
    src.write_text(SURROGATES)
    r = build([src, "-o", tmp_path / "c.nq", "--strict"])
    assert r.exit_code == 1 and "c.jsonl:2" in one_line(r.stderr)
    assert not (tmp_path / "c.nq").exists()
