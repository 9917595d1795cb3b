"""Corrections of the NER's types, each a small named rule: given a mention and what
the document shows, a rule returns the mention's new type or None. They run in
order, each over every mention."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from spacy.tokens import Doc

from .gazetteer import could_be_first_name, country_code, is_city, is_given_name, is_place_name, is_region, is_subdivision, is_world_region
from ..lexicons import LEX
from .layout import ticker_after
from .cues import (COMPASS, municipality_of, DASHES, POSSESSIVE, first_conjunct, head_type, is_cap, list_others, is_title_head, is_title_noun, is_title_word,
                   names_a_road, polity_plural, seat_for, speaks, title_then_person)
from .nlp import lower_words, span_text, tokens, whole_word


@dataclass
class Seen:
    """What type rules know of the document: its title tokens and the names NER typed as places."""

    doc: Doc
    toks: list  # the Doc's tokens (see nlp.tokens)
    titles: set[int]
    places: set[str]
    place_tokens: dict[int, str]  # tokens of names typed as places -> the name, lowercase
    singles: set[str]  # one-word names, lowercase ("Roe said")
    surnames: set[str]  # last words of the persons' names of two words or more, lowercase
    firsts: set[str]  # first words of the organizations' names of two words or more, lowercase ("Ford Motor")
    titled: set[str]  # one-word names of persons after a title or honorific, lowercase ("President Obama")
    forenames: set[str]  # first words of the persons' names of two words or more, lowercase ("Kim Dong-yeon")

    @classmethod
    def of(cls, doc: Doc, mentions: list, titles: set[int]) -> "Seen":
        toks = tokens(doc)
        in_person = {i for m in mentions if m.type == "Person" for i in range(m.start, m.end)}
        seen = cls(doc, toks, titles, set(), {}, set(), set(), set(), set(), set())
        seen.places.update(name.lower() for m in mentions  # places a gazetteer knows, not NER's guesses
                           if m.type == "Place" and not in_person.issuperset(range(m.start, m.end))
                           and is_place_name(name := seen.name(m)))
        seen.place_tokens.update((i, seen.name(m).lower()) for m in mentions if m.type == "Place" for i in range(m.start, m.end))
        seen.singles.update(toks[m.start].lower_ for m in mentions if m.end - m.start == 1)
        seen.surnames.update(toks[m.end - 1].lower_ for m in mentions if m.type == "Person" and m.end - m.start > 1)
        seen.firsts.update(toks[m.start].lower_ for m in mentions if m.type == "Organization" and m.end - m.start > 1)
        seen.forenames.update(toks[m.start].lower_ for m in mentions if m.type == "Person" and m.end - m.start > 1)
        seen.titled.update(toks[m.start].lower_ for m in mentions if m.type == "Person" and m.end - m.start == 1
                           and m.start and not line_end(toks, m.start) and (
                               m.start - 1 in titles or is_title_head(toks[m.start - 1]) or toks[m.start - 1].lower_ in LEX.honorifics))
        return seen

    def known_place(self, tok) -> bool:
        """Whether a token is in a name typed as a place that a gazetteer knows ("Fort [Worth]")."""
        return tok.i in self.place_tokens and (self.place_tokens[tok.i] in self.places or is_place_name(tok.text))

    def name(self, m) -> str:
        """A mention's text (see nlp.span_text)."""
        return span_text(self.doc, m.start, m.end)


def dateline_place(s: Seen, m) -> str | None:
    """"WASHINGTON (Reuters) -", "EASTMOOR [Kessland], May 6 -": a paragraph-initial name
    before a bracket, or before a comma and a date that ends the dateline, is a place
    (a name no gazetteer knows before a bracketed city names a paper)."""
    toks = s.toks
    doc = s.doc
    if not (m.start == 0 or "\n" in toks[m.start - 1].text_with_ws) or m.end + 2 >= len(doc):
        return None
    k = next((x for x in range(m.end + 1, min(m.end + 8, len(doc))) if toks[x].ent_type_ == "DATE"), len(doc))
    first_date = k
    while k < len(doc) and toks[k].ent_type_ == "DATE":
        k += 1
    if k + 2 < len(doc) and toks[k].text == "," and toks[k + 1].is_upper and toks[k + 2].text in (".", *DASHES):
        k += 2  # "KESSLY, May 6, GNA -": the agency after the date
    ends = k < len(doc) and (toks[k].text in (".", "(", ":", *DASHES) or toks[k].text[0] == "/")  # "/PRNewswire/"
    dated = toks[m.end].text == "," and k > first_date and ends \
        and all(t.ent_type_ in ("GPE", "LOC", "DATE") or t.text == "," or t.lower_ == "the"
                for t in doc[m.end + 1:first_date])  # "DAYTON, the United States, Jan. 6 (Newswire) -"
    text = s.name(m)
    known = is_city(text) or is_region(text)
    placed = is_city(toks[m.end + 1].text) or is_region(toks[m.end + 1].text)  # "Eastmoor Courier (Lagos)": a paper
    close = next((x for x in range(m.end + 1, min(m.end + 10, len(doc))) if toks[x].text in (")", "]")), None)
    ended = close is not None and (close + 1 == len(doc) or toks[close + 1].text in (":", ".", *DASHES)
                                   or "\n" in toks[close].text_with_ws)  # not "University of X (UX) new rector"
    bracket = toks[m.end].text in ("(", "[") and (known or not placed) and (known or ended)
    shouted = known and text.isupper() and toks[m.end].text == ","  # "KUALA LUMPUR, Aug 28 —"
    dashed = toks[m.end].text in DASHES and is_cap(toks[m.end + 1]) and (known or not is_given_name(toks[m.start].text)) \
        and "\n" not in doc[m.end:min(m.end + 8, len(doc))].text and not any(
            is_title_word(t) or t.text in POSSESSIVE for t in toks[m.start:m.end])  # "De Soto — Panasonic broke
    # ground ...": a town (not a headline's "Mayor's Column - Leaders in the Leader")
    return "Place" if bracket or dated or shouted or dashed else None


def dateline_agency(s: Seen, m) -> str | None:
    """"EASTMOOR, May 6 (Newswire) --": the name in brackets after a dateline's date or
    place is the news agency's."""
    toks = s.toks
    doc = s.doc
    opening = m.start - 1 - (m.start > 0 and toks[m.start - 1].lower_ == "the")  # "(The Eastmoor Courier) -"
    if opening < 1 or m.end + 1 >= len(doc) or toks[opening].text != "(" or toks[m.end].text != ")":
        return None
    before, after = toks[opening - 1], toks[m.end + 1].text
    line = doc[max(0, opening - 10):opening]
    opens = opening <= 10 or any("\n" in t.text_with_ws for t in line)  # the bracket is near the line's start
    dated = before.ent_type_ in ("DATE", "GPE") or before.is_upper or before.text == "."
    return "Organization" if after in (".", *DASHES) and dated and opens else None


def gazetteer_place(s: Seen, m) -> str | None:
    """A country or a state, province, region of one ("Nasarawa State", "Jordan") is a
    place; an untyped name of a city is one too, and so is a city a dateline names."""
    toks = s.toks
    text, before = s.name(m), toks[m.start - 1].lower_ if m.start else ""
    if m.type == "Person" and (before in LEX.honorifics or before in LEX.title_abbreviations):
        return None  # "Mr Jordan", "Cllr Greenland": a person's surname
    if m.type in ("Organization", "Person", "Unknown") and (is_region(text) or is_world_region(text)) and not (
            m.type == "Organization" and m.start and toks[m.start - 1].is_lower and toks[m.start - 1].lower_ in LEX.org_heads
            and not (m.end < len(s.doc) and toks[m.end].pos_ == "VERB" and toks[m.end].dep_ in ("relcl", "acl"))) \
            and not (m.type == "Organization" and _listed_among_bodies(s, m)):
        return "Place"  # (and "Middle East & Africa", "Asia Pacific"; not "Kessly's parent company [Tolima]", a body
        # the text calls one that shares a region's name)
    if m.type == "Unknown" and is_city(text) or m.type == "Person" and text.endswith(" City") and is_city(text):
        return "Place"  # "Ho Chi Minh City", which NER calls a person
    first = m.start == 0 or "\n" in toks[m.start - 1].text_with_ws or all(t.is_space for t in s.doc[:m.start])
    if m.type == "Organization" and first and m.end < len(s.doc) and toks[m.end].text in (":", ",", ".", "-", "—", "–") \
            and is_city(text):
        return "Place"  # "KARACHI: ...": a dateline's city
    return None


