"""Links between entities: organization hierarchy, sub-events, event attendance."""
from __future__ import annotations

from spacy.tokens import Doc

from ..models import Entity, Relation
from .entities import Resolution
from .nlp import tokens
from .roles import evidence

ATTEND_VERBS = {"address", "attend", "join", "open", "host", "chair", "speak", "visit"}


def extract_relations(doc: Doc, entities: list[Entity], res: Resolution) -> list[Relation]:
    types = {e.key: e.type for e in entities}
    out: list[Relation] = []
    seen = set()

    def add(s, p, o, tok, rule):
        if s and o and s != o and (s, p, o) not in seen:
            seen.add((s, p, o))
            out.append(Relation(s, p, o, evidence(doc, doc[tok], rule)))

    # "[Office] of the [State Council]": a nested organization that ends the name.
    for start, _end, key, nested in res.spans:
        if nested and types.get(key) == "Organization" and start >= 2 \
                and doc[start - 1].lower_ in ("the", "of"):
            outer = res.key_at(start)
            if types.get(outer) == "Organization":
                add(outer, "suborg", key, start, "relation.org-of-org")
    for tok in tokens(doc):
        # "Invest Hong Kong under the Hong Kong government"
        if tok.lower_ == "under" and tok.dep_ == "prep" and types.get(res.key_at(tok.head.i)) == "Organization":
            obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
            if obj is not None and types.get(res.key_at(obj.i)) == "Organization":
                add(res.key_at(tok.head.i), "suborg", res.key_at(obj.i), tok.i, "relation.org-under-org")
    for start, end, key, nested in res.spans:
        if types.get(key) != "Event" or nested:
            continue
        tok = doc[start:end].root
        # "the Forum, a significant event during the Expo"
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("during", "at", "of")):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                if types.get(res.key_at(obj.i)) == "Event":
                    add(key, "subevent", res.key_at(obj.i), tok.i, "relation.event-during-event")
        # "Addressing the Forum, Chief Executive X stressed ..." / "X attended the Y"
        verb = tok.head
        while verb.dep_ in ("prep", "pobj") and verb.head is not verb:
            verb = verb.head
        if verb.lemma_.lower() in ATTEND_VERBS or tok.head.lower_ in ("at", "during"):
            main = verb.head if verb.dep_ in ("advcl", "csubj", "xcomp") else verb
            for subj in (c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")):
                for t in [subj, *subj.conjuncts]:
                    who = res.key_at(t.i)
                    if types.get(who) == "Person":
                        add(who, "attendee", key, tok.i, "relation.event-attendance")
    return out
