"""Identifiers: a suffix that makes a slug unique never takes another label's slug."""
from collections import defaultdict

from click.testing import CliRunner
from rdflib import Graph
from rdflib.namespace import OWL, RDFS

from kg.cli import cli
from kg.io.ids import unique_slug
from kg.rdf.resolve import Record, Resolution


def test_ids_unique_slug_suffix_is_never_a_real_slug():
    used: set[str] = set()
    assert [unique_slug(x, used) for x in ("Café Nero", "Cafe Nero", "Cafe Nero 2", "cafe nero")] == \
        ["cafe-nero", "cafe-nero--2", "cafe-nero-2", "cafe-nero--3"]


def labels_by_iri(g: Graph) -> dict:
    out = defaultdict(set)
    for s, o in g.subject_objects(RDFS.label):
        out[s].add(str(o))
    return out


def test_ids_entities_sharing_a_slug_keep_their_own_iris(tmp_path):
    (tmp_path / "cafe.txt").write_text("Café Nero opened a shop in Leeds. Cafe Nero said sales rose. "
                                       "Cafe Nero 2 is a new chain.\n")
    out = tmp_path / "cafe.nt"
    r = CliRunner().invoke(cli, ["build", str(tmp_path / "cafe.txt"), "-o", str(out)])
    assert r.exit_code == 0, r.output
    names = {frozenset(v) for k, v in labels_by_iri(Graph().parse(out)).items() if "/cafe-nero" in k}
    assert names == {frozenset({"Café Nero"}), frozenset({"Cafe Nero"}), frozenset({"Cafe Nero 2"})}


def test_resolve_canonical_iris_never_collide():
    orgs = [Record(f"d:{n}", f"d:{n}/o", "Organization", label, (), (), ())
            for n, label in enumerate(["R&D Corp", "R D Corp", "R D Corp 2"])]
    g = Resolution(orgs).graph()
    canonical = set(g.objects(None, OWL.sameAs))
    assert len(canonical) == 3 and all(len(v) == 1 for k, v in labels_by_iri(g).items() if k in canonical)


def test_ids_base_iri_checked(tmp_path):
    (tmp_path / "a.txt").write_text("Acme Corp hired 5 people.")
    out = tmp_path / "a.nt"
    for base, why in (("http://x/a b/", "holds a space"), ("foo", "has no scheme"), ("http://x/<a>/", "forbid")):
        r = CliRunner().invoke(cli, ["build", str(tmp_path / "a.txt"), "-o", str(out), "--base-iri", base])
        assert r.exit_code == 1 and "Traceback" not in r.stderr and len(r.stderr.splitlines()) == 1, r.output
        assert r.stderr.startswith(f"Error: --base-iri {base!r}: not an absolute IRI") and why in r.stderr
        assert not out.exists()
    r = CliRunner().invoke(cli, ["build", str(tmp_path / "a.txt"), "-o", str(out), "--base-iri", "http://x/a"])
    assert r.exit_code == 0 and "using 'http://x/a/'" in r.stderr
    assert "<http://x/a/doc/a>" in out.read_text() and "http://x/adoc" not in out.read_text()
