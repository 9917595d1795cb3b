"""Word lists behind the extractors: the files in this folder, extended by files of
the same names in a user's folder (`kg build --lexicon-dir DIR` or $KG_LEXICON_DIR).

Every file has one format: one entry a line (case does not matter), optional fields
after a tab, `#` at the start of a comment line. In a user's file a line `-entry`
removes that entry from the built-in list."""
from __future__ import annotations

import os
from importlib.resources import files
from pathlib import Path

from ..errors import InputError

Rows = list[tuple[str, ...]]


def _parse(text: str) -> list[str]:
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]


def read_rows(name: str, extra_dir: str | None = None) -> Rows:
    """The rows of lexicon `name` (tab-separated fields), the user's additions and
    removals applied in order."""
    rows = [tuple(ln.split("\t")) for ln in _parse(files(__package__).joinpath(f"{name}.txt").read_text("utf-8"))]
    if extra_dir:
        path = Path(extra_dir, f"{name}.txt")
        if path.is_file():
            try:
                extra = _parse(path.read_text("utf-8"))
            except (OSError, UnicodeDecodeError) as e:
                raise InputError(f"{path}: cannot read the lexicon ({e})") from None
            for ln in extra:
                if ln.startswith("-"):
                    gone = ln[1:].strip().lower()
                    rows = [r for r in rows if r[0].lower() != gone]
                else:
                    rows.append(tuple(ln.split("\t")))
    return rows


def check_dir(extra_dir: str) -> None:
    """A lexicon folder must exist and hold at least one known lexicon file."""
    p = Path(extra_dir)
    if not p.is_dir():
        raise InputError(f"{extra_dir}: no such lexicon folder")
    known = {f.name for f in files(__package__).iterdir() if f.name.endswith(".txt")}
    if not any(f.name in known for f in p.iterdir()):
        raise InputError(f"{extra_dir}: holds none of the lexicon files ({', '.join(sorted(known))})")


