"""What makes a post of a title phrase: its cleaned title, whether it is former, and
where it is held (the organization or place the text names, a demonym's country, a
party, or the article's company, country or main place)."""
from __future__ import annotations

import re
from collections import Counter
from functools import cached_property

from spacy.tokens import Token

from ..lexicons import LEX
from ..models import Entity, Role
from ..vocab import EntityType
from .context import Context, evidence
from .cues import BOARD_KINDS, POSSESSIVE, TITLE_LEADS, demonym_code, in_demonym, is_cap, municipality_of, is_title_head, is_title_noun, is_title_word, \
    title_runs
from .gazetteer import (SUBDIVISION_TYPES, capital_of, country_and_state, country_code, has_subdivisions, is_capital, is_styled, is_city, is_world_region,
                        is_place_name, is_premier_state, is_region, is_subdivision, state_country,
                        subdivision_of)
from .layout import dateline_country
from .nlp import line_at, text_of_doc, whole_word


def focus_place(entities: list[Entity], text: str, demonyms: Counter, least: int = 2) -> str | None:
    """The place an article is about: the one a gazetteer knows (a country, a state, a
    city) whose name the text writes most often (inside other names too: "Guam" in
    "Guam Memorial Hospital"; a country's demonyms count too), if written `least` times. A
    capital counts half: news names it for its country's government ("talks in Washington")."""
    counts = sorted(((max(len(e.mentions), times_written(text, [e.label])) + demonyms[country_of(e)])
                     / (2 if is_capital(e.label) else 1), e.key)
                    for e in entities
                    if e.type == "Place" and any(is_place_name(n) for n in (e.label, *e.aliases)))
    if not counts or counts[-1][0] < least or (len(counts) > 1 and counts[-2][0] == counts[-1][0]):
        return None
    return counts[-1][1]


def times_written(text: str, names) -> int:
    """How often the text writes these names as whole words (inside other names too), not
    as a currency's prefix ("US$20 billion" names no country)."""
    return sum(not text.startswith("$", m.end()) for n in names for m in whole_word(n).finditer(text))


def focus_of_kind(entities: list[Entity], text: str, kind, main: str | None) -> str | None:
    """The state (or city) an article names most often, its bare name counting too
    ("Kessly" for "Kessly State"): where an unqualified governor (or mayor) holds office.
    None on a tie, or when it is named once and the article's main place is another."""
    counts = []
    for e in entities:
        names = [n for n in (e.label, *e.aliases) if kind(n)]
        if e.type == "Place" and names:
            bare = {n.rsplit(" ", 1)[0] if n.split()[-1].lower() in SUBDIVISION_TYPES else n for n in names}
            called = any(re.search(rf"\b(?:province|state|region) of {re.escape(n)}\b", text, re.I) for n in bare)
            counts.append((max(times_written(text, bare), len(e.mentions)) + called, e.key))  # "the province of
            # La Union": written as a state, once more
    counts.sort()
    if not counts or (len(counts) > 1 and counts[-2][0] == counts[-1][0]) or (main and counts[-1][0] < 2):
        return None
    return counts[-1][1]


def demonym_counts(ctx: Context) -> Counter:
    """How often the text names each country by its demonym ("Korean companies", "the Thai
    government"; "the Thai Government", styled so, twice), once more when the story is filed from its capital."""
    filed = dateline_country(text_of_doc(ctx.doc))
    visitors = {code for t in ctx.tokens if (code := nation_code(t)) and visiting(t)}
    return Counter([filed] if filed else []) + Counter(
        code for t in ctx.tokens if (code := nation_code(t) or currency_nation(t))
        and (ctx.res.key_at(t.i) is None or governs(ctx, t)) and t.head.lemma_.lower() not in TRADERS
        and code not in visitors and t.head.lemma_.lower() != "counterpart"  # "their Chinese counterparts"
        for _ in range(1 + (t.head.lower_ in LEX.government_heads and t.head.i > t.i and t.head.is_title)))
    # "the Ghanaian Government": the country's own government as it styles itself, twice (not "the Chinese
    # government protested")


def visiting(demonym: Token) -> bool:
    """Whether a demonym names visitors ("a visiting British Government team"): another country's
    people in the story's country, however often the story names them."""
    head = demonym.head
    while head.dep_ in ("compound", "amod") and head.head.i > head.i:
        head = head.head
    return any(c.lower_ == "visiting" for c in head.lefts) or head.lemma_.lower() in JOURNEYS  # "X's Philippine
    # visit": where a visitor goes


JOURNEYS = frozenset({"visit", "trip", "tour", "journey", "stopover", "leg"})
TRADERS = frozenset({"company", "firm", "investor", "investment", "business", "carmaker", "automaker", "brand",
                     "exporter", "importer", "tourist", "buyer", "manufacturer", "producer", "bank", "lender",
                     "conglomerate", "giant", "multinational", "partner", "supplier", "market", "product", "good",
                     "capital", "fund"})  # "Japanese companies invested in X": the story is X's, not Japan's


SHARED_CURRENCIES = frozenset({"dollar", "euro", "pound", "peso", "rupee", "franc", "dinar", "riyal", "rial", "shilling",
                               "krone", "krona", "kwacha", "dirham", "lira", "cent", "sterling"})


def currency_nation(tok: Token) -> str | None:
    """The country of a currency only one country uses, named by its word after an amount
    ("4.7 baht", "135 billion naira"): a story counting in it is set there."""
    low = tok.lower_.removesuffix("s")
    code = LEX.currencies.get(low) or LEX.currencies.get(tok.lower_)
    if not code or low in SHARED_CURRENCIES or not tok.is_lower or not (tok.i and tok.nbor(-1).like_num
                                                                       or tok.i and tok.nbor(-1).lower_ in LEX.scales):
        return None
    return code[:2] if code[:2] in LEX.country_labels else None


def nation_code(tok: Token) -> str | None:
    """The country a demonym ending at this token names, or whose people its plural names
    ("Korean", "14 percent of Rwandans": RW)."""
    low = tok.lower_
    return demonym_code(tok) or (demonym_code(tok, plural=True) if low.endswith("s") and tok.text[:1].isupper() else None)


def governs(ctx: Context, tok: Token) -> bool:
    """A demonym naming a government: "the [Thai government]" (not "[Korean Air]")."""
    return ctx.doc[ctx.res.end_of(tok.i) - 1].lower_ in LEX.government_heads


def focus_country(countries: list[Entity], demonyms: Counter, text: str, within: Counter) -> str | None:
    """The country an article is about: the most mentioned (inside other names and the
    headline too), each of its demonyms and possessives counting twice, as news names foreign
    countries but calls its own by demonym ("Sri Lankan President X ... Prime Minister Y"), and
    its dateline and the mentions of its states or provinces (`within`) more; on a
    tie, the one written first (none if that ties too). An entity's key, or the ISO code
    of a country named only by demonym."""
    named, filed = {country_of(e): e for e in countries}, dateline_country(text)
    counts = [(max(len(e.mentions), times_written(text, [e.label])) + 2 * demonyms[code] + owned(text, e)
               + within[code] + (code == filed),  # "KATHMANDU: ...": a story filed from its capital, once more
               -(0 if code == filed else first_written(text, [e.label, *e.aliases, *LEX.demonyms_of.get(code, ())])),
               e.key)  # the dateline's country is named first
              for code, e in named.items()]
    counts += [(total, -len(text), code) for code, n in demonyms.items() if code not in named and (total := 2 * n + (
        times_written(text, [LEX.country_labels[code]]) if code in LEX.country_labels else 0) + (code == filed)
        + within[code]) > 2]
    # said twice, or by demonym and inside a place's name ("Ugandans ... Northern Uganda"), filed from its capital
    # or naming its states ("Indian railways ... Madhya Pradesh")
    counts.sort(reverse=True)
    if not counts or (len(counts) > 1 and counts[0][:2] == counts[1][:2]):
        return None
    return counts[0][2]


def foreign_city(name: str, named: set[str]) -> bool:
    """A city whose name only a province of a country the text does not name has ("Savannah"
    in a story of the U.S., not Ghana's Savannah Region)."""
    return bool(named) and is_city(name) and not subdivision_of(name)[0] & named


def provinces_of(entities: list[Entity]) -> Counter:
    """For each country, how often the text names a state or province only it has ("Gujarat",
    "Enga"): news names the regions of the country it is about."""
    within = Counter()
    for e in entities:
        words = e.label.split()
        name = " ".join(words[:-1]) if len(words) > 1 and words[-1].lower() in LEX.place_designators else e.label
        lands = subdivision_of(name)[0] if e.type == "Place" and is_subdivision(name) and not is_capital(name) \
            else ()  # not "Addis Ababa", a capital a visitor speaks in; "Stara Zagora Region" is Stara Zagora's
        if len(lands) == 1:
            within[next(iter(lands))] += len(e.mentions)
    return within


