"""Views of a graph: a networkx network and the offline HTML page."""
