"""GraphML and GEXF exports are well-formed XML whatever the text holds, and read back."""
import json

import networkx as nx
import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.rdf.export import read_graph
from kg.views.network import to_networkx

TEXT = ("Acme\x07Corp said \x1b[31m the \x00 plan \x01\x1f\x7f\ufffe. Jane Doe, the mayor of Leeds, "
        "pledged to build 50 homes.")


@pytest.fixture(scope="module")
def trig(tmp_path_factory):
    d = tmp_path_factory.mktemp("ctl")
    (d / "c.jsonl").write_text(json.dumps({"id": "c", "title": "T\x07\x1b\x00", "text": TEXT}) + "\n")
    r = CliRunner().invoke(cli, ["build", str(d / "c.jsonl"), "-o", str(d / "c.trig")])
    assert r.exit_code == 0, r.output
    return d / "c.trig"


@pytest.mark.parametrize("raw", [False, True])
@pytest.mark.parametrize("ext, read", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_network_export_with_control_characters_reads_back(trig, tmp_path, ext, read, raw):
    out = tmp_path / f"c.{ext}"
    r = CliRunner().invoke(cli, ["export", str(trig), "-o", str(out)] + (["--raw"] if raw else []))
    assert r.exit_code == 0, r.output
    back = read(out)
    net = to_networkx(read_graph(str(trig)), raw=raw)
    assert back.number_of_nodes() == net.number_of_nodes() and back.number_of_edges() == net.number_of_edges()
    labels = sorted(d["label"] for _, d in back.nodes(data=True))
    forbidden = {chr(c) for c in [*range(0x20), 0xFFFE]} - set("\t\n\r")
    assert labels == sorted("".join("\ufffd" if c in forbidden else c for c in d["label"])
                            for _, d in net.nodes(data=True))
    assert any("Acme\ufffdCorp" == label for label in labels)
