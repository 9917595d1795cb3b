"""Commitments (pledge, vow, promise, commit ...), each with its agent resolved
through coreference, and what they promise: content, amount, deadline, beneficiary."""
from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Span, Token

from ..lexicons import LEX
from ..models import EntityType, Pledge
from .amounts import glued_currency, money
from .cues import demonym_code, is_title_head, is_title_noun
from .gazetteer import capital_of, country_code, is_region
from .clauses import agents, antecedent, inverted_subject, leading_clause, listed_agents, quoted_speaker, subject_of, text_of
from .context import Context, evidence
from .posts import DEVOLVED_CABINET, country_entity, org_ref, party_named, places
from .nlp import BULLETS, line_span, text_of_doc
from .coref import Coref, reporter
from .quotes import STATEMENTS, quote_start



def quote_after_colon(verb: Token) -> str:
    """"The party pledged in its manifesto: '... We will put this right ...'": the
    quoted sentences that commit ("we will", "I shall"), else the whole quote."""
    doc, sent = verb.doc, verb.sent
    colon = next((t for t in doc[verb.i:sent.end] if t.text == ":"), None)
    if colon is None:
        return ""
    text = text_of_doc(doc)
    para_end = text.find("\n", colon.idx)
    para_end = len(text) if para_end < 0 else para_end
    quote = doc.char_span(colon.idx + 1, para_end, alignment_mode="expand")
    if quote is None:
        return ""
    committing = [s for s in doc[quote.start:quote.end].sents if any(
        t.lower_ in ("will", "shall", "'ll") and any(
            c.dep_ == "nsubj" and c.lower_ in ("we", "i") for c in t.head.children) for t in s)]
    return " ".join(text_of(s) for s in committing) or text_of(quote)


CIRCUMSTANCES = frozenset({"if", "unless", "after", "before", "when", "while", "since", "until", "because"})


def complement(verb: Token) -> list[Token]:
    """What is promised: the to-clause, that-clause or object of the verb; an amount
    promised is kept with its purpose ("committed $5 million to rebuild the port")
    and its recipient ("promised 2 billion euros to farmers")."""
    if verb.dep_ == "conj" and inverted_subject(verb) is not None:  # "Farmers will get seed, promised X"
        return [t for t in verb.head.subtree if t.i < verb.i - 1]
    lead = leading_clause(verb)
    clause = next((c for dep in ("xcomp", "ccomp") for c in verb.children if c.dep_ == dep and c != lead
                   and not any(m.dep_ == "mark" and m.lower_ in CIRCUMSTANCES for m in c.children)), None)
    # not "promising a course of action [if it was negligence]", "promising X, [two weeks after Y lifted ...]":
    # a condition or a time, the object is what is promised
    clause = clause if clause is not None or not after_colon(verb) else to_clause(verb)  # "...: Pledges to Cut"
    clause = clause if clause is not None else next(  # "has undertaken [to finish the bridge]", parsed as an advcl
        (c for c in verb.children if c.dep_ == "advcl" and c.left_edge.i == after_phrases(verb) and c.left_edge.lower_ == "to"
         and c.left_edge.dep_ == "aux" and c.right_edge.i > c.i), None)  # not "what we committed to deliver"
    clause = clause if clause is not None else stranded_to_clause(verb)
    clause = clause if clause is not None or verb.tag_ != "NNS" else next(  # "Health minister pledges [to hire
        (c for c in verb.children if c.dep_ == "acl" and c.tag_ == "VB"  # nurses]": a headline read as one noun
         and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    to = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in TO_PREPS
               and any(g.dep_ in ("pcomp", "pobj") for g in c.children)), None)
    if clause is None and to is None and verb.lower_ == "committed":
        clause, to = paired_state(verb)  # "is committed and focused on rebuilding X", "and determined to build X"
    if clause is None and to is not None and to.i and to.nbor(-1).lower_ == "up" and money(list(to.subtree))[0]:
        purpose = purpose_after(verb, to.i)
        return [to.nbor(-1), *to.subtree, *(purpose.subtree if purpose is not None else ())]  # "committed up to
        # $5 million to build the clinic": the amount is a ceiling, not what it is committed to
    obj = next((c for c in verb.children if c.dep_ == "dobj" and (c.pos_ != "PRON" or c.lower_ == "each")),
               None)  # "have committed [$1 billion each]", parsed with "each" as the object
    split = next((c for c in verb.children if c.dep_ == "dobj" and obj is not None and c.left_edge.i == obj.right_edge.i + 1
                  and c.left_edge.like_num), None)  # "committed [Ksh] [200 million]", "[Rs] [350 crore]", parsed as two
    worth = next((c for c in verb.children if c.dep_ == "advcl" and c.lower_ == "worth"), None)  # "committed
    amount = obj is not None and (any(t.ent_type_ in ("MONEY", "QUANTITY") or t.is_currency  # "$50-million"
                                      for t in obj.subtree) or money(list(obj.subtree))[0] is not None
                                  or split is not None and money([*obj.subtree, *split.subtree])[0] is not None
                                  or (worth is not None and money(list(worth.subtree))[0]))  # "Rs.350 billion"
    if to is None and amount:  # "committed Rs 350 billion in modernising its refinery", "$5m for the clinic"
        to = next((c for c in verb.children if c.dep_ == "prep" and any(
            g.dep_ == "pcomp" or (g.dep_ == "pobj" and c.lower_ == "for") for g in c.children)
            and c.lower_ in ("in", "for")), None)
    worth = worth if amount else None  # investments worth Rs 535 crore towards ...": the amount and its purpose
    vowed = obj is not None and obj.lemma_.lower() in LEX.commitment_nouns and any(  # "made an undertaking to
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in obj.children) \
        and not any(c.dep_ == "prep" for c in obj.children)  # assist X"; not "made his pledge (told before)
    # during a call to help ...", nor "made a vow of silence to protest"
    if clause is None and obj is not None and not amount and verb.lemma_.lower() == "commit" and (
            obj.ent_type_ or obj.lower_ in LEX.generic_org_nouns or obj.lower_ in LEX.polity_nouns
            or obj.lower_ in LEX.government_heads):  # a body or a country (not "committed the robbery to ...")
        clause = next((c for c in verb.children if c.dep_ == "advcl" and c.left_edge.i == obj.right_edge.i + 1
                       and c.left_edge.lower_ == "to"), None)  # "committed the Republic of Korea to ending X"
    if clause is None and (amount or vowed):  # "committed $5 million to rebuild the port": the purpose
        clause = purpose_after(verb, obj.i)
    if obj is not None and obj.lemma_.lower() in LEX.commitment_nouns and to is not None and clause is None and any(
            g.dep_ == "pobj" and (g.lemma_.lower() in AUDIENCES or g.ent_type_ == "PERSON") for g in to.children):
        to = None  # "who made the promise to nearly 1,000 people": to whom, not what (told before)
    if obj is not None and (obj.lemma_.lower() in LEX.commitment_nouns or (clause is not None and not amount) or (
            verb.lemma_.lower() in ("commit", "undertake", "swear") and not amount)):  # "committed the robbery"
        obj = None
    parts = [p for p in (obj, split if obj is not None else None, worth if obj is not None else None,
                         clause if clause is not None else to) if p is not None] or shared_object(verb)
    toks = {t for p in parts for t in p.subtree}
    second = next((t.i for t in sorted(toks, key=lambda t: t.i) if t.text == "," and t.sent.start == 0 and t.i + 1 < len(t.doc)
                   and t.nbor().tag_ == "NNS" and t.nbor().lemma_.lower() in LEX.commitment_verbs), None)
    toks = {t for t in toks if second is None or t.i < second}  # a headline's "vows to serve all, pledges
    # reforms": the second pledge is its own
    nested = {t for c in toks if c.dep_ in ("advcl", "conj") and pledge_verb(c) for t in c.subtree}
    nested |= {t for t in toks if t.dep_ == "cc" and t.head.i != verb.i and any(  # its "and" too
        c.dep_ == "conj" and c.i > t.i and c in nested for c in t.head.children)}
    return sorted(toks - nested, key=lambda t: t.i)  # "pledged to X while committing to Y", "promised to X
    # and promised to Y": Y is its own


def after_phrases(verb: Token) -> int:
    """Where the words after a verb begin, past its prepositional phrases ("committed [in the MoU] to")."""
    k = verb.i + 1
    while (prep := next((c for c in verb.children if c.dep_ == "prep" and c.i == k), None)) is not None:
        k = prep.right_edge.i + 1
    return k


def shared_object(verb: Token) -> list[Token]:
    """"he has pledged and emphasized [the merger]": the object of the verb joined right after,
    which both take."""
    joined = next((c for c in verb.children if c.dep_ == "conj" and c.i == verb.i + 2
                   and verb.nbor().lower_ in ("and", "or") and c.pos_ == "VERB"), None)
    return [c for c in (joined.children if joined is not None else ()) if c.dep_ == "dobj"][:1]


def purpose_after(verb: Token, i: int) -> Token | None:
    """The to-clause of purpose the verb takes after token i ("committed $5 million [to rebuild X]")."""
    return next((c for c in verb.children if c.dep_ == "advcl" and c.i > i
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)


def paired_state(verb: Token) -> tuple[Token | None, Token | None]:
    """"She is committed and focused [on rebuilding the port]", "remains committed and
    determined [to build the plant]": the content of the resolve "committed" is paired with
    (not "committed and tried to conceal the murder", "remains committed and open to talks")."""
    if not (verb.dep_ == "acomp" and verb.head.lemma_ in ("be", "remain", "stay")
            or any(c.dep_ == "auxpass" and c.lemma_ == "be" for c in verb.children)):  # "is committed", parsed as a passive
        return None, None
    partner = next((c for c in verb.children if c.dep_ == "conj"), None) or next(
        (c for c in verb.head.children if c.dep_ == "conj" and c.i == verb.i + 2 and verb.nbor().lower_ == "and"),
        None)  # parsed as the verb's conjunct ("remains ... and determined")
    if partner is None or partner.lower_ not in RESOLVE or partner.i != verb.i + 2:
        return None, None
    clause = next((c for c in partner.children if c.dep_ == "xcomp"), None)
    prep = next((c for c in partner.children if c.dep_ == "prep" and c.lower_ in ("to", "on")
                 and any(g.dep_ == "pcomp" for g in c.children)), None)  # "focused on rebuilding" (not "on the match")
    return clause, (prep if clause is None else None)


RESOLVE = frozenset({"determined", "focused", "dedicated", "resolved", "ready", "prepared", "devoted"})


AUDIENCES = frozenset({"people", "voter", "resident", "citizen", "supporter", "member", "farmer", "worker", "student",
                       "parent", "family", "crowd", "audience", "nation", "public", "investor", "fan", "staff",
                       "employee", "delegate", "lawmaker", "community", "constituent", "congregation"})


def stranded_to_clause(verb: Token) -> Token | None:
    """"pledged during his campaign to fight racism", "vowed at the rally to cut taxes": the
    to-clause the parser hung on the noun of a phrase between the verb and it (not "promised
    at the meeting to be held in May", nor when the verb has an object of its own)."""
    if any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in verb.children):
        return None
    phrases = {t.i for c in verb.children if c.dep_ == "prep" and c.i > verb.i and c.lower_ in STRANDING
               and all(occasion(g) for g in c.children if g.dep_ == "pobj") for t in c.subtree}
    for clause in (c for c in verb.children if c.dep_ == "advcl" and c.left_edge.lower_ == "to"
                   and c.left_edge.dep_ == "aux" and c.left_edge.i > verb.i + 1):  # "vowed at the rally [to cut taxes]"
        if all(k in phrases for k in range(verb.i + 1, clause.left_edge.i)) \
                and not any(x.dep_ == "auxpass" for x in clause.children):
            return clause
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.i > verb.i and c.lower_ in STRANDING):
        for noun in (g for g in prep.children if g.dep_ == "pobj" and occasion(g)):
            clause = next((a for a in noun.children if a.dep_ == "acl" and a.left_edge.i == noun.i + 1
                           and a.left_edge.lower_ == "to" and a.left_edge.dep_ == "aux"
                           and not any(x.dep_ == "auxpass" for x in a.children)), None)
            if clause is not None and noun.right_edge.i == clause.right_edge.i:
                return clause
    return None