def inner_country(ctx: Context, entities: list[Entity]) -> str | None:
    """"Netball Australia ... the Australian Sports Commission": the ISO code of the one country
    a story names only inside other names, twice or more (or once, the only one so named, in a
    public body's name: "the Press Council of Peru"), and whose districts it names if any
    ("the Uganda Communications Commission ... Buvuma, Amudat"); not in a province's story."""
    codes = Counter(code for t in ctx.tokens if ctx.res.key_at(t.i) and (
        code := nation_code(t) or LEX.country_codes.get(t.lower_)))
    spelled = {code for t in ctx.tokens if ctx.types.get(key := ctx.res.key_at(t.i)) == "Organization"
               and (code := LEX.country_codes.get(t.lower_)) and public_body(ctx.label(key))}
    # a country's public body ("the Press Council of Peru"; not "a tour of Western Kenya", nor a lender or a
    # donor: "the Export-Import Bank of China", "the Government of Japan")
    for e in ctx.entities:  # "Ghana Ports and Harbours Authority ... GPHA ... GPHA": each mention of the body
        named = {c for w in e.label.split() if (c := LEX.country_codes.get(w.lower()))} if e.type == "Organization" else ()
        for code in named:
            codes[code] += max(len(e.mentions) - 1, 0)
    top = codes.most_common(2)
    code = top[0][0] if top and (top[0][1] > 1 or len(top) == 1 and top[0][0] in spelled) \
        and (len(top) == 1 or top[1][1] < top[0][1]) else None  # (not a demonym named once: "the British Council")
    for e in entities if code else ():
        lands, cabinet = subdivision_of(e.label) if e.type == "Place" and is_subdivision(e.label) else ((), False)
        if cabinet or lands and (code not in lands or is_capital(e.label)) or e.type == "Place" and is_capital(e.label):
            return None  # a province's story, or one that names a capital (Tokyo: a prefecture too; a minister
            # "visiting from Pretoria") or another's district
    return code


def public_body(name: str) -> bool:
    """A name a country's public body has: its head word a council's, an authority's ("Press
    Council of Peru"), or a central bank's ("Central Bank of Nigeria"); not a lender's or a
    company's ("Export-Import Bank of China", "Bank of America")."""
    words = name.lower().split()
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
    return head in PUBLIC_BODIES or " ".join(words[:2]) in ("central bank", "reserve bank")


PUBLIC_BODIES = frozenset({"council", "authority", "commission", "board", "agency", "ministry", "department", "bureau",
                           "corporation", "regulator", "institute", "service"})


def sole_demonym(ctx: Context, demonyms: Counter) -> str | None:
    """The ISO code of the one country a story names, only by its people's name, in a story
    that names no other, when it names so the country's own press, industry or people as a
    whole ("the Nigerian press", "South African mining"; not "the Cuban doctors", "a Chinese
    contractor", "Ukrainians who fled")."""
    if len(demonyms) != 1:
        return None
    code = next(iter(demonyms))
    return code if any(nation_code(t) == code and national(t) for t in ctx.tokens) else None


NATIONAL_NOUNS = frozenset({"press", "media", "economy", "industry", "mining", "sector", "market", "nation", "public",
                            "army", "navy", "police", "parliament", "state", "constitution", "government", "taxpayer",
                            "citizen", "people", "society", "youth", "workforce"})


def national(demonym: Token) -> bool:
    """A demonym naming its country's own as a whole ("the Nigerian press", "South African
    mining", "Kenyan taxpayers", "more Ugandans"; not "Cuban doctors", "Ukrainians who fled")."""
    if demonym.dep_ not in ("amod", "compound", "nmod"):  # "more Ugandans" (not "Ukrainians who fled the war")
        return demonym.lower_.endswith("s") and not any(c.dep_ in ("relcl", "acl") for c in demonym.children)
    head = demonym.head
    while head.dep_ in ("compound", "amod") and head.head.i > head.i:
        head = head.head
    return head.lemma_.lower() in NATIONAL_NOUNS


def owned(text: str, e: Entity) -> int:
    """How often the text writes a country as an owner ("Nepal's territory", "Rwanda's
    minister"): news says so of its own country more than of those it visits."""
    return sum(len(re.findall(rf"(?<!\w){re.escape(n)}['’]s(?!\w)", text)) for n in {e.label, *e.aliases})


def first_written(text: str, names: list[str]) -> int:
    """Where the text first writes one of the names (a country's, its demonyms)."""
    found = (m.start() for n in names if (m := re.search(rf"(?<!\w){re.escape(n)}(?!\w)", text, re.I)))
    return min(found, default=len(text))


def governed_state(ctx: Context, e: Entity) -> bool:
    """"Georgia Gov. X", "the Georgia governor": a place a country and a state are both named
    for, that the text gives a governor, is the state."""
    if e.type != "Place" or not any(country_and_state(n) for n in (e.label, *e.aliases)):
        return False
    doc = ctx.doc
    return any(end < len(doc) and LEX.title_abbreviations.get(doc[end].lower_, doc[end].lower_) in ("governor", "lieutenant")
               for start, end, key, _n in ctx.res.spans if key == e.key)


def country_of(e: Entity) -> str | None:
    """The ISO code of the country an entity names, if it names one."""
    return next((LEX.country_codes[n.lower()] for n in (e.label, *e.aliases) if n.lower() in LEX.country_codes), None)


def country_entity(ctx: Context, code: str, anchor: Token) -> str:
    """The article's entity for a country, made when the text gives only its demonym."""
    key = places(ctx).country.get(code)
    if key is None:
        key = ctx.entity_named(LEX.country_labels.get(code, code), EntityType.PLACE, anchor)
        places(ctx).country[code] = key
    return key


def region_of_demonym(ctx: Context, tok: Token) -> str | None:
    """"Victorian Premier X": the state or province an adjective of its name makes
    ("Victoria"), as an entity of the article."""
    name = tok.text[:-1]
    if not (tok.text.endswith("n") and is_cap(tok) and is_subdivision(name)) \
            or tok.lower_ in LEX.demonyms:
        return None
    return ctx.entity_named(name, EntityType.PLACE, tok)


def state_of_demonym(ctx: Context) -> str | None:
    """The one state or province whose premier the text's adjectives point to ("the
    Victorian election"), as an entity of the article."""
    named = {t.text[:-1]: t for t in ctx.tokens if t.text.endswith("n") and t.is_title and t.dep_ in ("amod", "compound")
             and any(w.lower_ in POLITICS for w in (t.head, *t.head.children)) and t.lower_ not in LEX.demonyms
             and is_premier_state(t.text[:-1])}  # "the Victorian election (race)", not "Victorian-era"
    states = places(ctx).premier_states  # "Queensland ... Premier X"
    return region_of_demonym(ctx, next(iter(named.values()))) if len(named) == 1 and not states else None


POLITICS = frozenset({"election", "government", "opposition", "parliament", "cabinet", "budget", "voters",
                      "campaign", "premier", "treasurer", "minister", "labor", "liberals", "coalition", "greens"})


POSTPOSITIVE = frozenset({"attorney", "secretary", "director", "inspector", "surgeon", "governor", "solicitor", "auditor",
                          "accountant", "postmaster", "registrar", "consul", "procurator", "vicar", "paymaster",
                          "adjutant", "quartermaster", "advocate", "-"})  # "Attorney General", "Director-General": posts


def ordinal(tok: Token) -> bool:
    """"the 11th", "the third"."""
    return tok.ent_type_ == "ORDINAL" or re.fullmatch(r"\d+(st|nd|rd|th)", tok.lower_) is not None


def clean_title(toks: list[Token]) -> tuple[str, bool, str] | None:
    """The title's text with "former" taken off and abbreviations spelt out, whether it
    was former, and its text as written."""
    former = any(t.lower_ in LEX.former for t in toks)
    toks = [t for t in toks if t.lower_ not in LEX.former]
    while toks and (toks[0].lower_ in LEX.title_descriptors or toks[0].lower_ in LEX.honorifics
                    or ordinal(toks[0]) and not (toks[0].lower_ == "first" and len(toks) > 1 and is_title_head(toks[1]))):
        # "New Finance Minister X", "the Honourable Minister of Y": the post is finance minister, minister of Y (but
        # "First Minister X" is a post of its own)
        toks = toks[1:]
    while toks and (not toks[0].is_alpha and toks[0].lower_ not in LEX.title_abbreviations or toks[0].lower_ in ASIDES):
        toks = toks[1:]  # "X, also a Climate Council Fellow": the post, without the aside
    if toks and toks[0].lower_ == "based" and toks[0].i and toks[0].doc[toks[0].i - 1].text in ("-", "–"):
        toks = toks[1:]  # "the Boston-based chief executive": where someone works from is no part of the post,
        if [t.lower_ for t in toks] == ["executive"]:  # and "a Boston-based executive" is no post
            return None
    while toks and toks[-1].lower_ in ("and", "&", ",", "or"):
        toks = toks[:-1]  # "the current head of state and [former mayor of X]": the first post
    while len(toks) > 2 and is_cap(toks[-1]) and is_title_head(toks[-1]) and all(t.is_lower for t in toks[:-1]) \
            and is_title_head(toks[-2]):
        toks = toks[:-1]  # "chief disciplinary officer Judge X": the post, then the rank the name is written with
    k = len(toks)
    while k and toks[k - 1].lower_.rstrip(".") in LEX.ranks and not (
            k > 1 and toks[k - 1].lower_.startswith("gen") and toks[k - 2].lower_ in POSTPOSITIVE):
        k -= 1  # "Army Chief General X": the post, then the rank the name is written with ("Attorney General" is a post)
        k -= k < len(toks) and k > 0 and toks[k - 1].lower_ in ("vice", "rear")  # "Vice Admiral", "Rear Admiral"
    if k == 0:
        return None  # "General X", "Brigadier General X": a rank, no post
    toks = toks[:k]
    if not toks or not any(is_title_head(t) for t in toks):
        return None
    words = [LEX.title_abbreviations.get(t.lower_, "").title() or t.text for t in toks]
    gaps = [" " if t.whitespace_ else "-" if k + 1 < len(toks) and toks[k + 1].i == t.i + 2 and t.nbor().text == "-" else ""
            for k, t in enumerate(toks)]  # "chief-of-staff", its hyphen parsed apart
    text = "".join(w + g for w, g in zip(words, gaps, strict=True)).strip()
    written = "".join(t.text + g for t, g in zip(toks, gaps, strict=True)).strip()
    return text, former, written if written != text else ""


