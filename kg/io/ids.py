"""Identifiers: readable slugs and the IRIs minted from them, in one place."""
from __future__ import annotations

import re
import unicodedata

from rdflib import URIRef

DEFAULT_BASE = "https://w3id.org/newskg/id/"


def slugify(text: str, fallback: str = "x") -> str:
    """Lowercase ASCII slug for readable IRIs."""
    t = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    t = re.sub(r"[^a-zA-Z0-9]+", "-", t).strip("-").lower()
    return t[:80].strip("-") or fallback


def unique_slug(label: str, used: set[str], fallback: str = "x") -> str:
    """The slug of `label`, made unique among `used` (and added to it). A repeat gets
    "--2", "--3", ...: no slug contains "--", so a suffixed slug never takes the
    slug of another label ("Cafe Nero 2" keeps "cafe-nero-2")."""
    slug = candidate = slugify(label, fallback)
    n = 1
    while candidate in used:
        n += 1
        candidate = f"{slug}--{n}"
    used.add(candidate)
    return candidate


ENTITIES_GRAPH = "graph/entities"  # under the base: the entities resolved across documents


def entities_graph_iri(base: str = DEFAULT_BASE) -> URIRef:
    """The named graph of the entities resolved across documents."""
    return URIRef(base + ENTITIES_GRAPH)


def document_iri(doc_id: str, base: str = DEFAULT_BASE) -> URIRef:
    """The IRI of a document, which also names its graph."""
    return URIRef(f"{base}doc/{doc_id}")