def occasion(noun: Token) -> bool:
    """When or where something is said: a date, a place, a speech or a gathering ("at the
    rally", "in her speech on Monday"), not a purpose ("in a bid to", "in an effort to")."""
    low = noun.lemma_.lower()
    return noun.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "FAC") or low in OCCASIONS or (
        low in LEX.event_heads and low not in ("ceremony", "plan", "programme", "program"))


STRANDING = frozenset({"during", "at", "in", "on", "after", "before", "while"})
OCCASIONS = frozenset({"campaign", "rally", "speech", "interview", "statement", "briefing", "visit", "debate", "event",
                       "launch", "funeral", "inauguration", "hearing", "remark", "message", "broadcast", "letter",
                       "post", "tweet", "video", "town", "hall", "gathering", "function", "occasion", "parliament"})


def trimmed(toks: list[Token]) -> list[Token]:
    """The tokens without the punctuation and "and" a list leaves at their end."""
    end = len(toks)
    while end and (toks[end - 1].is_punct or toks[end - 1].dep_ == "cc"):
        end -= 1
    return toks[:end]


def entities_in(toks: list[Token], label: str) -> list[Span]:
    """Named-entity spans of one label that start among the tokens, in text order."""
    out = []
    for t in toks:
        if t.ent_iob_ == "B" and t.ent_type_ == label:
            end = t.i + 1
            while end < len(t.doc) and t.doc[end].ent_iob_ == "I":
                end += 1
            out.append(t.doc[t.i:end])
    return out


def deadline(toks: list[Token]) -> str | None:
    for ent in entities_in(toks, "DATE"):
        if ent.start and ent.doc[ent.start - 1].lower_ == "by":
            return ent.text
    return None


def beneficiary(coref: Coref, toks: list[Token], agent: str, types: dict[str, str]) -> str | None:
    for t in toks:
        if t.dep_ in ("dobj", "dative") or (t.dep_ == "poss" and t.head.dep_ == "dobj") or (
                t.dep_ == "pobj" and t.head.lower_ in ("for", "to")):
            key = coref.res.key_at(t.i)
            if key and key != agent and types.get(key) in ("Person", "Organization", "Place"):
                return key
    return None


def verb_like(tok: Token) -> bool:
    """A verb, or a noun the parser makes work as one ("X pledges Y": a headline's)."""
    if tok.pos_ in ("VERB", "AUX"):
        return True
    if after_colon(tok):
        return True
    deps = {c.dep_ for c in tok.children} | {f"{c.dep_}:{c.lower_}" for c in tok.children}
    return tok.dep_ == "ROOT" and (deps >= {"nsubj", "dobj"} or deps >= {"nsubj", "xcomp"}) or (  # "the government
        # pledges to make efforts", tagged a plural noun
        tok.dep_ == "conj" and tok.head.pos_ == "VERB" and bool(deps & {"xcomp", "prep:to"})) or (
        (tok.dep_ in ("ROOT", "ccomp") or tok.dep_ == "dobj" and tok.head.lemma_.lower() in LEX.reporting_verbs)
        and _compound_subject(tok) is not None)


def after_colon(tok: Token) -> bool:
    """"X Takes Oath as Chief Justice: Pledges to Reduce Backlogs": a capitalised verb the
    parser read as a noun, opening a headline's second clause with a to-infinitive."""
    return tok.i > 1 and tok.nbor(-1).text == ":" and tok.tag_ in ("NNS", "VBZ") \
        and to_clause(tok) is not None and tok.head.i < tok.i and any(c.dep_ == "nsubj" for c in tok.head.children)


def to_clause(tok: Token) -> Token | None:
    return next((c for c in tok.children if c.dep_ in ("acl", "xcomp", "relcl") and c.i > tok.i
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)


def _compound_subject(tok: Token) -> Token | None:
    """"(said) the Kessish government pledges to ...", parsed as one noun phrase with an
    infinitive: the noun before the commitment word is its subject."""
    before = [c for c in tok.children if c.dep_ == "compound" and c.i == tok.i - 1 and c.pos_ in ("NOUN", "PROPN")]
    return before[0] if before and tok.tag_ in ("NNS", "VBZ") and any(
        c.dep_ in ("xcomp", "acl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in tok.children) else None


def pledge_verb(tok: Token) -> str | None:
    """The commitment word a token heads: a pledge verb, or "made the pledge"."""
    lemma = tok.lemma_.lower()
    if lemma in LEX.commitment_verbs and tok.dep_ != "amod" and verb_like(tok):  # a headline's "X pledges Y", a noun
        sworn_in = lemma == "swear" and any(c.dep_ in ("prt", "prep") and c.lower_ in ("in", "into", "as")
                                            for c in tok.children)  # "sworn into office by X": an inauguration
        undertaken = lemma == "undertake" and not any(c.dep_ == "ccomp" or c.dep_ in ("xcomp", "advcl") and any(
            a.dep_ == "aux" and a.lower_ == "to" and a.i == tok.i + 1 for a in c.children) for c in tok.children)
        hopeful = tok.lower_ == "promising" and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in tok.children) \
            and any(c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in PERCEIVING for c in tok.children)
        return None if sworn_in or undertaken or hopeful else lemma  # "was sworn in as mayor": an inauguration;
    # "undertook a visit": a task, not a commitment; "it is promising to see": a hope
    if tok.dep_ == "acomp" and tok.lower_ in ("committed", "pledged") and tok.head.lemma_ in ("be", "remain", "stay"):
        return "commit"  # "Acme is committed to using renewable energy", "she remains committed to"
    if tok.lower_ == "committed" and tok.tag_ == "JJ" and {"nsubjpass", "auxpass"} <= {c.dep_ for c in tok.children}:
        return "commit"  # "Acme Indonesia is committed to ...", parsed as a passive with an adjective for its verb
    if lemma in ("make", "give", "strike", "issue", "renew", "reaffirm", "affirm", "sign", "take", "fulfil", "fulfill", "honour", "honor", "keep",
                 "announce", "unveil", "reiterate", "restate", "repeat", "express", "ratify", "underline", "confirm"):
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if obj is not None and obj.lemma_.lower() in LEX.commitment_nouns:
            return obj.lemma_.lower()
    return None


PERCEIVING = frozenset({"see", "hear", "know", "learn", "note", "read", "watch", "find", "witness"})


def negated(tok: Token) -> bool:
    """"did not pledge", "is no longer committed to", "instead of pledging", "without
    committing": a commitment denied (its verb, or the "be" it complements, negated)."""
    verbs = [tok, tok.head] if tok.dep_ == "acomp" else [tok]
    instead = tok.dep_ == "pcomp" and (tok.head.lower_ == "without" or tok.head.lower_ in ("of", "than") and any(
        t.lower_ in ("instead", "rather") for t in tok.doc[max(0, tok.head.i - 2):tok.head.i]))  # "instead of pledging"
    return instead or any(c.dep_ == "neg" or (c.lower_ == "longer" and c.i and c.nbor(-1).lower_ == "no")
                          for v in verbs for c in v.children)


def declined(verb: Token) -> bool:
    """"did not join", "refused to sign", "has yet to endorse": a step not taken."""
    if negated(verb) or doubted(verb):
        return True
    head = verb.head if verb.dep_ == "xcomp" else None
    return head is not None and (head.lemma_.lower() in REFUSING or negated(head)
                                 or any(c.lower_ == "yet" for c in head.children))


REFUSING = frozenset({"refuse", "decline", "fail", "reject", "hesitate", "resist", "balk", "baulk"})


def doubted(tok: Token) -> bool:
    """"It is unclear whether Acme remains committed", "critics doubt that X vowed ...":
    a commitment in a clause that a doubt or "whether" governs."""
    t = tok
    for _ in range(4):
        if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in t.children):
            return True
        if t.dep_ not in ("ccomp", "xcomp", "acomp", "conj") or t.head.i == t.i:
            return False
        t = t.head
        if t.lemma_.lower() in LEX.doubting_verbs:
            return True
    return False


def has_object(verb: Token) -> bool:
    return any(c.dep_ == "dobj" for c in verb.children)


def object_parts(verb: Token) -> list[list[Token]]:
    """"promised ₹5 lakh for the injured and ₹5 lakh for the bereaved", "promised an
    extension of the metro, and an expressway": the objects after the first that are
    amounts or phrases with their own article, each a content."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return []
    conjs = [c for p in verb.children if p == obj or p.dep_ == "prep" for c in p.subtree
             if c.dep_ == "conj" and c.i > obj.i and amount_led(c)]  # "$5m for X and another $2m for Y"
    conjs += [c for c in obj.conjuncts if c.i > obj.i and c not in conjs and article_led(c)]
    conjs += [c for c in verb.children if c.dep_ == "conj" and (c.pos_ == "NOUN" and article_led(c) or amount_led(c))
              and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]  # parsed as a second verb
    return [list(c.subtree) for c in sorted(conjs, key=lambda c: c.i)]


def amount_led(tok: Token) -> bool:
    """"$5 million for X", "another Rs.320 billion": a phrase that opens with an amount."""
    doc, first = tok.doc, tok.left_edge
    lead = doc[first.i + 1] if first.lower_ in ("another", "a", "an") and first.i + 1 < len(doc) else first
    return lead.is_currency or lead.ent_type_ == "MONEY" or glued_currency(lead)


def article_led(tok: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in tok.children)


def split_contents(comp: list[Token], verb: Token) -> list[list[Token]]:
    """"promised to hire 500 teachers and to open two clinics", "committed to investing $5m
    and to creating 700 jobs": one content each "to" (not "to fund the schools and repair
    the roads": one content)."""
    clause = next((c for c in verb.children if c.dep_ == "xcomp"), None)
    finite = [c for c in (clause.conjuncts if clause is not None and clause.tag_ == "VB" else ()) if c.i > clause.i
              and c.tag_ in ("VBD", "VBZ") and c.lower_ != c.lemma_.lower()]  # "promised to visit X and emphasized
    # Y": the promise's verb's, not promised (not "to reform pensions and set an age", a bare verb tagged past)
    if finite:
        cut = {t.i for c in finite for t in c.subtree} | {t.i for t in clause.children if t.dep_ == "cc"
                                                           and t.i < min(c.i for c in finite)}
        comp = [t for t in comp if t.i not in cut]
        comp = trimmed(comp)
    if clause is None and (objects := object_parts(verb)):
        starts = [p[0].i for p in objects] + [len(verb.doc)]
        objects = [sorted({*p, *(t for t in comp if p[-1].i < t.i < starts[k + 1])}, key=lambda t: t.i)
                   for k, p in enumerate(objects)]  # "another Rs 3 billion [by signing deals]", parsed under the first
        taken = {t for part in objects for t in part}
        first = [t for t in comp if t not in taken and not (t.dep_ == "cc" and t.i + 1 in {p[0].i for p in objects})]
        return [first, *objects]
    others = [c for c in (clause.conjuncts if clause is not None else ()) if c.i > clause.i and c not in finite
              and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]  # "to hire X and to open Y" (but "to
    # invest $5m and create 700 jobs" is one content, as news readers count them)
    begins = {c: a.i for c in (clause.subtree if clause is not None else ()) if c.dep_ == "advcl" and c.tag_ == "VB"
              for a in c.children if a.dep_ == "aux" and a.lower_ == "to" and a.nbor(-1).lower_ == "and"}
    others += [c for c in begins if c not in others]  # "to fight for all and to run an office": the second to-clause
    # parsed under the first (from its "to": "for all" may be parsed with it)
    if clause is not None:  # "promising to hire nurses, cut fees and build a clinic", "pledged to close X and lay off Y",
        bare = [c for c in (*verb.conjuncts, *(c for c in verb.children if c.dep_ == "advcl")) if c.tag_ == "VB"
                and c.i > clause.i and not any(x.dep_ in ("nsubj", "aux", "mark") for x in c.children)]
        last = max((t.i for c in bare for t in c.subtree), default=0)  # parsed with the bare verbs on the pledge
        comp = list(verb.doc[comp[0].i:last + 1]) if comp and last > comp[-1].i else comp  # on "promising": one content
    if clause is None:  # "committed to investing $5 million and to creating 700 jobs"
        clause = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in TO_PREPS), None)
        others = [c for c in (clause.conjuncts if clause is not None else ()) if c.i > clause.i and c.lower_ == "to"]
    others += [c for c in verb.conjuncts if c.i > verb.i and c.pos_ == "VERB" and not pledge_verb(c) and not has_object(verb)
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               and not any(a.dep_ in ("nsubj", "nsubjpass") for a in c.subtree)
               and not (c.right_edge.i + 1 < len(c.doc) and c.doc[c.right_edge.i + 1].text == ",")]  # "committed to leading
    # a frugal government, and to build trust", parsed with the second to-clause on the verb (not "and to make
    # matters worse his captain was hurt", "and to add insult to injury, ...")
    if not others:
        return [comp]
    parts, taken = [], set()
    dropped = {t.i for c in finite for t in c.subtree}
    for c in others:
        later = {t for o in others if o.i > c.i for t in o.subtree}  # "reduce X, and cut Y": "cut" is under "reduce"
        part = [t for t in c.subtree if t not in later and t.i not in dropped and t.i >= begins.get(c, 0)]
        part = trimmed(part)
        parts.append(part)
        taken.update(part)
    first = [t for t in comp if t not in taken and not (t.dep_ == "cc" and t.head == (clause or verb))
             and t.i < min((p[0].i for p in parts if p), default=len(verb.doc))]  # not the list's commas and "and" after the first
    first = trimmed(first)
    return [first, *parts]


