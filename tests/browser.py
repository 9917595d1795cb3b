"""Headless Chromium (Debian's, driven by Playwright) opening pages from files with the
network off, recording console errors and every request the page makes."""
from __future__ import annotations

import os
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def chromium_path() -> str:
    path = os.environ.get("KG_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    if not path:
        raise RuntimeError("Chromium not found: run `make browser` (Debian package chromium)")
    return path


def launch(playwright):
    """Chromium with a fresh profile (Playwright makes a new user-data-dir per launch)."""
    return playwright.chromium.launch(executable_path=chromium_path(), args=FLAGS)


@dataclass
class Visit:
    page: object
    errors: list = field(default_factory=list)
    requests: list = field(default_factory=list)

    def wait(self, state: str = "stabilized", timeout: float = 120.0) -> float:
        """Seconds until the page reports `state` (polled: the page's CSP forbids eval)."""
        start = time.perf_counter()
        while self.page.evaluate("document.body.dataset.state") != state:
            if time.perf_counter() - start > timeout:
                raise TimeoutError(f"page did not reach {state!r}; errors: {self.errors}")
            time.sleep(0.02)
        return time.perf_counter() - start


def visit(browser, path: Path, width: int = 1280, height: int = 800) -> Visit:
    """Open a local file offline; any request other than the file itself is blocked and recorded."""
    context = browser.new_context(offline=True, viewport={"width": width, "height": height})
    page = context.new_page()
    v = Visit(page)
    url = path.resolve().as_uri()
    page.on("console", lambda m: m.type == "error" and v.errors.append(m.text))
    page.on("pageerror", lambda e: v.errors.append(str(e)))
    page.on("request", lambda r: r.url != url and v.requests.append(r.url))
    page.goto(url)
    return v
