"""Read inputs into Articles, lazily: text files, folders of *.txt, JSONL corpora
(one object a line: text, optional id, url, title, date) and stdin."""
from __future__ import annotations

import datetime
import hashlib
import itertools
import json
import logging
import re
import sys
from dataclasses import replace
from pathlib import Path
from typing import BinaryIO, Callable, Iterable, Iterator

from ..errors import InputError
from ..models import Article
from .ids import slugify, unique_slug

DATE_HEADER = re.compile(r"\A[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})[ \t]*")
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
BOM = b"\xef\xbb\xbf"
Warn = Callable[[str], None]


log = logging.getLogger("kg")


def decode(data: bytes, name: str) -> str:
    """UTF-8 text of an input, or an InputError for binary / non-UTF-8 bytes."""
    if b"\x00" in data:
        raise InputError(f"{name}: binary file, expected UTF-8 text")
    try:
        return data.decode("utf-8-sig") if data.startswith(b"\xef\xbb\xbf") else data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise InputError(f"{name}: not UTF-8 text (bad byte at offset {e.start})") from None


def article_from_text(text: str, doc_id: str, source: str | None = None, warn: Warn = log.warning) -> Article:
    """An Article; an optional leading ' date YYYY-MM-DD ' becomes its date (a date
    that is not on the calendar is passed to `warn` and dropped)."""
    m = DATE_HEADER.match(text)
    date = checked_date(m.group(1), source or doc_id, warn) if m else None
    return Article(id=doc_id, text=text, date=date, source=source)


def checked_date(value: str | None, where: str, warn: Warn) -> str | None:
    """The YYYY-MM-DD date at the start of `value` if it is a real calendar date;
    else None, and a warning unless `value` is empty."""
    m = ISO_DATE.match(value or "")
    if not m:
        if value:
            warn(f"{where}: date {value[:40]!r} is not YYYY-MM-DD; the document has no date")
        return None
    try:
        return datetime.date.fromisoformat(m.group()).isoformat()
    except ValueError:
        warn(f"{where}: date {m.group()} is not a calendar date; the document has no date")
        return None


def article_from_record(line: bytes, name: str, lineno: int, warn: Warn = log.warning) -> Article:
    """One JSONL record as an Article, or an InputError naming the line."""
    where = f"{name}:{lineno}"
    try:
        rec = json.loads(decode(line, where))
    except json.JSONDecodeError as e:
        raise InputError(f"{where}: invalid JSON ({e.msg})") from None
    if not isinstance(rec, dict) or not isinstance(rec.get("text"), str) or not rec["text"].strip():
        raise InputError(f"{where}: no \"text\" in the record")
    fields = {k: rec.get(k) if isinstance(rec.get(k), str) else None for k in ("id", "url", "title", "date")}
    _check_encodable(dict(fields, text=rec["text"]), where)
    art = article_from_text(rec["text"], slugify(fields["id"] or f"{Path(name).stem}-{lineno}", "doc"), where,
                            warn)
    date = checked_date(fields["date"], where, warn) if fields["date"] else art.date
    return replace(art, date=date, url=fields["url"], title=fields["title"])


def _check_encodable(fields: dict, where: str) -> None:
    """An InputError if a field holds what UTF-8 cannot encode (a lone surrogate
    written as a JSON escape such as \\ud800): no output format could carry it."""
    for k, v in fields.items():
        try:
            (v or "").encode("utf-8")
        except UnicodeEncodeError as e:
            raise InputError(f"{where}: \"{k}\" holds a lone surrogate (U+{ord(v[e.start]):04X} "
                             f"at character {e.start}), not text") from None


def read_jsonl(stream: Iterable[bytes], name: str, skip: Callable[[InputError], None],
               warn: Warn = log.warning) -> Iterator[Article]:
    for lineno, line in enumerate(stream, 1):
        if line.removeprefix(BOM).strip():
            try:
                yield article_from_record(line, name, lineno, warn)
            except InputError as e:
                skip(e)


def read_file(p: Path, name: str, warn: Warn = log.warning) -> Article:
    try:
        data = p.read_bytes()
    except OSError as e:
        raise InputError(f"{name}: cannot read ({e.strerror})") from None
    return article_from_text(decode(data, name), slugify(p.stem, "doc"), name, warn)


