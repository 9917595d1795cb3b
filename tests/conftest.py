from pathlib import Path

import pytest

from kg.extract import extract, load_model
from kg.sources import article_from_text

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "seed-shanghai-hk-2024-11-06.txt"


@pytest.fixture(scope="session")
def nlp():
    """The real spaCy model, loaded once for the whole suite."""
    return load_model()


@pytest.fixture(scope="session")
def facts_of(nlp):
    """Facts of a text, with entity keys replaced by labels for easy asserts."""
    def run(text: str):
        return extract(article_from_text(text, "t"), nlp)
    return run


def labels(facts):
    return {e.key: e.label for e in facts.entities}


def roles(facts):
    lab = labels(facts)
    return {(lab[r.person], r.title.lower(), lab.get(r.org)) for r in facts.roles}


def pledges(facts):
    lab = labels(facts)
    return [(lab[p.agent], p.content) for p in facts.pledges]