ASIDES = frozenset({"also", "now", "currently", "still", "ever"})


def body_in_title(ctx: Context, toks: list[Token]) -> tuple[list[Token], str | None]:
    """"Director of Airlines PNG", "CEO of Heathrow": a title's of-phrase that writes a body the
    article names in full ("Airlines PNG Limited", "Heathrow Airport") short of its designator
    or head word is where the post is held, not part of the title."""
    k = next((j for j, t in enumerate(toks) if t.lower_ == "of"), None)
    rest = toks[k + 1:] if k else []
    key = ctx.res.key_at(rest[0].i) if rest else None
    if ctx.types.get(key) == "Organization" and ctx.res.start_of(rest[0].i) == rest[0].i:
        return toks[:k], key  # "Managing Director of [KX Port City] Galle (Pvt) Ltd.": the title cut inside the name
    if not rest or not all(is_cap(t) and not is_title_word(t) for t in rest):
        return toks, None
    name = " ".join(t.text for t in rest).lower()
    tails = LEX.designators | LEX.org_heads | LEX.buildings
    for e in ctx.entities:
        body = e.type == "Organization" or e.type == "Place" and e.label.split()[-1].lower() in LEX.buildings
        for label in (e.label, *e.aliases) if body else ():
            words = label.lower().split()
            if label.lower() == name or (label.lower().startswith(name + " ")
                                         and set(words[len(name.split()):]) <= tails):
                return toks[:k], e.key
    return toks, None


STATE_SEATS = frozenset({"senator", "representative", "rep.", "lawmaker", "legislator", "assemblyman",
                         "assemblywoman", "assemblymember"})  # "State Senator X": a state's legislature
RESIDENTS = re.compile(r"\b[A-Z][a-z]{2,}(?:ers|ites|ans)\b")  # "Aucklanders", "Seattleites", "Parisians"


class Places:
    """Where the document's unqualified posts are held: its company, its country, its main place."""

    def __init__(self, ctx: Context):
        entities, demonyms = ctx.entities, demonym_counts(ctx)
        text = text_of_doc(ctx.doc)
        self.focus = focus_place(entities, text, demonyms)
        governed = {n for e in entities if governed_state(ctx, e) for n in (e.label, *e.aliases)}
        named = {c for e in entities if e.type == "Place" and (c := country_of(e))}
        state = lambda n: (is_subdivision(n) and not foreign_city(n, named) or n in governed) and not is_capital(n)  # noqa: E731
        # "a trip to Washington" is to the capital; "Georgia Gov. X": the state, though a country has the name
        self.region = focus_of_kind(entities, text, state, self.focus)
        regions = [e.key for e in entities if e.type == "Place" and any(state(n) for n in (e.label, *e.aliases))
                   and not any(is_region(n) and not is_subdivision(n) for n in (e.label, *e.aliases))]
        self.lone_region = regions[0] if len(regions) == 1 else None  # "Akure ... Akure, Kessly state governor"
        self.city = focus_of_kind(entities, text, lambda n: is_city(n) and (not is_region(n) or times_written(text, [n]) > 1),
                                  self.focus)  # "Taipei ... Taipei": a city-province, named twice
        companies = sorted((len(e.mentions), e.key) for e in entities
                           if e.type == "Organization" and e.label.split()[-1].lower() in LEX.company_designators)
        bodies = sorted((len(e.mentions), e.key) for e in entities if e.type == "Organization")
        main = bodies[-1][1] if bodies and bodies[-1][0] >= 3 - (len(bodies) == 1) and (
            len(bodies) == 1 or bodies[-2][0] < bodies[-1][0]) else None  # what a press release or profile is about
        self.company = companies[-1][1] if companies else main  # where an unqualified CEO works
        countries = [e for e in entities if e.type == "Place" and country_of(e) and e.label not in governed]
        self.country = {country_of(e): e.key for e in countries}
        self.ctx = ctx
        self._focus_country = focus_country(countries, demonyms, text, provinces_of(entities)) or (
            None if countries else inner_country(ctx, entities) or sole_demonym(ctx, demonyms))
        chief_minister = any(t.lower_ == "minister" and t.i and t.nbor(-1).lower_ == "chief" for t in ctx.tokens) and not any(
            t.lower_ in FEDERAL for t in ctx.tokens) and not any(  # a state's government under its chief minister, in a
            e.type == "Place" and is_capital(e.label) for e in entities)  # story with no Union minister, no national capital
        premier = any(t.lower_ in ("premier", "provincial") for t in ctx.tokens)  # a province's, under its premier
        provincial = premier or chief_minister
        self.national_only = ("prime", "president", "chancellor", "federal") if premier else NATIONAL_ONLY
        self.provincial = focus_of_kind(entities, text, is_subdivision, None) if provincial and not self.country \
            else None  # named once in a city's story too: "Ontario ... Toronto ... Toronto"

    @cached_property
    def legislating_state(self) -> str | None:
        """The article's US state, in a story of its government (its governor and its legislature
        named) that names no member or chamber of Congress: where "the Senate" or "the House" of
        its story sits (not Congress's, nor a province's or a territory's chamber)."""
        label = next((e.label for e in self.ctx.entities if e.key == self.region), None) if self.region else None
        text = text_of_doc(self.ctx.doc)
        governed = any(LEX.title_abbreviations.get(t.lower_, t.lower_) == "governor" for t in self.ctx.tokens)
        doc = self.ctx.doc
        members = any(end < len(doc) and doc[end].lower_ in MEMBERS_OF_CONGRESS and self.ctx.types.get(key) == "Place"
                      for _s, end, key, _n in self.ctx.res.spans)  # "Texas Sen. X": a state's member of Congress
        return self.region if label and state_country(label) == "US" and governed and not members \
            and STATEHOUSE.search(text) and not CONGRESS.search(text) else None

    @property
    def premier_states(self) -> frozenset[str]:
        """The states and provinces a premier leads that the article names (their keys; read
        afresh, as rules make places from demonyms)."""
        return frozenset(e.key for e in self.ctx.entities if e.type == "Place" and is_premier_state(e.label))

    @cached_property
    def inner_region(self) -> str | None:
        """"Texas Tech ... Texas A&M": the one state or province a story names only as the
        first word of bodies' names, twice or more, as an entity of the article."""
        ctx, found = self.ctx, Counter()
        for start, _end, key, _nested in ctx.res.spans:
            tok = ctx.doc[start]
            if ctx.types.get(key) == "Organization" and tok.is_title and is_subdivision(tok.text) \
                    and not country_code(tok.text):
                found[tok.text] += 1
        top = found.most_common(2)
        if not top or top[0][1] < 2 or (len(top) > 1 and top[1][1] == top[0][1]):
            return None
        anchor = next(ctx.doc[s] for s, _e, k, _n in ctx.res.spans if ctx.doc[s].text == top[0][0])
        return ctx.entity_named(top[0][0], EntityType.PLACE, anchor)

    @cached_property
    def residents_city(self) -> str | None:
        """The one city whose residents the text names ("Aucklanders", "Parisians", "Chicagoans"),
        as an entity of the article (made if the text never names the city), when the text
        names no city twice: where an unqualified mayor holds office."""
        text = text_of_doc(self.ctx.doc)
        if self.city is not None and times_written(text, [e.label for e in self.ctx.entities if e.key == self.city]) > 1:
            return None
        found = {}
        for m in RESIDENTS.finditer(text):
            word = m.group()
            name = next((c for suffix in ("ers", "ites", "nians", "ians", "ans") if word.endswith(suffix)
                         and is_city(c := word[:-len(suffix)]) and not country_code(c)), None)
            if name is not None and word.lower() not in LEX.demonyms:
                found.setdefault(name, m)
        if len(found) != 1:
            return None
        name, m = found.popitem()
        anchor = self.ctx.doc.char_span(m.start(), m.end(), alignment_mode="expand")
        return self.ctx.entity_named(name, EntityType.PLACE, anchor[0] if anchor is not None else self.ctx.doc[0])

    @cached_property
    def state_nation(self) -> str | None:
        """The country of the states a story names when it names no country ("Tasmania ...
        Prime Minister X": Australia), if one."""
        codes = {code for e in self.ctx.entities if e.type == "Place" and (code := state_country(e.label))}
        codes |= {code for t in self.ctx.tokens if t.is_title and t.text.endswith("n") and (
            code := state_country(t.text[:-1]))}  # "Tasmanian", "Californian"
        if self.country or len(codes) != 1:
            return None
        return country_entity(self.ctx, codes.pop(), self.ctx.doc[0])

    @cached_property
    def devolved_nation(self) -> str | None:
        """The nation with its own cabinet a story about its government is about ("the Scottish
        Government ... Education Secretary X"): written, or its people's adjective, more often
        than the article's country."""
        text = text_of_doc(self.ctx.doc)
        if not DEVOLVED_GOVERNMENT.search(text):
            return None  # a story of Scotland's team or whisky, not of its government
        focus = next((e for e in self.ctx.entities if e.key == self.focus_country), None)
        code = country_of(focus) if focus is not None else None
        rival = times_written(text, [focus.label, *LEX.demonyms_of.get(code, ())]) if focus is not None else 0
        for e in self.ctx.entities:
            if e.type == "Place" and e.label in DEVOLVED and times_written(text, [e.label, *DEVOLVED[e.label]]) > max(rival, 1):
                return e.key
        return None

    @cached_property
    def devolved_cabinet(self) -> str | None:
        """The one devolved government a story names as a body ("the Scottish Government", "the
        Welsh Government"), when it names no country: where its ministers sit."""
        if self._focus_country is not None:
            return None
        found = {e.key for e in self.ctx.entities if e.type == "Organization" and any(
            DEVOLVED_CABINET.fullmatch(n) for n in (e.label, *e.aliases))}
        return found.pop() if len(found) == 1 else None

    @cached_property
    def focus_code(self) -> str | None:
        """The ISO code of the article's country."""
        key = self._focus_country
        return key if key in LEX.country_labels else next(
            (country_of(e) for e in self.ctx.entities if e.key == key), None)

    @property
    def focus_country(self) -> str | None:
        """Where a national office is held: the article's country, made an entity when
        the text names it only by demonym (or by its capital's dateline, or inside a name)."""
        key = self._focus_country
        if key in self.country:  # an ISO code, its entity made already
            return self.country[key]
        if key in LEX.country_labels:  # an ISO code
            anchor = next((t for t in self.ctx.tokens if nation_code(t) == key), self.ctx.doc[0])  # or the dateline
            return country_entity(self.ctx, key, anchor)
        return key


