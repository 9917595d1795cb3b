"""Reported statements (said, stressed, highlighted ...), with the speaker resolved
through coreference."""
from __future__ import annotations

from ..lexicons import LEX
from ..models import Statement
from .context import Context, evidence
from .clauses import agents, subject_of, text_of


def reported_speech(ctx: Context):
    """"X said (that) ...": who said what; the recorded rule names the verb ("statement.say")."""
    for tok in ctx.tokens:
        lemma = tok.lemma_.lower()
        if tok.pos_ != "VERB" or lemma not in LEX.reporting_verbs:
            continue
        comp = next((c for c in tok.children if c.dep_ == "ccomp"), None)
        subj = subject_of(tok)
        if comp is None or subj is None:
            continue
        for speaker in agents(ctx.coref, subj, ctx.types):
            yield Statement(speaker, text_of(list(comp.subtree)), lemma, evidence(tok, f"statement.{lemma}"))
