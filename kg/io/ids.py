"""Identifiers: readable slugs and the IRIs minted from them, in one place."""
from __future__ import annotations

import re
import unicodedata

from rdflib import URIRef

from ..errors import InputError

DEFAULT_BASE = "https://w3id.org/newskg/id/"
ABSOLUTE_IRI = re.compile(r'[A-Za-z][A-Za-z0-9+.-]*:[^<>"{}|^`\\\s\x00-\x20\x7f]+')


def is_absolute_iri(iri: str) -> bool:
    """Whether `iri` is absolute (has a scheme) and holds no character IRIs forbid,
    so it can be written between < and > in any RDF syntax or SPARQL."""
    return bool(ABSOLUTE_IRI.fullmatch(iri))


def checked_base(base: str) -> str:
    """A base to mint IRIs under: absolute, nothing IRIs forbid, ending in '/' or '#'
    (a '/' is added: 'http://x/a' + 'doc/b' would make 'http://x/adoc/b')."""
    if not is_absolute_iri(base):
        why = "holds a space or a character IRIs forbid" if ":" in base else "has no scheme"
        raise InputError(f"--base-iri {base!r}: not an absolute IRI ({why}); "
                         "give one like https://example.org/id/")
    return base if base.endswith(("/", "#")) else base + "/"


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
