"""Group mentions into one entity per real-world thing: name forms, surnames,
acronyms, short organization names and references to named events."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span

from ..models import Entity
from ..io.ids import unique_slug
from ..lexicons import LEX
from ..vocab import EntityType
from .cues import LEGISLATURE_NAMES, after_name_letters, honorific_pair, is_title_head, is_title_word, speaks, title_runs
from .gazetteer import COMPASS, country_code, country_names_of, is_given_name, is_place_name, is_region, is_world_region
from .mentions import Mention, place_government
from .nlp import tokens, whole_word

PRIORITY_RULES = {"event-head": 3, "org-name-join": 3, "org-common-noun": 3, "ner-before-title": 0.5, "settlement-noun": 3,
                  "type.place-before-corporate-title": 10,  # a company's officer, whatever NER says elsewhere
                  "type.place-with-region": 10,  # a town placed in its state or country
                  "type.dateline-agency": 10}  # a news agency, whatever a gazetteer knows of its name ("Xinhua")
STOP = {"of", "and", "the", "for", "in", "&", "on"}


def surface(span: Span) -> str:
    """A mention's text with spacing folded."""
    return re.sub(r"\s+", " ", span.text).strip()


@lru_cache(maxsize=65536)
def norm_key(text: str) -> str:
    t = text.lower().replace("’", "'")
    t = re.sub(r"^(the|mr\.?|mrs\.?|ms\.?|dr\.?)\s+", "", t)
    t = re.sub(r"'s?$", "", t).replace(",", " ").replace(".", "").replace(" & ", " and ")  # "Roe, Jr." = "Roe Jr"
    return re.sub(r"\s+", " ", t).strip()


@lru_cache(maxsize=65536)
def name_tokens(text: str) -> tuple[str, ...]:
    """The words of a name, compared without doubled letters: transliterations differ
    there ("Mohammed" and "Mohamed", "Hassan" and "Hasan")."""
    return tuple(undoubled(w) for w in _name_words(text))


@lru_cache(maxsize=65536)
def spelling_key(text: str) -> tuple[str, ...]:
    """A name's words as two spellings of one name share them: hyphens and the Arabic article
    inside it written either way or left out ("Abdel Fattah al-Sisi" and "Abdel-Fattah El-Sisi"),
    letters as written (a doubled letter is matched by name_tokens, and only where no sentence
    names both: see _merge_short_forms)."""
    words = _name_words(text)
    return tuple(w for k, w in enumerate(words) if not (w in ARTICLES and 0 < k < len(words) - 1))


def _name_words(text: str) -> list[str]:
    return [w for w in re.split(r"[\s\-/]+", re.sub(r"[“”\"]", "", norm_key(text))) if w]  # "Joko "Jokowi"
    # Widodo": the nickname a word of the name


ARTICLES = frozenset({"al", "el"})


def undoubled(word: str) -> str:
    """A word without its doubled letters, as names are compared ("comision" of "commission")."""
    return re.sub(r"(\w)\1", r"\1", word)


# lexicon heads as name_tokens writes them
ORG_HEADS, DESIGNATORS, PLACE_HEADS, GOVERNMENT_HEADS = (frozenset(map(undoubled, words)) for words in (
    LEX.org_heads, LEX.designators, LEX.place_heads, LEX.government_heads))


def contains(longer: list[str], shorter: list[str]) -> bool:
    n = len(shorter)
    return 0 < n < len(longer) and any(longer[i:i + n] == shorter for i in range(len(longer) - n + 1))


