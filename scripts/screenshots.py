"""Screenshots of the page for the README, in headless Chromium at 1400x900 driven as
the tests drive it: the example article (docs/page-seed.png), the three example
articles as one corpus (docs/page-corpus.png), and a person picked there from the
facts table (docs/page-person.png).

    .venv/bin/python scripts/screenshots.py      # or: make screenshots
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from browser import launch, visit  # noqa: E402

SEED = ROOT / "examples" / "seed-shanghai-hk-2024-11-06.txt"
CORPUS = [SEED, ROOT / "examples" / "corpus"]
PERSON = "Elena Varga"  # in two of the articles
WIDTH, HEIGHT = 1400, 900


def kg(*args) -> None:
    subprocess.run([sys.executable, "-m", "kg", *map(str, args)], check=True)


def pages(tmp: Path) -> tuple[Path, Path]:
    """The example's page and the corpus's page (entities resolved across the articles)."""
    kg("build", SEED, "-o", tmp / "seed.ttl", "-q")
    kg("viz", tmp / "seed.ttl", "-o", tmp / "seed.html", "--title", "Shanghai and Hong Kong (example article)")
    kg("build", *CORPUS, "-o", tmp / "corpus.trig", "-q")
    kg("viz", tmp / "corpus.trig", "-o", tmp / "corpus.html", "--title", "Three articles")
    return tmp / "seed.html", tmp / "corpus.html"


def click(v, person: str) -> None:
    """Click the person's first row in the posts table: the page selects the person,
    centres the network on them and lists their facts."""
    v.page.locator("#posts-table tbody tr", has_text=person).first.click()
    v.page.wait_for_timeout(1500)  # the focus animation


def main(out: Path = ROOT / "docs") -> None:
    from playwright.sync_api import sync_playwright

    out.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        seed, corpus = pages(Path(tmp))
        browser = launch(p)
        for page, name in ((seed, "page-seed.png"), (corpus, "page-corpus.png")):
            v = visit(browser, page, WIDTH, HEIGHT)
            v.wait()
            v.page.screenshot(path=str(out / name))
            if page == corpus:
                click(v, PERSON)
                v.page.screenshot(path=str(out / "page-person.png"))
            if v.errors or v.requests:
                raise SystemExit(f"{page.name}: errors {v.errors}, requests {v.requests}")
        browser.close()
    print(f"wrote {out}/page-seed.png, page-corpus.png, page-person.png")


if __name__ == "__main__":
    main()
