"""Who holds which post where: title patterns around person names."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ..models import Entity, Evidence, Role
from .coref import Coref
from .entities import Resolution
from ..lexicons import (
    COMPANY_DESIGNATORS,
    COUNTRY_NAMES,
    DEMONYMS,
    FORMER,
    PUBLIC_OFFICES,
    TITLE_ABBREVIATIONS,
    TITLE_SINGLE_HEADS,
)
from .mentions import POSSESSIVE, is_cap, is_title_head, is_title_word
from .nlp import tokens

NATIONAL_OFFICES = frozenset({"president", "premier", "chancellor", "minister"})
CORPORATE_TITLES = ("chief executive", "chief financial", "chief operating", "chief technology", "ceo", "cfo",
                    "coo", "cto", "chairman", "chairwoman", "managing director", "founder")
TITLE_DEPS = ("amod", "compound", "advmod", "nmod", "npadvmod")


def evidence(doc: Doc, tok: Token, rule: str) -> Evidence:
    """The sentence around a token, with its offsets into the input."""
    s = tok.sent
    return Evidence(re.sub(r"\s+", " ", s.text).strip(), s.start_char, s.end_char, rule)


def focus_place(entities: list[Entity], least: int = 2) -> str | None:
    """The place an article is about: the most mentioned one, if mentioned `least` times."""
    counts = sorted((len(e.mentions), e.key) for e in entities if e.type == "Place")
    if not counts or counts[-1][0] < least or (len(counts) > 1 and counts[-2][0] == counts[-1][0]):
        return None
    return counts[-1][1]


def country_of(e: Entity) -> str | None:
    return next((COUNTRY_NAMES[n.lower()] for n in (e.label, *e.aliases) if n.lower() in COUNTRY_NAMES), None)


def clean_title(toks: list[Token]) -> tuple[str, bool] | None:
    """The title's text with "former" taken off, and whether it was former."""
    former = any(t.lower_ in FORMER for t in toks)
    toks = [t for t in toks if t.lower_ not in FORMER]
    while toks and not toks[0].is_alpha and toks[0].lower_ not in TITLE_ABBREVIATIONS:
        toks = toks[1:]
    if not toks or not any(is_title_head(t) for t in toks):
        return None
    words = [TITLE_ABBREVIATIONS.get(t.lower_, "").title() or t.text for t in toks]
    text = "".join(w + (t.whitespace_ and " ") for w, t in zip(words, toks, strict=True)).strip()
    return text, former