def quoted_commitment(verb: Token) -> str:
    """"'We will finish the bridge. I promise you,' said X": the committing sentences
    ("we will", "I shall") of the quote the promise closes."""
    if not any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in verb.children):
        return ""
    doc, sent = verb.doc, verb.sent
    line = text_of_doc(doc).rfind("\n", 0, sent.start_char) + 1
    if sent.start_char <= line:
        return ""
    start = doc.char_span(line, sent.start_char, alignment_mode="expand").start
    return " ".join(text_of(s) for s in committing_sentences(doc, start, sent.start))


def committing_sentences(doc, start: int, end: int) -> list[Span]:
    """The sentences (or their parts) between two tokens that commit the speaker ("we
    will", "I shall")."""
    parts = [doc[max(s.start, start):s.end] for s in doc[start:end].sents]
    return [p for p in parts if any(t.lower_ in ("will", "shall", "'ll") and any(
        c.dep_ == "nsubj" and c.lower_ in ("we", "i") for c in t.head.children) for t in p)]


def named_commitment(ctx: Context, noun: Token):
    """"'... we will freeze the tax. And we will protect services. That is our pledge,'
    he said": each committing sentence of the quote before it, the speaker's."""
    subj = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    mine = any(c.dep_ == "poss" and c.lower_ in ("our", "my") for c in noun.children)
    start = quote_start(noun)
    if noun.dep_ != "attr" or noun.head.lemma_ != "be" or subj is None or subj.lower_ not in ("that", "this") \
            or not mine or start is None or (speaker := quoted_speaker(noun)) is None:
        return
    for s in committing_sentences(ctx.doc, start, noun.sent.start):
        yield from noun_pledges(ctx, noun, agents(ctx.coref, speaker, ctx.types), list(s))


def amounts_from(ctx: Context, noun: Token):
    """"Pledges include $1bn from India, $500m from China and $600m from the ADB": each
    amount with the donor after "from" its own pledge (however the parser hung the list)."""
    if noun.tag_ != "NNS":
        return
    toks = ctx.tokens
    froms = [f for f in toks[noun.i + 1:noun.sent.end] if f.lower_ == "from"]
    for f in toks[noun.i + 1:noun.sent.end]:
        k = f.i + 1 + (f.i + 1 < len(ctx.doc) and toks[f.i + 1].lower_ == "the")
        donor = ctx.res.key_at(k) if f.lower_ == "from" and k < len(ctx.doc) and ctx.res.start_of(k) == k else None
        if ctx.types.get(donor) not in ("Place", "Organization", "Person"):
            continue
        window = toks[max(noun.i + 1, f.i - 8):f.i]
        if not window:
            continue
        cut = max((t.i for t in window if t.text in (",", ";") or t.lower_ in ("and", "from", "of", "include",
                                                                           "including")), default=window[0].i - 1)
        amount = [t for t in window if t.i > cut and (t.ent_type_ == "MONEY" or t.is_currency)]
        if not amount:
            continue
        comp = list(toks[amount[0].i:ctx.res.end_of(k)])
        listed = ctx.coref.agents(ctx.doc[k:ctx.res.end_of(k)].root) if len(froms) == 1 else []  # "$250 million from
        where = any(ctx.types.get(d) == "Place" and not ctx.coref.is_country(d) for d in (donor, *listed))
        donors = [donor, *(d for d in listed if d != donor and not where
                           and ctx.types.get(d) in ("Place", "Organization", "Person"))]  # (not "from Nairobi,
        # Kenya, and Kampala": where the donors are)
        yield from noun_pledges(ctx, noun, donors, comp)  # A, B and C": each of them (one "from" only)


def stated_content(noun: Token) -> Token | None:
    """"A new clinic was her key pledge", "X is one of Lula's campaign promises": the subject
    that a copula makes the commitment (not a pronoun's: "That is our pledge"); "his pledges
    included X": the object."""
    attr = noun
    if any(c.dep_ == "prep" and c.lower_ == "to" for c in noun.children):
        return None  # "part of his commitments to support X": its own content
    if noun.dep_ == "nsubj" and noun.tag_ == "NNS" and noun.head.lemma_ == "include" and noun.lemma_ != "commitment" \
            and not any(c.dep_ == "neg" for c in noun.head.children):
        return next((c for c in noun.head.children if c.dep_ == "dobj"), None)  # "his pledges included X"
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ == "one" and noun.tag_ == "NNS":
        attr = noun.head.head  # "one of X's campaign promises"
    elif noun.dep_ == "pobj" and noun.head.lower_ == "among" and noun.tag_ == "NNS" and made_by(noun) is not None:
        attr = noun.head  # "X and Y were among the promises made by Z"
    elif not any(c.lower_ in PLATFORM for c in noun.children if c.dep_ in ("amod", "compound")):
        return None  # "X was her key pledge", not "The reason for the strike is her broken promise"
    if attr.dep_ not in ("attr", "prep") or attr.head.lemma_ != "be" or any(c.dep_ == "neg" for c in attr.head.children):
        return None
    subj = next((c for c in attr.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < attr.i), None)
    return subj if subj is not None and subj.pos_ in ("NOUN", "PROPN") and len(list(subj.subtree)) > 1 \
        and subj.lemma_.lower() not in LEX.commitment_nouns else None  # not "Our commitment to peace is our
    # most important commitment"


PLATFORM = frozenset({"campaign", "election", "electoral", "key", "main", "central", "flagship", "signature", "major",
                      "headline", "manifesto", "core"})  # "a new clinic was her key pledge"


def made_by(noun: Token) -> Token | None:
    """The "made" (or "given") a commitment noun's clause hangs on: "the promises [made] by X",
    "the commitment we [made] last spring to ..."."""
    return next((c for c in noun.children if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in ("make", "give")), None)