def bare_post(low: str) -> str:
    """A post without the words that say for how long it is held: "interim ceo" is a ceo's."""
    words = low.split()
    while len(words) > 1 and (words[0] in ("interim", "acting") or words[0] in LEX.title_descriptors):
        words = words[1:]
    return " ".join(words)


def places(ctx: Context) -> Places:
    return ctx.once("role.places", Places)


def org_at(ctx: Context, i: int) -> str | None:
    key = ctx.res.key_at(i) if 0 <= i < len(ctx.doc) else None
    return key if ctx.types.get(key) in ("Organization", "Place") else None


BOARDS = frozenset({"board", "council", "committee", "commission", "cabinet", "panel", "assembly"})
PLURAL_MEMBERS = frozenset(f"{body} member" for body in BOARDS)  # "board members A and B": each a board member


OFFICE_BODIES = {"commissioner": "commission", "commissioners": "commission", "councillor": "council",
                 "councilor": "council"}


def office_body(ctx: Context, words: list[str]) -> str | None:
    """The one organization whose name is the title's, its holder's word made the body's
    ("Election Commissioner": the Election Commission; "Chief Election Commissioner": the
    "... Election Commission"; not "Trade Commissioner": the Federal Trade Commission)."""
    titled, words = words, [w for w in words if w not in TITLE_LEADS]
    if len(words) < 2 or words[-1] not in OFFICE_BODIES:
        return None
    name, led = " ".join([*words[:-1], OFFICE_BODIES[words[-1]]]), len(words) < len(titled)
    found = {e.key for e in ctx.entities if e.type == "Organization" and any(
        n.lower().removeprefix("the ") == name or led and n.lower().endswith(name) for n in (e.label, *e.aliases))}
    return found.pop() if len(found) == 1 else None


def aide_to(ctx: Context, k: int) -> tuple[list[Token], str | None] | None:
    """An aide's title before "to" and the title starting at token k (or the body named just
    before it), and that body: "Chief Press Secretary to [KEC] Chairman", "Special Adviser to
    the [Chairman]"."""
    doc, marked = ctx.doc, title_runs(ctx.doc)
    body = ctx.res.key_at(k - 1) if k and ctx.type_at(k - 1) == "Organization" else None
    k = ctx.res.start_of(k - 1) if body else k
    k -= k > 0 and doc[k - 1].lower_ == "the"
    if k < 2 or doc[k - 1].lower_ != "to" or not is_title_head(doc[k - 2]) or ctx.res.key_at(k - 2) is not None:
        return None
    q = k - 2
    while q > 0 and (q - 1 in marked or is_title_word(doc[q - 1])) and is_cap(doc[q - 1]) and ctx.res.key_at(q - 1) is None:
        q -= 1
    return list(doc[q:k - 1]), body


