"""newskg: English news articles to an RDF knowledge graph of entities, roles,
pledges and statements, each fact traceable to its sentence."""
from .graph import DEFAULT_BASE, document_graph, merge, to_dataset
from .network import to_networkx
from .pipeline import build_graph, build_graphs, extract_all
from .query import run_query
from .sources import load_articles
from .validate import validate

__all__ = ["DEFAULT_BASE", "build_graph", "build_graphs", "document_graph", "extract_all",
           "load_articles", "merge", "run_query", "to_dataset", "to_networkx", "validate"]