def commitment_noun(ctx: Context):
    """"his commitment to a unified government", "its pledge to abolish the tax": the
    noun with its content, the owner committing."""
    for tok in ctx.tokens:
        noun = tok.pos_ == "NOUN" or (tok.dep_ in ("dobj", "pobj") and tok.tag_ == "VBZ")  # "neutralise Tory promises"
        if not noun or tok.lemma_.lower() not in LEX.commitment_nouns:
            continue
        named = list(named_commitment(ctx, tok)) if tok.dep_ == "attr" else []  # "That is our pledge"
        named = named or list(amounts_from(ctx, tok))
        if named:
            yield from named
            continue
        owner = next((c for c in tok.children if c.dep_ == "poss"
                      or (c.dep_ in ("compound", "amod") and ctx.res.key_at(c.i))  # "Green Party promises"
                      or (c.dep_ == "nmod" and ctx.res.key_at(c.i) and c.i + 1 < len(ctx.doc)
                          and ctx.doc[c.i + 1].text in ("'", "’") and promised_act(tok))), None)  # "APM Terminals’
        # commitment to invest" (not "the Kaizer Chiefs’ commitment to youth development")
        name_before = ctx.doc[tok.i - 1] if tok.i and tok.tag_ == "NNS" else None
        if owner is not None and name_before is not None and name_before.dep_ in ("compound", "amod", "nmod") \
                and name_before.head.i == tok.i and ctx.type_at(name_before.i) == "Person" and ctx.coref.in_headline(tok):
            owner = name_before  # "Kessland's Hale pledges to ...": a headline's verb read as a noun, its subject the name
            # before it (not the country that owns the name)
        j = tok.left_edge.i - 1
        if owner is None and j > 0 and ctx.doc[j].text in ("'s", "’s") and ctx.res.key_at(j - 1):
            owner = ctx.doc[j - 1]  # "praised X's “very strong commitment to ...”", parsed without the owner
        stated = stated_content(tok)
        if stated is not None and owner is not None and (owner.dep_ == "poss" or ctx.type_at(owner.i) == "Organization") \
                and (who := agents(ctx.coref, owner, ctx.types)):  # "her key pledge", "a key Labour manifesto pledge"
            yield from noun_pledges(ctx, tok, who, list(stated.subtree))
            continue
        worth = [c for c in tok.children if c.dep_ == "amod" and c.lower_ == "worth"]  # "a pledge worth $5 from X"
        received = [tok.head] if tok.dep_ == "dobj" and tok.head.lemma_.lower() in RECEIVING else []
        giver = next((g for h in (tok, *worth, *received) for c in h.children if c.dep_ == "prep"
                      and c.lower_ in ("from", "by") for g in c.children if g.dep_ == "pobj"), None)  # "a pledge of $5 from X"
        if owner is None and giver is not None and (agents(ctx.coref, giver, ctx.types) or tok.head.lower_ != "with"):
            owner = giver  # not "X spoke, with a pledge of $5 from the federal government": X pledges
        quantity = q if (q := quantity_of(tok)) is not None and tok.tag_ == "NNS" and q.dep_ == "dobj" else None
        if owner is None and quantity is not None and quantity.head.lemma_.lower() in ("make", "give", "announce"):
            owner = subject_of(quantity.head)  # "X made a lot of promises, including ...": X
        made = made_by(tok)
        if owner is None and made is not None:  # "the promises made by X", "the commitment we made last spring"
            owner = next((g for c in made.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"),
                         next((c for c in made.children if c.dep_ == "nsubj"), None))
        of = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                   if g.dep_ == "pobj"), None)
        if owner is None and of is not None and agents(ctx.coref, of, ctx.types):
            owner = of  # "reiterated the commitment of the State of Qatar to ...": Qatar commits
        party = next((k for c in tok.children if c.dep_ in ("amod", "compound") for x in (c, *(
            g for g in c.children if g.dep_ in ("amod", "compound", "nmod"))) if (k := party_named(ctx, x))), None)
        # "Tory promises", "the 2021 SNP manifesto commitments"
        if party is not None and (owner is None or not agents(ctx.coref, owner, ctx.types)):  # "Tory promises to"
            if stated is not None:  # "X was a key Conservative manifesto pledge"
                yield from noun_pledges(ctx, tok, [party], list(stated.subtree))
            else:
                yield from _pledges(ctx, tok, [party])
            continue
        by = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children
                   if g.dep_ == "pobj"), None)
        if stated is not None and by is not None and (
                who := list(dict.fromkeys(k for x in (by, *by.conjuncts) for k in agents(ctx.coref, x, ctx.types)))):
            yield from noun_pledges(ctx, tok, who, list(stated.subtree))  # "X was a major promise by A and B"
            continue
        if stated is not None and made is not None and owner is not None and (who := agents(ctx.coref, owner, ctx.types)):
            yield from noun_pledges(ctx, tok, who, list(stated.subtree))  # "X and Y were among the promises made by Z"
            continue
        if owner is None and tok.dep_ == "pobj" and (tok.head.lower_ == "with" or (
                tok.head.lower_ == "on" and tok.head.head.lemma_.lower() in CAMPAIGNS)):
            verb = tok.head.head
            if verb.dep_ == "acl" and verb.head.dep_ == "dobj" and verb.head.lemma_.lower() in LEX.commitment_nouns \
                    and giver is None:  # not "... with a promise from suppliers to cut packaging"
                verb = verb.head.head  # "X will exceed a pledge to invest $5 with a new commitment to ...": X
            owner = subject_of(verb) or next(  # "took office with pledges to", "campaigned on a promise
                (c for c in verb.children if c.dep_ == "nsubjpass"  # to", "was sworn in with a pledge"
                 and ctx.types.get(ctx.coref.entity_of(c)) == "Person"), None)
            named = antecedent(owner, owner.head) if owner is not None else None
            if named is not owner:  # "X, a former senator, who took office with pledges"
                owner = named.head if named.dep_ == "appos" else named
        praised = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "for" else None
        if (owner is None or owner.lower_ in ("its", "their", "his", "her")) and praised is not None \
                and praised.lemma_.lower() in PRAISING and not negated(praised) and promised_act(tok):
            named = [x for x in praised.subtree if x.dep_ in ("dobj", "conj") and x.i < tok.head.i and (
                x.dep_ == "dobj" and x.head == praised or ctx.res.key_at(x.i))]  # "thanked A for X and B for Y": B
            owner = named[-1] if named else owner  # "commended Zambia for a
            # pledge of $5 million", "thanked Ada Obi for her promise to stay": Zambia, Ada Obi
        if owner is None and (holder := including_commitment(tok)) is not None:
            owner = next((c for c in holder.children if c.dep_ == "poss"), None) or (
                subject_of(holder.head) if holder.dep_ == "dobj" and holder.head.lemma_.lower() in MAKING else None)
        kept = tok.head if tok.dep_ == "dobj" else tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in (
            "to", "by", "on") else None  # "will stick to a commitment to build", "stand by the pledge to"
        if owner is None and kept is not None and kept.lemma_.lower() in KEEPING and not negated(kept):
            owner = subject_of(kept)
        named = tok.dep_ == "appos" and tok.head.dep_ == "dobj" and not any(c.dep_ == "poss" for c in tok.head.children) \
            and (tok.head.pos_ == "PROPN" or tok.head.lemma_.lower() in LEX.commitment_nouns)  # not "the protest"
        joined = tok.head.head if named else tok.head if tok.dep_ == "dobj" else None
        if owner is None and joined is not None and joined.lemma_.lower() in JOINING and not declined(joined):
            owner = subject_of(joined)  # "Acme has joined the Climate Pledge, a commitment to be net-zero": Acme
        stressed = tok.dep_ == "dobj" and tok.head.lemma_.lower() in STRESSING and (speaker := next(
            (c for c in tok.head.children if c.dep_ == "nsubj"), None)) is not None and _person(ctx, speaker)
        if owner is None and stressed:
            owner = speaker  # "she highlights a commitment to" (not "the court emphasised a commitment to")
        if owner is None and tok.dep_ == "dobj" and tok.head.lemma_.lower() in AVOWING and not negated(tok.head) \
                and (tok.head.lemma_ != "have" or tok.lemma_.lower() == "commitment"):
            owner = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)  # "Acme University has
            # long shown a strong commitment to", not "praised Acme for showing a commitment"
        own = owner
        if tok.dep_ == "dobj" and (tok.head.lemma_.lower() in LEX.doubting_verbs or doubted(tok.head)):
            continue  # "the report questions X's commitment to reform"
        if tok.dep_ == "dobj" and tok.head.lemma_.lower() in EVIDENCING and any(
                c.dep_ == "nsubj" and c.lower_ in ("that", "this", "it", "which") for c in tok.head.children):
            continue  # "that shows his commitment to our area": a sign of it, no pledge
        if tok.dep_ == "dobj" and pledge_verb(tok.head):
            if text_of(complement(tok.head)):
                continue  # "made a pledge to build ...": the verb's rule
            if owner is None or owner is not giver or not agents(ctx.coref, giver, ctx.types):  # "X announced a pledge of $5m by Kessland": Kessland pledges
                owner = subject_of(tok.head)  # "Acme reaffirmed its commitment to ...": who reaffirmed
                owner = antecedent(owner, tok.head) if owner is not None else None  # "A and B, all of whom restated"
        who = agents(ctx.coref, owner, ctx.types) if owner is not None else []
        if own is not None and own is not owner and own.pos_ != "PRON" and (own.dep_ == "poss" or (
                own.dep_ == "compound" and ctx.types.get(ctx.res.key_at(own.i)) == "Place") or own is of) \
                and (named := agents(ctx.coref, own, ctx.types)):
            who = named  # "the minister announced the UAE's pledge of $5m", "underlined the ministry's commitment",
            # "X reaffirmed the strong U.S. commitment to Y", "X reiterated the commitment of SADC to"
        elif own is not None and own is not owner and own.dep_ == "poss":  # "the governor restated the
            who = polity(ctx, own, officer=owner) or who  # administration's commitment": the state's
        if not who and own is not None and own is not owner:  # "the plan reaffirms Acme's commitment"
            who = agents(ctx.coref, own, ctx.types)
        if not who and own is not None and own.dep_ == "poss":  # "X reassured the government's commitment"
            who = polity(ctx, own, officer=subject_of(tok.head) if tok.dep_ == "dobj" else None)
        if not who and owner is not None and owner.lower_ in ("their", "his", "her", "its") and tok.dep_ == "dobj" \
                and (doer := subject_of(tok.head)) is not None:  # "A and B are to keep their promises to ..."
            who = agents(ctx.coref, doer, ctx.types)
        if own is not None and own.lower_ in ("its", "their") and tok.dep_ == "dobj" \
                and tok.head.lemma_.lower() in (*KEEPING, "meet") \
                and (doer := subject_of(tok.head)) is not None and doer.pos_ == "PROPN" \
                and (bound := agents(ctx.coref, doer, ctx.types)):
            who = bound  # "Norway will meet its promise to ...": its is Norway's, whatever was named before
        if own is not None and own.lower_ == "their" and tok.dep_ == "dobj" and len(who) == 1 \
                and ctx.types.get(who[0]) == "Person" and (body := ctx.coref.employer(who[0])):
            who = [body]  # "X, director of projects of the Acme Bank, reaffirmed their commitment": the bank's
        if own is not None and own is not owner and own.dep_ == "poss" and is_title_noun(own) \
                and not agents(ctx.coref, own, ctx.types):
            continue  # "the minister reiterated the President's commitment": the president's, whom the text does not name
        teller = _person(ctx, owner) if own is not owner and own is not None and own.lower_ in GOVERNMENT else None
        yield from _pledges(ctx, tok, who, teller if teller not in who else None)


def including_commitment(noun: Token) -> Token | None:
    """"X's commitments include a pledge to ...", "X made commitments, which include a pledge
    to ...": the commitment noun whose content the pledge is one part of."""
    if noun.dep_ != "dobj" or noun.head.lemma_.lower() != "include":
        return None
    holder = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    if holder is not None and holder.lower_ in ("which", "that") and noun.head.dep_ == "relcl":
        holder = noun.head.head
    return holder if holder is not None and holder.lemma_.lower() in LEX.commitment_nouns else None


MAKING = frozenset({"make", "sign", "announce", "unveil", "give", "offer"})  # "X made commitments, which include"
TO_PREPS = ("to", "towards", "toward")  # "committed to", "committed towards"


def promised_act(noun: Token) -> bool:
    """A commitment noun for something done or given ("a pledge of $5 million", "her commitment
    to raise funds"), not devotion ("a commitment to the team")."""
    return noun.lemma_.lower() != "commitment" or any(
        c.dep_ in ("acl", "xcomp") and any(a.lower_ == "to" for a in c.children)  # "to raise funds"
        or c.dep_ == "prep" and any(g.dep_ == "pcomp" or g.ent_type_ == "MONEY" for g in c.subtree)  # "to raising"
        for c in noun.children)


def quantity_of(noun: Token) -> Token | None:
    """The word a commitment noun is counted by: "a lot [of promises]", "a number [of pledges]"."""
    return noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in QUANTITIES \
        else None


CHANNELS = frozenset({"media", "medium", "television", "tv", "radio", "air", "twitter", "facebook", "x", "behalf", "sideline",
                      "trail", "stage", "occasion", "basis", "record", "camera", "website", "platform"})  # not a subject
QUANTITIES = frozenset({"lot", "lots", "number", "series", "host", "raft", "string", "range", "slew", "list", "set"})
PRAISING = frozenset({"thank", "commend", "praise", "laud", "applaud", "hail", "congratulate", "salute", "credit",
                      "acknowledge", "recognise", "recognize", "appreciate"})  # "thanked X for its pledge"
KEEPING = frozenset({"keep", "honour", "honor", "fulfil", "fulfill", "stick", "adhere", "stand", "deliver", "exceed",
                     "surpass"})  # "will exceed a 2017 pledge to invest $10 billion"
JOINING = frozenset({"join", "sign", "endorse"})  # "X joined the Climate Pledge, a commitment to ..."
RECEIVING = frozenset({"receive", "secure", "get", "win", "accept", "welcome"})  # "received a $5m pledge from X"
AVOWING = frozenset({"have", "show", "demonstrate", "display", "express", "affirm", "reaffirm", "reiterate",
                     "restate", "renew", "underline", "stress", "signal", "confirm", "declare", "announce"})
# "shown a commitment to", "declared the commitment to rebuild"
STRESSING = frozenset({"highlight", "emphasise", "emphasize", "underscore"})  # "she highlights a commitment to"
EVIDENCING = frozenset({"show", "demonstrate", "reflect", "prove", "underscore", "highlight", "illustrate"})
CAMPAIGNS = frozenset({"campaign", "run", "win", "elect", "sweep", "stand"})  # "ran on a pledge to ..."
GOVERNMENT = LEX.government_heads | {"ministry", "department"}  # "the government's commitment", "her ministry is"


def own_head(ctx: Context, subj: Token) -> str | None:
    """The person who heads "his ministry", "her government": the one the possessive refers
    to, when the story gives them a post there (a minister's, not an ambassador's or a
    spokesman's: theirs is the one they speak for)."""
    person, titles = _possessor(ctx, subj)
    return person if titles and not titles & SPOKESPEOPLE else None


def represented(ctx: Context, subj: Token) -> bool:
    """Whether "his government" is that of an envoy or a spokesman (one the text does not name)."""
    return bool(_possessor(ctx, subj)[1] & SPOKESPEOPLE)