def post(ctx: Context, person: str | None, toks: list[Token], org: str | None, anchor: Token,
         rule: str, single: str = "") -> Role | None:
    """A post from a title's tokens (or the `single` title a plural one gives each),
    placed in the article's company, country or main place when the text names no
    organization for it."""
    if not person or ctx.types.get(person) != "Person":
        return None
    if toks and (aide := aide_to(ctx, toks[0].i)) is not None:
        toks, org = aide  # "the Chief Press Secretary to KEC Chairman, Mr X": the secretary's post, at KEC
    toks, org = qualifiers(ctx, toks, org)
    toks = toks[:-1] if len(toks) > 1 and toks[-1].lower_ == toks[-2].lower_ and is_title_head(toks[-1]) else toks
    # "State education minister Minister X": the title once (not "Sports minister Minister of State X")
    cut, body = body_in_title(ctx, toks)
    if org is None or body == org:  # "Director of Acme": Acme's, and the title "Director" when Acme was found already
        toks, org = cut, body
    statewide = len(toks) > 1 and toks[0].text == "state" and (  # "the state Commissioner for Works", "state governor"
        is_cap(toks[1]) or toks[1].lower_ in LEX.region_offices) or len(toks) > 2 and toks[0].lower_ == "state" \
        and toks[-1].lower_ == "minister" and all(t.lower_ in LEX.title_modifiers for t in toks[1:-1])  # "state tourism
    # minister X": a state's (not "State Minister for Foreign Affairs", a country's junior minister)
    toks = toks[statewide:]
    statewide = statewide or len(toks) > 1 and toks[0].lower_ == "state" and toks[1].lower_ in STATE_SEATS  # "State Senator"
    cleaned = (single, False, "") if single else clean_title(toks)
    if not cleaned:
        return None
    title, former, written = cleaned
    if org is None and (title.lower() in INFORMAL or title.lower().split()[-1] in ("member", "holder") and not
                        title.lower().startswith(("cabinet member", "portfolio holder")) and single not in PLURAL_MEMBERS):
        return None  # "Rowing chief X", "the only new member", "record holder": no post (but "board members A and B")
    kind = title.lower().split()
    if kind[-1] == "leader" and (len(kind) == 2 and kind[0] in DESCRIBED_LEADERS or len(kind) == 1 and org is not None
                                 and ctx.label(org).lower() in DESCRIBED_LEADERS):
        return None  # "X, the first foreign leader to call", "Community leader X": a description, not a post
    at, low = places(ctx), title.lower()
    if org is not None and toks and toks[0].i and ctx.res.key_at(toks[0].i - 1) == org and macro_region(ctx, org):
        org = None  # "Africa Director X": the part of the world a post covers, not where it is held (but "Minister
        # for Africa" is placed there when the text says no more)
    if org is not None and council_post(low.split()) and low.split()[-1] != "leader" and not seat_of_council(ctx, org):
        org = None  # "Fine Gael Councillor X", "Independent Councillor Y": a party, not where the seat is
    if org is not None and bare_chamber(ctx, org) and at.legislating_state:  # "Senate Majority Leader X" in Minnesota's story:
        house = ctx.label(org).removeprefix("the ")  # the state's, the chamber
        title = title if low.startswith(house.lower()[:5]) else f"{house} {title}"  # in the title (not "Senate Senator")
        org, low = at.legislating_state, title.lower()
    ranked = low.startswith(("senior ", "executive ", "managing ", "associate vice "))  # "senior vice president": a company's rank
    words = re.sub(r"-(?:elect|designate)\b", "", low).split()  # "President-elect": a president's office
    office = bare_post(low)
    own_office = LEX.office_countries.get(office) if not at.region and at.focus_code not in LEX.office_sharers.get(
        office, ()) else None  # "Treasury Secretary X" (not a state's "Secretary of State", nor a British one)
    national = (any(w in words for w in LEX.national_offices) or portfolio_secretary(words) or own_office
                or low.endswith(("head of state", "head of government"))) and not ranked
    regional, civic = (any(p in low for p in offices) for offices in (LEX.region_offices, LEX.city_offices))
    national = national and not any(" " in p and p in low for p in LEX.region_offices)  # "Chief Minister X": a
    # state's, though "minister" is a country's word (but a "Presidential Councillor" is a country's)
    local = council_written(toks) or words[:2] in (["cabinet", "member"], ["portfolio", "holder"])  # "council deputy leader": a local post
    provincial = bool(toks) and "provincial" in (toks[0].lower_, toks[0].nbor(-1).lower_ if toks[0].i else "")
    # "Provincial Minister X", "Provincial Ministers X and Y": a province's post
    regional, civic = regional or statewide or local or provincial, civic or local
    national = national and not provincial and not statewide  # "state tourism minister X": the state's
    if (re.search(r"\b(?:attorney|solicitor|prosecutor)[- ]general$|\bdirector of public prosecutions$", low)
            or "chief justice" in low or re.search(r"inspector[- ]general of police", low)) \
            and (not (regional or at.region) or words[0] == "national" or federal(toks)):
        national = True  # a country's attorney general, chief prosecutor, chief justice or police chief, where the
        # story names no state or the title says so ("National Director of Public Prosecutions")
    if words[-1] == "premier" and at.premier_states:
        national, regional = False, True  # "Premier X" of a Canadian province, an Australian state
    if "governor general" in low or "governor-general" in low or re.search(r" to the (?:government|president|cabinet)\b", low):
        national, regional = True, False  # a Commonwealth realm's; "Chief Secretary to the Government"
    if org is None and (bracketed := bracketed_place(ctx, person, anchor)):
        org, rule = bracketed, rule + "+org-from-bracket"
    elif org is None and at.region and toks and toks[0].i > 1 and toks[0].nbor(-1).text in POSSESSIVE \
            and toks[0].nbor(-2).lower_ in ("state", "province") and toks[0].nbor(-2).is_lower:
        org, rule = at.region, rule + "+org-from-article-state"  # "the state's Commissioner for Works X"
    elif org is None and (office := office_body(ctx, words)):
        org, rule = office, rule + "+org-from-article-office"  # "Chief Election Commissioner X" of the one
        # "... Election Commission" the story names
    elif org is None and toks and toks[0].i and (lead := toks[0] if len(toks) > 1 and toks[0].lower_ in LEX.org_heads
                                                  else toks[0].nbor(-1)).is_title and lead.lower_ in LEX.org_heads \
            and ctx.res.key_at(lead.i) is None and (body := sole_named(ctx, lead.lower_)) \
            and ctx.label(body).split()[-1].lower() == lead.lower_ \
            and ctx.res.first(body) < anchor.sent.start:  # named in a sentence before
        # (not "Union President X said the African Union summit ...")
        org, rule = body, rule + "+org-from-article-body"  # "Council President X" of the one "... Council" named
    elif org is None and words[:2] in (["european", "commissioner"], ["eu", "commissioner"]) \
            and (commission := next((e.key for e in ctx.entities if e.label.lower() == "european commission"), None)):
        org, rule = commission, rule + "+org-from-article-commission"  # "the European Commissioner for Trade X"
    elif org is None and at.company and (bare_post(low).startswith(LEX.corporate_titles) or ranked):
        org, rule = at.company, rule + "+org-from-article-company"
    elif org is None and words[-1] == "premier" and len(at.premier_states) == 1 \
            and sum("premier" in words for words in ctx.coref.titled.values()) == 1:
        org, rule = next(iter(at.premier_states)), rule + "+org-from-article-premier-state"  # "New Brunswick ... Saint John ...
        # premier X": the one province a premier leads, in a story of one premier
    elif org is None and words[-1] == "premier" and (state := state_of_demonym(ctx)):
        org, rule = state, rule + "+org-from-article-demonym"  # "the Victorian election ... the Premier X"
    elif org is None and (local or council_post(words)) and (council := sole_council(ctx)):
        org, rule = council, rule + "+org-from-article-council"  # the one council the story names
    elif org is None and words[-1] in ACADEMIC and (university := sole_named(ctx, "university")):
        org, rule = university, rule + "+org-from-article-university"  # "Chancellor X" at the one university
    elif org is None and single and words[-1] == "judge" and (court := sole_named(ctx, "court")) \
            and ctx.res.first(court) < anchor.i:
        org, rule = court, rule + "+org-from-article-court"  # "judges of the High Court ... the new judges include
        # A and B": the one court the story named before (not the Supreme Court a lawyer will appeal to)
    elif org is None and words[-1] in ("bishop", "archbishop") and (see := sole_named(ctx, "diocese", "archdiocese")):
        org, rule = see, rule + "+org-from-article-diocese"  # "Archbishop X" of the one diocese the story names
    elif org is None and ("police" in words or words == ["igp"] or words == ["inspector", "general"] and any(
            ctx.type_at(t.i) == "Organization" and "police" in ctx.doc[ctx.res.start_of(t.i):ctx.res.end_of(t.i)].text.lower()
            for t in anchor.sent)) and (force := sole_named(ctx, "police")) \
            and ctx.label(force).lower().split()[-1] in FORCES:  # "Inspector General X ... in the National
        # Police Service", named in the same sentence
        org, rule = force, rule + "+org-from-article-police"  # "Police Commissioner X ... the Kessly Police Service"
    elif org is None and (words[-1] == "sheriff" or words[0] == "county" or words[-2:] == ["district", "attorney"]) \
            and (county := sole_named(ctx, "county", kind="Place")) \
            and (words[0] == "county" or sum(len(e.mentions) for e in ctx.entities if e.key == county) > 1):
        org, rule = county, rule + "+org-from-article-county"  # "Sheriff X", "County Manager X", "District Attorney
        # X" of the one county named
    elif org is None and not (regional or civic or national) and (board := board_of(ctx, words[-1])):
        org, rule = board, rule + "+org-from-article-board"  # "Regent X" of the one "Board of Regents" named
    elif org is None and (house := chamber(ctx, low)) and (seat := bare_chamber(ctx, house) and at.legislating_state):
        org, rule = seat, rule + "+org-from-chamber-polity"  # "Sen. X ... the Senate" in Texas's story: Texas's
    elif org is None and (house := chamber(ctx, low)):
        org, rule = house, rule + "+org-from-chamber"
    elif org is None and national and (called := described_as(ctx).get((person, title_head(title)))):
        org, rule = country_entity(ctx, *called), rule + "+org-from-description"  # "... said the Romanian minister"
    elif org is None and national and words[-1] == "president" and (elected := republic(ctx, at.focus_country, anchor)):
        org, rule = elected, rule + "+org-from-article-republic"  # "President X" in a story set in a sultanate
    elif org is None and national and words[-1] in CROWNS and (crown := monarchy(ctx, at.focus_country)):
        org, rule = crown, rule + "+org-from-article-monarchy"  # "King X" in a story set in a republic
    elif org is None and national and not any(w in low for w in UNION_ONLY) and (nation := at.devolved_nation):
        org, rule = nation, rule + "+org-from-article-nation"
    elif org is None and national and not any(w in low for w in UNION_ONLY) and (cabinet := at.devolved_cabinet):
        org, rule = cabinet, rule + "+org-from-article-cabinet"  # "Culture Secretary X" in a story of the
        # Scottish Government's that names no country
    elif org is None and national and (own := own_office or next((c for w in words if (c := LEX.office_countries.get(w))),
                                                                  None)):
        org, rule = country_entity(ctx, own, anchor), rule + "+org-of-office"  # "Taoiseach X": Ireland's
    elif org is None and national and at.focus_country:
        org, rule = at.focus_country, rule + "+org-from-article-country"
    elif org is None and national and ("prime" in low or federal(toks)) and (nation := at.state_nation):
        org, rule = nation, rule + "+org-from-article-states"  # "Tasmania ... Prime Minister X": Australia
    elif org is None and national and at.provincial and not any(w in low for w in at.national_only) \
            and not federal(toks):  # "Union Minister X": India's
        org, rule = at.provincial, rule + "+org-from-article-state"  # a province's cabinet under its premier
    elif org is None and (regional or civic) and (framed := framing_place(ctx, anchor)):
        org, rule = framed, rule + "+org-from-sentence-place"
    elif org is None and at.region and (regional or statewide_office(words) and statewide_list(anchor)):
        org, rule = at.region, rule + "+org-from-article-state"  # "Governor X", "Insurance Commissioner Y"
    elif org is None and regional and not civic and at.lone_region:
        org, rule = at.lone_region, rule + "+org-from-article-state"  # the one state a city's story names
    elif org is None and regional and not civic and not at.country and (inner := at.inner_region):
        org, rule = inner, rule + "+org-from-names-state"  # "Governor X ... Texas Tech ... Texas A&M": Texas
    elif org is None and regional and len(named := {e.key: code for e in ctx.entities if e.type == "Place"
                                                     and (code := country_of(e))}) == 1 \
            and not has_subdivisions(next(iter(named.values()))):
        org, rule = next(iter(named)), rule + "+org-from-article-territory"  # "Chief Minister X" of Gibraltar
    elif org is None and civic and "mayor" in words and (residents := at.residents_city):
        org, rule = residents, rule + "+org-from-article-residents"  # "Mayor X ... Aucklanders": Auckland
    elif org is None and at.city and civic:
        org, rule = at.city, rule + "+org-from-article-city"
    elif org is None and "mayor" in words and len(runs := {e.key for e in ctx.entities if e.type == "Organization"
                                                        and municipality_of(e.label)}) == 1:
        org, rule = city_of_municipality(ctx, runs.pop()), rule + "+org-from-article-municipality"
        # "Mayor X ... the City of Tampere": Tampere
    elif org is None and at.focus and not national and not ranked and any(p in low for p in LEX.public_offices) \
            and not (civic and any(e.key == at.focus and country_of(e) and not is_city(e.label) for e in ctx.entities)):
        org, rule = at.focus, rule + "+org-from-article-focus"  # (a mayor's office is no country's, but Singapore's)
    if org is not None and "mayor" in words and municipality_of(ctx.label(org)):
        org, rule = city_of_municipality(ctx, org), rule + "+city-of-municipality"  # "Mayor of the City of Tampere"
    if org is not None and council_post(words) and ctx.types.get(org) == "Place" and (council := council_of(ctx, org, words)):
        org, rule = council, rule + "+council-of-place"  # "Cork City councillor X ... Cork City Council"
    return Role(person, title, org, former, evidence(anchor, rule), written)


