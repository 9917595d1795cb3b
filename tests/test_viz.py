"""The network view: networkx graph, GraphML/GEXF, and the HTML page in real headless Chromium."""
import networkx as nx
import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from click.testing import CliRunner
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from browser import visit
from conftest import ROOT
from kg.cli import cli
from kg.errors import InputError
from kg.vocab import KG, SCHEMA
from kg.views.network import to_networkx
from kg.views.page import render_html, select, write_html

XSS_ARTICLE = ROOT / "tests" / "data" / "xss-article.txt"
NASTY = ['<script>window.pwned="label"</script>', '<img src=x onerror="window.pwned=\'img\'">',
         'Quote " and \\ backslash \\" end', "</script><script>window.pwned='close'</script>",
         "{{VIS_JS}} {{DATA}}", "line\u2028separator"]


def nasty_graph() -> Graph:
    """Entities, a pledge and aliases whose every text is hostile."""
    g, base = Graph(), "https://example.org/doc/x/"
    doc = URIRef(base[:-1])
    g.add((doc, RDF.type, SCHEMA.NewsArticle))
    for i, text in enumerate(NASTY):
        node = URIRef(f"{base}person/{i}")
        g.add((node, RDF.type, SCHEMA.Person))
        g.add((node, RDFS.label, Literal(text)))
        g.add((node, SKOS.altLabel, Literal(text + " alias")))
        g.add((doc, SCHEMA.mentions, node))
        pledge = URIRef(f"{base}pledge/{i}")
        g.add((pledge, RDF.type, KG.Pledge))
        g.add((pledge, KG.pledgedBy, node))
        g.add((pledge, KG.content, Literal(text)))
        g.add((pledge, KG.evidenceText, Literal(text)))
    return g


def test_posts_are_labelled_edges_and_pledges_are_nodes(seed_graph):
    net = to_networkx(seed_graph)
    posts = [(net.nodes[u], d, net.nodes[v]) for u, v, d in net.edges(data=True) if d["kind"] == "post"]
    assert any(d["label"] == "Mayor" and p["type"] == "Person" and o["label"] == "Shanghai"
               for p, d, o in posts)
    pledges = [n for n, d in net.nodes(data=True) if d["type"] == "Pledge"]
    assert len(pledges) == len(set(seed_graph.subjects(RDF.type, KG.Pledge))) > 0
    for p in pledges:
        agents = [net.nodes[u] for u, _, d in net.in_edges(p, data=True) if d["kind"] == "pledge"]
        assert len(agents) == 1 and agents[0]["type"] == "Person"
        assert net.nodes[p]["content"] and net.nodes[p]["evidence"]
    types = {d["type"] for _, d in net.nodes(data=True)}
    assert "Other" not in types  # documents and provenance are not drawn by default


def test_raw_network_has_every_triple(seed_graph):
    raw = to_networkx(seed_graph, raw=True)
    assert raw.number_of_edges() == len(seed_graph)


def test_focus_hops_and_max_nodes(seed_graph):
    net = to_networkx(seed_graph)
    one, _ = select(net, focus="Shanghai", hops=1)
    two, notes = select(net, focus="shanghai", hops=2)
    assert 1 < one.number_of_nodes() < two.number_of_nodes()
    assert "within 2 hop" in notes[0]
    few, notes = select(net, max_nodes=5)
    assert few.number_of_nodes() == 5 and f"left out {net.number_of_nodes() - 5}" in notes[0]
    degree = dict(net.degree)
    assert min(degree[n] for n in few) >= sorted(degree.values(), reverse=True)[4]
    with pytest.raises(InputError, match="no entity named"):
        select(net, focus="Nobody At All")


def test_export_graphml_and_gexf(tmp_path, seed_graph):
    src = tmp_path / "g.ttl"
    seed_graph.serialize(src, format="turtle")
    net = to_networkx(seed_graph)
    for ext, read in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        out = tmp_path / f"g.{ext}"
        r = CliRunner().invoke(cli, ["export", str(src), "-o", str(out)])
        assert r.exit_code == 0, r.output
        back = read(out)
        assert back.number_of_nodes() == net.number_of_nodes()
        assert back.number_of_edges() == net.number_of_edges()
        first = out.read_bytes()
        CliRunner().invoke(cli, ["export", str(src), "-o", str(out)])
        assert out.read_bytes() == first


def test_page_is_self_contained_and_data_is_inert():
    page, _ = render_html(to_networkx(nasty_graph()), title="<b>t</b>")
    assert "<link" not in page and " src=" not in page.split('id="kg-data"')[0]
    for text in NASTY[:4]:
        assert text not in page  # only ever present as escaped JSON
    assert "<title>&lt;b&gt;t&lt;/b&gt;</title>" in page
    assert page.count("</script>") == 3  # data, vis-network, the page's own code