def _listed_among_bodies(s: Seen, m) -> bool:
    """"Acme, Kessly Foods, Valais and Norvik Bank": a body's name listed with others NER calls
    bodies, most of the list, though a region has the name."""
    others = list_others(m.span(s.doc).root)
    return len(others) > 1 and 2 * sum(t.ent_type_ == "ORG" for t in others) > len(others)


def place_before_corporate_title(s: Seen, m) -> str | None:
    """"Cisco CEO Jane Roe", "YRCI's CEO, Jane Roe", "X, President & CEO, Acme, said", "the
    Bndes development bank": a "place" no gazetteer knows (or a name of no known type), right
    before a company's title, set after one between commas, or naming a body's common noun,
    is the organization."""
    toks = s.toks
    doc, text = s.doc, s.name(m)
    if m.type in ("Person", "Organization") and m.end < len(doc) - 1 and _titles_a_name(s, m):
        return "Organization"
    if m.type not in ("Place", "Unknown") or m.end >= len(doc) - 1 or is_place_name(text) or is_world_region(text):
        return None
    k = m.end + (toks[m.end].text in POSSESSIVE)
    if _company_title_in_run(s, k):
        return "Organization"  # (also "Emirates’ deputy president and chief commercial officer")
    root = m.span(doc).root
    if root.dep_ == "compound" and root.head.is_lower and root.head.lower_ in LEX.org_heads and not any(
            t.lower_ in LEX.government_heads for t in (root.head, *root.head.lefts)):
        return "Organization"  # "[Bndes] development bank", "[Kessly] parent company"
    before = toks[m.start - 2] if m.start > 1 and toks[m.start - 1].text == "," else None
    return "Organization" if before is not None and before.i in s.titles and root.dep_ == "appos" \
        and before.lower_ in LEX.corporate_titles else None  # "X, President & CEO, Acme, said"


def _titles_a_name(s: Seen, m) -> bool:
    """"Manchester United chief executive Richard Arnold": a name with no first name, right
    before a company's title (or "leader") and the name of the one who holds it, is the
    company's (the party's)."""
    toks, k = s.toks, m.end
    if not (_company_title_at(toks, k) or toks[k].lower_ == "leader"):  # "Fianna Fáil leader X": a party's
        return False
    while k < len(toks) and (is_title_word(toks[k]) or toks[k].lower_ in TITLE_JOINS and k + 1 < len(toks)
                             and is_title_word(toks[k + 1])):
        k += 1  # "chairman and CEO", "co-chairman"
    if k >= len(toks) or not toks[k].is_title or not (toks[k].ent_type_ == "PERSON" or is_given_name(toks[k].text)):
        return False
    last = toks[m.end - 1]
    trade = m.end - m.start > 1 and (last.tag_ == "NNPS" or len(last) > 6 and last.lower_.endswith("ing"))
    return not is_given_name(toks[m.start].text) or trade  # "Jones Engineering chairman Eric Kinsella", "Hilton
    # Hotels co-chairman X": a first name starts the company's name (not "Tom Hale chairman Ada Obi")


TITLE_JOINS = frozenset({"and", "&", "-"})


def _company_title_in_run(s: Seen, k: int) -> bool:
    """Whether the run of titles starting at token k holds a company's title."""
    while k < len(s.toks) and (k in s.titles or is_title_word(s.toks[k]) or s.toks[k].lower_ in TITLE_JOINS):
        if _company_title_at(s.toks, k):
            return True
        k += 1
    return False


def _company_title_at(toks: list, k: int) -> bool:
    """A company's title starts at token k ("CEO", "chief executive", "managing director",
    "co-chairman")."""
    k += 2 * (k + 2 < len(toks) and toks[k].lower_ in ("co", "vice") and toks[k + 1].text == "-")
    c_suite = k + 2 < len(toks) and toks[k].lower_ == "chief" and toks[k + 2].lower_ == "officer"  # "chief commercial
    # officer", whatever its brief
    return c_suite or " ".join(t.lower_ for t in toks[k:k + 2]).startswith(LEX.corporate_titles)


def head_noun(s: Seen, m) -> str | None:
    """"... Expo" and "Typhoon ..." are events, "... Council" an organization, "... County" and
    "Barangay ..." places (a person stays one unless the head makes an event, names a body
    or a division: "... Party", "... Ministry", "... Province")."""
    toks = s.toks
    last = toks[m.end - 1].lower_
    if m.end - m.start > 1 and toks[m.end - 2].lower_ in LEX.event_prefixes:
        return "Event"  # "Typhoon Haiyan", "Super Typhoon X" (not "Storm Lane Capital")
    of = next((k for k in range(m.start + 1, m.end - 1) if toks[k].lower_ in ("on", "of", "for")), None)
    if of is not None and toks[of - 1].lower_ in LEX.event_heads and m.type != "Person":
        return "Event"  # "the International Conference on Refugees", "the Africa Cup of Nations"
    if of is not None and toks[of - 1].lower_ in LEX.body_heads and m.type not in ("Person", "Organization"):
        return "Organization"  # "the Coalition for Free and Fair Elections", "the Committee on Rules"
    if m.end - m.start > 1 and toks[m.start].lower_ in LEX.place_prefixes and not head_type(toks[m.end - 1]) \
            and last not in LEX.chambers.values():
        return "Place"  # "Barangay Lahug", "Mt Lawley" (not "Mount Kenya University", "the Upper House")
    division = last in LEX.divisions and m.end - m.start > 1 and not any(  # not "Unified School District"
        t.lower_ in LEX.org_heads for t in s.doc[m.start:m.end - 1])
    head = head_type(toks[m.end - 1]) or ("Place" if division else None)
    if head == "Event" and m.end - m.start == 1 and last == "trophy":
        return None  # "the Trophy was stolen": no event's name
    strong = head == "Event" or last in LEX.body_heads or last in LEX.buildings or division \
        or head == "Place" and m.end - m.start >= 3 and m.start > 0 and toks[m.start - 1].lower_ in PLACE_PREPOSITIONS
    # "the Green Dawn Party", "Nyamira County", "in Nelson Mandela Bay" are no persons (but "Michael Bay", "Chan Ho
    # Park threw")
    if head and m.end - m.start == 1 and last in LEX.buildings:
        return None  # "the Palace said": a building named for who works there, as its full name decides
    if head and m.type == "Person" and m.end - m.start == 2 and last in LEX.buildings and is_given_name(toks[m.start].text):
        return None  # "By Ada Hall": a first name and a surname that is a building's word
    if head and m.type in ("Organization", "Place", "Event", "Person") and (strong or m.type != "Person") \
            and not (head == "Organization" and country_code(s.name(m))):  # "the Russian Federation": a country
        return head
    return None


PLACE_PREPOSITIONS = frozenset({"in", "of", "at", "to", "from", "across", "near", "around", "throughout"})
SEATS = frozenset({"constituency", "seat", "ward", "district", "voter", "resident", "constituent", "candidate"})