def city_of_municipality(ctx: Context, body: str) -> str:
    """Where a municipality's mayor holds office: the city it runs ("the City of Tampere ...
    in Tampere": Tampere), an entity of the article named where the body's name names it; the
    body when the text names the city only in the body's name."""
    city = municipality_of(ctx.label(body))
    text = text_of_doc(ctx.doc)
    if not any(not text.endswith(" of ", 0, m.start()) for m in whole_word(city).finditer(text)):
        return body
    start = ctx.res.first(body)
    at = next((t for t in ctx.tokens[start:] if t.text == city.split()[0]), ctx.tokens[start])
    return ctx.entity_named(city, EntityType.PLACE, at)


def federal(toks: list[Token]) -> bool:
    """A title said to be the union's ("Federal agriculture minister X", "Union Minister X")."""
    return bool(toks) and (toks[0].lower_ in FEDERAL or bool(toks[0].i) and toks[0].nbor(-1).lower_ in FEDERAL)


def statewide_office(words: list[str]) -> bool:
    """A state's elected officer besides its governor: "Attorney General", "Secretary of
    State", "Insurance Commissioner", "schools Superintendent", "Treasurer"."""
    return (words[-2:] in (["attorney", "general"], ["of", "state"]) or words[-1] in STATEWIDE) \
        and not LOCAL_SERVICES.intersection(words)  # not "Police Commissioner", "district superintendent"


def statewide_list(anchor: Token) -> bool:
    """Whether the sentence names a state's officers together ("Taking office were Lt. Gov. A,
    Attorney General B, Secretary of State C"): not a lone "Secretary of State X" beside the
    governor, a league's commissioner or a campaign's treasurer."""
    return len(STATEWIDE_TITLES.findall(anchor.sent.text)) > 1


STATEWIDE_TITLES = re.compile(r"\b(?:Attorney General|Secretary of State|Treasurer|Comptroller|Auditor|Superintendent|"
                              r"Commissioner|Lt\. Gov\.|Lieutenant Governor)\b")
STATEWIDE = frozenset({"commissioner", "superintendent", "treasurer", "comptroller", "auditor"})
LOCAL_SERVICES = frozenset({"police", "county", "city", "district", "fire", "transit", "port", "parks"})
STATEHOUSE = re.compile(r"\b(?:[Ll]egislature|[Ll]egislative|[Gg]eneral [Aa]ssembly|[Ss]tatehouse|state (?:Senate|House|"
                        r"senators?|representatives?|lawmakers)|(?:House|Senate) Bill \d+)\b")  # a state's legislature
MEMBERS_OF_CONGRESS = frozenset({"sen.", "senator", "rep.", "representative", "congressman", "congresswoman"})
CONGRESS = re.compile(r"\b(?:Congress|U\.?S\.? (?:Senate|House)|federal|Capitol Hill|Washington|congressional)\b")
FEDERAL = frozenset({"union", "federal", "central"})  # "Union Minister X", "the central government"
NATIONAL_ONLY = ("prime", "president", "chancellor", "federal", "defence", "defense", "external", "foreign", "interior",
                 "finance")  # portfolios a state's cabinet has none of (or names with the state)
CROWNS = frozenset({"king", "queen", "prince", "princess", "emir", "sultan"})
MEMBERS = frozenset({"senator", "member", "councillor", "councilor", "congressman", "congresswoman",
                     "assemblyman", "assemblywoman", "legislator", "candidate"})  # who sits for a place
DEVOLVED_GOVERNMENT = re.compile(r"\b(?:Scottish|Welsh) (?:Government|Parliament|Executive|(?:\w+ ){0,2}(?:Minister|Secretary))\b"
                                r"|\bHolyrood\b|\bSenedd\b|\bStormont\b|\bNorthern Ireland Executive\b|\bFirst Minister\b",
                                re.I)  # "the Scottish Government", "SCOTTISH Health Minister"
DEVOLVED = {"Scotland": ("Scottish",), "Wales": ("Welsh",), "Northern Ireland": ()}  # nations with their own cabinets
DEVOLVED_CABINET = re.compile(r"(?:the )?(?:Scottish|Welsh) Government|(?:the )?Northern Ireland Executive", re.I)
UNION_ONLY = ("prime", "president", "chancellor", "defence", "defense", "foreign", "king", "queen", "home secretary")
STYLES = ("kingdom", "emirate", "sultanate", "principality")


def monarchy(ctx: Context, focus: str | None) -> str | None:
    """Where a king or a crown prince reigns when the article's country is a republic: the
    one country the article names whose official name makes it a kingdom, an emirate or a
    sultanate (a Saudi envoy's story set in Pakistan)."""
    styled = lambda e: (code := country_of(e)) and any(is_styled(code, w) for w in STYLES)  # noqa: E731
    if focus is None or any(styled(e) for e in ctx.entities if e.key == focus):
        return None
    crowns = {e.key for e in ctx.entities if e.type == "Place" and styled(e)}
    return crowns.pop() if len(crowns) == 1 else None


def named_countries(ctx: Context) -> dict[str, int]:
    """The countries the article names (their entities' keys), with how many times it names each."""
    return {e.key: len(e.mentions) for e in ctx.entities if e.type == "Place" and country_of(e)}


def republic(ctx: Context, focus: str | None, anchor: Token) -> str | None:
    """Where a president holds office when the article's country is ruled by a monarch (its
    official name a kingdom or sultanate, not the Emirates' federation, or its ruler named:
    "Sultan X of Brunei"): the other country the article names most, when it is named around
    the president (and the monarchy is not named after the president in the sentence)."""
    home = next((e for e in ctx.entities if e.key == focus), None)
    code = country_of(home) if home is not None else None
    if code is None:
        return None
    names = "|".join(re.escape(n) for n in (home.label, *home.aliases))
    ruled = any(is_styled(code, w) for w in ("kingdom", "sultanate", "principality")) or re.search(
        rf"\b(?:King|Queen|Sultan|Emir|Amir)\b[^.,;\n]{{0,40}}?\bof (?:{names})\b", text_of_doc(ctx.doc))
    others = sorted(((n, key) for key, n in named_countries(ctx).items() if key != focus), reverse=True)
    if not ruled or not others or (len(others) > 1 and others[1][0] == others[0][0]):
        return None
    sents = list(ctx.doc.sents)
    k = next(i for i, sent in enumerate(sents) if sent.start <= anchor.i < sent.end)
    near = {key for s, _e, key, _n in ctx.res.spans
            if sents[max(0, k - 1)].start <= s < sents[min(len(sents) - 1, k + 1)].end}
    after = {key for s, _e, key, _n in ctx.res.spans if anchor.i < s < sents[k].end}  # "President X said Spain would"
    return others[0][1] if others[0][1] in near and focus not in after else None


def council_of(ctx: Context, place: str, title: list[str]) -> str | None:
    """The one council the article names after this place ("Cork City" or "Cork": "Cork
    City Council"), if one, and not of another kind than the title says ("Galway city
    councillor" sits on no "Galway County Council")."""
    names = {n.lower() for e in ctx.entities if e.key == place for n in (e.label, *e.aliases)}
    kinds = {w for n in names for w in n.split() if w in LOCAL} | {w for w in title if w in LOCAL}
    names |= {n.removesuffix(" city") for n in names}
    found = {e.key for e in ctx.entities if council_place(e).lower() in names
             and not (kinds and kinds.isdisjoint(e.label.lower().split()))}
    return found.pop() if len(found) == 1 else None


def title_head(title: str) -> str:
    """The head noun of a title: its last title-head word ("minister" of "Minister for Trade")."""
    words = title.lower().split()
    return next((w for w in reversed(words) if w in LEX.title_single_heads), words[-1])


def described_as(ctx: Context) -> dict[tuple[str, str], tuple[str, Token]]:
    """"X ... said the Romanian minister", "He is the first US president to ...": the country
    a person's title is given later with a demonym or the country's name, by (person, title
    head); the person is the one named before with that title (none if two are)."""
    def build(ctx: Context) -> dict:
        found, coref = {}, ctx.coref
        named = {e.key: code for e in ctx.entities if e.type == "Place" and (code := country_of(e))}
        for t in ctx.tokens:
            low = t.lower_
            owner = next((c for c in t.children if c.dep_ == "poss" and named.get(ctx.res.key_at(c.i))), None)
            if low in SOLE_HEADS and owner is not None and not ctx.res.key_at(t.i) \
                    and ctx.type_at(t.i + 1 if t.i + 1 < len(ctx.doc) else t.i) != "Person" \
                    and len(holders := {k for k, words in coref.titled.items() if low in words}) == 1:
                found.setdefault((holders.pop(), low), (named[ctx.res.key_at(owner.i)], owner))  # "Kuwait's Emir said
                continue  # ... Emir X told the conference": the one emir the story names is Kuwait's
            if low not in LEX.title_single_heads or ctx.res.key_at(t.i) or not any(
                    c.lower_ == "the" for c in t.lefts):
                continue
            demonym = next((c for c in t.lefts if c.dep_ in ("amod", "compound") and (  # "He is the first US president"
                nation_code(c) or t.dep_ == "attr" and named.get(ctx.res.key_at(c.i)))), None)
            titled = {k for _s, _e, k in coref.before(t.i, "Person") if low in coref.titled.get(k, ())} \
                if demonym is not None else set()
            who = titled.pop() if len(titled) == 1 else None  # not one of two ministers named before
            if who:
                found.setdefault((who, low), (nation_code(demonym) or named[ctx.res.key_at(demonym.i)], demonym))
        return found
    return ctx.once("role.described-as", build)