def _possessor(ctx: Context, subj: Token) -> tuple[str | None, set[str]]:
    """The person "his ministry" is said of, and the titles the story gives them ("my
    department" in a quotation is its speaker's already: clauses.agents)."""
    own = next((c for c in subj.children if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
    if subj.pos_ != "NOUN" or subj.lower_ not in GOVERNMENT or own is None:
        return None, set()
    person = _person(ctx, own)
    return person, ctx.coref.titled.get(person, set())


SPOKESPEOPLE = frozenset({"ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson", "commissioner",
                          "adviser", "advisor", "consul", "representative"})


def _person(ctx: Context, tok: Token | None) -> str | None:
    """The person a subject token refers to, if it refers to one."""
    who = agents(ctx.coref, tok, ctx.types) if tok is not None else []
    return next((k for k in who if ctx.types.get(k) == "Person"), None)


def _pledges(ctx: Context, noun: Token, who: list[str], spokesperson: str | None = None):
    """The pledges a commitment noun with its content makes, one per agent."""
    parts = [c for c in noun.children if (c.dep_ == "prep" and c.lower_ in ("to", "of", "towards", "toward"))
             or (c.dep_ == "prep" and c.lower_ == "on" and noun.dep_ == "dobj" and noun.head.lemma_.lower() == "make"
                 and not any(g.dep_ == "pobj" and (g.ent_type_ in ("DATE", "TIME") or g.lemma_.lower() in CHANNELS)
                             for g in c.children))  # "made pledges on two-year contracts" (not "on Monday", "on social
             # media", "on behalf of")
             or (c.dep_ == "prep" and c.lower_ == "as" and any(g.lower_ == "such" for g in c.children))  # "such as"
             or (c.dep_ in ("acl", "relcl", "xcomp") and not (c.tag_ == "VBN" and c.lemma_.lower() in ("make", "give"))
                 and any(a.lower_ == "to" for a in c.children))  # not "the promises made by X to voters"
             or (c.dep_ in ("acl", "ccomp") or c.dep_ == "relcl" and noun.dep_ == "dobj")
             and any(a.dep_ == "mark" and a.lower_ == "that" for a in c.children)]
    # "his promise that the city will get 20 percent of its energy from renewables"; "took a vow that we will
    # serve", which the parser may call relative (not "the guarantee that Acme gave its lenders")
    to_whom = [c for c in parts if c.dep_ == "prep" and c.lower_ == "to" and not any(g.dep_ == "pcomp" for g in c.children)]
    doing = [c for c in parts if c.dep_ in ("acl", "xcomp") and any(a.lower_ == "to" for a in c.children)]
    if to_whom and doing and doing[0].i > to_whom[0].i:  # "its commitment to the government to build a smelter":
        parts = [c for c in parts if c not in to_whom]  # what is promised, not to whom
    owning = [c for c in parts if c.lower_ == "of" and any(g.dep_ == "pobj" and ctx.coref.entity_of(g) in who
                                                           for g in c.children)]
    if owning and len(parts) == 1 and noun.dep_ == "dobj":  # "reaffirmed the commitment of Acme [to X]", the
        parts = [c for c in noun.head.children if c.i > noun.i and (c.dep_ == "prep" and c.lower_ in ("to", "towards")
                 or c.dep_ in ("xcomp", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))] \
            or parts  # to-phrase or to-infinitive parsed under the verb
    elif owning:
        parts = [c for c in parts if c not in owning]
    role = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "as"), None)
    if not parts and role is not None:  # "reaffirmed its commitment as a good neighbour to fund schools", the
        parts = [c for p in role.children if p.dep_ == "pobj" for c in p.children  # infinitive hung on the
                 if c.dep_ in ("relcl", "acl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)] or [
            c for c in noun.head.children if c.i > role.i and c.dep_ in ("advcl", "xcomp")  # role or the verb
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)] if noun.dep_ == "dobj" else []
    made = made_by(noun)
    if not parts and made is not None:  # "the commitment we made last spring to involve all students"
        parts = [c for c in made.children if c.dep_ in ("xcomp", "advcl") and any(a.lower_ == "to" for a in c.children)]
        parts = parts or [t for t in made.subtree if t.dep_ == "ccomp" and any(  # "a promise made in May that
            a.dep_ == "mark" and a.lower_ == "that" for a in t.children)][:1]  # he will retire", however it is hung
    if not parts and (verb := dated_infinitive(noun)) is not None:
        parts = [verb]  # "Acme's promise earlier this year to spend $6 billion", the infinitive hung on the clause
    subject = noun if noun.dep_ != "appos" else noun.head  # "For the new rector, Ada Obi, her pledge was to"
    if noun.dep_ == "pobj" and noun.tag_ == "NNS" and noun.head.lower_ == "of" and noun.head.head.lower_ == "one":
        subject = noun.head.head  # "one of her promises was to build a clinic"
    if not parts and subject.dep_ == "nsubj" and subject.head.lemma_ == "be":  # "her pledge was to build a clinic"
        parts = [c for c in subject.head.children if c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children)]
    quantity = quantity_of(noun)  # "made a lot of promises, including providing aid", parsed with "including" on the verb
    listed = next((g for h in (noun, *((quantity, quantity.head) if quantity is not None else ())) for c in h.children
                   if c.dep_ == "prep" and c.lower_ == "including" and c.i > noun.i
                   for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
    if not parts and listed is not None:  # "re-pledged election commitments, including a school in A and clinics in B"
        items = [listed, *[c for c in listed.subtree if c.dep_ == "conj" and c.pos_ == "NOUN" and c.i > listed.i
                           and (c.head == listed or c.head.pos_ == "PROPN")]]  # "a school in Lima and clinics in Cusco"
        for k, item in enumerate(items):
            later = {t.i for c in items[k + 1:] for t in c.subtree}
            comp = [t for t in item.subtree if t.i not in later]
            comp = trimmed(comp)
            yield from noun_pledges(ctx, noun, who, comp, spokesperson)
        return
    if not parts:  # "Qatar's $10 billion pledge", "a pledge worth $5 million": the amount is what is pledged
        amount = [c for c in noun.children if c.dep_ in ("nummod", "compound", "nmod") and c.ent_type_ == "MONEY"]
        amount += [g for c in noun.children if c.dep_ == "amod" and c.lower_ == "worth"
                   for g in c.children if g.ent_type_ == "MONEY"]
        if amount:
            yield from noun_pledges(ctx, noun, who, list(amount[0].subtree), spokesperson)
        elif earlier := earlier_content(ctx, noun, who):
            yield from noun_pledges(ctx, noun, who, earlier, spokesperson)
        return
    purpose = [c for c in parts[1:2] if parts[0].lower_ == "of" and c.dep_ == "acl"]  # "a pledge of $5 to fix it"
    more = [c for h in (parts[0], noun, noun.head) for c in h.children  # "commitment to good governance
            if c.dep_ == "conj" and c.lower_ == "to" and c.i > parts[0].i]
    rest = {t.i for c in more for t in c.subtree} | {c.i for c in parts[0].children if c.dep_ == "cc" and more}
    rest |= {t.i for c in parts[0].subtree if c.dep_ == "prep" and c.lower_ == "with" and any(  # "a pledge to invest
        g.dep_ == "pobj" and g.lemma_.lower() in LEX.commitment_nouns for g in c.children) for t in c.subtree}
    # $5 with a new commitment to ...": a commitment of its own
    first = [t for c in (parts[0], *purpose) for t in c.subtree if t.i not in rest]  # and to achieving a balance"
    first = trimmed(first)
    for comp in (first, *(list(c.subtree) for c in more)):
        yield from noun_pledges(ctx, noun, who, comp, spokesperson)


def dated_infinitive(noun: Token) -> Token | None:
    """The verb of a to-infinitive right after a commitment noun and a date ("promise earlier
    this year to spend"), which the parser hangs elsewhere."""
    doc, k = noun.doc, noun.i + 1
    while k < len(doc) and doc[k].ent_type_ in ("DATE", "TIME"):
        k += 1
    if k == noun.i + 1 or k + 1 >= len(doc) or doc[k].lower_ != "to" or doc[k + 1].pos_ != "VERB" \
            or doc[k].head != doc[k + 1]:
        return None
    return doc[k + 1]


def earlier_content(ctx: Context, noun: Token, who: list[str]) -> list[Token]:
    """"X says he will cut inflation. He made the promise in Abuja": what the sentence before
    says the one who "made the promise" (or "this commitment") will do ("says he will", or
    "reiterated the intention to"), or what the maker (or a government) committed to there;
    nothing when it is another's statement or pledge, a past fact, a warning, a denial or a
    question."""
    made = noun.head
    if noun.dep_ != "dobj" or made.lemma_.lower() not in ("make", "give") or negated(made) or not any(
            c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children) or noun.sent.start == 0:
        return []
    before = ctx.doc[noun.sent.start - 1].sent
    root = before.root
    if before.text.rstrip().endswith("?") or negated(root):
        return []
    said = subject_of(root)
    if pledge_verb(root) and root.lemma_.lower() != "make":  # the maker's own, or a government's it speaks for (not
        own = said is not None and (set(agents(ctx.coref, said, ctx.types)) & set(who) or said.lower_ in GOVERNMENT)
        return trimmed(complement(root)) if own else []  # "Rebels vowed to ... General X made the promise")
    if said is None or root.lemma_.lower() not in SAYING or not set(agents(ctx.coref, said, ctx.types)) & set(who):
        return []
    will = next((c for c in root.children if c.dep_ == "ccomp" and any(
        a.dep_ == "aux" and a.lower_ in ("will", "would", "shall", "'ll") for a in c.children) and any(
        s.dep_ in ("nsubj", "nsubjpass") and set(agents(ctx.coref, s, ctx.types)) & set(who) for s in c.children)), None)
    aim = next((c for c in root.children if c.dep_ == "dobj" and c.lemma_.lower() in INTENTIONS), None)
    clause = will if will is not None else aim  # "says he will bring inflation down", "reiterated the intention to"
    return trimmed(list(clause.subtree)) if clause is not None else []


SAYING = frozenset({"say", "tell", "announce", "declare", "state", "add", "insist", "assure", "confirm", "reiterate",
                    "restate", "reaffirm", "stress", "pledge", "promise"})
INTENTIONS = frozenset({"intention", "plan", "resolve", "determination", "commitment", "pledge", "promise", "vow"})


def noun_pledges(ctx: Context, noun: Token, who: list[str], comp: list[Token], spokesperson: str | None = None):
    """One pledge per agent of a commitment noun with these content tokens."""
    lemma = noun.lemma_.lower()
    amount, currency = money(comp)
    for agent in who:
        yield Pledge(agent, text_of(comp), lemma, evidence(noun, f"pledge.noun.{lemma}"),
                     beneficiary(ctx.coref, comp, agent, ctx.types), amount, currency, deadline(comp), spokesperson)
    if who and amount is not None and comp and comp[-1].i == noun.i - 1:  # "the Netherlands' $700 million pledge, ..."
        yield from donors_after(ctx, noun, noun.i + 1, lemma, f"pledge.noun.{lemma}")


def gapped_donors(ctx: Context, after: int) -> list[tuple[str, list[Token]]]:
    """"China pledged $483 million, the ADB $600 million and Japan $260 million", "the
    Netherlands' $700 million pledge, the EU's $352 million and Mexico's $27 million": the
    bodies and countries listed after the first pledge, each with its amount and nothing else."""
    doc, out, i = ctx.doc, [], after
    end = doc[after - 1].sent.end
    while i < end and doc[i].text in (",", ";") or i < end and doc[i].lower_ == "and" and out:
        last = doc[i].lower_ == "and" or i + 1 < end and doc[i + 1].lower_ == "and"
        i += 1
        while i < end and doc[i].lower_ in ("and", "the"):
            i += 1
        k = i
        while k < end and k - i < 4 and ctx.res.key_at(k) is None and (doc[k].is_lower and doc[k].is_alpha or doc[k].text == "-"):
            k += 1  # "quake-recovering Mexico's" (a hyphened modifier, not "with Kenya $400 million")
        if k > i and not any(doc[x].text == "-" for x in range(i, k)):
            break
        key = ctx.res.key_at(k) if k < end else None
        if ctx.types.get(key) not in ("Organization", "Place") or ctx.res.start_of(k) != k:
            break
        j = ctx.res.end_of(k)
        j += j < end and doc[j].text in ("'s", "’s", "’", "'")
        m = j
        while m < end and doc[m].lower_ != "and" and (doc[m].ent_type_ == "MONEY" or doc[m].is_currency
                                                      or doc[m].like_num or doc[m].lower_ in LEX.scales):
            m += 1
        if m == j or money(list(doc[j:m]))[0] is None or m < end and doc[m].text not in (",", ";", ".") \
                and doc[m].lower_ != "and" and not last:
            break  # "Japan $260 million in loans, and ...": more than an amount (the last one may say where)
        out.append((key, list(doc[j:m])))
        i = m
    return out


def gapped_objects(ctx: Context, verb: Token) -> list[tuple[str | None, list[Token]]]:
    """"A pledged $5m, the EU $3m and Japan $1m", parsed as one object with its conjuncts:
    the first amount (no donor), then each named body's or country's amount; [] unless every
    item past the first is a donor and an amount."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or not obj.conjuncts:
        return []
    items = sorted((obj, *obj.conjuncts), key=lambda t: t.i)
    inner = {t.i for c in items[1:] for t in c.subtree} | {c.i for c in obj.children if c.dep_ == "cc"}
    out = [(None, [t for t in obj.subtree if t.i not in inner])]
    for item in items[1:]:
        toks = [t for t in item.subtree if not (t.dep_ == "cc" and t.head in items)]
        donor = next((t for t in toks if t.i < item.i and t.dep_ in ("nmod", "compound", "poss")
                      and ctx.types.get(ctx.res.key_at(t.i)) in ("Organization", "Place")), None)
        if donor is None:
            return []
        key = ctx.res.key_at(donor.i)
        out.append((key, [t for t in toks if ctx.res.key_at(t.i) != key and t.dep_ not in ("det", "case", "punct")
                          or t.text in "()" and t.dep_ == "punct"]))
    return out if all(money(part)[0] is not None for _, part in out) else []


def donors_after(ctx: Context, tok: Token, after: int, verb: str, rule: str):
    """The pledges of the donors listed from token `after`, past a first pledge's amount."""
    for agent, part in gapped_donors(ctx, after):
        yield Pledge(agent, text_of(part), verb, evidence(tok, rule), None, *money(part), None)


def polity(ctx: Context, subj: Token, officer: Token | None = None) -> list[str]:
    """The country a government commits: "Kessland's government" (its owner), "the
    Kessish government" (a demonym's country), "the new Labour administration" (the
    article's country); in a story that names no country, the state whose officer
    speaks for it ("the governor restated the administration's commitment")."""
    if subj.lower_ in HOMELAND and subj.pos_ == "NOUN":  # "his country is committed to": the officer's
        own = next((c for c in subj.children if c.dep_ == "poss" and c.lower_ in OWNING_PRONOUNS), None)
        officers = own is None and officer is not None and any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children) \
            and ctx.types.get(ctx.coref.entity_of(officer)) == "Person"
        own = officer if officers else own  # "Prime Minister X reaffirmed the nation's commitment": X's country
        country = homeland(ctx, own) if own is not None else None
        if officers and country is not None and _named_after(ctx, country, officer):
            return []  # not "... the nation's commitment to aid for Haiti", "after meeting Chinese officials"
        return [country] if country else []
    if subj.lower_ not in LEX.government_heads or subj.pos_ not in ("NOUN", "PROPN"):
        return []
    leader = next((k for c in subj.children if c.dep_ in ("poss", "compound") and c.pos_ == "PROPN"
                   and (k := _person(ctx, c))), None)
    if leader:  # "Prime Minister Ada Obi's government is committed to": its leader
        return [leader]
    if any(c.dep_ == "prep" and c.lower_ in ("of", "in") for c in subj.children):
        return []  # "the government of Ontario": the name's rules
    mods = [c for c in subj.children if c.dep_ in ("poss", "amod", "compound", "nmod")]
    parties = {c.i for c in mods if party_named(ctx, c)}
    owner = next((k for c in mods if (k := org_ref(ctx, c)) and c.i not in parties), None)
    if owner:  # a party's government ("the Labour administration") is the country's
        return [owner] if ctx.types.get(owner) == "Place" else []
    code = next((code for c in mods if (code := demonym_code(c))), None)  # "the South African government" too
    if code:
        return [country_entity(ctx, code, subj)]
    party = bool(parties)
    his = [c for c in mods if c.dep_ == "poss" and c.lower_ in OWNING_PRONOUNS]  # "reaffirmed his government's"
    other = [c for c in mods if c.i not in parties and c.lower_ not in NATIONAL and c not in his
             and c.lower_ != "led"]  # "the GPS-led state government": who leads it, not which government
    at = places(ctx)
    definite = any(c.dep_ == "det" and c.lower_ == "the" or c.lower_ == "led" for c in subj.children) or bool(his) or (
        subj.is_title and (not subj.is_sent_start or not mods) and not any(c.dep_ == "det" for c in subj.children)
        and not (at.region or at.lone_region or at.provincial) and not any(  # "as Government is", not in a state's story
            ctx.type_at(t.i) == "Place" and not ctx.coref.is_country(ctx.res.key_at(t.i))
            and not any(x.text == "." and t.i < x.i < subj.i for x in subj.sent) for t in subj.sent))
    # (and "GOVERNMENT has committed" opening a story, no word before it) nor in a sentence naming a state, county or
    # city ("Nairobi County Governor X said Government is committed"),
    # but for its dateline ("KINGSTON, Jamaica – Minister X said Government has committed")
    country = at.focus_country
    bare_administration = subj.lower_ == "administration" and not party  # a university's, a hospital's
    head = ctx.res.key_at(officer.i) if officer is not None else None
    heads = ctx.coref.titled.get(head, ()) if officer is not None else ()
    governs = officer is not None and (officer.lower_ in LEX.region_offices  # "the governor"
                                       or any(h in LEX.region_offices for h in heads))  # "Governor X ... his"
    states = {e.key for e in ctx.entities if e.type == "Place" and ctx.coref.is_province(e.key)}
    region = (at.region or at.lone_region or at.provincial or next(iter(states))) if len(states) == 1 else None
    if definite and not his and not other and not bare_administration and region and head and not abroad(ctx, head) \
            and (governs or any(ctx.coref.called(head, t) for t in ("premier", "chief minister"))):
        return [region]  # "Chief Minister X said the government is committed", "My government", said the Premier
    if definite and country and not other and not bare_administration and not (his and governs):
        return [country]
    state = at.region or at.lone_region
    if definite and not his and other and all(c.lower_ in REGIONAL for c in other) and (state := state or at.provincial):
        return [state]  # "the state government", "the Provincial Government": the article's state or province
    return [state] if definite and not at.country and state and not other and governs else []


def abroad(ctx: Context, person: str) -> bool:
    """Whether the text names a person's country before their title ("Chinese Premier X",
    "Taiwan's Premier Y"): the one who speaks for another country."""
    return any(demonym_code(t) or ctx.coref.is_country(ctx.res.key_at(t.i) or "")
               for s, _e, k, _n in ctx.res.spans if k == person for t in ctx.doc[max(0, s - 4):s])


def _named_after(ctx: Context, country: str, officer: Token) -> bool:
    """Whether the sentence names the country (or its people) after the officer's name starts."""
    code = country_code(ctx.label(country))
    return any(ctx.res.key_at(t.i) == country or code is not None and demonym_code(t) == code
               for t in officer.sent if t.i >= officer.left_edge.i)


def homeland(ctx: Context, own: Token) -> str | None:
    """The country of "his country": the one named or demonym-named right before the
    person's name ("Kessland Foreign Minister X"), else the article's country."""
    person = ctx.coref.entity_of(own)
    for start, _end, key, _n in ctx.res.spans if ctx.types.get(person) == "Person" else ():
        for t in reversed(ctx.doc[max(0, start - 6):start]) if key == person else ():  # "Kenya's Foreign Minister, X"
            if not (t.is_title or t.lower_ in LEX.title_modifiers or is_title_head(t) or t.text in ("'s", "’s", ",", "the")
                    or ctx.res.key_at(t.i) or demonym_code(t)):
                break  # only the title's words between the country and the name (not "from France resumed, and")
            where = ctx.res.key_at(t.i)
            if ctx.types.get(where) == "Place" and ctx.coref.is_country(where):
                return where
            if where is None and (code := demonym_code(t)):
                return country_entity(ctx, code, t)
    return places(ctx).focus_country


REGIONAL = frozenset({"state", "provincial", "regional"})
HOMELAND = frozenset({"country", "nation"})
OWNING_PRONOUNS = frozenset({"his", "her", "their", "our"})
MESSAGES = STATEMENTS | {"e-mail", "video", "post", "tweet", "communique", "communiqué", "address", "speech",
                       "sermon"}
SENDING = frozenset({"send", "issue", "release", "publish", "post", "write", "deliver", "sign", "pen", "circulate",
                     "give", "make"})  # what one sends or gives pledging
SOFT = frozenset({"plan", "aim", "intend", "hope", "seek", "want", "wish", "expect", "consider", "propose"})
NATIONAL = frozenset({"federal", "national", "central", "new", "interim", "transitional", "coalition", "current"})


def purpose(verb: Token) -> bool:
    """"there is more it can do to guarantee X", "worked hard to guarantee X": a commitment
    verb as the purpose of doing something, which commits no one (but "will do everything to
    guarantee X" does)."""
    head = verb.head.lemma_.lower()
    more = head == "do" and (verb.head.dep_ == "relcl" or any(c.lower_ == "more" for c in verb.head.children))
    return verb.dep_ == "advcl" and (head in ("work", "act", "strive", "help") or more) \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)  # not "will do everything to guarantee X"


