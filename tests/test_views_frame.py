"""Query results as pandas DataFrames: the columns, order and types of `kg query --format json`."""
import json
import subprocess
import sys

import pandas as pd
import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.errors import KgError
from kg.rdf.export import read_graphs
from kg.rdf.query import canned_names
from kg.stores.local import LocalStore
from kg.views.frame import query_df, to_df
from test_rdf_tables import pledge_graph


def records(df: pd.DataFrame) -> list[dict]:
    """The rows as JSON would hold them: <NA> as None, numpy scalars as Python values."""
    return json.loads(df.to_json(orient="records"))


@pytest.mark.parametrize("name", canned_names())
def test_frame_equals_the_json_of_kg_query(built, name):
    trig, _ = built
    r = CliRunner().invoke(cli, ["query", str(trig), name, "--format", "json"])
    assert r.exit_code == 0, r.stderr
    rows, df = json.loads(r.output), query_df(trig, name)
    assert rows and records(df) == rows
    assert list(df.columns) == list(rows[0])  # the query's order


def test_frame_types_numbers_booleans_and_missing_values(built):
    df = query_df(pledge_graph(), "pledges")
    assert list(df.columns) == ["agent", "verb", "content", "amount", "currency", "deadline", "beneficiary",
                                "evidence", "document"]
    assert str(df["amount"].dtype) == "Int64" and df["amount"].sum() == 500_000_000
    assert str(df["agent"].dtype) == "string" and df.loc[0, "deadline"] == "2026-12-31"
    roles = query_df(built[0], "roles")
    assert str(roles["former"].dtype) == "boolean" and not roles["former"].any()
    assert roles["organization"].isna().sum() == 0 < len(roles)
    mixed = to_df(["x", "n", "b", "none"], [[None, 1, True, None], ["a", 2.5, None, None]])
    assert [str(t) for t in mixed.dtypes] == ["string", "Float64", "boolean", "object"]
    assert mixed["x"].isna().tolist() == [True, False] and mixed["b"].isna().tolist() == [False, True]
    ask = query_df(pledge_graph(), "ASK { ?p a <https://w3id.org/newskg/ontology#Pledge> }")
    assert ask["ask"].tolist() == [True]
    star = query_df(pledge_graph(), "SELECT * WHERE { ?zeta ?alpha ?mid } LIMIT 1")
    assert list(star.columns) == ["zeta", "alpha", "mid"]


def test_frame_from_a_store_equals_the_frame_from_its_file(built, tmp_path):
    trig, _ = built
    store = LocalStore(str(tmp_path / "db"))
    for g in read_graphs(str(trig)):
        store.replace(g)
    store.flush()
    for name in ("roles", "pledges"):
        assert records(query_df(store, name)) == records(query_df(trig, name))


def test_frame_without_pandas_says_how_to_install_it(monkeypatch, built):
    monkeypatch.setitem(sys.modules, "pandas", None)  # `import pandas` raises ImportError
    with pytest.raises(KgError) as e:
        query_df(built[0], "roles")
    assert str(e.value) == "query_df needs pandas: pip install 'newskg[pandas]'"


def test_frame_import_kg_loads_no_pandas():
    code = "import kg, sys; kg.query_df; kg.Page; assert 'pandas' not in sys.modules and 'spacy' not in sys.modules"
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
