"""Clause helpers shared by the rules about who committed to or said what: the
subject of a verb, the entities it stands for, a span's clean text."""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ..lexicons import LEX
from .coref import Coref
from .cues import DASHES, is_title_head, is_title_word, title_of_plural
from .gazetteer import country_code
from .nlp import in_brackets, line_span, text_of_doc
from .quotes import speaker_of

AGENT_TYPES = ("Person", "Organization", "Place")  # a place commits as a polity
MODALS = frozenset({"will", "would", "shall", "should", "can", "could", "may", "might", "must", "'ll"})


def dateline_head(tok: Token) -> bool:
    """A dateline's place before its agency in brackets and a dash ("AMMAN (Petra)--"), or
    before a date and a colon or dash ("PRETORIA, 10 October 2012:")."""
    doc = tok.doc
    if tok.ent_type_ in ("GPE", "LOC") and tok.is_sent_start and tok.i + 2 < len(doc) and doc[tok.i + 1].text in DASHES \
            and not tok.whitespace_ and doc[tok.i + 2].text[:1].isupper():
        return True  # "Nakuru—Tom Kiprop has committed": the place a story is filed from, then its subject
    if tok.ent_type_ in ("GPE", "LOC") and tok.is_sent_start and tok.i + 1 < len(doc) and doc[tok.i + 1].text == ",":
        k = tok.i + 2
        while k < len(doc) and k < tok.i + 7 and (doc[k].ent_type_ == "DATE" or doc[k].like_num):
            k += 1
        if tok.i + 2 < k < len(doc) and doc[k].text in (":", *DASHES):
            return True  # "PRETORIA, 10 October 2012: The chief prosecutor ... pledged"
    close = next((k for k in range(tok.i + 2, min(tok.i + 6, len(doc))) if doc[k].text == ")"), None)
    return tok.i + 1 < len(doc) and doc[tok.i + 1].text == "(" and close is not None and close + 1 < len(doc) \
        and doc[close + 1].text in DASHES


def opening_phrase_subject(subj: Token, verb: Token) -> Token | None:
    """"Represented by the Minister, X, the president promised", "To Acme President X, the
    Chief Justice pledged": a name in a sentence's opening phrase that the parser made the
    subject, "the" and a title after its comma right before the verb: the title is the subject."""
    sent, doc = subj.sent, subj.doc
    if sent[0].tag_ not in ("IN", "TO", "VBN") or not (sent.start < subj.i < verb.i):
        return None
    return next((c for c in subj.children if c.dep_ == "appos" and c.i > subj.i and c.right_edge.i + 1 == verb.i
                 and c.left_edge.lower_ == "the" and doc[c.left_edge.i - 1].text == "," and is_title_word(c)), None)


def _named_subject(subjects: list[Token]) -> Token | None:
    """Of two subjects the parser gave one verb, the one naming who acts: the name ("An ally,
    X vowed", "[Newfoundland] and Labrador Premier [X] is pledging"), or, after a common noun,
    the one a name is in apposition to ("Microsoft co-[founder], Bill Gates, has pledged")."""
    if len(subjects) < 2:
        return None
    if subjects[-1].ent_type_ == "PERSON" and (
            subjects[0].pos_ == "NOUN" or any(is_title_word(c) for c in subjects[-1].lefts)):
        return subjects[-1]
    if subjects[0].pos_ != "NOUN":
        return None
    return next((s for s in subjects[1:] if any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in s.children)), None)