def test_seed_page_draws_the_whole_network(tmp_path, seed_graph, browser, screenshots):
    out = tmp_path / "seed.html"
    write_html(seed_graph, str(out), title="seed")
    net = to_networkx(seed_graph)
    v = visit(browser, out)
    v.wait()
    drawn = v.page.evaluate("[Object.keys(kg.network.getPositions()).length,"
                            " kg.network.body.edgeIndices.length]")
    assert drawn == [net.number_of_nodes(), net.number_of_edges()]
    assert "22 nodes, 15 edges" in v.page.inner_text("#summary")
    v.page.screenshot(path=str(screenshots / "seed.png"))
    # type filter hides people, search finds a place and shows its details
    v.page.uncheck("#legend input[data-type=Person]")
    assert v.page.evaluate("kg.view.length") == net.number_of_nodes() - 4
    v.page.fill("#search", "Shanghai")
    v.page.press("#search", "Enter")
    assert "Place" in v.page.inner_text("#details")
    assert v.errors == [] and v.requests == []


def _visible(page, selector: str, seconds: float = 2.0) -> bool:
    try:
        page.wait_for_selector(selector, state="visible", timeout=seconds * 1000)
        return True
    except PlaywrightTimeout:
        return False


@pytest.mark.parametrize("source", ["article", "graph"])
def test_hostile_text_is_shown_never_run(tmp_path, browser, screenshots, source):
    page_path = tmp_path / "x.html"
    if source == "article":  # the whole path: article -> kg build --html
        r = CliRunner().invoke(cli, ["build", str(XSS_ARTICLE), "-o", str(tmp_path / "x.ttl"),
                                     "--html", str(page_path)])
        assert r.exit_code == 0, r.output
    else:
        write_html(nasty_graph(), str(page_path), title=NASTY[0])
    v = visit(browser, page_path)
    v.wait()
    ids = v.page.evaluate("kg.nodes.getIds()")
    box = v.page.locator("#graph canvas").bounding_box()
    for node in ids:  # open every tooltip and details panel
        pos = v.page.evaluate("(id) => kg.network.canvasToDOM(kg.network.getPositions([id])[id])", node)
        v.page.mouse.move(box["x"] + pos["x"], box["y"] + pos["y"])
        v.page.evaluate("(id) => { kg.network.selectNodes([id]); kg.find(kg.nodes.get(id).label, false); }", node)
    v.page.screenshot(path=str(screenshots / f"hostile-{source}.png"))
    assert v.page.evaluate("window.pwned") is None
    assert v.page.evaluate("document.querySelectorAll('img, b, script[src]').length") == 0
    if source == "graph":
        v.page.evaluate("(name) => kg.find(name, false)", NASTY[0])
        assert NASTY[0] in v.page.inner_text("#details")  # shown as text
        v.page.evaluate("kg.network.fit({ animation: false })")
        img = "https://example.org/doc/x/person/1"
        pos = v.page.evaluate("(id) => kg.network.canvasToDOM(kg.network.getPositions([id])[id])", img)
        for _ in range(5):  # hover until the tooltip shows (its delay is 150 ms)
            v.page.mouse.move(0, 0)
            v.page.mouse.move(box["x"] + pos["x"], box["y"] + pos["y"], steps=5)
            if _visible(v.page, ".vis-tooltip"):
                break
        tooltip = v.page.inner_text(".vis-tooltip")
        assert NASTY[1] in tooltip, tooltip
    shown = v.page.evaluate("kg.edges.get().map(e => e.title).concat(kg.nodes.get().map(n => n.title)).join()")
    assert "<script>window.pwned" in shown or "onerror" in shown
    assert v.errors == [] and v.requests == []


def test_viz_command(tmp_path, seed_graph):
    src, out = tmp_path / "g.ttl", tmp_path / "g.html"
    seed_graph.serialize(src, format="turtle")
    r = CliRunner().invoke(cli, ["viz", str(src), "-o", str(out), "--max-nodes", "5"])
    left = f"left out {to_networkx(seed_graph).number_of_nodes() - 5}"
    assert r.exit_code == 0 and f"note: {left}" in r.stderr
    assert left in out.read_text("utf-8")
    r = CliRunner().invoke(cli, ["viz", str(src), "-o", str(tmp_path / "n.html"), "--focus", "Nobody"])
    assert r.exit_code == 1 and r.stderr.strip() == "Error: no entity named 'Nobody' in the graph"
    assert not (tmp_path / "n.html").exists()