class Lexicons:
    """Every word list, read once."""

    def __init__(self, extra_dir: str | None = None):
        self.dir = extra_dir
        low = self.words
        titles = self.rows("titles")
        self.title_heads = frozenset(r[0].lower() for r in titles)
        self.public_offices = frozenset(r[0].lower() for r in titles if "public" in r[1:])
        self.region_offices = frozenset(r[0].lower() for r in titles if "region" in r[1:])  # governor
        self.city_offices = frozenset(r[0].lower() for r in titles if "city" in r[1:])  # mayor
        self.joined_titles = frozenset(form for r in titles if "joined" in r[1:]  # "commander in chief", hyphenated too
                                       for form in (r[0].lower(), r[0].lower().replace(" ", "-")))
        self.title_single_heads = frozenset(h.split()[-1] for h in self.title_heads - self.joined_titles) \
            | self.joined_titles
        self.title_head_words = frozenset(w for h in self.title_heads - self.joined_titles
                                          for w in h.split()[:-1])  # "mentri" of "mentri besar"
        self.title_modifiers = low("title_modifiers")
        self.title_abbreviations = {r[0].lower(): r[1] for r in self.rows("title_abbreviations")}
        self.title_words = self.title_single_heads | self.title_modifiers | set(self.title_abbreviations) \
            | self.title_head_words  # any word of a title phrase
        self.portfolio_titles = frozenset(r[0].lower() for r in titles if "portfolio" in r[1:])
        self.seat_titles = frozenset(r[0].lower() for r in titles if "seat" in r[1:])  # MP, TD
        self.honorifics = low("honorifics")
        self.commitment_verbs = low("commitment_verbs")
        self.commitment_nouns = low("commitment_nouns")
        self.commitment_words = self.commitment_verbs | self.commitment_nouns
        self.reporting_verbs = low("reporting_verbs")
        self.event_heads = low("event_heads")
        self.event_prefixes = low("event_prefixes")
        org_heads, place_heads = self.rows("org_heads"), self.rows("place_heads")
        self.org_heads = frozenset(r[0].lower() for r in org_heads)
        self.body_heads = frozenset(r[0].lower() for r in org_heads if "body" in r[1:])
        self.name_only_heads = frozenset(r[0].lower() for r in org_heads if "name" in r[1:])  # "Christian Aid", not "U.S. aid"
        self.government_heads = frozenset(r[0].lower() for r in org_heads if "government" in r[1:])
        self.place_heads = frozenset(r[0].lower() for r in place_heads)
        self.buildings = frozenset(r[0].lower() for r in place_heads if "building" in r[1:])
        self.place_prefixes = low("place_prefixes")
        self.doubting_verbs = low("doubting_verbs")
        self.leaving_verbs = low("leaving_verbs")
        self.compound_participles = low("compound_participles")
        self.non_entity_heads = low("non_entity_heads")
        self.ranks = low("ranks")
        self.common_initialisms = low("common_initialisms")
        designators = self.rows("designators")
        self.designators = frozenset(r[0].lower() for r in designators)
        self.company_designators = frozenset(r[0].lower() for r in designators if len(r) == 1)
        self.place_designators = frozenset(r[0].lower() for r in designators if "place" in r[1:])  # county
        self.national_offices = low("national_offices")
        self.office_countries = {r[0].lower(): r[1] for r in self.rows("national_offices") if len(r) > 1}  # taoiseach: IE
        self.office_sharers = {r[0].lower(): frozenset(r[2:]) for r in self.rows("national_offices") if len(r) > 2}
        self.corporate_titles = tuple(r[0].lower() for r in self.rows("corporate_titles"))
        self.attend_verbs = low("attend_verbs")
        self.organize_verbs = low("organize_verbs")
        self.appointment_verbs = low("appointment_verbs")
        lemmas = low("headline_verbs") | self.reporting_verbs | self.commitment_verbs | self.attend_verbs \
            | self.organize_verbs | self.appointment_verbs
        self.headline_verbs = frozenset(v + end for v in lemmas for end in ("s", "ing")) \
            | {v + "es" for v in lemmas if v.endswith(("s", "sh", "ch", "x", "z", "o"))} \
            | {v[:-1] + "ing" for v in lemmas if v.endswith("e")}  # "Addresses", "Vows", "Chairing", "Receiving"
        # (not "Backes": "-es" only where English writes it)
        self.name_particles = low("name_particles")
        self.name_abbreviations = low("name_abbreviations")
        self.person_descriptors = low("person_descriptors")
        self.former = low("former_markers")
        self.title_descriptors = low("title_descriptors")
        self.name_suffixes = low("name_suffixes")
        self.post_nominals = low("post_nominals")
        self.contractions = {r[0].lower(): r[1] for r in self.rows("contractions")}
        self.party_nicknames = {r[0].lower(): r[1].lower() for r in self.rows("party_nicknames")}
        self.centre_functions = low("centre_functions")
        self.chambers = {r[0].lower(): r[1].lower() for r in self.rows("chambers")}  # title -> chamber head
        self.region_abbreviations = {r[0].lower(): r[1] for r in self.rows("region_abbreviations")}
        self.polity_nouns = low("polity_nouns")
        self.world_regions = low("world_regions")
        self.generic_org_nouns = low("generic_org_nouns")
        self.generic_references = low("generic_references")
        place_nouns = self.rows("place_nouns")
        self.place_nouns = frozenset(r[0].lower() for r in place_nouns)
        self.divisions = frozenset(r[0].lower() for r in place_nouns if "division" in r[1:])
        self.currencies = {r[0]: r[1] for r in self.rows("currencies")}  # symbol or word -> ISO 4217
        self.scales = {r[0].lower(): float(r[1]) for r in self.rows("number_scales")}
        self.country_codes, self.country_labels, self.country_names = iso_countries()  # names: every one news uses
        for name, code, *label in self.rows("country_names"):
            self.country_codes[name.lower()] = code
            self.country_names.setdefault(code, set()).add(name)
            if label == ["label"]:
                self.country_labels[code] = name
        self.demonyms = {r[0].lower(): r[1] for r in self.rows("demonyms")}
        self.demonym_ends = frozenset(w.split()[-1] for w in self.demonyms)  # "lankan" of "sri lankan"
        self.demonyms_of: dict[str, list[str]] = {}  # ISO code -> its demonyms
        for word, code in self.demonyms.items():
            self.demonyms_of.setdefault(code, []).append(word)

    def rows(self, name: str) -> Rows:
        return read_rows(name, self.dir)

    def words(self, name: str) -> frozenset[str]:
        """The first column of a lexicon, lowercase."""
        return frozenset(r[0].lower() for r in self.rows(name))


def iso_countries() -> tuple[dict[str, str], dict[str, str], dict[str, set[str]]]:
    """ISO 3166 countries (pycountry): code by lowercase name, the name news uses by code, and
    each code's names (short, common, official)."""
    import pycountry

    codes, labels, names = {}, {}, {}
    for c in pycountry.countries:
        common = getattr(c, "common_name", None)
        labels[c.alpha_2] = common or c.name
        for n in (c.name, common, getattr(c, "official_name", None)):
            if n:
                names.setdefault(c.alpha_2, set()).add(n)
                codes[n.lower()] = c.alpha_2
                if n.lower().startswith("saint "):  # "St. Lucia", "St Kitts and Nevis"
                    codes["st. " + n.lower()[6:]] = codes["st " + n.lower()[6:]] = c.alpha_2
    return codes, labels, names


LEX = Lexicons(os.environ.get("KG_LEXICON_DIR") or None)


def use_lexicon_dir(extra_dir: str | None) -> None:
    """Extend the built-in lists with a user's folder (None: built-in only), for every
    rule from now on in this process."""
    if extra_dir:
        check_dir(extra_dir)
    if extra_dir != LEX.dir:
        LEX.__dict__.update(Lexicons(extra_dir).__dict__)
