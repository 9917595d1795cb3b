"""Who a pronoun or a definite description ("the party", "the Prime Minister")
refers to: the nearest fitting entity mentioned before it."""
from __future__ import annotations

import re

from bisect import bisect_left

from spacy.tokens import Doc, Token

from ..models import Entity
from .entities import Resolution
from .gazetteer import country_code, gender_of, is_city, is_styled, is_subdivision, subdivision_of
from .cues import demonym_code, first_conjunct, is_title_head, is_title_word, title_initials, title_of_plural
from .quotes import regions
from .layout import dateline_country
from .types import RELATIONS
from .nlp import SENTENCE_END, in_brackets, line_at, line_span, sentence_of, text_of_doc, tokens
from ..lexicons import LEX

DEFINITE = ("the", "this", "that")  # "the governor", "this new commissioner": one named before
PERSON_PRONOUNS = {"he", "him", "his", "she", "her", "hers", "i", "me", "my"}
INSTITUTIONS = ("university", "college", "school", "hospital", "institute", "academy", "museum", "library")
COMPANY = frozenset({"flank", "accompany", "join"})  # "A, flanked by B": who A is with
GENDERS = ({"he", "him", "his"}, {"she", "her", "hers"})
QUALIFIED = frozenset({"vice", "deputy", "former", "ex", "assistant", "acting", "senate", "then", "lieutenant", "lt.",
                       "lt"})  # "Lt. Gov. X" is no governor
ORG_PRONOUNS = {"it", "its"}
STYLED = frozenset({"prince", "princess", "sheikh", "sheikha", "chief"})  # styles before a name ("Prince X")
UTILITIES = ("power", "electric", "electricity", "energy", "water", "gas", "light", "utility", "utilities", "grid", "hydro")
WINDOW = 3  # sentences back
PLURAL_KINDS = {"country": "Place", "nation": "Place", "company": "Organization", "firm": "Organization",
                "automaker": "Organization", "carmaker": "Organization", "leader": "Person",
                "politician": "Person"}  # "the companies"
PARAGRAPH = re.compile(r"\w[.!?] [A-Z][^.!?]* \w+[.!?] [A-Z]")  # three sentences: prose, though cut off at its end
CAPTION = re.compile(r"\((?:Image|Photo|Picture|Credit)s?:|\bPHOTO\b")


def salience(head: Token) -> int:
    """0 for the subject of a main clause, 1 for any subject, 2 otherwise."""
    if head.dep_ == "appos" or (head.dep_ == "poss" and head.head.pos_ == "NOUN" and head.head.dep_ == "nsubj"):
        head = head.head  # "X's presence was significant. He served ...": X as the subject
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return 2
    verb = head.head
    return 0 if verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT") else 1


def a_source(head: Token) -> bool:
    """"..., reports VietnamNet", "..., the Xinhua agency said": a body named as the one that
    reports the sentence (last in rank for "the company")."""
    verb = head.head
    return head.dep_ == "nsubj" and (verb.lemma_.lower() in LEX.reporting_verbs or verb.lemma_ == "report") \
        and verb.i < head.i \
        and any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children)


def reporter(tok: Token) -> Token | None:
    """The subject of the reporting verb whose reported clause the token is the subject of
    ("the governor" of "The governor said she is committed")."""
    verb = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "ccomp" \
            or verb.head.lemma_.lower() not in LEX.reporting_verbs:
        return None
    return next((c for c in verb.head.children if c.dep_ == "nsubj"), None)


BODY_PARTS = frozenset({"board", "management", "leadership"})  # an organization's governing part
MEMBERS = frozenset({"officials", "executives", "leaders", "representatives", "bosses", "chiefs", "members",
                     "spokesperson", "spokesman", "spokeswoman"})  # "An Acme spokesperson said: 'We ...'"


FRONTING = frozenset({"when", "after", "as", "while", "before", "once", "since", "because", "although", "though"})
MEETING = frozenset({"meet", "meeting", "host", "receive", "welcome", "visit", "talk", "confer"})  # two who then act as "they"
MONARCHS_AND_PRESIDENTS = ("president", "king", "queen", "emir", "amir", "sultan", "monarch")  # a head of state
GENERIC_HEADS = frozenset({"chief", "boss", "head"})  # "the police chief", "the health boss"
HEADS_OF = frozenset({"commissioner", "chief", "superintendent", "director", "commander", "head", "minister", "secretary",
                      "chairman", "chairperson", "chair", "president", "inspector-general", "general"})  # who heads a service
LEADERS = HEADS_OF | {"ceo", "executive", "chairwoman", "founder"}  # who leads a company ("the Acme chief")
MONARCHIES = frozenset({"kingdom", "emirate", "sultanate"})
SAME_TITLE = {"ceo": frozenset({"executive"}), "executive": frozenset({"ceo"})}


def aged(tok: Token) -> bool:
    """"the 54-year-old": a person called by age."""
    doc = tok.doc
    return tok.lower_ == "old" and tok.i > 3 and doc[tok.i - 2].lower_ in ("year", "years") \
        and doc[tok.i - 1].text == doc[tok.i - 3].text == "-" and doc[tok.i - 4].like_num


