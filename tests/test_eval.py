"""kg eval: gold files read and checked, predictions matched by the reference
scorer's rules, the report and its JSON."""
import json
import subprocess
import sys

import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal, Namespace
from rdflib.namespace import RDF, RDFS, SKOS

from conftest import ROOT
from kg.cli import cli
from kg.evaluation import ArticleScore, Evaluation, Score, score_graph

SCHEMA = Namespace("https://schema.org/")
ORG = Namespace("http://www.w3.org/ns/org#")
KG = Namespace("https://w3id.org/newskg/ontology#")
EX = Namespace("http://ex.org/")

TINY = """Texas Governor Jane Doe pledged to cut property taxes by 2026.

Acme Corporation chief executive Bob Smith said the company will open a factory in Austin.
"""
TINY_GOLD = {
    "id": "tiny",
    "entities": [
        {"name": "Jane Doe", "type": "Person", "aliases": ["Doe"]},
        {"name": "Bob Smith", "type": "Person", "aliases": []},
        {"name": "Acme Corporation", "type": "Organization", "aliases": ["Acme"]},
        {"name": "Lone Star Fund", "type": "Organization", "aliases": []},  # not in the text: a miss
    ],  # Texas is left out on purpose: a false positive
    "optional_entities": [{"name": "Austin", "type": "Place", "aliases": []}],
    "roles": [
        {"person": "Jane Doe", "title": "Governor", "org": "Texas"},
        {"person": "Bob Smith", "title": "Chief Executive", "org": "Acme Corporation"},
        {"person": "Jane Doe", "title": "Senator", "org": "Texas"},  # a miss
    ],
    "pledges": [{"agent": "Jane Doe", "keywords": ["cut", "property taxes"], "evidence": "..."}],
    "optional_pledges": [{"agent": "Bob Smith", "keywords": ["open", "factory"], "evidence": "..."}],
}


@pytest.fixture(scope="module")
def runner():
    return CliRunner()


@pytest.fixture
def tiny(tmp_path):
    (tmp_path / "tiny.txt").write_text(TINY)
    (tmp_path / "tiny.gold.json").write_text(json.dumps(TINY_GOLD))
    (tmp_path / "unannotated.txt").write_text("Not scored: it has no gold file.")
    return tmp_path


def test_eval_help_has_example(runner):
    result = runner.invoke(cli, ["eval", "--help"])
    assert result.exit_code == 0 and "Example: kg eval" in result.output


def test_eval_examples_score_perfectly(runner, nlp):
    result = runner.invoke(cli, ["eval", str(ROOT / "examples")])
    assert result.exit_code == 0, result.output
    first, last = result.stdout.splitlines()
    assert first.startswith("seed-shanghai-hk-2024-11-06 ") and "roles P1.00 R1.00 F1.00" in first
    assert last.startswith("ALL entities P") and "| articles 1 failed 0 |" in last


