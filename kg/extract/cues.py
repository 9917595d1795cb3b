"""Token-level cues the rules share: title words, capitals, possessives, head nouns."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ..lexicons import LEX
from .gazetteer import COMPASS, is_city, is_first_name, is_given_name, is_place_name, is_region
from .nlp import tokens

POSSESSIVE = {"'s", "’s", "'", "’"}
PORTFOLIO_WORDS = frozenset({"government", "labour", "labor", "and", "&", "power", "railway", "steel", "coal", "textiles",
                             "shipping", "ports", "telecom", "telecoms", "law", "electricity", "oil", "forests"})
# before a minister's title, a portfolio NER may take for a body: "Labour Minister" (not the party's), "Power Minister X"


DASHES = ("-", "--", "—", "–")
ENVOYS = frozenset({"ambassador", "envoy", "commissioner", "consul", "representative"})  # posts "to" or "in" a place

LEGISLATURE_NAMES = frozenset({"parliament", "congress", "senate"})  # a country's legislature, named by its word
TITLE_LEADS = frozenset({"chief", "deputy", "senior", "principal", "assistant", "vice", "acting"})  # words opening a
# title before its portfolio ("Chief Election Commissioner")


def after_envoys_post(doc: Doc, i: int) -> bool:
    """Whether token i ends a place's name right after an envoy's title and "to" or "in" ("Chinese
    Ambassador to [Kenya]", "Consul General in [New York]")."""
    toks = tokens(doc)
    if toks[i].ent_type_ not in ("GPE", "LOC") or i + 1 < len(doc) and toks[i + 1].ent_iob_ == "I":
        return False
    k = i
    while k > 0 and toks[k].ent_iob_ == "I":
        k -= 1
    k -= k > 0 and toks[k - 1].lower_ == "the"
    return k > 1 and toks[k - 1].lower_ in ("to", "in") and any(
        t.lower_ in ENVOYS and is_cap(t) for t in toks[max(0, k - 3):k - 1])


def seat_for(doc: Doc, i: int) -> bool:
    """Whether a name at token i follows a legislator's title and "for": "the MP [for]
    Eastmoor West", "Member of Parliament [for] Eastmoor West"."""
    toks = tokens(doc)
    if i < 2 or toks[i - 1].lower_ != "for":
        return False
    return toks[i - 2].lower_ in LEX.seat_titles or toks[i - 2].lower_ == "member" \
        or (i > 4 and doc[i - 4:i - 1].text.lower() == "member of parliament")  # "the member for Eastmoor"


ROADS = frozenset({"road", "roads", "highway", "railway", "expressway", "motorway", "tollway", "bypass",
                   "corridor"})


def names_a_road(doc: Doc, end: int) -> bool:
    """Whether a name ending at token `end` is one of the places a road's name joins:
    "the Villa Maria – Sembabule road", "the Nyendo road", "the Kessly toll road" (places
    joined by spaced dashes, then a lower-case "road")."""
    toks = tokens(doc)
    k = end
    while k < len(doc) and (toks[k].text in DASHES and toks[k - 1].whitespace_
                            or is_cap(toks[k]) and toks[k].is_alpha):
        k += 1
    k += k + 1 < len(doc) and toks[k].lower_ == "toll"  # "the Medan-Binjai toll road"
    return k < len(doc) and toks[k].lower_ in ROADS and toks[k].is_lower


def speaks(verb: Token) -> bool:
    """A reporting or commitment verb: "said", "vowed"."""
    lemma = verb.lemma_.lower()
    return lemma in LEX.reporting_verbs or lemma in LEX.commitment_verbs


def first_conjunct(tok: Token) -> Token:
    """The first of the names or words a token is listed with ("A, B and [C]": A); the token
    itself when it opens no list."""
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    return tok


def list_others(tok: Token) -> list[Token]:
    """The other heads of the list a token is in ("[A], B and C": B, C)."""
    first = first_conjunct(tok)
    return [t for t in (first, *first.conjuncts) if t.i != tok.i]


def is_title_word(tok: Token) -> bool:
    return tok.lower_ in LEX.title_words and not given_sultan(tok)


def is_title_head(tok: Token) -> bool:
    return (tok.lower_ in LEX.title_single_heads or tok.lower_ in LEX.title_abbreviations) and not given_sultan(tok)


def given_sultan(tok: Token) -> bool:
    """"Sultan Al Jaber", "Sultan al-Qasimi": Sultan before a family name's "Al" is a given name
    (not a Malay ruler's regnal "Al-": "Sultan Al-Mu'tasimu Billahi")."""
    if tok.lower_ != "sultan" or tok.i + 1 >= len(tok.doc):
        return False
    nxt = tok.nbor(1)
    return nxt.text == "Al" and bool(nxt.whitespace_) or nxt.text == "al" or nxt.text.startswith("al-")


def responsible_for(doc: Doc, i: int) -> bool:
    """Whether token i is the "Responsible" of "Minister Responsible for Housing" (a title word
    before it, "for" after)."""
    return 0 < i < len(doc) - 1 and doc[i].text == "Responsible" and doc[i + 1].lower_ == "for"


def polity_plural(tok: Token) -> bool:
    """"States", "Nations": the plural of a polity noun, no one's name ("Member States")."""
    return tok.lower_.endswith("s") and tok.lower_[:-1] in LEX.polity_nouns


def title_of_plural(word: str) -> str | None:
    """The title a plural names ("chancellors": chancellor, "deputies": deputy), if it is one."""
    low = word.lower()
    if low[:-1] in LEX.title_single_heads:
        return low[:-1]
    return low[:-3] + "y" if low.endswith("ies") and low[:-3] + "y" in LEX.title_single_heads else None


def is_title_noun(tok: Token) -> bool:
    """The noun a title phrase ends in: "mayor", also the "elect" of "mayor-elect" and the
    "Responsible" of "Minister Responsible for Housing"."""
    if tok.lower_ in LEX.title_single_heads:
        return True
    doc = tok.doc
    if tok.text == "Responsible" and responsible_for(doc, tok.i):
        return doc[tok.i - 1].lower_ in LEX.title_single_heads
    return tok.lower_ in ("elect", "designate") and tok.i > 1 and doc[tok.i - 1].text == "-" \
        and doc[tok.i - 2].lower_ in LEX.title_single_heads


def demonym_words(tok: Token, plural: bool = False) -> int:
    """How many words of a demonym end at this token: 1 ("Thai"), 2 ("Sri Lankan"), 3 ("Papua
    New Guinean"), else 0; of its plural ("Papua New Guineans") when `plural`."""
    last = tok.lower_[:-1] if plural else tok.lower_
    doc = tok.doc
    if last not in LEX.demonym_ends or tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "affairs":
        return 0  # "Indian Affairs", "African Affairs": a portfolio
    for n in (3, 2):
        if tok.i >= n - 1 and " ".join([*(t.lower_ for t in doc[tok.i - n + 1:tok.i]), last]) in LEX.demonyms:
            return n
    return 1 if last in LEX.demonyms else 0


def demonym_code(tok: Token, plural: bool = False) -> str | None:
    """The ISO code of the country a demonym ending at this token names ("Lankan" of "Sri Lankan": LK)."""
    words = demonym_words(tok, plural)
    if not words:
        return None
    return LEX.demonyms[" ".join([*(t.lower_ for t in tok.doc[tok.i - words + 1:tok.i]),
                                  tok.lower_[:-1] if plural else tok.lower_])]


def in_demonym(tok: Token) -> bool:
    """A word of a demonym: "Thai", either word of "Sri Lankan"."""
    doc = tok.doc
    return bool(demonym_words(tok)) or any(tok.i + k < len(doc) and demonym_words(doc[tok.i + k]) > k for k in (1, 2))


def is_cap(tok: Token) -> bool:
    """A word written as a name: capitalised, or with the lower-case prefix of a Nguni place
    name or of a company's ("eThekwini", "eSwatini", "uMngeni", "eBay"; not "iPhone", a product)."""
    text = tok.text
    return text[:1].isupper() and any(c.isalpha() for c in text) or text[:1] in ("e", "u") and text[1:2].isupper() \
        and text[2:3].islower()


MUNICIPALITY = re.compile(r"(?:[Tt]he )?(?:Greater )?(?:City|Town|Municipality|Borough) of (?P<place>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*)")


def municipality_of(name: str) -> str | None:
    """The city a municipality's name names ("the City of Tampere", "the Greater City of
    Oulu": the body that runs it), if a gazetteer knows it as one."""
    m = MUNICIPALITY.fullmatch(name)
    return m.group("place") if m and is_city(m.group("place")) else None


def after_name_letters(tok: Token, back: int = 1) -> bool:
    """An honour's or degree's letters after a name, in capitals or with an inner capital
    after two words of a name ("Ada Obi [AO]", "[PhD]"; with `back` 2 "Ada Obi, [OFR]"; not "[KC] Venugopal",
    "Am", a name in capitals: "ADA OBE")."""
    text = tok.text
    return tok.i >= back + 1 and text.lower() in LEX.post_nominals and (text.isupper() or not text.istitle()) \
        and is_cap(prev := tok.nbor(-back)) and prev.is_alpha and not prev.is_upper \
        and is_cap(first := tok.nbor(-back - 1)) and first.is_alpha  # (not a surname: "ADA OBE", "Li AO")


def title_runs(doc: Doc) -> set[int]:
    """Token indices of capitalised title phrases ("Deputy Party Chief"), found once per
    Doc (mentions, joins and post rules all ask)."""
    marked = doc.user_data.get("kg.title_runs")
    if marked is None:
        marked = doc.user_data["kg.title_runs"] = _title_runs(doc)
    return marked


PERSONAL_TITLES = frozenset({"president", "governor", "mayor", "senator", "premier", "chancellor", "minister",
                             "king", "queen", "emir", "sultan", "pope", "bishop", "archbishop", "ambassador"})


def _title_runs(doc: Doc) -> set[int]:
    marked: set[int] = set()
    toks = tokens(doc)  # a list: indexing it is cheaper than the Doc
    i = 0
    while i < len(doc):
        if toks[i].lower_ in LEX.place_designators and toks[i].is_title and i + 1 < len(doc) and is_title_word(toks[i + 1]) \
                and i and is_cap(toks[i - 1]) and toks[i - 1].pos_ == "PROPN" and not is_title_word(toks[i - 1]) \
                and f"{toks[i].lower_} {toks[i + 1].lower_}" not in LEX.title_heads:  # not "Denver District Attorney"
            i += 1  # "Lincoln [County] Sheriff X": the county's name, then the title
            continue
        if toks[i].is_lower and toks[i].lower_ in PERSONAL_TITLES and i + 1 < len(doc) \
                and toks[i + 1].ent_type_ == "PERSON" and toks[i + 1].ent_iob_ == "B" and toks[i].dep_ == "compound" \
                and toks[i].head.dep_ != "compound" and toks[i].head.ent_type_ == "PERSON" and not any(
                    c.dep_ in ("compound", "amod") and c.is_lower and not is_title_word(c)
                    for c in toks[i].children):  # not "the queen Elizabeth hospital", "beauty queen Miriam" (but
            # "Nelson Mandela Bay mayor X")
            marked.add(i)  # "said president Obama", "governor Wike": a lower-case title before a person's name
            i += 1
            continue
        j, named = i, False
        while j < len(doc) and is_title_word(toks[j]) and (is_cap(toks[j]) or toks[j].is_upper or j > i and (
                f"{toks[j - 1].lower_} {toks[j].lower_}" in LEX.title_heads)):  # "Chargé d’affaires"
            if j > i and is_title_head(toks[j - 1]) and toks[j].ent_iob_ == "B" and toks[j].ent_type_ == "PERSON" \
                    and j + 1 < len(doc) and toks[j + 1].ent_iob_ == "I" and is_first_name(toks[j].text) \
                    and toks[j].lower_ not in LEX.honorifics and toks[j].lower_ not in LEX.ranks \
                    and toks[j].lower_ not in LEX.national_offices \
                    and f"{toks[j - 1].lower_} {toks[j].lower_}" not in LEX.title_heads:
                named = True
                break  # "Prime Minister [Dean Barrow]": a first name that is also a title word
            j += 1
            if j + 1 < len(doc) and toks[j].text == "-" and toks[j + 1].lower_ in ("elect", "designate"):
                j += 2  # "Minister-designate for Education"
            elif j + 1 < len(doc) and toks[j].text == "-" and not toks[j - 1].whitespace_ and not toks[j].whitespace_ \
                    and toks[j + 1].is_lower and toks[j + 1].lower_ in LEX.title_single_heads:
                j += 2  # "Senior Vice-president", written with a lower-case head
            elif responsible_for(doc, j) and is_title_head(toks[j - 1]):
                j += 1  # "Minister Responsible for Housing"
            # "Secretary for Security", "Minister of Finance": a portfolio joined by for/of
            if (j > i and j + 1 < len(doc) and toks[j].lower_ in ("for", "of") and is_title_word(toks[j + 1])
                    and is_cap(toks[j + 1]) and not (toks[j + 1].is_upper and j + 2 < len(doc)
                                                     and is_region(toks[j + 2].text))):
                j += 1  # (not "Chief Executive of [MTN Ghana]": a company's letters and the country it works in)
        if j > i and toks[j - 1].lower_ == "chief":  # "Chief Sustainability Officer": its function's words
            k = j
            while k < len(doc) and k - j < 4 and is_cap(toks[k]) and toks[k].is_alpha and toks[k].lower_ != "officer" \
                    and toks[k].ent_type_ != "PERSON" and not is_given_name(toks[k].text):  # not a headline's "Police
                k += 1  # Chief Ada Obi Thanks Officer"
            if k < len(doc) and toks[k].lower_ == "officer":
                j = k + 1
        inside = j < len(doc) and toks[j].ent_iob_ == "I" and toks[j].ent_type_ in ("ORG", "FAC", "GPE", "LOC") \
            and toks[i].ent_iob_ != "O" and not is_title_word(toks[j]) and toks[j].lower_ not in LEX.honorifics \
            and not (toks[i].ent_iob_ == "I" and (is_given_name(toks[j].text) or _person_elsewhere(toks, j))) \
            and not (j - i == 1 and toks[i].lower_ in LEX.title_abbreviations) \
            and not (j - i > 1 and toks[j - 1].lower_ in LEX.title_abbreviations and is_title_head(toks[i])) \
            and not any(toks[k].lower_ in ("of", "for") and toks[k - 1].lower_ in LEX.title_single_heads
                        for k in range(i + 1, j + 1))  # "[Cllr Roe]", "[Cathaoirleach Cllr Roe]",
        # "[the Minister of Transport]": a title NER took for a body; but "General Motors": a name's first
        # words; but "[Abu Dhabi Crown Prince Mohammed ...]" is a title inside what NER took for one name
        if j > i and not inside and any(is_title_head(toks[k]) for k in range(i, j)):
            tail = f"{toks[j - 2].lower_} {toks[j - 1].lower_}" if j - i > 1 else toks[j - 1].lower_
            governs = tail in PLACE_OFFICES or toks[j - 1].lower_ in PLACE_OFFICES  # "Chief Minister of [Kessly]"
            if toks[j - 1].lower_ not in LEX.seat_titles and not governs:  # "the MP for [Eastmoor]" names the seat
                j = portfolio_end(doc, j, any(doc[k].lower_ in ("for", "of") for k in range(i, j)))
                j = portfolio_end(doc, j)  # "Minister of State [for International Cooperation]"
            marked.update(range(portfolio_start(doc, i), j))
        elif j == i and toks[i].lower_ == "minister" and i + 2 < len(doc) and not toks[i + 2].is_upper \
                and toks[i + 2].ent_type_ in ("", "ORG") and not is_place_name(doc[i + 2:(k := portfolio_end(doc, i + 1))].text):
            marked.update(range(i + 1, k))  # "minister of [Labour]": its portfolio, not "of [Madhya Pradesh]"
        i = max(j + named, i + 1)
    return marked


def title_initials(doc: Doc, text: str) -> bool:
    """Whether the text writes these initials in brackets right after a title ("Minister
    for Foreign Affairs (FM) Penny Wong", "the Chief of Army Staff (COAS), X")."""
    toks, marked = tokens(doc), title_runs(doc)
    return any(t.text == text and 1 < t.i < len(toks) - 1 and toks[t.i - 1].text == "(" and toks[t.i + 1].text == ")"
               and t.i - 2 in marked for t in toks)


def _person_elsewhere(toks: list, j: int) -> bool:
    """Whether the last word of the name NER runs on to from toks[j] ("[Navajo Nation
    President Buu Nygren]") is a person's name elsewhere in the text ("said President Nygren")."""
    end = j
    while end + 1 < len(toks) and toks[end + 1].ent_iob_ == "I":
        end += 1
    last = toks[end]
    return end > j and last.is_title and any(t.ent_type_ == "PERSON" and t.text == last.text for t in toks)


NOT_PORTFOLIO = ("GPE", "LOC", "PERSON", "NORP", "DATE", "CARDINAL")
PLACE_OFFICES = LEX.region_offices | LEX.city_offices | {"prime minister", "premier", "first minister"}


def portfolio_start(doc: Doc, i: int) -> int:
    """Before a title, "Communities and Local Government [Secretary]": capitalised
    portfolio words joined by "and" (no person, place, people's name or other title
    among them: "Chairman and CEO" are two titles); commas may list them ("Environment,
    Forest and Climate Change [Minister]")."""
    k = _portfolio_walk(doc, i, commas=True)
    k = k if k < i else _portfolio_walk(doc, i, commas=False)
    return k - 1 if k == i and _opening_portfolio(doc, i) else k


def _opening_portfolio(doc: Doc, i: int) -> bool:
    """"[Human] Resources Minister X said": a sentence's first word, capitalised only because
    it opens the sentence, qualifying a portfolio noun that needs one (and no word the text
    capitalises elsewhere on its own: not "Acme Works Minister ... at Acme")."""
    toks = tokens(doc)
    if i < 1 or i + 1 >= len(doc) or not toks[i - 1].is_sent_start or not portfolio_qualifier(toks[i - 1], toks[i]):
        return False
    k = i + 1
    while k < len(doc) and toks[k].lower_ in LEX.title_modifiers and not is_title_head(toks[k]):
        k += 1
    t = toks[i - 1]
    return k < len(doc) and toks[k].lower_ in LEX.portfolio_titles \
        and not any(x.text == t.text and not x.is_sent_start and toks[x.i + 1].text != toks[i].text for x in toks[:-1])


QUALIFIED_PORTFOLIOS = frozenset({"affairs", "resources", "development", "relations", "services", "works"})
ADJECTIVE_ENDS = ("al", "ic", "ous", "ive", "ary", "an")


def portfolio_qualifier(t: Token, noun: Token) -> bool:
    """"[Human] Resources", "[International] Development", "[Consumer] Affairs": a capitalised
    word before a portfolio noun that needs one; no acronym, name, place or people, and
    inside a name NER found only an adjective's shape (not "Telstra Services", "DAP Works")."""
    return noun.lower_ in QUALIFIED_PORTFOLIOS and is_cap(t) and t.is_alpha and not t.is_upper \
        and not is_given_name(t.text) and not is_place_name(t.text) and not demonym_words(t) \
        and t.lower_ not in LEX.honorifics and t.ent_type_ not in NOT_PORTFOLIO \
        and (t.ent_type_ == "" or t.pos_ == "ADJ" or t.lower_.endswith(ADJECTIVE_ENDS))


def _portfolio_walk(doc: Doc, i: int, commas: bool) -> int:
    toks = tokens(doc)
    k = i
    while k > 0 and k - i > -7:
        t = toks[k - 1]
        word = is_cap(t) and t.is_alpha and t.ent_type_ not in NOT_PORTFOLIO and t.lower_ not in LEX.honorifics \
            and (not t.is_sent_start or is_title_word(t)) and t.lower_ not in LEX.designators and not is_title_head(t) \
            and t.lower_ != "the"
        listed = commas and t.text == "," and k - 1 > 0 and toks[k - 2].lower_ in LEX.title_modifiers \
            and is_cap(toks[k - 2]) and any(x.lower_ in ("and", "&") for x in toks[k:i])
        if not (word or listed or (t.lower_ in ("and", "&") and k - 1 > 0 and is_cap(toks[k - 2]))):
            break
        k -= 1
    part = doc[k:i]
    joined = any(t.lower_ in ("and", "&") for t in part)
    bounded = (k == 0 or not (is_cap(toks[k - 1]) and toks[k - 1].is_alpha) or toks[k - 1].lower_ == "the"
               or toks[k - 1].is_sent_start and toks[k - 1].lower_ in ("said", "says")) \
        and not is_given_name(toks[k].text)  # "Said Trade and ..."; "The Culture, Media and Sport Secretary"
    # not "[Ada Obi and Health] Secretary", nor "Ada [Obi and Health] Secretary"
    bounded = bounded and not (k and toks[k - 1].lower_ in ("of", "for"))  # not "Minister of [Health and] Chair"
    if not joined and part and _lone_portfolio(doc, k, i):
        return k  # "Iraqi [Oil] Minister", "Chief [Economic] Affairs Minister"
    return k if joined and bounded and part and part[0].lower_ not in ("and", "&") else i


def _lone_portfolio(doc: Doc, k: int, i: int) -> bool:
    """Capitalised words no NER name takes between a country's adjective, a title word or
    a determiner and a minister's or secretary's title (or "Affairs" and the title): the
    portfolio ("the Oil Minister", "Chief Economic Affairs Minister")."""
    toks = tokens(doc)
    qualified = toks[i].lower_ in QUALIFIED_PORTFOLIOS
    j = i + qualified  # "Economic Affairs Minister", but not "Kessly Finance Minister"
    if not (j < len(doc) and toks[j].lower_ in LEX.portfolio_titles and i - k <= 2):
        return False
    if qualified:  # "with Human Resources Minister X", "the International Development Secretary"
        return all(portfolio_qualifier(t, toks[i]) for t in doc[k:i])
    before = toks[k - 1] if k else None
    return all(t.ent_type_ == "" and not is_given_name(t.text) for t in doc[k:i]) and before is not None \
        and (before.ent_type_ == "NORP" or is_title_word(before) or before.text in POSSESSIVE or before.lower_ == "the") \
        and not any(t.lower_.endswith(("ist", "ian", "an")) for t in doc[k:i])  # not "Methodist Minister X"


BODY_ENDS = frozenset({"authority", "agency", "commission", "council", "board", "bureau", "corporation", "committee",
                       "fund", "bank", "institute", "university", "foundation", "association", "federation", "union",
                       "company", "group"})  # "Chairman of [Environment Authority]": a body, not a portfolio


def portfolio_end(doc: Doc, j: int, begun: bool = False) -> int:
    """After a title, "for Water and Sanitation" or "of Foreign Affairs and Trade": the
    capitalised words of its portfolio (not a place, person or organization); `begun`
    when the title's run already took the first of them."""
    toks = tokens(doc)
    charge = not begun and j + 3 < len(doc) and toks[j].lower_ == "in" and toks[j + 1].lower_ == "charge" \
        and toks[j + 2].lower_ == "of"
    j += 2 * charge  # "Minister in charge of Energy"
    the = not begun and j + 2 < len(doc) and toks[j + 1].lower_ == "the" and is_cap(toks[j + 2]) and any(
        toks[x].lower_ in LEX.portfolio_titles for x in range(max(0, j - 3), j))  # "Minister for the Arts"
    if not begun and (j + 1 >= len(doc) or toks[j].lower_ not in ("for", "of") or not (is_cap(toks[j + 1]) or the)):
        return j - 2 * charge
    start = j - 1 if begun else j
    k, joined, comma = (j if begun else j + 1 + the), False, None
    minister = any(toks[x].lower_ in LEX.portfolio_titles for x in range(max(0, start - 3), start))  # "of Public Works"
    while k < len(doc):
        body = toks[k].ent_type_ == "ORG" and not is_title_word(toks[k]) and not (minister and not _named_body(doc, k))
        word = is_cap(toks[k]) and toks[k].is_alpha and (toks[k].ent_type_ not in NOT_PORTFOLIO or _glued(toks, k)) \
            and toks[k].lower_ not in LEX.honorifics and not body
        link = toks[k].lower_ in ("and", "&") or (toks[k].text == "," and not joined) \
            or toks[k].lower_ == "the" and toks[k - 1].lower_ in ("and", "&")  # "Food and the Marine"
        word = word or toks[k].text == "-" and k + 1 < len(doc) and not toks[k - 1].whitespace_ \
            and not toks[k].whitespace_ and is_cap(toks[k + 1])  # "Agri-Food"
        named = (begun or k > start + 1) and toks[k - 1].is_alpha and toks[k - 1].lower_ not in ("and", "of", "for", "the") \
            and is_given_name(toks[k].text)  # "Minister of Manpower and Immigration [Aisha Abdel Hady]"
        second = link and k + 1 < len(doc) and is_title_head(toks[k + 1]) and k > start  # "Minister of Health
        capped = k + 1 < len(doc) and (is_cap(toks[k + 1]) or toks[k].lower_ in ("and", "&") and k + 2 < len(doc)
                                       and toks[k + 1].lower_ == "the" and is_cap(toks[k + 2]))
        arm = not minister and toks[k].is_upper and toks[k].is_alpha and k + 1 < len(doc) \
            and is_region(toks[k + 1].text) and toks[k + 1].ent_type_ in ("GPE", "LOC")  # "Chief Executive of [MTN
        # Ghana]": a company's arm (not "Minister of ICT Kenya")
        if named or second or arm or not (word or (link and capped)):  # [and Chair] of X"
            break
        if k > start + (not begun) and _subject_named_after(doc, k, start):
            break  # "Minister of State for Interior [Shehryar Afridi] said": the title hangs on the name
        joined = joined or toks[k].lower_ in ("and", "&")
        comma = comma if comma is not None or toks[k].text != "," else k
        k += 1
    if comma is not None and not any(t.lower_ in ("and", "&") for t in doc[comma:k]):
        k = comma  # "Minister of Home Affairs, Ada Obi,": the comma ends the portfolio
    if k + 1 < len(doc) and k - 2 > start and toks[k].text == "-" and not toks[k - 1].whitespace_ \
            and toks[k + 1].is_lower and toks[k - 2].is_title and toks[k - 3].lower_ not in ("and", "&", "of", "for"):
        k -= 2  # "Minister of Culture, Sports and Tourism [Chae Hwi]-young": a family name, a hyphenated given name
    name = doc[start + 1:k]
    if name.ents and name.ents[0].label_ == "ORG" and head_type(toks[k - 1]) == "Organization" \
            or is_place_name(name.text.removeprefix("the ")) or the and any(head_type(t) for t in name):
        return j - 2 * charge  # "Chairman of the Acme Bank", "the President of South Sudan", "Chair of the
        # Forum": where it is held
    if len(name) > 1 and toks[k - 1].lower_ in BODY_ENDS or k < len(doc) and toks[k].lower_ in BODY_ENDS:
        return start - 1 if begun and toks[start - 1].lower_ in ("of", "for") else j - 2 * charge  # "Chairman of
    # [Environment Authority]": a body the title word began
    while k > j and (not toks[k - 1].is_alpha or toks[k - 1].lower_ in ("and", "for", "of", "the")):
        k -= 1
    return max(k, j)


def _glued(toks: list, k: int) -> bool:
    """"and [Sport Rod Kemp]": a portfolio's word NER took as the first of a person's name that
    goes on with a given name."""
    return toks[k - 1].lower_ in ("and", "&") and toks[k].ent_type_ == "PERSON" and toks[k].ent_iob_ == "B" \
        and k + 1 < len(toks) \
        and toks[k + 1].ent_iob_ == "I" and not is_given_name(toks[k].text) and (
            is_given_name(toks[k + 1].text) or k + 2 < len(toks) and toks[k + 2].ent_iob_ == "I")
    # (or a name of two words or more after it: "and [Training Tran Van Kiet]")


def _subject_named_after(doc: Doc, k: int, start: int) -> bool:
    """Whether tokens from k on are a name of two or three words that is a verb's subject,
    with the title before the portfolio parsed as its modifier (not "Minister of Foreign
    Affairs said", where the title is the subject)."""
    toks = tokens(doc)
    head = toks[k].head
    return toks[k].dep_ == "compound" and head.dep_ in ("nsubj", "nsubjpass") and 1 <= head.i - k <= 2 \
        and not is_title_word(toks[k]) \
        and all(is_cap(toks[x]) and toks[x].is_alpha for x in range(k, head.i + 1)) \
        and any(toks[x].head.i == head.i and toks[x].dep_ in ("nmod", "compound") for x in range(max(0, start - 4), start))


def _named_body(doc: Doc, k: int) -> bool:
    """Whether the NER name around token k has an organization's head or designator word."""
    toks = tokens(doc)
    start, end = k, k + 1
    while start > 0 and toks[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and toks[end].ent_iob_ == "I":
        end += 1
    return any(t.lower_ in LEX.org_heads or t.lower_ in LEX.company_designators for t in doc[start:end])


RETIRED = ("retired", "rtd", "rtd.")  # before a rank: "retired Major General X"


def honorific_pair(first: str, second: str) -> bool:
    """Whether two words are an honorific of two words ("His Excellency", "Dato Sri")."""
    return f"{first} {second}".lower() in LEX.honorifics


def before_honorifics(doc: Doc, j: int, ranks: bool = False) -> int:
    """The index before the honorifics ending at token j, one word or two ("Mr", "His Excellency Mr");
    with `ranks`, military ranks and "retired" too ("retired Major General")."""
    while j >= 0:
        if j > 0 and honorific_pair(doc[j - 1].text, doc[j].text):
            j -= 2
        elif doc[j].lower_ in LEX.honorifics or ranks and (doc[j].lower_ in LEX.ranks and doc[j].is_title
                                                            or doc[j].lower_ in RETIRED):
            j -= 1
        else:
            return j
    return j


def head_type(last_token: Token) -> str | None:
    """The type a name's last word gives it: "... Expo" an event, "... Council" an organization."""
    last = last_token.lower_
    if last == "house" and last_token.i and last_token.nbor(-1).lower_ in ("state", "government") and not (
            last_token.i > 1 and is_cap(last_token.nbor(-2))):  # not "the Michigan State House": a legislature
        return "Place"  # an official residence: "State House", "Government House"
    if last in LEX.event_heads:
        return "Event"
    if last in ("centre", "center") and last_token.is_title and _named_for_work(last_token):
        return "Organization"  # "the Legal and Human Rights Centre" (not "Harrow Leisure Centre")
    if last in LEX.org_heads:
        return "Organization"
    if last in LEX.place_heads:
        return "Place"
    return None


def _named_for_work(centre: Token) -> bool:
    """A "... Centre" named for what it does (see lexicons/centre_functions.txt), not a venue:
    "Pew Research Center" (not "Rogers Centre", "Arsenal Training Centre")."""
    doc, k = centre.doc, centre.i
    while k > 0 and centre.i - k < 8 and (is_cap(doc[k - 1]) or doc[k - 1].lower_ in ("and", "&", "of", "-")):
        k -= 1
    return any(w in LEX.centre_functions for w in re.findall(r"[a-z]+(?:-[a-z]+)*", doc[k:centre.i].text.lower()))


def title_then_person(doc: Doc, i: int) -> bool:
    """A title in any case from token i, then a person's name ("chief executive Jane Roe")."""
    toks = tokens(doc)
    j = i
    while j < len(doc) and is_title_word(toks[j]):
        j += 1
    return j > i and is_title_head(toks[j - 1]) and j < len(doc) and toks[j].ent_type_ == "PERSON"


BOARD_KINDS = frozenset({"directors", "management", "trustees", "governors", "regents", "supervisors", "commissioners"})
# "the Board of Directors of Acme": a board named for its kind, part of a title, not a body's name
