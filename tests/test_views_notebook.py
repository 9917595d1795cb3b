"""The page inline in a notebook: the offline page in a sandboxed iframe's srcdoc."""
import time
from html.parser import HTMLParser

from browser import visit
from kg.views.network import to_networkx
from kg.views.notebook import Page
from test_viz import NASTY, nasty_graph


class Tags(HTMLParser):
    """Start tags and their attributes, as a browser's parser sees them."""

    def __init__(self):
        super().__init__()
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def test_notebook_iframe_holds_the_whole_page_escaped():
    page = Page(nasty_graph(), title=NASTY[3], height=500)
    parser = Tags()
    parser.feed(page._repr_html_())
    assert [t for t, _ in parser.tags] == ["iframe"]  # nothing of the page leaks out as markup
    attrs = parser.tags[0][1]
    assert attrs["srcdoc"] == page.html and attrs["title"] == NASTY[3]
    assert attrs["sandbox"] == "allow-scripts" and "height: 500px" in attrs["style"]
    assert page.html.startswith("<!DOCTYPE html>") and 'id="kg-data"' in page.html


def test_notebook_page_draws_offline_in_its_sandbox(tmp_path, browser):
    graph = nasty_graph()
    host = tmp_path / "notebook.html"
    host.write_text("<!DOCTYPE html><html><head><meta charset='utf-8'></head><body><p>cell</p>"
                    f"{Page(graph, title=NASTY[0])._repr_html_()}<p id='after'>next cell</p></body></html>",
                    "utf-8")
    v = visit(browser, host)
    assert v.page.inner_text("#after") == "next cell"
    assert v.page.evaluate("document.body.children.length") == 3
    frame = v.page.frames[1]
    start = time.perf_counter()
    while frame.evaluate("document.body.dataset.state") != "stabilized":
        assert time.perf_counter() - start < 60, v.errors
        time.sleep(0.05)
    assert frame.evaluate("Object.keys(kg.network.getPositions()).length") == to_networkx(graph).number_of_nodes()
    assert frame.evaluate("document.title") == NASTY[0]
    assert frame.evaluate("(() => { try { return parent.document.title; } catch (e) { return 'apart'; } })()") \
        == "apart"  # a sandbox of its own: the page cannot reach the notebook
    assert v.page.evaluate("window.pwned") is None and frame.evaluate("window.pwned") is None
    assert v.errors == [] and v.requests == []