def compass_district(s: Seen, m) -> str | None:
    """"the MP for Lamu West", "voters in Berkshire West": a name ending in a compass word
    after a seat's "for" or "in" (an MP's, a constituency's, its voters') names a
    district or a constituency, unless a first name starts it or a word in it makes it a
    body ("Bank of the West"); not "support from Kanye West", "a deal for Comedy Central"."""
    toks = s.toks
    if m.type not in ("Organization", "Person") or m.end - m.start < 2 or toks[m.end - 1].lower_ not in COMPASS \
            or toks[m.end - 1].lower_.endswith("ern") or is_given_name(toks[m.start].text):
        return None
    span = s.doc[m.start:m.end]
    root = span.root
    seat = root.head.head  # "the MP for Lamu West", "voters in Berkshire West" (not "a gift from Kanye West")
    placed = root.dep_ == "pobj" and root.head.lower_ in ("in", "for") and (
        seat.lower_ in LEX.seat_titles or seat.lemma_.lower() in SEATS)
    return None if not placed or any(t.lower_ in LEX.org_heads or t.is_upper or t.lower_ in ("of", "the")
                                     for t in span) else "Place"


def body_with_officers(s: Seen, m) -> str | None:
    """"the Chair of the Forum", "the Forum chair", "Kessly Summit leaders": an event's name
    that a post is held in is a standing body's."""
    toks = s.toks
    doc = s.doc
    if m.type != "Event" or not any(head_type(t) == "Event" for t in m.span(doc)):  # "the [... Forum on Forests]"
        return None
    root = m.span(doc).root
    prep = root.head
    held_in = root.dep_ == "pobj" and prep.lower_ == "of" and is_title_head(prep.head)
    titled = m.end < len(doc) and (is_title_head(toks[m.end]) or toks[m.end].lower_ in ("leaders", "members"))
    return "Organization" if held_in or titled else None


def org_named_after_title(s: Seen, m) -> str | None:
    """"Chancellor Jane Roe", "its chief, Jane Roe,": NER's organization is a person's name."""
    toks = s.toks
    doc, span = s.doc, m.span(s.doc)
    if m.type != "Organization" or head_type(toks[m.end - 1]) or not 2 <= len(span) <= 6:
        return None
    if not all(t.pos_ == "PROPN" or t.text == "-" for t in span) or toks[m.end - 1].lower_ in LEX.designators \
            or m.start and toks[m.start - 1].text == "(":
        return None  # not "its president, [Acme Holdings],", nor "the Primate of X ([Anglican Communion]), Y"
    root = span.root
    after_title = m.start and (m.start - 1 in s.titles or (  # "cricket chief Najam Sethi", a title compounding it
        toks[m.start - 1].is_lower and toks[m.start - 1].head == root and toks[m.start - 1].dep_ == "compound")) \
        and is_title_head(toks[m.start - 1])
    appos = root.dep_ == "appos" and is_title_word(root.head) and (
        is_title_head(root.head) or any(is_title_head(x) for x in root.head.lefts))
    return "Person" if after_title or appos else None


def person_after_title(s: Seen, m) -> str | None:
    """"President Ada Obi said": a name right after a capitalised title head is a
    person's, unless its last word makes it an organization, place or event."""
    toks = s.toks
    doc, span = s.doc, m.span(s.doc)
    if not m.start or head_type(toks[m.end - 1]) or not all(t.is_alpha or t.text in ("-", ".") for t in span) \
            or (len(span) == 1 and span[0].is_upper and len(span[0]) > 2 and span[0].lower_ not in s.surnames) \
            or (len(span) == 1 and polity_plural(span[0])):
        return None  # "Chairman [PTA] Ada Obi": an acronym (not a surname written in capitals: "President
        # NDOLO", after "KESSLY NDOLO"); "Member [States]": no one's name
    at = m.start - 1
    comma = at > 1 and toks[at].text == "," and len(span) > 1 and m.end < len(doc) \
        and (toks[m.end].pos_ in ("VERB", "AUX") or toks[m.end].text == "," or toks[m.end].lower_ == "and"
             and m.end + 1 < len(doc) and not toks[m.end + 1].is_title and toks[at - 2].lower_ not in ("the", "a"))
    # "Gombe State Governor, Muhammadu Inuwa Yahaya has", "(FPCCI) President, Zubair Tufail and senior leaders"
    # (not "the Chairman, General Motors and Ford representatives": bodies listed after a title)
    prev = toks[at - comma]
    if toks[m.start].ent_iob_ == "I" and prev.ent_type_ in ("ORG", "GPE", "FAC", "LOC"):
        return None  # "General Motors": the title word opens a name
    if len(span) > 1 and prev.i in s.titles and not is_title_head(prev) and span.root.dep_ in ("nsubj", "nsubjpass") \
            and any(is_title_head(toks[j]) and j in s.titles for j in range(max(0, prev.i - 8), prev.i)):
        return "Person"  # "Cabinet Secretary for Interior and National Administration [Kithure Kindiki] said"
    if m.type != "Person" and not is_given_name(span[0].text) and span[0].ent_type_ != "PERSON" and not comma \
            and not (len(span) == 1 and span[0].lower_ in s.surnames):
        return None  # "Premier Bankcard": no first name, no person (but "President [NDOLO]", named in full)
    if m.type == "Place" and len(span) == 1 and country_code(span.text):
        return None  # "Captain America": a country's one-word name is no first name
    if any(t.lower_ in ("of", "on", "for") and t.i > m.start and (head_type(toks[t.i - 1]) == "Organization"
                                                                  or toks[t.i - 1].text == "Chamber")
           or t.lower_ in LEX.designators for t in span):
        return None  # "President, [Niger Chamber of Commerce], said", "President, [Acme Holdings], said": a body
        # named after the title
    return "Person" if prev.i in s.titles and is_title_head(prev) and prev.text[:1].isupper() else None


STORMS = frozenset({"typhoon", "hurricane", "cyclone"})  # never a given name ("Storm Reid" is a person)


def surname_reference(s: Seen, m) -> str | None:
    """"Ada Obi won ... Obi said": a two- or three-word name the text also writes as its
    last word alone, never its first, is a person's (organizations go by their first
    word: "Acme Dynamics ... Acme said"; "Typhoon Ompong ... Ompong" is a storm)."""
    span = m.span(s.doc)
    if m.type == "Person" or not 2 <= len(span) <= 3 or not all(t.is_alpha and t.is_title for t in span):
        return None
    if head_type(span[-1]) or any(t.lower_ in LEX.designators or t.lower_ in LEX.org_heads or t.lower_ in LEX.demonyms
                                  or t.lower_ in STORMS or is_place_name(t.text) for t in span):
        return None
    if span[0].text.endswith("n") and is_subdivision(span[0].text[:-1]):
        return None  # "Tasmanian Liberals ... the Liberals": a state's party
    if is_place_name(span[:-1].text) or is_place_name(span.text):  # "Eastmoor City Times ... the Times", "United
        return None  # States ... Member States"
    return "Person" if span[-1].lower_ in s.singles and span[0].lower_ not in s.singles else None


def person_qualifying_title(s: Seen, m) -> str | None:
    """"Acme Dynamics Chief Executive Jane Roe": a name before a title and a person
    qualifies the title: it is an organization; before a mayor's or governor's, the town or
    state ("De Soto Mayor Rick Walker"), known to a gazetteer or not."""
    if m.type != "Person" or m.end not in s.titles or not title_then_person(s.doc, m.end):
        return None
    k = m.end
    while k + 1 < len(s.doc) and k + 1 in s.titles:
        k += 1
    return "Place" if s.toks[k].lower_.removesuffix("-elect") in ("mayor", "governor") else "Organization"


def person_with_digits_or_place(s: Seen, m) -> str | None:
    """A "person" with digits, or with a place's name inside, is an organization."""
    if m.type != "Person":
        return None
    span = m.span(s.doc)
    words = s.name(m).lower()
    if any(t.like_num or any(c.isdigit() for c in t.text) for t in span) or (any(
            whole_word(p).search(words) and p != words for p in s.places)
            and not is_given_name(span[0].text)):  # "Mary Jordan" is a person, "Lagos Tigers" no
        return "Organization"
    return None


