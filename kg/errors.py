"""Errors newskg raises; the CLI turns each into one line on stderr."""


class KgError(Exception):
    """Base class: a problem the user can fix, described in one line."""


class InputError(KgError):
    """An input file is missing, unreadable, binary or not UTF-8."""


class ModelError(KgError):
    """The spaCy model cannot be loaded."""


class QueryError(KgError):
    """A SPARQL query is unknown or invalid."""


class OutputError(KgError):
    """An output cannot be written."""


class Interrupted(KgError):
    """Ctrl-C or SIGTERM stopped a command; the message says what was done."""

    def __init__(self, message: str, exit_code: int = 130):
        super().__init__(message)
        self.exit_code = exit_code


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised like Ctrl-C so that the same clean-up runs (temp files, workers)."""


def interrupted(e: KeyboardInterrupt, done: str = "") -> Interrupted:
    """The error for a Ctrl-C or SIGTERM, saying what was done by then."""
    how, code = ("stopped by SIGTERM", 143) if isinstance(e, Terminated) else ("interrupted", 130)
    return Interrupted(f"{how}; {done}" if done else how, code)
