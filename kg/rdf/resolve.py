"""Entities across documents: one canonical node per real-world entity, with every
name it goes by, linked (owl:sameAs) to each document's node, each merge explained.

People merge when one name's words are all in the other's ("John Smith" and "John
A. Smith-Jones"; at least two words), preferring a candidate with the same title or
organization; a lone surname merges only with one candidate sharing that context.
Two people who share only a surname are never merged. Organizations, places and
events merge on the same name up to a designator ("Acme Corp" = "Acme",
"Springfield City" = "Springfield") or on an acronym ("ACME" = "Allied Chemical
Manufacturing Enterprises", "HKSAR" = "Hong Kong SAR")."""
from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from typing import Iterator, NamedTuple

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from ..io.ids import DEFAULT_BASE, entities_graph_iri, unique_slug
from ..lexicons import LEX
from ..vocab import ENTITIES, KG, SCHEMA
from .graph import bind, title_case

SMALL = frozenset({"of", "and", "the", "for", "in", "on", "de", "&"})


class Record(NamedTuple):
    """One document's entity, as resolution sees it."""
    doc: str
    iri: str
    type: str
    label: str
    aliases: tuple[str, ...]
    titles: tuple[str, ...]  # posts it holds in that document (lowercase)
    orgs: tuple[str, ...]  # labels of where it holds them


def records_of(dg) -> list[Record]:
    """The records of a built DocumentGraph."""
    facts, labels = dg.facts, {e.key: e.label for e in dg.facts.entities}
    titles, orgs = defaultdict(set), defaultdict(set)
    for r in facts.roles:
        titles[r.person].add(r.title.lower())
        if r.org:
            orgs[r.person].add(labels[r.org])
    return [Record(str(dg.doc), str(dg.ent[e.key]), e.type, e.label, tuple(sorted(e.aliases)),
                   tuple(sorted(titles[e.key])), tuple(sorted(orgs[e.key]))) for e in facts.entities]


def words(name: str) -> list[str]:
    """Lowercase ASCII words of a name, without honorifics ("Dr. Ka-wai" -> ["ka", "wai"])."""
    t = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    t = re.sub(r"['’.]", "", t)
    return [w for w in re.split(r"[^a-z0-9&]+", t) if w and w not in LEX.honorifics and w + "." not in LEX.honorifics]


class Cluster:
    def __init__(self, first: Record, tokens: frozenset[str]):
        self.tokens, self.members, self.reasons = tokens, [first], {}
        self.titles, self.orgs = set(first.titles), set(first.orgs)

    def context(self, r: Record) -> list[str]:
        shared = [f"same title {t!r}" for t in sorted(self.titles & set(r.titles))]
        return shared + [f"same organization {o!r}" for o in sorted(self.orgs & set(r.orgs))]

    def add(self, r: Record, rule: str, reason: str) -> None:
        self.members.append(r)
        self.reasons[r.iri] = (rule, reason)
        self.titles |= set(r.titles)
        self.orgs |= set(r.orgs)


def _people(records: list[Record]) -> list[Cluster]:
    forms = {r.iri: [(n, frozenset(words(n))) for n in (r.label, *r.aliases) if words(n)] for r in records}
    clusters: list[Cluster] = []
    by_word: dict[str, list[Cluster]] = defaultdict(list)

    def size(r: Record) -> int:
        return max((len(t) for _, t in forms[r.iri]), default=0)

    for r in sorted(records, key=lambda r: (-size(r), r.label, r.doc, r.iri)):
        if not forms[r.iri]:
            continue
        full = max(forms[r.iri], key=lambda f: (len(f[1]), f[0]))[1]
        long_forms = [(n, t) for n, t in forms[r.iri] if len(t) >= 2]
        candidates: dict[int, tuple[Cluster, str, list[str]]] = {}
        for n, t in long_forms or forms[r.iri]:
            rarest = min(t, key=lambda w: len(by_word[w]))  # a cluster holding all of t holds this word
            for c in by_word[rarest]:
                if id(c) not in candidates and t <= c.tokens:
                    candidates[id(c)] = (c, n, c.context(r))
        chosen = _choose(list(candidates.values()), lone=not long_forms)
        if chosen is None:
            c = Cluster(r, full)
            clusters.append(c)
            for w in full:
                by_word[w].append(c)
            continue
        c, name, ctx = chosen
        rule = "person.surname+context" if not long_forms else "person.name-subset" + ("+context" if ctx else "")
        canon = max((m.label for m in c.members), key=lambda n: (len(words(n)), n))
        c.add(r, rule, f"name {name!r} matches {canon!r}" + (f"; {', '.join(ctx)}" if ctx else ""))
    return clusters


def _choose(candidates: list, lone: bool):
    """The one (cluster, name, context) to join: the only candidate, or the only one
    sharing context; a lone surname needs both. None when there is none or it is ambiguous."""
    with_context = [c for c in candidates if c[2]]
    if lone:
        return with_context[0] if len(candidates) == 1 and with_context else None
    if len(candidates) == 1:
        return candidates[0]
    return with_context[0] if len(with_context) == 1 else None


