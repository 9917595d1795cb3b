"""The model's attribute_ruler (tag -> part of speech, morphology and lemma exceptions)
applied without spaCy's Matcher: every pattern of the model's ruler is a fixed run of
tokens tested on a few attributes, so what a token matches is looked up once per
combination of those attributes, and the same attributes are set in the same order."""
from __future__ import annotations

import re
from typing import Callable

from spacy.attrs import IDS
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

Test = Callable[[str], bool]


def _test(value) -> Test | None:
    """A test of one attribute's string, as the Matcher reads the pattern's value;
    None for what the Matcher does that this does not."""
    if isinstance(value, bool):
        return lambda s, v=str(int(value)): s == v
    if isinstance(value, str):
        return lambda s: s == value
    if isinstance(value, dict) and len(value) == 1:
        (op, arg), = value.items()
        if op == "IN" and all(isinstance(a, str) for a in arg):
            return lambda s, arg=frozenset(arg): s in arg
        if op == "NOT_IN" and all(isinstance(a, str) for a in arg):
            return lambda s, arg=frozenset(arg): s not in arg
        if op == "REGEX" and isinstance(arg, str):
            return lambda s, rx=re.compile(arg): bool(rx.search(s))
    return None


class AttributeRules:
    """Does to a Doc what `ruler` does (see the module)."""

    def __init__(self, ruler: AttributeRuler, attrs: list[str], tests: list[tuple[int, Test]],
                 patterns: list[tuple[int, list[list[frozenset]]]]):
        self.ruler, self.attrs, self.tests, self.patterns = ruler, attrs, tests, patterns
        self.ids = [IDS[a] for a in attrs]
        self.passes: list[dict[int, frozenset]] = [{} for _ in attrs]  # an attribute's value -> tests passed
        self.by_tests: dict[tuple, tuple] = {}  # the tests a token passes -> what it matches
        self.cache: dict[tuple, tuple] = {}  # a token's attribute values -> what it matches

    @classmethod
    def of(cls, ruler: AttributeRuler) -> AttributeRules | None:
        """The rules of a ruler, or None if one of its patterns is beyond them
        (an operator, an attribute that is not a token string)."""
        attrs: list[str] = []
        tests: list[tuple[int, Test]] = []
        compiled = []
        for attr_id, p in enumerate(ruler.patterns):
            runs = []
            for pattern in p["patterns"]:
                run = []
                for spec in pattern:
                    ids = []
                    for attr, value in spec.items():
                        test = _test(value)
                        if attr not in ("TAG", "LOWER", "ORTH", "DEP", "IS_SPACE") or test is None:
                            return None
                        if attr not in attrs:
                            attrs.append(attr)
                        ids.append(len(tests))
                        tests.append((attrs.index(attr), test))
                    run.append(frozenset(ids))
                runs.append(run)
            compiled.append((attr_id, runs))
        return cls(ruler, attrs, tests, compiled)

    def _matched(self, key: tuple) -> tuple[frozenset, tuple, tuple]:
        """For a token with these attribute hashes: which (pattern, run, position) it
        passes, the one-token patterns it matches and the longer runs it may start."""
        passed = []
        for i, h in enumerate(key):
            tests = self.passes[i].get(h)
            if tests is None:
                value = str(h) if self.attrs[i] == "IS_SPACE" else self.ruler.vocab.strings[h]
                tests = self.passes[i][h] = frozenset(j for j, (a, t) in enumerate(self.tests) if a == i and t(value))
            passed.append(tests)
        passed = frozenset().union(*passed)
        if passed not in self.by_tests:
            at = frozenset((a, r, k) for a, runs in self.patterns for r, run in enumerate(runs)
                           for k, ids in enumerate(run) if ids <= passed)
            single = tuple(sorted({a for a, r, k in at if len(self.patterns[a][1][r]) == 1}))
            starts = tuple(sorted((a, r) for a, r, k in at if k == 0 and len(self.patterns[a][1][r]) > 1))
            self.by_tests[passed] = at, single, starts
        return self.by_tests[passed]

    def __call__(self, doc: Doc) -> Doc:
        cache, seen = self.cache, []
        for key in map(tuple, doc.to_array(self.ids).tolist()):
            hit = cache.get(key)
            if hit is None:
                hit = cache[key] = self._matched(key)
            seen.append(hit)
        matches = set()
        for i, (_, single, starts) in enumerate(seen):
            matches.update((a, i) for a in single)
            for a, r in starts:
                size = len(self.patterns[a][1][r])
                if i + size <= len(seen) and all((a, r, k) in seen[i + k][0] for k in range(1, size)):
                    index = self.ruler.indices[a]
                    matches.add((a, i + (index if index >= 0 else size + index)))
        for a, i in sorted(matches):
            set_token_attrs(doc[i], self.ruler.attrs[a])
        return doc


@Language.factory("kg_attribute_rules")
def make_attribute_rules(nlp: Language, name: str) -> AttributeRules:
    return AttributeRules.of(nlp.get_pipe("attribute_ruler"))