SOLE_HEADS = frozenset({"emir", "amir", "king", "queen", "sultan", "president", "premier"})  # one per country
ACADEMIC = frozenset({"chancellor", "vice-chancellor", "provost", "rector", "registrar", "dean"})


def board_of(ctx: Context, head: str) -> str | None:
    """The one board the text names after the holders of this title: "Board of Regents" for
    a regent, "Board of Trustees" for a trustee (not "a meeting of Foreign Affairs Ministers",
    nor "the Lincoln County Commissioners" for "Commissioner X said the NFL ...")."""
    members = head[:-3] + "men" if head.endswith("man") else head + "s"  # "regents", "aldermen"
    found = {e.key for e in ctx.entities if e.type == "Organization" for words in [e.label.lower().split()]
             for k in range(2, len(words)) if words[k] == members and words[k - 2:k] == ["board", "of"]}
    return found.pop() if len(found) == 1 else None


FORCES = frozenset({"police", "service", "force", "department", "constabulary", "commission"})  # a force's name
# ends so (not "Police Staff College")


def sole_named(ctx: Context, *words: str, kind: str = "Organization") -> str | None:
    """The one organization (or place) whose name has one of these words ("the Kessly
    Police Service"), if one."""
    found = [e for e in ctx.entities if e.type == kind and set(words) & set(e.label.lower().split())]
    found = [e.key for e in found if not any(e.label.endswith(" of the " + o.label) for o in found)]
    return found[0] if len(found) == 1 else None  # not "Governing Council of the [University of X]"


def seat_of_council(ctx: Context, org: str) -> bool:
    """Whether a councillor's organization is where a council sits (a council, a ward, a place
    a gazetteer knows), not a party."""
    e = next(e for e in ctx.entities if e.key == org)
    words = {w for n in (e.label, *e.aliases) for w in n.lower().split()}
    return bool(words & (LOCAL | BOARDS | {"ward", "parish"})) or e.type == "Place" and any(
        is_place_name(n) for n in (e.label, *e.aliases))


def council_post(words: list[str]) -> bool:
    """A post of the council a story is about: a councillor, its (deputy) leader."""
    return words[-1] in ("councillor", "councilor", "councilwoman", "councilman", "councilmember", "alderman",
                         "alderwoman") or words in (["leader"], ["deputy", "leader"]) or words[-2:] == ["council", "member"]


def council_written(toks: list[Token]) -> bool:
    """A title written after "council" ("council deputy leader", "the council's treasurer")."""
    if not toks:  # a plural title's single form, its words all qualifiers ("former Governors A and B")
        return False
    doc, i = toks[0].doc, toks[0].i
    return bool(i and doc[i - 1].lower_ == "council" or i > 1 and doc[i - 1].lower_ in ("'s", "’s")
                and doc[i - 2].lower_ == "council")


def sole_council(ctx: Context) -> str | None:
    """The one local council the article names ("Galway County Council", "Leeds City
    Council": a place's), if one."""
    councils = [e.key for e in ctx.entities if (place := council_place(e)) and (is_city(place) or is_subdivision(place))]
    if not councils:  # "the City Council", "the County Council": the one a story of one place names by its kind
        councils = [e.key for e in ctx.entities if e.type == "Organization" and e.label.split()[-1] == "Council"
                    and all(w.lower() in LOCAL for w in e.label.split()[:-1])]
    return councils[0] if len(councils) == 1 else None


def council_place(e: Entity) -> str:
    """The place a council is named after, without "City" or "County" ("Galway" of "Galway
    County Council"); "" for what is no council's name."""
    words = e.label.split()
    if e.type != "Organization" or len(words) < 2 or words[-1] != "Council":
        return ""
    return " ".join(w for w in words[:-1] if w.lower() not in LOCAL)


LOCAL = frozenset({"county", "city", "borough", "district", "town", "municipal", "metropolitan", "regional", "shire"})


def bracketed_place(ctx: Context, person: str, anchor: Token) -> str | None:
    """"Ambassador Ada Obi (Zambia)", "Governor Tom Hale (Nyamira)": a place in brackets
    right after the person's name in the sentence."""
    sent = anchor.sent
    for start, end, key, _nested in ctx.res.spans:
        if key == person and sent.start <= start < sent.end and end + 2 < len(ctx.doc) \
                and ctx.doc[end].text == "(" and ctx.doc[end + 2].text == ")":
            place = ctx.res.key_at(end + 1)
            return place if ctx.types.get(place) == "Place" else None
    return None


def chamber(ctx: Context, title: str) -> str | None:
    """The chamber a legislator sits in, when the article names it bare ("the Senate" for
    a senator), and one only."""
    head = LEX.chambers.get(title) or LEX.chambers.get(title.split()[-1])
    heads = {head} if head else LEGISLATURES if {"majority", "minority"} & set(title.split()) else set()
    found = {e.key for e in ctx.entities if heads and e.type == "Organization"  # "the Senate", not "European Parliament"
             and any(n.lower().removeprefix("the ") in heads for n in (e.label, *e.aliases))}
    return found.pop() if len(found) == 1 else None  # "The majority leader, X, said the Senate would vote"


def bare_chamber(ctx: Context, key: str) -> bool:
    """"the Senate", "the House": a chamber named by its kind alone, the place's it sits for."""
    return any(e.label.lower().removeprefix("the ") in LEGISLATURES for e in ctx.entities if e.key == key)


LEGISLATURES = frozenset({"senate", "house", "assembly", "legislature", "parliament"})


INFORMAL = frozenset({"chief", "head", "boss", "leader", "flagbearer", "economist", "analyst", "strategist"})
# (and a profession: "economist X", but "X, chief economist at Acme")
DESCRIBED_LEADERS = frozenset({"foreign", "world", "business", "community", "religious", "civic", "industry", "global",
                               "faith", "church", "student", "civil"})  # leaders by kind, not by post


def portfolio_secretary(words: list[str]) -> bool:
    """"Energy Secretary", "Foreign Affairs Adviser": a secretary or adviser of a government
    portfolio, not a "General", "Press" or "Company Secretary", nor a "Special Adviser"."""
    return len(words) > 1 and words[-1] in ("secretary", "adviser", "advisor") and words[-2] in LEX.title_modifiers \
        and words[-2] not in SECRETARIES


SECRETARIES = frozenset({"general", "executive", "press", "private", "permanent", "principal", "joint", "assistant",
                         "deputy", "associate", "company", "party", "parliamentary", "honorary", "senior", "acting",
                         "interim", "former", "outgoing", "incoming", "founding", "first", "chief", "special", "lead"})


def framing_place(ctx: Context, anchor: Token) -> str | None:
    """"In Owerri, Governor Ada Obi ...": a state or city the sentence opens with, or the
    heading of its section ("Manitoba" on a line of its own): a round-up of many states
    names each one so."""
    sent = anchor.sent
    first = sent[0]
    if first.lower_ != "in" or len(sent) < 4:
        return next((key for i, key in reversed(section_places(ctx)) if i < sent.start), None)
    key = ctx.res.key_at(first.i + 1)
    k = min(ctx.res.end_of(first.i + 1), sent.end)
    if key is None or k >= sent.end or ctx.doc[k].text != "," or ctx.types.get(key) != "Place":
        return None
    names = [e for e in ctx.entities if e.key == key]
    return key if names and not country_of(names[0]) else None


def section_places(ctx: Context) -> list[tuple[int, str]]:
    """The places that head sections: a line that is only a state's or city's name."""
    def build(ctx: Context) -> list[tuple[int, str]]:
        text, found, kinds = text_of_doc(ctx.doc), [], {e.key: e for e in ctx.entities}
        for start, end, key, _nested in ctx.res.spans:
            place = kinds.get(key)
            if place is not None and place.type == "Place" and not country_of(place) \
                    and line_at(text, ctx.doc[start].idx).strip() == ctx.doc[start:end].text:
                found.append((start, key))
        return found
    return ctx.once("role.section-places", build)


def qualifiers(ctx: Context, toks: list[Token], org: str | None) -> tuple[list[Token], str | None]:
    """Words of a title phrase that say where the post is held rather than what it is:
    a demonym ("the German finance minister": Germany, made an entity if the text
    does not name it) or a party's adjective ("the Conservative leader": the
    Conservatives, when the article names the party)."""
    keep, portfolio = [], False
    for t in toks:
        if in_demonym(t) and t.pos_ in ("ADJ", "PROPN", "NOUN"):
            if org is None and (code := demonym_code(t)):  # "Sri Lankan": at its last word
                org = country_entity(ctx, code, t)
            continue
        portfolio = portfolio or t.lower_ in ("of", "for")
        listed = portfolio and (t.lower_ in LEX.title_modifiers or t.i + 1 < len(t.doc) and t.nbor().lower_ in ("and", "&"))
        party = party_named(ctx, t) if t.is_title and not is_title_word(t) and not listed else None  # not "Minister
        # of Labour and Employment", "Minister for Power": portfolios
        if party:
            org = org or party
            continue
        keep.append(t)
    return keep, org


