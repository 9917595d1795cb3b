"""Links between entities: organization hierarchy, sub-events, event attendance."""
from __future__ import annotations

from ..lexicons import LEX
from ..models import Relation
from .context import Context, evidence



def relation(ctx: Context, s: str | None, p: str, o: str | None, tok: int, rule: str) -> Relation | None:
    return Relation(s, p, o, evidence(ctx.doc[tok], rule)) if s and o and s != o else None


def org_of_org(ctx: Context):
    """"[Office] of the [State Council]": a nested organization that ends the name."""
    doc, res, types = ctx.doc, ctx.res, ctx.types
    for start, _end, key, nested in res.spans:
        if nested and types.get(key) == "Organization" and start >= 2 and doc[start - 1].lower_ in ("the", "of"):
            outer = res.key_at(start)
            if types.get(outer) == "Organization":
                yield relation(ctx, outer, "suborg", key, start, "relation.org-of-org")


def org_under_org(ctx: Context):
    """"Invest New York under the New York government"."""
    for tok in ctx.tokens:
        if tok.lower_ == "under" and tok.dep_ == "prep" and ctx.type_at(tok.head.i) == "Organization":
            obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
            if obj is not None and ctx.type_at(obj.i) == "Organization":
                yield relation(ctx, ctx.res.key_at(tok.head.i), "suborg", ctx.res.key_at(obj.i), tok.i,
                               "relation.org-under-org")


def _event_heads(ctx: Context):
    for start, end, key, nested in ctx.res.spans:
        if ctx.types.get(key) == "Event" and not nested:
            yield key, ctx.doc[start:end].root


def event_during_event(ctx: Context):
    """"the Forum during the Expo", "the Forum, a significant event during the Expo"."""
    for key, tok in _event_heads(ctx):
        heads = [tok, *[c for c in tok.children if c.dep_ == "appos"]]
        for prep in (c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in ("during", "at", "of")):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                if ctx.type_at(obj.i) == "Event":
                    yield relation(ctx, key, "subevent", ctx.res.key_at(obj.i), tok.i, "relation.event-during-event")


def event_organizer(ctx: Context):
    """"the Forum, hosted by the Acme Council", "Acme Council organised the Forum"."""
    for key, tok in _event_heads(ctx):
        for verb in [c for c in tok.children if c.dep_ == "acl"] + ([tok.head] if tok.dep_ == "dobj" else []):
            if verb.lemma_.lower() not in LEX.organize_verbs:
                continue
            agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            agents += [c for c in verb.children if c.dep_ == "nsubj"]
            for a in agents:
                for t in [a, *a.conjuncts]:
                    if ctx.type_at(t.i) == "Organization":
                        yield relation(ctx, ctx.res.key_at(t.i), "organizer", key, tok.i, "relation.event-organizer")


def event_attendance(ctx: Context):
    """"Addressing the Forum, Chief Executive X stressed ...", "X attended the Y"."""
    for key, tok in _event_heads(ctx):
        verb = tok.head
        while verb.dep_ in ("prep", "pobj") and verb.head.i != verb.i:
            verb = verb.head
        if verb.lemma_.lower() in LEX.attend_verbs or tok.head.lower_ in ("at", "during"):
            main = verb.head if verb.dep_ in ("advcl", "csubj", "xcomp") else verb
            for subj in (c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")):
                for t in [subj, *subj.conjuncts]:
                    who = ctx.res.key_at(t.i)
                    if ctx.types.get(who) == "Person":
                        yield relation(ctx, who, "attendee", key, tok.i, "relation.event-attendance")


def unique(ctx: Context, relations: list[Relation]) -> list[Relation]:
    """Each link once: the first rule that found it keeps it."""
    seen: dict[tuple, Relation] = {}
    for r in relations:
        seen.setdefault((r.subject, r.predicate, r.object), r)
    return list(seen.values())