def test_eval_tiny_article_exact_numbers(runner, tiny, tmp_path, nlp):
    out = tmp_path / "scores.json"
    result = runner.invoke(cli, ["eval", str(tiny), "--show-errors", "--json", str(out)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == ("tiny" + " " * 41 + "entities P0.75 R0.75 F0.75 | roles P1.00 R0.67 F0.80 | "
                        "pledges P1.00 R1.00 F1.00")
    assert '    missed entity: {"name": "Lone Star Fund", "type": "Organization", "aliases": []}' in lines
    assert '    extra  entity: {"type": "Place", "names": ["Texas"]}' in lines
    assert '    missed role: {"person": "Jane Doe", "title": "Senator", "org": "Texas"}' in lines
    assert lines[-1].startswith("ALL entities P0.75 R0.75 F0.75 | roles P1.00 R0.67 F0.80 | "
                                "pledges P1.00 R1.00 F1.00 | articles 1 failed 0 |")
    data = json.loads(out.read_text())
    assert set(data) == {"summary", "articles", "failed"} and list(data["articles"]) == ["tiny"]
    assert data["summary"]["entities"] == {"precision": 0.75, "recall": 0.75, "f1": 0.75}
    assert data["summary"]["roles"]["recall"] == pytest.approx(2 / 3)
    roles = data["articles"]["tiny"]["roles"]
    assert (roles["tp"], roles["fp"], roles["fn"]) == (2, 0, 1) and roles["missed"] == [TINY_GOLD["roles"][2]]


def test_eval_accepts_a_single_text_file(runner, tiny, nlp):
    result = runner.invoke(cli, ["eval", str(tiny / "tiny.txt")])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[-1].startswith("ALL entities P0.75")


@pytest.mark.parametrize("content, message", [
    ("{not json", "invalid JSON (Expecting property name enclosed in double quotes at line 1 column 2)"),
    ("[]", 'expected a JSON object with "entities", "roles" and "pledges" lists'),
    ('{"entities": [], "pledges": []}', 'no "roles" list'),
    ('{"entities": [{"name": "X", "type": "person"}], "roles": [], "pledges": []}',
     "entities[0]: type 'person' is not one of Person, Organization, Place, Event"),
    ('{"entities": [], "roles": [{"person": "X"}], "pledges": []}',
     'roles[0] has no "title" (a non-empty string)'),
    ('{"entities": [], "roles": [], "pledges": [], "optional_pledges": [{"agent": "X", "keywords": []}]}',
     'optional_pledges[0]: "keywords" must be a non-empty list of strings'),
])
def test_eval_bad_gold_is_one_line(runner, tmp_path, content, message):
    (tmp_path / "a.txt").write_text(TINY)
    (tmp_path / "a.gold.json").write_text(content)
    result = runner.invoke(cli, ["eval", str(tmp_path)])
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr == f"Error: {tmp_path / 'a.gold.json'}: {message}\n"


def test_eval_every_bad_gold_file_has_its_line(runner, tmp_path):
    (tmp_path / "a.txt").write_text(TINY)
    (tmp_path / "a.gold.json").write_text("{")
    (tmp_path / "b.gold.json").write_text(json.dumps(TINY_GOLD))  # no b.txt
    result = runner.invoke(cli, ["eval", str(tmp_path)])
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 2 and "a.gold.json: invalid JSON" in lines[0]
    assert lines[1] == f"Error: {tmp_path / 'b.gold.json'}: no b.txt beside it"


@pytest.mark.parametrize("name, message", [
    ("empty", ": no NAME.txt with a NAME.gold.json beside it"),
    ("lone.txt", ": no lone.gold.json beside it"),
    ("missing", ": no such file or folder"),
])
def test_eval_nothing_to_score_is_an_error(runner, tmp_path, name, message):
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "x.txt").write_text(TINY)
    (tmp_path / "lone.txt").write_text(TINY)
    result = runner.invoke(cli, ["eval", str(tmp_path / name)])
    assert result.exit_code == 1 and result.stderr == f"Error: {tmp_path / name}{message}\n"


def test_eval_imports_no_spacy():
    code = "import sys, kg.evaluation, kg.cli; sys.exit('spacy' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


# ---------------------------------------------------------------- matching rules on hand-made graphs
def entity(g, key, cls, label, *alt):
    node = EX[key]
    g.add((node, RDF.type, SCHEMA[cls]))
    g.add((node, RDFS.label, Literal(label)))
    for a in alt:
        g.add((node, SKOS.altLabel, Literal(a)))
    return node


def post(g, key, person, title, org=None):
    node, role = EX["post/" + key], EX["role/" + key]
    g.add((node, RDF.type, ORG.Post))
    g.add((node, ORG.heldBy, person))
    g.add((node, ORG.role, role))
    g.add((role, RDFS.label, Literal(title)))
    if org is not None:
        g.add((node, ORG.postIn, org))


def gold(**kinds):
    return {"entities": [], "roles": [], "pledges": [], **kinds}


def counts(score: Score):
    return score.tp, score.fp, score.fn


def test_evaluation_entities_fold_names_and_count_a_second_node_as_extra():
    g = Graph()
    entity(g, "a", "Person", "Mr. John Lee-Ka chiu")
    entity(g, "b", "Person", "Lee")  # the same person again
    entity(g, "c", "Place", "Hong Kong")  # optional
    entity(g, "d", "Organization", "Zhou")  # wrong type
    g.add((EX.e, RDF.type, SCHEMA.Person))  # no label: not an entity
    s = score_graph(g, gold(entities=[{"name": "John Lee Ka Chiu", "type": "Person", "aliases": ["Lee"]},
                                      {"name": "Zhou", "type": "Person"}],
                            optional_entities=[{"name": "Hong Kong", "type": "Place"}]))["entities"]
    assert counts(s) == (1, 2, 1)
    assert s.extra == [{"type": "Person", "names": ["Lee"]}, {"type": "Organization", "names": ["Zhou"]}]


def test_evaluation_roles_match_title_words_and_org_through_gold_aliases():
    g = Graph()
    gong = entity(g, "gong", "Person", "Gong Zheng", "Gong")
    city = entity(g, "sh", "Place", "Shanghai Municipal Government")
    post(g, "1", gong, "Acting Mayor", city)  # gold title plus one word; org name contains a gold form
    post(g, "2", gong, "Executive Deputy Director of the Office of Foreign Affairs")  # too many words
    post(g, "3", gong, "Director")  # half the gold title "Deputy Director": enough
    s = score_graph(g, gold(entities=[{"name": "Shanghai", "type": "Place", "aliases": ["Hu"]}],
                            roles=[{"person": "Gong", "title": "Mayor", "org": "Hu"},  # Hu is Shanghai
                                   {"person": "Gong Zheng", "title": "Deputy Director", "org": None},
                                   {"person": "Gong Zheng", "title": "Executive Deputy Director"},
                                   {"person": "Gong Zheng", "title": "Mayor", "org": "Beijing"}]))["roles"]
    assert counts(s) == (2, 1, 2)
    assert s.extra == [{"person": ["Gong", "Gong Zheng"], "orgs": [],
                        "titles": ["Executive Deputy Director of the Office of Foreign Affairs"]}]


def test_evaluation_pledges_need_the_agent_and_half_the_keywords():
    g = Graph()
    zhou = entity(g, "zhou", "Person", "Zhou Ji", "Zhou")
    for key, content in (("p1", "his office will continue to support Hong Kong's role"),
                         ("p2", "to back it")):
        g.add((EX[key], RDF.type, KG.Pledge))
        g.add((EX[key], KG.pledgedBy, zhou))
        g.add((EX[key], KG.content, Literal(content)))
    s = score_graph(g, gold(pledges=[{"agent": "Zhou", "keywords": ["continue", "support", "unique role"]},
                                     {"agent": "Zhou Ji", "keywords": ["back", "research", "policies"]}]))
    assert counts(s["pledges"]) == (1, 1, 1)  # p2 has only one of three keywords


def test_evaluation_totals_are_micro_averaged():
    a = {"entities": Score(9, 1, 0), "roles": Score(0, 0, 0), "pledges": Score(0, 2, 0)}
    b = {"entities": Score(1, 0, 9), "roles": Score(0, 0, 1), "pledges": Score(0, 0, 0)}
    totals = Evaluation([ArticleScore("a", a), ArticleScore("b", b)]).totals()
    assert totals["entities"].prf() == pytest.approx((10 / 11, 10 / 19, 2 * (10 / 11) * (10 / 19) / (10 / 11 + 10 / 19)))
    assert totals["roles"].prf() == (0.0, 0.0, 0.0) and totals["pledges"].prf() == (0.0, 1.0, 0.0)
    assert Score().prf() == (1.0, 1.0, 1.0)


def test_eval_article_that_fails_to_build_counts_as_all_missed(runner, tiny, monkeypatch):
    import kg.pipeline

    def build_graphs(articles, model=None):
        if len(articles) > 1 or articles[0].id == "bad":
            raise ValueError("odd text")
        return [Graph()]
    (tiny / "bad.txt").write_text("x")
    (tiny / "bad.gold.json").write_text(json.dumps(TINY_GOLD))
    monkeypatch.setattr(kg.pipeline, "build_graphs", build_graphs)
    result = runner.invoke(cli, ["eval", str(tiny)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "bad: not built (ValueError: odd text)"
    assert lines[1].startswith("bad ") and lines[2].startswith("tiny ")  # tiny: built, its graph empty
    assert "entities P0.00 R0.00 F0.00" in lines[1]
    assert "| articles 2 failed 1 |" in lines[-1]


def test_eval_json_output_error_is_one_line(runner, tiny, nlp):
    result = runner.invoke(cli, ["eval", str(tiny), "--json", str(tiny / "no-such-dir" / "s.json")])
    assert result.exit_code == 1 and result.stderr.count("\n") == 1 and "cannot write" in result.stderr
