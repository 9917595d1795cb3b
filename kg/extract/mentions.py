"""Find the names in a parsed Doc: spaCy's NER, corrected by general rules."""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..lexicons import LEX
from .cues import (after_name_letters, municipality_of, BOARD_KINDS, LEGISLATURE_NAMES, COMPASS, PLACE_OFFICES, DASHES, PORTFOLIO_WORDS, POSSESSIVE, TITLE_LEADS, after_envoys_post, given_sultan, head_type, honorific_pair, is_cap, is_title_head, is_title_word, names_a_road, seat_for,
                   polity_plural, speaks, title_initials, title_of_plural, title_runs, title_then_person)
from .amounts import glued_currency, is_currency_code, is_currency_name, iso_codes, scaled_amount
from .layout import ticker_after, title_case
from .gazetteer import adjectives, capital_of, country_code, country_last_words, is_city, is_first_name, is_given_name, is_place_name, is_region, is_subdivision, \
    is_world_region, us_state_of_code
from .nlp import line_at, line_span, lower_words, opens_name, span_text, text_of_doc, tokens, whole_word
from .types import BODY_EVIDENCE, NOUN_ENDINGS, fix_types, listed_body, type_unknown_names

NER_TYPES = {"PERSON": "Person", "ORG": "Organization", "GPE": "Place", "LOC": "Place",
             "FAC": "Place", "EVENT": "Event", "NORP": "Group"}
JUNK = re.compile(r"[@#]|www\.|https?:|\.(com|org|net)\b", re.I)
FUNCTION_WORDS = ("SCONJ", "ADP", "CCONJ", "ADV", "DET", "PRON", "AUX", "PART")
CONNECTORS = {"and", "&", "-", "/", "of", "for"}


@dataclass
class Mention:
    """A name in the text: tokens [start, end) of the Doc and its coarse type."""

    start: int
    end: int
    type: str  # Person | Organization | Place | Event | Group | Unknown
    rule: str
    honorific: str = ""
    nested: bool = False
    government: bool = False

    def span(self, doc: Doc) -> Span:
        """doc[start:end], made once (start and end never change; the type rules ask often)."""
        cached = self.__dict__.get("_span")
        if cached is not None and cached.doc is doc:
            return cached
        span = Span(doc, self.start, self.end) if 0 <= self.start <= self.end <= len(doc) else doc[self.start:self.end]
        self.__dict__["_span"] = span
        return span


CREDIT_MARKS = frozenset({"PIC", "PICS", "PHOTO", "PHOTOS", "Pic", "Photo", "IMAGE", "Image"})  # "X PIC: Y", a credit's


def _trim(doc: Doc, start: int, end: int, titles: frozenset[int] = frozenset()) -> tuple[int, int, str]:
    """Drop determiners, titles, honorifics, possessives and punctuation at the edges;
    return the honorifics ("Tengku Datuk Seri") too."""
    toks = tokens(doc)
    honorifics = []
    named_body = any(head_type(t) for t in toks[start:end])  # "Excellency Hotel", "Shri Ram College": not a person's
    while start < end - 1 and not _honorific_place(doc, start) and not (
            named_body and toks[start].lower_ in LEX.honorifics and toks[start].lower_ not in FIRMS_STYLES) \
            and not _title_named_after(doc, start, end) and (
            toks[start].lower_ in {"the", "a", "an", "of"} or toks[start].is_punct
                               or toks[start].lower_ in LEX.honorifics or start in titles
                               or (toks[start].lower_ in ("said", "says") and toks[start].is_sent_start
                                   and is_title_word(toks[start + 1]))  # "Said Trade Minister X:", inverted
                               or (start - 1 in titles and ROMAN.fullmatch(toks[start].text))  # "Minister [II] X"
                               or (toks[start].lower_.endswith("s") and is_cap(toks[start]) and end - start > 2
                                   and toks[start].lower_[:-1] in LEX.title_single_heads)):  # "Governors A B"
        if toks[start].lower_ in LEX.honorifics:
            honorifics.append(toks[start].text)
        elif start in titles:  # "Chair Mira Tan": the title is not part of the name
            honorifics = []
        start += 1
    honorific = " ".join(honorifics)
    for k in range(start + 1, end - 1):  # "the Ada Obi-led government": the name is Ada Obi's
        if toks[k].text == "-" and toks[k + 1].lower_ in LEX.compound_participles:
            end = k
            break
    while end > start and (toks[end - 1].text in POSSESSIVE or toks[end - 1].is_punct
                           or toks[end - 1].is_space or toks[end - 1].lower_ in ("to", "of", "in", "and", "the", "for")
                           or (toks[end - 1].lower_ in LEX.honorifics and end - start > 1)):
        end -= 1  # "[Health Center III to]": a name ends in no function word; "[Kessly MP Datuk]" in no honorific
    return start, end, honorific




def _person_inside(doc: Doc, start: int, end: int, titles: set[int]) -> tuple[int, int]:
    """"[Ada Obi’s Government]", "[Lib Dem Councillor Tom Hale]": NER's person
    ends at a possessive, and starts after a title that words no first name stand before."""
    toks = tokens(doc)
    end = next((k for k in range(start + 1, end - 1) if toks[k].text in POSSESSIVE), end)
    k = next((k for k in range(end - 2, start, -1) if k in titles and is_title_head(toks[k])), None)
    if k is not None and not is_given_name(toks[start].text) and all(
            t.is_title and t.is_alpha and not is_title_word(t) for t in toks[k + 1:end]):
        start = k + 1
    return start, end


def _after_portfolio(doc: Doc, start: int, end: int) -> int:
    """"Minister of Lands and [Urban Development Ada Obi]": NER's person starts after the
    portfolio's last words, when a given name follows them."""
    toks = tokens(doc)
    if start > 2 and toks[start - 1].lower_ in ("and", "&") and not is_given_name(toks[start].text) \
            and any(is_title_head(toks[k]) and not toks[k].is_lower for k in range(max(0, start - 9), start - 1)):
        given = next((k for k in range(start + 1, end - 1) if is_given_name(toks[k].text)), None)
        if given is not None and not any(is_given_name(t.text) for t in toks[start:given]):
            return given
    return start


def _title_named_after(doc: Doc, start: int, end: int) -> bool:
    """"Foreign Minister [Amir Abdullahian]": a ruler's title that is a given name too, right
    after another title's head and before a lone surname, is the given name."""
    toks = tokens(doc)
    return end - start == 2 and start > 0 and toks[start].lower_ in GIVEN_TITLES and toks[start - 1].lower_ in MINISTERS


MINISTERS = frozenset({"minister", "secretary", "ambassador", "envoy", "spokesman", "spokesperson", "adviser"})
# a cabinet's titles (not "Governor Emir X", "Commander Emir X": a ruler's or a rank's stack)


GIVEN_TITLES = frozenset({"amir", "emir"})  # titles that are given names too (not a prince's or a king's style)


def _honorific_place(doc: Doc, i: int) -> bool:
    """"in Prince Albert", "the mayor of Prince Albert", "Prince Albert Carlton MLA X",
    "Prince George Hospital": a place a gazetteer knows whose name opens with a title word,
    where the text uses it as a place (after "in" or an office's "of", or before a title or a
    building) here or in another of its mentions; not "Prince Albert II", "a photograph of
    Prince George"."""
    places = doc.user_data.get("kg.honorific_places")
    if places is None:  # the names used as a place by where they stand, not by a building named after them
        places = doc.user_data["kg.honorific_places"] = {doc[k:k + 2].text for k, t in enumerate(tokens(doc)[:-1])
                                                         if t.is_title and _honorific_place_here(doc, k, buildings=False)}
    return _honorific_place_here(doc, i) or bool(places) and _honorific_place_word(doc, i) and doc[i:i + 2].text in places


def _honorific_place_word(doc: Doc, i: int) -> bool:
    tok = tokens(doc)[i]
    return tok.is_title and (tok.lower_ in LEX.honorifics or is_title_word(tok)) and i + 2 <= len(doc) \
        and is_place_name(doc[i:i + 2].text)


def _honorific_place_here(doc: Doc, i: int, buildings: bool = True) -> bool:
    toks = tokens(doc)
    if not _honorific_place_word(doc, i):
        return False
    after = toks[i + 2] if i + 2 < len(doc) else None
    located = i > 1 and (toks[i - 1].lower_ == "in" and not (after is not None and after.text in POSSESSIVE)
                         or toks[i - 1].lower_ == "of" and is_title_word(toks[i - 2]))  # "in", "the mayor of"
    stated = after is not None and after.text == "," and i + 3 < len(doc) and toks[i + 3].is_title and (
        is_region(toks[i + 3].text) or is_region(doc[i + 3:i + 5].text))  # "visited Prince Albert, Saskatchewan"
    return located or stated or any(is_title_word(t) or buildings and (t.lower_ in LEX.buildings or t.lower_ in LEX.place_heads)
                                    for t in doc[i + 2:i + 4])  # not "a photograph of Prince George", "cards to Prince Edward"


MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                    "october", "november", "december"})
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})


SETTLEMENTS = frozenset({"city", "town", "village", "township", "municipality"})


def _named_with_settlement(name: str, place: str) -> bool:
    """"Quezon city", "Mexico city": a city whose name has the word (or a country's or state's
    capital), not "Nagpur city", a city described."""
    return is_city(name.title()) or country_code(place) is not None or is_region(place)


def _name_part(tok: Token, titles: set[int], in_name: bool = False) -> bool:
    """A word that can be part of a personal name: not a title (nor a title's plural,
    "Ministers"), not a head noun of organizations, events or places ("League"); with
    `in_name`, whatever name NER put it in (a product NER saw is a name the type rules may
    type: "chains [Woolworths] and Safeway")."""
    low = tok.lower_
    placed = tok.i + 1 in titles and tok.pos_ in ("ADJ", "NOUN") and is_region(tok.text)  # "[Punjab] Chief Minister"
    tagged = in_name and tok.ent_type_ == "PERSON" and is_given_name(tok.text)  # "Tara", which the tagger calls a determiner
    nation = tok.pos_ == "NOUN" and country_code(tok.text) is not None \
        and tok.dep_ not in ("compound", "amod", "nmod")  # "Barbados has committed", tagged a noun (not "Bermuda shorts")
    return ((tok.pos_ == "PROPN" or placed or tagged or nation) and is_cap(tok) and tok.i not in titles
            and low not in LEX.honorifics and (in_name or tok.ent_type_ in ("", "PERSON", "DATE", "TIME")
                                               or tok.ent_type_ == "PRODUCT" and not tok.is_upper)
            and not (tok.i and tok.nbor(-1).text in "#@") and not (tok.i - 1 in titles and ROMAN.fullmatch(tok.text))
            and (tok.lemma_.lower() not in LEX.title_single_heads and low.removesuffix("s") not in LEX.title_single_heads
                 and not (low.endswith("ies") and low[:-3] + "y" in LEX.title_single_heads)  # "Secretaries"
                 or given_sultan(tok))
            and (low not in LEX.org_heads or low in LEX.name_only_heads) and low not in LEX.event_heads
            and low not in LEX.place_heads
            and not (tok.ent_type_ == "DATE" and low in MONTHS) and low not in WEEKDAYS  # "Correspondent July 25"
            and not after_name_letters(tok))


def _extend_person(doc: Doc, start: int, end: int, titles: set[int]) -> tuple[int, int]:
    toks = tokens(doc)
    while start > 0 and _name_part(toks[start - 1], titles) and not toks[start - 1].is_sent_start \
            and not (start > 1 and toks[start - 2].lower_ == "the" and is_world_region(toks[start - 1].text)) \
            and toks[start - 1].lower_ != "courtesy":
        start -= 1  # (not "President of the [Americas] Jane Roe", "(Courtesy [Ada Obi])": a photo's credit)
    while start > 1 and toks[start - 1].lower_ in LEX.name_particles and toks[start - 1].is_lower \
            and is_cap(toks[start - 2]) and toks[start - 2].is_alpha and start - 2 not in titles \
            and toks[start - 2].pos_ in ("PROPN", "NOUN"):  # "Reem bint [Ebrahim Al Hashimy]"
        start -= 2
    if start > 1 and start - 2 in titles and _tagged_given_name(doc, start - 1, titles):
        start -= 1  # "TD [Seán] Ruml"
    while end > start and toks[end - 1].lower_ in LEX.name_particles:  # "Anna von der" + "Berg"
        end -= 1
    while end < len(doc):
        t = toks[end]
        particles = end
        while particles < len(doc) and toks[particles].lower_ in LEX.name_particles and toks[particles].is_lower:
            particles += 1
        if particles > end and particles < len(doc) and is_cap(toks[particles]) and toks[particles].is_alpha \
                and particles not in titles:
            end = particles + 1
        elif t.text == "-" and end + 1 < len(doc) and not t.whitespace_ and toks[end + 1].is_alpha \
                and toks[end + 1].lower_ not in LEX.compound_participles:  # not "Imran Khan[-led]"
            end += 2
        elif (_name_part(t, titles) or (t.ent_type_ == "PERSON" and t.is_alpha and end not in titles)
              or _stray_surname(doc, end, titles)) and not _says(t) and not after_name_letters(t) \
                and not (t.text in CREDIT_MARKS and end + 1 < len(doc) and toks[end + 1].text == ":"):
            end += 1
        else:
            break
    suffix = end + (end < len(doc) and toks[end].text == ",")  # "Juan Roe, Jr."
    if suffix < len(doc) and toks[suffix].lower_ in LEX.name_suffixes and toks[suffix].text[:1].isupper():
        end = suffix + 1
    return start, end


TITLE_SURNAMES = frozenset({"king", "prince", "bishop", "judge", "major", "marshal", "dean", "chancellor", "sheriff",
                            "pope", "abbott", "baron", "earl", "knight", "mayor", "speaker", "chief", "rector"})


def _stray_surname(doc: Doc, i: int, titles: set[int]) -> bool:
    """"Tara Prasad [Bahinipati]": a one-word name NER called a place or body, straight
    after a person's name, that no gazetteer knows as a place."""
    t = doc[i]
    return t.ent_type_ in ("GPE", "ORG", "LOC") and t.ent_iob_ == "B" and (i + 1 == len(doc) or doc[i + 1].ent_iob_ != "I") \
        and t.pos_ == "PROPN" and t.is_title and t.is_alpha and i not in titles and not is_place_name(t.text) \
        and t.lower_ not in LEX.org_heads and not country_code(t.text)


PEOPLE = frozenset({"people", "women", "men", "children"})  # plurals written with "'s": "Women's Union"
CURRENCY_CODE = re.compile(r"([A-Z]{3})([\d.,]*)")
ROMAN = re.compile(r"[IVX]{2,5}")
CLOCK = re.compile(r"\d{1,2}[:.]\d\d|\d{1,2}[ap]\.?m\.?")


def _clock(doc: Doc, i: int) -> bool:
    """Whether token i ends a time of day: "10:30", "9pm", "9 a.m."."""
    toks = tokens(doc)
    low = toks[i].lower_
    return bool(CLOCK.fullmatch(low)) or (low in ("am", "pm", "a.m.", "p.m.") and i > 0 and toks[i - 1].like_num)


def _before_titles(doc: Doc, start: int, end: int, titles: set[int]) -> int:
    """Where the title words ending a name from `start` to `end` begin; the word "State"
    naming the state before it is the name's ("[Taraba State] Governor")."""
    toks = tokens(doc)
    k = end
    while k > start and k - 1 in titles and not _state_named(doc, start, k - 1):
        k -= 1
    return end if k > start and toks[k - 1].lower_ in ("of", "for", "the") else k  # "[Department of Commerce]
    # Secretary": the title's portfolio is the name's object


def _state_named(doc: Doc, start: int, k: int) -> bool:
    """"Taraba State", "Lincoln County": the word "State" naming the state before it, or
    "County", "District", "City" ending the capitalised name before it, not a title's."""
    toks = tokens(doc)
    if k <= start or not toks[k].is_title:
        return False
    if toks[k].text == "State":
        return is_subdivision(doc[start:k].text)
    return toks[k].lower_ in LEX.place_designators and k + 1 < len(toks) and is_title_word(toks[k + 1]) and all(
        is_cap(t) and t.is_alpha and not is_title_word(t) for t in toks[start:k])  # not "[Cook County Health] CEO"


def _dash_pieces(doc: Doc):
    """NER's names, split at a spaced dash ("[Villa Maria] – [Sembabule] road": two places)."""
    toks = tokens(doc)
    for ent in doc.ents:
        cuts = [i for i in range(ent.start + 1, ent.end - 1)
                if toks[i].text in DASHES and toks[i - 1].whitespace_ and toks[i].whitespace_]
        for a, b in zip([ent.start] + [c + 1 for c in cuts], cuts + [ent.end]):
            yield ent if not cuts else Span(doc, a, b, label=ent.label_)


BILL = re.compile(r"(?:[HS]\.?[BFR]\.?|AB|LB|LD|[HS]\.?J\.?R\.?)\s?\d{1,5}")  # a US legislature's bill number


def _hyphenated_capital(toks: list, k: int) -> bool:
    """"Co-operative" at token k: a capitalised word, an unspaced hyphen and a word, written as one."""
    return is_cap(toks[k]) and toks[k].is_alpha and toks[k + 1].text == "-" and toks[k + 2].is_alpha \
        and not toks[k].whitespace_ and not toks[k + 1].whitespace_ and toks[k + 2].whitespace_ == " " \
        and not toks[k + 2].lower_.endswith(("ed", "ing")) and not toks[k].ent_type_ \
        and not is_place_name(toks[k].text)  # not "London-based", "Kremlin-backed", "Hale-appointed"


