"""Query results for people and programs: typed cells, compact names, and tables
that fit the terminal (the widest text columns wrap; names are never cut)."""
from __future__ import annotations

import csv
import io
import json
import re
import shutil
import textwrap
from decimal import Decimal

from rdflib import Literal
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

from ..vocab import KG, ORG, SCHEMA, EntityType

Cell = str | int | float | bool | None

PREFIXES = [("schema", str(SCHEMA)), ("org", str(ORG)), ("kg", str(KG._NS)), ("rdfs", str(RDFS)),
            ("rdf", str(RDF)), ("owl", str(OWL)), ("skos", str(SKOS)), ("prov", str(PROV)),
            ("xsd", str(XSD)), ("dcterms", str(DCTERMS))]
NUMBER_COLUMNS = {"amount", "documents"}  # typed by name when a store gives only strings
BOOLEAN_COLUMNS = {"former", "ask"}
TEXT_COLUMNS = {"evidence", "content", "aliases"}  # wrapped first
NAME_COLUMNS = {"entity", "type", "name", "person", "title", "organization", "agent", "speaker", "verb", "document",
                "event", "superEvent", "attendee", "beneficiary", "amount", "currency", "deadline", "former",
                "documents", "ask"}  # never wrapped, but for a long IRI
MIN_TEXT = 16
MIN_IRI = 40
MIN_EVIDENCE = 30  # narrower than this, the evidence goes under its row
ENTITY_PATHS = tuple(str(t).lower() for t in EntityType)  # canonical entities: {base}person/...


def plural(n: int, word: str, many: str | None = None) -> str:
    """`1 pledge`, `2 pledges`: the one way counts are written."""
    return f"{n} {word if n == 1 else many or word + 's'}"


def number(value) -> int | float:
    """An integral amount as an int, whatever its source wrote (500000000.0 or 500000000)."""
    d = Decimal(str(value))
    return int(d) if d == d.to_integral_value() else float(d)


def cell(value, column: str) -> Cell:
    """A typed value: rdflib literals by datatype, other text (a store's strings, a
    query's STR()) by column name; None when unbound or empty."""
    if value is None or value == "":
        return None
    if isinstance(value, Literal):
        py = value.toPython()
        if isinstance(py, bool):
            return py
        if isinstance(py, (int, float, Decimal)):
            return number(py)
    value = str(value)
    if column in NUMBER_COLUMNS:
        try:
            return number(value)
        except ArithmeticError:  # not a number after all: shown as it is
            return value
    if column in BOOLEAN_COLUMNS and value in ("true", "false", "1", "0"):
        return value in ("true", "1")
    return value


def typed(cols: list[str], rows: list[list]) -> list[list[Cell]]:
    return [[cell(v, c) for v, c in zip(row, cols)] for row in rows]


def compact(iri: str) -> str:
    """`schema:Person`, `doc:seed/person/gong-zheng`, `id:person/gong-zheng` (an entity
    resolved across documents): a known prefix, or the part of a newskg IRI after its base."""
    for prefix, ns in PREFIXES:
        if iri.startswith(ns) and len(iri) > len(ns):
            return f"{prefix}:{iri[len(ns):]}"
    for kind in ("doc", "graph", "role", *ENTITY_PATHS):
        head, sep, tail = iri.partition(f"/{kind}/")
        if sep and head.startswith(("http://", "https://")) and tail:
            return f"{kind}:{tail}" if kind not in ENTITY_PATHS else f"id:{kind}/{tail}"
    return iri


