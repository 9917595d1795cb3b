"""Outputs written atomically: a temp file beside the target, then a rename."""
from __future__ import annotations

import contextlib
import os
import stat
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, Iterator

from ..errors import OutputError


def check_output(path: str) -> None:
    """An OutputError now, before any work, if `path` cannot become an output file."""
    if path == "-":
        return
    target = Path(os.path.realpath(path))
    if target.is_dir():
        raise OutputError(f"{path}: is a folder; give a file name")
    if not target.parent.is_dir():
        raise OutputError(f"{path}: cannot write (no folder {target.parent})")


class _Checked:
    """The temp file as the caller sees it: a failed write (disk full) is an OutputError;
    other errors raised while writing are the caller's and pass as they are."""

    def __init__(self, f: BinaryIO, path: str):
        self.f, self.path = f, path

    def write(self, data: bytes) -> int:
        try:
            return self.f.write(data)
        except OSError as e:
            raise _error(self.path, e) from None


@contextmanager
def atomic_open(path: str) -> Iterator[BinaryIO]:
    """A binary file that appears at `path` only once complete (stdout for '-'). A
    symlink at `path` is followed; a file replaced keeps its mode."""
    if path == "-":
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    check_output(path)
    target = Path(os.path.realpath(path))  # write beside, and replace, the file a symlink points at
    mode = stat.S_IMODE(target.stat().st_mode) if target.exists() else 0o666 & ~_umask()
    try:
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as e:
        raise _error(path, e) from None
    f = os.fdopen(fd, "wb")
    try:
        yield _Checked(f, path)
        try:
            f.close()
            os.chmod(tmp, mode)  # mkstemp makes 0600
            os.replace(tmp, target)
        except OSError as e:
            raise _error(path, e) from None
    finally:
        with contextlib.suppress(OSError):
            f.close()
        Path(tmp).unlink(missing_ok=True)


def write_bytes(path: str, data: bytes) -> None:
    """Write to `path` (or stdout for '-') without ever leaving a partial file."""
    with atomic_open(path) as f:
        f.write(data)


def _error(path: str, e: OSError) -> OutputError:
    return OutputError(f"{path}: cannot write ({e.strerror or e})")


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
