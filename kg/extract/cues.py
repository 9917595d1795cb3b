"""Token-level cues the rules share: title words, capitals, possessives, head nouns."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ..lexicons import LEX

POSSESSIVE = {"'s", "’s", "'", "’"}


def is_title_word(tok: Token) -> bool:
    low = tok.lower_
    return low in LEX.title_single_heads or low in LEX.title_modifiers or low in LEX.title_abbreviations \
        or low in LEX.title_head_words


def is_title_head(tok: Token) -> bool:
    return tok.lower_ in LEX.title_single_heads or tok.lower_ in LEX.title_abbreviations


def is_cap(tok: Token) -> bool:
    return tok.text[:1].isupper() and any(c.isalpha() for c in tok.text)


def title_runs(doc: Doc) -> set[int]:
    """Token indices of capitalised title phrases ("Deputy Party Chief"), found once per
    Doc (mentions, joins and post rules all ask)."""
    marked = doc.user_data.get("kg.title_runs")
    if marked is None:
        marked = doc.user_data["kg.title_runs"] = _title_runs(doc)
    return marked


def _title_runs(doc: Doc) -> set[int]:
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
            j = portfolio_end(doc, j, any(doc[k].lower_ in ("for", "of") for k in range(i, j)))
            marked.update(range(i, j))
        i = max(j, i + 1)
    return marked


NOT_PORTFOLIO = ("GPE", "LOC", "PERSON", "NORP", "DATE", "CARDINAL")


def portfolio_end(doc: Doc, j: int, begun: bool = False) -> int:
    """After a title, "for Water and Sanitation" or "of Foreign Affairs and Trade": the
    capitalised words of its portfolio (not a place, person or organization); `begun`
    when the title's run already took the first of them."""
    if not begun and (j + 1 >= len(doc) or doc[j].lower_ not in ("for", "of") or not is_cap(doc[j + 1])):
        return j
    start = j - 1 if begun else j
    k, joined = (j if begun else j + 1), False
    while k < len(doc):
        word = is_cap(doc[k]) and doc[k].is_alpha and doc[k].ent_type_ not in NOT_PORTFOLIO \
            and doc[k].lower_ not in LEX.honorifics and (doc[k].ent_type_ != "ORG" or is_title_word(doc[k]))
        link = doc[k].lower_ in ("and", "&") or (doc[k].text == "," and not joined)
        if not (word or (link and k + 1 < len(doc) and is_cap(doc[k + 1]))):
            break
        joined = joined or doc[k].lower_ in ("and", "&")
        k += 1
    name = doc[start + 1:k]
    if name.ents and name.ents[0].label_ == "ORG" and head_type(doc[k - 1]) == "Organization":
        return j  # "Chairman of the Acme Bank": where the post is held
    while k > j and (not doc[k - 1].is_alpha or doc[k - 1].lower_ in ("and", "for", "of")):
        k -= 1
    return max(k, j)


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