def text(value: Cell, iris: bool = False) -> str:
    """A cell as a table shows it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, (int, float)):
        return f"{value:,}"
    return value if iris or not value.startswith(("http://", "https://")) else compact(value)


def to_json(cols: list[str], rows: list[list[Cell]]) -> str:
    return json.dumps([dict(zip(cols, r)) for r in rows], ensure_ascii=False, indent=1) + "\n"


def to_csv(cols: list[str], rows: list[list[Cell]]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(cols)
    w.writerows([["" if v is None else str(v).lower() if isinstance(v, bool) else v for v in r] for r in rows])
    return buf.getvalue()


def to_table(cols: list[str], rows: list[list[Cell]], width: int | None = None, iris: bool = False) -> str:
    """An aligned table at most `width` columns wide (default: the terminal's, or
    $COLUMNS) where names allow: long text wraps, evidence moves under its row when
    it has no room beside it, an amount shows with its currency, and a document
    column only when there are several documents."""
    cols, rows = _shown(cols, rows)
    cells = [[text(v, iris) for v in r] for r in rows]
    if "amount" in cols and "currency" in cols:
        a, k = cols.index("amount"), cols.index("currency")
        for r in cells:
            r[a] = f"{r[k]} {r[a]}".strip() if r[a] else ""
        cols, cells = cols[:k] + cols[k + 1:], [r[:k] + r[k + 1:] for r in cells]
    width = width or shutil.get_terminal_size((100, 24)).columns
    widths = _fit(cols, cells, width)
    detail = None
    k = cols.index("evidence") if "evidence" in cols else None
    if k is not None and (sum(widths) + 2 * (len(cols) - 1) > width or
                          widths[k] < min(MIN_EVIDENCE, max((len(r[k]) for r in cells), default=0))):
        detail = [r[k] for r in cells]
        cols, cells = cols[:k] + cols[k + 1:], [r[:k] + r[k + 1:] for r in cells]
        widths = _fit(cols, cells, width)
    lines = [_line(cols, widths)] + (["    evidence"] if detail else []) + ["  ".join("-" * w for w in widths)]
    for n, r in enumerate(cells):
        wrapped = [_wrap(c, w) for c, w in zip(r, widths)]
        for k in range(max(map(len, wrapped))):
            lines.append(_line([p[k] if k < len(p) else "" for p in wrapped], widths))
        if detail and detail[n]:
            lines += ["    " + line for line in textwrap.wrap(detail[n], max(width - 4, MIN_TEXT))]
    return "\n".join(lines) + "\n"


def _shown(cols: list[str], rows: list[list[Cell]]) -> tuple[list[str], list[list[Cell]]]:
    """Without the document column when all rows come from one document."""
    if "document" not in cols or len({r[cols.index("document")] for r in rows}) > 1:
        return cols, rows
    k = cols.index("document")
    return cols[:k] + cols[k + 1:], [r[:k] + r[k + 1:] for r in rows]


def _fit(cols: list[str], cells: list[list[str]], width: int) -> list[int]:
    """Column widths: natural, then narrowed until the table fits: text columns first
    (down to MIN_TEXT), then columns of IRIs (down to MIN_IRI); labels keep theirs."""
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(cols)]
    iri = [bool(cells) and all(":" in r[i] and " " not in r[i] for r in cells if r[i]) for i in range(len(cols))]
    prose = [c in TEXT_COLUMNS or c not in NAME_COLUMNS and not iri[i] for i, c in enumerate(cols)]
    excess = sum(widths) + 2 * (len(cols) - 1) - width
    for phase, floor in ((prose, MIN_TEXT), (iri, MIN_IRI)):
        floors = [max(floor, len(c)) if phase[i] else w for i, (c, w) in enumerate(zip(cols, widths))]
        while excess > 0 and any(w > f for w, f in zip(widths, floors)):
            i = max(range(len(cols)), key=lambda j: (widths[j] > floors[j], widths[j]))
            widths[i] -= 1
            excess -= 1
    return widths


def _wrap(value: str, width: int) -> list[str]:
    """Lines of at most `width`: at spaces for text, in slices for an IRI."""
    if len(value) <= width:
        return [value]
    if " " not in value:  # an IRI: broken after a "/" where it can be
        lines = [""]
        for part in re.findall(r"[^/]*/|[^/]+$", value):
            if lines[-1] and len(lines[-1]) + len(part) > width:
                lines.append("")
            lines[-1] += part
        return [line[k:k + width] for line in lines for k in range(0, len(line), width)]
    return textwrap.wrap(value, width)



def _line(cells: list[str], widths: list[int]) -> str:
    return "  ".join(c.ljust(w) for c, w in zip(cells, widths)).rstrip()