REGNAL = re.compile(r"(?:I{1,3}|IV|VI{0,3}|IX|X)")


def regnal_name(s: Seen, m) -> str | None:
    """"Okatakyie Amoa Aturu Nkonkonkia II", "Mswati III": capitalised names ending in a
    ruler's number, no body's head word among them, are a person's (NER calls many a body)."""
    span = m.span(s.doc)
    if m.type not in ("Organization", "Unknown") or len(span) < 2 or not REGNAL.fullmatch(span[-1].text):
        return None
    words = span[:-1]
    return "Person" if all(t.is_alpha and t.is_title and not head_type(t) and t.lower_ not in LEX.designators
                           for t in words) and not is_place_name(words.text) else None


def place_in_person_position(s: Seen, m) -> str | None:
    """"Acme's Jane Roe", "the mayor, Jane Roe": a many-word place there is a person."""
    toks = s.toks
    doc, span = s.doc, m.span(s.doc)
    if m.type != "Place" or len(span) < 2 or toks[m.end - 1].lower_ in LEX.divisions or head_type(toks[m.end - 1]) \
            or is_region(text := s.name(m)) or is_world_region(text):
        return None  # "Minister (Western Region)", "director, South Africa": a region's name stays the region's
    before = toks[m.start - 1] if m.start else None
    possessed = before is not None and before.text in POSSESSIVE and m.start >= 2 \
        and toks[m.start - 2].ent_type_ in ("GPE", "LOC", "ORG")
    return "Person" if possessed or (span.root.dep_ == "appos" and is_title_head(span.root.head)) else None


RELATIONS = frozenset({"counterpart", "predecessor", "successor", "wife", "husband", "son", "daughter", "widow",
                       "father", "mother", "brother", "sister"})


def name_of_a_relation(s: Seen, m) -> str | None:
    """"his Pakistani counterpart Ishaq Dar", "her husband, John Paris": a name in apposition
    to a word for a person's counterpart or kin is a person's (a person's, not "its counterpart")."""
    span = m.span(s.doc)
    root = span.root
    if m.type == "Person" or head_type(s.toks[m.end - 1]) or is_region(s.name(m)) \
            or not all(t.is_alpha or t.text in ("-", ".") for t in span):
        return None
    if root.dep_ != "appos" or root.head.i >= m.start or root.head.lemma_.lower() not in RELATIONS:
        return None
    owner = next((c for c in root.head.children if c.dep_ == "poss"), None)  # "his", "Gottwald's"; not "its
    # American counterpart, Boeing", "Yahoo's successor, Altaba"
    return "Person" if owner is not None and (owner.lower_ in ("his", "her", "their") or owner.ent_type_ == "PERSON"
                                           or owner.lower_ in s.surnames) \
        else None


def who_with_his_or_her(s: Seen, m) -> str | None:
    """"Kessler, who was represented by his deputy, ...": a name a relative clause opens with
    "who" and goes on about with "his" or "her" is a person's (not "Arsenal, who lost their")."""
    toks = s.toks
    if m.type == "Person" or m.end + 2 >= len(s.doc) or head_type(toks[m.end - 1]) or is_region(s.name(m)) \
            or toks[m.end].text != "," or toks[m.end + 1].lower_ != "who":
        return None
    verb = toks[m.end + 1].head
    return "Person" if verb.dep_ == "relcl" and any(t.lower_ in ("his", "her", "he", "she") for t in verb.subtree) \
        else None


def name_with_title_appositive(s: Seen, m) -> str | None:
    """"Li Wen, board chairman of Acme Glass, said": a name described by a title in
    apposition is a person's."""
    toks = s.toks
    span = m.span(s.doc)
    of = next((t.i for t in span[1:] if t.lower_ == "of"), None)  # "University of Kessly (UK) new chancellor"
    if m.type not in ("Organization", "Unknown", "Place") or head_type(toks[m.end - 1]) \
            or (of is not None and head_type(toks[of - 1])) or is_region(s.name(m)):
        return None  # not "Ethiopia new Prime Minister X", parsed with the title in apposition to the country
    root = span.root
    titled = any(c.dep_ == "appos" and c.lower_ in LEX.title_single_heads and c.i > root.i for c in root.children)
    bracketed = m.end + 2 < len(s.doc) and toks[m.end].text == "(" and toks[m.end + 2].text == ")" \
        and toks[m.end + 1].text.upper() == "".join(t.text[0] for t in span if t.is_title).upper()
    return "Person" if titled and not bracketed and all(t.is_alpha or t.text == "-" for t in span) else None
    # (not "the United Nations (UN) Secretary-General": a body with its initialism)


def place_after_in(s: Seen, m) -> str | None:
    """"a new plant in Kessly", "flooding near Dor Vale": a "person" after "in" or
    "near" that no first name starts is a place; so is an "organization" there that is
    itself in a place ("investment in Oakville, Canada")."""
    toks = s.toks
    doc, root = s.doc, m.span(s.doc).root
    prep = root.head.lower_
    if root.dep_ != "pobj" or prep not in ("in", "near", "outside", "across"):
        return None
    if m.type == "Organization" and m.end - m.start <= 2 and toks[m.start - 1].lower_ != "the" and not any(
            t.is_upper or t.lower_ in LEX.org_heads or t.lower_ in LEX.designators for t in m.span(doc)):
        if m.end - m.start == 1 and prep in ("near", "outside") and root.head.head.pos_ == "NOUN":
            return "Place"  # "the megasite near Ellabell" (not "gathered near Boeing")
        k = m.end + (m.end < len(doc) and toks[m.end].text in (",", "in"))  # "in Oakville, Canada": a place in one
        k += k < len(doc) and toks[k].lower_ == "the"
        known = any(is_place_name(doc[k:j].text) for j in range(k + 1, min(k + 4, len(doc) + 1)))
        return "Place" if k > m.end and known else None
    if m.type != "Person" or m.start - 1 in s.titles or root.head.head.lemma_.lower() == "swear" \
            or m.start - 1 in s.place_tokens:
        return None  # "in Lagos, Governor Ada Obi", "swore in Ada Obi", "Consul General in New York [Huang Ping]"
    return None if is_given_name(toks[m.start].text) else "Place"


def listed_with_places(s: Seen, m) -> str | None:
    """"hospitals in Eastmoor, Kessly and Port Aldin": names listed after a place that
    follows "in", "at", "near" or "from" are places too (unless a first name starts one)."""
    toks = s.toks
    root = m.span(s.doc).root
    if m.type == "Place" or root.dep_ not in ("conj", "pobj") or head_type(toks[m.end - 1]) or any(
            t.lower_ in LEX.org_heads for t in toks[m.start:m.end]):  # not "the Presidential Committee on Flood"
        return None
    first = first_conjunct(root)
    located = first.dep_ == "pobj" and first.head.lower_ in ("in", "at", "near", "from", "across", "through", "via", "to")
    described = any(is_title_head(t) for t in s.doc[m.end:m.end + 5])  # "Ada Obi, Lima's vice mayor"
    others = list_others(root)  # "through Kachua, Betagi, Patuakhali and X"
    listed = located and any(s.known_place(t) for t in others) and not described
    town = m.end - m.start == 1 and is_city(s.name(m)) and (all(s.known_place(t) for t in others) or any(
        s.known_place(t) and not is_given_name(t.text) for t in others))  # "from Topeka and Lawrence": the town, a
    # first name too (not "from Grace, Austin and Florence": no sure place there)
    return "Place" if listed and (town or not is_given_name(toks[m.start].text)) else None