def party_named(ctx: Context, tok: Token) -> str | None:
    """An organization whose name starts with this adjective ("Conservative" ->
    "Conservatives", "Conservative Party", "Tory" -> "Tories")."""
    low = tok.lower_
    stems = (low, low[:-1] + "ie") if low.endswith("y") else (low,)  # "Tory" -> "Tories"
    for e in ctx.entities:
        if e.type == "Organization" and any(n.lower().split()[0].startswith(stems) and len(n) - len(low) <= 6
                                            for n in (e.label, *e.aliases)):
            return e.key
    return None


def bare_party(ctx: Context, tok: Token) -> bool:
    """"Party" alone before a title ("Party chief in Guangdong", "Party secretary X"): the post
    of the party's committee where it sits, not the party's own."""
    return tok.text == "Party" and ctx.res.start_of(tok.i) == tok.i and ctx.res.end_of(tok.i) == tok.i + 1


def named_generic(ctx: Context, noun: Token) -> str | None:
    """The organization named beside a common noun for a body (or any common noun, not a title),
    set off from the words after it ("Texas-based supermarket chain Kessly Foods", "Japan's
    biggest bank, Mizuho,", "Milan consultancy InterCorporate"), if so."""
    if noun.lemma_.lower() not in LEX.generic_org_nouns and noun.lower_ not in LEX.org_heads and not (
            noun.pos_ == "NOUN" and noun.is_lower and not is_title_noun(noun)):
        return None
    named = [a for a in noun.children if a.dep_ == "appos"]
    if noun.i + 2 < len(noun.doc) and noun.nbor().text == ",":
        named.append(noun.nbor(2))  # parsed as the apposition of another word
    doc = noun.doc
    return next((k for a in named if ctx.types.get(k := org_ref(ctx, a)) == "Organization"
                 and (end := ctx.res.end_of(a.i)) < len(doc) and doc[end].is_punct), None)  # set off, not "..., Reuters
    # reported"


def org_ref(ctx: Context, tok: Token) -> str | None:
    """The organization or place a token names or refers to ("the company's", "its")."""
    key = org_at(ctx, tok.i) or ctx.coref.entity_of(tok)
    return key if ctx.types.get(key) in ("Organization", "Place") else None


ADVISERS = frozenset({"adviser", "advisor", "consultant", "counsel"})


def macro_region(ctx: Context, key: str) -> bool:
    """An entity named as a part of the world larger than a country ("Middle East & Africa")."""
    return is_world_region(ctx.label(key))


def world_region(ctx: Context, key: str | None) -> bool:
    """A place that is no country, state or city: a part of the world ("the Middle East",
    "Central Asia", "Africa") a post covers."""
    e = next((e for e in ctx.entities if e.key == key), None)
    return e is not None and e.type == "Place" and not any(country_code(n) or is_place_name(n) for n in (e.label, *e.aliases))


def board_kind(head: Token) -> Token | None:
    """"Chairman of the Board of [Directors]": the kind of board a title's of-phrase names."""
    return next((k for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for b in c.children
                 if b.dep_ == "pobj" and b.text == "Board" and not any(x.dep_ == "poss" for x in b.children)
                 for d in b.children if d.dep_ == "prep" and d.lower_ == "of"
                 for k in d.children if k.dep_ == "pobj" and k.lower_ in BOARD_KINDS), None)


def np_org(ctx: Context, head: Token, preps: tuple[str, ...] = ("of", "at", "for", "in")) -> str | None:
    """Where a title noun phrase says its post is held: a possessive, an of/at/for
    phrase (an adviser's to-phrase), a name compounded with it, else an in-phrase."""
    if head.lower_ in ADVISERS or head.lower_ == "secretary":
        preps = (*preps, "to")  # "Adviser to the Ministry of Health", "secretary to the board"
    if (kind := board_kind(head)) is not None:  # "Chairman of the Board of Directors of Acme": Acme's
        return next((org_ref(ctx, g) for x in (kind, kind.head.head) for c in x.children if c.dep_ == "prep"
                     and c.lower_ == "of" and c.i > kind.i for g in c.children if g.dep_ == "pobj" and org_ref(ctx, g)),
                    None)
    located = None  # "in Lima": where the post is, if no organization is named
    general = [g for c in head.rights if c.i == head.i + 1 and c.dep_ == "amod" and is_title_word(c)
               for g in c.children]  # "director general of X", parsed with X under "general"
    for c in [*head.children, *general]:
        if c.dep_ == "prep" and (second_post_before(head, c) or named_before_second(ctx, head, c)):
            continue  # "Minister of Health and Chair [of the Board]": the second title's (not "President and CEO of X")
        if c.dep_ == "poss" and org_ref(ctx, c):
            return org_ref(ctx, c)
        if c.dep_ == "prep" and c.lower_ == "with" and c.i == head.i + 1:  # "general director with Acme Vietnam"
            body = next((k for p in c.children if p.dep_ == "pobj" and (k := org_ref(ctx, p))), None)
            if ctx.types.get(body) == "Organization":
                return body
        if c.dep_ == "prep" and c.lower_ in preps:
            for p in c.children:
                if p.dep_ == "pobj" and (named := named_generic(ctx, p)):
                    return named  # "chief executive of Germany's largest arms maker, Kessly": the maker named
                if p.dep_ == "pobj" and (ref := org_ref(ctx, p)):
                    if c.lower_ in ("for", "in") and ctx.types.get(ref) == "Place" \
                            and head.lower_ not in LEX.seat_titles and head.lower_ not in MEMBERS and (body := next(
                                # not "the Labour MP for X", "ODM Senator for Kisumu"
                            (k for x in head.lefts if x.dep_ in ("compound", "nmod") and not bare_party(ctx, x)
                             and ctx.types.get(k := org_at(ctx, x.i)) == "Organization"), None)):
                        return body  # "WHO Regional Director for Africa": the WHO's post, for a region
                    region = c.lower_ == "for" and world_region(ctx, ref) or c.lower_ == "of" and macro_region(ctx, ref)
                    # "head of Asia Pacific at X" too
                    inner = np_org(ctx, p, ("at", "of")) if region else None
                    if inner == ref and macro_region(ctx, ref):
                        inner = None  # not "Latin America" again for "for Latin America" (but "the MP for Kessly North")
                    if region and (deeper := inner or next(
                            (k for x in head.children if x.dep_ == "prep" and x.lower_ in ("at", "of") and x.i > c.i
                             for g in x.children if g.dep_ == "pobj" and (k := org_ref(ctx, g))), None)):
                        return deeper  # "Director for Africa at the World Bank": the bank's, for a region
                    if region and head.lower_ not in LEX.portfolio_titles \
                            and head.lower_ not in ("envoy", "commissioner", "ambassador", "representative"):
                        continue  # "the IMF's Director for the Middle East" (but "Minister for Africa" is one's own)
                    if c.lower_ != "in":
                        return ref
                    located = located or ref
                if p.dep_ == "pobj" and c.lower_ in ("of", "for"):  # "head of veteran affairs at Acme",
                    deeper = np_org(ctx, p, ("at", "in") if c.lower_ == "of" else ("of",))  # "MHA for the district of X"
                    if deeper:
                        return deeper
    lefts = [*head.lefts, *(g for c in head.lefts if c.dep_ == "compound" and is_title_word(c) for g in c.lefts)]
    for c in lefts:  # "the Red Cross representative in Lima": the Red Cross; "IFRC secretary general"
        if bare_party(ctx, c):
            continue
        if c.dep_ in ("compound", "nmod") and org_at(ctx, c.i) and (
                located is None or ctx.types.get(org_at(ctx, c.i)) == "Organization"):
            return org_at(ctx, c.i)
    kind = next((c for c in head.lefts if c.dep_ == "compound" and c.i == head.i - 1), None)
    return located or (body_named_before(ctx, kind) if kind is not None else None)


def second_post_before(title: Token, prep: Token) -> bool:
    """"Minister of Health and Chair [of the Board]": a second title, after the first's own
    of-phrase, comes before the phrase; it is the second's."""
    return any(x.dep_ == "conj" and is_title_head(x) and any(p.dep_ == "prep" and p.i < x.i for p in title.children)
               for x in title.doc[title.i + 1:prep.i])


def named_before_second(ctx: Context, title: Token, prep: Token) -> bool:
    """"the African Union chairman and president of X": a title whose body is named before
    it leaves the of-phrase after a second title to that title (not a place's: "the Ekiti
    State chairman and caretaker chairman of the APC")."""
    return any(x.dep_ == "conj" and is_title_head(x) for x in title.doc[title.i + 1:prep.i]) \
        and any(c.dep_ in ("compound", "nmod") and ctx.types.get(org_at(ctx, c.i)) == "Organization" for c in title.lefts)


def body_named_before(ctx: Context, kind: Token) -> str | None:
    """"party president X", "Club president Y", "hospital president Z": a title after a
    common noun for a body is held in the nearest body named before whose name has that noun
    (any body for "firm", "company": "firm chair X")."""
    if ctx.res.key_at(kind.i):
        return None
    if kind.lower_ in LEX.buildings:  # "hospital president X": the hospital named before
        return ctx.coref.institution(kind.i, kind.lower_)
    if kind.lower_ not in LEX.org_heads and kind.lower_ not in LEX.generic_org_nouns:
        return None
    return ctx.coref.antecedent(kind.i, "Organization", nearest=lambda k: ctx.coref.named(k, kind.lower_)) or (
        ctx.coref.antecedent(kind.i, "Organization") if kind.lower_ in LEX.generic_org_nouns and kind.lower_ != "party"
        else None)  # "firm chair X", "company spokesman Y": as "the firm's"