def name_keys(name: str) -> tuple[set[str], str | None]:
    """Keys a name matches on (its words, and without a trailing designator) and its acronym."""
    ws = words(name)
    if ws[:1] == ["the"]:
        ws = ws[1:]
    if not ws:
        return set(), None
    keys = {" ".join(ws)}
    core = list(ws)
    while len(core) > 1 and core[-1] in LEX.designators:
        core.pop()
    for n in range(2, 4):  # multi-word designators ("special administrative region")
        if len(core) > n and " ".join(core[-n:]) in LEX.designators:
            core = core[:-n]
    keys.add(" ".join(core))
    raw = [w for w in re.split(r"[^A-Za-z0-9&]+", name) if w]
    if len(raw) >= 2:
        acronym = "".join(w if w.isupper() and len(w) > 1 else w[0] for w in raw if w.lower() not in SMALL)
        return keys, "acr:" + acronym.lower()
    return keys, None


def _named(records: list[Record]) -> list[Cluster]:
    """Organizations, places or events (one type): union of records sharing a key."""
    parent = list(range(len(records)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    owner: dict[str, int] = {}
    acronyms: dict[str, set[int]] = defaultdict(set)
    why: dict[int, tuple[int, str, str]] = {}
    for i, r in enumerate(records):
        for n in (r.label, *r.aliases):
            keys, acr = name_keys(n)
            if acr:
                acronyms[acr].add(i)
            for k in sorted(keys):
                j = owner.setdefault(k, i)
                if root(j) != root(i):
                    why.setdefault(i, (j, "name.same", f"name {n!r} matches {records[j].label!r}"))
                    parent[root(i)] = root(j)
    for i, r in enumerate(records):  # a one-word capitalised name against the acronyms
        for n in (r.label, *r.aliases):
            if " " not in n.strip() and n.isupper() and len(n) >= 2:
                roots = {root(j) for j in acronyms.get("acr:" + n.lower(), ())} - {root(i)}
                if len(roots) == 1:
                    j = next(iter(roots))
                    why.setdefault(i, (j, "name.acronym", f"{n!r} is the acronym of {records[j].label!r}"))
                    parent[root(i)] = j
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(records)):
        groups[root(i)].append(i)
    clusters = []
    for members in groups.values():
        c = Cluster(records[members[0]], frozenset())
        for i in members[1:]:
            rule, reason = why.get(i, (None, "name.same", "same name as another member"))[1:]
            c.add(records[i], rule, reason)
        clusters.append(c)
    return clusters


def resolve(records: list[Record]) -> list[Cluster]:
    """Clusters of records that are one real-world entity, in a stable order."""
    by_type = defaultdict(list)
    for r in sorted(records, key=lambda r: (r.doc, r.iri)):
        by_type[r.type].append(r)
    clusters = []
    for kind in sorted(by_type):
        clusters += _people(by_type[kind]) if kind == "Person" else _named(by_type[kind])
    return clusters


def canonical_label(c: Cluster, kind: str) -> str:
    """The fullest name for a person, else the most used label."""
    counts = Counter(m.label for m in c.members)
    if kind == "Person":
        return max(counts, key=lambda n: (len(words(n)), counts[n], n))
    return max(counts, key=lambda n: (counts[n], len(n), n))


def _nt(term) -> str:
    if isinstance(term, Literal):
        text = str(term).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
        return f'"{text}"'
    return f"<{term}>"


class Resolution:
    """The canonical entities of a corpus, written as the named graph
    <{base}graph/entities> one line at a time (it grows with the corpus)."""

    def __init__(self, records: list[Record], base: str = DEFAULT_BASE):
        self.clusters = resolve(records)
        self.base = base
        self.iri = entities_graph_iri(base)

    def __len__(self) -> int:
        return len(self.clusters)

    def triples(self) -> Iterator[tuple]:
        used: dict[str, set[str]] = defaultdict(set)  # slugs taken, by kind
        for c in self.clusters:
            kind = c.members[0].type
            label = canonical_label(c, kind)
            node = URIRef(f"{self.base}{kind.lower()}/{unique_slug(label, used[kind])}")
            yield node, RDF.type, ENTITIES[kind].rdf_class
            yield node, RDFS.label, Literal(label)
            for n in sorted({n for m in c.members for n in (m.label, *m.aliases)} - {label}):
                yield node, SKOS.altLabel, Literal(n)
            for t in sorted(c.titles):
                yield node, KG.knownTitle, Literal(title_case(t))
            for doc in sorted({m.doc for m in c.members}):
                yield URIRef(doc), SCHEMA.mentions, node
            for n, m in enumerate(c.members):
                yield URIRef(m.iri), OWL.sameAs, node
                if m.iri in c.reasons:
                    rule, reason = c.reasons[m.iri]
                    merge = URIRef(f"{node}/merge/{n}")
                    yield merge, RDF.type, KG.EntityMerge
                    yield merge, KG.canonical, node
                    yield merge, KG.member, URIRef(m.iri)
                    yield merge, KG.mergeRule, Literal(rule)
                    yield merge, KG.mergeReason, Literal(reason)

    def lines(self) -> Iterator[bytes]:
        """The triples as N-Triples lines."""
        for s, p, o in self.triples():
            yield f"{_nt(s)} {_nt(p)} {_nt(o)} .\n".encode("utf-8")

    def graph(self) -> Graph:
        g = bind(Graph(identifier=self.iri))
        for t in self.triples():
            g.add(t)
        return g
