"""Read inputs (files or stdin) into Articles."""
from __future__ import annotations

import hashlib
import re
import sys
import unicodedata
from pathlib import Path

from .errors import InputError
from .models import Article

DATE_HEADER = re.compile(r"\A[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})[ \t]*")


def slugify(text: str, fallback: str = "x") -> str:
    """Lowercase ASCII slug for readable IRIs."""
    t = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    t = re.sub(r"[^a-zA-Z0-9]+", "-", t).strip("-").lower()
    return t[:80].strip("-") or fallback


def decode(data: bytes, name: str) -> str:
    """UTF-8 text of an input, or an InputError for binary / non-UTF-8 bytes."""
    if b"\x00" in data:
        raise InputError(f"{name}: binary file, expected UTF-8 text")
    try:
        return data.decode("utf-8-sig") if data.startswith(b"\xef\xbb\xbf") else data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise InputError(f"{name}: not UTF-8 text (bad byte at offset {e.start})") from None


def article_from_text(text: str, doc_id: str, source: str | None = None) -> Article:
    """An Article; an optional leading ' date YYYY-MM-DD ' becomes its date."""
    m = DATE_HEADER.match(text)
    return Article(id=doc_id, text=text, date=m.group(1) if m else None, source=source)


def read_path(path: str) -> Article:
    """One Article from a file path, or from stdin for '-'."""
    if path == "-":
        data = sys.stdin.buffer.read()
        text = decode(data, "<stdin>")
        return article_from_text(text, "stdin-" + hashlib.sha256(data).hexdigest()[:8], None)
    p = Path(path)
    if not p.exists():
        raise InputError(f"{path}: no such file")
    if p.is_dir():
        raise InputError(f"{path}: is a directory, expected a text file")
    try:
        data = p.read_bytes()
    except OSError as e:
        raise InputError(f"{path}: cannot read ({e.strerror})") from None
    return article_from_text(decode(data, path), slugify(p.stem, "doc"), str(p))


def load_articles(paths: list[str]) -> list[Article]:
    """Articles for the given paths, with document ids made unique."""
    articles, seen = [], {}
    for path in paths:
        a = read_path(path)
        n = seen.get(a.id, 0)
        seen[a.id] = n + 1
        if n:
            a = Article(a.id + f"-{n + 1}", a.text, a.date, a.url, a.title, a.source)
        articles.append(a)
    return articles