def facts_graph() -> Graph:
    """A mayor's post and her pledge with amount, deadline and beneficiary, and an
    organization nothing links to."""
    from rdflib.namespace import PROV, XSD

    from kg.vocab import ORG

    g, base = Graph(), "https://example.org/doc/city/"
    doc, jane, town, acme = URIRef(base[:-1]), URIRef(base + "person/jane"), URIRef(base + "place/town"), \
        URIRef(base + "organization/acme")
    g.add((doc, RDF.type, SCHEMA.NewsArticle))
    for node, cls, label in ((jane, SCHEMA.Person, "Jane Roe"), (town, SCHEMA.Place, "Springfield"),
                             (acme, SCHEMA.Organization, "Acme")):
        g.add((node, RDF.type, cls))
        g.add((node, RDFS.label, Literal(label)))
        g.add((doc, SCHEMA.mentions, node))
    post, pledge = URIRef(base + "post/jane-mayor"), URIRef(base + "pledge/1")
    for s, p, o in ((post, RDF.type, ORG.Post), (post, ORG.heldBy, jane), (post, ORG.postIn, town),
                    (post, RDFS.label, Literal("Mayor")), (post, KG.asOf, Literal("2024-05-01", datatype=XSD.date)),
                    (post, KG.isFormer, Literal(False)), (post, PROV.wasDerivedFrom, doc),
                    (post, KG.evidenceText, Literal("Springfield Mayor Jane Roe spoke.")),
                    (pledge, RDF.type, KG.Pledge), (pledge, KG.pledgedBy, jane),
                    (pledge, KG.content, Literal("to build 500 homes")), (pledge, KG.commitmentVerb, Literal("pledge")),
                    (pledge, KG.amount, Literal("500000000.0", datatype=XSD.decimal)),
                    (pledge, KG.currency, Literal("USD")), (pledge, KG.deadline, Literal("2026-12-31")),
                    (pledge, KG.beneficiary, town), (pledge, PROV.wasDerivedFrom, doc),
                    (pledge, KG.evidenceText, Literal("She pledged USD 500 million to build 500 homes by 2026."))):
        g.add((s, p, o))
    return g


def _click_node(v, node: str) -> None:
    box = v.page.locator("#graph canvas").bounding_box()
    pos = v.page.evaluate("(id) => kg.network.canvasToDOM(kg.network.getPositions([id])[id])", node)
    v.page.mouse.click(box["x"] + pos["x"], box["y"] + pos["y"])


def test_page_person_details_list_posts_and_pledges(tmp_path, browser, screenshots):
    out = tmp_path / "city.html"
    write_html(facts_graph(), str(out), title="city")
    v = visit(browser, out)
    v.wait()
    jane, town = "https://example.org/doc/city/person/jane", "https://example.org/doc/city/place/town"
    _click_node(v, jane)
    related = v.page.inner_text("#related")
    v.page.screenshot(path=str(screenshots / "city-person.png"))
    for shown in ("Posts (1)", "Mayor", "Springfield", "as of 2024-05-01", "Springfield Mayor Jane Roe spoke.",
                  "Pledges (1)", "to build 500 homes", "amount: USD 500,000,000", "deadline: 2026-12-31",
                  "for: Springfield", "She pledged USD 500 million", "from doc/city"):
        assert shown in related, related
    v.page.locator("#related button.link", has_text="Springfield").first.click()  # the other end of the post
    assert v.page.evaluate("kg.network.getSelectedNodes()") == [town]
    assert "Springfield" in v.page.inner_text("#details")
    assert "Posts held here (1)" in v.page.inner_text("#related")
    v.page.locator("#related button.link", has_text="Jane Roe").first.click()  # and back to the holder
    assert v.page.evaluate("kg.network.getSelectedNodes()") == [jane]
    v.page.locator("#related button.link", has_text="to build 500 homes").first.click()
    assert "pledged by Jane Roe" in v.page.inner_text("#related")
    assert v.errors == [] and v.requests == []


def test_page_facts_tables_select_sort_and_filter(tmp_path, browser, seed_graph):
    out = tmp_path / "seed.html"
    write_html(seed_graph, str(out), title="seed")
    v = visit(browser, out)
    v.wait()
    rows = v.page.locator("#posts-table tbody tr")
    assert rows.count() == 4
    v.page.locator("#posts-table th", has_text="Person").click()
    v.page.locator("#posts-table th", has_text="Person").click()  # descending
    first = rows.first.locator("td").first.inner_text()
    assert first == "Zhou Ji"
    rows.first.click()
    node = rows.first.get_attribute("data-node")
    assert v.page.evaluate("kg.network.getSelectedNodes()") == [node]
    v.page.wait_for_timeout(1200)  # the focus animation
    centre = v.page.evaluate("(id) => [kg.network.getViewPosition(), kg.network.getPositions([id])[id]]", node)
    assert abs(centre[0]["x"] - centre[1]["x"]) < 5 and abs(centre[0]["y"] - centre[1]["y"]) < 5
    assert "Zhou Ji" in v.page.inner_text("#details")
    assert v.page.locator("#pledges-table tbody tr").count() == 2
    v.page.fill("#facts-filter", "overseas markets")
    assert v.page.locator("#pledges-table tbody tr:visible").count() == 1
    assert v.page.locator("#posts-table tbody tr:visible").count() == 0
    assert v.errors == [] and v.requests == []