def _ner_mentions(doc: Doc, titles: set[int]) -> list[Mention]:
    toks = tokens(doc)
    out = []
    for ent in _dash_pieces(doc):
        kind = NER_TYPES.get(ent.label_)
        if not kind or JUNK.search(ent.text) or JUNK.search(toks[max(ent.start - 1, 0)].text):
            continue
        start, end, honorific = _trim(doc, ent.start, ent.end, titles)
        end = next((k + 1 for k in range(start, end - 1) if ticker_after(doc, k + 1)), end)  # "[LG] 066570.KS and
        # SK Hynix": a name ends at its stock's code, blanked before NER read on
        if end - start > 1 and toks[start].lower_ == "new" and end < len(doc) and (
                is_title_head(toks[end]) or toks[end].lower_ == "boss") and not is_place_name(span_text(doc, start, end)) \
                and _written_without(doc, start + 1, end, "new"):
            start += 1  # "[New] Acme boss Ada Obi": the post is new, not the body (not "New Kessly Party leader X" when
            # the text never writes "Kessly Party" alone, nor "New Zealand", "New Jersey Governor")
        if end - start == 1 and (after_name_letters(toks[start]) or start > 1 and toks[start - 1].text == ","
                                 and after_name_letters(toks[start], 2)):
            continue  # "Ada Obi [AO]", "Ada Obi, [OFR]": an honour's letters, no body
        while end - start > 1 and after_name_letters(toks[end - 1]) and (
                kind == "Person" or is_given_name(toks[start].text) or start and toks[start - 1].lower_ in LEX.honorifics):
            end -= 1  # "Dr [Ada Obi] AO", whatever NER took it for
        if kind == "Person":
            start, end = _person_inside(doc, start, end, titles)
        elif any(k in titles for k in range(start, end)) and all(
                k in titles or toks[k].text == "-" or is_title_word(toks[k]) for k in range(start, end)):
            continue  # "The [Inspector-General of Police] (IGP), Mr X": a title NER took for a body
        if start and _honorific_place(doc, start - 1):  # "[Prince] [Albert Carlton] MLA X": the place's first word
            titled = any(k in titles for k in range(start, end))  # "[Prince Albert Carlton MLA Joe Hargrave]": split below
            start, honorific = start - 1, ""
            kind = kind if titled or kind == "Organization" and end - start > 2 else "Place"
        elif _honorific_place(doc, start) and not any(k in titles for k in range(start + 2, end)):
            kind = "Place"  # "visited [Prince Albert], Saskatchewan": kept whole by _trim, a place
        if not honorific and start and NER_TYPES.get(ent.label_) == "Person" and (
                toks[start - 1].lower_ in LEX.honorifics or toks[start - 1].lower_ in ROYAL and toks[start - 1].is_title):
            honorific = toks[start - 1].text  # "[Sheikh] Sabah al-Sabah", "[King] Abdullah II": a name it is written with
        rule = "ner"
        if kind == "Organization" and toks[start].lower_ in LEX.org_heads and start > 2 \
                and _hyphenated_capital(toks, start - 3):
            start, rule = start - 3, "ner-hyphenated-org"  # "[Co-operative] Group", "[Co-operative] Bank"
        if all(toks[k].lower_ in LEX.honorifics for k in range(start, end)) or end - start == 1 and start \
                and honorific_pair(toks[start - 1].text, toks[start].text):
            continue  # "[Brig.] Gen. Ada Obi": a rank, no name; "[Dato Sri]": an honorific of two words
        if kind == "Event" and all(toks[k].like_num or toks[k].lower_ in MONTHS for k in range(start, end)):
            continue  # "[February 11] General Election": a date NER took for the event
        regnal = toks[start].lower_ in ROYAL and bool(ROMAN.fullmatch(toks[end - 1].text)) and end - start <= 4 \
            and all(t.is_title and t.is_alpha for t in toks[start + 1:end - 1])  # "[King] Tupou VI"
        titled = kind in ("Organization", "Place") and end - start > 2 and is_title_head(toks[start]) \
            and toks[start].is_title and (is_given_name(toks[start + 1].text) and _bare_name(doc, start + 1, end) or regnal)
        start += titled  # "[Bishop] Ada Obi"
        kind = "Person" if titled and regnal else kind
        if kind == "Organization" and end - start == 1 and start and is_title_word(toks[start - 1]) \
                and is_given_name(toks[start].text) and end < len(doc) and _bare_capital(toks[end], titles):
            end, kind, rule = end + 1, "Person", "ner-given-name-person"  # "chief executive [Nicola] Roe"
        after_title = start > ent.start and start - 1 in titles and end - start <= 3 and all(
            t.is_title and t.is_alpha and t.lower_ not in LEX.org_heads for t in doc[start:end]) \
            and (toks[start - 1].lower_ in LEX.title_abbreviations  # "[Cllr Roe]" as one name
                 or not is_place_name(doc[start:end].text))
        if kind in ("Organization", "Place") and (after_title or _bare_name(doc, start, end) and (
                titled or honorific.split()[-1:] and honorific.split()[-1].lower() in PERSONAL)):
            kind, rule = "Person", "ner-honorific-person"  # "Prof Ada Obi", NER's organization
        if kind == "Group" and is_region(doc[start:end].text) and doc[start:end].text.lower() not in LEX.demonyms:
            kind, rule = "Place", "ner-group-place"  # "Gujarat Chief Minister X", tagged as a people
        first_title = end - 1
        while first_title > start and first_title - 1 in titles:
            first_title -= 1
        object_of = toks[first_title - 1].lower_ in ("of", "the")  # "Office of the President": one name
        portfolio = not is_title_head(toks[end - 1]) and any(toks[k].lower_ == "of" and not is_place_name(
            doc[k + 1:end - 1].text) for k in range(start + 1, end - 1))  # not "[Government of Canada] Finance Minister"
        # "[Department of Economic Development] Commissioner": the portfolio ends the body's name
        if end - 1 in titles and end - 1 > start and start not in titles and not object_of and not portfolio:
            k = _before_titles(doc, start, end, titles)
            if kind != "Person":
                end, rule = k, "ner-before-title"  # "[Bank of England] Governor" as one name
            elif is_region(doc[start:k].text) or is_city(doc[start:k].text) and not is_given_name(toks[start].text):
                # "[Gombe State] Governor", "[Busan] Mayor": NER's person is a place (not "[Ali] King")
                end, kind, rule = k, "Place", "ner-before-title"
            elif k < len(doc) and toks[k].is_upper and not is_given_name(toks[start].text):  # "[Kessly Party] MP": NER's person,
                end, kind, rule = k, _qualifier_type(doc, k, titles), "ner-before-title"  # a party
            elif k < len(doc) and toks[k].is_upper and end - k == 1:  # "[Ada Obi] MP said": the post after the name
                end = k
            elif k - start > 1 and toks[k - 1].lower_ in LEX.divisions and not is_given_name(toks[start].text):
                end, kind, rule = k, "Place", "ner-before-title"  # "[Lufwanyama District] Commissioner X": a district
            elif k > start and not is_given_name(toks[start].text) and end < len(doc) and toks[end].ent_type_ == "PERSON" \
                    and not is_place_name(doc[start:k].text):  # "[Lib Dem Councillor] Ada Obi": NER's person is
                end, kind, rule = k, _qualifier_type(doc, k, titles), "ner-before-title"  # the title's qualifier
        if kind == "Organization" and end - start == 1 and end < len(doc) and toks[end].lower_ in LEX.portfolio_titles \
                and toks[start].is_title and toks[start].is_alpha and toks[start].lower_ not in LEX.org_heads and not (
                is_place_name(toks[start].text) or country_code(toks[start].text)):
            continue  # "[Drought] Minister": a portfolio NER took for a name
        if kind == "Organization" and _portfolio_of_words(doc, start, end):
            continue  # "[Social Protection] Minister": a portfolio of two words
        if kind != "Person" and end < len(doc) and end in titles and not portfolio:  # "[Ruritania Finance] Minister"
            end, rule = _before_titles(doc, start, end, titles), "ner-before-title"  # NER's type: a weak guess
        if kind != "Person" and end + 1 < len(doc) and toks[end].lower_ == "police" and is_cap(toks[end]) \
                and end + 1 in titles and is_title_head(toks[end + 1]):
            end, kind, rule = end + 1, "Organization", "ner-police-before-title"  # "[Northumbria Police] Chief
            # Constable X": the force, then the post
        connectors = end
        while end > start and toks[end - 1].lower_ in (",", "and", "&"):
            end -= 1
        if rule == "ner-before-title" and end - start > 1 and toks[end - 1].text in POSSESSIVE:
            end -= 1
            connectors = end  # "[Japan’s] Foreign Affairs Minister": the owner, before the title
        if end < connectors and rule == "ner-before-title":
            continue  # "[Investment, Trade and] Industry Minister": portfolio words of the title
        if rule == "ner-before-title" and kind == "Organization" and _qualifier_type(doc, end, titles) == "Place" \
                and not any(toks[k].lower_ in LEX.org_heads or toks[k].lower_ in LEX.designators for k in range(start, end)):
            kind = "Place"  # "[Eastmoor] Mayor", but "[Bank of Eastmoor] Governor"
        if kind == "Organization" and end - start > 1 and toks[end - 1].is_lower \
                and describes(toks[end - 1]):
            while end - start > 1 and toks[end - 1].is_lower:
                end -= 1  # "a [Kessly Holdings] company", "the [Tamil Tigers] rebel group": the name, described
        if kind == "Place" and end - start > 1 and toks[end - 1].lower_ in SETTLEMENTS and toks[end - 1].is_lower \
                and not _named_with_settlement(doc[start:end].text, doc[start:end - 1].text):
            end, rule = end - 1, "settlement-noun"  # "[Nagpur] city", "[Chananwala] village": the place, described
        if start >= end or all(i in titles for i in range(start, end)):
            continue
        if rule == "ner-before-title" and kind == "Organization" and toks[start].lower_ == "union" \
                and end - start > 1 and end < len(doc) and is_title_head(toks[end]) and toks[end].lower_ in (
                    "minister", "secretary") and not any(toks[k].lower_ in LEX.org_heads or is_place_name(toks[k].text)
                                                         or is_world_region(toks[k].text) for k in range(start + 1, end)):
            continue  # "[Union Food Processing] Minister X": the union's post and its portfolio, no body's name
        owned = start - 1  # the "'s" of an office's name, which no possessive split cuts
        if (owner := _office_owner(doc, start, end, kind)) is not None:
            start, kind = owner, "Place" if toks[end - 1].lower_ == "house" else \
                ("Organization" if kind == "Person" else kind)  # "the [President's] Media Division"
        if kind in ("Organization", "Person") and (of := _body_of(doc, start, end)):
            end, kind = _portfolio_list_end(doc, start, end, of), "Organization"
        name = span_text(doc, start, end)
        low = name.lower()
        if (low in LEX.demonyms or low.removesuffix("s") in LEX.demonyms or low in LEX.title_descriptors) \
                and not country_code(name):
            continue  # "[Rookie] MLA X", "[Papua New Guineans]" (but "the Philippines")
        if BILL.fullmatch(name) or low in LEX.company_designators:
            continue  # "HB 563", "SB 471": a bill; "[Acme], LLC": its designator, no name
        if "/" in name and (" / " in name or _bracketed(doc, start, end)):
            continue  # "(photo: Ada Obi/Reuters)", "Ada Obi / Global News": a credit (not "the Party/Civic")
        last = next(k for k in range(end - 1, start - 1, -1) if not toks[k].like_num or k == start)
        if toks[last].lower_ in LEX.non_entity_heads and not (
                kind == "Person" and end - start > 1 and is_given_name(toks[start].text)):
            continue  # "the North American Free Trade Agreement", "the Kessly Media Act 2010": a law, no entity of ours
        if any(toks[k].like_num for k in range(start, end)) and any(
                toks[k].lower_ in LEX.scales or toks[k].is_currency for k in range(start, end)):
            continue  # "N36 billion": an amount NER took for a name
        numbered = end < len(doc) and toks[end].like_num or start and (
            toks[start - 1].like_num or toks[start - 1].lower_ in LEX.scales)  # "$7 billion USD"
        if (code := CURRENCY_CODE.fullmatch(name)) and (code[2] or numbered) and is_currency_code(code[1]):
            continue  # "GHC 50,000", "USD810": a currency NER took for a name (not "AMD said")
        if end - start == 1 and toks[start].is_upper and start and _clock(doc, start - 1):
            continue  # "10:30 [IST]", "9 a.m. [GMT]": a time zone
        while kind == "Person" and end - start > 1 and toks[start].pos_ in FUNCTION_WORDS and not (
                toks[start].tag_ == "MD" and toks[start].is_title and start and toks[start - 1].is_lower):  # "leader Will Roe"
            start += 1  # "[Besides] Rao"
        if kind == "Person" and end - start > 1 and toks[start].is_title and toks[start].lower_ in LEX.headline_verbs:
            start, kind, rule = start + 1, "Unknown", "ner-headline-verb"  # "Minister [Supports] Strong Ties"
        if not any(is_cap(toks[i]) for i in range(start, end)):
            continue
        paren = next((i for i in range(start + 1, end) if toks[i].text == "("), None)
        if paren is not None:  # "World Health Organization (WHO": name, then short form
            if paren + 1 < end:
                inner = kind if kind == "Organization" else "Unknown"
                out.append(Mention(paren + 1, end, inner, "ner-bracket-split"))
            end = paren
        inner = next((i for i in range(start + 1, end - 1) if i in titles), None)
        if kind in ("Organization", "Person") and inner is not None:  # "[Rowing Union] President [Ida Varga]"
            after = inner
            while after < end and after in titles:
                after += 1
            person, _, more = _trim(doc, after, end, titles)  # "[Kessly] Governor Datuk [Ada Obi]"
            if after < end and all(_name_part(toks[k], titles, in_name=True) or toks[k].lower_ in LEX.honorifics
                                   or toks[k].lower_ in LEX.name_particles and toks[k].is_lower  # "X bin Y"
                                   for k in range(after, end)):
                qualifier = "Organization" if kind == "Organization" else _qualifier_type(doc, inner, titles)
                if doc[start:inner].text.lower() not in LEX.title_descriptors | LEX.demonyms.keys():  # "[rookie] MLA [X]"
                    out.append(Mention(start, inner, qualifier, "ner-title-split"))
                if toks[person].lower_ not in LEX.honorifics:  # NER may end its span at "Datuk"
                    out.append(Mention(person, _extend_person(doc, person, end, titles)[1], "Person", "ner-title-split", more))
                continue
        if kind == "Organization" and end - start > 2 and is_title_head(toks[start]) and toks[start + 1].lower_ == "of" \
                and is_place_name(doc[start + 2:end].text):
            start, kind, rule = start + 2, "Place", "ner-title-of-place"  # "[Chair of New Zealand]'s group"
        place_end = _place_then_name(doc, start, end, titles) if kind in ("Organization", "Person") else None
        if place_end is not None:  # "Governor of [Lagos] [Ada Obi]"
            out.append(Mention(start, place_end, "Place", "ner-place-name-split"))
            out.append(Mention(place_end, end, "Person", "ner-place-name-split"))
            continue
        if kind in ("Place", "Organization") and (parts := _name_list(doc, start, end)):
            for a, b in parts:  # "[Barbados, Dominica]", "[Bwaka, Buwanga, Mbekete]": a list NER took as one
                named = is_place_name(doc[a:b].text)
                out.append(Mention(a, b, "Place" if named else "Unknown", "ner-list-split"))
            continue
        while kind == "Organization" and (comma := next((i for i in range(start + 1, end - 1) if toks[i].text == ","),
                                                         None)) is not None:
            listed = any(toks[k].lower_ in ("on", "of", "for") for k in range(start, comma)) and any(
                toks[k].lower_ in ("and", "&") for k in range(comma, end)) and not any(
                _body_word(toks[k]) for k in range(comma, end)) and all(  # "Committee on A, B and C",
                toks[k - 1].lower_ in LEX.title_modifiers for k in range(comma + 1, end + 1)  # not "the Bank of
                if k == end or toks[k].text == "," or toks[k].lower_ in ("and", "&"))  # England, Barclays and Lloyds"
            ministry = any(toks[k].lower_ in ("of", "for") and toks[k - 1].lower_ in PORTFOLIO_BODIES
                           for k in range(start + 1, comma)) and any(toks[k].lower_ in ("and", "&") for k in range(comma, end)) \
                and not any(_body_word(toks[k]) or toks[k].ent_type_ in ("GPE", "PERSON") and toks[k].ent_iob_ == "B"
                            for k in range(comma, end))  # "Department for Environment, Food and Rural Affairs"
            if toks[comma + 1].lower_ in LEX.designators or listed or ministry:
                break
            first = doc[start + (toks[start].lower_ == "the"):comma]  # "[the University of Reading], University of X"
            named = head_type(first[-1]) == "Organization" or len(first) > 2 and first[0].lower_ in LEX.org_heads \
                and first[1].lower_ == "of"
            out.append(Mention(start, comma, "Organization" if named else "Unknown", "ner-comma-split"))  # "Duke, ..."
            start = comma + 1
        if kind == "Organization":
            while start > 0 and _bare_capital(toks[start - 1], titles):  # "[KX] Motors"
                start -= 1
        poss = [i for i in range(start + 1, end - 1) if toks[i].text in ("'s", "’s") and i != owned  # not "Workers' Board"
                and not (end - i == 2 and toks[end - 1].lower_ in LEX.org_heads  # "Children's Fund" is one name,
                         and toks[i - 1].lower_ not in LEX.org_heads)  # "the Bank's Board" two
                and toks[i - 1].lower_ not in PEOPLE  # "(Mongolian) People's Revolutionary Party" one
                and not (i - 2 > start and toks[i - 2].lower_ == "for")]  # "Foundation for Children's Health"
        if poss and kind in ("Organization", "Place", "Person"):  # "Bank's Board", "Jordan's Crown Prince X"
            if any(is_cap(toks[k]) for k in range(start, poss[0])):  # not "[today's] Ministerial Council"
                out.append(Mention(start, poss[0], kind if kind == "Organization" else "Unknown", "ner-possessive-split"))
            start, end, more = _trim(doc, poss[0] + 1, end, titles)
            honorific = honorific or more
            if span_text(doc, start, end).lower() in LEX.demonyms:
                continue  # "[Kishida’s] Philippine visit": the rest a demonym, no name
            if start - 1 in titles and kind == "Organization":
                kind, rule = "Person", "ner-name-after-title"
        if kind != "Person" and is_given_name(toks[start].text) and not head_type(toks[end - 1]) and any(
                toks[k].lower_ in LEX.name_particles and toks[k].is_lower for k in range(start + 1, end)):
            kind, rule = "Person", "ner-name-with-particle"  # "[Marina del] Pilar Ávila": a given name, a particle
        if kind == "Person" and end - start > 2 and start - 1 in titles and len(toks[start]) > 2 and toks[start].is_upper \
                and toks[start].is_alpha and all(toks[k].is_title for k in range(start + 1, end)):
            out.append(Mention(start, start + 1, "Organization", "ner-acronym-split"))  # "Chairman [PTA] [Ada Obi]"
            start += 1
            end = _extend_person(doc, start, end, titles)[1]
        elif kind == "Person":
            start, end = _extend_person(doc, start, end, titles)
            start = _after_portfolio(doc, start, end)
            end = next((k for k in range(start + 1, end) if toks[k].is_alpha and toks[k].is_lower and toks[k - 1].whitespace_
                        and toks[k].lower_ not in LEX.name_particles), end)  # "[Bill grace] period": no lower-case word
        if kind == "Person" and end - start > 1 and toks[end - 1].is_title and toks[end - 1].lower_ in LEX.headline_verbs:
            end -= 1  # "President [Ali] Addresses the Gathering": a caption's verb
        if rule == "ner-before-title" and end - start > 1 and toks[end - 1].is_upper and 2 <= len(toks[end - 1]) <= 5 \
                and is_place_name(doc[start:end - 1].text):
            out.append(Mention(start, end - 1, "Place", "ner-place-party-split"))  # "[St. Albert] [NDP] MLA X":
            out.append(Mention(end - 1, end, "Organization", "ner-place-party-split"))  # the place, then the party
            continue
        end += kind == "Organization" and _owns_nothing(doc, end)  # "said [Sainsbury's]."
        if kind == "Person" and end < len(doc) and toks[end].lower_ in SHORT_DESIGNATORS and toks[end].pos_ == "PROPN":
            end, kind, rule = end + 1, "Organization", "ner-designated-company"  # "[Kessly Tomlin] plc": a company
        out.append(Mention(start, end, kind, rule, honorific))
    return out


CLAUSE_ENDS = frozenset({".", ",", ";", ":", "!", "?", "”", '"'})


SHORT_DESIGNATORS = frozenset({"plc", "ltd", "ltd.", "llc", "inc", "inc.", "gmbh", "ag", "bhd", "tbk", "corp", "corp."})
# a company's legal form, which no person's name ends in


def _portfolio_word(tok: Token) -> bool:
    """A word portfolios are named with ("Water", "Resources"), in either number."""
    low = tok.lower_
    return low in LEX.title_modifiers or low + "s" in LEX.title_modifiers or low.removesuffix("s") in LEX.title_modifiers


def _owns_nothing(doc: Doc, end: int) -> bool:
    """"said Sainsbury's.", "Kellogg's has pledged": an "'s" after a body's name that owns
    nothing is part of the name (not "Acme Corp's.", "Acme's (AC) chief")."""
    toks = tokens(doc)
    return 0 < end < len(doc) and toks[end].text in ("'s", "’s") and toks[end - 1].lower_ not in LEX.designators and (
        end + 1 == len(doc) or toks[end + 1].pos_ in ("AUX", "ADP", "PART") or toks[end + 1].text in CLAUSE_ENDS
        or toks[end + 1].tag_ in ("VBD", "VBZ", "VBP", "MD"))  # (not "World Vision's existing funds")


BODIES_OF = frozenset({"ministry", "department", "chamber", "committee", "commission", "bureau", "secretariat",
                       "office", "board", "council", "institute", "federation", "union", "association"})
NOT_PORTFOLIO_WORD = frozenset({"GPE", "NORP", "LOC", "DATE"})


def _bracketed(doc: Doc, start: int, end: int) -> bool:
    """Tokens [start, end) inside brackets that end their line or open a dateline's dash:
    "(Photo: Ada Obi/Reuters)", "DHAKA (The Daily Star/ANN) -"."""
    text = text_of_doc(doc)
    first, last = tokens(doc)[start].idx, tokens(doc)[end - 1].idx
    line_start, line_end = line_span(text, first)
    opened = text.rfind("(", line_start, first)
    closed = text.find(")", last, line_end)
    inside = opened >= 0 and ")" not in text[opened:first] and closed >= 0 and "(" not in text[last:closed]
    rest = text[closed + 1:line_end].strip() if inside else ""
    return inside and (not rest or rest[0] in "-–—:.")  # a caption's or a dateline's credit, not "(AC/DC) played"


PLACE_OPENERS = frozenset({"port", "lake", "cape", "fort", "mount", "new", "san", "santa", "saint", "st", "st.",
                           "el", "la", "los", "las", "puerto", "porto", "north", "south", "east", "west", "great"})


def _office_owner(doc: Doc, start: int, end: int, kind: str) -> int | None:
    """Where a name starts that an office owns: "the President's House", "the Prime
    Minister's Office", "the Governor's Office" (a body or a building named after a post,
    not "the President's wife Ada Obi")."""
    toks = tokens(doc)
    last = toks[end - 1].lower_
    if start < 2 or toks[start - 1].lower_ not in ("'s", "’s") or not is_title_head(toks[start - 2]) \
            or not toks[start - 2].is_title or not (last in LEX.org_heads or last in LEX.place_heads or last == "house"
                                                    or kind not in ("Person", "Unknown")):
        return None
    k = start - 2
    while k > 0 and toks[k - 1].is_title and is_title_word(toks[k - 1]) and start - k < 4:
        k -= 1  # "Prime [Minister's]"
    return k


def _body_of(doc: Doc, start: int, end: int) -> int | None:
    """The "of" (or "for", "on") after a body's head noun in a name: "Ministry [of] Trade"."""
    toks = tokens(doc)
    return next((k + 1 for k in range(start, end - 2) if toks[k].lower_ in BODIES_OF and toks[k].is_title
                 and toks[k + 1].lower_ in ("of", "for", "on") and is_cap(toks[k + 2])), None)


def _body_word(tok: Token) -> bool:
    """A body's head noun that is no portfolio's word: "Bank", not "Energy" ("Trade, Industry and
    Energy") nor "Communications"."""
    return tok.lower_ in LEX.org_heads and tok.lower_ not in LEX.title_modifiers


def _body_after_name(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"[Kansas City Area] Development Council": capitalised words NER left after a place's or
    body's name, up to a body's head noun, make the body's name (not a country's "Government")."""
    toks = tokens(doc)
    covered = {i for m in mentions for i in range(m.start, m.end)}
    out = []
    for m in mentions:
        if m.type not in ("Place", "Organization") or m.rule != "ner":
            continue
        k = m.end
        while k < len(doc) and k - m.end < 4 and k not in covered and is_cap(toks[k]) and toks[k].is_alpha \
                and not toks[k].ent_type_ and toks[k - 1].whitespace_ and "\n" not in toks[k - 1].whitespace_:
            k += 1
        while k > m.end and toks[k - 1].lower_ not in LEX.org_heads:
            k -= 1
        if k > m.end and toks[k - 1].lower_ not in LEX.government_heads:
            out.append(Mention(m.start, k, "Organization", "org-name-extended"))
            m.type = "Unknown"  # no place of its own here
    return out


def _portfolio_list_end(doc: Doc, start: int, end: int, of: int) -> int:
    """"Ministry of Inner Cities [and Zongo Development]", "Department of Agriculture[,
    Forestry and Fisheries]": the portfolio words after a body's "of" that NER cut off, a
    list closed by "and" (not "and Ada Obi", "and Lagos", "and the Senate")."""
    toks = tokens(doc)
    end -= toks[end - 1].lower_ in ("and", "&")  # "[Chamber of Commerce, Industry and] Mines": NER's span ends at "and"
    k, closed = end, any(toks[x].lower_ in ("and", "&") for x in range(of, end))
    while not closed and k + 1 < len(doc) and toks[k].lower_ in (",", "and", "&"):
        closed = toks[k].lower_ in ("and", "&")
        j = k + 1
        while j < len(doc) and is_cap(toks[j]) and toks[j].is_alpha and toks[j].ent_type_ not in NOT_PORTFOLIO_WORD \
                and not (j == k + 1 and (is_given_name(toks[j].text) or country_code(toks[j].text) or is_region(toks[j].text))) \
                and not is_title_head(toks[j]):
            j += 1
        other = toks[k + 1].ent_iob_ == "B" and toks[k + 1].ent_type_ == "ORG" and toks[k].text != ","  # "and [Kessland
        # Bank]", not "Chamber of Commerce, Industry[, Mines and Agriculture]"
        if j == k + 1 or j - k > 4 or other or any(toks[x].lower_ in LEX.org_heads for x in range(k + 1, j)) \
                or toks[k].text == "," and j == k + 2 and toks[k + 1].lower_ not in LEX.title_modifiers:  # a one-word
            return end  # item no portfolio's word: not "the Department of Energy, Chevron and Exxon"
        k = j
    followed = k < len(doc) and is_cap(toks[k]) and toks[k].is_alpha
    listed = any(toks[x].text == "," for x in range(of, k))  # "of Agriculture, Forestry and Fisheries"
    last_word = k - 1 > end and toks[k - 2].lower_ in ("and", "&")  # "and Babcock": a name, not a portfolio,
    short = k + 1 < len(doc) and toks[k].text == "(" and toks[k + 1].text == "".join(  # unless the short form
        t.text[0] for t in doc[start:k] if t.is_title and t.lower_ != "the")  # says so: "Council for Peace and
    # Order (NCPO)"
    return k if closed and not followed and k > end and (listed or not last_word or short) else end


def _name_list(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """The names of a span that is a list of short capitalised names joined by commas (and a
    last "and"), three or more (or two countries), one of them a place a gazetteer knows."""
    toks = tokens(doc)
    parts, a = [], start
    for k in range(start, end + 1):
        if k == end or toks[k].text == "," or toks[k].lower_ == "and":
            if not 1 <= k - a <= 3 or not all(is_cap(t) and t.is_alpha and t.lower_ not in LEX.org_heads for t in doc[a:k]):
                return []  # not "Foreign, Commonwealth and Development Office"
            parts.append((a, k))
            a = k + 1
    if len(parts) < 2 or not any(toks[k].text == "," for k in range(start, end)) or not any(
            is_place_name(doc[x:y].text) for x, y in parts):
        return []
    if len(parts) == 2 and not all(country_code(doc[x:y].text) for x, y in parts):
        return []  # "Washington, DC", "Austin, Texas": one place and where it is
    return parts


MONTHS = frozenset(m.lower() for m in (*calendar.month_name[1:], *calendar.month_abbr[1:]))
PORTFOLIO_BODIES = frozenset({"department", "ministry", "committee", "commission", "office", "secretariat",
                              "directorate"})  # "Ministry of Trade, Industry and Cooperatives": a portfolio's list
ROYAL = frozenset({"king", "queen", "prince", "princess", "emir", "sultan", "pope"})  # titles a name is known by
PERSONAL = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "prof", "prof.", "professor",
                      "sir", "dame", "sheikh", "sheikha", "datuk", "dato", "engr", "engr.", "cde", "barr.", "barrister",
                      "pharm.", "deacon", "deaconess", "hon.", "arch.", "shri", "smt.", "rev.", "reverend"})


def _bare_name(doc: Doc, start: int, end: int) -> bool:
    """Two to four capitalised words with no head noun of an organization or place: a person's name."""
    toks = tokens(doc)
    return 2 <= end - start <= 4 and all(toks[k].is_alpha and toks[k].is_title and toks[k].lower_ not in LEX.org_heads
                                         and toks[k].lower_ not in LEX.designators for k in range(start, end)) \
        and head_type(toks[end - 1]) is None