class Coref:
    """Resolve tokens to entity keys within one Doc."""

    def __init__(self, doc: Doc, entities: list[Entity], res: Resolution):
        toks = tokens(doc)
        self.doc, self.res = doc, res
        self.memo: dict[int, str | None] = {}  # pronoun -> whom it refers to, for chains
        self._quoted: list[tuple[int, int]] | None = None
        self.types = {e.key: e.type for e in entities}
        self.names = {e.key: (e.label, *e.aliases) for e in entities}
        self.starts = [s[0] for s in res.spans]
        self.sent_of = {i: s[0] for i, s in enumerate(sentence_of(doc))}
        self.titled: dict[str, set[str]] = {}  # person -> title words written before their name
        for start, end, key, _nested in res.spans:
            if self.types.get(key) != "Person":
                continue
            k = start - 1
            while k >= 0 and toks[k].lower_ in LEX.honorifics:
                k -= 1
            qualified = k > 0 and toks[k - 1].lower_ in QUALIFIED  # "Vice President X", "former Mayor X"
            words = [LEX.title_abbreviations.get(toks[k].lower_, toks[k].lower_).rpartition(" ")[2]] \
                if k >= 0 and not qualified else []  # "Gov. X ... the governor"
            if words and k > 1 and is_title_word(toks[k - 1]) and is_title_word(toks[k]) and toks[k - 2].lower_ not in QUALIFIED:
                words.append(toks[k - 1].lower_)  # "chief executive X ... the new chief"
            if k > 1 and (toks[k].lower_ in ("elect", "designate") or toks[k].text == ","):  # "Commissioner-elect X",
                words.append(toks[k - 2 if toks[k - 1].text == "-" else k - 1].lower_)  # "Mayor elect X", "Governor, X"
            if k > 3 and toks[k].text == ",":  # "Secretary for Transport, X", "Minister for Youth and Sports, X",
                m = k - 1  # not "Vice Minister of"
                while m > 1 and (toks[m].is_title or toks[m].lower_ in ("and", "&")) and k - m < 6:
                    m -= 1
                if toks[m].lower_ in ("for", "of") and toks[m - 2].lower_ not in QUALIFIED:
                    words.append(toks[m - 1].lower_)
            if k > 4 and toks[k].text == "," and toks[k - 1].text == ")" and toks[k - 3].text == "(":
                m = k - 4  # "the Chief of Army Staff (COAS), X": the title before its initials
                while m > 0 and toks[m].is_title and toks[m].lower_ not in LEX.title_single_heads:
                    m -= 1
                words.append(toks[m - (toks[m].lower_ in ("of", "for"))].lower_)
            if end < len(doc) and toks[end].text == ",":  # "Jane Roe, deputy managing director, ..."
                words += [t.lower_ for t in doc[end + 1:end + 6]]
            root = doc[start:end].root
            if root.dep_ == "appos" and root.head.i < start:  # "Kessland's prime minister, Jane Roe"
                words.append(root.head.lower_)
            if root.dep_ in ("nsubj", "nsubjpass") and not any(c.dep_ == "neg" for c in root.head.children):
                words += [c.lower_ for c in root.head.children if c.dep_ in ("attr", "oprd", "xcomp")  # "X is the
                          and not any(g.lower_ in QUALIFIED for g in c.children)]  # mayor", not "a former mayor"
            self.titled.setdefault(key, set()).update(w for w in words if w in LEX.title_single_heads)

    def entity_of(self, tok: Token) -> str | None:
        """The entity a token names or refers to, if any."""
        key = self.res.key_at(tok.i)
        if key:
            return key
        low = tok.lower_
        kind = "Place" if low in LEX.polity_nouns or low in LEX.government_heads else \
            "Organization" if low in BODY_PARTS else None
        if kind and tok.pos_ in ("NOUN", "PROPN"):  # "the State of Qatar pledged", "the Government of Kessland",
            held = next((self.res.key_at(g.i) for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                         for g in c.children if g.dep_ == "pobj"), None)
            if self.types.get(held) == kind:  # "the new board of the Kessly Rowing Club pledged"
                return held
        if tok.pos_ == "NOUN" and (low in BODY_PARTS or low in MEMBERS) and tok.dep_ in ("nsubj", "nsubjpass") \
                and not any(t.lower_ in LEX.former for t in tok.subtree if t.i < tok.i) \
                and not (low == "members" and any(c.dep_ in ("nummod", "amod", "det") for c in tok.children)):
            # not "former Acme executives", "two Acme members" (some of them, not the body)
            body = next((k for c in tok.children if c.dep_ in ("compound", "nmod", "poss")
                         and self.types.get(k := self.res.key_at(c.i)) == "Organization"), None)
            if body:  # "Acme officials vowed", "the Acme board pledged": the organization
                return body
        if tok.pos_ == "PRON" and low in PERSON_PRONOUNS:
            return self.speaker(tok) or self.owner(tok) or self.subject_or_thread(tok) or self.chained(tok)
        if tok.pos_ == "PRON" and low in ORG_PRONOUNS:
            found = self.conjoined_owner(tok) or self.reporting_body(tok) or self.clause_polity(tok) \
                or self.phrase_owner(tok) or self.object_owner(tok)
            said = reporter(tok) if tok.lower_ == "it" else None
            if found is None and said is not None and said.pos_ == "NOUN" and self.res.key_at(said.i) is None \
                    and (said.lower_ in LEX.government_heads or said.lower_ in LEX.generic_org_nouns
                         or said.lower_ in LEX.org_heads and said.tag_ == "NN"):
                return self.entity_of(said)  # "the Welsh government said it": the government, whichever it is;
                # "the union said it": the one named a union, or none (not the bank named before)
            return found or self.antecedent(tok.i, "Organization") or self.described_body(tok)
        if low == "majesty" and any(c.lower_ in ("his", "her") for c in tok.lefts):  # "His Majesty vowed"
            return self.sole_ruler()
        shared = tok.dep_ == "conj" and tok.head.pos_ == "NOUN" and tok.head.i < tok.i and not any(
            c.dep_ in ("det", "poss") for c in tok.lefts) and any(c.lower_ in DEFINITE or c.dep_ == "poss" for c in tok.head.lefts)
        # "Kessland's finance minister and central bank governor": the second takes the first's determiner
        if (tok.pos_ in ("NOUN", "PROPN") or aged(tok)) and (shared or any(c.lower_ in DEFINITE for c in tok.lefts)):
            if low == "head" and any(g.lower_ == "state" for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                                     for g in c.children if g.dep_ == "pobj"):  # "the Head of State": the president,
                holders = {h for t in MONARCHS_AND_PRESIDENTS if (h := self.sole_holder(t))}  # king or emir named
                return holders.pop() if len(holders) == 1 else None
            if tok.dep_ in ("nsubj", "nsubjpass") and (low in LEX.person_descriptors or aged(tok)) \
                    and not any(c.dep_ in ("poss", "prep", "relcl", "acl") for c in tok.children):
                found = self.antecedent(tok.i, "Person")  # "The socialist vowed", "the 54-year-old said": one named before
                if not aged(tok):
                    return found
                ages, years = self.ages(tok.i), self.doc[tok.i - 4].text  # "X, 86, met Y, 21. The 21-year-old": Y
                same = next((k for k, age in ages.items() if age == years), None)
                return same or (found if ages.get(found, years) == years else None)
            if low == "boss":  # "the Acme boss", "the health boss": whoever heads it (no title of its own)
                return self.chief_of(tok)
            if low in ("monarch", "sovereign") and not any(c.dep_ in ("amod", "compound") for c in tok.children):
                return self.sole_ruler()  # "the monarch vowed", "the Sovereign pledged" (not "the late monarch")
            if low == "institution":  # "the institution's commitment": a university, a hospital, a school
                return self.antecedent(tok.i, "Organization", nearest=lambda k: any(
                    self.named(k, w) for w in INSTITUTIONS)) or self.antecedent(tok.i, "Organization")
            if low in LEX.generic_org_nouns and (own := self.employer(self.clause_person(tok))):
                return own  # "X, country director of Acme, ... X reiterated the organization's commitment": Acme
            if low in LEX.generic_org_nouns:  # "the company": any organization; "the group": one named a group
                return (self.antecedent(tok.i, "Organization", nearest=lambda k: self.named(k, low))  # if the
                        if low in LEX.org_heads and low != "party" else None) \
                    or self.antecedent(tok.i, "Organization")  # story names one ("the party": the Tories too)
            if low == "utility":  # "the utility": one whose name says what it supplies ("Kessly Light and Power")
                return self.antecedent(tok.i, "Organization", nearest=lambda k: any(self.named(k, w) for w in UTILITIES))
            if low in LEX.org_heads:  # "the council": one whose name says council
                return self.antecedent(tok.i, "Organization", nearest=lambda k: self.named(k, low))
            if low in LEX.buildings and tok.pos_ == "NOUN":  # "the hospital's chief executive": the one named so
                return self.institution(tok.i, low)
            if low in MONARCHIES and not any(c.dep_ == "prep" for c in tok.children):  # "the Kingdom's commitment":
                filed = dateline_country(text_of_doc(self.doc))  # the kingdom a story is filed from,
                return self.antecedent(tok.i, "Place", nearest=lambda k: self.is_styled(k, low) and self.is_code(k, filed)) \
                    or self.antecedent(tok.i, "Place", nearest=lambda k: self.is_styled(k, low)) \
                    or self.antecedent(tok.i, "Place", nearest=self.is_country)  # else one named before, else a country
            if low == "city" and tok.pos_ == "NOUN" and any(c.lower_ == "the" for c in tok.lefts) \
                    and not any(c.dep_ in ("amod", "compound", "poss", "prep") for c in tok.children):
                near = self.antecedent(tok.i, "Place", nearest=self.is_city)  # "Tokyo Governor X said the city is
                # committed to": the one the sentence names before (not where the speaker went: "in Chicago")
                spots = [self.doc[st] for st, _e, k, _n in self.res.spans if k == near and st < tok.i
                         and self.sent_of.get(st) == self.sent_of.get(tok.i)]
                return near if spots and not any(t.dep_ == "pobj" and t.head.lower_ in ("in", "to", "at") for t in spots) \
                    else None
            if low in LEX.polity_nouns and tok.pos_ == "NOUN":  # "the kingdom has committed", "the province's"
                if low != "province":
                    return self.antecedent(tok.i, "Place", nearest=self.is_country)
                named = {k for k, kind in self.types.items() if kind == "Place" and self.is_province(k)}
                return self.antecedent(tok.i, "Place", nearest=self.is_province) or (  # else the one province the
                    named.pop() if len(named) == 1 else None)  # story names, further back
            if low in ("elect", "designate") and tok.i > 1 and tok.nbor(-1).text == "-":
                low = tok.nbor(-2).lower_  # "the president-elect": the one named president(-elect)
            if tok.is_upper and 2 <= len(tok.text) <= 5 and low not in LEX.title_abbreviations \
                    and title_initials(self.doc, tok.text):  # "Minister for Foreign
                # Affairs (FM) Penny Wong ... The FM committed": the one person named right after those initials
                return self.antecedent(tok.i, "Person", nearest=lambda k: self.called(k, low))
            full = LEX.title_abbreviations.get(low)  # "the VC": the person named "Vice-Chancellor"
            head = full.split()[-1] if full else low
            fits = (lambda k: self.called(k, full)) if full else (lambda k: head in self.titled.get(k, ()))
            if head in LEX.title_single_heads and not any(c.dep_ == "poss" or (c.dep_ == "prep" and not self.portfolio(c))
                                                          for c in tok.children):
                # "the Prime Minister told the crowd": someone named with that title before; further
                # back than the window, the one person so named (the article names its president once)
                people = next((c.lower_ for c in tok.lefts if c.dep_ in ("amod", "compound") and c.lower_ in LEX.demonyms),
                              None)  # "the Lao PM": one named after "Lao" ("his Lao counterpart X"), of those
                if people and (near := next((k for s, _e, k, nested in reversed(self.res.spans) if s < tok.i and not nested
                                             and self.types.get(k) == "Person" and self.after_word(k, people)
                                             and (fits(k) or self.called(k, low) if full
                                                  else head in self.titled.get(k, ()))), None)):
                    return near  # (nearest first, however far back)
                written = self.written(tok)
                exact = [k for k in self.titled if self.called(k, written, exact=True)] if " " in written and not full else []
                near = (self.antecedent(tok.i, "Person", nearest=lambda k: fits(k) and k in exact)
                        or (exact[0] if len(exact) == 1 else None)) or self.antecedent(tok.i, "Person", nearest=fits)
                # "the Deputy Prime Minister promised": one named so (however far back), over a minister named since
                return near or (None if full else self.sole_holder(head) or self.sole_holder(head, written)
                                or self.chief_of(tok) or self.next_subject(tok))
        if tok.pos_ == "NOUN" and low in LEX.generic_org_nouns and (owner := next(
                (c for c in tok.lefts if c.dep_ == "poss" and c.lower_ in PERSON_PRONOUNS), None)) is not None \
                and (own := self.employer(self.entity_of(owner))):
            return own  # "Acme's CEO, X, said his company made a commitment": Acme
        if (held := self.headline_title(tok)) is not None:
            return held
        if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("nsubj", "nsubjpass") and low in LEX.title_single_heads and any(
                self.types.get(self.res.key_at(g.i)) in ("Place", "Organization") for c in tok.children
                for g in ([c] if c.dep_ == "poss" else c.children if c.dep_ == "prep" and c.lower_ == "of" else ())):
            owners = {code for c in tok.children for g in ([c] if c.dep_ == "poss" else c.children if c.dep_ == "prep"
                                                           and c.lower_ == "of" else ())
                      if (code := country_code(self.names.get(self.res.key_at(g.i), ("",))[0]))}
            titled = [k for s, _e, k in self.before(tok.i, "Person") if self.prose(s) and low in self.titled.get(k, ())
                      and not self.foreign(k, owners)]  # "Peru's prime minister": not "Chilean Prime Minister X"
            mods = [c.lower_ for c in tok.lefts if c.dep_ in ("amod", "compound") and c.lower_ in LEX.title_modifiers]
            named = [k for s, _e, k, nested in reversed(self.res.spans) if s < tok.i and not nested and mods
                     and self.types.get(k) == "Person" and self.called(k, " ".join([*mods, low])) and not self.foreign(k, owners)
                     and "\n" not in self.doc[max(0, s - 3):s].text]  # however far back (not a byline under a subtitle)
            near = next(iter(named), None) or next(iter(titled), None)  # "Peru's president X ... Peru's new president has been sworn in"; "Swedish
            # Foreign Minister X ... PM Y ... Sweden's foreign minister announced": X
            if found := near or self.next_subject(tok, owners):  # "Madagascar's new president has been sworn in. Ada
                return found  # Obi told ..."
        if tok.pos_ in ("NOUN", "PROPN") and (low in LEX.org_heads or low in LEX.generic_org_nouns) \
                and not any(c.dep_ in ("det", "poss", "compound", "amod") for c in tok.children) and self.in_headline(tok):
            named = {k for _s, _e, k, _n in self.res.spans if self.types.get(k) == "Organization"
                     and (low in LEX.generic_org_nouns or self.named(k, low))}
            return named.pop() if len(named) == 1 else None  # "School promises improvements": the one school
        low = LEX.title_abbreviations.get(low, low).split()[-1]  # "PM": a minister
        if tok.pos_ in ("NOUN", "PROPN") and low in LEX.title_single_heads and self.in_headline(tok):
            # "Iraqi Prime Minister vows to rebuild Mosul", "Fiji PM promises": the one person the article names so
            return self.sole_holder(low)
        return None

    def sole_ruler(self) -> str | None:
        """The one king, queen, emir or sultan the article names, not one it calls late or former."""
        holders = {h for t in MONARCHS_AND_PRESIDENTS[1:] if (h := self.sole_holder(t))}
        key = holders.pop() if len(holders) == 1 else None
        late = key is not None and any(self.doc[k].lower_ in ("late", "former") for s, _e, named, _n in self.res.spans
                                       if named == key for k in range(max(0, s - 2), s))
        return None if late else key

    def ages(self, i: int) -> dict[str, str]:
        """The ages the text gives people named before token i ("Jane Roe, 86,")."""
        toks = tokens(self.doc)
        return {key: toks[end + 1].text for _start, end, key in self.before(i, "Person")
                if end + 2 < len(toks) and toks[end].text == "," and toks[end + 1].like_num and toks[end + 2].is_punct}

    def called(self, key: str, title: str, exact: bool = False) -> bool:
        """Whether a person is named right after this whole title ("Vice-Chancellor, Prof X"); with
        `exact`, after it and no more title ("Chief Executive X", not "Chief Executive Officer X")."""
        return any((words.endswith(title) if exact else title in words)
                   for s, _e, k, _n in self.res.spans if k == key for j in (s, self.title_end(s))
                   for words in (" ".join(t.lower_ for t in self.doc[max(0, j - 6):j] if t.is_alpha),))

    def named_with(self, key: str, before: int) -> set[str]:
        """The people the sentence that last names this one before token `before` names."""
        start = max((s for s, _e, k, _n in self.res.spans if k == key and s < before), default=None)
        if start is None:
            return set()
        sent = self.doc[start].sent
        return {k for s, _e, k, _n in self.res.spans if sent.start <= s < sent.end and self.types.get(k) == "Person"}

    def title_end(self, start: int) -> int:
        """Where a title before a name ends, past honorifics, a comma and the title's bracketed
        initials ("Inspector-General of Police (IGP), Mr [X]")."""
        doc, j = self.doc, start
        while j > 0 and (doc[j - 1].lower_ in LEX.honorifics or doc[j - 1].text == ","):
            j -= 1
        if j > 2 and doc[j - 1].text == ")" and doc[j - 3].text == "(":
            j -= 3
        return j

    def foreign(self, key: str, codes: set[str]) -> bool:
        """Whether a person is named right after another country's demonym than these ("Chilean
        Prime Minister X", when the text asks for Peru's)."""
        return bool(codes) and any((code := demonym_code(t)) and code not in codes for s, _e, k, _n in self.res.spans
                                   if k == key for t in self.doc[max(0, s - 4):s])

    def after_word(self, key: str, word: str) -> bool:
        """Whether a person is named within six words after this word ("his Lao counterpart X")."""
        return any(t.lower_ == word for s, _e, k, _n in self.res.spans if k == key for t in self.doc[max(0, s - 6):s])

    def next_subject(self, tok: Token, owners: set[str] = frozenset()) -> str | None:
        """"The leader of the council has pledged ... Ada Obi, the council leader, ...": a
        description with no person named shortly before is the person a sentence soon
        after has as its subject (past a photo caption)."""
        if tok.dep_ not in ("nsubj", "nsubjpass") or any(self.prose(s) for s, _e, _k in self.before(tok.i, "Person")):
            return None
        end, prose = tok.sent.end, 0
        for _ in range(8):  # past a byline, a date line, a photo caption, and the lede said again
            if end >= len(self.doc) or prose == 3:
                return None
            sent = self.doc[end].sent
            end = sent.end
            if not self.prose(sent.start):
                continue
            prose += 1
            subj = next((t for t in sent if t.dep_ in ("nsubj", "nsubjpass")), None)
            key = self.res.key_at(subj.i) if subj is not None else None
            if self.types.get(key) == "Person" and self.foreign(key, owners):
                continue  # "Peru's prime minister said ... Chilean Prime Minister X said": another's
            if self.types.get(key) == "Person":  # one titled otherwise, in another sentence, is someone else
                titles = self.titled.get(key, set()) - LEX.ranks  # a rank is no post: "General X" may be the new premier
                head = self.doc[self.res.end_of(subj.i) - 1]
                titles |= {c.lower_ for c in head.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.lower_ not in
                           RELATIONS and any(d.lower_ == "the" for d in c.children)}  # "X, the contractor" (not "a
                # former teacher", "the son of a miner")
                fits = not titles or tok.lower_ in titles or any(t.lower_ == tok.lower_ for t in sent) or (
                    tok.head.lemma_.lower() in LEX.commitment_verbs and any(  # "... has pledged. Y made the
                        t.dep_ == "dobj" and t.lemma_.lower() in LEX.commitment_nouns for t in subj.head.children))
                return key if fits else None  # commitment ...": the one who pledged
        return None

    def prose(self, i: int) -> bool:
        """Whether token i is in a line the text ends as a sentence, not a photo caption."""
        line = line_at(text_of_doc(self.doc), self.doc[i].idx).rstrip()
        return (line.endswith(SENTENCE_END) or PARAGRAPH.search(line) is not None) and not CAPTION.search(line)

    def speaker(self, tok: Token) -> str | None:
        """"The governor said she is committed": the subject of a reported clause is the
        one who reports it, when a description names the speaker ("the governor")."""
        return self.described_person(reporter(tok))

    def reporting_body(self, tok: Token) -> str | None:
        """"India says it remains committed": "it" in a reported clause is the organization
        or country that reports it."""
        subj = reporter(tok) if tok.lower_ == "it" else None
        key = self.res.key_at(subj.i) if subj is not None else None
        names = self.names.get(key, ())
        body = self.types.get(key) == "Organization" or any(country_code(n) for n in names)
        return key if body else None

    def described_person(self, tok: Token | None) -> str | None:
        """The person a noun describes ("the governor"), if it refers to one."""
        key = self.entity_of(tok) if tok is not None and tok.pos_ == "NOUN" else None
        return key if self.types.get(key) == "Person" else None

    def portfolio(self, prep: Token) -> bool:
        """"(the Minister) of Works and Transport": an of-phrase naming no entity."""
        return prep.lower_ == "of" and all(self.res.key_at(t.i) is None for t in prep.subtree)

    def headline_title(self, tok: Token) -> str | None:
        """A headline's subject written as a bare title ("IT minister vows ...", "Kessland's
        president-elect vows ..."): the one person the article names with that title."""
        misread = tok.dep_ == "compound" and tok.head.i == tok.i + 1 and tok.head.tag_ == "NNS" \
            and tok.head.lemma_.lower() in LEX.commitment_verbs  # "Health minister pledges to ...", read as one noun
        if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ not in ("nsubj", "nsubjpass") and not misread \
                or self.sent_of.get(tok.i) != 0 \
                or any(c.dep_ == "det" for c in tok.children) \
                or line_at(text_of_doc(self.doc), tok.idx).rstrip().endswith((".", "!", "?")):
            return None
        elect = tok.lower_ in ("elect", "designate") and tok.i > 1 and tok.nbor(-1).text == "-"
        head = tok.nbor(-2).lower_ if elect else tok.lower_
        if head not in LEX.title_single_heads:
            return None
        written = f"{head} {tok.lower_}" if elect else head
        body = next((k for c in tok.lefts if c.dep_ in ("compound", "poss")
                     and self.types.get(k := self.res.key_at(c.i)) == "Organization"), None)
        if body is not None and (led := self.named_after(body, frozenset({head}))):
            return led  # "Toyota President vows ...": the one named after Toyota and "President"
        called = {k for s, _e, k, _n in self.res.spans if self.types.get(k) == "Person" and written in self.title_before(s)}
        return self.sole_holder(head, written if elect else "") or (called.pop() if len(called) == 1 else None)

    def title_before(self, start: int) -> str:
        """The capitalised title words right before a name ("Federal Minister for IT [X]"), lower-cased."""
        doc, j, words = self.doc, start - 1, []
        while j >= 0 and (doc[j].lower_ in LEX.honorifics or doc[j].is_title and doc[j].lower_ in STYLED):
            j -= 1  # "Minister of Sport, Prince X"
        j -= j > 0 and doc[j].text == ","  # a title set off by a comma before the name
        stop = j - 6
        while j >= 0 and j > stop and (doc[j].is_title or doc[j].lower_ in ("for", "of", "and", "&", "-")
                                       or doc[j].is_upper and doc[j].is_alpha):
            words.append(doc[j].lower_)
            j -= 1
        return " ".join(reversed(words))

    def sole_holder(self, title: str, written: str = "") -> str | None:
        """The one person the article names with this title word, if only one; with
        `written`, the one named right after that whole title ("the prime minister", when
        the article names a foreign minister too)."""
        same = SAME_TITLE.get(title, frozenset()) | {title}  # "CEO" is the one named "chief executive"
        holders = [k for k, words in self.titled.items() if words & same and (not written or self.called(k, written))]
        return holders[0] if len(holders) == 1 else None

    def named_after(self, body: str, titles: frozenset[str]) -> str | None:
        """The one person named right after the body and one of these title words ("Samsung
        Electronics Chairman X") or right before them ("X, Acme's president"), if only one."""
        led = {k for s, e, k, _n in self.res.spans if self.types.get(k) == "Person" and self.titled.get(k, set()) & titles
               and body in map(self.res.key_at, [*range(max(0, s - 5), s), *(
                   range(e + 1, min(e + 4, len(self.doc))) if e < len(self.doc) and self.doc[e].text == "," else ())])}
        return led.pop() if len(led) == 1 else None  # (or right after it: "X, Acme's president and CEO,")

    def clause_person(self, tok: Token) -> str | None:
        """The person named as the subject of the clause a word is in ("X reiterated the
        organization's commitment": X)."""
        verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) if verb is not None else None
        key = self.res.key_at(subj.i) if subj is not None else None
        return key if self.types.get(key) == "Person" else None

    def employer(self, person: str | None) -> str | None:
        """The one body a person is named with a title of: "X, country director of Acme",
        "Acme's CEO, X", "Acme chairman X"."""
        if person is None or not self.titled.get(person):
            return None
        found, doc = set(), self.doc
        for start, end, key, _nested in self.res.spans:
            if key != person:
                continue
            before = [k for k in range(max(0, start - 4), start) if self.types.get(self.res.key_at(k)) == "Organization"]
            if before and all(is_title_word(t) or t.text in ("'s", "’s", ",") for t in doc[before[-1] + 1:start]):
                found.add(self.res.key_at(before[-1]))  # "Acme's CEO, X", "Acme chairman X"
            if end < len(doc) and doc[end].text == ",":
                k = end + 1
                while k < min(len(doc), end + 9) and (step := 2 if self.portfolio_word(k) else int(
                        is_title_word(doc[k]) or doc[k].lower_ in ("the", "and", "&"))):
                    k += step  # (a portfolio too: "X, director of projects of Acme")
                if k + 1 < len(doc) and k > end + 1 and doc[k].lower_ in ("of", "at") \
                        and self.types.get(body := self.res.key_at(k + 1 + (doc[k + 1].lower_ == "the"))) == "Organization":
                    found.add(body)  # "X, country director of Acme"
        return found.pop() if len(found) == 1 else None

    def portfolio_word(self, k: int) -> bool:
        """"[of Projects] of Acme": a title's portfolio of one word, before the body's "of"."""
        doc = self.doc
        return doc[k].lower_ in ("of", "for") and k + 2 < len(doc) and doc[k + 1].is_title \
            and self.res.key_at(k + 1) is None and doc[k + 2].lower_ in ("of", "at")

    def chief_of(self, tok: Token) -> str | None:
        """"The police chief" (or boss, head): the one person the article names after a title
        with that word ("Police Commissioner X"), when no one is named "chief"."""
        if tok.lower_ not in GENERIC_HEADS:
            return None
        body = next((k for c in tok.lefts if c.dep_ in ("compound", "poss")
                     and self.types.get(k := self.res.key_at(c.i)) == "Organization"), None)
        if body is not None:  # "the Samsung chief": the one person named right after the body and a head's title
            return self.named_after(body, LEADERS)
        words = [c.lower_ for c in tok.lefts if c.dep_ in ("amod", "compound") and c.is_lower]
        if len(words) != 1:
            return None
        holders = {k for k, titles in self.titled.items() if any(
            (self.called(k, f"{words[0]} {w}") or self.called(k, f"{w} of {words[0]}")
             and not any(self.called(k, f"{q} {w} of {words[0]}") or self.called(k, f"{q} inspector {w} of {words[0]}")
                         for q in QUALIFIED))  # not "Assistant Inspector General of Police X"
            and not any(self.called(k, f"{q} {words[0]} {w}") for q in QUALIFIED)
            for w in titles & HEADS_OF)}  # "Police Commissioner X", "Inspector General of Police, X", not "Police
        # Officer X", "Assistant Police Commissioner X"
        if len(holders) > 1:  # two heads named (a country's and a state's): the one named last before
            holders = {next((k for _s, _e, k in self.before(tok.i, "Person") if k in holders), None)} - {None}
        return holders.pop() if len(holders) == 1 else None

    @staticmethod
    def written(tok: Token) -> str:
        """The title a description writes, with its title words before the head ("prime
        minister"), or "" when it has none."""
        words = [c.lower_ for c in tok.lefts if c.dep_ in ("amod", "compound") and is_title_word(c)]
        return " ".join([*words, tok.lower_]) if words else ""

    def chained(self, tok: Token) -> str | None:
        """"She said ... She added ... And she pledged": beyond the window, a pronoun
        refers to whom the last pronoun of its gender referred to, when that one spoke."""
        group = next((g for g in GENDERS if tok.lower_ in g), None)
        if group is None:
            return None
        toks, walked, found = tokens(self.doc), [], None
        while True:  # back through the speakers, without recursion however long the article
            before = next((t for t in reversed(toks[:tok.i]) if t.pos_ == "PRON" and t.lower_ in group), None)
            if before is None or before.dep_ != "nsubj" or before.head.lemma_.lower() not in LEX.reporting_verbs:
                break  # only through the speaker of "she said ...", the thread of a news story
            if before.i in self.memo:
                found = self.memo[before.i]
                break
            walked.append(before.i)
            found = self.antecedent(before.i, "Person")
            if found:
                break
            tok = before
        self.memo.update(dict.fromkeys(walked, found))
        return found

    def in_headline(self, tok: Token) -> bool:
        """Whether the token is in a line not ended by a full stop, with more text after it,
        before any sentence that is (its headline, after a masthead or a section's name)."""
        text = text_of_doc(self.doc)
        start, end = line_span(text, tok.idx)
        if end == len(text) or text[start:end].rstrip().endswith(SENTENCE_END):
            return False
        return not any(line.rstrip().endswith(SENTENCE_END) for line in text[:start].splitlines())

    def owner(self, tok: Token) -> str | None:
        """"They doubt the governor will keep his promise": a possessive pronoun is the
        subject of its own clause, when that is a person's name or description ("the governor")."""
        if tok.dep_ != "poss":
            return None
        verb = tok.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.i > tok.i:
            return None
        named = self.res.key_at(subj.i)  # "X must remember his promises": X's
        return named if self.types.get(named) == "Person" else self.described_person(subj)

    def subject_or_thread(self, tok: Token) -> str | None:
        """The nearest person named as a subject within the window; when the window names
        people only as objects ("He flew in with Minister X"), the person the story's
        thread of subject pronouns ("He ... He ...") refers to, if it does."""
        if (bound := self.clause_subject(tok)) is not None:
            return bound
        if (near := self.relative_subject(tok)) is not None:
            return near
        best = self.ranked(tok.i, "Person", outside_quotes=self.after_quote(tok), pronoun=tok)
        if (described := self.described_referent(tok)) is not None:
            return described  # "X spoke. The prime minister agreed. He promised ...": the prime minister
        if best is not None and best[0] < 2:
            return best[1]
        group = next((g for g in GENDERS if tok.lower_ in g), None)
        toks, here = tokens(self.doc), tok
        for _ in range(12):  # back through the subject pronouns of the thread
            here = next((t for t in reversed(toks[:here.i]) if t.pos_ == "PRON" and group and t.lower_ in group), None)
            if here is None or self.sent_of.get(tok.i, 0) - self.sent_of.get(here.i, 0) > 3 * WINDOW:
                break
            if salience(here) > 0:
                continue  # only main clauses' subjects: "X said he had ..." is not the thread
            if (described := self.described_referent(here)) is not None:
                return described  # "The army chief said ... He also pledged ... '...,' he said"
            found = self.ranked(here.i, "Person", pronoun=here)
            if found is not None and found[0] < 2:
                return found[1]
        return best[1] if best is not None else self.only_person(tok) if self.after_quote(tok) else None

    def relative_subject(self, tok: Token) -> str | None:
        """"... remarks X made in London, in which he vowed to ...": the subject pronoun of a
        relative clause is the nearest person of its gender its sentence names before it as the
        subject of the main clause or of a relative clause on the same noun (over a subject of the
        sentences before; not one of a reported or adverbial clause: "Analysts said X would ...")."""
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ != "relcl":
            return None
        here, hung = self.sent_of.get(tok.i, 0), [tok.head.head, *tok.head.head.ancestors]
        return next((key for start, end, key in self.before(tok.i, "Person") if self.sent_of.get(start, 0) == here
                     and salience(root := self.doc[start:end].root) <= 1 and self.fits_gender(tok, key)
                     and (root.head.dep_ == "ROOT" or root.head.dep_ == "relcl" and root.head.head in hung)), None)

    def clause_subject(self, tok: Token) -> str | None:
        """"X, long before he was minister, had ...": a subject pronoun of an adverbial clause
        inside a clause whose subject, named before it, is a person of its gender."""
        verb = tok.head
        if tok.dep_ not in ("nsubj", "nsubjpass"):
            return None
        if verb.dep_ == "relcl" and any(c.dep_ == "mark" for c in verb.children):
            subj = verb.head  # "X, long before he was minister,", parsed as a clause on the name
        elif verb.dep_ == "advcl":
            subj = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i), None)
        elif fronted := next((c for c in verb.children if c.dep_ == "advcl" and c.i < tok.i and any(
                m.dep_ in ("mark", "advmod") and m.lower_ in FRONTING for m in c.children)), None):
            subj = next((c for c in fronted.children if c.dep_ in ("nsubj", "nsubjpass")), None)  # "When X pitched the
            # tax, he pledged ...": X, one the story named before, of the pronoun's gender by first name (not "When
            # Y signed the bill, he vowed to repeal it", Y new to the story)
            key = self.res.key_at(subj.i) if subj is not None else None
            known = any(k == key and s < tok.sent.start for s, _e, k, _n in self.res.spans)
            return key if self.types.get(key) == "Person" and known and self.same_gender(tok, key) else None
        else:
            return None
        key = self.res.key_at(subj.i) if subj is not None else None
        return key if self.types.get(key) == "Person" and self.fits_gender(tok, key) else None

    def described_referent(self, tok: Token) -> str | None:
        """The person a definite description names as the nearest subject before the pronoun,
        with no subject named by name between them (but inside a quotation, for a pronoun outside)."""
        described = self.described_subject(tok)
        quoted = () if self.in_quote(tok) else self.quoted()  # a narrative pronoun: not one named inside a quotation
        if described is None or not self.fits_gender(tok, described[1]) or any(
                salience(self.doc[s:e].root) < 2 for s, e, _k in self.before(tok.i, "Person")
                if s > described[0] and not any(a <= s <= b for a, b in quoted)):
            return None
        return described[1]

    def genders(self, pronoun: Token, key: str) -> tuple[str | None, str | None]:
        """The gender a person's first name says, and the one the pronoun wants (None if neither says)."""
        name = self.names.get(key, ("",))[0]
        wanted = "male" if pronoun.lower_ in GENDERS[0] else "female" if pronoun.lower_ in GENDERS[1] else None
        return (gender_of(name.split()[0]) if name else None), wanted

    def same_gender(self, pronoun: Token, key: str) -> bool:
        """Whether a person's first name says the pronoun's gender."""
        gender, wanted = self.genders(pronoun, key)
        return wanted is not None and gender == wanted

    def fits_gender(self, pronoun: Token, key: str) -> bool:
        """Whether a person's first name does not contradict the pronoun ("she" for Tom)."""
        gender, wanted = self.genders(pronoun, key)
        return not (gender and wanted and gender != wanted)

    def described_subject(self, tok: Token) -> tuple[int, str] | None:
        """The nearest subject (or its owner) before the pronoun, within the window, that is a
        definite description of a person named before ("the prime minister"), and that person."""
        here = self.sent_of.get(tok.i, 0)
        for t in reversed(tokens(self.doc)[:tok.i]):
            if here - self.sent_of.get(t.i, 0) > WINDOW:
                return None
            subject = t.dep_ in ("nsubj", "nsubjpass") or t.dep_ == "poss" and t.head.dep_ in ("nsubj", "nsubjpass")
            if subject and t.pos_ in ("NOUN", "PROPN") and t.lower_ in LEX.title_single_heads \
                    and any(c.lower_ == "the" for c in t.lefts):  # "the prime minister", "the FIFA President's pledge"
                key = self.entity_of(t)
                return (t.i, key) if self.types.get(key) == "Person" else None
        return None

    def only_person(self, tok: Token) -> str | None:
        """The one person the story names before the pronoun, however far back ("The new mayor
        X was sworn in ... [three paragraphs without a person] ... '...,' he said"), unless
        the first name says otherwise ("she" for Ben)."""
        people = {key for start, _end, key, nested in self.res.spans[:bisect_left(self.starts, tok.i)]
                  if not nested and self.types.get(key) == "Person"}
        if len(people) != 1:
            return None
        key = people.pop()
        toks = tokens(self.doc)
        if not any(k == key and any(is_title_word(t) for t in toks[max(0, s - 5):s]) for s, _e, k, _n in self.res.spans):
            return None  # an official's words (named near a title), not a victim's or a player's
        return key if self.fits_gender(tok, key) else None

    def antecedent(self, i: int, kind: str, nearest=None) -> str | None:
        """The nearest earlier entity of that kind within WINDOW sentences, preferring
        sentence subjects; with `nearest`, simply the nearest one that passes it."""
        if nearest is None:
            best = self.ranked(i, kind)
            return best[1] if best is not None else None
        return next((key for _start, _end, key in self.before(i, kind) if nearest(key)), None)

    def ranked(self, i: int, kind: str, outside_quotes: bool = False, pronoun: Token | None = None) -> tuple[int, str] | None:
        """The nearest earlier entity of that kind within WINDOW sentences, sentence
        subjects first, with its salience (0 a main clause's subject, 1 a subject, 2 other, 3 a
        body reporting the sentence);
        with `outside_quotes`, none named inside a quotation; with a `pronoun`, none whose first
        name says another gender ("she" for Tom)."""
        quoted = self.quoted() if outside_quotes else ()
        ranked = [(3 if kind == "Organization" and a_source(root) else salience(root), key)
                  for start, end, key in self.before(i, kind) if not any(a <= start <= b for a, b in quoted)
                  and (pronoun is None or self.fits_gender(pronoun, key))
                  for root in (self.doc[start:end].root,)]
        return min(ranked, key=lambda r: r[0]) if ranked else None

    def in_quote(self, tok: Token) -> bool:
        """Whether a token is inside a quotation."""
        return any(a <= tok.i <= b for a, b in self.quoted())

    def after_quote(self, tok: Token) -> bool:
        """"'..., ' he promised": a pronoun that attributes the quotation before it."""
        k = tok.i - 1
        while k >= 0 and self.doc[k].text in (",", "."):
            k -= 1
        return k >= 0 and self.doc[k].text in ("”", '"', "’")

    def quoted(self) -> list[tuple[int, int]]:
        if self._quoted is None:
            self._quoted = regions(self.doc)
        return self._quoted

    def before(self, i: int, kind: str):
        """The mentions of entities of that kind before token i within WINDOW sentences,
        nearest first: (start, end, key)."""
        here = self.sent_of.get(i, 0)
        for n in range(bisect_left(self.starts, i) - 1, -1, -1):
            start, end, key, nested = self.res.spans[n]
            if nested or self.types.get(key) != kind or self.bracketed(start, end):
                continue
            if here - self.sent_of.get(start, 0) > WINDOW:
                break
            yield start, end, key

    def institution(self, i: int, word: str) -> str | None:
        """The hospital (museum, stadium) named before token i whose name has this word: the
        nearest in the window, else the only one the article named before."""
        fits = lambda k: self.named(k, word)  # noqa: E731
        near = self.antecedent(i, "Place", nearest=fits) or self.antecedent(i, "Organization", nearest=fits)
        named = {k for s, _e, k, _n in self.res.spans if s < i and self.types.get(k) in ("Place", "Organization")
                 and fits(k)}
        return near or (named.pop() if len(named) == 1 else None)

    def named(self, key: str, word: str) -> bool:
        return any(word in n.lower().split() for n in self.names.get(key, ()))

    def is_country(self, key: str) -> bool:
        return any(country_code(n) for n in self.names.get(key, ()))

    def is_styled(self, key: str, style: str) -> bool:
        """A country whose official name says it is a kingdom, an emirate or a sultanate."""
        return any((code := country_code(n)) and is_styled(code, style) for n in self.names.get(key, ()))

    def is_code(self, key: str, code: str | None) -> bool:
        return code is not None and any(country_code(n) == code for n in self.names.get(key, ()))

    def is_city(self, key: str) -> bool:
        return any(is_city(n) and not country_code(n) for n in self.names.get(key, ()))

    def is_province(self, key: str) -> bool:
        """A state or province with a government of its own (not a parish: "Saint John")."""
        return any(is_subdivision(n) and not country_code(n) and subdivision_of(n)[1] for n in self.names.get(key, ()))

    def bracketed(self, start: int, end: int) -> bool:
        """"(Reuters)", "(NLC)": a name in brackets is a credit or a short form, not a referent."""
        return in_brackets(self.doc, start, end)

    def group(self, tok: Token) -> list[str]:
        """"They vowed": the people the nearest main clause's subject before names, when it
        names two or more ("A and B are ...", "The MPs reacted": the people the text calls MPs)."""
        body = self.governing_body(tok)
        if body:
            return [body]
        here = self.sent_of.get(tok.i, 0)
        toks = tokens(self.doc)
        for t in reversed(toks[:tok.i]):
            if here - self.sent_of.get(t.i, 0) > 1:
                break
            if t.dep_ not in ("nsubj", "nsubjpass") or salience(t) > 0:
                continue
            named = [k for x in (*(c for c in t.subtree if c.i < t.i and c.dep_ == "nmod"
                                   and any(g.dep_ == "cc" for g in c.children)),
                                 t, *t.conjuncts) for k in (self.res.key_at(x.i), *self.apposed_people(x))
                     if self.types.get(k) == "Person"]  # "A and his counterpart B", "[A and Mayor] B", parsed with A
            # a modifier of B
            named += [k for c in t.subtree if c.lemma_.lower() in COMPANY and c.i > t.i
                      for x in c.subtree if (k := self.res.key_at(x.i)) and self.types.get(k) == "Person"]
            if not named and is_title_head(t):  # "Vice Chairman of the Commission A met with B", parsed with
                in_title = {k for x in t.subtree if (k := self.res.key_at(x.i)) and self.types.get(k) == "Person"}
                named = list(in_title) if len(in_title) == 1 else []  # A inside the title's phrase
            if len(named) == 1 and t.head.lemma_.lower() in MEETING:  # "A met B in Lima. They pledged": A and B
                named += [k for c in t.head.children for g in (  # (the other as a second subject, misparsed)
                              [c] if c.dep_ == "dobj" or (c.dep_ == "nsubj" and c.i != t.i) else
                              c.children if c.dep_ == "prep" and c.lower_ == "with" else ())
                          for x in (g, *g.conjuncts) if (k := self.res.key_at(x.i)) and self.types.get(k) == "Person"]
            if len(named) == 1:  # "A took advantage of the meeting with B. The leaders pledged": A and B
                named += [k for m in t.sent if m.lemma_.lower() in MEETING and m.pos_ == "NOUN" for c in m.children
                          if c.dep_ == "prep" and c.lower_ == "with" for g in c.children for x in (g, *g.conjuncts)
                          if (k := self.res.key_at(x.i)) and self.types.get(k) == "Person"]
            if len(named) > 1:  # "A, flanked by his deputy B, heard ... They promised": A and B
                return list(dict.fromkeys(named))
            title = t.lower_.removesuffix("s")
            holders = [k for k, words in self.titled.items() if title in words]
            if t.tag_ in ("NNS", "NNPS") and title in LEX.title_single_heads and len(holders) > 1:
                return holders
            return []
        return []

    def coordinated(self, tok: Token, kind: str) -> list[str]:
        """"A and B ... the companies committed": the entities of that kind (countries, for
        "countries") the nearest coordination before names as subjects or "between A and B", in
        the window; "both countries" or "the two leaders": also the two the sentence names before."""
        fits = (lambda k: self.types.get(k) == kind and (kind != "Place" or self.is_country(k)))  # noqa: E731
        for start, end, _key in self.before(tok.i, kind):
            root = self.doc[start:end].root
            head = root.head if root.dep_ == "conj" else root
            if not (head.dep_ in ("nsubj", "nsubjpass") or head.dep_ == "pobj" and head.head.lower_ == "between"):
                continue  # who acted or joined, not "analysts at A and B"
            named = [k for x in (head, *head.conjuncts) if fits(k := self.res.key_at(x.i))]
            if len(set(named)) > 1:
                return list(dict.fromkeys(named))
        if any(c.lower_ in ("both", "two") for c in tok.lefts):
            here = self.sent_of.get(tok.i, 0)
            named = list(dict.fromkeys(k for s, _e, k in self.before(tok.i, kind) if self.sent_of.get(s) == here and fits(k)))
            return named[::-1] if len(named) == 2 else []
        return []

    def described_body(self, tok: Token) -> str | None:
        """"The Acme Group has pledged ... the retailer aims to ... It has also promised": past
        the window, the body the nearest description a subject writes ("the retailer") refers to."""
        here = self.sent_of.get(tok.i, 0)
        for t in reversed(tokens(self.doc)[:tok.i]):
            if here - self.sent_of.get(t.i, 0) > WINDOW:
                return None
            if t.lower_ in LEX.generic_org_nouns and t.pos_ == "NOUN" and t.dep_ in ("nsubj", "nsubjpass", "poss") \
                    and any(c.lower_ == "the" for c in t.lefts):
                return self.entity_of(t)
        return None

    def apposed_people(self, tok: Token) -> list[str]:
        """The people named in apposition to a token ("his counterpart [B]")."""
        return [k for c in tok.children if c.dep_ == "appos" and self.types.get(k := self.res.key_at(c.i)) == "Person"]

    def governing_body(self, tok: Token) -> str | None:
        """"The Union have moved to assure donors that they are committed": the organization
        that is the subject of a clause the pronoun's clause depends on."""
        verb = tok.head
        while verb.head.i != verb.i:
            verb = verb.head
            if any(c.dep_ in ("dobj", "dative") and c.tag_ == "NNS" for c in verb.children):
                return None  # "Acme told workers that they ...": the workers, maybe
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i), None)
            if subj is not None:
                key = self.res.key_at(subj.i)
                return key if self.types.get(key) == "Organization" else None
        return None

    def conjoined_owner(self, tok: Token) -> str | None:
        """"stressed Oman's positions ..., its firm commitment to ...", "noting Egypt's support
        and its commitment": "its" of a noun joined to one a country or organization owns is
        that owner's."""
        verb = tok.head
        first = first_conjunct(verb)
        if first is verb:  # "stressed Oman's positions, its commitment": a second object of the same verb
            first = next((c for c in verb.head.children if c.dep_ == verb.dep_ and c.i < verb.i), verb)
        owner = next((c for c in first.children if c.dep_ == "poss" and c.i < tok.i), None) if first is not verb else None
        if owner is None and first is not verb and first.dep_ == "pobj" and first.head.dep_ == "prep":
            owner = next((c for c in first.head.head.children if c.dep_ == "poss"), None)  # "Egypt's support for
            # security and its commitment", parsed with "its commitment" joined to "security"
        if tok.dep_ == "poss" and owner is not None and owner.pos_ == "PROPN" and (key := self.res.key_at(owner.i)) \
                and self.types.get(key) in ("Place", "Organization"):
            return key
        return None

    def phrase_owner(self, tok: Token) -> str | None:
        """"The US commitment to keep its promise": "its" inside the infinitive a noun a country or
        organization owns takes is that owner's."""
        if tok.dep_ != "poss" or (verb := tok.head.head).dep_ != "acl" or verb.head.pos_ != "NOUN" \
                or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return None
        return next((key for c in verb.head.children if c.dep_ in ("compound", "poss") and c.pos_ == "PROPN"
                     and self.types.get(key := self.res.key_at(c.i)) in ("Place", "Organization")), None)

    def object_owner(self, tok: Token) -> str | None:
        """"Norway has allocated 70 per cent of its $50 million pledge": "its" inside the object
        of a verb whose subject is a body or a country is that subject's."""
        if tok.dep_ != "poss":
            return None
        head = tok.head
        while head.dep_ in ("pobj", "prep", "compound", "nmod", "npadvmod") and head.head.i != head.i \
                and head.pos_ != "VERB":
            head = head.head  # up to the verb's object: "70 per cent [of [its pledge]]"
        verb = head.head if head.dep_ == "dobj" else None
        subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < tok.i), None) if verb is not None else None
        key = self.res.key_at(subj.i) if subj is not None else None
        return key if self.types.get(key) == "Organization" or self.types.get(key) == "Place" and self.is_country(key) \
            else None

    def clause_polity(self, tok: Token) -> str | None:
        """"waiting for Kessland to carry out the reforms it has pledged": "it" in a relative
        clause is the country that is the subject of the clause the relative hangs from; so is
        "its" of a reported clause's subject ("Kessland reaffirmed that its commitment ..."), and
        of a participle clause's main clause ("Acme Corp pledged $5m, raising its commitment to ...",
        a body's too)."""
        verb, bodies = tok.head, False
        participle = self.participle_of(tok) if tok.dep_ == "poss" else None
        if participle is not None:  # "The US pledged $4 billion, marking a cut from its previous pledge": the
            clause, bodies = participle.head, True  # main clause's subject, a body's too
        elif tok.dep_ == "poss" and verb.dep_ in ("nsubj", "nsubjpass") and verb.head.dep_ == "ccomp":
            clause = verb.head.head
        elif tok.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "relcl" or verb.head.dep_ not in ("dobj", "pobj"):
            return None
        else:
            clause = verb.head.head if verb.head.dep_ == "dobj" else verb.head.head.head
        subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        key = self.res.key_at(subj.i) if subj is not None else None
        return key if key and (self.types.get(key) == "Place" and self.is_country(key)
                               or bodies and self.types.get(key) == "Organization") else None

    @staticmethod
    def participle_of(tok: Token) -> Token | None:
        """The participle clause ("..., marking ...") a possessive is in, hung on a main verb."""
        v = tok.head
        while v.pos_ not in ("VERB", "AUX") and v.head.i != v.i and v.dep_ not in ("relcl", "ccomp", "conj"):
            v = v.head
        return v if v.tag_ == "VBG" and v.dep_ in ("advcl", "xcomp") and v.head.pos_ in ("VERB", "AUX") else None

    def agents(self, tok: Token) -> list[str]:
        """Entities a subject token stands for, coordinated subjects included."""
        if tok.lower_ == "they" and tok.dep_ in ("nsubj", "nsubjpass"):
            return self.group(tok)
        if tok.tag_ == "NNS" and tok.dep_ in ("nsubj", "nsubjpass") and (kind := PLURAL_KINDS.get(tok.lemma_.lower()) or (
                "Person" if tok.is_lower and title_of_plural(tok.lower_) and not any(
                    c.dep_ == "prep" for c in tok.children) and any(c.lower_ in ("both", "two") for c in tok.lefts)
                else None)) \
                and any(c.lower_ in ("the", "both", "two") for c in tok.lefts) \
                and all(c.lower_ in ("the", "both", "two") for c in tok.children if c.i < tok.i):  # not "the
            # so-called Detroit Big Three automakers"
            found = (self.group(tok) if kind == "Person" else []) or self.coordinated(tok, kind)  # "A met B. The two
            # leaders pledged": A and B
            if tok.lemma_.lower() not in PLURAL_KINDS and found and len(self.named_with(found[0], tok.i)) != len(found):
                return []  # a plural title: all the people named with the first (not two of three governors)
            return found if len(found) == 2 or not any(c.lower_ in ("both", "two") for c in tok.lefts) else []
        out = []
        listed = next((c for c in tok.children if c.dep_ == "appos" and c.conjuncts and self.res.key_at(c.i)
                       and self.res.key_at(tok.i)
                       and not any(self.types.get(k := self.res.key_at(x.i) or "") == "Place" and not self.is_country(k)
                                   for x in (tok, c, *c.conjuncts))), None)  # (not "Nairobi, Kenya, and Kampala")
        # "from Australia, Brazil, Canada and Japan", parsed with the second an apposition the rest are joined to
        joined = [c for c in tok.conjuncts if c.i > tok.i]
        titled = next((c for c in joined if c.head.i == tok.i and not any(
            t.dep_ == "cc" or t.text in (",", ";") for t in self.doc[tok.i + 1:c.left_edge.i])
            and c.left_edge.i < c.i and is_title_head(self.doc[self.res.start_of(c.i) - 1])), None)
        if titled is not None and self.types.get(self.res.key_at(titled.i)) == "Person":
            return [self.res.key_at(titled.i)]  # "Law Society of Kenya (LSK) vice president X has pledged",
            # parsed with X joined to the body by no "and": the person the title names
        for t in [tok, *joined,
                  *([listed, *[c for c in listed.conjuncts if c.i > listed.i]] if listed is not None else [])]:
            key = self.entity_of(t) or next(iter(self.apposed_people(t)), None)  # "A and his counterpart B"
            if key and key not in out:
                out.append(key)
        return out