def initialled(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """"Jane Q Roe" and "Jane Quinn Roe": the same name but for a middle name written as its initial."""
    return len(a) == len(b) > 2 and a != b and a[0] == b[0] and a[-1] == b[-1] and all(
        x == y or (len(x) == 1 and y.startswith(x)) or (len(y) == 1 and x.startswith(y)) for x, y in zip(a, b))


PATRONYMIC = frozenset({"bin", "bint", "binti", "ibn", "ould"})


def fathers(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    """The shorter name is the father's the longer one gives after "bin" ("Mohammed bin
    [Salman bin Abdulaziz]"), not another form of it."""
    return any(longer[k - 1] in PATRONYMIC for k in range(2, len(longer)) if longer[k] == shorter[0])


def subsequence(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    """The shorter name's words all in the longer one, in order."""
    rest = iter(longer)
    return all(w in rest for w in shorter)


def initials(text: str, of: bool = False) -> str:
    """"Asian Development Bank": "ADB"; with `of`, "Bank of Korea": "BOK" (the "of" counted)."""
    words = [w for w in re.split(r"[\s\-]+", text) if w and (w.lower() not in STOP or of and w.lower() == "of")]
    return "".join(w[0].upper() for w in words if w[0].isupper() or of and w.lower() == "of")


def search_forms(name: str) -> set[str]:
    """Forms people search a many-word name by: its initialism ("Asia Trade
    Expo": "ATE") and its parts contracted ("Invest New York": "Invest NY",
    "InvestNY")."""
    out = set()
    significant = [w for w in re.split(r"[\s\-]+", name) if w and w.lower() not in STOP]
    if len(initials(name)) >= 3 and all(w[0].isupper() or w[0].isdigit() for w in significant):
        out.add(initials(name))
    for long, short in LEX.contractions.items():
        m = whole_word(long, re.I).search(name)
        if m and name.strip().lower() != long:
            spaced = (name[:m.start()] + short + name[m.end():]).strip()
            out.add(spaced)
            if len(spaced.split()) <= 3 and all(w[0].isupper() for w in spaced.split()):
                out.add(spaced.replace(" ", ""))  # "InvestNY"
    return {f for f in out if f != name}


class Cluster:
    def __init__(self, m: Mention, text: str):
        self.mentions: list[tuple[Mention, str]] = [(m, text)]
        self._longest = (0, "")  # (mentions it was found among, the form): mentions only grow

    @property
    def first(self) -> int:
        return self.mentions[0][0].start

    @property
    def longest(self) -> str:
        if self._longest[0] != len(self.mentions):
            self._longest = (len(self.mentions), max((t for _, t in self.mentions), key=lambda t: (
                len(name_tokens(t)), len(t), not t.isupper())))  # of equal forms, "Phuket", not a dateline's "PHUKET"
        return self._longest[1]

    def types(self) -> dict[str, int]:
        """Each type's votes, in the order the mentions first give it."""
        c: dict[str, int] = {}
        for m, _ in self.mentions:
            c[m.type] = c.get(m.type, 0) + PRIORITY_RULES.get(m.rule, 2 if m.rule.startswith("type.") else 1)
        return c


@dataclass
class Resolution:
    """Which entity each outer-mention token belongs to, and every mention span
    (start, end, entity key, nested)."""

    token_key: dict[int, str]
    spans: list[tuple[int, int, str, bool]]

    def key_at(self, i: int) -> str | None:
        return self.token_key.get(i)

    def end_of(self, i: int) -> int:
        """The index just past the name token i is in (i itself when it is in none)."""
        key, k = self.key_at(i), i
        while key is not None and self.key_at(k) == key:
            k += 1
        return k

    def first(self, key: str) -> int:
        """The index of the first token of the entity's first mention."""
        return min(s for s, _e, k, _n in self.spans if k == key)

    def start_of(self, i: int) -> int:
        """The index of the first token of the name token i is in (i itself when it is in none)."""
        key, k = self.key_at(i), i
        while key is not None and k > 0 and self.key_at(k - 1) == key:
            k -= 1
        return k


def resolve_entities(doc: Doc, mentions: list[Mention]) -> tuple[list[Entity], Resolution]:
    """Entities of the Doc and the mention-to-entity resolution."""
    clusters: dict[str, Cluster] = {}
    for m in mentions:
        span = m.span(doc)
        if place_government(doc, m):  # "the Kenya government": a mention of Kenya
            m.type, span = "Place", span[:-1]
        text = surface(span)
        key = norm_key(text)
        if not key:
            continue
        if key in clusters:
            clusters[key].mentions.append((m, text))
        else:
            clusters[key] = Cluster(m, text)
    _merge_short_forms(doc, clusters)
    return _entities(doc, clusters)


def _kind(c: Cluster) -> str:
    if (last := c.longest.rpartition(" ")[2].lower()) in LEX.company_designators and last != c.longest.lower():
        return "Organization"  # "Tanjong Plc ... Tanjong, Maxis and Measat donated": a company, whatever NER said after
    t = c.types()
    known = {k: v for k, v in t.items() if k not in ("Unknown", "EventRef")}
    kind = max(known, key=known.get) if known else next(iter(t))  # of equal votes, the first
    return "Person" if kind == "Organization" and _personal_name(c) else kind


def _personal_name(c: Cluster) -> bool:
    """An "organization" only NER called one whose name is a clear given name and a
    surname ("Tomas Varga", "Ingrid Hale"): a person."""
    if {m.rule for m, _ in c.mentions if m.type == "Organization"} != {"ner"}:
        return False
    words = c.longest.split()
    parts = [p for w in words for p in w.split("-")]  # "Anne-Marie Trevelyan": a given name of two
    if not 2 <= len(words) <= 3 or not all(p.isalpha() and p[0].isupper() and p[1:].islower() for p in parts):
        return False
    if any(w.lower() in LEX.org_heads or w.lower() in LEX.designators or w.lower() in LEX.party_nicknames
           for w in words) or any(
            w.lower() in LEX.demonyms for w in words[len(words) < 3:]) or any(map(is_world_region, words[1:])):
        return False  # not "Philippine Red Cross", "Royal Dutch Shell", "Nova Scotia Tories" (but "German Efromovich"),
        # "Royal Caribbean"
    return is_given_name(words[0]) or "-" in words[0] and all(is_given_name(p) for p in words[0].split("-"))


def body_of(long: list[str], short: list[str]) -> bool:
    """"Governing Council of the [University of Lagos]", "[Acme Health Centre] Foundation",
    "Monetary Board of the [Central Bank] of X": a body of the organization the shorter name
    names, not another name of it."""
    k = len(long) - len(short)
    if k == 1 and long[:-1] == short and (short[-1] in ORG_HEADS or short[-1] in PLACE_HEADS) \
            and long[-1] in SUPPORTING_BODIES:
        return True
    return len(short) > 1 and any(long[p:p + len(short)] == short and "of" in long[max(0, p - 2):p]
                                  for p in range(2, k + 1))


SUPPORTING_BODIES = frozenset({"foundation", "trust", "board", "council", "committee", "association", "society"})


def _said_together(doc: Doc, a: Cluster, b: Cluster) -> bool:
    """Whether one sentence names both ("Mark Rossi ...; his opponent Mark Rosi ..."): two people."""
    sents = lambda c: {doc[m.start].sent.start for m, _ in c.mentions}  # noqa: E731
    return bool(sents(a) & sents(b))


def _merge_short_forms(doc: Doc, clusters: dict[str, Cluster]) -> None:
    """Fold each shorter name into the longer entity it abbreviates."""
    parens = _parenthetical_aliases(doc, clusters)
    nicknames = _quoted_nicknames(doc, clusters)
    _promote_full_names(clusters)
    kinds = {k: _kind(c) for k, c in clusters.items()}
    for key in sorted(clusters, key=lambda k: (len(name_tokens(k)), clusters[k].first)):
        c = clusters[key]
        kind, toks = kinds[key], name_tokens(key)
        if all(m.nested for m, _ in c.mentions):
            continue
        cands = []
        for other_key, o in clusters.items():
            if o is c or other_key == key:
                continue
            okind, otoks = kinds[other_key], name_tokens(other_key)
            if kind in ("Person", "Unknown") and okind == "Person" and (contains(otoks, toks) or (
                    len(toks) >= 2 and o.first < c.first and (spelling_key(key) == spelling_key(other_key) or (
                        toks == otoks and not _said_together(doc, c, o)))) or (
                    len(toks) >= 2 and len(otoks) > len(toks) and toks[-1] == otoks[-1]
                    and subsequence(otoks, toks)) or initialled(toks, otoks)) and not fathers(otoks, toks):
                # "Jane Q. Roe" = "Jane Roe", "Syed Ali Raza Shah" = "Ali Shah", "Jane Q Roe" = "Jane Quinn Roe",
                # "Abdel-Fattah El-Sisi" = "Abdel Fattah al-Sisi" (the one named first)
                cands.append(other_key)
            elif (kind == "Organization" and okind == "Person" and otoks[-len(toks):] == toks
                  and contains(otoks, toks) and (o.first < c.first or any(m.honorific for m, _ in c.mentions))
                  and not c.longest.isupper()
                  and not any(w in ORG_HEADS for w in toks)):
                cands.append(other_key)  # "Varga said": NER's organization is the surname of a person named before
            elif kind == "Organization" and okind == "Person" and len(toks) == 1 and len(otoks) > 1 \
                    and (otoks[0] == toks[0] and is_given_name(c.longest) and not any(w in ORG_HEADS for w in toks)
                         and o.first < c.first and _personal_sentence(doc, c)
                         and not any(m.end < len(doc) and is_title_word(doc[m.end]) for m, _ in c.mentions)
                         and sum(name_tokens(k)[:1] == toks for k, n in kinds.items() if n == "Person") == 1
                         or re.search(rf"[“\"]{re.escape(c.longest)}[”\"]", o.longest)):
                cands.append(other_key)  # "Ada said": NER's organization is the given name of the one person so
                # named; "Adi" the nickname of Ade "Adi" Santoso
            elif nicknames.get(key) == other_key and okind == "Person" and kind in ("Person", "Unknown", "Organization"):
                cands.append(other_key)  # "Ram Bahadur Thapa ‘Sagar’ ... PM Sagar": the nickname is his
            elif parens.get(key) == other_key and (c.longest.isupper() or c.longest.upper() == initials(o.longest)) \
                    and len(toks) == 1 \
                    and (subsequence(tuple(initials(o.longest)), tuple(c.longest.replace(".", "")))
                         or c.longest[:1] == initials(o.longest)[:1]) \
                    and not (okind == "Event" and _officers(doc, c)):
                cands.append(other_key)  # "Eastmoor Local Government Area (LGA)", whatever its type;
                # not "BLOUNTVILLE, Tenn. (WJHL)": a station's letters, not the place's
            elif kind == "Organization" and okind == "Organization" and _short_company_name(toks, otoks, c, o):
                cands.append(other_key)  # "Chase" of "JP Morgan Chase & Co.", "Citi" of "Citigroup"
            elif kind == "Organization" and okind == "Organization" and _brand_line(toks, otoks, c):
                cands.append(other_key)  # "Acme Edge", "Acme Electronics": the maker's name and a line
            elif kind in ("Organization", "Unknown") and okind == "Organization" and (
                    parens.get(key) == other_key
                    or (c.longest.isupper() and len(c.longest.replace(".", "")) > 1  # not the "M" of "3M"
                        and c.longest.replace(".", "") in (initials(o.longest), initials(o.longest, of=True)))  # "BOK"
                    or (" " not in c.longest and c.longest.lower() in {f.lower() for f in search_forms(o.longest)})
                    or (contains(otoks, toks) and any(w in ORG_HEADS for w in toks + otoks[-1:])
                        and toks[0] not in STOP and not body_of(otoks, toks))):
                cands.append(other_key)
            elif kind == "Person" and okind == "Organization" and c.longest.isupper() and " " not in c.longest \
                    and len(c.longest) > 2 and initials(o.longest) == c.longest.replace(".", ""):
                cands.append(other_key)  # "AIIB Approves Loans", NER's person, after "Asian Infrastructure Investment Bank"
            elif kind in ("Organization", "Unknown", "Person") and okind == "Organization" and (
                    party_plural(toks, otoks) or nicknamed(c.longest, otoks) or members_plural(toks, otoks)):
                cands.append(other_key)  # "the Liberals", "Kessish Greens" after "the Kessish Green Party"; "the
                # Tories" after "the Conservative Party"
            elif kind == "Person" and okind == "Organization" and len(otoks) == len(toks) + 1 and otoks[:-1] == toks \
                    and otoks[-1] in LEX.company_designators and o.first < c.first \
                    and not any(m.honorific or m.rule == "name-after-title" for m, _ in c.mentions):
                cands.append(other_key)  # "Kessly Tomlin plc ... Kessly Tomlin has": the company named before without
                # its legal form (not a person with a title or honorific)
            elif kind == "Person" and okind == "Organization" and _first_word_of_body(toks, otoks, c):
                cands.append(other_key)  # "Texhong Textile Group ... Texhong said": NER's person is the group
            elif kind == "Place" and okind == "Place" and (same_country(c, o) or (
                    contains(otoks, toks) and otoks[:len(toks)] == toks and otoks[-1] in DESIGNATORS)):
                cands.append(other_key)  # "U.S." = "United States", "Eastmoor" = "Eastmoor County"
            elif kind in ("Organization", "Unknown", "Place") and okind == "Place" and c.longest.isupper() \
                    and len(otoks) > 1 and is_region(o.longest) and initials(o.longest) == c.longest.replace(".", ""):
                cands.append(other_key)  # "PNG" after "Papua New Guinea", "NSW" after "New South Wales"
            elif kind in ("Organization", "Unknown", "Place") and okind == "Place" and len(c.longest) == 2 \
                    and c.longest.isupper() and country_code(o.longest) == c.longest \
                    and c.longest.lower() not in LEX.common_initialisms and not any(
                        m.start and doc[m.start - 1].lower_ in ("a", "an") for m, _ in c.mentions):  # not "an MA"
                cands.append(other_key)  # "PH" in a story that names the Philippines: the country's ISO code
            elif kind in ("Organization", "Unknown") and okind == "Event" and c.longest.isupper() \
                    and initials(o.longest) == c.longest.replace(".", "") and not _officers(doc, c):
                cands.append(other_key)  # "TIF" after "Thessaloniki International Fair"
            elif kind == "EventRef" and okind in ("Event", "Organization") and set(toks) <= set(otoks):
                cands.append(other_key)
            elif kind == "Event" and okind == "Event" and shorter_event(toks, otoks):
                cands.append(other_key)  # "the Olympics", "Tokyo Games" after "the Tokyo Olympic Games"
        if kind == "Event" and sum(kinds[k] == "Event" for k in cands) > 1:
            continue  # "the Olympics" of two Games the story names: neither
        if not cands:
            continue
        target = min(cands, key=lambda k: (-len(clusters[k].mentions) if kind == "Organization"
                                           else abs(clusters[k].first - c.first), clusters[k].first))
        if kinds[target] in ("Person", "Place") or party_plural(toks, name_tokens(target)) or kind == "Person" \
                or parens.get(key) == target and kinds[target] == "Organization":
            for m, _ in c.mentions:  # a surname NER typed otherwise is the person's, a country's initialism
                m.type = kinds[target]  # the country's, a party's members the party, the acronym an organization's
                # name defines in brackets the organization's ("the Russian Olympic Committee (ROC)", not Taiwan)
        clusters[target].mentions.extend(c.mentions)
        kinds[target] = _kind(clusters[target])
        del clusters[key], kinds[key]


def _in_title_phrase(doc: Doc, m) -> bool:
    """"Member of Parliament", "the 20th Congress of the union": a legislature's word inside a
    title or a longer name."""
    toks = tokens(doc)
    member = m.start > 1 and toks[m.start - 1].lower_ == "of" and toks[m.start - 2].lower_ in ("member", "members",
                                                                                             "houses")  # a building
    return member or m.end < len(doc) and toks[m.end].lower_ == "of"


def _personal_sentence(doc: Doc, c: Cluster) -> bool:
    """Whether a name's sentences speak of it as a person ("Ada said her ministry ..."), not
    as a body ("Mercedes said it would recall ...")."""
    words = {t.lower_ for m, _ in c.mentions for t in doc[m.start].sent}
    return bool(words & {"he", "she", "his", "her", "him"}) and not words & {"it", "its"}


def _first_word_of_body(toks: tuple[str, ...], otoks: tuple[str, ...], c: Cluster) -> bool:
    """A one-word "person" that opens an organization's name ending in an organization
    word ("Texhong" of "Texhong Textile Group"), and is no given name."""
    return len(toks) == 1 and len(otoks) > 1 and otoks[0] == toks[0] and otoks[-1] in ORG_HEADS \
        and otoks[-1] not in GOVERNMENT_HEADS and not is_given_name(c.longest) \
        and not any(m.honorific or m.rule == "name-after-title" for m, _ in c.mentions)  # "the Roe administration"


def _officers(doc: Doc, c: Cluster) -> bool:
    """"WSLD Chairman": a name written before a title has officers, so it is a body's, not an event's."""
    toks = tokens(doc)
    return any(m.end < len(doc) and is_title_head(toks[m.end]) for m, _ in c.mentions)


def shorter_event(toks: tuple[str, ...], otoks: tuple[str, ...]) -> bool:
    """A shorter name of a longer event's ("Olympics", "Tokyo Games" of "Olympic Games Tokyo
    2020"), with no number of its own and not a women's, youth or other event of the kind."""
    stem = lambda words: {w.removesuffix("s") for w in words}  # noqa: E731 - "Olympics", "Olympic"
    extra = stem(otoks) - stem(toks)
    return len(toks) < len(otoks) and stem(toks) <= stem(otoks) and not any(w[:1].isdigit() for w in toks) \
        and not extra & OTHER_EVENTS and not any(w.startswith("u-") or w.endswith("'") for w in extra)


OTHER_EVENTS = frozenset({"women", "women'", "men", "men'", "junior", "youth", "paralympic", "veteran", "under"})


def party_plural(toks: tuple[str, ...], otoks: tuple[str, ...]) -> bool:
    """"Liberals", "Kessish Greens": the plural of a party's name before "party", or its end."""
    if len(otoks) < 2 or otoks[-1] != "party" or not toks or not toks[-1].endswith("s"):
        return False
    plural = (*otoks[:-2], otoks[-2] + "s")
    return len(toks) <= len(plural) and plural[len(plural) - len(toks):] == toks


def _short_company_name(toks: tuple[str, ...], otoks: tuple[str, ...], c: Cluster, o: Cluster) -> bool:
    """"Chase" after "JP Morgan Chase & Co.", "Citi" after "Citigroup": one word that is the
    last distinctive word of a company's name ending in its designator, or the start of a
    one-word name whose rest is a body's word ("group", "bank")."""
    if len(toks) != 1 or c.longest.isupper() or is_place_name(c.longest):
        return False
    word = toks[0]
    if len(otoks) > 2 and otoks[-1] in DESIGNATORS:
        core = [w for w in otoks[:-1] if w not in ("&", "and") and w not in DESIGNATORS]
        return len(core) > 1 and core[-1] == word
    return len(otoks) == 1 and len(word) >= 4 and otoks[0].startswith(word) and otoks[0][len(word):] in ORG_HEADS


def members_plural(toks: tuple[str, ...], otoks: tuple[str, ...]) -> bool:
    """"the Lib Dems" after "Lib Dem Councillor X": a body's name with an "s", its members."""
    return len(toks) == len(otoks) >= 2 and toks[:-1] == otoks[:-1] and toks[-1] == otoks[-1] + "s"


def nicknamed(name: str, otoks: tuple[str, ...]) -> bool:
    """"the Tories", "Manitoba Tories", "Mississippi Tories": a party's nickname (see
    lexicons/party_nicknames.txt), alone or after a region, for the party named with the word
    it stands for ("Conservatives", "Progressive Conservative Party"); not a person's name
    ("John Tory"), nor a body that is no party."""
    *region, last = norm_key(name).split() or [""]
    word = LEX.party_nicknames.get(last) if not region or is_region(" ".join(region)) else None
    return word is not None and (word in otoks or word + "s" in otoks) \
        and otoks[-1] in ("party", word, word + "s")  # a party's name, not "the Republican National Committee"


def _brand_line(toks: tuple[str, ...], otoks: tuple[str, ...], c: Cluster) -> bool:
    """A one-word organization's name and one more capitalised word that no organization,
    place or designator word is: a product line or unit of that organization."""
    if len(otoks) != 1 or len(toks) != 2 or toks[0] != otoks[0]:
        return False
    last = toks[1]
    return not (last in ORG_HEADS or last in DESIGNATORS or last in PLACE_HEADS
                or country_code(last) or not c.longest.split()[-1][:1].isupper())


def same_country(a: Cluster, b: Cluster) -> bool:
    code = country_code(a.longest)
    return code is not None and code == country_code(b.longest)


def _promote_full_names(clusters: dict[str, Cluster]) -> None:
    """An untyped "Jane Roe" ending in a known person's surname is that person."""
    surnames = {name_tokens(k)[-1] for k, c in clusters.items() if _kind(c) == "Person" and name_tokens(k)}
    for k, c in clusters.items():
        toks = name_tokens(k)
        if _kind(c) == "Unknown" and len(toks) >= 2 and toks[-1] in surnames:
            for m, _ in c.mentions:
                m.type = "Person"


def _parenthetical_aliases(doc: Doc, clusters: dict[str, Cluster]) -> dict[str, str]:
    """"African Development Fund (ADF)": the bracketed short form names the org."""
    toks = tokens(doc)
    at_end = {m.end: k for k, c in clusters.items() for m, _ in c.mentions if not m.nested}
    out = {}
    for k, c in clusters.items():
        for m, _ in c.mentions:
            if m.start >= 2 and toks[m.start - 1].text == "(" and (m.start - 1) in at_end:
                out[k] = at_end[m.start - 1]
    return out


OPENING_QUOTES = frozenset({"‘", "“", '"', "'"})
CLOSING_QUOTES = frozenset({"’", "”", '"', "'"})


def _quoted_nicknames(doc: Doc, clusters: dict[str, Cluster]) -> dict[str, str]:
    """"Ram Bahadur Thapa ‘Sagar’ ... PM Sagar": a one-word name in quotes right after
    a person's full name is that person's nickname, when the story names them so again after a
    title (not a film's or a rival's name: "Christopher Nolan 'Oppenheimer' swept ...")."""
    toks = tokens(doc)
    at_end = {m.end: k for k, c in clusters.items() for m, _ in c.mentions if m.type == "Person" and m.end - m.start > 1}
    return {k: at_end[m.start - 1] for k, c in clusters.items() for m, _ in c.mentions
            if m.end - m.start == 1 and m.start >= 2 and toks[m.start - 1].text in OPENING_QUOTES
            and (m.start - 1) in at_end and m.end < len(doc) and toks[m.end].text in CLOSING_QUOTES
            and any(n.start > 0 and is_title_word(toks[n.start - 1]) for n, _ in c.mentions if n is not m)}


def _entities(doc: Doc, clusters: dict[str, Cluster]) -> tuple[list[Entity], Resolution]:
    toks = tokens(doc)
    entities, token_key, spans, used = [], {}, [], set()
    for c in sorted(clusters.values(), key=lambda c: c.first):
        kind = _kind(c)
        if kind == "Unknown":
            if not (c.longest.isupper() and len(c.longest) >= 2 and c.longest.isalpha()):
                continue
            kind = "Organization"
        if kind == "Person" and _bare_word(doc, c):
            if "Organization" not in c.types() or not any(m.end < len(doc) and is_title_word(doc[m.end])
                                                           for m, _ in c.mentions):
                continue
            kind = "Organization"  # "Ryanair ... Ryanair chief executive X": one word, never a person's name,
            # that NER also called a body and a post is held at (not "Djokovic withdrew")
        if kind == "EventRef":
            continue
        texts = [t for _, t in c.mentions]
        if all(norm_key(t) in LEX.generic_references for t in texts):
            continue  # "the Mainland", "the Cabinet": a reference, not a name
        if kind == "Organization" and all(
                len(name_tokens(t)) == 1 and t.lower() in LEX.org_heads for t in texts) and not (
                texts[0].lower() in LEGISLATURE_NAMES and not any(_in_title_phrase(doc, m) for m, _ in c.mentions)):
            continue  # a bare "Board" with nothing to refer to (but "told Parliament", "urged Congress": a
            # country's legislature, named so)
        if all(_compass_modifier(toks, m) for m, _ in c.mentions):
            continue  # "East and West coasts", "West and Central Africa": part of what the list modifies
        label = _label(kind, c.longest)
        slug = unique_slug(label, used)
        aliases = {t for t in texts if t != label}
        aliases |= {f"{m.honorific} {t}" for m, t in c.mentions if m.honorific}
        if label != c.longest:
            aliases.add(c.longest)
        hidden = search_forms(label) - aliases if kind != "Person" else set()
        known = country_names_of(label) - aliases - {label} if kind == "Place" else set()
        ent = Entity(key=slug, type=EntityType(kind), label=label, aliases=aliases, hidden=hidden - known, known=known,
                     mentions=sorted({(toks[m.start].idx, toks[m.end - 1].idx + len(toks[m.end - 1]))
                                      for m, _ in c.mentions}),
                     government=any(m.government for m, _ in c.mentions)
                     or c.longest.lower().endswith("government"))
        entities.append(ent)
        for m, _ in c.mentions:
            spans.append((m.start, m.end, slug, m.nested))
            if not m.nested:
                end = m.end
                while kind == "Person" and end < len(doc) and after_name_letters(toks[end]):
                    end += 1  # "Ada Obi AO, chair of X": the letters stand for her where rules read a name
                token_key.update(dict.fromkeys(range(m.start, end), slug))
    return entities, Resolution(token_key, sorted(spans))


def _compass_modifier(toks: list, m: Mention) -> bool:
    """"the [East] and West coasts", "[Eastern] and Central African countries": a compass word
    alone, listed with other one-word names before what they all modify (not "the Northeast,
    [North] and Midwest for ...", a list of regions, nor "the [West]")."""
    if m.end - m.start != 1 or toks[m.start].lower_ not in COMPASS:
        return False
    single = lambda k: 0 <= k < len(toks) and toks[k].is_title and toks[k].is_alpha  # noqa: E731
    sep = lambda k: 0 <= k < len(toks) and toks[k].lower_ in (",", "and")  # noqa: E731
    first = last = m.start
    while sep(first - 1) and (single(first - 2) or sep(first - 2) and single(first - 3)):
        first -= 2 + sep(first - 2)
    while sep(last + 1) and (single(last + 2) or sep(last + 2) and single(last + 3)):
        last += 2 + sep(last + 2)
    after = toks[last + 1] if last + 1 < len(toks) else None
    return first < last and after is not None and (after.is_title or after.pos_ == "NOUN")


def _bare_word(doc: Doc, c: Cluster) -> bool:
    """A "person" named only by one word, never just after a title or honorific, nor a given
    name's surname: NER's guess at a company, a town or a capitalised word ("Jostens",
    "Twitter", "Brexit"), not "Mayor Murray", nor a given name with its family ("his wife, Ada")."""
    toks, titles = tokens(doc), title_runs(doc)
    return all(m.end - m.start == 1 and not m.honorific and not titles.intersection(range(m.start - 4, m.start))
               and not (m.start and toks[m.start - 1].lower_ in LEX.honorifics)
               and not (is_given_name(toks[m.start].text) and (toks[m.start].dep_ in ("appos", "conj") or (
                   m.end < len(toks) and toks[m.end].lower_ in ("and", "&"))))  # "his wife, Ada", "Ada and Tom Hale"
               and not (toks[m.start].dep_ == "nsubj" and speaks(toks[m.start].head))  # "Putin vowed"
               for m, _ in c.mentions)


def _label(kind: str, text: str) -> str:
    """The display name: honorifics off, an event's leading ordinal off."""
    words = text.split()
    while kind == "Person" and len(words) > 1:
        pair = len(words) > 2 and honorific_pair(words[0], words[1])  # "His Excellency"
        if not pair and words[0].lower() not in LEX.honorifics:
            break
        words = words[1 + pair:]
    if kind == "Event" and len(words) > 2 and re.fullmatch(
            r"(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(st|nd|rd|th))",
            words[0].lower()) and words[0].islower():
        words = words[1:]
    return " ".join(words)
