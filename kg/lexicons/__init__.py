"""Word lists behind the extractors, read once from lexicons/*.txt."""
from __future__ import annotations

from functools import lru_cache
from importlib.resources import files


@lru_cache(maxsize=None)
def _lines(name: str) -> tuple[str, ...]:
    text = files(__package__).joinpath(f"{name}.txt").read_text("utf-8")
    return tuple(ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))


def words(name: str) -> frozenset[str]:
    """The first column of a lexicon, lowercase."""
    return frozenset(ln.split("\t")[0].lower() for ln in _lines(name))


def _title_heads() -> tuple[frozenset[str], frozenset[str]]:
    heads, public = set(), set()
    for ln in _lines("title_heads"):
        word = ln.removesuffix(" public")
        heads.add(word)
        if word != ln:
            public.add(word)
    return frozenset(heads), frozenset(public)


TITLE_HEADS, PUBLIC_OFFICES = _title_heads()
TITLE_SINGLE_HEADS = frozenset(h.split()[-1] for h in TITLE_HEADS)
TITLE_MODIFIERS = words("title_modifiers")
TITLE_ABBREVIATIONS = dict(ln.split("\t") for ln in _lines("title_abbreviations"))
HONORIFICS = words("honorifics")
PLEDGE_VERBS = words("pledge_verbs")
PLEDGE_NOUNS = words("pledge_nouns")
STATEMENT_VERBS = words("statement_verbs")
EVENT_HEADS = words("event_heads")
ORG_HEADS = words("org_heads")
DESIGNATORS = words("designators")
COMPANY_DESIGNATORS = frozenset(ln.lower() for ln in _lines("designators") if "\t" not in ln)
def _countries() -> tuple[dict[str, str], dict[str, str]]:
    """Country by any of its names, and by demonym (all lowercase keys)."""
    names, demonyms = {}, {}
    for ln in _lines("countries"):
        country, others, dems = (ln.split("\t") + ["", ""])[:3]
        for n in [country] + [o for o in others.split(",") if o]:
            names[n.lower()] = country
        for d in dems.split(","):
            if d:
                demonyms[d.lower()] = country
    return names, demonyms


COUNTRY_NAMES, DEMONYMS = _countries()
FORMER = frozenset({"former", "ex", "then", "outgoing"})
