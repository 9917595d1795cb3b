import os
from pathlib import Path

import pytest

from kg.extract import extract, load_model
from kg.io.sources import article_from_text

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "seed-shanghai-hk-2024-11-06.txt"


def pytest_collection_modifyitems(items):
    """Tests that drive a real browser are slow: `pytest -m "not slow"` leaves them out."""
    for item in items:
        if "browser" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.slow)


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


@pytest.fixture(scope="session")
def seed_graph():
    from kg import build_graph
    return build_graph(str(SEED))


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium for the suite."""
    from playwright.sync_api import sync_playwright

    from browser import launch
    with sync_playwright() as p:
        b = launch(p)
        yield b
        b.close()


@pytest.fixture(scope="session")
def screenshots(tmp_path_factory):
    """Where browser tests save what they saw: pytest's temp folder, or $KG_SCREENSHOTS."""
    if os.environ.get("KG_SCREENSHOTS"):
        path = Path(os.environ["KG_SCREENSHOTS"])
        path.mkdir(parents=True, exist_ok=True)
        return path
    return tmp_path_factory.mktemp("screenshots")