def listed_among_places(s: Seen, m) -> str | None:
    """"the plants are Rotherham, Corby and Shotton": a city's name listed with places a
    gazetteer knows, most of the list places, is the city (not an acronym, "Japan, the EU and
    China", not a body's name or a first name's; not "Canada, Mexico and Walmart")."""
    toks = s.toks
    if m.type not in ("Organization", "Unknown") or not is_city(s.name(m)) or any(
            t.is_upper or t.lower_ in LEX.org_heads or t.lower_ in LEX.designators for t in toks[m.start:m.end]) \
            or head_type(toks[m.end - 1]) or is_given_name(toks[m.start].text):
        return None
    others = list_others(m.span(s.doc).root)
    places = [t for t in others if s.known_place(t)]
    return "Place" if places and 2 * len(places) >= len(others) else None


OFFICES = frozenset({"presidency", "governorship", "mayoralty", "premiership"})  # "the presidency of X"


def city_in_place_context(s: Seen, m) -> str | None:
    """"the new hospital in Port Aldin", "flights from Tampere": a city's name after "in",
    "at", "near", "from", "around", "off", "between" (and the like) is the city, whatever NER thought (unless a first name starts
    it); so is one after a title's or an office's "of" ("Crown Prince of Abu Dhabi", "mayor-elect
    of Austin", "the municipal presidency of Leon"), and any name after a mayor's or governor's."""
    toks = s.toks
    if m.type not in ("Person", "Organization") or head_type(toks[m.end - 1]):
        return None
    root = m.span(s.doc).root
    office = root.head.head
    of = root.dep_ == "pobj" and root.head.lower_ == "of"
    right_after = root.head.i == m.start - 1 - (toks[m.start - 1].lower_ == "the")  # not "of Lagos [Ada Obi]"
    if of and right_after and (office.lower_ in LEX.city_offices or office.lower_ in LEX.region_offices) \
            and not any(t.lower_ in LEX.designators or t.lower_ in LEX.org_heads for t in m.span(s.doc)):
        return "Place"  # "the mayor of Churchill": a town, known or not (not "the governor of the Central Bank
        # of Kessland")
    if not is_city(name := s.name(m)) or len(name) <= 3 and name.isupper():
        return None  # (not "officials from the UN": no "Un")
    located = root.dep_ == "pobj" and root.head.lower_ in ("in", "at", "near", "from", "outside", "around", "off", "between",
                                                           "across", "throughout", "beyond") \
        and not (root.head.lower_ == "at" and m.type == "Organization")  # "workers at Hitachi": the company
    titled = of and (is_title_head(office) or is_title_noun(office) or office.lower_ in OFFICES)
    return "Place" if titled or located and not is_given_name(toks[m.start].text) else None


def place_of_noun(s: Seen, m) -> str | None:
    """"the city of Lagos", "the marginal seat of Eastmoor": a place."""
    root = m.span(s.doc).root
    prep = root.head
    if m.type != "Place" and root.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lower_ in LEX.place_nouns \
            and prep.head.is_lower:
        return "Place"
    return None


def place_noun_after(s: Seen, m) -> str | None:
    """"Marova province", "Kessly state": a name before a lowercase kind of place is that place."""
    toks = s.toks
    doc = s.doc
    if m.type != "Place" and m.end < len(doc) and toks[m.end].is_lower and toks[m.end].lower_ in LEX.place_nouns \
            and toks[m.end].lower_ not in ("seat", "community"):
        return "Place"
    return None


def legislators_seat(s: Seen, m) -> str | None:
    """"the MP for Eastmoor West", "Eastmoor West TD Ada Obi": the name a legislator's
    title is held for is the constituency, a place (before the title, a place a gazetteer
    knows or a name of two words that is no party NER knows: not "Labour MP", "PTI MNA")."""
    toks = s.toks
    doc = s.doc
    after = seat_for(doc, m.start)
    titled = m.end < len(doc) and toks[m.end].lower_ in LEX.seat_titles and is_cap(toks[m.end])
    if m.type not in ("Organization", "Person", "Unknown") or not (after or titled):
        return None
    span = m.span(doc)
    if any(t.lower_ in LEX.org_heads or t.lower_ in LEX.designators for t in span):
        return None
    joined = len(span) > 2 and all(t.is_title and t.is_alpha or t.text in DASHES and not t.whitespace_
                                   and not span[t.i - m.start - 1].whitespace_ for t in span) \
        and span[1].text in DASHES and span[0].lower_ not in ("pro", "anti", "ex", "non") and (
            (m.type != "Person" and not is_given_name(span[0].text))
            or all(is_place_name(t.text) for t in span if t.text not in DASHES))  # "Collie-Preston MLA X",
    # "Murray-Wellington MLA Y": two places' names joined, a riding's (not "Rebecca Long-Bailey MP", "Pro-Brexit MP")
    before = titled and (is_place_name(s.name(m)) or joined or (
        len(span) > 1 and not s.name(m).isupper()
        and (span[0].ent_type_ not in ("ORG", "NORP", "PERSON") or span[-1].lower_ in COMPASS)))
    return "Place" if after or before else None


FACILITIES = frozenset({"hospital", "school", "schools", "residents", "airport", "port", "station", "streets", "suburbs",
                        "families", "households", "homes", "economy", "ratepayers", "voters", "office", "offices",
                        "branch", "campus"})  # "the company's Georgetown office"


def base_of(s: Seen, m) -> str | None:
    """"Guayaquil-based newspaper El Universo", "a Lagos-based firm": the name a firm is based
    in is a place (not one with an organization's head word: "a Microsoft Research-based team")."""
    toks = s.toks
    k = m.end + (m.end < len(s.doc) and toks[m.end].text in DASHES and not toks[m.end - 1].whitespace_)
    if m.type == "Place" or k >= len(s.doc) or toks[k].lower_ != "based" or k > m.end and toks[k - 1].whitespace_ \
            or any(head_type(t) for t in toks[m.start:m.end]):
        return None
    return "Place" if is_place_name(s.name(m)) else None


def municipality(s: Seen, m) -> str | None:
    """"the City of Tampere", "the Greater City of Oulu": the body that runs the city."""
    return "Organization" if m.type != "Person" and municipality_of(s.name(m)) else None


def local_city(s: Seen, m) -> str | None:
    """"Shepparton's school", "the Shepparton hospital": a city's name that NER took for an
    organization, owning or naming a local facility or its people, is the city."""
    if m.type != "Organization":
        return None
    span = m.span(s.doc)
    root = span.root
    if root.dep_ not in ("poss", "compound") or root.head.lower_ not in FACILITIES or not root.head.is_lower \
            or root.head.lower_ in ("office", "offices") and not any(c.dep_ == "poss" for c in root.head.children):
        return None  # (an office only as someone's: "the company's Georgetown office", not "the Chelsea office")
    return "Place" if is_city(s.name(m)) and not is_region(s.name(m)) else None


def road_end(s: Seen, m) -> str | None:
    """"the Villa Maria – Sembabule road": names a road joins are places."""
    toks = s.toks
    doc = s.doc
    if m.type not in ("Organization", "Person", "Unknown") or not names_a_road(doc, m.end) \
            or head_type(toks[m.end - 1]) or any(t.lower_ in LEX.designators for t in m.span(doc)):
        return None
    return "Place"


def party_name(s: Seen, m) -> str | None:
    """"the Green Dawn party": a name before "party" is the party's."""
    toks = s.toks
    doc = s.doc
    if m.type != "Organization" and m.end < len(doc) and toks[m.end].lower_ == "party" and toks[m.end].is_lower:
        return "Organization"
    return None


def listed_company(s: Seen, m) -> str | None:
    """"Kessly Foods 1234.T", "Acme ACME.O": a name the input writes before a stock's
    exchange code (blanked before parsing, see layout.TICKER) is a listed company's."""
    return "Organization" if m.type != "Organization" and ticker_after(s.doc, m.end) else None