def performative(verb: Token) -> bool:
    """"I want to promise that ...", "we wish to pledge ...": a speaker's present wish to
    commit is the commitment made (not "he wants to pledge", "I wanted to promise")."""
    return verb.lemma_.lower() in ("want", "wish") and verb.tag_ == "VBP" and not negated(verb) \
        and any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in verb.children) \
        and not any(c.dep_ == "cc" and c.lower_ in ("but", "yet") for v in (verb, *verb.children) for c in v.children)
    # not "I want to promise that, but I can't"


DOCUMENTS = frozenset({"manifesto", "programme", "program", "platform"})


def document_owner(ctx: Context, subj: Token) -> str | None:
    """The body or person whose manifesto (programme, platform) commits: the one it is said
    to be of ("the Kessly Party's programme", "the Kessly manifesto"), else the one an earlier
    mention of that word in the story says ("Kessly launched its manifesto ... The manifesto
    pledges")."""
    if subj.lower_ in ("rest", "part"):  # "the rest of the party's programme"
        subj = next((g for c in subj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                     if g.dep_ == "pobj"), subj)
    if subj.pos_ != "NOUN" or subj.lemma_.lower() not in DOCUMENTS:
        return None
    for doc_word in [subj, *(t for t in reversed(ctx.tokens[:subj.i]) if t.lemma_.lower() == subj.lemma_.lower())]:
        for c in doc_word.children:
            if c.dep_ in ("poss", "compound", "nmod") and ctx.types.get(key := ctx.coref.entity_of(c)) in (
                    "Organization", "Person"):
                return key
        if doc_word is not subj and doc_word.dep_ in ("dobj", "nsubjpass") and (launched := subject_of(doc_word.head)) \
                is not None and ctx.types.get(key := ctx.coref.entity_of(launched)) in ("Organization", "Person"):
            return key  # "Kessly launched the manifesto": its
    return None