def _place_then_name(doc: Doc, start: int, end: int, titles: set[int]) -> int | None:
    """Where a place ends inside a name NER ran on after "Title of": "Governor of [Lagos]
    Ada Obi" (the place a gazetteer knows, then at least two name words)."""
    toks = tokens(doc)
    lead = start - (start > 2 and toks[start - 1].lower_ == "the")  # "President of the [Americas] Jane Roe"
    if lead < 2 or not (toks[lead - 1].lower_ in ("of", "to") and (lead - 2 in titles or is_title_head(toks[lead - 2]))
                        or seat_for(doc, start)):
        return None  # "Ambassador to [Peru] Ada Obi", "the new mayor of [Athens] Ada Obi", "the member for
        # [Eastmoor] Ada Obi" too
    if toks[end - 1].lower_ in LEX.org_heads or toks[end - 1].lower_ in LEX.place_heads:
        return None  # "the leader of [Leeds City Council]": a body's name
    for k in range(end - 2, start, -1):  # the longest place ("[South Sudan]", not "[South]")
        if (is_place_name(doc[start:k].text) or lead < start and is_world_region(doc[start:k].text)) \
                and toks[k - 1].whitespace_:  # not "the MP for [Windsor]-Tecumseh"
            if all((is_cap(toks[j]) and toks[j].is_alpha and j not in titles) or toks[j].text == "-" for j in range(k, end)) \
                    and not (toks[k].ent_type_ == "ORG" and _title_before_of(doc, start, titles).startswith(
                        LEX.corporate_titles)):  # not "CEO of [Singapore Red Cross]", "Managing Director of [Hitachi
                # Rail Europe]": a company's post is held in the company NER found
                return k
    office = _title_before_of(doc, start, titles)
    if (toks[start - 1].lower_ == "of" and office.endswith(tuple(PLACE_OFFICES)) or seat_for(doc, start)) \
            and not is_given_name(toks[start].text):
        first = start + 1 + (toks[start].lower_ in PLACE_OPENERS)  # "Mayor of [Port Augusta] Brett Benbow"
        return next((k for k in range(first, end - 1) if is_given_name(toks[k].text)
                     and all(is_cap(toks[j]) and toks[j].is_alpha and j not in titles for j in range(start, end))), None)
        # "Chief Minister of [Sudurpaschim] Kamal Shah", "Member for [Eastmoor] Ada Obi": a place no gazetteer
        # knows, then a first name
    return None


def _title_before_of(doc: Doc, start: int, titles: set[int]) -> str:
    """The title words before "of" and a name at `start` ("managing director"), lowercase."""
    toks, i = tokens(doc), start - 2
    while i > 0 and i - 1 in titles and start - 2 - i < 4:
        i -= 1
    return " ".join(t.lower_ for t in toks[i:start - 1])


def _bare_capital(tok: Token, titles: set[int]) -> bool:
    """A capitalised proper noun NER left out of every name, not a title word."""
    return (tok.pos_ == "PROPN" and is_cap(tok) and not tok.ent_type_ and tok.i not in titles
            and not tok.is_sent_start and tok.lower_ not in LEX.honorifics and tok.is_alpha)


FIRMS_STYLES = frozenset({"messrs", "messrs."})  # an honorific firms are written with ("Messrs Kessly Builders Ltd")


def _cue_persons(doc: Doc, titles: set[int], taken: set[int]) -> list[Mention]:
    """Names after a title or honorific that the NER missed ("Mayor Jane Roe")."""
    toks = tokens(doc)
    out = []
    for tok in tokens(doc):
        paired = tok.i + 1 < len(doc) and honorific_pair(tok.text, toks[tok.i + 1].text)  # "Dato Sri"
        plural = tok.is_title and tok.lower_.endswith("s") and title_of_plural(tok.text) is not None  # "Councilmembers A, B"
        bracketed = tok.text == ")" and tok.i > 2 and toks[tok.i - 2].text == "(" and toks[tok.i - 1].is_upper \
            and tok.i - 3 in titles  # "Chief Justice (CJ) [X]"
        cue = (tok.i in titles or tok.lower_ in LEX.honorifics or paired or plural or bracketed
               or after_envoys_post(doc, tok.i)) and not _honorific_place(doc, tok.i) \
            and tok.lower_ not in FIRMS_STYLES  # (and "Ambassador to Kenya [X]"; not "Messrs Kessly Builders", a firm)
        nxt = tok.i + 1 + paired
        if not cue or nxt >= len(doc) or nxt in taken or not (
                _name_part(toks[nxt], titles, plural and toks[nxt].ent_iob_ == "I" and tok.ent_iob_ != "O")
                or _tagged_given_name(doc, nxt, titles)):  # (whatever NER called "Councilmembers A B" as one)
            continue
        start, end = _extend_person(doc, nxt + 1, nxt + 2, titles) if not _name_part(toks[nxt], titles) \
            else _extend_person(doc, nxt, nxt + 1, titles)
        start = min(start, nxt)
        first = next((i for i in range(nxt + 1, end) if i in taken), end)
        end = first if first < end and _stray_surname(doc, first, titles) else end  # "Director R S [Jalan]": NER's
        if any(i in taken for i in range(start, end)) or (
                end - start == 1 and toks[start].lower_ in LEX.non_entity_heads):
            continue  # "the Office of Governor Act, 2019": a law's name
        if end - start == 1 and polity_plural(toks[start]):
            continue  # "Member States", "Member Nations": no one's name
        honorific = tok.text if tok.lower_ in LEX.honorifics else ""
        out.append(Mention(start, end, "Person", "name-after-title", honorific))
        taken.update(range(start, end))
        for listed in (_listed_names(doc, end, titles, taken) if plural else ()):  # "..., C and D": the others
            out.append(Mention(*listed, "Person", "name-after-title"))
            taken.update(range(*listed))
    for tok in toks:
        if tok.text == "," and (name := _name_after_title_comma(doc, tok.i, titles, taken)):
            out.append(Mention(*name, "Person", "name-after-title-comma", ""))
            taken.update(range(*name))
        elif tok.text == "," and (name := _name_before_described_post(doc, tok.i, taken)):
            out.append(Mention(*name, "Person", "name-before-post", ""))
            taken.update(range(*name))
    return out


def _listed_names(doc: Doc, k: int, titles: set[int], taken: set[int]):
    """The names listed after one at token k (", C and D"), up to the list's end, that NER left unnamed."""
    toks = tokens(doc)
    while k + 1 < len(doc) and toks[k].text == "," or toks[k].lower_ == "and":
        k += 1 + (toks[k].text == "," and k + 2 < len(doc) and toks[k + 1].lower_ == "and")
        if k in taken:
            while k < len(doc) and k in taken:
                k += 1
            continue
        if not _name_part(toks[k], titles):
            return
        start, end = _extend_person(doc, k, k + 1, titles)
        if start != k or any(i in taken for i in range(start, end)):
            return
        yield start, end
        k = end
        if k >= len(doc):
            return


def _name_before_described_post(doc: Doc, comma: int, taken: set[int]) -> tuple[int, int] | None:
    """"Tunde Adeyemi-Cole, the new governor of Lagos State, ...": two or three capitalised
    words (a hyphenated one counts as one) before a comma and "the" with a title word, that
    NER left unnamed, name a person (not a place, nor a body's name)."""
    toks = tokens(doc)
    k = comma + 1
    if k + 1 >= len(doc) or toks[k].lower_ != "the":
        return None
    k += 1
    while k < len(doc) and toks[k].is_lower and (toks[k].lower_ in LEX.title_descriptors or toks[k].lower_ in LEX.former):
        k += 1  # "the new governor", "the newly-elected chairman"
    if k >= len(doc) or not is_title_head(toks[k]) or not toks[k].is_lower:
        return None
    if k + 1 < len(doc) and toks[k + 1].text in POSSESSIVE:
        return None  # "Morning Glory, the new governor's campaign song": the governor's thing
    aside = next((j for j in range(k + 1, len(doc)) if toks[j].text in (",", ".", ";") or toks[j].is_sent_start), len(doc))
    if any(toks[j].pos_ == "VERB" and toks[j].dep_ in ("ROOT", "parataxis", "relcl", "acl", "ccomp") and toks[j].head.i < k
           or toks[j].pos_ == "VERB" and toks[j].lemma_.lower() in LEX.reporting_verbs for j in range(k + 1, aside)):
        return None  # "Shooting Stars, the new chairman of the league said, would ...": an aside, not a description
    start, words = comma, 0
    while start > 0 and (is_cap(toks[start - 1]) and toks[start - 1].is_alpha and toks[start - 1].pos_ in ("PROPN", "NOUN")
                         and not is_title_word(toks[start - 1]) and toks[start - 1].ent_type_ in ("", "PERSON")
                         or toks[start - 1].text == "-" and not toks[start - 1].whitespace_ and not toks[start - 2].whitespace_):
        start -= 1
        words += toks[start].text != "-" and (start == 0 or toks[start - 1].text != "-")
    if not 2 <= words <= 3 or any(i in taken for i in range(start, comma)) or toks[start].is_upper \
            or is_place_name(doc[start:comma].text) or any(toks[i].lower_ in LEX.org_heads or toks[i].lower_ in LEX.designators
                                                          for i in range(start, comma)):
        return None
    return start, comma


def _name_after_title_comma(doc: Doc, comma: int, titles: set[int], taken: set[int]) -> tuple[int, int] | None:
    """"the Minister of International Trade, Maninder Sidhu, ...": two or three capitalised
    name words the NER missed, set off by commas after "the" and a title phrase; not "the
    Minister of Trade, Industry and Tourism" (a portfolio), nor a place ("the Mayor of X, New Town")."""
    toks = tokens(doc)
    k = comma - 1
    while k > 0 and (is_cap(toks[k]) or toks[k].lower_ in ("of", "for", "and", "&", "the", ",")):
        k -= 1  # "the Minister of Tourism, Culture and Sport, X"
    the = next((j for j in range(k, comma - 1) if toks[j].lower_ == "the"), None)
    if the is None or the + 1 not in titles:
        return None
    end = comma + 1
    while end < len(doc) and end - comma <= 3 and end not in taken and toks[end].is_alpha and toks[end].is_title \
            and _name_part(toks[end], titles):
        end += 1
    if not 3 <= end - comma <= 4 or end >= len(doc) or toks[end].text not in (",", ".", ";") \
            or is_place_name(doc[comma + 1:end].text):
        return None
    k = end + 1
    while k < len(doc) and k - end < 8 and (is_cap(toks[k]) or toks[k].lower_ in ("the", ",")):
        k += 1
    if k < len(doc) and toks[k].lower_ in ("and", "&"):
        return None  # "the Minister for Communications, Urban Infrastructure, Cities and the Arts": a portfolio's list
    return comma + 1, end


def _tagged_given_name(doc: Doc, i: int, titles: set[int]) -> bool:
    """"TD [Seán] Canney": a capitalised first name the tagger took for a common word,
    right before a surname."""
    toks = tokens(doc)
    tok = toks[i]
    return i + 1 < len(doc) and is_cap(tok) and tok.is_alpha and tok.pos_ in ("NOUN", "ADJ") and i not in titles \
        and tok.ent_type_ in ("", "PERSON") and tok.lower_ not in LEX.title_words and _name_part(toks[i + 1], titles)