def party_nickname(s: Seen, m) -> str | None:
    """"Tory leader X", "GOP Senator Y": a party's nickname (lexicons/party_nicknames.txt), in
    either number, that NER calls a people, before a title, is the party (not "Tory voters")."""
    low = s.name(m).lower()
    forms = {low, low + "s", low[:-1] + "ies" if low.endswith("y") else low}
    return "Organization" if m.type == "Group" and forms & set(LEX.party_nicknames) and m.end < len(s.doc) \
        and is_title_word(s.toks[m.end]) else None


def place_with_region(s: Seen, m) -> str | None:
    """"in Oakville, Ontario", "KINGS MOUNTAIN, N.C. —", "Newport News, Virginia": a name
    followed by a comma and a state, province or country (not that place's own name, a
    "-based", a possessive or a list: "Acme, Texas-based", "Toyota, Japan's carmaker") is a town
    there, whatever NER said, unless a word in it names a body or a first name (a byline's "By
    Ada Obi, Kaduna")."""
    toks, doc = s.toks, s.doc
    if m.type == "Place" or m.type == "Person" and any(is_given_name(t.text) for t in toks[m.start:m.end]) \
            or m.end + 2 > len(doc) or toks[m.end].text != "," or m.end - m.start == 1 and toks[m.start].is_upper:
        return None  # not "talks with the EU, Qatar pledged": an acronym
    if not is_city(s.name(m)) and (head_type(toks[m.end - 1]) or any(
            t.lower_ in LEX.designators or t.lower_ in LEX.org_heads for t in toks[m.start:m.end])):
        return None  # not "Acme Corp, Texas" (but "Newport News, Virginia")
    k = m.end + 1
    end = next((j for j in range(min(k + 4, len(doc)), k, -1)
                if all(is_cap(t) or t.text == "." for t in toks[k:j]) and is_region(doc[k:j].text)), None)
    opens = m.start == 0 or "\n" in toks[m.start - 1].text_with_ws  # a dateline: "Yongin, South Korea —"
    if end is None or is_region(s.name(m)) or m.type == "Person" and country_code(doc[k:end].text) and not opens:
        return None  # not "1. Ada Obi, Kenya, 2:01:09": a runner and her country
    after = toks[end] if end < len(doc) else None
    glued = after is not None and (after.text in POSSESSIVE or after.lower_ in ("and", "or", "&") or after.text in DASHES
                                   and not toks[end - 1].whitespace_)  # "Shell, Nigeria and Exxon": a list
    region = doc[k:end].root
    root = m.span(doc).root  # "Shell, Nigeria, Exxon and Chevron": names of a list, not a town and its country
    listed = region.dep_ == "conj" or any(c.dep_ == "conj" for c in region.children) or any(
        c.dep_ == "conj" and c.i not in s.place_tokens for c in root.children)
    return None if glued or listed else "Place"


def city_not_person(s: Seen, m) -> str | None:
    """"Staff Reporter Lahore" (a byline's last word), "termed Lahore the heartland": a
    one-word city name is the city, unless it is a given name, follows an honorific or a
    title in a sentence (here or elsewhere in the text), or ends a person's name here ("Mr
    Jackson", "President Obama", "Ann Jackson ... Jackson said")."""
    toks = s.toks
    if m.type != "Person" or m.end - m.start != 1 or m.honorific:
        return None
    tok = toks[m.start]
    if not is_city(tok.text) or is_given_name(tok.text) or tok.lower_ in s.surnames \
            or (tok.i and toks[tok.i - 1].lower_ in LEX.honorifics):
        return None
    if tok.lower_ in s.forenames:
        return None  # "Kim Dong-yeon ... Kim also said": a family name written first
    titled = tok.i - 1 in s.titles or (tok.i and is_title_head(toks[tok.i - 1]))
    if line_end(toks, tok.i):
        return "Place"
    return None if titled or tok.lower_ in s.titled else "Place"  # "President Obama" is the president, and
    # so is "Obama" in his headline


def line_end(toks: list, i: int) -> bool:
    """Whether token i ends its line (or the text)."""
    return i + 1 == len(toks) or "\n" in toks[i].text_with_ws or "\n" in toks[i + 1].text


def speaking_place(s: Seen, m) -> str | None:
    """"Delta Freight said it intends to invest": a "place" that no gazetteer knows, speaking or
    committing as a subject, is an organization (a country or city may speak: "Qatar said")."""
    if m.type != "Place" or m.end - m.start > 4:
        return None
    root = m.span(s.doc).root
    return "Organization" if root.dep_ == "nsubj" and speaks(root.head) and not is_place_name(s.name(m)) else None


def group_subject(s: Seen, m) -> str | None:
    """"The Democrats said", "accused the Conservatives": a plural group name with "the"
    is a party or body, unless it is a people ("the Americans")."""
    toks = s.toks
    if m.type != "Group":
        return None
    root = m.span(s.doc).root
    det = root.i > 0 and toks[root.i - 1].lower_ == "the"
    people = root.lower_.removesuffix("s") in LEX.demonyms or root.lower_ in LEX.demonyms
    return "Organization" if root.tag_ == "NNPS" and det and not people else None


def person_named_like_a_place(s: Seen, m) -> str | None:
    """"Prime Minister Luis Montenegro ... Montenegro promised", "Judge Neil Gorsuch ...
    Gorsuch's nomination": a one-word name that ends a person's full name in the article is
    that person as the subject of a clause, after an honorific, or (when no organization's
    name starts with it: "Ford Motor ... Ford's plant") as an owner, even when it is also a
    place's name ("visited Montenegro" stays a place)."""
    tok = s.toks[m.start]
    if m.type == "Person" or m.end - m.start != 1 or tok.lower_ not in s.surnames:
        return None
    if tok.i and s.toks[tok.i - 1].lower_ in LEX.honorifics:
        return "Person"
    place = is_place_name(tok.text)
    if m.type == "Place" and not place:
        return "Person"  # "with Majko as defense minister": a place no gazetteer knows, a surname of the text's
    subject = tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX") and not any(
        t.lower_ in ("its", "it") for t in tok.head.subtree)  # not "Jordan has closed its airspace"
    if (country_code(tok.text) or is_region(tok.text)) and any(t.text == tok.text and t.ent_iob_ != "I" and t.dep_ not in ("nsubj", "nsubjpass", "compound")
                     for t in s.toks):
        return None  # "Rep. Jim Jordan ... flights to Jordan ... Jordan said": the country too
    owner = tok.dep_ == "poss" and tok.lower_ not in s.firsts and not place  # not "Washington's governor"
    return "Person" if subject or owner else None


def described_as_body(s: Seen, m) -> str | None:
    """"Alcon is a fabricator of lenses", "Alcon, a maker of lenses,": a name the text says
    is a company (a firm, a maker, a supplier ...) is an organization; not a person, nor a
    place a gazetteer knows ("Kenya is a producer of tea")."""
    if m.type not in ("Place", "Unknown") or is_place_name(m.span(s.doc).text):
        return None
    root = m.span(s.doc).root
    said = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "nsubj" and root.head.lemma_ == "be":
        said += [c for c in root.head.children if c.dep_ == "attr"]
    return "Organization" if any(c.pos_ == "NOUN" and c.lemma_.lower() in BODY_NOUNS for c in said) else None


BODY_NOUNS = LEX.generic_org_nouns | {"maker", "fabricator", "developer", "producer", "provider", "supplier",
                                     "distributor", "exporter", "importer", "conglomerate", "startup", "subsidiary"}