def subject_of(verb: Token) -> Token | None:
    """The subject of a verb, climbing through coordinated and adverbial clauses."""
    v = verb
    for _ in range(6):
        deps = ("nsubj", "expl") if v is verb else ("nsubj", "expl", "nsubjpass")  # "was sworn in and vowed to"
        subjects = [c for c in v.children if c.dep_ in deps and not in_brackets(v.doc, c.i, c.i + 1)
                    and not dateline_head(c)] or [g for c in v.children if c.dep_ in deps and dateline_head(c)
                                                  for g in c.children if g.dep_ == "appos"]  # not a
        # dateline's "CITY (Agency) —"
        subj = _named_subject(subjects) or next(iter(subjects), None) or next(
            (c for c in v.children if c.dep_ == "intj" and c.i < v.i and c.text[:1].isupper()), None)  # "Oh said"
        if subj is not None and subj.ent_type_ == "DATE" and (named := [c for c in subj.children if c.dep_ == "compound"
                                                                 and c.ent_type_ in ("GPE", "ORG", "PERSON", "NORP")]):
            subj = named[-1]  # "New Zealand Sunday pledged", parsed with the day the subject
        if subj is not None and subj.lower_ == "it" and v is not verb and verb.tag_ == "VBD" and v.lemma_ == "be" \
                and v.dep_ == "ccomp" and v.head.lemma_.lower() in LEX.reporting_verbs and any(
                    c.dep_ == "attr" for c in v.children) and any(
                    c.dep_ in ("advcl", "xcomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                    for c in v.children):  # "it was his priority to ...", not "it was sorry and pledged"
            v = v.head  # "X added that it was his priority to improve Y and pledged to ...": the past tense goes
            continue  # with "added", not with the "it" of the clause it was parsed under
        if subj is not None and v is verb and (opened := opening_phrase_subject(subj, v)) is not None:
            subj = opened
        if subj is None and v is verb:
            subj = inverted_subject(v)
        if subj is None and v is verb and v.dep_ == "ROOT":  # "X's Chairman Not Daunted by Y, Vows to ...": the
            subj = next((g for c in v.children if c.dep_ == "advcl" and c.i < v.i  # headline's subject, parsed
                         for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)  # under the clause before
        if subj is not None:
            return subj
        if v.dep_ == "conj" and v.tag_ == "VBD" and v.head.dep_ == "ccomp" and any(
                c.dep_ == "aux" and c.lower_ in MODALS for c in v.head.children):
            v = v.head.head  # "X said the city will grow, and pledged ...": pledged goes with said
        elif v.dep_ == "conj" and v.tag_ == "VBD" and v.head.tag_ in ("VBZ", "VBP") and (
                said := next((a for a in v.head.ancestors if a.tag_ == "VBD"
                              and a.lemma_.lower() in LEX.reporting_verbs), None)) is not None:
            v = said  # "X said the storm was a reminder that change is a threat and pledged to ...": X pledged
        elif (first := leading_clause(v)) is not None:
            v = first
        elif v.dep_ == "ccomp" and v.head.i < v.i and v.head.tag_ in ("VBD", "VBN") and v.head.i \
                and v.doc[v.head.i - 1].text == "," and v.doc[v.left_edge.i - 1].text == ",":
            v = v.head  # "X, considered the richest man, has pledged": parsed with "considered" as the main verb
        elif v.dep_ == "pcomp" and v.head.dep_ == "prep":
            v = v.head.head  # "joined others in signing a pledge": who joined
            if v.dep_ == "dobj" and v.pos_ == "NOUN" and v.head.lemma_.lower() in LEADING and not any(
                    c.dep_ == "poss" for c in v.children):
                v = v.head  # "X has led the way in providing aid by committing £5m": X
        elif v.dep_ == "xcomp" and v.head.lemma_.lower() in URGING and (obj := next(
                (c for c in v.head.children if c.dep_ == "dobj" and c.i < v.i), None)) is not None:
            return obj  # "X urged donors to pledge": the donors
        elif v.dep_ in ("conj", "advcl", "xcomp", "acomp") and v.head.i != v.i:
            v = v.head
        elif v.dep_ == "advmod" and v is not verb and v.head.pos_ in ("VERB", "AUX") and v.i < v.head.i:
            v = v.head  # "Apart from promising to hold the auction, the minister said": the minister
        elif v is verb and v.dep_ in ("relcl", "acl") and _ranked_among(v):
            v = v.head.head  # "A and B became the latest funds to commit to it": A and B
        elif v.dep_ == "acl" and v.tag_ == "VBG" and (paper := _issued_paper(v.head)) is not None and not any(
                c.dep_ == "dobj" and c.ent_type_ not in ("MONEY", "CARDINAL", "QUANTITY") for c in v.children):
            v = paper.head  # "X signed a letter of intent committing $65 million": X
        elif v.dep_ == "acl" and v.tag_ == "VBG" and (stood := _stood_on(v.head)) is not None:
            v = stood  # "X campaigned on a manifesto promising to ...", "X unveiled a platform pledging ...": X
        elif v.dep_ == "acl" and v.tag_ == "VBG" and v.i and v.doc[v.i - 1].text == "," \
                and v.head.dep_ in ("dobj", "pobj", "attr"):  # "X touted his record as a reason to win the
            v = next(a for a in v.ancestors if a.pos_ in ("VERB", "AUX") or a.dep_ == "ROOT")  # office, promising ...": X
        else:
            return None
    return None


RANKS = frozenset({"first", "latest", "last", "only", "newest", "next", "second", "third"})


def _ranked_among(verb: Token) -> bool:
    """An infinitive on a ranked noun after "be" or "become" ("became the first country to
    pledge", "is the latest company to promise"): said of the copula's subject (not "was not
    the first", "wants to be the first")."""
    noun = verb.head
    copula = noun.head
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and noun.dep_ == "attr" \
        and copula.lemma_.lower() in ("be", "become", "remain") and copula.dep_ != "xcomp" \
        and not any(c.dep_ == "neg" for c in copula.children) \
        and any(c.dep_ == "amod" and c.lower_ in RANKS for c in noun.children)


def _issued_paper(noun: Token) -> Token | None:
    """A paper ("a letter [of intent]", "a budget") the object of "signed", "unveiled",
    "issued", whose signer commits to what the paper commits."""
    paper = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.lower_ in ("intent", "understanding") \
        else noun
    return paper if paper.dep_ == "dobj" and (paper.lemma_.lower() in PAPERS or paper.lemma_.lower() in LEX.commitment_nouns) \
        and paper.head.lemma_.lower() in ISSUING \
        else None


def _stood_on(noun: Token) -> Token | None:
    """The verb whose subject stands on or puts out a platform or a speech ("campaigned on a
    manifesto", "unveiled a platform", "followed his inauguration with a speech", "delivered
    an address"): its promises are that subject's (not "critics attacked the manifesto")."""
    low = noun.lemma_.lower()
    if low not in PLATFORMS and low not in SPEECHES or any(c.dep_ == "poss" and c.pos_ != "PRON" or c.dep_ == "prep"
                                                           and c.lower_ in ("from", "by", "of") for c in noun.children):
        return None  # not "delivered the president's speech promising ...", "a letter from X promising ..."
    if noun.dep_ == "pobj" and noun.head.lower_ == "on" and noun.head.head.lemma_.lower() in CAMPAIGNING:
        return noun.head.head
    if noun.dep_ == "pobj" and noun.head.lower_ in ("with", "in") and low in SPEECHES and noun.head.head.pos_ == "VERB":
        return noun.head.head
    return noun.head if noun.dep_ == "dobj" and noun.head.lemma_.lower() in PUTTING_OUT else None


PLATFORMS = frozenset({"manifesto", "platform", "agenda", "programme", "program", "ticket", "blueprint"})
SPEECHES = frozenset({"speech", "address", "message", "letter", "video"})
DELIVERING = frozenset({"launch", "adopt", "deliver", "give", "make", "send", "write", "post", "record"})
CAMPAIGNING = frozenset({"campaign", "run", "stand", "win", "fight", "contest", "elect", "return"})
ISSUING = frozenset({"sign", "unveil", "issue", "announce", "present", "release", "publish", "table"})
PUTTING_OUT = ISSUING | DELIVERING  # "unveiled a platform", "delivered an address"
PAPERS = frozenset({"letter", "memorandum", "declaration", "agreement", "deal", "pact", "budget", "plan", "charter",
                    "compact", "statement", "accord", "contract"})
URGING = frozenset({"urge", "ask", "call", "encourage", "persuade", "invite", "press", "push", "challenge", "implore",
                    "tell", "want", "expect", "allow", "force", "pressure", "lobby", "help", "get", "lead", "inspire"})
# "X urged donors to pledge": the donors pledge, not X
LEADING = frozenset({"lead", "take", "play", "set"})  # "led the way in", "took the lead in", "played a role in"


def inverted_subject(verb: Token) -> Token | None:
    """"Brazilians will eat three meals a day, vowed Ada Obi": the name after a verb
    that follows what was said, parsed as its object."""
    said = any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children) or (
        verb.dep_ == "conj" and verb.head.i < verb.i and verb.doc[verb.i - 1].text == ",")  # parsed as a second verb
    words = verb.lemma_.lower() in LEX.reporting_verbs or verb.lemma_.lower() in LEX.commitment_verbs
    if not said or not words or any(c.dep_ in ("nsubj", "nsubjpass", "xcomp") or (c.dep_ == "ccomp" and c.i > verb.i)
                                    for c in verb.children):
        return None  # not "..., told Ada Obi that the plan would work"
    return next((c for c in verb.children if c.dep_ == "dobj" and c.left_edge.i == verb.i + 1 and c.pos_ == "PROPN"
                 and (c.left_edge.pos_ == "PROPN" or is_title_word(c.left_edge))),  # "..., pledged ceo Ada Obi"
                None)


def leading_clause(verb: Token) -> Token | None:
    """A headline's "X opens the port, promises growth", parsed as if "X opens the port"
    were what is promised: the first of two verbs sharing X, when the second has no
    subject of its own."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children) or verb.doc[verb.i - 1].text != "," \
            or inverted_subject(verb) is not None:
        return None
    return next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)


def antecedent(subj: Token, verb: Token) -> Token:
    """The name a relative pronoun subject stands for ("X, who chairs the Board": X);
    any other subject is itself."""
    if subj.lower_ in ("all", "both", "each") and verb.dep_ == "relcl" and any(
            c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ in ("whom", "which") for g in c.children)
            for c in subj.children):
        subj = next(g for c in subj.children if c.dep_ == "prep" for g in c.children)  # "A, B and C, all of whom"
    if subj.lower_ not in ("who", "that", "which", "whom") or verb.dep_ != "relcl":
        return subj
    named = verb.head  # "X, the Amoamanhene, who is ...": the name the appositive describes
    last = max(named.conjuncts, key=lambda t: t.i, default=None)
    singular = any(t.tag_ == "VBZ" for t in (verb, *verb.children) if t.dep_ in ("aux", "relcl")) or (
        subj.lower_ == "which" and verb.tag_ == "VBD" and not any(c.dep_ == "aux" for c in verb.children)
        and not any(c.lower_ in ("both", "all", "each", "together") for c in verb.subtree))  # "between WHO and
    # Moderna, which pledged": Moderna, the nearest
    if last is not None and last.i > named.i and 0 < subj.i - last.i <= 2 and singular:
        return last  # "including Italy, France and Japan, which has committed to": Japan (not "A and B, who have")
    if subj.lower_ == "who" and named.pos_ == "NOUN" and named.dep_ == "pobj" and not is_title_word(named) \
            and named.lower_ not in LEX.org_heads and named.lower_ not in LEX.generic_org_nouns \
            and (person := next((t for t in reversed(named.doc[named.sent.start:named.left_edge.i])
                                 if t.ent_type_ == "PERSON"), None)) is not None \
            and not any(t.pos_ in ("NOUN", "PROPN") and t != named for t in named.doc[person.i + 1:subj.i]):
        return person  # "talks with X on the matter, who promised ...": X, not the matter (not "X spoke to
        # the crowd at the rally, who ...")
    return named.head if subj.lower_ == "who" and named.dep_ == "appos" and named.head.i < named.i else named


OFFICIALS = frozenset({"officials", "leaders", "ministers", "executives", "chiefs", "representatives", "delegates"})
# who speak for a body with the one named ("A and Japanese officials"; not "A and B supporters")


def agents(coref: Coref, subj: Token, types: dict[str, str]) -> list[str]:
    """Entities a subject stands for. A person in apposition wins: "X's minister A
    and Y's B" gives A and B, "Acme Group President A" gives A. "I" or "we" inside a
    quote is whoever the quote is attributed to ("'I promise you,' said Governor X"), and
    so is "my administration" or "our government"."""
    if subj.lower_ == "we" and (at := next((g for c in subj.children if c.dep_ == "prep" and c.lower_ == "at"
                                            for g in c.children if g.dep_ == "pobj"), None)) is not None \
            and (body := [k for k in coref.agents(at) if types.get(k) == "Organization"]):
        return body  # "We at the Kessly Fund are committed to ...": the fund
    mine = next((c for c in subj.children if c.dep_ == "poss" and c.lower_ in ("my", "our")), None)
    if (subj.lower_ in FIRST_PERSON or subj.lower_ in ("our", "my") and subj.dep_ == "poss") \
            and (speaker := quoted_speaker(subj)) is not None:
        if subj.lower_ in ("we", "our") and not any(c.dep_ == "prep" and c.lower_ == "as" for c in subj.children) \
                and (body := employer(coref, speaker)):  # not "we as parents"
            return [body]  # "Ada Obi, Managing Director of Acme UK, said: 'our commitment ...'": Acme UK's
        subj = speaker  # "'... our commitment to serve,' she said": hers
    elif mine is not None and (subj.lower_ in LEX.org_heads or subj.lower_ in LEX.generic_org_nouns) and (speaker := quoted_speaker(subj)) is not None:
        subj = speaker  # "'My administration is committed to ...,' said X": X
    appositives = [c for c in subj.children if c.dep_ == "appos"]
    if types.get(coref.res.key_at(subj.i)) == "Person" and (polity := [
            k for c in appositives if c.i > subj.i + 1 and subj.nbor(1).text == "," and c.i == subj.i + 2
            and types.get(k := coref.res.key_at(c.i)) == "Place" and country_code(c.doc[c.i:coref.res.end_of(c.i)].text)
            and c.doc[coref.res.end_of(c.i)].text != ","]):  # not "Ada Obi, Kenya, vowed": where she is from
        return polity  # "During talks with visiting Prime Minister X, India committed ...", parsed with the
        # country in apposition to the person before it: a person is no country, the country commits
    people = [k for c in appositives  # "Ethiopia new Prime Minister Dr. X has vowed", parsed with X in
              for k in coref.agents(c) if types.get(k) == "Person"]  # apposition to the title
    own = [k for k in coref.agents(subj) if types.get(k) in AGENT_TYPES]
    if people and any(c.dep_ == "cc" for c in subj.children):  # "President A and Interior Secretary B expressed",
        people = [*(k for k in own if types.get(k) == "Person"), *people]  # parsed with B in apposition to A
    if not people and not own and subj.pos_ == "NOUN":  # "two producers, A and B, pledged": A and B
        people = [k for c in subj.children if c.dep_ == "appos" for x in (c, *c.conjuncts)
                  for k in coref.agents(x) if types.get(k) == "Organization"] or [
            k for c in subj.children if c.dep_ == "appos" and (c.i == subj.i + 1 or c.i == subj.i + 2 and  # "Conference
                                                               subj.nbor().text == ",")  # host [,] Sweden
            for k in coref.agents(c) if types.get(k) == "Place" and coref.is_country(k)]  # promised": Sweden
    if not people and not own and subj.lower_ in OFFICIALS:  # "[Hale and Japanese] officials vowed", parsed with the
        people = [k for c in subj.children if c.dep_ in ("nmod", "compound") and c.i < subj.i  # name a modifier
                  and any(g.dep_ == "cc" for g in c.children) for k in coref.agents(c) if types.get(k) == "Person"]
    if own and not people:  # "[A] and secretary-general B have pledged", parsed with A a modifier of B
        own += [k for c in (*subj.children, *(g for c in subj.lefts if c.dep_ == "compound" for g in c.children))
                if c.dep_ == "nmod" and c.i < subj.i and any(g.dep_ == "cc" for g in c.children)
                for k in coref.agents(c) if types.get(k) == types.get(own[0])]  # also "Acme President [A] and
        # Kessland Finance Minister B", parsed with A a modifier of B's title
    elected = subj.lower_ in ("elect", "designate") and any(is_title_head(c) for c in subj.lefts)
    if not people and not any(types.get(k) == "Person" for k in own) and (subj.lower_ in LEX.title_single_heads or elected):
        # "Acting Governor of Lagos Ada Obi has vowed", "The Rector, Acme University, Lagos, Ada Obi,
        # has promised": the one person the title phrase names; after an elected title, only a name set off
        # by commas ("The president-elect of Peru, Ada Obi, promised"; not "..., who defeated Tom Hale,")
        named = {coref.res.key_at(t.i) for t in subj.subtree if not elected or t.dep_ == "appos" and t.i
                 and t.doc[coref.res.start_of(t.i) - 1].text == ","} - {None}
        people = [k for k in named if types.get(k) == "Person"]
        people = people if len(people) == 1 else []
    governments = subj.lemma_.lower() in LEX.government_heads
    if not people and not own and subj.tag_ in ("NNS", "NNPS") and (title_of_plural(subj.text) or governments):
        # "the Vice Chancellors of A, B and C have committed": the organizations they lead; "the
        # governments of A and B pledged": the countries
        led = [g for c in subj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        led += [c for c in subj.children if c.dep_ == "appos"] if led else []  # "of A, B and C", parsed so
        kinds = ("Organization", "Place") if governments else ("Organization",)
        own = [k for g in led for x in (g, *g.conjuncts) if types.get(k := coref.entity_of(x)) in kinds]
    if not people and not own and subj.tag_ == "NN" and subj.lower_ not in LEX.government_heads and (
            subj.lower_ in LEX.org_heads or subj.lower_ in LEX.generic_org_nouns or subj.lower_ in UNITS):
        own = [k for c in subj.lefts if (c.dep_ in ("compound", "nmod") or c.dep_ == "poss" and subj.lower_ in UNITS)
               and types.get(k := coref.entity_of(c)) == "Organization"][:1]  # "the Kessly Masowe sect has vowed":
        # the body its name modifies; "Acme's Japan unit has pledged": the body it is part of
    if not people and not any(types.get(k) == "Person" for k in own) and (group := titled_group(coref, subj, types)):
        own = group  # "The Ministers confirmed their commitment": each minister the story names
    listed = listed_names(coref, subj, types)
    if not people and not own and len(listed) < 2:
        listed = included(coref, subj, types)
    if len(listed) > 1 and (not people or set(people) <= set(listed)):
        own, people = list(dict.fromkeys(own + listed)), []  # "firms, including A, B and C (one parsed as
        # apposed)": all of them
    return list(dict.fromkeys(people or own))


KINDS = {"country": ("Place",), "nation": ("Place",), "company": ("Organization",), "firm": ("Organization",),
         "donor": ("Place", "Organization"), "government": ("Place",)}


def included(coref: Coref, subj: Token, types: dict[str, str]) -> list[str]:
    """"Eight countries made their first pledge to Gavi, including A, B and C": a plural
    subject of a kind, and the names of that kind its sentence lists after ", including",
    however the parser hung the list."""
    kinds = KINDS.get(subj.lemma_.lower())
    if subj.tag_ != "NNS" or kinds is None or any(c.dep_ in ("prep", "poss") for c in subj.children):
        return []
    for t in subj.doc[subj.i + 1:subj.sent.end]:
        if t.lower_ == "including" and t.nbor(-1).text == "," and not (t.head != subj and t.head.tag_ == "NNS"):
            # (not "aid to victims of the floods, including A and B": the floods')
            first = next((c for c in t.children if c.dep_ == "pobj"), None)
            keys = [k for x in ((first, *first.conjuncts) if first is not None else ())
                    if types.get(k := coref.entity_of(x)) in kinds]
            return list(dict.fromkeys(keys)) if len(keys) > 1 else []
    return []


def titled_group(coref: Coref, subj: Token, types: dict[str, str]) -> list[str]:
    """"The Ministers pledged", "the two governors committed", "their commitment" said of
    them: the people the story names with that title (two or more), in the order named."""
    if subj.lower_ == "their" and subj.dep_ == "poss" and (verb := subj.head.head).pos_ in ("VERB", "AUX"):
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), subj)  # "The Ministers confirmed their ..."
    title = title_of_plural(subj.text)
    if subj.tag_ not in ("NNS", "NNPS") or not title or not any(
            c.lower_ in ("the", "both", "all") or c.like_num for c in subj.lefts) \
            or any(c.dep_ in ("prep", "poss", "compound", "amod") and c.lower_ not in ("two", "three", "both")
                   and not c.like_num for c in subj.children if c.dep_ != "det"):
        return []  # not "the ministers of A and B", "Kessland's ministers", "the foreign ministers"
    doc, found = subj.doc, []
    if any(t.lower_ == subj.lower_ for t in doc[:subj.i]):
        return []  # "Finance ministers from 27 countries met ... The ministers pledged": more than those named
    for t in doc[:subj.i]:
        if t.lower_ != title or t.i and doc[t.i - 1].lower_ in ("prime", "chief", "first"):
            continue  # not "Prime Minister X" among "the ministers"
        before = next((k for _s, e, k, nested in coref.res.spans if e in (t.i, t.i - 1) and not nested
                       and types.get(k) == "Person" and doc[e].text == ","), None) if t.i > 1 else None
        near = before or next((k for s, _e, k, nested in coref.res.spans if t.i < s <= t.i + 8 and not nested
                               and types.get(k) == "Person" and doc[s].sent.start == t.sent.start), None)
        if near and near not in found:
            found.append(near)  # "A, Minister of Fisheries", "Minister of Fisheries, A", "Minister B"
    count = next((2 if c.lower_ == "both" else NUMBERS.get(c.lower_, int(c.text) if c.text.isdigit() else 0)
                  for c in subj.lefts if c.lower_ == "both" or c.like_num), None)
    return found if len(found) > 1 and count in (None, len(found)) else []  # "both governors": two named


NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


FIRST_PERSON = frozenset({"i", "we"})
UNITS = frozenset({"plant", "factory", "mill", "sect", "branch", "unit", "subsidiary", "chapter", "congregation", "arm",
                   "division", "affiliate"})
STAFF_TITLES = ("spokes", "president", "director", "chief", "head", "manager", "chair", "ceo", "founder", "executive")


def employer(coref: Coref, speaker: Token) -> str | None:
    """The organization a speaker's appositive title places them in, when the title is
    a company's or an institution's officer's ("X, Managing Director of Acme UK, said"),
    not a political one ("X, leader of the council": "we" is X's own); for a pronoun ("she
    added: 'we ...'"), as the person's own mentions place them."""
    if speaker.pos_ == "PRON" and (person := coref.entity_of(speaker)) is not None:
        return next((body for s, e, key, _n in coref.res.spans if key == person
                     and (body := employer(coref, speaker.doc[s:e].root)) is not None), None)
    for title in (c for c in speaker.children if c.dep_ == "appos"):
        words = " ".join(t.lower_ for t in title.subtree if t.i <= title.i)
        if not any(w in words for w in STAFF_TITLES) or any(w in words for w in POLITICAL) \
                or LEX.former.intersection(words.split()):
            continue  # not "X, former chief executive of Acme"
        for prep in (c for c in title.children if c.dep_ == "prep" and c.lower_ in ("of", "at")):
            for obj in (g for g in prep.children if g.dep_ == "pobj"):
                key = coref.res.key_at(obj.i)
                if coref.types.get(key) == "Organization":
                    return key
    if coref.res.key_at(speaker.i) is None:
        return None
    doc, name = speaker.doc, coref.res.start_of(speaker.i)
    k = name
    while k > 0 and doc[k - 1].lower_ in LEX.title_words and coref.res.key_at(k - 1) is None:
        k -= 1  # "Acme Textiles Director X said": the organization before the title
    words = " ".join(t.lower_ for t in doc[k:name])
    key = coref.res.key_at(k - 1) if k else None
    if words and any(w in words for w in STAFF_TITLES) and not any(w in words for w in POLITICAL) \
            and coref.types.get(key) == "Organization":
        return key
    if "police" not in words.split():
        return None
    forces = {o for o, names in coref.names.items() if coref.types.get(o) == "Organization"
              and any("police" in n.lower().split() for n in names)}
    return forces.pop() if len(forces) == 1 else None  # "Kessly Police Chief X": the one police force named


POLITICAL = ("leader", "mayor", "minister", "governor", "councillor", "councilor", "senator", "premier", "secretary")


LIST_MARKS = (",", "—", "–")  # "all partners — including A, B and C — remain committed"


def listed_names(coref: Coref, subj: Token, types: dict[str, str]) -> list[str]:
    """"Ada Obi, chairman of Acme, her husband, Tom, and the Obi Foundation": the people
    and organizations a subject lists, each a whole item between commas and "and".
    Items after a phrase with a preposition continue that phrase ("chairman of A, B and
    C") until a relative ("his wife") starts a new item; a relative clause ends the list."""
    doc = subj.doc
    span = doc[subj.left_edge.i:subj.right_edge.i + 1]
    if sum(t.text in LIST_MARKS for t in span) < 2:
        return []
    out, item, inside = [], [], False
    for t in [*span, None]:
        if t is not None and t.lower_ in ("who", "which", "that", "whose"):
            break
        if t is None or t.text in LIST_MARKS or t.lower_ == "and":
            cut = max((k + 1 for k, x in enumerate(item) if x.lower_ in ("including", "like")), default=0)
            words = [x for x in item[cut:] if x.lower_ not in ("the", "each", "both")]  # "countries including A, B
            # and C", "A, B and C each"
            keys = {coref.res.key_at(x.i) for x in words}
            if words and words[0].lower_ in ("his", "her", "their"):
                inside = False
            elif words and len(keys) == 1 and None not in keys and not inside:
                key = keys.pop()
                if types.get(key) in ("Person", "Organization", "Place"):  # "clubs, including A, B and Liverpool"
                    out.append(key)
            elif any(x.dep_ == "prep" for x in words):
                inside = True
            item = []
        else:
            item.append(t)
    return list(dict.fromkeys(out))


def quoted_speaker(tok: Token) -> Token | None:
    """The subject of the reporting verb ("said") a clause is quoted by, if any: in its
    sentence, or else of the quotation around it (quotes.speaker_of)."""
    v, subj = tok.head, None
    for _ in range(6):
        if v.lemma_.lower() in LEX.reporting_verbs and v.pos_ == "VERB":
            subjects = [c for c in v.children if c.dep_ == "nsubj"]  # "the minister at the time Ada Obi said",
            subj = next((c for c in subjects if c.pos_ == "PROPN"), subjects[0] if subjects else None)  # parsed
            break  # with two subjects: the name
        if v.dep_ not in ("ccomp", "conj", "advcl", "xcomp", "parataxis") or v.head.i == v.i:
            break
        v = v.head
    if subj is None:
        subj = speaker_of(tok) or dash_attributed(tok)
    return subj if subj is not None and subj.lower_ not in FIRST_PERSON else None


ATTRIBUTED = re.compile(r"\S[ \t]*[—–][ \t]*([A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,4})[ \t]*$")  # a full name


def dash_attributed(tok: Token) -> Token | None:
    """"We are committed to better pay—Ada Obi": a line that ends with a dash and a name
    quotes that name's words."""
    text = text_of_doc(tok.doc)
    m = ATTRIBUTED.search(text, *line_span(text, tok.idx))
    span = tok.doc.char_span(m.start(1), m.end(1), alignment_mode="expand") if m and m.start(1) > tok.idx else None
    return span.root if span is not None and span.root.pos_ == "PROPN" else None


def listed_agents(verb: Token) -> list[Token]:
    """"The districts promising free passes were A, B and C", "Companies that committed to
    invest included A, B and C", "Among those who pledged are A, B and C": the names a
    described subject is said to be; "50 firms,
    including A, B and C, pledged": the names it includes."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
    including = [g for c in (subj.children if subj is not None else ()) if c.dep_ == "prep"
                 and (c.lower_ == "including" or c.lower_ == "as" and c.nbor(-1).lower_ == "such")
                 for g in c.children if g.dep_ == "pobj"]
    if including:
        return [t for n in including for t in (n, *n.conjuncts)]
    if verb.dep_ in ("acl", "relcl") and verb.head.dep_ in ("nsubj", "nsubjpass"):
        copula = verb.head.head
    elif verb.dep_ in ("acl", "relcl") and verb.head.dep_ == "pobj" and verb.head.head.lower_ == "among" \
            and verb.head.head.head.lemma_.lower() == "be":  # "Among those who pledged are A, B and C"
        copula = verb.head.head.head
        named = [c for c in copula.children if c.dep_ in ("nsubj", "attr") and c.i > verb.i]
        return [t for n in named for t in (n, *n.conjuncts)]
    elif verb.dep_ == "csubj":
        copula = verb.head
    else:
        return []
    if copula.lemma_.lower() not in ("be", "include"):
        return []
    named = [c for c in copula.children if c.dep_ in ("attr", "dobj")]
    listed = [t for n in named for t in (n, *n.conjuncts)]
    doc, sent_end = verb.doc, verb.sent.end
    for k in range(max((t.i for t in listed), default=sent_end), sent_end):  # "included A, with $5m; B, with $2m;
        if doc[k].text == ";":  # and C, with $1m": each item after a semicolon, its first word past "and" and "the"
            first = k + 1 + (k + 1 < sent_end and doc[k + 1].lower_ == "and")
            first += first < sent_end and doc[first].lower_ == "the"
            if first < sent_end and doc[first].ent_type_ in ("GPE", "ORG", "NORP", "PERSON"):
                listed.append(doc[first])
    return listed


def text_of(toks: list[Token] | Span) -> str:
    toks = list(toks)
    if not toks:
        return ""
    doc = toks[0].doc
    return re.sub(r"\s+", " ", doc[toks[0].i:toks[-1].i + 1].text).strip(" ,;:\"“”‘’")
