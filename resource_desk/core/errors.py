"""Errors the services raise for the GUI and the CLI to catch, importable without SQLAlchemy."""


class NotFound(LookupError):
    """Something asked for by id that is not (or no longer) in the catalogue."""