def body_noun_before(s: Seen, m) -> str | None:
    """"supermarket chain Ada Obi", "pharmaceutical firm Kessly": a name a noun for a company
    modifies is the company's, though named after its founder (not "company founder Ada Obi",
    a noun for people too as "independent retailer X", nor a place a gazetteer knows)."""
    if m.type == "Organization" or m.start == 0:
        return None
    noun = s.toks[m.start - 1]
    if noun.dep_ != "compound" or not m.start <= noun.head.i < m.end:
        return None
    root = m.span(s.doc).root
    return "Organization" if (noun.is_lower and noun.tag_ == "NN" and noun.lemma_ in BODIES
                              or noun.is_sent_start and noun.is_title and noun.lower_ in LEX.generic_org_nouns) \
        and noun.lower_ not in WHO_MAY_BE_PEOPLE and not is_place_name(s.name(m)) \
        and not (root.dep_ == "nsubj" and root.head.dep_ == "relcl") else None  # not "the party [Ada Obi] leads"


WHO_MAY_BE_PEOPLE = frozenset({"giant", "retailer", "publisher", "broadcaster", "miner", "party"})  # "literary giant X",
# "independent retailer X", "veteran broadcaster X"


def body_noun_in_apposition(s: Seen, m) -> str | None:
    """"the Chinese mining company Jinzhao Mining", "the investment firm Berkshire Hathaway": a
    name in apposition right after a noun for a company is the company (not "the party Ada Obi
    leads", "the drugmaker Ada Obi founded", nor a place a gazetteer knows)."""
    if m.type == "Organization" or m.start == 0:
        return None
    noun, root = s.toks[m.start - 1], m.span(s.doc).root
    if root.dep_ != "appos" or root.head.i != noun.i or not noun.is_lower or noun.tag_ != "NN" \
            or noun.lemma_ not in BODIES or noun.lower_ in WHO_MAY_BE_PEOPLE or is_place_name(s.name(m)):
        return None
    after = s.toks[m.end] if m.end < len(s.doc) else None
    if after is not None and after.pos_ == "VERB" and not any(c.dep_ in OBJECTS for c in after.children):
        return None  # a verb wanting the object the noun is: a clause the name is the subject of
    return "Organization"


OBJECTS = frozenset({"dobj", "ccomp", "xcomp", "attr", "acomp", "dative", "oprd", "prt"})


def owner_of_its(s: Seen, m) -> str | None:
    """"Foxconn will bring its next phase", "Acme is embracing its role": a "person" its clause
    goes on about with "its", no other noun between, is an organization (a person's is his or
    hers; not "Ada Obi praised the plan and its cost"); so is a "place" no gazetteer knows."""
    if m.type not in ("Person", "Place", "Unknown") or is_place_name(s.name(m)) or head_type(s.toks[m.end - 1]) \
            or is_given_name(s.toks[m.start].text) or m.start and s.toks[m.start - 1].lower_ in LEX.honorifics:
        return None  # (not "Sarah Quinn will lead its board, the charity said", "Dr Omar Said will chair its panel")
    return "Organization" if _own_clause_says(s, m, ("its",)) else None


def plural_name(s: Seen, m) -> str | None:
    """"Harambee Stars", "Hull Trains": a "person" whose name ends in a plural noun, no first
    name or honorific in it, is a team or a company (not "Sandra Banks", "Mr Ross")."""
    if m.type != "Person" or m.end - m.start < 2:
        return None
    words = s.toks[m.start:m.end]
    last = words[-1]
    plural = last.is_title and last.tag_ in ("NNPS", "NNS") and (
        {last.lower_, last.lower_[:-1], last.lemma_.lower()} & lower_words(s.doc))  # a noun the text uses too
    # (not "Temwa Hutchings")
    people = any(is_given_name(t.text) or could_be_first_name(t.text) or t.lower_ in LEX.honorifics
                 or is_title_word(t) for t in words[:-1]) \
        or m.start and is_title_word(s.toks[m.start - 1])  # not "Coach Pat Rivers"
    return "Organization" if plural and not people else None


def owner_of_his(s: Seen, m) -> str | None:
    """"Ada Obi set off his journey as president", "Ada Obi will keep her seat": an
    "organization" of two or three words, no body's head word among them, that its clause goes
    on about with "his" or "her", no other noun between, is a person."""
    words = s.toks[m.start:m.end]
    if m.type != "Organization" or not 2 <= len(words) <= 3 or any(head_type(t) or not t.is_title for t in words) \
            or is_place_name(s.name(m)):
        return None
    return "Person" if _own_clause_says(s, m, ("his", "her"), PERSONAL_NOUNS) else None


PERSONAL_NOUNS = RELATIONS | {"journey", "career", "term", "tenure", "speech", "remarks", "address", "campaign",
                              "inauguration", "oath", "resignation", "appointment", "family", "life", "birthday"}
# what only a person has (not "froze her account", "hired her")


def _own_clause_says(s: Seen, m, owners: tuple[str, ...], owned: frozenset[str] = frozenset()) -> bool:
    """Whether the clause a name is the subject of goes on with one of these possessives
    before any other noun or pronoun (owning one of these nouns, if given)."""
    root = m.span(s.doc).root
    if root.dep_ != "nsubj":
        return False
    for k in range(m.end, min(m.end + 12, len(s.doc))):
        tok = s.toks[k]
        if tok.lower_ in owners:
            if owned and not (tok.dep_ == "poss" and tok.head.lemma_.lower() in owned):
                return False
            head = tok.head
            while head.i != root.head.i and head.dep_ not in ("ROOT", "ccomp", "relcl", "advcl") and head.head.i != head.i:
                head = head.head
            return head.i == root.head.i
        if tok.pos_ in ("NOUN", "PROPN", "PRON") or tok.text in (".", ";", ":"):
            return False
    return False


def body_before_its_title(s: Seen, m) -> str | None:
    """"Tata Sons' chairman said", "Acme's CEO": a "person" whose chairman or chief executive
    the text names holds no post of its own but a company's (a place stays one: "Kenya's CEO
    of the year")."""
    k = m.end
    if m.type not in ("Person", "Unknown") or k + 1 >= len(s.doc) or s.toks[k].text not in POSSESSIVE \
            or is_place_name(s.name(m)):
        return None
    root = m.span(s.doc).root  # the title heads what the name owns (not "Ada Obi's CEO role")
    return "Organization" if _company_title_at(s.toks, k + 1) and s.toks[k + 1].lower_ != "founder" \
        and not is_given_name(s.toks[m.start].text) \
        and root.dep_ == "poss" and k < root.head.i <= k + 2 and is_title_head(root.head) else None


def countrys_company(s: Seen, m) -> str | None:
    """"Brazil's Vale", "Norway's Equinor": one word NER left untyped after a country's
    possessive is the country's company (not a person the text names in full: "Kessland's
    Obuya" after "Tom Obuya", nor a first name, nor a word it also writes in lower case)."""
    toks, k = s.toks, m.start - 1
    if m.type != "Unknown" or m.end - m.start != 1 or k < 1 or toks[k].text not in POSSESSIVE \
            or k - 1 not in s.place_tokens:
        return None
    text = toks[m.start].text
    if not country_code(s.place_tokens[k - 1]) or is_given_name(text) or text.lower() in s.surnames \
            or text.lower() in lower_words(s.doc) or is_place_name(text):
        return None
    return "Organization"


def listed_with_a_body(s: Seen, m, kinds: dict[int, str]) -> str | None:
    """"BHP and Brazil's Vale", "Royal Dutch Shell and Eni": one word NER left untyped, joined
    by "and" or a comma to an organization's name, is another organization (not a place or a
    first name, nor a word the text writes in lower case)."""
    root = m.span(s.doc).root
    text = s.name(m)
    if m.type != "Unknown" or is_place_name(text) or is_given_name(text) or text.lower() in lower_words(s.doc) \
            or text.lower().endswith(NOUN_ENDINGS):  # not "Solidarity, Equality, and Sustainability"
        return None
    return "Organization" if any(kinds.get(c.i) == "Organization" and not c.lower_.endswith(NOUN_ENDINGS)
                                 for c in root.conjuncts) else None


