"""Outputs written atomically: a temp file beside the target, then a rename."""
from __future__ import annotations

import os
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, Iterator

from ..errors import OutputError


@contextmanager
def atomic_open(path: str) -> Iterator[BinaryIO]:
    """A binary file that appears at `path` only once complete (stdout for '-')."""
    if path == "-":
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    target = Path(path)
    try:
        fd, tmp = tempfile.mkstemp(dir=target.parent if str(target.parent) else ".",
                                   prefix=f".{target.name}.", suffix=".tmp")
    except OSError as e:
        raise OutputError(f"{path}: cannot write ({e.strerror})") from None
    try:
        with os.fdopen(fd, "wb") as f:
            yield f
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; give the file the usual mode
        os.replace(tmp, target)
    except OSError as e:
        raise OutputError(f"{path}: cannot write ({e.strerror})") from None
    finally:
        Path(tmp).unlink(missing_ok=True)


def write_bytes(path: str, data: bytes) -> None:
    """Write to `path` (or stdout for '-') without ever leaving a partial file."""
    with atomic_open(path) as f:
        f.write(data)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
