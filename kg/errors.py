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