def commitment(ctx: Context):
    """"X pledged/vowed/promised to ...", "X made a pledge to ...": one pledge per agent;
    the recorded rule names the verb ("pledge.vow")."""
    yield from _listed_items(ctx)
    for tok in ctx.tokens:
        verb = pledge_verb(tok)
        if not verb and (misread := headline_pledge(ctx, tok)) is not None:
            subj, comp = misread
            for agent in agents(ctx.coref, subj, ctx.types):
                yield Pledge(agent, text_of(comp), tok.lemma_.lower(), evidence(tok, f"pledge.{tok.lemma_.lower()}"),
                             beneficiary(ctx.coref, comp, agent, ctx.types), *money(comp), deadline(comp))
            continue
        if not verb or doubted(tok) or negated(tok) or (tok.dep_ == "xcomp" and tok.head.lemma_.lower() in SOFT
                                                         and not performative(tok.head)):
            continue  # "plans to commit 33 million pounds": an intention
        if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in REFUSING or tok.dep_ == "conj" \
                and tok.head.dep_ == "xcomp" and tok.head.head.lemma_.lower() in REFUSING:
            continue  # "is refusing to commit to its share", "failed to show leadership and commit to": none
        if purpose(tok):
            continue
        comp = complement(tok)
        subj = _owner_of_noun(ctx, tok, verb) or _committer(ctx, tok)
        by = next((g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        if by is not None:  # "$5 million was pledged by the foundation": the by-phrase commits
            what = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
            if what is None and tok.dep_ == "acl" and tok.head.i < tok.i and (verb in ("pledge", "promise") or verb == "commit"
                                                                              and committed_money(tok.head)):
                what = tok.head  # "the $5 million pledged by the foundation": what the participle says was
                # pledged, before it (not "a loan guaranteed by a bank", "the crimes committed by X")
                own = {t.i for t in tok.subtree}
                comp = [t for t in what.subtree if t.i < tok.i and t.i not in own
                        and not (t.dep_ == "det" and t.i == what.left_edge.i)] + [t for t in comp if t.i > tok.i]
            else:
                comp = sorted(set(comp) | set(what.subtree if what is not None else ()), key=lambda x: x.i)
            subj = by
        if by is not None and not comp and tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as"
                                                                       for c in tok.children):
            comp = [t for t in tok.head.subtree if t.i > tok.right_edge.i]  # "As promised by Mayor X, the city
            while comp and comp[0].is_punct:  # will repave the road": the clause it hangs on
                comp.pop(0)
            while comp and comp[-1].is_punct:
                comp.pop()
        content = text_of(comp) or quote_after_colon(tok) or quoted_commitment(tok)
        if not content:
            continue
        who = agents(ctx.coref, subj, ctx.types) if subj is not None else []
        if (land := _homeland_of_noun(tok, verb)) is not None and (state := polity(ctx, land, officer=subj)):
            who = state  # "Prime Minister X reaffirmed the nation's commitment to Y": X's country
        said = reporter(subj) if subj is not None and subj.lower_ == "it" else None
        if said is not None and said.lower_ in GOVERNMENT and ctx.res.key_at(said.i) is None \
                and (state := polity(ctx, said)):
            who = state  # "the German government said it will pledge $277 million": Germany, not a body named before
        if not who and subj is not None and subj.dep_ == "nsubj" and subj.pos_ == "NOUN":  # "Energy firms [A] and
            who = [k for c in subj.head.children if c.dep_ == "nsubj" and c is not subj  # B are committing", parsed
                   for k in agents(ctx.coref, c, ctx.types)]  # with the names a second subject
        if who and subj.dep_ == "nsubj":  # "Minister A, Prime Minister B and C have pledged", parsed with two subjects
            others = [c for c in subj.head.children if c.dep_ == "nsubj" and c is not subj]
            who = [k for c in others if c.i < subj.i and _listed(ctx, c, subj) for k in agents(ctx.coref, c, ctx.types)] \
                + who + [k for c in others if c.i > subj.i and _listed(ctx, subj, c) for k in agents(ctx.coref, c, ctx.types)]
        if not who and subj is not None and (owner := document_owner(ctx, subj)):
            who = [owner]  # "the manifesto pledges to ...", "the Kessly Party's programme promised": the party
        teller = None
        direct = subj is not None and (subj.head == tok or subj.head.head == tok and subj.head.dep_ == "auxpass")
        if not who and direct and (head := own_head(ctx, subj)):
            who = [head]  # "X said his ministry was committed to": X, for the body the text does not name
        if not who and subj is not None and not (direct and represented(ctx, subj)):
            body = subj.pos_ in ("NOUN", "PROPN") and subj.lower_ in GOVERNMENT
            who = polity(ctx, subj, officer=quoted_speaker(subj) if body else None)  # (not "Japan's Ambassador X said
            # his government": Japan's, not the story's)
            teller = _person(ctx, quoted_speaker(subj)) if body else None
            who = who or ([teller] if teller else [])  # "X said the government is committed to": X, for it
        acl = tok.head if tok.dep_ == "conj" and tok.head.dep_ == "acl" and tok.head.tag_ == "VBG" else tok
        if not who and acl.dep_ == "acl" and tok.tag_ == "VBG" and acl.head.lemma_.lower() in MESSAGES \
                and acl.head.dep_ == "dobj" and acl.head.head.lemma_.lower() in SENDING and not any(
                    c.dep_ == "poss" and c.pos_ != "PRON" or c.dep_ == "prep" and c.lower_ == "from"
                    for c in acl.head.children) \
                and (sender := subject_of(acl.head.head)) is not None:
            who = agents(ctx.coref, sender, ctx.types)  # "X sent a letter to staff pledging changes", "X delivered
            # an address offering tribute and promising to ...": X
        if not who and subj is not None and tok.dep_ == "advcl" and tok.tag_ == "VBG":
            who = [k for s in _clause_subjects(tok) for k in agents(ctx.coref, s, ctx.types)][:1]
        if not who and tok.dep_ == "conj" and tok.head.dep_ == "ccomp" \
                and tok.head.head.lemma_.lower() in LEX.reporting_verbs and (said := subject_of(tok.head.head)) is not None:
            who = agents(ctx.coref, said, ctx.types)  # "He said the storm was a reminder and pledged to ...": he
        if not who:  # "the districts promising X were A, B and C"
            who = [k for t in listed_agents(tok) for k in agents(ctx.coref, t, ctx.types)]
        if len(who) == 1 and (gapped := gapped_objects(ctx, tok)):  # "Germany pledged 500 million euros and the
            for agent, part in ((who[0], gapped[0][1]), *gapped[1:]):  # EU 400 million euros": each its amount
                yield Pledge(agent, text_of(part), verb, evidence(tok, f"pledge.{verb}"), None, *money(part), None)
            continue
        parts, who = split_contents(comp, tok), list(dict.fromkeys(who))
        respective = any(c.lower_ == "respectively" for c in tok.children) and len(parts) == len(who) > 1
        for agent, part in zip(who, parts) if respective else ((a, p) for p in parts for a in who):
            text = text_of(part) or content  # "A and B are committing $4.5 billion and $15 billion, respectively"
            amount, currency = money(part)
            yield Pledge(agent, text, verb, evidence(tok, f"pledge.{verb}"),
                         beneficiary(ctx.coref, part, agent, ctx.types), amount, currency, deadline(part),
                         teller if teller != agent else None)
        if who and len(parts) == 1 and parts[0] and money(parts[0])[0] is not None and parts[0][0].i > tok.i \
                and all(t.ent_type_ == "MONEY" or t.is_currency or t.like_num for t in parts[0]):
            yield from donors_after(ctx, tok, parts[0][-1].i + 1, verb, f"pledge.{verb}")  # "A pledged $5m, B $3m and C $1m"


MONEY_NOUNS = frozenset({"fund", "funds", "money", "resource", "investment", "capital", "financing", "funding", "sum",
                         "amount", "grant", "loan", "aid", "dollar", "euro"})


def committed_money(noun: Token) -> bool:
    """What is "committed by" someone as a pledge: money ("the $12.5 billion committed by the
    bank", "the funds committed by"), not a deed ("the crimes committed by")."""
    return amount_led(noun) or noun.like_num or noun.lemma_.lower() in MONEY_NOUNS or noun.ent_type_ == "MONEY"


ITEM_VERBS = {"committed": "commit", "pledged": "pledge", "promised": "promise", "vowed": "vow", "commits": "commit",
              "pledges": "pledge", "promises": "promise", "vows": "vow"}
RAISING = frozenset({"raised", "boosted", "increased", "doubled", "tripled", "renewed", "made", "upped", "lifted"})


def _listed_items(ctx: Context):
    """"• Norway: Boosted its pledge by 50% to 5 billion krone", "Spain: Committed 400 million euros":
    a list item whose line opens with a name and a colon, then a commitment verb (or one that
    raises "its pledge"), which the parser cannot hang on the name: the name pledges the rest."""
    doc, text = ctx.doc, text_of_doc(ctx.doc)
    for t in ctx.tokens:
        start = t.i + (t.text in ITEM_MARKS)
        if start >= len(doc) or not ctx.res.key_at(start) or ctx.res.start_of(start) != start:
            continue
        end = ctx.res.end_of(start)
        if end + 2 >= len(doc) or doc[end].text != ":" or not doc[end + 1].is_title \
                or text[line_span(text, t.idx)[0]:t.idx].strip():
            continue  # a name opening its line, after a bullet or not, then a colon
        word, k = doc[end + 1].lower_, end + 2
        if word in RAISING and doc[k].lower_ in ("its", "their") and doc[k + 1].lemma_.lower() in LEX.commitment_nouns:
            verb, k = doc[k + 1].lemma_.lower(), k + 2
        elif word in ITEM_VERBS:
            verb = ITEM_VERBS[word]
        else:
            continue
        last = line_span(text, doc[end].idx)[1]
        comp = [x for x in doc[k:] if x.idx < last and not x.is_space]
        while comp and comp[-1].text in (".", ",", ";", ":"):
            comp.pop()
        key = ctx.res.key_at(start)
        if comp and ctx.types.get(key) in ("Person", "Organization", "Place"):
            yield Pledge(key, text_of(comp), verb, evidence(doc[end + 1], f"pledge.{verb}"), None, *money(comp),
                         deadline(comp))


ITEM_MARKS = frozenset({*BULLETS, "-", "*"})  # what may open a list item's line


def _homeland_of_noun(verb: Token, noun: str) -> Token | None:
    """"reaffirmed the nation's commitment": the country or nation owning the commitment a light verb takes."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() == noun), None) \
        if noun != verb.lemma_.lower() else None
    return next((c for c in obj.children if c.dep_ == "poss" and c.lower_ in HOMELAND and c.pos_ == "NOUN"), None) \
        if obj is not None else None


def _owner_of_noun(ctx: Context, verb: Token, noun: str) -> Token | None:
    """"He reaffirmed ADB's commitment to X": the named owner of the commitment a light verb
    takes, not its subject, commits."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() == noun), None) \
        if noun != verb.lemma_.lower() else None
    own = next((c for c in obj.children if c.dep_ == "poss" and c.pos_ != "PRON"), None) if obj is not None else None
    return own if own is not None and agents(ctx.coref, own, ctx.types) else None


def _listed(ctx: Context, a: Token, b: Token) -> bool:
    """"A, [Title] B": two people's names, a comma between them, each a subject of one verb."""
    return ctx.res.end_of(a.i) == b.left_edge.i - 1 and ctx.doc[b.left_edge.i - 1].text == "," \
        and ctx.types.get(ctx.coref.entity_of(a)) == ctx.types.get(ctx.coref.entity_of(b)) == "Person"


def headline_pledge(ctx: Context, tok: Token) -> tuple[Token, list[Token]] | None:
    """The subject and content of a headline's commitment verb the parser read as a noun
    (see headline_verb and headline_second_verb)."""
    if (misread := headline_verb(ctx, tok)) is not None:
        return ctx.doc[tok.i - 1], sorted({misread, *(t for c in misread.children if c.dep_ in ("prep", "dobj", "dative")
                                                      for t in c.subtree)}, key=lambda t: t.i)
    return headline_second_verb(ctx, tok) or title_line_verb(ctx, tok)


def title_line_verb(ctx: Context, tok: Token) -> tuple[Token, list[Token]] | None:
    """"AU pledges emergency military force", a title line of its own (short, no full stop)
    the parser read as one noun phrase: the name that opens the line pledges the rest."""
    if tok.i == 0 or not tok.lower_.endswith("s") or tok.lemma_.lower() not in LEX.commitment_verbs or tok.pos_ == "VERB":
        return None
    text = text_of_doc(ctx.doc)
    start, end = line_span(text, tok.idx)
    line = text[start:end].rstrip()
    name = ctx.res.key_at(tok.i - 1)
    first = ctx.doc[ctx.res.start_of(tok.i - 1)] if name else None
    if not line or line.endswith((".", "!", "?", ":")) or len(line.split()) > 14 or first is None \
            or first.idx != start or ctx.types.get(name) not in ("Organization", "Place", "Person"):
        return None
    rest = [t for t in ctx.doc[tok.i + 1:] if t.idx < start + len(line)]
    phrase = len(rest) > 1 and rest[0].pos_ not in ("ADP", "CCONJ", "SCONJ", "PART") and rest[-1].pos_ in ("NOUN", "PROPN")
    return (first, rest) if phrase and not any(t.pos_ in ("VERB", "AUX") for t in rest) else None  # not "Trump
    # promises tracker", "Shell pledges under scrutiny", "Ukraine pledges at a glance"


def headline_verb(ctx: Context, tok: Token) -> Token | None:
    """"EU pledges support for Greece": a headline the parser read with "pledges" as the
    subject of a verb "support"; the word it read as the verb is what is pledged, the name
    before "pledges" who pledges (not "The pledges support the fund", a sentence)."""
    if tok.tag_ != "NNS" or tok.dep_ != "nsubj" or tok.lemma_.lower() not in LEX.commitment_verbs:
        return None
    head = tok.head
    if head.dep_ != "ROOT" or head.i != tok.i + 1 or head.lemma_.lower() in AMOUNTING:
        return None  # not "EU pledges fall short", "Donor pledges top $5bn": pledges as a noun
    named = any(c.dep_ == "compound" and c.i == tok.i - 1 and (c.pos_ == "PROPN" or is_title_head(c))
                for c in tok.children)  # "EU pledges support", "BP's new CEO pledges net zero"
    return head if named and ctx.coref.in_headline(tok) else None


def headline_second_verb(ctx: Context, tok: Token) -> tuple[Token, list[Token]] | None:
    """"President assures media freedom and pledges not to infringe on it": a headline the
    parser read with its second verb as a noun joined to the first verb's object; the
    first verb's subject pledges what the to-clause after it says."""
    if tok.tag_ != "NNS" or tok.lemma_.lower() not in LEX.commitment_verbs or not ctx.coref.in_headline(tok):
        return None
    if tok.i and ctx.doc[tok.i - 1].text == "," and tok.sent.root.i < tok.i:  # "PM urges more investment, pledges
        subj = next((c for c in tok.sent.root.children if c.dep_ == "nsubj"), None)  # support for businesses"
        rest = [t for t in ctx.doc[tok.i + 1:tok.sent.end] if not t.is_space]
        while rest and rest[-1].is_punct:
            rest.pop()
        return (subj, rest) if subj is not None and rest else None
    if tok.dep_ != "conj":
        return None
    first = tok.head.head if tok.head.dep_ == "dobj" else None
    subj = next((c for c in first.children if c.dep_ == "nsubj"), None) if first is not None else None
    k = tok.i + 1 + (tok.i + 1 < len(ctx.doc) and ctx.doc[tok.i + 1].lower_ == "not")
    if subj is None or k + 1 >= len(ctx.doc) or ctx.doc[k].lower_ != "to" or ctx.doc[k + 1].tag_ != "VB":
        return None
    clause = ctx.doc[k + 1]
    return subj, list(ctx.doc[tok.i + 1:clause.right_edge.i + 1])


AMOUNTING = frozenset({"rise", "fall", "grow", "drop", "top", "reach", "exceed", "near", "surge", "slump", "dip",
                       "hit", "total", "come", "pour", "fail", "climb", "soar", "lag", "stall", "dry", "meet", "face",
                       "draw", "spark", "prompt", "raise", "remain", "stand", "fuel", "go", "lack", "leave"})


def _committer(ctx: Context, verb: Token) -> Token | None:
    """The token for who commits with a commitment verb: its subject ("X, who has vowed to
    ...": X; "the government is committed to": the government), or the one pressed to
    commit ("pushed the government to commit to ...": the government, if anyone)."""
    if (credited := _credited(verb)) is not None:
        return credited
    passive = _committed_subject(verb)  # "as Government is committed to": Government, over the main clause's subject
    subj = (passive if passive is not None and (agents(ctx.coref, passive, ctx.types) or polity(ctx, passive)) else None) \
        or subject_of(verb) or passive or _fronted_name(ctx, verb) or _compound_subject(verb) or (
        next(c for c in verb.head.children if c.dep_ == "nsubj") if after_colon(verb) else None)
    infinitive = (verb.dep_ == "xcomp" or verb.dep_ == "advcl" and any(c.lower_ == "to" and c.dep_ == "aux"
                                                                      for c in verb.children)) \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    pressed = next((c for c in verb.head.children if c.dep_ == "dobj"), None) if infinitive else None
    if pressed is not None and pressed.i < verb.i and (
            pressed.lower_ in GOVERNMENT or agents(ctx.coref, pressed, ctx.types)):
        return pressed
    if subj is None:
        return None
    named = antecedent(subj, subj.head)
    nsubj = next((c for c in verb.children if c.dep_ == "nsubj" and ctx.types.get(ctx.res.key_at(c.i)) == "Person"),
                 None)
    if nsubj is not None and nsubj is not named and not agents(ctx.coref, named, ctx.types):
        return nsubj  # "The Chairman of Acme (AC), Ada Obi has promised": the name, not the title before it
    return named


def _credited(verb: Token) -> Token | None:
    """"praised Toyota and Hitachi for pledging to raise wages", "thanked the Red Cross for
    committing $5 million": the one named and praised for committing commits (not one blamed
    "for committing to the plant and then closing it")."""
    if verb.dep_ != "pcomp" or verb.head.lower_ != "for" or verb.head.dep_ != "prep" \
            or verb.head.head.lemma_.lower() not in CREDITING:
        return None
    return next((c for c in verb.head.head.children if c.dep_ == "dobj" and c.i < verb.i and c.pos_ == "PROPN"), None)


CREDITING = frozenset({"praise", "thank", "commend", "applaud", "laud", "hail", "congratulate", "credit", "salute"})


def _fronted_name(ctx: Context, verb: Token) -> Token | None:
    """"During her speech Ada Obi pledged to ...", parsed with the name in apposition to
    the fronted phrase and no subject: the person named right before the verb (or the list
    of names parsed as the fronted phrase's last item)."""
    if verb.dep_ != "ROOT" or verb.i == 0 or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    k = verb.i - 1
    while k > 0 and (ctx.doc[k].is_punct or ctx.doc[k].ent_type_ in ("DATE", "TIME")
                     or ctx.doc[k].lower_ in ("on", "at") and ctx.doc[k + 1].ent_type_ in ("DATE", "TIME")
                     or ctx.doc[k].dep_ in ("aux", "neg", "advmod") and ctx.doc[k].head.i == verb.i):
        k -= 1  # "Unfazed by criticism, President X on Thursday, February 2, vowed": the date between
    name = ctx.doc[k]
    if name.dep_ in ("appos", "pobj", "npadvmod") and ctx.type_at(name.i) == "Person":
        return name
    if name.dep_ != "conj" or ctx.type_at(name.i) not in ("Person", "Organization", "Place"):
        return None
    while name.dep_ == "conj" and ctx.type_at(name.head.i) in ("Person", "Organization", "Place"):
        name = name.head  # "In a move that eases X's access to funds, [Saudi Arabia and Qatar] have pledged",
    return name if name.dep_ == "conj" and name.i > verb.left_edge.i else None  # the list parsed on the phrase before


def _clause_subjects(verb: Token) -> list[Token]:
    """The subjects of the clauses above the one a participle hangs on, nearest first:
    "he admitted that more is needed, pledging to ...", parsed under "needed": he."""
    found, v = [], verb.head
    while v.dep_ in ("ccomp", "xcomp", "advcl", "conj", "relcl") and v.head.i != v.i:
        v = v.head
        for _ in range(3):  # "sworn in at a ceremony which took place at X, pledging ...": above the noun
            if v.pos_ in ("VERB", "AUX") or v.head.i == v.i:  # the relative clause hangs on
                break
            v = v.head
        subj = subject_of(v) or next((c for c in v.children if c.dep_ == "nsubjpass"), None)  # "X was sworn in"
        if subj is not None and subj not in found:
            found.append(subj)
    return found


def _committed_subject(verb: Token) -> Token | None:
    """"the government is committed to building ...", parsed as a passive: its subject
    commits (not "funds were committed to the project")."""
    subj = max([c for c in verb.children if c.dep_ == "nsubjpass" and c.lower_ != "that"] or [  # "(that) his
        g for c in verb.children if c.dep_ == "auxpass" for g in c.children if g.dep_ == "nsubj"],  # ministry [was]
        key=lambda c: c.i, default=None)  # committed", parsed on "was"
    # the nearest: "Not only nickel, the Government is committed to", parsed with two subjects
    to = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in TO_PREPS), None)
    infinitive = any((c.dep_ == "xcomp" or c.dep_ == "advcl" and c.left_edge.i == verb.i + 1)
                     and any(a.lower_ == "to" for a in c.children) for c in verb.children) or any(paired_state(verb))
    # ("is committed and determined to build")
    if verb.lower_ != "committed" or subj is None or (to is None and not infinitive) \
            or any(c.dep_ == "agent" for c in verb.children):
        return None  # "is committed to make sure ...", parsed as a passive with an infinitive
    gerund = to is not None and any(c.dep_ == "pcomp" for c in to.children)
    return subj if gerund or subj.ent_type_ in ("PERSON", "ORG", "GPE") or subj.lower_ in LEX.generic_org_nouns \
        or subj.lower_ in GOVERNMENT or subj.lower_ in COMMITTED_PRONOUNS or subj.lower_ in LEX.polity_nouns \
        or subj.lower_ == "city" else None


