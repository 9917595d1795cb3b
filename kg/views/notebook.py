"""The offline page inline in a Jupyter notebook: an iframe whose `srcdoc` is the page,
sandboxed so that its scripts run in their own origin, apart from the notebook."""
from __future__ import annotations

import html

from rdflib import Graph

from .network import to_networkx
from .page import render_html


class Page:
    """The page of `graph` (as `kg viz` writes it), shown by Jupyter where it is the
    value of a cell; `html` is the page itself and `notes` say what it leaves out.

    >>> kg.Page(graph, focus="Jane Doe", hops=2)  # doctest: +SKIP
    """

    def __init__(self, graph: Graph, title: str = "newskg graph", height: int = 640, raw: bool = False,
                 **select_args):
        self.html, self.notes = render_html(to_networkx(graph, raw=raw), title, **select_args)
        self.title, self.height = title, height

    def __repr__(self) -> str:
        return f"<Page {self.title!r}: {len(self.html):,} characters>"

    def _repr_html_(self) -> str:
        # html.escape quotes '"', '&', '<' and '>': the page stays inside the attribute
        return (f'<iframe srcdoc="{html.escape(self.html)}" sandbox="allow-scripts" '
                f'title="{html.escape(self.title)}" '
                f'style="width: 100%; height: {int(self.height)}px; border: 1px solid #ddd"></iframe>')
