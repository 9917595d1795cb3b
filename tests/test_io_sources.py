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


def test_sources_impossible_date_dropped_with_warning(tmp_path):
    (tmp_path / "a.txt").write_text(" date 2024-02-30 \nAcme Corp hired 5 people.\n")
    (tmp_path / "c.jsonl").write_text('{"id": "j", "date": "2024-13-45", "text": "Acme Corp hired 6 people."}\n'
                                      '{"id": "k", "date": "2024-02-29", "text": "Acme Corp hired 7 people."}\n'
                                      '{"id": "m", "date": "soon", "text": "Acme Corp hired 8 people."}\n')
    out = tmp_path / "c.ttl"
    r = build([tmp_path / "a.txt", tmp_path / "c.jsonl", "-o", out, "--validate"])
    assert r.exit_code == 0, r.output
    warnings = [line for line in r.stderr.splitlines() if line.startswith("warning")]
    assert warnings == [f"warning: {tmp_path / 'a.txt'}: date 2024-02-30 is not a calendar date; "
                        "the document has no date",
                        f"warning: {tmp_path / 'c.jsonl'}:1: date 2024-13-45 is not a calendar date; "
                        "the document has no date",
                        f"warning: {tmp_path / 'c.jsonl'}:3: date 'soon' is not YYYY-MM-DD; "
                        "the document has no date"]
    text = out.read_text("utf-8")
    assert "Traceback" not in r.stderr and '"2024-02-29"^^xsd:date' in text and text.count("^^xsd:date") == 1
    assert CliRunner().invoke(cli, ["validate", str(out)]).exit_code == 0


def test_sources_repeated_ids_get_their_own_graphs(tmp_path):
    src = tmp_path / "c.jsonl"
    src.write_text("".join(f'{{"id": "{i}", "text": "Acme Corp hired {n} people."}}\n'
                           for n, i in enumerate(["dup", "dup", "dup-2", "dup"], 1)))
    out = tmp_path / "c.nq"
    r = build([src, "-o", out])
    assert r.exit_code == 0, r.output
    assert [line for line in r.stderr.splitlines() if line.startswith("warning")] == [
        f"warning: {src}:2: id 'dup' is taken by an earlier document; this one is 'dup--2'",
        f"warning: {src}:4: id 'dup' is taken by an earlier document; this one is 'dup--3'"]
    sources = {}  # each document's graph holds its own record, and only that
    for line in out.read_text("utf-8").splitlines():
        if "/dc/terms/source>" in line:
            sources.setdefault(line.rsplit(" ", 2)[-2], []).append(line.split('"')[1].rsplit(":", 1)[1])
    doc = "<https://w3id.org/newskg/id/doc/{}>".format
    assert sources == {doc("dup"): ["1"], doc("dup--2"): ["2"], doc("dup-2"): ["3"], doc("dup--3"): ["4"]}


def test_sources_folder_without_txt_is_an_error(tmp_path):
    (tmp_path / "empty").mkdir()
    r = build([tmp_path / "empty", "-o", tmp_path / "o.nq"])
    assert r.exit_code == 1
    assert one_line(r.stderr) == f"Error: {tmp_path / 'empty'}: empty folder, no *.txt file to build"
    other = tmp_path / "other"
    (other / "sub").mkdir(parents=True)
    for name in ("a.md", "b.jsonl", "sub/c.html", "d.pdf"):
        (other / name).write_text("x")
    r = build([other, "-o", tmp_path / "o.nq"])
    assert r.exit_code == 1 and one_line(r.stderr) == (
        f"Error: {other}: no *.txt file in the folder, only a.md, b.jsonl, d.pdf and 1 more; "
        "give JSONL files by name")
    assert not (tmp_path / "o.nq").exists()


RECORDS = '{"id": "a", "text": "Acme Corp hired 5 people."}\n{"id": "b", "text": "Acme Corp hired 6 people."}\n'


@pytest.mark.parametrize("before", ["", "\ufeff", "\n", "\ufeff\n  \n"])
def test_sources_json_file_and_stdin_read_as_jsonl(tmp_path, before):
    (tmp_path / "c.json").write_text(before + RECORDS, "utf-8")
    for args, stdin in (([tmp_path / "c.json"], None), (["-"], before + RECORDS)):
        r = build([*args, "-o", "-", "--format", "nq"], stdin)
        assert r.exit_code == 0, r.output
        assert "built 2 documents" in r.stderr and "warning" not in r.stderr
        assert "/doc/a> ." in r.stdout and "/doc/b> ." in r.stdout


def test_sources_json_file_that_is_not_jsonl_is_an_error(tmp_path):
    (tmp_path / "c.json").write_text('{\n  "text": "Acme Corp hired 5 people."\n}\n')
    r = build([tmp_path / "c.json", "-o", tmp_path / "o.nq"])
    assert r.exit_code == 1 and "c.json: not JSONL (one JSON object a line" in one_line(r.stderr)
