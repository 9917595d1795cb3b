"""Query results as tables, CSV and JSON: typed cells, compact names, terminal width."""
import json

from click.testing import CliRunner
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib import namespace as ns
from rdflib.namespace import PROV, RDF, RDFS

from kg.cli import cli
from kg.rdf.query import in_query_order, select
from kg.rdf.tables import cell, compact, plural, to_csv, to_json, to_table, typed
from kg.vocab import KG, SCHEMA

ID = Namespace("https://w3id.org/newskg/id/doc/city/")


def pledge_graph() -> Graph:
    """A pledge with every field the pledges query shows, as a build would write it."""
    g = Graph()
    p, mayor, city = ID["pledge/1"], ID["person/jane-roe"], ID["place/springfield"]
    g.add((mayor, RDF.type, SCHEMA.Person))
    g.add((mayor, RDFS.label, Literal("Jane Roe")))
    g.add((city, RDFS.label, Literal("Springfield")))
    for pred, obj in ((RDF.type, KG.Pledge), (KG.pledgedBy, mayor), (KG.content, Literal("to build 500 homes")),
                      (KG.commitmentVerb, Literal("pledge")), (KG.beneficiary, city),
                      (KG.amount, Literal("500000000.0", datatype=ns.XSD.decimal)), (KG.currency, Literal("USD")),
                      (KG.deadline, Literal("2026-12-31", datatype=ns.XSD.date)),
                      (KG.evidenceText, Literal("Mayor Jane Roe pledged USD 500 million to build 500 homes "
                                                "in Springfield by the end of 2026, officials said on Monday.")),
                      (PROV.wasDerivedFrom, URIRef("https://w3id.org/newskg/id/doc/city"))):
        g.add((p, pred, obj))
    return g


def test_tables_pledges_keep_every_field_typed():
    cols, rows = select(pledge_graph(), "pledges")
    record = json.loads(to_json(cols, typed(cols, rows)))[0]
    assert record["amount"] == 500000000 and isinstance(record["amount"], int)
    assert (record["currency"], record["deadline"], record["beneficiary"]) == ("USD", "2026-12-31", "Springfield")
    assert record["document"] == "https://w3id.org/newskg/id/doc/city"
    assert "500000000," in to_csv(cols, typed(cols, rows)) and "500000000.0" not in to_csv(cols, typed(cols, rows))


def test_tables_amount_is_one_number_from_a_file_or_a_store():
    assert cell(Literal("500000000.0", datatype=ns.XSD.decimal), "amount") == cell("500000000", "amount") == 500000000
    assert cell("2.5", "amount") == 2.5
    assert cell("", "amount") is None and cell(None, "evidence") is None
    assert cell("false", "former") is False and cell(Literal(True), "x") is True
    assert cell(Literal("false"), "former") is False  # the roles query's STR(?f), as a store says it


def test_tables_fit_the_width_and_never_cut_names():
    cols, rows = select(pledge_graph(), "pledges")
    table = to_table(cols, typed(cols, rows), width=80)
    lines = table.splitlines()
    assert max(map(len, lines)) <= 80, table
    assert "USD 500,000,000" in table and "currency" not in lines[0]
    assert "Jane Roe" in table and "Springfield" in table
    assert "document" not in lines[0]  # one document: no column for it
    assert "officials said on Monday." in " ".join(table.split())  # the evidence wrapped, whole


def test_tables_document_column_when_several_documents():
    cols = ["agent", "document"]
    rows = [["A", "https://w3id.org/newskg/id/doc/one"], ["B", "https://w3id.org/newskg/id/doc/two"]]
    table = to_table(cols, rows, width=80)
    assert table.splitlines()[0].split() == ["agent", "document"] and "doc:two" in table


def test_tables_compact_names():
    assert compact(str(SCHEMA.Person)) == "schema:Person"
    assert compact("https://w3id.org/newskg/id/doc/seed/person/gong-zheng") == "doc:seed/person/gong-zheng"
    assert compact("http://example.org/x") == "http://example.org/x"


def test_tables_select_star_keeps_the_query_order():
    text = "SELECT * WHERE { ?zeta ?alpha ?mid }"
    assert in_query_order(["mid", "alpha", "zeta"], [[3, 2, 1]], text) == (["zeta", "alpha", "mid"], [[1, 2, 3]])
    assert in_query_order(["b", "a"], [], "SELECT ?b ?a WHERE { ?a ?p ?b }") == (["b", "a"], [])
    cols, _ = select(pledge_graph(), "SELECT * WHERE { ?s ?p ?o ; a ?type } LIMIT 1")
    assert cols == ["s", "p", "o", "type"]


def test_tables_plural():
    assert [plural(1, "pledge"), plural(2, "pledge"), plural(0, "entity", "entities")] == \
        ["1 pledge", "2 pledges", "0 entities"]


def test_tables_cli_fits_columns_and_iris(tmp_path):
    path = tmp_path / "p.ttl"
    pledge_graph().serialize(path, format="turtle")
    runner = CliRunner()
    result = runner.invoke(cli, ["query", str(path), "pledges"], env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.output
    assert max(map(len, result.output.splitlines())) <= 80 and "USD 500,000,000" in result.output
    result = runner.invoke(cli, ["query", str(path), "SELECT ?s ?type WHERE { ?s a ?type }"], env={"COLUMNS": "80"})
    assert "schema:Person" in result.output and "doc:city/person/jane-roe" in result.output
    result = runner.invoke(cli, ["query", str(path), "SELECT ?type WHERE { ?s a ?type }", "--iris"])
    assert "https://schema.org/Person" in result.output
    result = runner.invoke(cli, ["query", str(path), "pledges", "--format", "json"])
    assert json.loads(result.output)[0]["amount"] == 500000000


def test_tables_store_and_file_give_the_same_json(tmp_path):
    from kg.stores.local import LocalStore

    g = Graph(identifier=URIRef("https://w3id.org/newskg/id/doc/city"))
    for t in pledge_graph():
        g.add(t)
    store = LocalStore(str(tmp_path / "db"))
    store.replace(g)
    store.flush()
    del store
    path = tmp_path / "p.ttl"
    g.serialize(path, format="turtle")
    runner = CliRunner()
    from_store = runner.invoke(cli, ["query", "--store", str(tmp_path / "db"), "pledges", "--format", "json"])
    from_file = runner.invoke(cli, ["query", str(path), "pledges", "--format", "json"])
    assert from_store.exit_code == 0, from_store.output
    assert from_store.output == from_file.output and '"amount": 500000000,' in from_file.output
    assert '"deadline": "2026-12-31"' in from_file.output


def test_tables_json_null_for_missing_and_typed_booleans(tmp_path):
    path = tmp_path / "p.ttl"
    pledge_graph().serialize(path, format="turtle")
    q = ("SELECT ?p ?missing ?yes WHERE { ?p a <https://w3id.org/newskg/ontology#Pledge> "
         "OPTIONAL { ?p <https://example.org/none> ?missing } BIND(true AS ?yes) }")
    result = CliRunner().invoke(cli, ["query", str(path), q, "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == [{"p": str(ID["pledge/1"]), "missing": None, "yes": True}]


def test_tables_empty_result_and_canonical_names():
    assert to_table(["agent", "evidence"], [], width=40).splitlines()[0].split() == ["agent", "evidence"]
    assert compact("https://w3id.org/newskg/id/person/jane-doe") == "id:person/jane-doe"
