"""Views of a graph: a networkx network and the offline HTML page."""

DEFAULT_MAX_NODES = 1000  # nodes a page draws unless told (here, so the CLI need not import the page)