def read_stdin(skip: Callable[[InputError], None], warn: Warn = log.warning) -> Iterator[Article]:
    """stdin: a JSONL corpus if its first line that is not blank is a JSON object
    (after any BOM), else one article."""
    stream = sys.stdin.buffer
    head = _head(stream)
    if head[-1].removeprefix(BOM).lstrip().startswith(b"{"):
        yield from read_jsonl(itertools.chain(head, stream), "<stdin>", skip, warn)
        return
    data = b"".join(head) + stream.read()
    yield article_from_text(decode(data, "<stdin>"), "stdin-" + hashlib.sha256(data).hexdigest()[:8],
                            warn=warn)


def _head(stream: BinaryIO) -> list[bytes]:
    """The first lines of a stream, up to the first one that is not blank (or EOF)."""
    head = [stream.readline()]
    while head[-1] and not head[-1].removeprefix(BOM).strip():
        head.append(stream.readline())
    return head


def read_json(path: str, skip: Callable[[InputError], None], warn: Warn) -> Iterator[Article]:
    """A .json input: read as JSONL when its first line is a JSON object, else an error
    (never as prose)."""
    with open(path, "rb") as stream:
        head = _head(stream)
        try:
            record = isinstance(json.loads(head[-1].removeprefix(BOM)), dict)
        except ValueError:
            record = False
        if not record:
            raise InputError(f"{path}: not JSONL (one JSON object a line, each with \"text\"); "
                             "name a prose article .txt")
        yield from read_jsonl(itertools.chain(head, stream), path, skip, warn)


def read_folder(p: Path, path: str, skip: Callable[[InputError], None], warn: Warn) -> Iterator[Article]:
    """Every *.txt below a folder; a folder with none is an error that says what it holds."""
    texts = sorted(q for q in p.rglob("*.txt") if q.is_file())
    if not texts:
        others = sorted(str(q.relative_to(p)) for q in p.rglob("*") if q.is_file())
        if not others:
            raise InputError(f"{path}: empty folder, no *.txt file to build")
        listed = ", ".join(others[:3]) + (f" and {len(others) - 3} more" if len(others) > 3 else "")
        raise InputError(f"{path}: no *.txt file in the folder, only {listed}; give JSONL files by name")
    for f in texts:
        try:
            yield read_file(f, str(f), warn)
        except InputError as e:
            skip(e)


def iter_articles(paths: Iterable[str], skip: Callable[[InputError], None] | None = None,
                  warn: Warn = log.warning) -> Iterator[Article]:
    """Articles of the given paths, lazily, with document ids made unique.

    A bad file in a folder or a bad JSONL record is passed to `skip` (default: raise),
    metadata dropped (an impossible date) to `warn`; a path that does not exist is
    always an error."""
    def fail(e: InputError) -> None:
        raise e
    skip = skip or fail
    used: set[str] = set()
    for a in _articles(paths, skip, warn):
        doc_id = unique_slug(a.id, used)
        if doc_id != a.id:
            warn(f"{a.source or a.id}: id {a.id!r} is taken by an earlier document; this one is {doc_id!r}")
            a = replace(a, id=doc_id)
        yield a


def _articles(paths: Iterable[str], skip: Callable[[InputError], None], warn: Warn) -> Iterator[Article]:
    for path in paths:
        if path == "-":
            yield from read_stdin(skip, warn)
            continue
        p = Path(path)
        if not p.exists():
            raise InputError(f"{path}: no such file or folder")
        if p.is_dir():
            yield from read_folder(p, path, skip, warn)
        elif p.suffix.lower() == ".json":
            yield from read_json(path, skip, warn)
        elif p.suffix.lower() in JSONL_SUFFIXES:
            with p.open("rb") as stream:
                yield from read_jsonl(stream, path, skip, warn)
        else:
            yield read_file(p, path, warn)


def load_articles(paths: list[str]) -> list[Article]:
    """All articles of the given paths (see iter_articles), any bad input an error."""
    return list(iter_articles(paths))
