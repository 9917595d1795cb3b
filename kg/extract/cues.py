"""Token-level cues the rules share: title words, capitals, possessives, head nouns."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ..lexicons import LEX

POSSESSIVE = {"'s", "’s", "'", "’"}


def is_title_word(tok: Token) -> bool:
    low = tok.lower_
    return low in LEX.title_single_heads or low in LEX.title_modifiers or low in LEX.title_abbreviations


def is_title_head(tok: Token) -> bool:
    return tok.lower_ in LEX.title_single_heads or tok.lower_ in LEX.title_abbreviations


def is_cap(tok: Token) -> bool:
    return tok.text[:1].isupper() and any(c.isalpha() for c in tok.text)


def title_runs(doc: Doc) -> set[int]:
    """Token indices of capitalised title phrases ("Deputy Party Chief")."""
    marked: set[int] = set()
    i = 0
    while i < len(doc):
        j = i
        while j < len(doc) and is_title_word(doc[j]) and (is_cap(doc[j]) or doc[j].is_upper):
            j += 1
            # "Secretary for Security", "Minister of Finance": a portfolio joined by for/of
            if (j > i and j + 1 < len(doc) and doc[j].lower_ in ("for", "of") and is_title_word(doc[j + 1])
                    and is_cap(doc[j + 1])):
                j += 1
        if j > i and any(is_title_head(doc[k]) for k in range(i, j)):
            marked.update(range(i, j))
        i = max(j, i + 1)
    return marked


def head_type(last_token: Token) -> str | None:
    """The type a name's last word gives it: "... Expo" an event, "... Council" an organization."""
    last = last_token.lower_
    if last in LEX.event_heads:
        return "Event"
    if last in LEX.org_heads:
        return "Organization"
    if last in LEX.place_heads:
        return "Place"
    return None


def title_then_person(doc: Doc, i: int) -> bool:
    """A title in any case from token i, then a person's name ("chief executive Jane Roe")."""
    j = i
    while j < len(doc) and is_title_word(doc[j]):
        j += 1
    return j > i and is_title_head(doc[j - 1]) and j < len(doc) and doc[j].ent_type_ == "PERSON"
