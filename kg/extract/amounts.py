"""Amounts of money in text: "$5 million", "£80m", "HK$2.5bn", "2 billion euros",
"USD 700 million", "Sh1 billion", each with its ISO 4217 currency."""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span, Token

from ..lexicons import LEX

NUMBER = re.compile(r"(\d[\d,]*(?:\.\d+)?)(?:\s*-\s*|\s*)([A-Za-z]+)?")  # "$20-million" too


@lru_cache(maxsize=1)
def iso_codes() -> frozenset[str]:
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.currencies)


@lru_cache(maxsize=1)
def currency_names() -> frozenset[str]:
    """The ISO 4217 currencies' names, lower case ("kenyan shilling", "us dollar")."""
    import pycountry

    return frozenset(c.name.lower() for c in pycountry.currencies)


def is_currency_name(text: str) -> bool:
    """"Kenyan Shilling", "the Nigerian naira", "US dollars": a currency's name, no entity's
    (a demonym or a country's short name, then a currency's word)."""
    low = text.lower().removeprefix("the ")
    words = low.split()
    if low in currency_names() or low.removesuffix("s") in currency_names():
        return True
    return len(words) == 2 and (words[0] in LEX.demonyms or words[0] in ("us", "u.s.", "hong", "new")) \
        and LEX.currencies.get(words[1].removesuffix("s")) is not None


def is_currency_code(text: str) -> bool:
    """A currency's symbol or abbreviation ("Rs", "Ksh") or ISO 4217 code ("USD")."""
    return text in LEX.currencies or text in iso_codes()


def currency_of(prefix: str, words: list[str]) -> str | None:
    """The currency a symbol before the number ("HK$", "Sh", "USD") or a word after it
    ("euros", "naira") names."""
    prefix = prefix.strip()
    if prefix in LEX.currencies:
        return LEX.currencies[prefix]
    if prefix.upper() in iso_codes() and prefix.isupper():
        return prefix
    for w in words:
        for form in (w, w.lower(), w.lower().removesuffix("s")):
            if form in iso_codes() and w.isupper():
                return form
            if form in LEX.currencies and form.isalpha() and form.islower():
                return LEX.currencies[form]
    return None


def parse_amount(text: str) -> tuple[float, str | None] | None:
    """"£80m" -> (80000000.0, "GBP"); None without a number."""
    m = NUMBER.search(text)
    if not m:
        return None
    value = float(m.group(1).replace(",", ""))
    after = text[m.end(1):].split()
    scale = (m.group(2) or (after[0] if after else "")).lower().lstrip("-")  # "$50-million"
    if scale in LEX.scales:
        value *= LEX.scales[scale]
    return value, currency_of(text[:m.start()], re.findall(r"[A-Za-z]+", text[m.end(1):]))


def money(toks: list[Token]) -> tuple[float | None, str | None]:
    """The first amount among the tokens: a MONEY entity, or a number NER left bare next
    to a currency ("2 billion euros", "Sh1 billion")."""
    for span in amount_spans(toks):
        parsed = parse_amount(span.text)
        if parsed and (parsed[1] or span.label_ == "MONEY"):
            return parsed
    return None, None


GLUED = re.compile(r"([A-Za-z]{1,3}\$?)\.?\d[\d,]*(?:\.\d+)?")  # "Rs.350", "NZ$16.5"
SCALED = re.compile(GLUED.pattern + r"(?:bn|b|m|mn|k|tn|trn|million|billion|trillion)")  # "Shs25b", "N2.3bn",
# "N200billion": a glued amount and its scale


def scaled_amount(text: str) -> bool:
    """"Shs25b", "N2.3bn", "R20m": an amount written as one word, its currency and scale glued on."""
    m = SCALED.fullmatch(text)
    return m is not None and is_currency_code(m[1])


def glued_currency(tok: Token) -> bool:
    """"Rs.350", "Sh1 billion", "USD150,000", "NZ$16.5 million": a currency symbol or ISO code the tokenizer left
    on the number (a one-letter one only before a scale word: not "N95 masks")."""
    m = GLUED.fullmatch(tok.text)
    scaled = tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ in LEX.scales
    return m is not None and is_currency_code(m[1]) and (len(m[1]) > 1 or scaled)


def amount_spans(toks: list[Token]) -> list[Span]:
    """MONEY and CARDINAL entities starting among the tokens, widened by a currency
    symbol before and a scale or currency word after."""
    out = []
    for t in toks:
        glued = glued_currency(t)
        bare = (t.like_num and t.ent_type_ not in ("MONEY", "CARDINAL") and t.i  # "$50-million", "Rs 350 billion",
                and (t.nbor(-1).is_currency or is_currency_code(t.nbor(-1).text))) or glued  # "USD 500 million"
        if not bare and (t.ent_iob_ != "B" or t.ent_type_ not in ("MONEY", "CARDINAL")):
            continue
        doc, start, end = t.doc, t.i, t.i + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        if start and (doc[start - 1].is_currency or is_currency_code(doc[start - 1].text)) and not glued:
            start -= 1
        if end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in LEX.scales:
            end += 1  # "$50-million"
        if end < len(doc) and (doc[end].lower_ in LEX.scales or currency_of("", [doc[end].text])):
            end += 1
        out.append(Span(doc, start, end, label=t.ent_type_))
    return out