COMMITTED_PRONOUNS = frozenset({"i", "we", "he", "she", "they", "it"})  # "we are committed to the plan"


def governments_polities(ctx: Context, pledges: list[Pledge]) -> list[Pledge]:
    """"The Thai government is committed to", "the Alberta government committed": a
    government named by its country or state (or their people) commits that polity, as
    "the Zambian government" does (not the Scottish Government, a body of its own)."""
    polity, agents = {}, {p.agent for p in pledges}
    for e in [e for e in ctx.entities if e.key in agents]:
        m = GOVERNMENT_OF.fullmatch(e.label) if e.type == "Organization" and not DEVOLVED_CABINET.fullmatch(e.label) else None
        where = m and m["where"]
        code = where and not m["level"] and (LEX.demonyms.get(where.lower()) or country_code(where) or capital_of(where))
        # "the Khartoum government": the capital's country; "the Mexico state government": the state
        anchor = ctx.doc.char_span(*e.mentions[0], alignment_mode="expand") if m and e.mentions else None
        if anchor is None:
            continue
        if code:
            polity[e.key] = country_entity(ctx, code, anchor[0])
        elif is_region(where):
            polity[e.key] = ctx.entity_named(where, EntityType.PLACE, anchor[0])
    return [replace(p, agent=polity[p.agent]) if p.agent in polity else p for p in pledges]


GOVERNMENT_OF = re.compile(r"(?:[Tt]he )?(?P<where>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2})(?: (?P<level>(?i:state|"
                           r"provincial|regional))| (?i:federal|national|central))? (?i:government)")


def one_per_content(ctx: Context, pledges: list[Pledge]) -> list[Pledge]:
    """A pledge said twice (the headline, then the lede) is one: of two by the same agent
    whose content words mostly agree, the fuller is kept."""
    kept: list[tuple[Pledge, set[str]]] = []
    headline = re.search(r"\S[^\n]*", text_of_doc(ctx.doc))
    told = (lambda a, b: False) if headline is None else lambda a, b: (  # the headline's pledge told in the lede
        min(a.evidence.start, b.evidence.start) < headline.end() <= max(a.evidence.start, b.evidence.start)
        < headline.end() + LEDE_CHARS)
    for p in sorted(pledges, key=lambda p: -len(p.content)):
        words = content_words(p.content)
        if not any(k.agent == p.agent and (overlap(words, w) >= 0.6 or told(k, p) and (
                overlap(words, w) >= 0.3 or numbers(k.content) & numbers(p.content))) for k, w in kept):
            kept.append((p, words))
    keep = [k for k, _ in kept]
    return [p for p in pledges if p in keep]


LEDE_CHARS = 600  # how far after the headline its pledge may be told again


def numbers(text: str) -> set[str]:
    return set(re.findall(r"\d[\d,.]*\d|\d", text))


def content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9$£€¥]+", text.lower()) if len(w) > 2 and w not in FUNCTION_WORDS}


FUNCTION_WORDS = frozenset({"the", "and", "for", "his", "her", "its", "their", "our", "your", "they", "them", "this",
                            "that", "with", "will", "would"})  # "to protecting their rights" shares no content with
# "to roll back their rights"


def overlap(a: set[str], b: set[str]) -> float:
    """The share of the smaller set's words found in the other."""
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0