def test_page_edge_labels_flat_legend_shapes_and_unconnected_nodes(tmp_path, browser):
    out = tmp_path / "city.html"
    write_html(facts_graph(), str(out), title="city")
    v = visit(browser, out)
    v.wait()
    font = v.page.evaluate("Object.values(kg.network.body.edges)[0].labelModule.fontOptions")
    assert font["align"] == "horizontal" and font["background"]
    shapes = v.page.evaluate("[...document.querySelectorAll('#legend svg')].map(s => s.dataset.shape)")
    assert {"dot", "diamond", "triangle", "square"} <= set(shapes)
    acme = "https://example.org/doc/city/organization/acme"
    ys = v.page.evaluate("(id) => { const p = kg.network.getPositions(); const y = p[id].y; delete p[id];"
                         " return [y, Math.max(...Object.values(p).map(q => q.y))]; }", acme)
    assert ys[0] > ys[1]  # gathered under the connected nodes
    shown = v.page.evaluate("kg.view.length")
    v.page.uncheck("#isolated")
    assert v.page.evaluate("kg.view.length") == shown - 1
    assert v.errors == [] and v.requests == []


def test_page_post_in_no_organization_has_no_where(tmp_path, browser):
    from kg.vocab import ORG

    g, base = facts_graph(), "https://example.org/doc/city/"
    sam, post = URIRef(base + "person/sam"), URIRef(base + "post/sam-chairwoman")
    for s, p, o in ((sam, RDF.type, SCHEMA.Person), (sam, RDFS.label, Literal("Sam Vale")),
                    (post, RDF.type, ORG.Post), (post, ORG.heldBy, sam), (post, RDFS.label, Literal("Chairwoman"))):
        g.add((s, p, o))
    out = tmp_path / "city.html"
    write_html(g, str(out), title="city")
    v = visit(browser, out)
    v.wait()
    cells = v.page.locator("#posts-table tbody tr", has_text="Sam Vale").locator("td").all_inner_texts()
    assert cells[:3] == ["Sam Vale", "Chairwoman", ""]  # not the role's own name again
    v.page.locator("#posts-table tbody tr", has_text="Sam Vale").click()
    post_box = v.page.locator("#related .fact").first
    assert post_box.locator("strong").inner_text() == "Chairwoman" and post_box.locator("button").count() == 0
    assert v.errors == [] and v.requests == []


def test_page_labels_of_unconnected_nodes_do_not_overlap(tmp_path, browser):
    g = Graph()
    for i in range(4):
        node = URIRef(f"https://example.org/doc/x/organization/{i}")
        g.add((node, RDF.type, SCHEMA.Organization))
        g.add((node, RDFS.label, Literal(f"The Long Named Joint Committee on Harbour Works Number {i}")))
    out = tmp_path / "isolated.html"
    write_html(g, str(out), title="isolated")
    v = visit(browser, out)
    v.wait()
    boxes = v.page.evaluate("Object.values(kg.network.body.nodes).filter(n => n.options.label)"
                            ".map(n => { n.labelModule.getTextSize(kg.network.body.container.querySelector('canvas')"
                            ".getContext('2d'), false, false); const s = n.labelModule.size;"
                            " return [n.x - s.width / 2, n.y, n.x + s.width / 2]; })")
    assert len(boxes) == 4
    for a in boxes:
        for b in boxes:
            if a is not b and a[1] == b[1]:  # the same row
                assert a[2] <= b[0] or b[2] <= a[0], boxes


def test_page_labels_readable_at_any_zoom_and_fact_labels_when_near(tmp_path, seed_graph, browser):
    out = tmp_path / "seed.html"
    write_html(seed_graph, str(out), title="seed")
    v = visit(browser, out)
    v.wait()
    labels = "(kind) => Object.values(kg.network.body.nodes).filter(n => n.options.group === kind)" \
             ".map(n => n.options.label || '')"
    font = "[kg.network.getScale(), Object.values(kg.network.body.nodes).find(n => n.options.group === 'Person')" \
           ".options.font.size]"
    scale, size = v.page.evaluate(font)
    assert scale < 1 and size > 16 and size * scale >= 10  # zoomed out, labels grow to stay readable
    assert all(v.page.evaluate(labels, "Person")) and not any(v.page.evaluate(labels, "Statement"))
    v.page.evaluate("kg.network.moveTo({ scale: 1.5 }); kg.network.emit('zoom', {})")
    assert all(v.page.evaluate(labels, "Statement"))  # near enough to read what was said
    assert v.errors == [] and v.requests == []
