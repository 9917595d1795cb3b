"""newskg: English news articles to an RDF knowledge graph of entities, roles,
pledges and statements, each fact traceable to its sentence.

The public API is loaded lazily: `import kg` imports no spaCy; only the names that
extract (`build_graph`, `build_graphs`, `extract_all`) load it when first used."""
from __future__ import annotations

from importlib import import_module

_API = {
    "DEFAULT_BASE": "kg.io.ids",
    "load_articles": "kg.io.sources",
    "document_graph": "kg.rdf.graph",
    "merge": "kg.rdf.graph",
    "to_dataset": "kg.rdf.graph",
    "run_query": "kg.rdf.query",
    "query_df": "kg.views.frame",
    "validate": "kg.rdf.validate",
    "to_networkx": "kg.views.network",
    "Page": "kg.views.notebook",
    "build_graph": "kg.pipeline",
    "build_graphs": "kg.pipeline",
    "extract_all": "kg.pipeline",
    "register": "kg.extract.registry",
}
__all__ = sorted(_API)


def __getattr__(name: str):
    if name not in _API:
        raise AttributeError(f"module 'kg' has no attribute {name!r}")
    value = getattr(import_module(_API[name]), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_API))