def _merge_orgs(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Join organization names split around "and" / "of the" / "for" / "in"."""
    toks = tokens(doc)
    by_start = {m.start: m for m in mentions}
    by_end = {m.end: m for m in mentions}
    out = []
    for m in mentions:
        if m.type != "Organization":
            continue
        start, end = m.start, m.end
        # "Hong Kong and [Macao Affairs Office]": the left part modifies the org.
        if start >= 2 and toks[start - 1].lower_ == "and":
            left = by_end.get(start - 1)
            if left and left.type in ("Place", "Organization") and start <= toks[left.end - 1].head.i < end \
                    and not (_written_alone(doc, left.start, left.end) and _written_alone(doc, start, end)):
                start = left.start  # (not "the merger of Korean Air and Asiana Airlines", each named alone too)
        # "[Office] of the [State Council]", "[Bank for Economic Development] in [Africa]"; not "the Rev.
        # [Ada Obi] of [Grace Church]": a person NER took for a body, after an honorific
        personal = start and toks[start - 1].lower_ in LEX.honorifics and is_given_name(toks[start].text)
        while not personal and end + 1 < len(doc) and toks[end].lower_ in ("of", "in") and toks[end].head.i in range(start, end):
            k = end + 1 + (toks[end + 1].lower_ == "the")
            right = by_start.get(k)
            ok = right and ((toks[end].lower_ == "of" and right.type == "Organization")
                            or (toks[end].lower_ == "in" and right.type == "Place"
                                and toks[right.start].ent_type_ == "LOC"))
            if not ok:
                break
            right.nested = True
            end = right.end
        if (start, end) != (m.start, m.end):
            out.append(Mention(start, end, "Organization", "org-name-join"))
        # "[Trade Office] of the [State Council]", "Governing Council of the [University of Ghana]" found as
        # one name: the last part is an org too.
        for k in range(start + 1, end - 1):
            inner = k + 2  # "of the": "Chamber of Commerce Trust" is one name
            if toks[k].lower_ == "of" and toks[k + 1].lower_ == "the" and inner < end and (
                    toks[end - 1].lower_ in LEX.org_heads or inner + 2 < end and toks[inner].lower_ in LEX.org_heads
                    and toks[inner + 1].lower_ == "of") \
                    and all(is_cap(t) or t.lower_ in ("of", "and") for t in doc[inner:end]) and is_cap(toks[inner]) \
                    and inner not in by_start:
                out.append(Mention(inner, end, "Organization", "org-of-org", nested=True))
                break
    return out


def _events(doc: Doc, taken_person: set[int]) -> list[Mention]:
    """Named events by their head noun: "the ninth Asia Trade Expo"."""
    toks = tokens(doc)
    out = []
    for tok in tokens(doc):
        if tok.lower_ not in LEX.event_heads or not is_cap(tok) or tok.i in taken_person:
            continue
        start = tok.i
        while start > 0:
            p = toks[start - 1]
            if is_cap(p) and p.i not in taken_person and not (p.is_sent_start and p.pos_ != "PROPN"):
                start -= 1
            elif p.lower_ in CONNECTORS and start >= 2 and is_cap(toks[start - 2]) and p.lower_ != "of" \
                    and toks[start - 2].lower_ not in LEX.event_heads:  # "the A Program and [B Program]": two
                start -= 1
            elif p.lower_ == "the" and start >= 3 and toks[start - 2].lower_ == "of" and is_cap(toks[start - 3]) \
                    and (start - 3) not in title_runs(doc):
                start -= 2  # "State of the Nation Address", not "Chair of the Forum"
            elif p.like_num and len(p.text) == 4 or p.ent_type_ == "ORDINAL":
                start -= 1
            else:
                break
        while toks[start].lower_ in CONNECTORS or (toks[start].lower_ == "the" and start < tok.i):
            start += 1  # "Khalid of [the] Asia Forum": the State-of-the-Nation step went past a name
        if start == tok.i and not tok.ent_type_:
            if tok.i and toks[tok.i - 1].lower_ == "the":  # "the Forum": the named one, if the text has it
                out.append(Mention(tok.i, tok.i + 1, "EventRef", "event-reference"))
            continue
        end = tok.i + 1
        if toks[start].lower_ in TITLE_LEADS and end < len(doc) and is_title_head(toks[end]):
            continue  # "[Chief Election] Commissioner X": words of a title
        # "[Sixth Plenary Session] of the [... Conference]", "the 37th Ordinary Session of the African Union",
        # "the Tokyo International Conference on African Development"
        if end + 2 < len(doc) and (toks[end].lower_ == "of" or toks[end].lower_ == "on" and tok.lower_ in MEETINGS):
            k = end + 1 + (toks[end + 1].lower_ == "the")
            j = k
            while j < len(doc) and (is_cap(toks[j]) and not toks[j].is_sent_start and toks[j].ent_type_ not in (
                    "DATE", "TIME") or toks[j].text in ("-", "/")
                                    or toks[j].lower_ == "and" and j + 1 < len(doc) and is_cap(toks[j + 1])):
                j += 1
            if j > k and (toks[j - 1].lower_ in LEX.event_heads or j - k <= 5 and toks[j - 1].is_alpha) \
                    and not any(t.ent_type_ == "PERSON" for t in doc[k:j]):  # not "the Cannes Film Festival of Thierry X"
                end = j
        if end < len(doc) and toks[end].text.isdigit() and 1900 <= int(toks[end].text) <= 2100 and toks[end - 1].whitespace_:
            end += 1  # "Awareness Week 2025", "Expo 2020" (not "the Olympics 1500 metres")
        out.append(Mention(start, end, "Event", "event-head"))
    return out


MEETINGS = frozenset({"conference", "summit", "forum", "dialogue", "convention", "symposium", "session", "meeting",
                      "congress", "workshop", "seminar", "colloquium", "roundtable"})  # "Conference on African Development"


def describes(noun: Token) -> bool:
    """A common noun saying what the name before it is ("company", "group"), not part of
    it ("the Republican party"); "the Freedom Advances coalition" too."""
    return (noun.lower_ in LEX.generic_org_nouns or noun.lower_ in ("coalition", "alliance")) and noun.lower_ != "party"


def _lowercase_orgs(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Common-noun organizations with a proper modifier: "the Hong Kong government",
    "Beijing's liaison office in Hong Kong"."""
    toks = tokens(doc)
    starts = {m.start: m for m in mentions if m.type in ("Place", "Organization")}
    people = {t.lower_ for m in mentions if m.type == "Person" for t in m.span(doc) if t.is_alpha}
    out = []
    for tok in tokens(doc):
        if tok.lower_ not in LEX.org_heads or tok.lower_ in LEX.name_only_heads or not tok.is_lower or tok.pos_ != "NOUN":
            continue
        left = [c for c in tok.lefts if c.dep_ in ("poss", "compound", "amod", "nmod")]
        if not left or any((c.dep_ == "poss" or any(g.dep_ == "case" for g in c.children))
                           and c.ent_type_ in ("PERSON", "ORG") for c in left):
            continue  # "Ada Obi's interim government" names her, "Acme Bank's board" the bank, "Chaves’ cabinet"
        start = min(c.left_edge.i for c in left)
        start, _, _ = _trim(doc, start, tok.i + 1)
        words = doc[start:tok.i]
        poss = next((t.i for t in words if t.text in POSSESSIVE), None)
        if any(t.tag_ == "JJS" or t.ent_type_ == "ORDINAL" for t in words) or poss is not None and any(
                t.pos_ == "PROPN" and is_cap(t) for t in doc[poss + 1:tok.i]) or poss is not None and any(
                t.ent_type_ == "PERSON" for t in doc[start:poss]):
            continue  # "Australia's oldest university", "Minister Roe's office", "Brazil's Bndes development bank"
        if poss is not None and tok.i + 1 < len(doc) and toks[tok.i + 1].pos_ == "PROPN" and is_cap(toks[tok.i + 1]) \
                and toks[tok.i + 1].ent_type_ != "DATE":
            continue  # "Acme's parent company Kessly Holdings": a description of the name that follows
        if any(toks[k].text == "-" and toks[k + 1].lower_ in LEX.compound_participles for k in range(start, tok.i)):
            continue  # "the Ada Obi-led government" is not the government's name
        if any(toks[k].lower_ in ("and", "or") and toks[k + 1].is_lower for k in range(start, tok.i)):
            continue  # "confidence in the UK and fantastic news": two things, no name
        if start not in starts and not (toks[start].pos_ == "PROPN" and is_cap(toks[start])):
            continue
        if tok.lower_ in LEX.government_heads and _described_government(doc, start, starts.get(start), poss, tok, people):
            continue
        if describes(tok):  # "a [Haier] company", "the [Hamas] terror group": the
            end = start  # name, and the noun saying what it is
            while end < tok.i and toks[end].pos_ == "PROPN" and is_cap(toks[end]):
                end += 1
            if end > start:
                out.append(Mention(start, end, "Organization", "org-described"))
            continue
        end = tok.i + 1
        if end + 1 < len(doc) and toks[end].lower_ == "in" and (end + 1) in starts \
                and starts[end + 1].type == "Place":
            end = starts[end + 1].end
        out.append(Mention(start, end, "Organization", "org-common-noun",
                           government=tok.lower_ == "government"))
    return out


LOCAL_GOVERNMENTS = frozenset({"city", "county", "state", "municipal", "provincial", "regional", "town", "district"})
MOMENTS = frozenset({"new", "current", "incoming", "outgoing", "interim", "previous", "former", "caretaker",
                     "transitional", "present", "last", "next", "minority", "coalition"})


def _described_government(doc: Doc, start: int, mod: Mention | None, poss: int | None, head: Token,
                          people: set[str]) -> bool:
    """"Belgium's new government", "the Labour government", "the Abela administration": a
    government described by its moment, its party or its leader, no name (unlike "the
    Hong Kong government")."""
    if poss is not None and (head.is_lower and all(t.is_lower for t in doc[poss + 1:head.i]) or any(
            t.lower_ in MOMENTS or t.lower_.endswith(("-right", "-left")) for t in doc[poss + 1:head.i])):
        return True  # "Kenya's government", "Nigeria's federal government", "Belgium's new government": the
        # country's, described
    named = doc[start:head.i].text
    if is_place_name(named) or country_code(named) or is_region(doc[start].text) or (
            head.i - start > 1 and doc[start + 1].lower_ in LOCAL_GOVERNMENTS):
        return False  # "the Chad government", "the Florence city government"
    leaders = [t for t in doc[start:head.i] if t.is_alpha]
    if doc[head.i - 1].ent_type_ == "PERSON" or is_given_name(doc[start].text) or leaders and all(
            t.lower_ in people for t in leaders):  # "the Obi–Hale administration"
        return True
    return mod is not None and mod.end == head.i and (mod.type == "Person" or (
        mod.type == "Organization" and not is_place_name(mod.span(doc).text)))


def place_government(doc: Doc, m: Mention) -> bool:
    """"the Kenya government", "the Ontario government": a known place's government in lower
    case is the place, named with a common noun (not "the Kessly government", "the Florence
    city government", "the Khartoum government")."""
    toks, named = tokens(doc), m.span(doc)[:-1]
    return m.government and toks[m.end - 1].is_lower and 0 < len(named) <= 3 and all(is_cap(t) for t in named) \
        and bool(country_code(named.text) or is_region(named.text) and not capital_of(named.text))
    # (the capital's government is the country's: "the Khartoum government", a refiner's)


def _event_references(doc: Doc, covered: set[int]) -> list[Mention]:
    """Lowercase references to a named event: "the import expo"."""
    out = []
    for tok in tokens(doc):
        if tok.lower_ in LEX.event_heads and tok.is_lower and tok.i not in covered:
            mods = [c for c in tok.lefts if c.dep_ in ("compound", "amod") and c.i not in covered]
            if mods:
                out.append(Mention(min(c.i for c in mods), tok.i + 1, "EventRef", "event-reference"))
    return out


def _speaking_body(doc: Doc, i: int, j: int) -> bool:
    """"The BC Greens have committed to ...", "Kessly Ventures said": a name of two to four
    words no model typed, ending in a plural ("SK Nair said" is a person's; not "Senior
    Tories said", a party's members), no first name starting it, speaking or committing as a
    subject."""
    root = doc[i:j].root
    return 2 <= j - i <= 4 and root.i == j - 1 and root.text.endswith("s") and not root.text.endswith("ss") \
        and root.lower_ not in LEX.party_nicknames \
        and root.dep_ in ("nsubj", "nsubjpass") \
        and (speaks(root.head) or root.head.lower_ == "committed") and not is_given_name(doc[i].text)


def _subject_of_a_post(span) -> bool:
    """"Ada Obi will become a Kessly Governor", "Tom Hale is the new mayor": a name of two
    or three words that is the subject of "be" or "become" with a title is a person's."""
    root = span.root
    if not 2 <= len(span) <= 3 or root.dep_ != "nsubj" or root.head.lemma_.lower() not in ("be", "become") \
            or head_type(span[-1]):
        return False
    post = next((c for c in root.head.children if c.dep_ == "attr"), None)
    return post is not None and is_title_head(post)


def _speaking_surname(span) -> bool:
    """"Japarov said", after "Sadyr Japarov became president": one capitalised word NER left
    untyped that says or commits as a subject in a sentence of the body is the surname of
    the full name the text gives elsewhere (not "Unite pledged", "NATO said", "Acme said it",
    "The Collector promised", nor a headline's "Govt vows")."""
    tok, doc = span.root, span.doc
    text = text_of_doc(doc)
    return len(span) == 1 and tok.dep_ == "nsubj" and tok.tag_ == "NNP" and tok.is_title and tok.is_alpha \
        and tok.head.pos_ == "VERB" and speaks(tok.head) \
        and not head_type(tok) and not is_title_word(tok) and tok.lower_ not in lower_words(doc) \
        and not polity_plural(tok) \
        and not (tok.i and doc[tok.i - 1].lower_ in ("the", "a", "an")) \
        and line_at(text, tok.idx).rstrip().endswith((".", "!", "?", '"', "”", "’")) \
        and not any(t.lower_ in ("it", "its") for t in tok.head.subtree) \
        and re.search(rf"\b[A-Z][\w'’-]+ {re.escape(tok.text)}\b", text) is not None


SUBDIVISION_WORDS = frozenset({"State", "Province", "County", "Region", "District"})


def _opening_places(doc: Doc, covered: set[int]) -> list[Mention]:
    """"Caerphilly council leader X said": a sentence's first word that NER left, a place a
    gazetteer knows, modifying the lower-case noun after it, is that place (when tagged a
    common noun, only if the text also writes it capitalised inside a sentence: not "Bath
    towels are ...")."""
    toks = tokens(doc)
    found = [t for t in toks if t.is_sent_start and t.i not in covered and t.is_title and t.dep_ == "compound"
             and t.pos_ in ("PROPN", "NOUN") and t.i + 1 < len(doc) and toks[t.i + 1].is_lower
             and toks[t.i + 1].pos_ == "NOUN" and is_place_name(t.text)
             and t.lower_ not in LEX.org_heads and t.lower_ not in LEX.title_words]  # not "Union leaders said"
    inside = {t.text for t in toks if t.is_title and not t.is_sent_start} if found else set()
    return [Mention(t.i, t.i + 1, "Place", "opening-place") for t in found if t.pos_ == "PROPN" or t.text in inside]


HYPHEN_PARTICLES = frozenset({"on", "upon", "under", "in", "by", "le", "la", "en", "sur", "super"})


def _hyphen_particle(doc: Doc, j: int) -> bool:
    """"Stoke[-on-]Trent", "Southend[-on-]Sea": a particle between hyphens joining two
    capitalised words of one place's name."""
    toks = tokens(doc)
    return 0 < j and j + 3 < len(doc) and toks[j].text == "-" and toks[j + 2].text == "-" \
        and toks[j + 1].lower_ in HYPHEN_PARTICLES and toks[j + 1].is_lower and is_cap(toks[j - 1]) and is_cap(toks[j + 3]) \
        and not any(toks[k].whitespace_ for k in range(j - 1, j + 3))


def _proper_runs(doc: Doc, covered: set[int], titles: set[int], surnames: set[str]) -> list[Mention]:
    """Capitalised proper-noun runs that nothing else claimed; typed later, if at all
    (a person's surname is never taken for the town of that name)."""
    toks = tokens(doc)
    out, i = [], 0
    while i < len(doc):
        if toks[i].i not in covered and (_name_part(toks[i], titles) or _hyphen_particle(doc, i + 1)) and toks[i].is_alpha \
                and not (i and honorific_pair(toks[i - 1].text, toks[i].text)):  # the "Sri" of "Dato Sri"
            j = i
            while j < len(doc) and j not in covered and ((joined := _hyphen_particle(doc, j))
                                                          or _name_part(toks[j], titles) or j == i):
                j += 3 if joined else 1  # "[Stoke]-on-Trent", its first word tagged a verb
            if j + 1 < len(doc) and toks[j].text in SUBDIVISION_WORDS and toks[j + 1].i in titles \
                    and (is_region(doc[i:j].text) or is_region(doc[i:j + 1].text)):
                j += 1  # "[Ogun State] Governor": the state's word is the name's, not the title's
            if i > 1 and toks[i - 1].text in ("n", "'n'", "’n’", "‘n’") and is_cap(toks[i - 2]) and toks[i - 2].is_alpha \
                    and i - 2 not in covered and toks[i - 1].whitespace_:
                i -= 2  # "Pick n Pay": one name, "n" for "and"
            # a name just before a title ("Acme Holdings Chief Executive") is where the post is held
            qualifier = j in titles or title_then_person(doc, j)
            if qualifier and j - i == 1 and j + 1 < len(doc) and j + 1 not in titles and toks[j].is_title \
                    and is_given_name(toks[i].text) and not is_cap(toks[j + 1]) and toks[j].lower_ in TITLE_SURNAMES:
                out.append(Mention(i, j + 1, "Person", "given-name-title-surname"))  # "Niall King, executive
                i = j + 1  # director of X": a surname that is a title's word, after a first name, no name after it
                continue
            if qualifier and j - i > 1 and toks[i].lower_ in LEX.title_descriptors and not (
                    is_place_name(doc[i:j].text)) and (toks[i].lower_ != "new" or is_place_name(doc[i + 1:j].text)
                                                       or _written_without(doc, i + 1, j, "new")):
                i += 1  # "[New] Phuket Governor X": the post is new, not the place (but "New Delhi", "New
                # Democracy leader X" when "Democracy" is not named alone)
            text = doc[i:j].text
            head = j
            while head < len(doc) and head not in covered and head not in titles and is_cap(toks[head]) \
                    and toks[head].pos_ == "PROPN" and (head_type(toks[head]) == "Organization"
                                                        or toks[head].lower_ in LEX.designators):
                head += 1  # "[IDBI] Bank", "[Sify] Technologies Group": a body's name NER left out
            inner = i > 1 and toks[i - 1].lower_ in ("of", "to", "for") and is_cap(toks[i - 2]) \
                or i > 0 and is_cap(toks[i - 1]) and toks[i - 1].pos_ in ("PROPN", "NOUN")  # "Presence of [God
            # Ministry]", "Foundation to [Promote Open Society]", "Greater Omaha Area [Development Council]": a longer
            # name's inside
            if head > j and not qualifier and not inner and not is_place_name(text) and not is_given_name(toks[i].text):
                out.append(Mention(i, head, "Organization", "proper-noun-body"))
                i = head
                continue
            if (k := _place_then_name(doc, i, j, titles)) is not None and toks[j - 1].lower_ not in LEX.place_heads \
                    and not any(toks[x].lower_ in COMPASS for x in range(k, j)):  # "the President of [South Sudan] [Ada Obi]"
                out += [Mention(i, k, "Place", "place-name-split"), Mention(k, j, "Person", "place-name-split")]
            elif toks[i].text in SUBDIVISION_WORDS and i - 1 in covered and j - i > 2 \
                    and _place_then_name(doc, i - 1, j, titles) == i + 1:  # "Governor of [Lagos] State [Ada Obi]"
                out.append(Mention(i + 1, j, "Person", "place-name-split"))
            elif all(toks[k].ent_type_ in ("DATE", "TIME") for k in range(i, j)) or text.lower() in LEX.title_descriptors \
                    or text.lower() in LEX.demonyms or text.lower() in LEX.former:
                pass  # "March", "Friday": a date, not a name; "Rookie MLA X": a description; "Sri Lankan"; "Late"
            elif qualifier and (_portfolio_noun(doc, i, j) or _portfolio_of_words(doc, i, j)):
                pass  # "Privatization Minister", "Families Minister": what the post is for, no body's name
            elif qualifier and not is_place_name(text):
                out.append(Mention(i, j, _qualifier_type(doc, j, titles), "title-qualifier"))
            elif ticker_after(doc, j):
                out.append(Mention(i, j, "Organization", "proper-noun-listed-company"))  # "Kessly Foods 1234.T"
            elif qualifier or is_region(text) or (is_city(text) and text.lower() not in surnames) or _dateline(doc, i, j) \
                    or seat_for(doc, i) or names_a_road(doc, j):  # "the MP for [Eastmoor West]", "the [X] road"
                out.append(Mention(i, j, "Place", "proper-noun-place"))
            elif _subject_of_a_post(doc[i:j]) or _speaking_surname(doc[i:j]):
                out.append(Mention(i, j, "Person", "subject-of-a-post"))
            elif listed_body(doc, i, j):
                out.append(Mention(i, j, "Organization", "proper-noun-listed-body"))  # "firms including [Eni]"
            elif _speaking_body(doc, i, j):
                out.append(Mention(i, j, "Organization", "proper-noun-speaking-body"))  # "The [BC Greens] have committed"
            else:
                out.append(Mention(i, j, "Unknown", "proper-noun"))
            i = j
        else:
            i += 1
    return out


def _written_alone(doc: Doc, i: int, j: int) -> bool:
    """Whether the words from i to j are written elsewhere in the text, not after "and" nor before it."""
    toks, n = tokens(doc), j - i
    return any(k != i and doc[k:k + n].text == doc[i:j].text and not (k and toks[k - 1].lower_ == "and")
               and not (k + n < len(doc) and toks[k + n].lower_ == "and") for k in range(len(doc) - n + 1))


def _written_without(doc: Doc, i: int, j: int, word: str) -> bool:
    """Whether the words from i to j are written elsewhere in the text without `word` before them."""
    toks, n = tokens(doc), j - i
    return any(k != i and doc[k:k + n].text == doc[i:j].text and not (k and toks[k - 1].lower_ == word)
               for k in range(len(doc) - n + 1))


def _portfolio_noun(doc: Doc, i: int, j: int) -> bool:
    """One capitalised word NER left alone, shaped as a common noun ("Privatization",
    "Flooding", "Families", "Corrections"), right before a portfolio title: the portfolio;
    an adjective before a public post's title ("Small Business Minister"): the title's
    (see _adjective_before_title)."""
    toks = tokens(doc)
    if j != i + 1 or j >= len(doc) or toks[i].ent_type_ or is_given_name(toks[i].text) or toks[i].is_upper \
            or is_place_name(toks[i].text):
        return False  # not "Lansing Commissioner X", "WYOMING SECRETARY X"
    return _adjective_before_title(doc, i) or toks[j].lower_ in LEX.portfolio_titles \
        and toks[i].lower_.removesuffix("s").endswith(NOUN_ENDINGS)


def _portfolio_of_words(doc: Doc, i: int, j: int) -> bool:
    """Two or three capitalised words before a portfolio title, one of them a word portfolios
    are named with, none a body's head, a place or a given name: "[Social Protection] Minister",
    "[Water Resource] Minister" (not "Fine Gael Minister", "Kessly Bank Minister")."""
    toks = tokens(doc)
    plural = all(_portfolio_word(toks[k]) for k in range(i, j - 1)) and toks[j - 1].lower_.endswith("s")  # "[Public
    # Enterprises] Minister", "[Financial Services] Minister": a body's head word in the plural after portfolio words
    return 1 < j - i <= 3 and j < len(doc) and toks[j].lower_ in LEX.portfolio_titles \
        and any(_portfolio_word(toks[k]) for k in range(i, j)) and all(
            toks[k].is_title and toks[k].is_alpha and (toks[k].lower_ not in LEX.org_heads or plural and k == j - 1)
            and not is_place_name(toks[k].text) and not is_given_name(toks[k].text) for k in range(i, j))


def _qualifier_type(doc: Doc, j: int, titles: set[int]) -> str:
    """"Eastmoor Mayor", "Kessly Governor": a name before a mayor's or governor's title is
    a place; before other titles ("Acme Holdings Chief Executive") an organization."""
    toks = tokens(doc)
    k = j
    while k < len(doc) and k in titles:
        if toks[k].lower_ in LEX.region_offices or toks[k].lower_ in LEX.city_offices:
            return "Place"
        k += 1
    return "Organization"


def _pair_of_people(doc: Doc, m: Mention, people: list[set[str]]) -> bool:
    """"the Biden-Harris administration", "the Prabowo-Gibran pair": two people the article
    names, joined by a hyphen, are no entity of their own (a double-barrelled surname,
    "Persad-Bissessar", is no two people the article names)."""
    span = m.span(doc)
    if m.type == "Person" or not any(t.text in ("-", "–") and not t.whitespace_ and not doc[t.i - 1].whitespace_ for t in span):
        return False
    parts = [{w.lower() for w in re.findall(r"[^\W\d_]+", part)} for part in re.split("[-–]", span.text)]
    matched = [next((k for k, p in enumerate(people) if part and part <= p), None) for part in parts]
    return len(parts) > 1 and None not in matched and len(set(matched)) == len(parts)


def _headline_only(doc: Doc, m: Mention) -> bool:
    """A name seen only in a headline written in title case ("Retailers Keep Raising
    to Raise ...", "Crown Prince Pledges $1 Trillion"), where NER cannot tell names from
    capitalised words."""
    toks = tokens(doc)
    text = text_of_doc(doc)
    name = m.span(doc).text
    if m.type != "Place" and name.isupper() and _shouted(text, toks[m.start].idx):  # "AMAZON JOINS SPACEX IN FIGHT":
        return all(_shouted(text, k.start()) for k in re.finditer(re.escape(name), text))  # no case to go by
    if m.type == "Place" and m.rule == "proper-noun-place" and m.end - m.start == 1 and m.start \
            and _in_headline(text, toks[m.start].idx) and not is_region(name) and is_cap(prev := toks[m.start - 1]) \
            and prev.lower_ in lower_words(doc) and not prev.lower_.endswith("s"):
        return all(_in_headline(text, k.start()) for k in re.finditer(re.escape(name), text))  # "Mayor Eyes New
        # Stadium [Deal]": a town's name after a word the text writes in lower case, only there (not "in Deal",
        # "Storm Hits Houston")
    if m.type == "Person" and m.rule != "name-after-title" and m.end - m.start >= 2 and _in_headline(text, toks[m.start].idx) \
            and not any(is_given_name(t.text) or t.lower_ in LEX.honorifics for t in m.span(doc)) \
            and not (m.start and (toks[m.start - 1].lower_ in LEX.honorifics or is_title_word(toks[m.start - 1]))):
        return all(_in_headline(text, k.start()) for k in re.finditer(re.escape(name), text))  # "Insurers Respond",
        # "Labour Manifesto": capitalised words with no given name, title or honorific, seen only in a headline
    if m.type == "Place" or (m.type == "Person" and m.rule != "name-after-title" and (
            m.end - m.start < 4 or m.start and (is_title_word(toks[m.start - 1]) or toks[m.start - 1].lower_ in
                                                LEX.honorifics) and m.end < len(doc) and toks[m.end].text in (",", "("))) \
            or not _in_headline(text, toks[m.start].idx):
        return False  # a person NER found there is a name ("Prime Minister Sheikh Nasser Al-Mohammed Al-Sabah,
        # Aug. 4" in a caption too, not "Chancellor Rachel Reeves Budget Speech Draws"); a "name" after a title may be
        # a verb
    return all(_in_headline(text, k.start()) for k in re.finditer(re.escape(name), text, re.I))


PLACE_PREPOSITIONS = frozenset({"in", "across", "to", "from", "for", "at", "of", "into", "throughout", "around"})


def _regions_inside(doc: Doc, m: Mention) -> list[Mention]:
    """"[Projects All Across Malaysia]": the countries inside a headline's
    capitalised run that is no name."""
    toks = tokens(doc)
    out, k = [], m.start
    while k < m.end:
        end = next((e for e in range(min(m.end, k + 3), k, -1) if country_code(doc[k:e].text)), None)
        if end is not None and m.end - m.start > end - k and (end == m.end or toks[k - 1].lower_ in PLACE_PREPOSITIONS):
            out.append(Mention(k, end, "Place", "headline-region"))
        k = end or k + 1
    return out


def _shouted(text: str, pos: int) -> bool:
    """Whether the line around `pos` is a headline or link written all in capitals."""
    line = line_at(text, pos)
    if line.count(" ") > 40:
        return False
    letters = [c for c in line if c.isalpha()]  # its small words lowered for the parser: "FIGHT tO DECLARE"
    return len(line.split()) >= 4 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


GENERIC_GOVERNMENT = re.compile(r"(?i)(?:federal|national|central|union|state|provincial|regional) (?:government|administration)")


def _generic_government(doc: Doc, m: Mention) -> bool:
    """"the State Government", "the federal government": a government named by its level
    alone is no entity; the country or state it governs commits for it (but "the Federal
    Government", so capitalised, is a body: a Nigerian story's name for its government)."""
    text = m.span(doc).text
    return m.start > 0 and tokens(doc)[m.start - 1].lower_ == "the" and bool(GENERIC_GOVERNMENT.fullmatch(text)) \
        and text != "Federal Government"


OPENING_QUOTES = frozenset({"“", "‘", '"'})


def _common_word(doc: Doc, m: Mention) -> bool:
    """"Farmers will get ...": a one-word "name" capitalised only where every word is (a
    sentence's first word, a title-case headline) or as a portfolio before a title
    ("Education Minister X ... Education is a priority"), that the text also writes in lower case."""
    toks = tokens(doc)
    tok = toks[m.start]
    if m.end - m.start > 1 or m.type == "Place" or not tok.is_title:
        return False
    if _adjective_before_title(doc, m.start):
        return True
    text = text_of_doc(doc)
    portfolio = lambda t: t.i + 1 < len(doc) and toks[t.i + 1].lower_ in LEX.portfolio_titles  # noqa: E731
    quoted = m.type == "Person" or any(portfolio(t) for t in toks if t.text == tok.text)  # a quote's first word is
    # capitalised too: "“Galamsey will never happen,” he said", a common noun NER took for a person, or a
    # portfolio's ("Education Minister X ... “Education is a priority”"; not "“Shell is committed,” it said ... a
    # shell company")
    first = lambda t: t.is_sent_start or _in_headline(text, t.idx) or quoted and t.i and toks[t.i - 1].text in OPENING_QUOTES  # noqa: E731
    if not first(tok) or tok.lower_ not in lower_words(doc):
        return False
    return all(first(t) or portfolio(t) for t in toks if t.text == tok.text)  # ("Education Minister X")


def _adjective_before_title(doc: Doc, i: int) -> bool:
    """"Emeritus Senior Minister X", "Humanitarian Coordinator X": an English adjective
    (no demonym, first name or place) right before a public post's title, capitalised
    nowhere else but first in a sentence or before a title, is the title's word, no body's
    name (but "Prudential Chairman X", "Conservative Leader X")."""
    toks, titles = tokens(doc), title_runs(doc)
    tok = toks[i]
    head = next((toks[k] for k in range(i + 1, min(i + 5, len(doc))) if k in titles and is_title_head(toks[k])), None)
    if head is None or head.lower_ not in PUBLIC_POSTS:
        return False  # not a company's title: "Prudential Chairman X", "United Manager X"; nor a party's leader
    if i + 1 >= len(doc) or i + 1 not in titles or i in titles or toks[i + 1].is_upper or tok.lower_ not in adjectives() \
            or tok.lower_ in LEX.demonyms or is_given_name(tok.text) or is_place_name(tok.text) \
            or tok.lower_.endswith(ADHERENTS) and tok.lower_ not in lower_words(doc):
        return False  # not "Methodist Minister X", "Socialist Leader X" (but "Humanitarian Coordinator X" in a
        # text of humanitarian aid)
    return all(t.is_sent_start or t.i + 1 in titles for t in toks if t.text == tok.text)


def _title_or_fragment(doc: Doc, m: Mention) -> bool:
    """"Inspector General", "General Overseer", "[for Foreign Affairs]": a "body" or "place"
    that is a title's words alone, or that starts with a lower-case joining word, names none."""
    toks = tokens(doc)
    words = toks[m.start:m.end]
    if m.type not in ("Organization", "Place"):
        return False
    return words[0].lower_ in ("and", "for", "of", "&") and words[0].is_lower or all(
        is_title_word(t) and not head_type(t) for t in words) and any(is_title_head(t) for t in words)


def _word_for_a_place(doc: Doc, m: Mention) -> bool:
    """"Hawaiian", "Legislative", "Port", "Policy": one word NER took for a place that no
    gazetteer knows and that is an adjective (not "the Atlantic", "the Mediterranean"), a
    known place's demonym ("Gujarati"), or a word the text also writes in lower case."""
    toks = tokens(doc)
    tok = toks[m.start]
    if m.type != "Place" or m.end - m.start != 1 or tok.is_upper or not tok.is_alpha or is_place_name(tok.text) \
            or is_world_region(tok.text):
        return False
    named = m.start > 0 and toks[m.start - 1].lower_ == "the"
    lower = tok.lower_ in lower_words(doc) and not any(  # (not "Sandwich in Kent", "from Street, Somerset")
        t.text == tok.text and (t.i and toks[t.i - 1].lower_ in ("in", "at", "from", "near") or t.i + 2 < len(doc)
                                and toks[t.i + 1].text in (",", "in") and is_place_name(toks[t.i + 2].text))
        for t in toks)
    return lower or not named and tok.lower_ in adjectives() or any(
        tok.lower_.endswith(end) and len(tok.text) - len(end) > 2 and is_place_name(tok.text[:-len(end)])
        for end in DEMONYM_ENDINGS)


def _common_noun_body(doc: Doc, m: Mention) -> bool:
    """"Health and Social Care", "the Mining sector", "Corruption charges": one capitalised
    word NER took for a body that the text also writes in lower case, and never makes a
    subject or an owner ("Labour said", "Labour's candidate": a party); not "the Government"
    or "Parliament", bodies English names by their word."""
    toks = tokens(doc)
    tok = toks[m.start]
    if m.type != "Organization" or m.end - m.start != 1 or tok.is_upper or not tok.is_alpha \
            or tok.lower_ not in lower_words(doc) or tok.lower_ in LEX.government_heads or tok.lower_ in LEGISLATURE_NAMES:
        return False
    return all(t.dep_ in ("compound", "amod", "nmod") or t.is_sent_start for t in toks if t.text == tok.text) and not any(
        t.text == tok.text and (t.dep_ in ("nsubj", "nsubjpass", "poss") or t.i + 1 < len(doc)
                                and toks[t.i + 1].text in POSSESSIVE) for t in toks)  # (not "Shares in Shell")


DEMONYM_ENDINGS = ("n", "an", "i", "ese", "ian")  # "Asian", "Hawaiian", "Gujarati", "Taiwanese"


ADHERENTS = ("ist", "an", "ic")  # adjectives of faiths and parties, which English capitalises
PUBLIC_POSTS = frozenset({"minister", "secretary", "commissioner", "coordinator", "envoy", "ambassador", "adviser",
                          "advisor", "undersecretary"})  # posts an adjective before names the brief of


def _plural_title(doc: Doc, m: Mention) -> bool:
    """"The Ministers confirmed ...", "the Governors": a title in the plural alone names no one."""
    low = tokens(doc)[m.start].lower_
    return m.end - m.start == 1 and low.endswith("s") and title_of_plural(low) is not None \
        and not is_place_name(low)  # (not "Queens")


def _party_tag_state(doc: Doc, m: Mention) -> bool:
    """"Sen. X (R-ME)": a state's postal code in a legislator's party tag, no body's name (the
    seat's state is role.party-state's)."""
    toks = tokens(doc)
    return m.end - m.start == 1 and m.start > 1 and toks[m.start - 1].text in ("-", "–") \
        and toks[m.start - 2].text in ("R", "D", "I") and us_state_of_code(toks[m.start].text) is not None


def _portfolio_name(doc: Doc, m: Mention) -> bool:
    """"Housing Minister X", "sectors like Health, Education and Trade", "Minister for Digital
    Infrastructure": portfolio words NER took for a body or a place, with no head word of a
    body and no "the" ("the National", a party's name) but after a title ("Minister of the Water and Energy")."""
    toks = tokens(doc)
    words = [t.lower_ for t in toks[m.start:m.end]]
    titled = m.start > 2 and toks[m.start - 2].lower_ in ("of", "for") and is_title_head(toks[m.start - 3])
    if m.type == "Person" or (m.start and toks[m.start - 1].lower_ == "the" and not titled) or not any(
            w in LEX.title_modifiers for w in words) or not all(
            w in LEX.title_modifiers and (titled or w not in LEX.org_heads) or w in ("and", "&", "of") for w in words):
        return False
    tok = toks[m.start]  # one word only before a title or listed with portfolios ("National said": a party)
    return m.end - m.start > 1 or (m.end < len(doc) and is_title_word(toks[m.end])) or any(
        t.lower_ in LEX.title_modifiers and is_cap(t) for t in (*tok.conjuncts, tok.head if tok.dep_ == "conj" else tok)
        if t.i != tok.i)


def _title_word_person(doc: Doc, m: Mention, surnames: set[str]) -> bool:
    """"Minister responsible for Works", "Madam Vice Chancellor", "us, Cabinet Ministers": words
    of titles or an honorific alone taken for a person, no named person's surname."""
    toks = tokens(doc)
    if m.type != "Person" or toks[m.end - 1].lower_ in surnames:
        return False
    words = [t.lower_ for t in doc[m.start:m.end]]
    if len(words) == 1 and (words[0] in LEX.title_modifiers or words[0] in LEX.honorifics):
        return True
    if words == ["responsible"] and m.end < len(doc) and toks[m.end].lower_ == "for":
        return True  # "Minister Responsible for Housing"
    return len(words) > 1 and all(w in LEX.title_words or w.removesuffix("s") in LEX.title_words for w in words)


def _ward_before_title(doc: Doc, m: Mention) -> Mention:
    """"[Mimosa Ward Councillor], Richard Chikhwakhwa": a ward's name and the title of its
    seat NER took for a person is the ward, a place."""
    toks = tokens(doc)
    if m.type == "Person" and m.end - m.start > 2 and toks[m.end - 2].lower_ == "ward" and is_title_head(toks[m.end - 1]):
        return Mention(m.start, m.end - 1, "Place", "ward-before-title")
    return m


def _titled_person(doc: Doc, m: Mention, surnames: set[str]) -> Mention:
    """"[Bishop Colm O'Reilly] said", "hope that [Bishop Bomansaan] would": a title and a
    name NER took for a body or a place is the person, when the name's last word is the
    surname of a person the text names (not the seat "Prince Albert Carlton"), or the title is
    an upper-case one before two words ("MEC Ntombi Mekgwe", not "CEO Magazine")."""
    toks = tokens(doc)
    if m.type not in ("Organization", "Place") or m.end - m.start < 2 or not is_title_head(toks[m.start]) \
            or not is_cap(toks[m.start]) or m.start and toks[m.start - 1].lower_ == "the" \
            or is_place_name(m.span(doc).text):  # "General Santos", "Prince Albert": towns
        return m
    rest = doc[m.start + 1:m.end]
    if not all(t.pos_ == "PROPN" and is_cap(t) and t.lower_ not in LEX.org_heads and t.lower_ not in LEX.place_heads
               and not is_title_word(t) for t in rest) \
            or not (rest[-1].lower_ in surnames or toks[m.start].is_upper and len(rest) > 1):
        return m  # (or an upper-case title's, and two words: "MEC Ntombi Mekgwe")
    return Mention(m.start + 1, m.end, "Person", "titled-person")


def _inhabitants(doc: Doc, m: Mention) -> bool:
    """"Jakartans", "Londoners": the people of a place, no person or body."""
    toks = tokens(doc)
    text = toks[m.start].text
    return m.end - m.start == 1 and any(
        text.endswith(suffix) and len(text) - len(suffix) >= 4
        and (is_city(text[:-len(suffix)]) or is_region(text[:-len(suffix)])) for suffix in INHABITANTS)


INHABITANTS = ("ns", "ians", "ans", "ers", "ites", "is")  # "Kabulis", "Lahoris"


def _initialism(doc: Doc, m: Mention) -> bool:
    """"FDI inflows", "PPE kits", "COVID", "USD 79.26", "two MoUs", "Tory MPs": a one-word "name"
    that is a common noun's initialism (or its plural, or a title's), or a currency's code beside
    its amount ("PKR assemblymen" are a party's)."""
    toks = tokens(doc)
    tok = toks[m.start]
    if m.end - m.start == 1 and tok.text.removesuffix("s") in _defined_terms(doc):
        return True  # "non-revenue water (NRW)", "electric cooperatives (ECs)"
    if m.end - m.start == 1 and not tok.is_upper and sum(map(str.isupper, tok.text)) >= 2:
        low = tok.lower_  # "MoU", "MoUs", "MPs", "VCs": a common noun's initialism, a title's plural
        single = low[:-1] if low.endswith("s") else low
        return single in LEX.common_initialisms or low.endswith("s") and (
            single in LEX.title_heads or single in LEX.title_abbreviations)
    if m.end - m.start > 1 or not tok.is_upper:
        return False
    near = [toks[k] for k in (m.start - 1, m.end) if 0 <= k < len(doc)]
    currency = tok.text in iso_codes() and any(t.like_num or t.lower_ in LEX.scales for t in near)  # "$1 billion USD"
    after = m.end + (m.end < len(doc) and toks[m.end].text in POSSESSIVE)
    common = tok.lower_ in LEX.common_initialisms and not (
        after < len(doc) and is_title_head(toks[after]) and toks[after].lower_ not in LEX.portfolio_titles)
    # not "UTC chief executive X": a company known by those letters
    return common or tok.lower_ in LEX.non_entity_heads or currency \
        or title_initials(doc, tok.text)  # "Minister for Foreign Affairs (FM) Penny Wong": a title's initials


def _defined_terms(doc: Doc) -> set[str]:
    """The initialisms the text defines for common nouns: "non-revenue water (NRW)",
    "small and medium enterprises (SMEs)" ("NRW", "SME"); no body's name."""
    terms = doc.user_data.get("kg.terms")
    if terms is None:
        terms = doc.user_data["kg.terms"] = {m[2] for m in DEFINED_TERM.finditer(text_of_doc(doc))
                                             if _spelled(m[1], m[2]) and not _body_head(m[1])}
        # (not "the national farmers' union (NFU)": a body written in lower case; but "electric cooperatives
        # (ECs)", "integrated development programme (IDP)": kinds and plans)
    return terms


def _body_head(words: str) -> bool:
    """Whether lower-case words name one body by their head noun (the word before "of" or
    "for", else the last): "court of arbitration", "farmers' union"."""
    parts = words.split()
    head = next((parts[k - 1] for k in range(1, len(parts)) if parts[k] in ("of", "for")), parts[-1])
    return head in LEX.org_heads and not head.endswith("s") and head not in SCHEME_HEADS


def _spelled(words: str, initials: str) -> bool:
    """Whether the last words (their hyphenated parts too; not "and", "of") start with these letters."""
    parts = [p for w in words.split() for p in re.split(r"[-–]", w) if p and p not in LINKING_WORDS]
    return len(parts) >= len(initials) and "".join(p[0] for p in parts[-len(initials):]) == initials.lower()


DEFINED_TERM = re.compile(r"((?:(?<![\w’'-])[a-z][\w’'-]*[ \t]+){1,8})\(([A-Z]{2,6})s?\)")
LINKING_WORDS = frozenset({"and", "of", "the", "for", "&", "on", "in", "to"})


def _document_name(doc: Doc, m: Mention) -> bool:
    """"the Sustainable Development Goals", "Oman Vision 2040", "the National Plan", "the
    MoU": a plan, a programme of goals or a paper, no entity of ours (a person keeps a name
    like "Ada Plan"; a charity or a project without a year keeps its: "World Vision")."""
    toks = tokens(doc)
    words = [t for t in toks[m.start:m.end] if not t.like_num]
    dated = len(words) < m.end - m.start  # "Oman Vision 2040", not the charity World Vision
    while len(words) > 1 and ROMAN.fullmatch(words[-1].text):
        words.pop()  # "the National Rail Plan VIII"
    scheme = bool(words) and words[-1].lower_ in SCHEME_HEADS and words[0].lower_ not in AGENCY_LEADS \
        and not (m.start and toks[m.start - 1].lower_ in AGENCY_LEADS)  # "the Rural Roads Program" (not
    # "the World Food Programme", "the UN Environment Program": agencies)
    memorandum = toks[m.start].lower_.startswith("memorand") or m.start > 1 and toks[m.start - 1].lower_ == "of" \
        and toks[m.start - 2].lower_.startswith("memorand")  # "Memorandums of Understanding", however NER cut it
    return m.type != "Person" and bool(words) and (words[-1].lower_ in DOCUMENT_HEADS or dated and words[-1].lower_
                                                   in DATED_HEADS or memorandum or scheme)


DOCUMENT_HEADS = frozenset({"goals", "plan", "agenda", "mou", "strategy", "roadmap", "blueprint", "manifesto", "policy"})
SCHEME_HEADS = frozenset({"program", "programme"})
AGENCY_LEADS = frozenset({"un", "u.n.", "united", "world", "international", "global", "european", "african", "asian"})
DATED_HEADS = frozenset({"vision", "agenda", "project", "budget"})  # with a year: "Vision 2030", "Agenda 2063",
# "Budget 2023"




def _in_headline(text: str, pos: int) -> bool:
    """Whether the line around `pos` is a headline written in title case."""
    line = line_at(text, pos)
    if line.count(" ") > 40 or line.rstrip().endswith((".", "?", "!", '"', "”")) or line.lstrip().startswith(BULLETS):
        return False  # a paragraph or a list's item, not a headline (cheaply, before counting its words)
    return title_case(line) and not SENTENCE_INSIDE.search(line)  # (not a caption's sentence and its credit)


SENTENCE_INSIDE = re.compile(r"[a-z]{2}\. [A-Z][a-z]")  # "... last August. File Photo by X"
BULLETS = ("•", "●", "▪", "◦", "·", "*", "- ", "– ")


def _dateline(doc: Doc, start: int, end: int) -> bool:
    """"LAGOS, May 6 —": a name opening a line, then a comma and a date."""
    toks = tokens(doc)
    first = start == 0 or "\n" in toks[start - 1].text_with_ws
    return first and end + 1 < len(doc) and toks[end].text == "," and toks[end + 1].ent_type_ == "DATE"


def _place_pairs(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"Trinidad and Tobago", "Antigua and Barbuda": two names joined by "and" that
    together are one place a gazetteer knows."""
    toks = tokens(doc)
    by_start = {m.start: m for m in mentions}
    out = []
    for m in mentions:
        if m.end + 1 < len(doc) and toks[m.end].lower_ == "and" and (nxt := by_start.get(m.end + 1)):
            if is_region(doc[m.start:nxt.end].text):
                out.append(Mention(m.start, nxt.end, "Place", "place-pair"))
    return out


def _adjacent_joins(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Names NER split in two: "[Acme] [Canada]'s president", "[Acme Motor] [North America]
    CEO" (a company and its country unit, before a possessive or a title), and "the [U.S.]
    [Chamber of Trade]" (a country naming an organization after "the")."""
    toks = tokens(doc)
    by_start = {m.start: m for m in mentions}
    titles = title_runs(doc)
    out = []
    for m in mentions:
        gap = m.end
        while m.type == "Organization" and gap < len(doc) and _bare_capital(toks[gap], titles):
            gap += 1
        nxt = by_start.get(gap)
        if nxt is None and gap > m.end and gap in titles and toks[gap].is_title:
            out.append(Mention(m.start, gap, "Organization", "org-run-join"))  # "[GHCL] Textiles Director X"
            continue
        if nxt is None or not toks[gap - 1].whitespace_ or nxt.end >= len(doc):
            continue
        after = toks[nxt.end]
        if m.type == "Organization" and nxt.type == "Place" and (
                gap > m.end or after.text in POSSESSIVE or nxt.end in titles  # "Acme [Motor] North America"
                or gap == m.end and nxt.end - nxt.start == 1 and toks[m.end - 1].dep_ == "compound"
                and toks[m.end - 1].head.i == nxt.start and toks[nxt.start].dep_ not in ("compound", "amod")
                and country_code(toks[nxt.start].text)):  # "the chief operating officer of [HSBC] [UK]": its unit there
            out.append(Mention(m.start, nxt.end, "Organization", "org-unit-join"))
            nxt.nested = True
        elif m.type == "Place" and nxt.type == "Organization" and m.start and toks[m.start - 1].lower_ == "the" \
                and m.end - m.start == 1:
            out.append(Mention(m.start, nxt.end, "Organization", "country-org-join"))
            m.nested = True
        elif m.type == "Place" and gap == m.end and toks[m.end - 1].dep_ == "compound" and (
                toks[nxt.end - 1].lower_ in LEX.buildings or toks[nxt.end - 1].lower_ in SEES):
            out.append(Mention(m.start, nxt.end, nxt.type, "town-institution-join"))  # "[Cambridge] [Memorial
            m.nested = True  # Hospital]": an institution named after its town
    return out + _portfolio_joins(doc, mentions) + _object_joins(doc, mentions) + _couple_joins(doc, mentions)


def _place_joins(kept: list[Mention], rule: str, joins, kind: str = "Place") -> list[Mention]:
    """Each mention that `joins(before, mention)` says goes with the one before it, made
    one place (or `kind`) with it."""
    out: list[Mention] = []
    for m in sorted(kept, key=lambda m: (m.start, -m.end)):
        if out and joins(out[-1], m):
            out[-1] = Mention(out[-1].start, m.end, kind, rule)
        else:
            out.append(m)
    return out


def _initialled_with_place(doc: Doc, prev: Mention, m: Mention) -> bool:
    """"[European Chamber of Commerce] in [the Philippines] (ECCP)": a body, "in" or "of" and a
    place, then an initialism in brackets of all their capitalised words, name one body."""
    toks = tokens(doc)
    gap = [t.lower_ for t in toks[prev.end:m.start]]
    if prev.type != "Organization" or m.type != "Place" or gap not in (["in"], ["of"], ["in", "the"], ["of", "the"]) \
            or m.end + 2 >= len(doc) or toks[m.end].text != "(" or toks[m.end + 2].text != ")":
        return False
    return toks[m.end + 1].is_alpha and toks[m.end + 1].text.upper() == "".join(
        t.text[0] for t in toks[prev.start:m.end] if t.is_title and t.is_alpha and t.lower_ not in ("of", "the", "in", "and"))
    # (the initialism written as a word too: "Prasa")


def _initialled_bodies_parts(doc: Doc, kept: list[Mention]) -> list[Mention]:
    """For each body _initialled_with_place joined: the place named inside it (nested) and its
    initialism after it, an organization whatever NER made of it."""
    toks = tokens(doc)
    for m in [m for m in kept if m.rule == "org-place-initials-join"]:
        place = next(k for k in range(m.end - 1, m.start, -1) if toks[k - 1].lower_ in ("in", "of", "the"))
        kept = [x for x in kept if x.start != m.end + 1 or x.end != m.end + 2]
        kept += [Mention(place, m.end, "Place", m.rule, nested=True), Mention(m.end + 1, m.end + 2, "Organization", m.rule)]
    return kept


def _regional_arm(doc: Doc, prev: Mention, m: Mention, titles: set[int]) -> bool:
    """"[Toyota] [North America] Chief Executive X", "[Microsoft] [Nigeria]'s CEO": a company
    and the region it works in, written together before a post, name one body."""
    toks = tokens(doc)
    owned = m.end < len(doc) and toks[m.end].text in POSSESSIVE
    k = m.end + owned
    letters = prev.type in ("Organization", "Unknown") and all(t.ent_type_ == "" and is_cap(t) for t in prev.span(doc))
    body = prev.type == "Organization" and all(t.ent_type_ == "ORG" for t in prev.span(doc)) or owned and letters  # "IKEA
    # US' CEO"
    held = prev.start > 1 and toks[prev.start - 1].lower_ == "of" and is_title_head(toks[prev.start - 2]) and letters \
        and toks[prev.start - 2].lower_ not in LEX.portfolio_titles \
        and all(t.is_upper for t in prev.span(doc))  # "the Chief Executive of [MTN] [Ghana], X"
    titled = k < len(doc) and (k in titles or owned and any(is_title_head(t) for t in toks[k:k + 2])) and is_title_word(toks[k])
    return (body or held) and m.type in ("Place", "Organization") and m.start == prev.end and not prev.nested \
        and toks[prev.end - 1].whitespace_ == " " and (titled or held) \
        and (is_place_name(m.span(doc).text) or all(t.ent_type_ in ("GPE", "LOC") for t in m.span(doc)))


def _body_before_title(doc: Doc, kept: list[Mention], titles: set[int]) -> list[Mention]:
    """"Freeport Indonesia president director X", "Dairy Farmers of Canada chair X", "Acme Motor
    North America CEO X": proper nouns ending in a country or region, right before a title and
    the name of the one who holds it, name one organization (its unit there), however NER cut
    them; not a place's own name ("New South Wales"), nor a region alone ("Kenya President X")."""
    toks = tokens(doc)
    people = {m.start for m in kept if m.type == "Person"}
    for k in range(1, len(doc)):
        if not is_title_word(toks[k]) or is_title_word(toks[k - 1]):
            continue
        j = k
        while j < len(doc) and is_title_word(toks[j]):
            j += 1
        if j not in people or not any(is_title_head(toks[x]) for x in range(k, j)):
            continue
        start = k
        while start > 0 and (is_cap(toks[start - 1]) and toks[start - 1].is_alpha or toks[start - 1].lower_ in ("of", "&")
                             and start > 1 and is_cap(toks[start - 2])) and start - 1 not in titles:
            start -= 1
        inside = [m for m in kept if start <= m.start and m.end <= k]
        if start == k or any(m.start < k and m.end > start and m not in inside for m in kept) or not inside \
                or toks[start].lower_ in ("of", "&") or inside[-1].end != k:
            continue
        last = inside[-1].span(doc)
        region = is_region(last.text) or all(t.ent_type_ in ("GPE", "LOC") for t in last)
        before = doc[start:last.start]
        named = {i for m in inside for i in range(m.start, m.end)}
        if not region or not before.text or is_region(before.text) or is_place_name(doc[start:k].text) \
                or capital_of(before.text) or before.text.isupper() \
                or before.text.lower() in LEX.demonyms or len(before) == 1 and (  # "Republican Texas Senator X"
                    before[0].ent_type_ == "NORP" or before[0].pos_ == "ADJ") \
                or any(t.i not in named and (t.pos_ != "PROPN" or t.lower_ in LEX.title_descriptors
                                             or t.lower_ in LEX.title_modifiers) and t.lower_ not in ("of", "&")
                       for t in before):
            continue  # not "Former Kenya President X", "New Phuket Governor X"
        kept = [m for m in kept if m not in inside] + [Mention(start, k, "Organization", "org-before-title")]
    return sorted(kept, key=lambda m: (m.start, -m.end))


def _dash_join(doc: Doc, prev: Mention, m: Mention) -> bool:
    """"Spadina—Fort York", "Eglinton—Lawrence": two names joined by an unspaced dash are
    one place's (a constituency, a district); so are a seat's joined by hyphens."""
    toks = tokens(doc)
    dash = m.start - 1
    hyphen = toks[dash].text == "-" and seat_for(doc, prev.start)  # "MLA for Barrhead-Morinville-Westlock"
    return prev.end == dash and (toks[dash].text in ("—", "–") or hyphen) and not toks[dash - 1].whitespace_ \
        and not toks[dash].whitespace_ and prev.type in ("Place", "Person", "Unknown") \
        and m.type in ("Place", "Person", "Unknown") and "Place" in (prev.type, m.type) \
        and not prev.nested and not m.nested \
        and not (m.type == "Person" and m.end - m.start > 1 and is_given_name(toks[m.start].text))  # not a dateline's
    # "Nakuru—Tom Kiprop, the former governor": the place, then the person


def _compass_join(doc: Doc, prev: Mention, m: Mention) -> bool:
    """"Galway East", "Lamu West": a place and a compass word right after it are one
    place's name (a constituency, a district); so are a compass word found alone and the
    name NER took apart from it ("[West] [Java] Governor")."""
    toks = tokens(doc)
    seat = m.end < len(doc) and toks[m.end].lower_ in LEX.seat_titles  # "[Norvik] West TD X": a constituency
    if m.start != prev.end or not toks[prev.end - 1].whitespace_:
        return False
    if prev.type == "Place" and prev.end - prev.start == 1 and toks[prev.start].lower_ in COMPASS \
            and toks[prev.start].is_title and m.end - m.start == 1 and m.type != "Event":
        return True
    return (prev.type == "Place" or seat) and m.end - m.start == 1 and toks[m.start].lower_ in COMPASS \
        and is_cap(toks[m.start])


def _couple_joins(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"Bill and [Melinda Gates Foundation]": a given name and "and" before an organization
    named after a person are the name's (a couple's foundation)."""
    toks = tokens(doc)
    taken = {i for m in mentions if m.end - m.start > 1 for i in range(m.start, m.end)}  # not a lone given name
    out = []
    for m in mentions:
        k = m.start
        if m.type == "Organization" and k > 1 and toks[k - 1].lower_ == "and" and k - 2 not in taken \
                and is_cap(toks[k - 2]) and is_given_name(toks[k - 2].text) and is_given_name(toks[k].text) \
                and toks[m.end - 1].lower_ in LEX.org_heads:
            out.append(Mention(k - 2, m.end, "Organization", "org-couple-join"))
    return out


def _portfolio_joins(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"the [Ministry of Roads] and [Highways]", "the [Ministry of Environment], [National
    Beautification] and the [Blue Economy]": an organization "X of Y", then capitalised
    words listed with commas and ending "and [the] ...", that name no body of their own,
    is one name."""
    toks = tokens(doc)
    out = []
    people = {i for m in mentions if m.type == "Person" for i in range(m.start, m.end)}
    for m in mentions:
        k = m.end
        if m.type != "Organization" or k + 1 >= len(doc) or toks[k].lower_ not in ("and", "&", ",") \
                or "of" not in [t.lower_ for t in doc[m.start:m.end]] or toks[m.start].lower_ not in LEX.org_heads:
            continue
        j, joined = k, False
        word = lambda t: is_cap(t) and t.is_alpha and t.ent_type_ not in ("PERSON", "GPE") \
            and not t.is_upper and t.i not in people and not is_given_name(t.text)  # noqa: E731 - no name, no acronym
        while j + 1 < len(doc):
            link = toks[j].lower_ in ("and", "&") or (toks[j].text == "," and not joined)
            the = link and toks[j].lower_ != "," and toks[j + 1].lower_ == "the" and j + 2 < len(doc)
            if word(toks[j]) or (link and word(toks[j + 1 + the])):
                joined = joined or toks[j].lower_ in ("and", "&")
                j += 1 + (the and not word(toks[j]))
            else:
                break
        while j > k and not word(toks[j - 1]):
            j -= 1
        own = any(toks[x].lower_ in LEX.org_heads or toks[x].lower_ in LEX.designators for x in range(k + 1, j))
        cut = j < len(doc) and is_cap(toks[j]) and toks[j].is_alpha  # the list stops inside a name
        bodies = any(toks[x - 1].text == "," and (x + 1 == j or toks[x + 1].lower_ in (",", "and", "&"))
                     and _own_body(toks[x]) for x in range(k + 1, j))  # "the Department of Energy, [Chevron] and [Exxon]"
        if j > k + 1 and joined and not own and not cut and not bodies:
            out.append(Mention(m.start, j, "Organization", "org-portfolio-join"))  # the longer name wins
    return out


def _own_body(tok: Token) -> bool:
    """A one-word list item NER names as a body of its own, no portfolio's word ("Chevron",
    not "Forestry")."""
    return tok.ent_iob_ == "B" and tok.ent_type_ == "ORG" and tok.lower_ not in LEX.title_modifiers


OBJECT_HEADS = frozenset({"office", "fund", "board"})  # heads of no standing body of their own


SEES = frozenset({"diocese", "archdiocese", "church", "university", "college"})  # named after a place


def _object_joins(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"the [CPC Central Commission] for Discipline Inspection", "[Committee] on Public
    Accounts": an organization ending in a body's head, then "for", "of" or "on" and
    capitalised words that name nobody and nothing of their own, is one name."""
    toks = tokens(doc)
    out, people = [], {i for m in mentions if m.type == "Person" for i in range(m.start, m.end)}
    for m in mentions:
        k = m.end
        if m.type == "Organization" and (listed := _object_list_end(doc, m)):
            out.append(Mention(m.start, listed, "Organization", "org-object-join"))
        if m.type != "Organization" or k + 1 >= len(doc) or toks[k].lower_ not in ("for", "of", "on") \
                or not (toks[k - 1].lower_ in LEX.body_heads or toks[k - 1].lower_ in OBJECT_HEADS):
            continue
        j = k + 1
        named = ("", "ORG", "GPE") if toks[k - 1].lower_ in SEES else ("", "ORG")  # "the Diocese of Albany"
        while j < len(doc) and (is_cap(toks[j]) and toks[j].is_alpha and toks[j].ent_type_ in named or (
                toks[j].lower_ in ("and", "&") or toks[j].text in POSSESSIVE and j > k + 1)  # "for Children's Health"
                and j + 1 < len(doc) and is_cap(toks[j + 1])):
            j += 1
        cut = j < len(doc) and is_cap(toks[j]) and toks[j].is_alpha  # the words run on into another name
        if j > k + 1 and not cut and toks[j - 1].lower_ not in ("and", "&") and not any(
                x.lower_ in LEX.org_heads or x.lower_ in LEX.place_nouns or x.lower_ in LEX.place_heads
                or x.i in people or is_given_name(x.text) for x in doc[k + 1:j]):
            out.append(Mention(m.start, j, "Organization", "org-object-join"))
    return out


def _object_list_end(doc: Doc, m: Mention) -> int | None:
    """"[Committee on Employment], Labour and Productivity": where the list of a body's
    object that NER cut at its first comma ends, if the list ends with "and"."""
    toks = tokens(doc)
    k = m.end
    prep = next((x for x in range(m.start + 1, k) if toks[x].lower_ in ("for", "of", "on")
                 and toks[x - 1].lower_ in LEX.body_heads), None)
    if k + 2 >= len(doc) or toks[k].text != "," or prep is None or any(toks[x].lower_ in ("and", "&") for x in range(prep, k)):
        return None  # not "[Ministry of A and B], Treasury and X": a list of bodies
    portfolio = lambda t: is_cap(t) and t.is_alpha and not t.is_upper and t.ent_type_ in ("", "ORG") \
        and t.lower_ not in LEX.org_heads and t.lower_ not in LEX.place_heads  # noqa: E731 - not "University"
    j, joined = k, False
    while j + 1 < len(doc) and toks[j].text in (",", "and", "&") and portfolio(toks[j + 1]) and not joined:
        joined = toks[j].text != ","
        j += 2
        item = j - 1
        while j < len(doc) and portfolio(toks[j]):
            j += 1
        if j == item + 1 and _own_body(toks[item]):
            return None  # "the Department of Energy, [Chevron] and [Exxon]": bodies of their own, no portfolios
    return j if joined and (j >= len(doc) or not is_cap(toks[j])) else None


def _office_of_title(doc: Doc, m: Mention, covered: set[int]) -> Mention:
    """"[Office of the Prime] Minister": a body named after a post that NER cut inside the
    post's title runs on to the title's head."""
    toks, end = tokens(doc), m.end
    if m.type == "Organization" and end < len(doc) and end - m.start >= 5 and toks[end - 1].text == "-" \
            and not toks[end - 1].whitespace_ and is_title_word(toks[end - 2]) and is_cap(toks[end]) \
            and is_title_head(toks[end]) and end not in covered:
        return Mention(m.start, end + 1, m.type, m.rule, m.honorific, m.nested, m.government)  # "[Office of the
        # Vice-]Chancellor"
    if m.type != "Organization" or end >= len(doc) or end - m.start < 4 or toks[end - 3].lower_ != "of" \
            or toks[end - 2].lower_ != "the" or not is_title_word(toks[end - 1]) or is_title_head(toks[end - 1]):
        return m  # "Office of the [Prime]", not "Department of Economic Development [Commissioner]"
    while end < len(doc) and end not in covered and is_cap(toks[end]) and is_title_word(toks[end]) and end - m.end < 2:
        end += 1
    return Mention(m.start, end, m.type, m.rule, m.honorific, m.nested, m.government) if end > m.end \
        and is_title_head(toks[end - 1]) else m


def _board_of_body(doc: Doc, m: Mention) -> Mention:
    """"Chairman of the [Board of Directors of Acme]": the board is the title's, the body after
    it the name (NER ran the two together)."""
    toks = tokens(doc)
    if m.type != "Organization" or m.end - m.start < 5 or toks[m.start].lower_ != "board" \
            or toks[m.start + 1].lower_ != "of" or toks[m.start + 2].lower_ not in BOARD_KINDS or toks[m.start + 3].lower_ != "of":
        return m
    start = m.start + 4 + (toks[m.start + 4].lower_ == "the")
    return Mention(start, m.end, m.type, m.rule, m.honorific, m.nested, m.government) if start < m.end else m


def _city_with_particle(doc: Doc, kept: list[Mention]) -> list[Mention]:
    """"[Dar] es [Salaam]", split by NER in a dateline: a capitalised word, a lower-case
    particle and a place that a gazetteer knows together as one city is that city."""
    toks = tokens(doc)
    out = []
    for m in kept:
        k = m.start - 2
        if m.type == "Place" and k >= 0 and toks[k + 1].is_lower and toks[k + 1].is_alpha and toks[k].is_title \
                and is_city(doc[k:m.end].text):
            out = [o for o in out if o.end <= k]
            m = Mention(k, m.end, "Place", "city-particle-join", m.honorific, m.nested, m.government)
        out.append(m)
    return out


def _capitals_before_name(doc: Doc, m: Mention) -> Mention:
    """"Photo by THE CANADIAN PRESS [Travis Toews]": words in capitals NER ran into a person's
    name written in title case (a credit, a byline) are no part of it."""
    toks = tokens(doc)
    k = m.start
    while k < m.end and toks[k].is_upper and toks[k].is_alpha and len(toks[k]) > 1:
        k += 1
    if m.type != "Person" or k == m.start or m.end - k < 2 or not all(t.is_title for t in doc[k:m.end] if t.is_alpha) \
            or all(len(t) < 4 for t in doc[m.start:k]):  # not initials: "AH Mahmood Ali", "AK Abdul Momen"
        return m
    return Mention(k, m.end, m.type, m.rule, m.honorific, m.nested, m.government)


def _particle_hyphen_join(doc: Doc, m: Mention, covered: set[int]) -> Mention:
    """"[Sharm el]-Sheikh": a name NER ended on a lower-case particle (lexicons/name_particles.txt)
    glued by a hyphen to a capitalised word goes on through that word."""
    toks = tokens(doc)
    k = m.end
    if k + 1 >= len(doc) or toks[k - 1].lower_ not in LEX.name_particles or toks[k - 1].whitespace_ \
            or toks[k].text != "-" or toks[k].whitespace_ or not toks[k + 1].is_title or not toks[k + 1].is_alpha \
            or (k + 1 in covered and k + 1 not in range(m.start, m.end)):
        return m
    return Mention(m.start, k + 2, m.type, m.rule, m.honorific, m.nested, m.government)


def _hyphened_initials(doc: Doc, m: Mention, covered: set[int]) -> Mention:
    """"[ABS]-CBN", "ABS-[CBN]": a body's name in capitals that NER cut at an unspaced hyphen
    goes on through the capitals on the other side."""
    toks = tokens(doc)
    caps = lambda k: 0 <= k < len(doc) and toks[k].is_upper and toks[k].is_alpha and len(toks[k]) > 2 \
        and k not in covered and not toks[k].ent_type_  # noqa: E731  (not "NATO-[EU] talks": two bodies)
    glued = lambda k: toks[k].text == "-" and not toks[k].whitespace_ and not toks[k - 1].whitespace_  # noqa: E731
    if m.type not in ("Organization", "Unknown") or not all(t.is_upper for t in toks[m.start:m.end] if t.is_alpha) \
            or any(len(t) < 3 for t in toks[m.start:m.end] if t.is_alpha):
        return m
    start, end = m.start, m.end
    if start > 1 and glued(start - 1) and caps(start - 2):
        start -= 2
    if end + 1 < len(doc) and glued(end) and caps(end + 1):
        end += 2
    if (start, end) == (m.start, m.end):
        return m
    text = text_of_doc(doc)
    if any(re.search(rf"(?<![\w-]){re.escape(t.text)}(?![\w-])", text) for t in toks[start:end] if t.is_alpha):
        return m  # not "EU-IMF talks ... the EU": two bodies named each on its own too
    return Mention(start, end, "Organization", m.rule, m.honorific, m.nested, m.government)


def _shouted_first_word(doc: Doc, m: Mention, kept: list[Mention]) -> Mention:
    """"BURY North MP X" (read "Bury North"): a lede's first word, set in capitals, opens
    the place a compass word after it names."""
    toks = tokens(doc)
    k = m.start - 1
    if m.type != "Place" or k < 0 or not toks[k].is_sent_start or toks[k].pos_ not in ("PROPN", "NOUN", "VERB", "ADJ") \
            or not toks[k].is_alpha or not toks[k].is_title or m.span(doc).text.lower() not in COMPASS \
            or any(o.end == m.start for o in kept) or toks[k].ent_type_:
        return m
    return Mention(k, m.end, m.type, m.rule, m.honorific, m.nested, m.government)


def _initials_joins(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"Director [R S] [Jalan] said": a person named by initials only, then a one-word name
    NER typed apart, is one person."""
    toks = tokens(doc)
    by_start = {m.start: m for m in mentions}
    return [Mention(m.start, nxt.end, "Person", "initials-join", m.honorific) for m in mentions
            if m.type == "Person" and all(len(t.text.rstrip(".")) == 1 and t.is_upper for t in m.span(doc))
            and (nxt := by_start.get(m.end)) is not None and nxt.end - nxt.start == 1 and is_cap(toks[nxt.start])
            and toks[nxt.start].is_alpha]


def _described_at_opening(doc: Doc, m: Mention) -> Mention | None:
    """"[Trade union Kessly Workers Union] has vowed", "[Labour union] [Kessly Union]": the
    sentence's first word and the lower-case nouns after it say what the name that follows
    is; they are no part of it, nor a name."""
    toks = tokens(doc)
    if m.type == "Person" or not toks[m.start].is_sent_start or m.end - m.start < 2 or toks[m.start].is_upper \
            or not (toks[m.start + 1].is_lower and toks[m.start + 1].pos_ == "NOUN"):  # (not "[TPA board] Chair X")
        return m
    k = m.start + 1
    while k < m.end and toks[k].is_lower and toks[k].pos_ in ("NOUN", "ADJ"):
        k += 1
    if k == m.end:
        body = toks[k - 1].lower_ in LEX.generic_org_nouns or toks[k - 1].lower_ in LEX.org_heads
        return None if body and k < len(doc) and is_cap(toks[k]) and not is_title_word(toks[k]) else m
    return Mention(k, m.end, m.type, m.rule, m.honorific, m.nested, m.government) if is_cap(toks[k]) else m


def find_mentions(doc: Doc) -> list[Mention]:
    """Every name in the Doc, longest first where they overlap; nested places and
    organizations inside longer names are kept and marked as nested."""
    toks = tokens(doc)
    titles = title_runs(doc)
    mentions = _ner_mentions(doc, titles)
    taken = {i for m in mentions for i in range(m.start, m.end)}
    mentions += _cue_persons(doc, titles, taken) + _joined_countries(doc) + _prefixed_companies(doc) + _titled_namesakes(doc) \
        + _private_limited(doc) + _sees(doc) + _members_bodies(doc)
    fix_types(doc, mentions, titles)
    mentions += _merge_orgs(doc, mentions) + _body_after_name(doc, mentions)
    mentions += _adjacent_joins(doc, mentions) + _place_pairs(doc, mentions)
    persons = {i for m in mentions if m.type == "Person" for i in range(m.start, m.end)}
    mentions += _events(doc, persons)
    mentions += _lowercase_orgs(doc, mentions)
    fix_types(doc, mentions, titles)
    mentions += _initials_joins(doc, mentions)
    kept = _resolve_overlaps(mentions)
    covered = {i for m in kept for i in range(m.start, m.end)}
    surnames = {toks[m.end - 1].lower_ for m in kept if m.type == "Person"}
    kept += _proper_runs(doc, covered, titles, surnames) + _event_references(doc, covered) + _opening_places(doc, covered)
    kept = _listed_orgs(doc, _listed_people(doc, kept, titles), titles)
    type_unknown_names(doc, kept, titles)
    full_surnames = {toks[m.end - 1].lower_ for m in kept if m.type == "Person" and m.end - m.start > 1}
    kept = [p for m in kept for p in _person_after_comma(doc, m, full_surnames)]
    kept = [p for m in kept for p in ([m] if not _headline_only(doc, m) else _regions_inside(doc, m))]
    if any(toks[i].text in ("-", "–") for m in kept if m.type != "Person" for i in range(m.start + 1, m.end - 1)):
        people = [{t.lower_ for t in m.span(doc) if t.is_alpha} for m in kept
                  if m.type == "Person" and "-" not in m.span(doc).text]
        kept = [m for m in kept if not _pair_of_people(doc, m, people)]
    kept = [m for m in kept if not _common_word(doc, m) and not _generic_government(doc, m)
            and not _title_word_person(doc, m, full_surnames) and not _inhabitants(doc, m)
            and not ROMAN.fullmatch(m.span(doc).text) and not _initialism(doc, m) and not _portfolio_after_title(doc, m)
            and not _portfolio_in_list(doc, m) and not _plural_title(doc, m)
            and not _document_name(doc, m) and not _portfolio_name(doc, m) and not _party_tag_state(doc, m)
            and not _word_for_a_place(doc, m) and not _common_noun_body(doc, m)
            and not (m.type != "Person" and is_currency_name(m.span(doc).text)) and not _title_or_fragment(doc, m)
            and not (m.end - m.start == 1 and (glued_currency(toks[m.start]) or scaled_amount(toks[m.start].text)))]
    # (not "an extra [Shs25b]")
    kept = [_titled_person(doc, _ward_before_title(doc, m), surnames) for m in kept]
    kept = [p for m in kept if m.type != "Group" for p in _portfolio_before_title(doc, m)]
    kept = [p for m in kept for p in _place_before_name(doc, m)]
    kept = [p for m in kept for p in _org_before_name(doc, m)]
    kept = _person_named_inside(doc, kept)
    kept = _person_after_body(doc, kept)
    kept = [p for m in kept for p in _name_after_body(doc, m)]
    kept = [_capitals_before_name(doc, m) for m in kept]
    kept = [d for m in kept if (d := _described_at_opening(doc, m)) is not None]
    kept = _acronyms_before_honorifics(doc, kept)
    kept = [_particle_hyphen_join(doc, m, covered) for m in kept]
    kept = [_hyphened_initials(doc, m, covered) for m in kept]
    kept = [_hyphenated_given_name(doc, m, covered) for m in kept]
    kept = [_shouted_first_word(doc, m, kept) for m in kept]
    kept = _city_with_particle(doc, kept)
    kept = _saints_institutions(doc, kept)
    kept = [c for m in kept if (c := _headline_verb_cut(doc, m)) is not None]
    kept = _headline_word_cuts(doc, kept)
    kept = [_office_of_title(doc, _board_of_body(doc, m), covered) for m in kept]
    kept = _place_joins(kept, "place-compass-join", lambda prev, m: _compass_join(doc, prev, m))
    kept = _place_joins(kept, "place-dash-join", lambda prev, m: _dash_join(doc, prev, m))
    kept = _place_joins(kept, "place-pair", lambda prev, m: m.start == prev.end + 1 and toks[prev.end].lower_ == "and"
                        and is_region(doc[prev.start:m.end].text))  # "[Trinidad] and [Tobago]", whatever found them
    kept = _place_joins(kept, "place-parts", lambda prev, m: m.start == prev.end and prev.type == "Place" and (
        m.type == "Place" and is_place_name(doc[prev.start:m.end].text) or is_region(doc[prev.start:m.end].text)))
    # "[Salt] [Lake City]": one place's name; "[Andhra] [Pradesh] Chief Minister": one state's, whatever typed "Pradesh"
    kept = _place_joins(kept, "org-region-join", lambda prev, m: _regional_arm(doc, prev, m, titles), "Organization")
    kept = _place_joins(kept, "municipality-join", lambda prev, m: m.start == prev.end + 1 and toks[prev.end].lower_ == "of"
                        and municipality_of(doc[prev.start:m.end].text) is not None, "Organization")
    # "the [Greater City] of [Oulu]": the body that runs the city
    kept = _place_joins(kept, "org-for-join", lambda prev, m: m.start == prev.end + 1 and toks[prev.end].lower_ == "for"
                        and prev.type == "Organization" and m.type == "Unknown" and m.rule == "proper-noun"
                        and toks[prev.end - 1].lower_ not in LEX.org_heads, "Organization")  # (not "thanked Acme
    # Foundation for Christmas Hampers")
    # "[Harbour] for [Children Norvik]": a body's name goes on through "for" and capitalised words nothing typed
    kept = _initialled_bodies_parts(doc, _place_joins(
        kept, "org-place-initials-join", lambda prev, m: _initialled_with_place(doc, prev, m), "Organization"))
    kept = _body_before_title(doc, kept, titles)
    kept += _family_names(doc, kept) + _bare_surnames(doc, kept)
    kept = _bodies_joined(doc, _bare_given_names(doc, kept))
    kept = _first_name_joins(doc, kept)
    kept = _surname_joins(doc, kept)
    kept = _abbreviated_given_names(doc, kept)
    kept = _nicknamed_people(doc, kept)
    kept = _written_again(doc, kept)
    kept = [_leaders_administration(doc, m) for m in kept]
    kept = _places_listed_with_ampersand(doc, _bodies_named_for_a_purpose(doc, _portfolio_before_and(doc, kept)))
    return sorted(kept, key=lambda m: (m.start, -m.end))


def _portfolio_before_and(doc: Doc, kept: list[Mention]) -> list[Mention]:
    """"the [Ethics and] Anti-Corruption Commission": a capitalised word and "and" NER left
    before a body's name, after "the", are the name's first words (not a title's: "the
    Governor and Finance Committee", nor a named place's or body's)."""
    toks = tokens(doc)
    covered = {i: m for m in kept for i in range(m.start, m.end)}
    joined, out = set(), []
    for m in kept:
        k = m.start
        word = covered.get(k - 2)
        if m.type == "Organization" and head_type(toks[m.end - 1]) == "Organization" and k > 2 \
                and toks[k - 1].lower_ in ("and", "&") and (word is None or word.type == "Unknown" and word.end - word.start == 1) \
                and is_cap(toks[k - 2]) and toks[k - 2].is_alpha and not is_title_word(toks[k - 2]) \
                and not head_type(toks[k - 2]) and toks[k - 3].lower_ == "the" and not is_place_name(toks[k - 2].text):
            m = Mention(k - 2, m.end, m.type, "org-portfolio-join", m.honorific)
            joined.add(k - 2)
        out.append(m)
    return [m for m in out if not (m.start in joined and m.type == "Unknown")]


def _bodies_named_for_a_purpose(doc: Doc, kept: list[Mention]) -> list[Mention]:
    """"the Global Fund to Fight AIDS, Tuberculosis and Malaria", "the Coalition to End Hunger":
    a body's name, "to" and a capitalised verb, then capitalised words (with commas, "and",
    brackets), is one name."""
    toks = tokens(doc)
    for m in [m for m in kept if m.type == "Organization"]:
        k = m.end
        if not (k + 2 < len(doc) and toks[k].lower_ == "to" and toks[k].tag_ == "TO" and toks[k + 1].is_title
                and toks[k + 1].is_alpha and (toks[k + 2].is_title or toks[k + 2].is_upper)):
            continue
        end, j = k + 3, k + 3
        while j < len(doc):
            if toks[j].is_title or toks[j].is_upper and toks[j].is_alpha:
                end = j = j + 1
            elif toks[j].text == "(" and (close := next((c for c in range(j + 1, min(j + 8, len(doc)))
                                                          if toks[c].text == ")"), None)):
                j = close + 1
            elif toks[j].text == "," and j + 1 < len(doc) and toks[j + 1].is_title or toks[j].lower_ == "and":
                j += 1
            else:
                break
        kept = [x for x in kept if x is m or not (m.start <= x.start and x.end <= end)]
        kept[kept.index(m)] = Mention(m.start, end, "Organization", "body-named-for-a-purpose")
    return kept


def _places_listed_with_ampersand(doc: Doc, kept: list[Mention]) -> list[Mention]:
    """"the districts of Gwalior, Bhind, Sheopur, Guna & Ashoknagar": a name of two words joined
    by "&" that ends a list of places, each a place a gazetteer knows, is two places, whatever
    NER made of it (not "Procter & Gamble", nor the subject of a verb: "..., Marks & Spencer said")."""
    toks = tokens(doc)
    places = {i for m in kept if m.type == "Place" for i in range(m.start, m.end)}
    out = []
    for m in kept:
        span = m.span(doc)
        if m.type != "Place" and len(span) == 3 and span[1].text == "&" and m.start > 1 \
                and toks[m.start - 1].text == "," and m.start - 2 in places \
                and (m.end == len(doc) or toks[m.end].pos_ not in ("VERB", "AUX")) \
                and all(t.is_title and t.is_alpha and not head_type(t) and is_place_name(t.text) for t in (span[0], span[2])):
            out += [Mention(m.start, m.start + 1, "Place", "places-listed-ampersand"),
                    Mention(m.end - 1, m.end, "Place", "places-listed-ampersand")]
        else:
            out.append(m)
    return out


def _leaders_administration(doc: Doc, m: Mention) -> Mention:
    """"the Biden administration", "the Albanese government": a leader's name before a
    lower-case "administration" or "government" names the body."""
    toks = tokens(doc)
    if m.type == "Person" and m.end < len(doc) and toks[m.end].lower_ in ("administration", "government") \
            and toks[m.end].is_lower and toks[m.end].dep_ != "compound" \
            and not (m.end + 1 < len(doc) and toks[m.end + 1].lower_ == "of"):  # (not "... government adviser",
        # "... administration of the vaccine")
        return Mention(m.start, m.end + 1, "Organization", "leaders-administration")
    return m


def _person_after_comma(doc: Doc, m: Mention, surnames: set[str]) -> list[Mention]:
    """"[the Kessly National Stadium, Obi] denounced": a place or body NER ran on past a comma
    into the surname of a person the text names in full: two names."""
    toks = tokens(doc)
    comma = next((i for i in range(m.start + 1, m.end - 1) if toks[i].text == ","), None)
    if m.type not in ("Place", "Organization") or comma is None or m.end - comma > 4 \
            or toks[m.end - 1].lower_ not in surnames \
            or not all(is_cap(toks[i]) and toks[i].is_alpha for i in range(comma + 1, m.end)):
        return [m]
    return [Mention(m.start, comma, m.type, m.rule), Mention(comma + 1, m.end, "Person", "person-after-comma")]


def _acronyms_before_honorifics(doc: Doc, kept: list[Mention]) -> list[Mention]:
    """"Director EPI Dr Ada Obi", "Team Leader UNICEF Dr Hale": an acronym taken for a
    person, or for a person's first word, right before an honorific and a name, is the body
    the title before it is held in; the name after the honorific is the person."""
    toks = tokens(doc)
    starts = {m.start: m for m in kept}
    out = []
    for m in kept:
        word, h = toks[m.start], m.start + 1
        if m.type != "Person" or not (word.is_upper and word.is_alpha and 2 <= len(word) <= 8) or h >= len(doc) \
                or toks[h].lower_ not in LEX.honorifics or is_title_word(word) or word.lower_ in LEX.title_abbreviations \
                or _initials_of_title(toks, m.start) or (len(word) <= 4 and word.text.endswith("O")):  # not "Managing
            # Director MD Mr X", "DHO Dr X": a title's own letters
            out.append(m)
            continue
        k = h + 1 + (h + 1 < len(doc) and toks[h + 1].text == ".")
        after = starts.get(k) if m.end <= k else None
        if m.end > k:  # "[EPI Dr Ada Obi]"
            out += [Mention(m.start, h, "Organization", "acronym-before-honorific"),
                    Mention(k, m.end, "Person", "acronym-before-honorific", toks[h].text)]
        elif after is not None and after.type in ("Person", "Unknown"):  # "[UNICEF Dr] [Hale]"
            out.append(Mention(m.start, h, "Organization", "acronym-before-honorific"))
            after.type, after.honorific = "Person", toks[h].text
        else:
            out.append(m)
    return out


def _initials_of_title(toks: list, k: int) -> bool:
    """Whether the word at k is the initials of the title words right before it ("Deputy
    Inspector General DIG")."""
    word, j = toks[k].text, k
    while j > 0 and is_title_word(toks[j - 1]) and k - j < len(word):
        j -= 1
    return j < k and "".join(t.text[0] for t in toks[j:k]).upper().endswith(word)


def _first_name_joins(doc: Doc, kept: list[Mention]) -> list[Mention]:
    """"(FNCCI) [Bhawani] [Rana] says": a lone capitalised word nothing typed, compounded
    with the person's name right after it, is that person's first name; so is any one-word
    name between "Mr" and a person's name ("Mr [Kobina] [Tahir Hammond]")."""
    toks = tokens(doc)
    people = {m.start: m for m in kept if m.type == "Person"}
    lone = {m.end: m for m in kept if m.type == "Unknown" and m.end - m.start == 1 and m.end in people
            and toks[m.start].dep_ == "compound" and people[m.end].start <= toks[m.start].head.i < people[m.end].end
            and text_of_doc(doc)[:toks[m.start].idx].rstrip(" ")[-1:] not in ("", "\n", ".", "!", "?")
            and toks[m.start].lower_ != "courtesy" and not _after_portfolio(doc, m.start, people[m.end].end) > m.start}
    # not "Coach Ada Obi vowed": the first word of a line or after a sentence's end; not "(Courtesy [X])", a credit;
    # not "Minister for Science and [Innovation] Ada Obi", a portfolio's last word
    lone |= {m.end: m for m in kept if m.type in ("Place", "Organization") and m.end - m.start == 1 and m.end in people
             and m.start and toks[m.start - 1].lower_ in PERSONAL and toks[m.start].is_title and toks[m.start].is_alpha
             and not m.nested and not country_code(toks[m.start].text)}  # not "Mr Kenya [John Otieno]"
    if not lone:
        return kept
    out = []
    for m in kept:
        if m.end in lone and lone[m.end] is m:
            continue
        out.append(Mention(m.start - 1, m.end, "Person", "first-name-join", m.honorific) if m.type == "Person"
                   and m.start in lone else m)
    return out


def _listed_people(doc: Doc, kept: list[Mention], titles: set[int]) -> list[Mention]:
    """"Dr. A B, Obi Ozor, Emeka Ajogwu, C D and E F": a name of two or three words nothing
    typed, in a list of people (one NER named beside it, the list going on at its other side;
    two or more people listed, or a first name first), is a person's."""
    toks = tokens(doc)
    people = {i for m in kept if m.type == "Person" for i in range(m.start, m.end) if toks[i].ent_type_ == "PERSON"}
    out = []
    for m in kept:
        words = toks[m.start:m.end]
        if m.type == "Unknown" and 2 <= len(words) <= 3 and all(t.is_title and t.is_alpha for t in words) \
                and not head_type(words[-1]) and not is_place_name(m.span(doc).text) and not any(t.i in titles for t in words) \
                and not any(t.lower_ in lower_words(doc) for t in words):  # not "Youth Development", "youth" elsewhere
            left = m.start > 1 and toks[m.start - 1].text in (",", "and")
            right = m.end + 1 < len(doc) and toks[m.end].text in (",", "and")
            after = _past_honorific(toks, m.end + 1) if right else m.end + 1
            if (left and m.start - 2 in people and (right or toks[m.end].text in (".", ";"))
                    or right and left and after in people) and (_listed_with(doc, kept, m) > 1 or is_first_name(words[0].text)):
                m = Mention(m.start, m.end, "Person", "listed-among-people", m.honorific)
        out.append(m)
    return out


def _listed_with(doc: Doc, kept: list[Mention], m: Mention, kind: str = "Person") -> int:
    """How many people (or names of `kind`) are listed with a mention ("A, B, m and C"),
    commas and "and" between."""
    toks, ends, starts = tokens(doc), {x.end: x for x in kept}, {x.start: x for x in kept}
    count, at = 0, m
    while at.start > 1 and toks[at.start - 1].text in (",", "and") and (prev := ends.get(at.start - 1)):
        count, at = count + (prev.type == kind), prev
    at = m
    while at.end + 1 < len(doc) and toks[at.end].text in (",", "and"):
        if (nxt := starts.get(_past_honorific(toks, at.end + 1))) is None:
            break
        count, at = count + (nxt.type == kind), nxt
    return count


def _listed_orgs(doc: Doc, kept: list[Mention], titles: set[int]) -> list[Mention]:
    """"Barclays, HSBC, Lloyds Banking Group, NatWest Group and Santander": a capitalised name
    of one word that nothing typed (or NER called a product), listed with two or more
    organizations, is an organization's; not a place's or a person's name, nor a common noun's
    shape ("Support Services, Risk Management Office, ... and Monitoring")."""
    toks = tokens(doc)
    covered = {i: m for m in kept for i in range(m.start, m.end)}
    found = {}
    for t in toks:
        k = t.i
        if not (is_cap(t) and t.is_alpha and t.pos_ in ("PROPN", "NOUN") and k not in titles and t.ent_type_ in ("", "PRODUCT", "ORG")
                and k + 1 < len(doc)
                and (k not in covered or covered[k].type == "Unknown" and covered[k].end - covered[k].start == 1)):
            continue
        listed = toks[k + 1].text in (",", "and") and (k == 0 or toks[k - 1].text in (",", "and") or t.is_sent_start) \
            or k > 0 and toks[k - 1].lower_ == "and"  # the last of the list
        m = Mention(k, k + 1, "Organization", "listed-among-organizations")
        if listed and not is_place_name(t.text) and not is_first_name(t.text) and t.lower_ not in lower_words(doc) \
                and not t.lower_.endswith(NOUN_ENDINGS) \
                and _listed_with(doc, kept, m, "Organization") > 1:
            found[(k, k + 1)] = m
    out = [x for x in kept if (x.start, x.end) not in found] + list(found.values())
    return sorted(out, key=lambda m: (m.start, -m.end))


def _past_honorific(toks: list, k: int) -> int:
    """Where a listed name begins at or after token k: past one honorific there and its stop ("Dr .")."""
    k += toks[k].lower_ in LEX.honorifics
    return k + (k < len(toks) and toks[k].text == ".")


def _surname_joins(doc: Doc, kept: list[Mention]) -> list[Mention]:
    """"Dame [Ugochi] [Madueke]": a one-word person after an honorific, and a one-word
    "place" or "body" no gazetteer knows right after it, are one person's names."""
    toks = tokens(doc)
    after = {m.start: m for m in kept if m.type in ("Place", "Organization", "Unknown") and m.end - m.start == 1
             and toks[m.start].is_title and toks[m.start].is_alpha and not is_place_name(toks[m.start].text)
             and not m.nested}
    joined = {m.end: after[m.end] for m in kept if m.type == "Person" and m.end - m.start == 1 and m.end in after
              and m.honorific and m.honorific.split()[-1].lower() in PERSONAL}
    if not joined:
        return kept
    dropped = {id(m) for m in joined.values()}
    return [Mention(m.start, joined[m.end].end, "Person", "surname-join", m.honorific)
            if m.type == "Person" and m.end in joined else m for m in kept if id(m) not in dropped]


NICKNAMED = re.compile(r"(?<![\w.'’-])([A-Z][\w'’-]+) [“\"‘]([A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+)?)[”\"’] "
                       r"([A-Z][\w'’-]+(?: (?!(?:Jr|Sr)\b)[A-Z][\w'’-]+){0,2}(?: (?:Jr|Sr)\.?)?)(?![\w-])")


def _nicknamed_people(doc: Doc, kept: list[Mention]) -> list[Mention]:
    """"Joko "Jokowi" Widodo", "John “Wasusana” Mithamo": a given name, a nickname in quotes
    and a surname are one person's name, however NER cut it."""
    text = text_of_doc(doc)
    for m in NICKNAMED.finditer(text):
        if not is_given_name(m.group(1)) or head_type(doc.char_span(m.start(3), m.end(3), alignment_mode="expand")[-1]):
            continue  # not "Operation “Sea Lion” Kessly", "Paris “Fashion” Week", "Grace “Hope” Foundation"
        span = doc.char_span(m.start(), m.end(), alignment_mode="contract")
        if span is None:
            continue
        inside = [k for k in kept if k.start < span.end and k.end > span.start]
        if any(k.start < span.start or k.end > span.end for k in inside):
            continue
        kept = [k for k in kept if k not in inside] + [Mention(span.start, span.end, "Person", "person-nickname")]
    return sorted(kept, key=lambda m: (m.start, -m.end))


def _abbreviated_given_names(doc: Doc, kept: list[Mention]) -> list[Mention]:
    """"Ma. Cristina Roque", "Md. Abdul Hamid": an abbreviated given name right before a
    person's name is its first word (not a place "Md." or a person "Ma" of its own)."""
    toks, text = tokens(doc), text_of_doc(doc)
    firsts = {m.start - 1 for m in kept if m.type == "Person" and m.start
              and toks[m.start - 1].lower_ in LEX.name_abbreviations
              and opens_name(text, toks[m.start - 1].idx, toks[m.start - 1].text[:-1])}  # not "Baltimore, Md."
    if not firsts:
        return kept
    return [Mention(m.start - 1, m.end, "Person", m.rule, m.honorific) if m.type == "Person" and m.start - 1 in firsts
            else m for m in kept if not (m.start in firsts and m.end == m.start + 1)]


def _written_again(doc: Doc, kept: list[Mention]) -> list[Mention]:
    """"Acme Holdings said ... Acme Holdings President X": a body's or place's name of two
    words or more written again where no name was found (or only its parts, untyped or a
    place) is another mention of it; the mentions, with those."""
    toks, text = tokens(doc), text_of_doc(doc)
    covered = {i for m in kept for i in range(m.start, m.end)}
    names = {m.span(doc).text: m.type for m in kept
             if m.type in ("Organization", "Place") and m.end - m.start > 1 and not m.nested}
    names |= {m.span(doc).text: m.type for m in kept if m.rule == "ner-bracket-split" and m.end - m.start == 1
              and toks[m.start].is_upper and len(toks[m.start]) > 1}  # "(WHO)", then "WHO Regional Director"
    names |= {name: "Unknown" for m in kept if m.type == "Organization" and m.end - m.start == 1 and toks[m.start].is_upper
              and len(toks[m.start]) > 1 and (name := m.span(doc).text) not in names}  # "BMS said", then "General
    # Secretary of BMS": typed as the body the initialism names
    out, parts = [], set()
    for name, kind in sorted(names.items()):
        for found in whole_word(name).finditer(text):
            span = doc.char_span(found.start(), found.end())
            if span is None:
                continue
            taken = any(i in covered for i in range(span.start, span.end))
            inside = [m for m in kept if m.start < span.end and span.start < m.end] \
                if taken and " " in name and kind == "Organization" else []
            split = bool(inside) and all(  # "MTN Uganda CEO X ... said MTN Uganda remains": its parts one name again
                span.start <= m.start and m.end <= span.end and m.type in ("Unknown", "Place") for m in inside) \
                and any(m.type == "Place" for m in inside)
            if (split or not taken) \
                    and (toks[span.start].is_title or " " not in name and not _shouted(text, found.start()) or split):
                out.append(Mention(span.start, span.end, kind, "name-written-again"))
                covered.update(range(span.start, span.end))
                parts.update(id(m) for m in inside if split)
    return [m for m in kept if id(m) not in parts] + out


def _portfolio_after_title(doc: Doc, m: Mention) -> bool:
    """"Director of [Public Affairs] of Acme", "Minister of [Labour]": portfolio words NER took
    for a body's name (a one-word one after a minister's or secretary's title)."""
    toks = tokens(doc)
    return m.type == "Organization" and m.start > 1 and toks[m.start - 1].lower_ in ("of", "for") \
        and is_title_head(toks[m.start - 2]) and (toks[m.end - 1].lower_ in ("affairs", "relations") or (
            m.end - m.start == 1 and toks[m.start - 2].lower_ in LEX.portfolio_titles)) \
        and all(toks[k].is_title and toks[k].is_alpha for k in range(m.start, m.end))


def _portfolio_in_list(doc: Doc, m: Mention) -> bool:
    """"Union Minister for Railways, Communications, [Electronics and Information Technology]":
    capitalised portfolio words NER took for a body, inside the list after a minister's or
    secretary's "of" or "for" (no body's head word, place or given name among them)."""
    toks = tokens(doc)
    if m.type not in ("Organization", "Unknown") or m.start < 3 or toks[m.start - 1].lower_ not in (",", "and", "&"):
        return False
    if any(toks[k].lower_ in LEX.org_heads or toks[k].lower_ in LEX.designators or is_place_name(toks[k].text)
           or is_given_name(toks[k].text) or not (is_cap(toks[k]) or toks[k].lower_ in ("and", "&"))
           for k in range(m.start, m.end)):
        return False
    words = [toks[k].lower_ for k in range(m.start, m.end) if toks[k].is_alpha and toks[k].lower_ != "and"]
    known = sum(w in LEX.title_modifiers for w in words)  # portfolio words ("Information Technology"), not
    if known < len(words) - (len(words) > 2):  # "Chevron" or "Exxon" listed after "the Secretary of Energy,"
        return False
    k = m.start - 1
    while k > 0 and (toks[k].lower_ in (",", "and", "&") or is_cap(toks[k]) and toks[k].is_alpha
                     and not is_title_head(toks[k])):
        k -= 1
    return toks[k].lower_ in ("of", "for") and k > 0 and toks[k - 1].lower_ in LEX.portfolio_titles


def _hyphenated_given_name(doc: Doc, m: Mention, covered: set[int]) -> Mention:
    """"[Hong Beom]-sik": a name NER ended at the hyphen of a given name written with one
    ("Beom-sik", "Yoon-young"), its lower-case syllable glued to it, runs on to it."""
    toks, end = tokens(doc), m.end
    if m.type == "Person" and end + 1 < len(doc) and toks[end].text == "-" and not toks[end - 1].whitespace_ \
            and not toks[end].whitespace_ and toks[end + 1].is_lower and toks[end + 1].is_alpha \
            and end + 1 not in covered and len(toks[end + 1]) <= 5 and toks[end + 1].lower_ not in LEX.compound_participles:
        return Mention(m.start, end + 2, m.type, m.rule, m.honorific, m.nested, m.government)
    return m


def _bare_given_names(doc: Doc, kept: list[Mention]) -> list[Mention]:
    """"Chadchart Sittipunt ... [Chadchart] said": a one-word name, whatever NER typed it,
    that is the first name of exactly one person the text names in full (and of no place
    a gazetteer knows) is that person's."""
    toks = tokens(doc)
    firsts: dict[str, set[str]] = {}
    for m in kept:
        if m.type == "Person" and m.end - m.start > 1 and not is_given_name(toks[m.start + 1].text) \
                and toks[m.start + 1].text != "-":
            firsts.setdefault(toks[m.start].text, set()).add(m.span(doc).text)  # not "[Eastmoor] Ada Obi", nor
            # "[Pfizer]-BioNTech": a compound's first part
    people = {m.span(doc).text for m in kept if m.type == "Person"}
    bodies = {toks[m.start].text for m in kept if m.type == "Organization" and m.end - m.start > 1
              and m.span(doc).text not in people or m.type == "Organization" and m.rule in BODY_EVIDENCE}
    # "Foxconn Group" (not "DPM Yadav", NER's body once, person twice), "Foxconn will bring its"
    return [Mention(m.start, m.end, "Person", "bare-given-name", m.honorific)
            if m.type in ("Organization", "Place", "Unknown") and m.end - m.start == 1
            and len(firsts.get(toks[m.start].text, ())) == 1 and not is_region(toks[m.start].text)
            and toks[m.start].text not in bodies
            and not is_city(toks[m.start].text) else m for m in kept]


def _bodies_joined(doc: Doc, kept: list[Mention]) -> list[Mention]:
    """"Pfizer-BioNTech": two names joined by a hyphen, one of them a body the text names
    alone, are the bodies' venture, whatever NER typed it (not "Ada Obi-Hale"); "Foxconn
    Industrial Internet (FII)": a name with no first name, its initialism in brackets after
    it, a body's."""
    bodies = {m.span(doc).text for m in kept if m.type == "Organization"}
    toks = tokens(doc)
    out = []
    for m in kept:
        span = m.span(doc)
        if m.type == "Person" and len(span) == 3 and span[1].text == "-" and not span[0].whitespace_ \
                and not span[1].whitespace_ and (span[0].text in bodies or span[2].text in bodies):
            m = Mention(m.start, m.end, "Organization", "bodies-joined")
        elif m.type == "Person" and len(span) > 1 and m.end + 2 < len(doc) and toks[m.end].text == "(" \
                and toks[m.end + 2].text == ")" and toks[m.end + 1].text == "".join(t.text[0] for t in span) \
                and not is_given_name(span[0].text):
            m = Mention(m.start, m.end, "Organization", "initialled-body")
        out.append(m)
    return out


def _bare_surnames(doc: Doc, kept: list[Mention]) -> list[Mention]:
    """"Elahi pledges to ..." in a headline: the surname of a person the text names in full
    (or of a given name and a word NER took for a body's name), whatever the tagger made of
    it, when the text never writes it in lower case."""
    toks = tokens(doc)
    surnames = {toks[m.end - 1].text for m in kept if m.type == "Person" and m.end - m.start > 1}
    surnames |= {toks[m.end - 1].text for m in kept if m.type in ("Organization", "Unknown") and m.end - m.start == 2
                 and is_given_name(toks[m.start].text) and toks[m.end - 1].is_title
                 and toks[m.end - 1].lower_ not in LEX.org_heads
                 and toks[m.end - 1].lower_ not in LEX.company_designators}  # "[Rodrigo Alves] (NER's body) ... Alves"
    if not surnames:
        return []
    covered = {i for m in kept for i in range(m.start, m.end)}
    return [Mention(t.i, t.i + 1, "Person", "bare-surname") for t in tokens(doc)
            if t.text in surnames and t.i not in covered and t.pos_ in ("NOUN", "ADJ", "PROPN")
            and t.lower_ not in lower_words(doc) and not (t.i + 1 < len(doc) and toks[t.i + 1].text == "-")
            and (t.lower_.removesuffix("s") not in LEX.title_words or _bare_title_surname(doc, t))]


def _bare_title_surname(doc: Doc, t) -> bool:
    """"Ada Bishop ... Bishop said": a surname that is a title word stands alone as the
    name (a verb or a comma after it, no article or word before it in the sentence: not "the
    Bishop", "Anglican Bishop X", "Dean of the law school X")."""
    toks = tokens(doc)
    after = toks[t.i + 1] if t.i + 1 < len(doc) else None
    before = toks[t.i - 1] if t.i else None
    return (after is None or after.pos_ in ("VERB", "AUX", "PUNCT") or after.text in POSSESSIVE) \
        and (before is None or t.is_sent_start or before.is_punct and before.text not in ("'", "’"))


EAST_ASIAN = re.compile(r"[A-Z][a-z]+ [A-Z][a-z]+-[a-z]+")  # "Oh Se-hoon", "Lai Ching-te": family name first


def _family_names(doc: Doc, kept: list[Mention]) -> list[Mention]:
    """"Oh Se-hoon ... Oh said": the family name, written first in a name whose given name
    is hyphenated, refers to the person on its own (whatever the tagger made of "Oh")."""
    toks = tokens(doc)
    family = {toks[m.start].text for m in kept if m.type == "Person" and EAST_ASIAN.fullmatch(m.span(doc).text)}
    if not family:
        return []
    covered = {i for m in kept for i in range(m.start, m.end)}
    return [Mention(t.i, t.i + 1, "Person", "family-name") for t in doc
            if t.text in family and t.i not in covered and not (t.i + 1 < len(doc) and toks[t.i + 1].text == "-")]


def _place_before_name(doc: Doc, m: Mention) -> list[Mention]:
    """"Chief Minister [Punjab] Sardar Usman Buzdar": a state or country that NER ran into
    the name after it (one that is no first name: "Georgia Lee", "Mary Lou Baker" stay whole)."""
    toks = tokens(doc)
    if m.type in ("Person", "Place") and seat_for(doc, m.start) and toks[m.start].ent_type_ != "PERSON" \
            and (k := next((k for k in range(m.start + 1, m.end - 1) if toks[k].ent_iob_ == "B"
                            and toks[k].ent_type_ == "PERSON"), None)) is not None \
            and all(t.ent_type_ == "PERSON" for t in doc[k:m.end]):  # "Member for [Paterson] [Ada Obi]"
        return [Mention(m.start, k, "Place", "seat-before-name"), Mention(k, m.end, "Person", m.rule, m.honorific)]
    ran_on = m.type == "Place" and not is_place_name(m.span(doc).text)  # "in [Peru Ada Obi],"
    if m.type not in ("Person", "Place") or m.end - m.start < 3 or not m.start \
            or (toks[m.start - 1].lower_ not in LEX.title_words and not ran_on) or (m.type == "Place" and not ran_on):
        return [m]
    k = m.start + 1
    while k < m.end - 2 and not is_region(doc[m.start:k].text):
        k += 1
    if not is_region(doc[m.start:k].text) or is_first_name(toks[m.start].text) or m.end - k < 2 \
            or (ran_on and not all(t.ent_type_ == "PERSON" for t in doc[k:m.end])):  # not "Washington, DC"
        return [m]  # nor "spokeswoman [Mary Lou Baker]", "CEO [Van Anh Nguyen]": a first name
    return [Mention(m.start, k, "Place", "place-before-name"), Mention(k, m.end, "Person", m.rule, m.honorific)]


SAINTS = frozenset({"st", "st.", "saint", "ste", "ste."})
ROYALS = frozenset({"king", "queen", "prince", "princess", "duke"})


def _saints_institutions(doc: Doc, kept: list[Mention]) -> list[Mention]:
    """"St Joseph's Church", "St Vincent's Hospital", "Prince George's County", "King's
    College": a saint's or royal's name, its "'s" and the head noun of a body, building or
    county are one name (NER takes the saint for a person), typed by its head ("Hospital",
    "County" a place, "Church" an organization)."""
    toks, out = tokens(doc), []
    for i, t in enumerate(toks):
        if (t.lower_ not in SAINTS and t.lower_ not in ROYALS) or not is_cap(t):
            continue
        j = i + 1
        while j < len(doc) and j - i <= 3 and is_cap(toks[j]) and toks[j].is_alpha:
            j += 1
        if (j == i + 1 and t.lower_ in SAINTS) or j + 1 >= len(doc) or toks[j].lower_ not in ("'s", "’s") \
                or not is_cap(toks[j + 1]):
            continue
        head = toks[j + 1].lower_
        kind = "Place" if head in LEX.buildings or head == "county" else "Organization" if head in LEX.org_heads else None
        first = i - (i > 0 and toks[i - 1].is_title and toks[i - 1].pos_ == "PROPN"
                     and not is_title_word(toks[i - 1]))  # "Mount St. Mary's University"
        if kind is not None:
            out.append(Mention(first, j + 2, kind, "saints-institution"))
    if not out:
        return kept
    inside = {k for m in out for k in range(m.start, m.end)}
    return sorted([m for m in kept if not any(k in inside for k in range(m.start, m.end))] + out,
                  key=lambda m: (m.start, -m.end))


def _headline_verb_cut(doc: Doc, m: Mention) -> Mention | None:
    """"Prime Minister [Ada Obi Vows] to ...", "[Acme Expands] in Kenya": in a title-case
    headline, a verb that NER ran into the name before it is no part of the name; "Premier
    [Speaks] to ...", "Mayor [Pushes] for ...": a verb right after a title is no name at all (None)."""
    toks = tokens(doc)
    text = text_of_doc(doc)
    if m.type == "Person" and m.start and is_title_word(toks[m.start - 1]) and toks[m.start].lower_ in LEX.headline_verbs \
            and not is_given_name(toks[m.start].text) and _in_headline(text, toks[m.start].idx):
        return None
    if m.end - m.start < 2 or not _in_headline(text, toks[m.start].idx):
        return m
    if _says(toks[m.end - 1]) and m.type == "Person":
        return Mention(m.start, m.end - 1, m.type, m.rule, m.honorific)
    k = next((k for k in range(m.start + 1, m.end) if is_cap(toks[k]) and toks[k].lower_ in LEX.headline_verbs
              and (toks[k].pos_ in ("VERB", "AUX") or toks[k].dep_ == "ROOT"
                   or len(whole_word(doc[m.start:k].text).findall(text)) > 1)), None)  # "[Mulimba] Applauds", named again
    if k is None or is_place_name(m.span(doc).text) or toks[k].lower_ in ("states", "names"):
        return m  # not "United States Signs ...", "Federated States of Micronesia Joins ..."
    return Mention(m.start, k, m.type, m.rule, m.honorific)


def _headline_word_cuts(doc: Doc, kept: list[Mention]) -> list[Mention]:
    """"[Billionaire Gautam Adani] announced ...", "[Insurgent Milei] Vows ...": opening a
    sentence or in a title-case headline, a first word the text writes in lower case
    elsewhere, before a name it writes alone elsewhere, is a description, no part of the
    name (which takes that name's type)."""
    toks, text = tokens(doc), text_of_doc(doc)
    named = {m.span(doc).text: m.type for m in kept if not _in_headline(text, toks[m.start].idx)}
    out = []
    for m in kept:
        rest = doc[m.start + 1:m.end].text if m.end - m.start > 1 else ""
        if rest in named and toks[m.start].lower_ in lower_words(doc) and not is_first_name(toks[m.start].text) \
                and (toks[m.start].is_sent_start or _in_headline(text, toks[m.start].idx)):
            m = Mention(m.start + 1, m.end, named[rest], "headline-word-cut", m.honorific)
        out.append(m)
    return out


def _says(tok: Token) -> bool:
    """"Vows", "Says", "Pledges": a title-case headline's verb of commitment or speech."""
    low = tok.lower_
    return is_cap(tok) and low.endswith("s") and (low[:-1] in LEX.commitment_verbs or low[:-1] in LEX.reporting_verbs)


def _person_named_inside(doc: Doc, kept: list[Mention]) -> list[Mention]:
    """"Chairman of the Armed Forces [Nouri Al-Maliki] visited ... Mr. Nouri Al-Maliki said":
    a body's name NER ran on into a person's full name the article writes on its own
    elsewhere, after a title, ends where that name starts (titles and honorifics between are
    neither's)."""
    toks = tokens(doc)
    people = {tuple(t.lower_ for t in toks[m.start:m.end]) for m in kept if m.type == "Person" and m.end - m.start > 1
              and all(is_cap(t) or t.text == "-" for t in toks[m.start:m.end])}
    out = []
    for m in kept:
        titled = any(is_title_word(toks[j]) for j in range(max(0, m.start - 3), m.start))  # "Chairman of the [..."
        k = next((k for k in range(m.start + 1, m.end - 1) if tuple(t.lower_ for t in toks[k:m.end]) in people), None) \
            if m.type in ("Organization", "Unknown") and m.end - m.start > 2 and titled else None
        # (not "Moet Hennessy Louis Vuitton said": a company named after its founder)
        if k is None:
            out.append(m)
            continue
        body = k
        while body > m.start and (toks[body - 1].lower_ in LEX.honorifics or is_title_word(toks[body - 1])):
            body -= 1  # "the Armed Forces [Mr.] Nouri Al-Maliki"
        if body > m.start:
            out.append(Mention(m.start, body, m.type, m.rule))
        out.append(Mention(k, m.end, "Person", "person-named-inside"))
    return out


def _org_before_name(doc: Doc, m: Mention) -> list[Mention]:
    """"CEO of [PepsiCo Ada Obi] said": an organization that NER ran into the name after it,
    after a title's "of" or "at", up to the first given name (one word after a minister's
    "of" is the portfolio)."""
    toks = tokens(doc)
    if m.type != "Person" or m.end - m.start < 3 or m.start < 2 or toks[m.start - 1].lower_ not in ("of", "at") \
            or not is_title_word(toks[m.start - 2]) or is_given_name(toks[m.start].text):
        return [m]
    k = next((k for k in range(m.start + 1, m.end - 1) if is_given_name(toks[k].text)), None)
    if k is None:
        return [m]
    person = Mention(k, m.end, "Person", m.rule, m.honorific)
    if k - m.start == 1 and toks[m.start - 2].lower_ in LEX.portfolio_titles and not toks[m.start].is_upper:
        return [person]  # "Minister of [Labour Joseph Hamilton]": the minister's portfolio, no body
    return [Mention(m.start, k, "Organization", "org-before-name"), person]


def _name_after_body(doc: Doc, m: Mention) -> list[Mention]:
    """"[Foreign and Commonwealth Office Mark Field]", "[Gerindra Party Chairperson Prabowo
    Subianto]": a body's name (ending in its head word or a title) that NER ran on into a
    person's given name and surname; the title between is left to the post rules."""
    toks = tokens(doc)
    if m.type not in ("Organization", "Unknown") or m.end - m.start < 3:
        return [m]
    titled = lambda t: (is_title_head(t) or t.lower_ in LEX.title_abbreviations) and t.lower_ not in ROYAL  # noqa: E731
    # "Chairperson", "PM"; not "Universiti Sultan Zainal Abidin", named after a ruler
    ministry = lambda k: toks[k - 1].lower_ in LEX.title_modifiers and any(  # noqa: E731
        toks[x].lower_ == "of" and toks[x - 1].lower_ in LEX.org_heads for x in range(m.start + 1, k - 1))
    k = next((k for k in range(m.start + 1, m.end - 1) if toks[k].is_title and (
        is_given_name(toks[k].text) and (toks[k - 1].lower_ in LEX.org_heads or titled(toks[k - 1]) or ministry(k))
        or titled(toks[k - 1]) and k - 1 > m.start)), None)  # "[Ministry of Agriculture Paul Rono]" too
    if k is None or not 2 <= m.end - k <= 4 or not all(
            t.is_alpha and t.is_title and t.lower_ not in LEX.org_heads and t.lower_ not in LEX.designators
            and not is_title_word(t) for t in toks[k:m.end]) or is_place_name(doc[k:m.end].text):
        return [m]
    body = k
    while body > m.start and (is_title_word(toks[body - 1]) or titled(toks[body - 1])) \
            and toks[body - 1].lower_ not in LEX.org_heads and not ministry(k):
        body -= 1  # "Gerindra Party [Chairperson]" (not the portfolio of "Ministry of Agriculture")
    out = [Mention(m.start, body, "Organization", "body-before-name")] if body > m.start else []
    return out + [Mention(k, m.end, "Person", "body-before-name")]


def _person_after_body(doc: Doc, kept: list[Mention]) -> list[Mention]:
    """"chairman of the People's Committee [Le Anh Duong] pledged": an organization NER ran
    into the capitalised name after its head word, after a title's "of", before a verb."""
    toks = tokens(doc)
    out = list(kept)
    for m in kept:
        head = next((h for h in range(m.end - 1, m.start, -1) if toks[h].lower_ in LEX.org_heads), None)
        titled = any(toks[k].lower_ == "of" and is_title_word(toks[k - 1]) for k in range(max(1, m.start - 3), m.start))
        if m.type != "Organization" or head is None or head == m.end - 1 or not titled:
            continue
        end = head + 1
        while end < len(doc) and is_cap(toks[end]) and toks[end].is_alpha and toks[end].lower_ not in LEX.org_heads:
            end += 1
        if not 2 <= end - head - 1 <= 4 or end >= len(doc) or toks[end].pos_ not in ("VERB", "AUX") or any(
                is_place_name(doc[head + 1:k].text) or toks[k - 1].lower_ in LEX.designators
                for k in range(head + 2, end + 1)):
            continue  # not "the Kessly Teachers Union [Western Region]"
        out = [x for x in out if x is not m and not (x.start < end and head < x.start)]
        out += [Mention(m.start, head + 1, "Organization", m.rule), Mention(head + 1, end, "Person", "person-after-body")]
    return sorted(out, key=lambda x: (x.start, -x.end))


def _portfolio_before_title(doc: Doc, m: Mention) -> list[Mention]:
    """"Local Government Minister X", "Sindh Irrigation Minister X", "Civil Defence Minister
    X": what NER took for an organization before a minister's or secretary's title is its
    portfolio (and a place it starts with the place)."""
    toks = tokens(doc)
    compass = m.span(doc).text.lower() in COMPASS
    if m.type not in ("Organization", "Unknown") and not (m.type == "Place" and compass):
        return [m]  # (but "Aboriginal Affairs and [Northern] Development Minister")
    after, joined = m.end, m.start > 1 and toks[m.start - 1].lower_ in ("and", "&") and is_cap(toks[m.start - 2]) \
        and toks[m.start - 2].ent_type_ != "PERSON"  # not "Acme President Jane Roe and [Kessland] Finance Minister"
    while after < len(doc) and after - m.end < 5 and (toks[after].lower_ in LEX.title_modifiers and is_cap(toks[after]) or (
            toks[after].lower_ in ("and", "&") and after + 1 < len(doc) and is_cap(toks[after + 1]) and m.end - m.start > 1)
            or after > m.end and toks[after - 1].lower_ in ("and", "&") and is_cap(toks[after]) and toks[after].is_alpha
            and toks[after].ent_type_ and toks[after].lower_ not in LEX.portfolio_titles):  # the next part NER's too
            # (not after one word: "[Shell] and Energy Secretary X")
        joined = joined or toks[after].lower_ in ("and", "&")
        after += 1  # "[Civil] Defence Minister", "[Road Transport] and Bridges Minister"
    if after >= len(doc) or toks[after].lower_ not in LEX.portfolio_titles:
        return [m]
    if after > m.end and compass:
        return []  # "Northern Affairs Minister X": a portfolio, no place
    k = m.start
    while k < m.end and is_place_name(doc[m.start:k + 1].text) and doc[m.start:k + 1].text.lower() not in COMPASS:
        k += 1  # not "[Northern] Development Minister": a portfolio
    words = doc[k:m.end]
    listed = (joined or any(t.lower_ in ("and", "&") for t in words)) and not any(  # "Agriculture and Rural
        t.lower_ in LEX.org_heads or t.lower_ in LEX.designators for t in words)  # Resettlement", "[Road Transport] and
    # Bridges": a portfolio NER cut at "and"
    if not len(words) or not (listed or words[-1].lower_ == "affairs"
                              or all(t.lower_ in LEX.title_words or t.lower_ in PORTFOLIO_WORDS for t in words)):
        return [m]
    return [Mention(m.start, k, "Place", "portfolio-place")] if k > m.start else []


NAMESAKE_TITLES = frozenset({"king", "queen", "prince", "princess", "sultan", "emir", "sheikh", "sheikha", "president",
                             "pope", "saint", "imam"})


def _titled_namesakes(doc: Doc) -> list[Mention]:
    """"King Salman Stadium", "Queen Elizabeth Hospital", "King Salman Humanitarian Aid and
    Relief Center": a title, a name and a head noun of a body or a place are one name,
    typed by its head (no person holds the title there); not a government ("President X
    Administration")."""
    toks, out, n = tokens(doc), [], len(doc)
    for t in toks:
        if t.lower_ not in NAMESAKE_TITLES or not t.is_title or t.i + 2 >= n or not is_cap(toks[t.i + 1]):
            continue
        k, head = t.i + 1, None
        while k < n and (is_cap(toks[k]) and toks[k].is_alpha and not is_title_word(toks[k]) and toks[k].pos_ != "VERB"
                         and toks[k].lower_ not in LEX.headline_verbs
                         or toks[k].lower_ in ("and", "&", "of") and k + 2 < n and is_cap(toks[k + 1])
                         and not is_place_name(doc[k + 1:k + 3].text) and not is_place_name(toks[k + 1].text)
                         and k - t.i > 2 and not all(x.ent_type_ == "PERSON" for x in toks[t.i + 1:k])) \
                and not (k > t.i + 1 and toks[k].is_sent_start):  # not "President A and Congress", "President A
            # and United States Department", nor a headline's "Queen A Visits Kessly Hospital"
            if head_type(toks[k]) in ("Organization", "Place", "Event") and toks[k].lower_ not in LEX.government_heads \
                    and k > t.i + 1:
                head = k
            k += 1
        if head is not None:
            out.append(Mention(t.i, head + 1, head_type(toks[head]), "titled-namesake"))
    return out


COMPANY_PREFIXES = frozenset({"PT"})  # Indonesia's "Perseroan Terbatas", written before the company's name


def _prefixed_companies(doc: Doc) -> list[Mention]:
    """"PT Taman Safari Indonesia", "PT Gunbuster Nickel Industry": a company prefix and the
    capitalised words after it, up to a title, are one company (NER splits it into a person
    and a country); not a time zone's ("10 a.m. PT Monday")."""
    toks, titles, out = tokens(doc), title_runs(doc), []
    for t in toks:
        if t.text in COMPANY_PREFIXES and t.i + 1 < len(doc) and is_cap(toks[t.i + 1]) and toks[t.i + 1].is_alpha \
                and t.ent_type_ not in ("TIME", "DATE") and toks[t.i + 1].ent_type_ not in ("TIME", "DATE") \
                and not (t.i and toks[t.i - 1].lower_ in ("a.m.", "p.m.", "am", "pm")):
            end = t.i + 1
            while end < len(doc) and (is_cap(toks[end]) and toks[end].is_alpha or toks[end].text == "&") \
                    and end not in titles and not is_title_head(toks[end]) and not (end > t.i + 1 and toks[end].is_sent_start):
                end += 1
            if end > t.i + 1:
                out.append(Mention(t.i, end, "Organization", "company-prefix"))
    return out


def _private_limited(doc: Doc) -> list[Mention]:
    """"Lanka Tiles (Pvt) Ltd.", "Acme (Private) Limited": the capitalised words before a
    bracketed "Pvt" or "Private" and the designator after it are one company."""
    toks, out = tokens(doc), []
    for t in toks:
        close = t.i + 1 + (t.i + 1 < len(doc) and toks[t.i + 1].text == ".")  # "(Pvt.)"
        if t.lower_ in ("pvt", "pvt.", "private") and 0 < t.i and close + 1 < len(doc) and toks[t.i - 1].text == "(" \
                and toks[close].text == ")" and toks[close + 1].lower_ in ("ltd", "ltd.", "limited"):
            start = t.i - 1
            while start > 0 and (is_cap(toks[start - 1]) and (toks[start - 1].pos_ == "PROPN" or toks[start - 1].is_upper)
                                 or toks[start - 1].text in ("&", "-") and start > 1 and not toks[start - 1].whitespace_
                                 and not toks[start - 2].whitespace_):  # "K-Electric"
                start -= 1
            if start < t.i - 1:
                out.append(Mention(start, close + 2, "Organization", "company-private-limited"))
    return out


def _members_bodies(doc: Doc) -> list[Mention]:
    """"the Editors' Council", "the Kessly Workers' Union": capitalised words, a plural with
    an apostrophe and a body's head word are one organization."""
    toks, out = tokens(doc), []
    for t in toks:
        if t.text not in ("'", "’") or not t.i or t.i + 1 >= len(doc) or t.whitespace_ == "" \
                or not (owner := toks[t.i - 1]).is_title or not owner.lower_.endswith("s") or owner.whitespace_:
            continue
        end = t.i + 1
        while end < len(doc) and is_cap(toks[end]) and toks[end].is_alpha and toks[end].lower_ not in LEX.org_heads:
            end += 1
        if end == len(doc) or toks[end].lower_ not in LEX.org_heads or not toks[end].is_title:
            continue
        while end + 1 < len(doc) and toks[end + 1].is_title and toks[end + 1].lower_ in LEX.org_heads:
            end += 1  # "the Workers' Pension Fund Organisation"
        start = t.i - 1
        while start > 0 and is_cap(toks[start - 1]) and toks[start - 1].pos_ == "PROPN" and not toks[start - 1].is_sent_start:
            start -= 1
        out.append(Mention(start, end + 1, "Organization", "members-body"))
    return out


SEE_HEADS = frozenset({"diocese", "archdiocese", "eparchy", "archeparchy"})


def _sees(doc: Doc) -> list[Mention]:
    """"the Catholic Diocese of Wa", "the Archdiocese of St. Paul and Minneapolis": a
    church's see, named "Diocese of" and its places, is one organization, whatever NER made
    of its words (a NORP, two towns)."""
    toks, out = tokens(doc), []
    for t in toks:
        if t.lower_ not in SEE_HEADS or not t.is_title or t.i + 2 >= len(doc) or toks[t.i + 1].lower_ != "of":
            continue
        start, end = t.i, t.i + 2
        while start > 0 and toks[start - 1].is_title and toks[start - 1].pos_ in ("ADJ", "PROPN") \
                and toks[start - 1].ent_type_ in ("NORP", "ORG", ""):  # "Roman Catholic", "Anglican"
            start -= 1
        while end < len(doc) and (toks[end].is_title and (toks[end].is_alpha or toks[end].text.endswith("."))
                                  and toks[end].ent_type_ not in ("DATE", "TIME")
                                  or toks[end].lower_ in ("and", "&") and end + 1 < len(doc) and toks[end + 1].is_title
                                  and not is_title_word(toks[end + 1]) and end > t.i + 2):  # not "X and Bishop Y"
            end += 1
        if end > t.i + 2:
            out.append(Mention(start, end, "Organization", "org-see"))
    return out


def _joined_countries(doc: Doc) -> list[Mention]:
    """Countries whose names NER splits ("the Democratic Republic of the Congo", "St Vincent
    and the Grenadines", "DR Congo"): one place."""
    toks, out = tokens(doc), []

    def inside(k: int) -> bool:  # a word of a longer name ("Cricket South Africa", "South Africa Police"), not a title
        return 0 <= k < len(doc) and toks[k].pos_ == "PROPN" and is_cap(toks[k]) and not is_title_word(toks[k])

    def owned(i: int) -> bool:  # "the Bank of the Republic of Burundi", "University of Papua New Guinea"
        k = i - 1 - (i > 1 and toks[i - 1].lower_ == "the")
        return k > 0 and toks[k].lower_ == "of" and inside(k - 1)

    last = country_last_words()
    for i in range(len(doc)):
        if not is_cap(toks[i]) or toks[i].lower_ == "the" or inside(i - 1):
            continue
        for j in range(min(len(doc), i + 8), i + 1, -1):
            if toks[j - 1].lower_ not in last:
                continue
            span = doc[i:j]
            if is_cap(toks[j - 1]) and not inside(j) and country_code(span.text) and "\n" not in span.text \
                    and not (owned(i) and not (j < len(doc) and toks[j].text in POSSESSIVE)):  # "the Plan of the
                # Republic of Congo's Strategy": the country's
                out.append(Mention(i, j, "Place", "country-name"))
                break
        else:
            if i + 1 < len(doc) and not toks[i].ent_type_ and is_title_head(toks[i + 1]) and is_cap(toks[i + 1]) \
                    and country_code(toks[i].text) and not is_given_name(toks[i].text) and not owned(i):
                out.append(Mention(i, i + 1, "Place", "country-name"))  # "The Bangladesh Minister for Labour",
                # which NER left untyped
    return out


def _resolve_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Longest spans win; inside a longer Organization or Event, a Place is kept
    as nested, and so is an Organization joined in by "of the"."""
    kept: list[Mention] = []
    seen: set[tuple[int, int]] = set()
    covering: dict[int, list[Mention]] = {}  # token -> kept mentions over it
    for m in sorted(mentions, key=lambda m: (-(m.end - m.start), m.start)):
        if (m.start, m.end) in seen:
            continue
        outer = list({id(k): k for i in range(m.start, m.end) for k in covering.get(i, ())}.values())
        if outer:
            inside = all(k.start <= m.start and m.end <= k.end
                         and k.type in ("Organization", "Event") for k in outer)
            if not (inside and (m.type == "Place" or m.nested)):
                continue
            m.nested = True
        kept.append(m)
        seen.add((m.start, m.end))
        for i in range(m.start, m.end):
            covering.setdefault(i, []).append(m)
    return kept
