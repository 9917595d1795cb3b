"""The rules, in the order they run: the table of contents of extract/.

A rule takes the document's Context and yields facts (None is skipped); its name
is the `kg:extractionRule` the graph records for what it found (a pledge or
statement rule adds the verb: "pledge.vow"; a post placed by the article adds
"+org-from-article-..."). Refiners then take all facts of one kind and return
those kept. Register your own with `register`:

    from kg.extract.registry import register

    @register("acquisition.acquired", "acquisition")
    def acquired(ctx): ...
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable

from ..models import Fact
from . import pledges, relations, roles, statements
from .context import Context

RuleFn = Callable[[Context], Iterable[Fact | None]]
RefineFn = Callable[[Context, list], list]


@dataclass(frozen=True)
class Rule:
    name: str
    kind: str  # the kind of fact it finds (an entry of vocab.FACTS)
    find: RuleFn


@dataclass(frozen=True)
class Refiner:
    name: str
    kind: str
    refine: RefineFn


RULES: list[Rule] = [
    Rule("role.title-before-name", "role", roles.title_before_name),
    Rule("role.title-after-name", "role", roles.title_after_name),
    Rule("role.plural-title", "role", roles.plural_title),
    Rule("role.appositive", "role", roles.appositive),
    Rule("role.appositive-before-name", "role", roles.appositive_before_name),
    Rule("role.appointed", "role", roles.appointed),
    Rule("role.copula", "role", roles.copula),
    Rule("role.as-title", "role", roles.as_title),
    Rule("role.chairs", "role", roles.chairs),
    Rule("role.described", "role", roles.described),
    Rule("role.signed", "role", roles.signed),
    Rule("pledge", "pledge", pledges.commitment),
    Rule("pledge.noun", "pledge", pledges.commitment_noun),
    Rule("statement", "statement", statements.reported_speech),
    Rule("relation.org-of-org", "relation", relations.org_of_org),
    Rule("relation.org-under-org", "relation", relations.org_under_org),
    Rule("relation.event-during-event", "relation", relations.event_during_event),
    Rule("relation.event-attendance", "relation", relations.event_attendance),
    Rule("relation.event-organizer", "relation", relations.event_organizer),
]

REFINERS: list[Refiner] = [
    Refiner("role.keep-first", "role", roles.keep_first),
    Refiner("role.drop-weaker", "role", roles.drop_weaker),
    Refiner("role.party-members", "role", roles.party_members),
    Refiner("role.round-up", "role", roles.round_up),
    Refiner("role.deputy-placed", "role", roles.deputy_placed),
    Refiner("role.party-state", "role", roles.party_state_seats),
    Refiner("role.premiers-cabinet", "role", roles.premiers_cabinet),
    Refiner("role.counterpart", "role", roles.counterparts),
    Refiner("role.one-holder", "role", roles.one_holder),
    Refiner("role.visitor", "role", roles.visitors),
    Refiner("role.traveller", "role", roles.travellers),
    Refiner("role.host", "role", roles.hosts),
    Refiner("role.speaks-for", "role", roles.speaks_for),
    Refiner("role.drop-unplaced", "role", roles.drop_unplaced),
    Refiner("role.drop-shadowed", "role", roles.drop_shadowed),
    Refiner("pledge.governments-polities", "pledge", pledges.governments_polities),
    Refiner("pledge.one-per-content", "pledge", pledges.one_per_content),
    Refiner("relation.unique", "relation", relations.unique),
]


def register(name: str, kind: str, before: str | None = None) -> Callable[[RuleFn], RuleFn]:
    """Decorator: add a rule (after the others, or before the rule named `before`).
    A new kind of fact also needs its vocab entry (vocab.register_fact_kind)."""
    def add(fn: RuleFn) -> RuleFn:
        unregister(name)
        rule = Rule(name, kind, fn)
        at = next((i for i, r in enumerate(RULES) if r.name == before), len(RULES))
        RULES.insert(at, rule)
        return fn
    return add


def unregister(name: str) -> None:
    """Remove the rule or refiner of that name, if registered."""
    RULES[:] = [r for r in RULES if r.name != name]
    REFINERS[:] = [r for r in REFINERS if r.name != name]


def run_rules(ctx: Context) -> list[Fact]:
    """Every rule over the document, then the refiners of each kind, in order."""
    found: dict[str, list] = {}
    for rule in RULES:
        found.setdefault(rule.kind, []).extend(f for f in rule.find(ctx) if f is not None)
    for ref in REFINERS:
        if ref.kind in found:
            found[ref.kind] = ref.refine(ctx, found[ref.kind])
    return [f for facts in found.values() for f in facts]