class RoleFinder:
    def __init__(self, doc: Doc, entities: list[Entity], res: Resolution, coref: Coref):
        self.doc, self.res, self.coref = doc, res, coref
        self.types = {e.key: e.type for e in entities}
        self.focus = focus_place(entities)
        companies = sorted((len(e.mentions), e.key) for e in entities
                           if e.type == "Organization" and e.label.split()[-1].lower() in COMPANY_DESIGNATORS)
        self.company = companies[-1][1] if companies else None  # where an unqualified CEO works
        countries = [e for e in entities if e.type == "Place" and country_of(e)]
        self.country = {country_of(e): e.key for e in countries}
        self.focus_country = focus_place(countries, least=1)  # where a national office is held
        self.roles: dict[tuple, Role] = {}

    def org_at(self, i: int) -> str | None:
        key = self.res.key_at(i) if 0 <= i < len(self.doc) else None
        return key if self.types.get(key) in ("Organization", "Place") else None

    def add(self, person: str | None, toks: list[Token], org: str | None, anchor: Token, rule: str):
        if not person or self.types.get(person) != "Person":
            return
        cleaned = clean_title(toks)
        if not cleaned:
            return
        title, former = cleaned
        national = any(w in title.lower().split() for w in NATIONAL_OFFICES)
        if org is None and self.company and title.lower().startswith(CORPORATE_TITLES):
            org, rule = self.company, rule + "+org-from-article-company"
        elif org is None and national and self.focus_country:
            org, rule = self.focus_country, rule + "+org-from-article-country"
        elif org is None and self.focus and any(p in title.lower() for p in PUBLIC_OFFICES):
            org, rule = self.focus, rule + "+org-from-article-focus"
        k = (person, title.lower(), org)
        if k not in self.roles:
            self.roles[k] = Role(person, title, org, former, evidence(self.doc, anchor, rule))

    def title_before_name(self, start: int, key: str) -> None:
        """"Lima Mayor Jane Roe", "Peru's minister X", "Acme Group (site) President X"."""
        doc, j, run = self.doc, start - 1, []
        while j >= 0:
            t = doc[j]
            if t.text == ")" and "(" in doc[max(0, j - 8):j].text:
                j = max(k for k in range(max(0, j - 8), j) if doc[k].text == "(") - 1
                break
            titleish = is_title_word(t) or t.text in ("-", "/")
            proper = (is_cap(t) and t.is_alpha and self.res.key_at(j) is None
                      and not t.is_sent_start and t.pos_ in ("PROPN", "ADJ", "NOUN"))
            joiner = t.lower_ in ("and", "for", "of") and j and is_title_word(doc[j - 1]) and run
            if titleish or proper or joiner:
                run.insert(0, t)
                j -= 1
            else:
                break
        if not run or not any(is_title_head(t) for t in run):
            return
        if run[-1].lower_ in ("and", "for", "of"):
            return
        if not is_title_word(run[0]) and run[0].lower_ not in ("-",):
            run = run[next(i for i, t in enumerate(run) if is_title_word(t)):]
        org_pos = j - 1 if j >= 0 and doc[j].text in POSSESSIVE else j
        org = self.org_at(org_pos)
        if org:  # "Former Ohio Governor X"
            first = next(s for s, e, k, n in self.res.spans if k == org and s <= org_pos < e)
            if first and doc[first - 1].lower_ in FORMER:
                run.insert(0, doc[first - 1])
        elif j >= 0 and doc[j].lower_ in DEMONYMS:  # "Japanese Prime Minister": Japan, if named
            org = self.country.get(DEMONYMS[doc[j].lower_])
        parts, cur = [], []
        for t in run:
            if t.lower_ == "and":
                parts.append(cur)
                cur = []
            else:
                cur.append(t)
        parts.append(cur)
        for part in parts:
            self.add(key, part, org, doc[start], "role.title-before-name")

    def title_after_name(self, end: int, key: str) -> None:
        """Bylines: "By Jane Roe Deputy Political Editor"."""
        doc, j = self.doc, end
        while j < len(doc) and (is_title_word(doc[j]) or (is_cap(doc[j]) and doc[j].is_alpha
                                                          and self.res.key_at(j) is None)):
            j += 1
        if j > end and is_title_head(doc[j - 1]) and (j == len(doc) or doc[j].is_space
                                                       or doc[j].is_punct):
            self.add(key, list(doc[end:j]), None, doc[end], "role.title-after-name")

    def noun_phrase_title(self, head: Token) -> list[Token]:
        mods = [c for c in head.lefts if c.dep_ in TITLE_DEPS]
        start = min((c.left_edge.i for c in mods), default=head.i)
        toks = [t for t in self.doc[start:head.i + 1] if t.dep_ not in ("det", "poss", "case")
                and self.res.key_at(t.i) is None]
        return toks

    def org_ref(self, tok: Token) -> str | None:
        """The organization or place a token names or refers to ("the company's", "its")."""
        key = self.org_at(tok.i) or self.coref.entity_of(tok)
        return key if self.types.get(key) in ("Organization", "Place") else None

    def np_org(self, head: Token, preps: tuple[str, ...] = ("of", "at", "for", "in")) -> str | None:
        for c in head.children:
            if c.dep_ == "poss":
                return self.org_ref(c)
            if c.dep_ == "prep" and c.lower_ in preps:
                for p in c.children:
                    if p.dep_ == "pobj":
                        return self.org_ref(p)
        for c in head.lefts:
            if c.dep_ in ("compound", "nmod") and self.org_at(c.i):
                return self.org_at(c.i)
        return None

    def appositions(self) -> None:
        """"Jane Roe, executive deputy director of the X Office" and the reverse,
        "the mayor of Lima, Jane Roe"."""
        doc = self.doc
        for t in tokens(doc):
            if t.dep_ != "appos":
                continue
            if t.lower_ in TITLE_SINGLE_HEADS and self.res.key_at(t.i) is None:
                toks = self.noun_phrase_title(t)
                np_start = min([t.left_edge.i] + [x.i for x in toks])
                before = np_start - 1 if np_start and doc[np_start - 1].text == "," else np_start
                person = self.res.key_at(before - 1) if before else None
                if self.types.get(person) != "Person":
                    person = self.res.key_at(t.head.i)
                self.add(person, toks, self.np_org(t), t, "role.appositive")
            elif (self.types.get(self.res.key_at(t.i)) == "Person" and t.head.i < t.i and is_title_word(t.head)
                  and any(is_title_head(x) for x in self.noun_phrase_title(t.head))):
                head, portfolio = t.head, self.portfolio(t.head, t.left_edge.i)
                between = doc[head.i + 1:t.left_edge.i]
                if any((x.lower_ == "and" and x not in portfolio) or self.types.get(self.res.key_at(x.i)) == "Person"
                       for x in between):
                    continue
                org = self.np_org(head, ("of", "at", "in") if portfolio else ("of", "at", "for", "in"))
                self.add(self.res.key_at(t.i), self.noun_phrase_title(head) + portfolio, org, t,
                         "role.appositive-before-name")

    def portfolio(self, head: Token, stop: int) -> list[Token]:
        """"Secretary [for Financial Services and the Treasury], Jane Roe": the words of
        a post's "for" phrase (or an "of" phrase of portfolio words), up to the comma
        before the name."""
        prep = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ in ("for", "of")), None)
        if prep is None:
            return []
        toks = list(self.doc[prep.i:stop])
        while toks and (toks[-1].is_punct or toks[-1].is_space):
            toks.pop()
        if prep.lower_ == "of" and not all(is_title_word(x) or x.lower_ in ("of", "and", "the", ",") for x in toks):
            return []  # "Minister of Energy" is a title, "Director of Acme" names where it is held
        return toks

    def copulas(self) -> None:
        """"X is the mayor of Y" and "the Prime Minister said" (a subject naming a
        post, referring back to the person last mentioned)."""
        for t in tokens(self.doc):
            if t.lower_ not in TITLE_SINGLE_HEADS or self.res.key_at(t.i):
                continue
            if t.dep_ == "attr" and t.head.lemma_ == "be":
                subj = next((c for c in t.head.children if c.dep_ == "nsubj"), None)
                if subj is not None:
                    self.add(self.coref.entity_of(subj), self.noun_phrase_title(t), self.np_org(t),
                             t, "role.copula")
            elif t.dep_ in ("nsubj", "nsubjpass") and any(c.lower_ == "the" for c in t.lefts):
                self.add(self.coref.entity_of(t), self.noun_phrase_title(t), self.np_org(t), t,
                         "role.definite-title-subject")


def extract_roles(doc: Doc, entities: list[Entity], res: Resolution, coref: Coref) -> list[Role]:
    """Every title-holder relation the text states."""
    f = RoleFinder(doc, entities, res, coref)
    types = {e.key: e.type for e in entities}
    for start, end, key, nested in res.spans:
        if types.get(key) == "Person" and not nested:
            f.title_before_name(start, key)
            f.title_after_name(end, key)
    f.appositions()
    f.copulas()
    return _drop_weaker(list(f.roles.values()))


def _drop_weaker(roles: list[Role]) -> list[Role]:
    """A post inferred from a description ("the minister said") is dropped when
    the same person has a post with that head noun stated by name."""
    named = {(r.person, r.title.lower().split()[-1]) for r in roles
             if not r.evidence.rule.startswith(("role.copula", "role.definite"))}
    return [r for r in roles if not r.evidence.rule.startswith(("role.copula", "role.definite"))
            or (r.person, r.title.lower().split()[-1]) not in named]
