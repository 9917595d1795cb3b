"""Answers of the canned queries kept in a local store's folder (newskg-answers/), each
under a key made of the query text and a fingerprint of the store's files. Any write
to the store, by any program, changes its files, so a kept answer is never stale: the
first query after a write runs, and keeps its answer for the next ones."""
from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
from pathlib import Path
from typing import Callable

from ..errors import OutputError
from ..io.files import write_bytes
from ..rdf.query import canned_names, query_text

FOLDER = "newskg-answers"
Table = tuple[list[str], list[list[str]]]


@functools.cache
def _canned() -> dict[str, str]:
    """Canned query text -> name."""
    return {query_text(name): name for name in canned_names()}


def fingerprint(path: str) -> str:
    """Names, sizes and modification times of the store's files: RocksDB writes data
    to new or growing files. Its info log (LOG*) is left out: a server writes to it
    when idle; opening the store read-only changes nothing."""
    stats = []
    for entry in os.scandir(path):
        if entry.name.startswith("LOG"):
            continue
        with contextlib.suppress(FileNotFoundError):  # removed by a compaction meanwhile
            if entry.is_file():
                st = entry.stat()
                stats.append(f"{entry.name} {st.st_size} {st.st_mtime_ns}")
    return hashlib.sha256("\n".join(sorted(stats)).encode()).hexdigest()


def _key(path: str, sparql: str) -> bytes:
    return hashlib.sha256(f"{fingerprint(path)}\n{sparql}".encode()).hexdigest().encode()


def answer(path: str, sparql: str, run: Callable[[], Table]) -> Table:
    """The answer kept for a canned query if the store is unchanged since; otherwise
    `run()`'s, kept when the store did not change while it ran. Other queries just run."""
    name = _canned().get(sparql)
    if name is None:
        return run()
    file = Path(path, FOLDER, f"{name}.json")
    key = _key(path, sparql)
    kept = _read(file, key)
    if kept is not None:
        return kept
    table = run()
    if _key(path, sparql) == key:
        _write(file, key, table)
    return table


def _read(file: Path, key: bytes) -> Table | None:
    """The table in `file` if it was kept under `key`; None if not, or unreadable."""
    try:
        with open(file, "rb") as f:
            if f.readline().rstrip(b"\n") != key:
                return None
            cols, rows = json.loads(f.read())
    except (OSError, ValueError, TypeError):
        return None
    return cols, rows


def _write(file: Path, key: bytes, table: Table) -> None:
    """Key line, then the table as JSON, replacing `file` whole; skipped if the folder
    cannot be written (a read-only store still answers)."""
    data = key + b"\n" + json.dumps(list(table), ensure_ascii=False, separators=(",", ":")).encode()
    with contextlib.suppress(OSError, OutputError):
        file.parent.mkdir(exist_ok=True)
        write_bytes(str(file), data)