NOUN_ENDINGS = ("tion", "sion", "ment", "ing", "ity", "ism", "ies", "ance", "ence", "ness", "ure")  # common nouns


def type_unknown_names(doc: Doc, mentions: list, titles: set[int]) -> None:
    """Names nothing typed, that what the text says of them makes organizations (see
    BODY_EVIDENCE); the rest stay untyped."""
    seen = Seen.of(doc, mentions, titles)
    kinds = {m.span(doc).root.i: m.type for m in mentions}
    for m in mentions:
        if m.type != "Unknown":
            continue
        for name, rule in UNKNOWN_RULES if m.end - m.start == 1 else UNKNOWN_RULES[:2]:  # a longer run: what
            # a noun before it says ("the Chinese company Gotion High Tech"), no more ("the 5,000 Homes Mission ...
            # its name": a name cut by a number)
            if rule(seen, m) == "Organization":
                m.type, m.rule = "Organization", name
                break
        else:
            if listed_with_a_body(seen, m, kinds):
                m.type, m.rule = "Organization", "type.listed-with-a-body"


def listed_as_bodies(s: Seen, m) -> str | None:
    """"50 businesses, including Facebook, Twitter and MasterCard", "companies such as Eni and
    Repsol", "oil majors Eni, Equinor and Repsol": names listed after a plural noun for
    organizations are organizations (not a first name's person, nor a place a gazetteer knows)."""
    return "Organization" if m.type != "Organization" and listed_body(s.doc, m.start, m.end) else None


def listed_with_bodies(s: Seen, m) -> str | None:
    """"Acme, Kessly Foods, Vantora and Norvik Bank": a name no gazetteer knows as a place, listed with
    others NER calls bodies, most of the list, is a body too."""
    if m.type != "Place":
        return None
    name = s.name(m)
    return "Organization" if not is_place_name(name) and not is_world_region(name) \
        and s.toks[m.end - 1].lower_ not in LEX.place_designators and _listed_among_bodies(s, m) else None  # (not
    # "Acme Church, Kessly Assembly, [Oulu District]")


def listed_body(doc: Doc, start: int, end: int) -> bool:
    toks = tokens(doc)
    if not any(toks[k].tag_ == "NNS" for k in range(max(0, start - 12), start)):
        return False  # no plural noun the list could follow
    span = doc[start:end]
    first = first_conjunct(span.root)
    anchor = first.head.head if first.dep_ == "pobj" and first.head.lower_ in ("including", "as") else (
        first.head if first.dep_ in ("appos", "compound") and first.head.i < first.i else None)
    if anchor is not None and anchor.lower_ == "such":
        anchor = anchor.head  # "companies such as X"
    if first.dep_ == "attr" and first.head.lemma_ == "be":  # "the ten firms are X, Y and Z"
        anchor = next((c for c in first.head.children if c.dep_ == "nsubj"), None)
    before = doc[first.left_edge.i - 1] if first.left_edge.i else None  # "oil majors [Eni], Equinor"
    plural = [t for t in (anchor, before, *first.lefts) if t is not None and t.tag_ == "NNS" and (t.is_lower or t.is_sent_start)]
    return any(t.lemma_.lower() in BODIES for t in plural) and not is_given_name(span[0].text) \
        and not is_place_name(span.text)


BODIES = frozenset({*LEX.generic_org_nouns, "business", "corporation", "bank", "major", "startup", "multinational",
                    "supermarket", "broadcaster", "publisher", "platform", "network", "club", "miner"})


def double_barrelled_person(s: Seen, m) -> str | None:
    """"Ada Obi-Hale", "Kamla Persad-Bissessar": a first name, then a hyphenated surname,
    and nothing else, is a person's name whatever NER called it."""
    span = m.span(s.doc)
    if m.type == "Person" or len(span) != 4 or span[2].text != "-" or span[1].whitespace_ or span[2].whitespace_:
        return None
    return "Person" if is_given_name(span[0].text) and not is_region(span[0].text) and all(  # not "Paris Saint-Germain"
        t.is_title and t.is_alpha and not head_type(t) for t in (span[1], span[3])) else None


TYPE_RULES: list[tuple[str, Callable]] = [
    ("type.dateline-place", dateline_place),
    ("type.gazetteer-place", gazetteer_place),
    ("type.place-before-corporate-title", place_before_corporate_title),
    ("type.head-noun", head_noun),
    ("type.compass-district", compass_district),
    ("type.dateline-agency", dateline_agency),
    ("type.body-with-officers", body_with_officers),
    ("type.org-named-after-title", org_named_after_title),
    ("type.person-after-title", person_after_title),
    ("type.double-barrelled-person", double_barrelled_person),
    ("type.listed-as-bodies", listed_as_bodies),
    ("type.listed-with-bodies", listed_with_bodies),
    ("type.body-noun-before", body_noun_before),
    ("type.body-noun-in-apposition", body_noun_in_apposition),
    ("type.owner-of-its", owner_of_its),
    ("type.owner-of-his", owner_of_his),
    ("type.plural-name", plural_name),
    ("type.body-before-its-title", body_before_its_title),
    ("type.described-as-body", described_as_body),
    ("type.person-named-like-a-place", person_named_like_a_place),
    ("type.surname-reference", surname_reference),
    ("type.person-qualifying-title", person_qualifying_title),
    ("type.person-with-digits-or-place", person_with_digits_or_place),
    ("type.regnal-name", regnal_name),
    ("type.place-in-person-position", place_in_person_position),
    ("type.name-with-title-appositive", name_with_title_appositive),
    ("type.name-of-a-relation", name_of_a_relation),
    ("type.who-with-his-or-her", who_with_his_or_her),
    ("type.place-after-in", place_after_in),
    ("type.listed-with-places", listed_with_places),
    ("type.listed-among-places", listed_among_places),
    ("type.city-in-place-context", city_in_place_context),
    ("type.place-of-noun", place_of_noun),
    ("type.place-noun-after", place_noun_after),
    ("type.legislators-seat", legislators_seat),
    ("type.road-end", road_end),
    ("type.local-city", local_city),
    ("type.municipality", municipality),
    ("type.base-of", base_of),
    ("type.party-name", party_name),
    ("type.party-nickname", party_nickname),
    ("type.speaking-place", speaking_place),
    ("type.group-subject", group_subject),
    ("type.city-not-person", city_not_person),
    ("type.place-with-region", place_with_region),
    ("type.listed-company", listed_company),
]


def fix_types(doc: Doc, mentions: list, titles: set[int]) -> None:
    """Apply the type rules in order; each sees the types the earlier ones set."""
    seen = Seen.of(doc, mentions, titles)
    for name, rule in TYPE_RULES:
        for m in mentions:
            new = rule(seen, m)
            if new and (new != m.type or name in CONFIRMING):
                m.type, m.rule = new, name  # evidence beats NER's guess when mentions vote


UNKNOWN_RULES: list[tuple[str, Callable]] = [
    ("type.body-noun-before", body_noun_before),
    ("type.body-noun-in-apposition", body_noun_in_apposition),
    ("type.owner-of-its", owner_of_its),
    ("type.body-before-its-title", body_before_its_title),
    ("type.described-as-body", described_as_body),
    ("type.countrys-company", countrys_company),
]
BODY_EVIDENCE = frozenset({"type.owner-of-its", "type.body-noun-before", "type.body-noun-in-apposition",
                           "type.described-as-body", "type.listed-as-bodies", "type.body-before-its-title"})
# what the text says of a company, which a first name's likeness does not outweigh ("Foxconn ... its")

CONFIRMING = {"type.person-after-title", "type.place-before-corporate-title", "type.dateline-agency"}  # also when NER agrees: the vote
# then weighs as a rule's ("Jones Engineering chairman Eric Kinsella": no person's name)
