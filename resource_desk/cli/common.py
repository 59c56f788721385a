"""What every command shares: the parser that never prints a usage block, opening the
catalogue that --db/--demo name, the search that --query/--tag/--all describe, and output.

A command raises ``UserError`` (or a subclass) for anything the person can fix; ``main``
turns it into one line on stderr and exit status 2. Commands never convert errors.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import TYPE_CHECKING, Any

from resource_desk.core.errors import UserError

if TYPE_CHECKING:
    from resource_desk.core.database import Catalogue
    from resource_desk.core.search import SearchQuery

PROG = "resource-desk"
EXIT_USER_ERROR = 2
EXIT_BUG = 70  # EX_SOFTWARE: an internal error, reported with where its details were written
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 1


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, not the usage block
        raise UserError(message)


def add_wait_option(parser: argparse.ArgumentParser) -> None:
    """``--no-wait`` for a command that writes: while another import, undo or bulk change runs
    in the catalogue, it waits (saying so on stderr) unless told not to."""
    parser.add_argument("--no-wait", action="store_true",
                        help="if another import is running in this catalogue, stop at once instead of waiting")


def open_catalogue(args: argparse.Namespace, care: bool = True, create: bool = False) -> Catalogue:
    """The catalogue --demo or --db names, else the person's own (CatalogueError if it cannot be opened).

    A catalogue named by --db or $RESOURCE_DESK_DB that is not there is made only by a command
    that ``create``s one (import): any other would make an empty file of a mistyped path and
    answer from it as if the catalogue were empty.

    With ``care``, the first open of the day checks the file and backs it up (core.backups);
    a damaged catalogue is said so on stderr, and a command that writes stops there."""
    from resource_desk.core.catalogues import catalogue_path
    from resource_desk.core.catalogues import open_catalogue as open_it

    named = args.db or os.environ.get("RESOURCE_DESK_DB")
    if named and not args.demo and not create and not (path := catalogue_path(args.db)).exists():
        from resource_desk.core.database import CatalogueError

        raise CatalogueError(f"There is no catalogue at {path}: check the path "
                             f"(`{PROG} import FILE --db PATH` makes a new catalogue there).")
    catalogue = open_it(args.db, args.demo)
    writes = hasattr(args, "no_wait")  # a command that writes (add_wait_option)
    if writes:
        catalogue.store.wait_for_writers = not args.no_wait
        catalogue.store.on_wait = lambda text: say(f"{PROG}: {text}")
    if care and not args.demo:
        _daily_care(catalogue, writes)
    if catalogue.read_only and not writes:
        say(f"{PROG}: note: {catalogue.path} is read-only; it is open for reading")
    return catalogue


def _daily_care(catalogue: Catalogue, writes: bool) -> None:
    from resource_desk.core.backups import daily_care
    from resource_desk.core.faults import damaged_message, user_error_for

    try:
        daily_care(catalogue)
    except Exception as exc:  # noqa: BLE001 - a backup that failed must not stop the command
        fault = user_error_for(exc, catalogue.path)
        if fault is None:
            raise
        say(f"{PROG}: warning: today's backup was not made: {one_line(fault)}")
    if catalogue.damage:
        if writes:
            catalogue.store.refuse_writes_if_unsafe()  # CatalogueDamaged: one line, exit 2
        say(f"{PROG}: warning: {damaged_message(catalogue.path, catalogue.damage)}")


def search_query_from(args: argparse.Namespace, catalogue: Catalogue) -> SearchQuery:
    """The SearchQuery that --query/QUERY, --tag and --all describe (TagError for an unknown tag)."""
    from resource_desk.core.search import SearchQuery
    from resource_desk.core.tags import resolve_tags

    tags = resolve_tags(catalogue, args.tag or [])
    return SearchQuery(
        text=getattr(args, "query", "") or "",
        tag_ids=tuple(t.id for t in tags),
        match_all=getattr(args, "match_all", False),
        include_hidden=getattr(args, "all", False),
    )


def print_json(document: Any, ensure_ascii: bool = False) -> None:
    print(json.dumps(document, indent=2, ensure_ascii=ensure_ascii))


def say(text: str) -> None:
    """A note for the person, on stderr (stdout stays for what a script reads)."""
    print(text, file=sys.stderr)


def one_line(exc: BaseException) -> str:
    """A user error's message as the one line the CLI prints."""
    return " ".join(part.strip() for part in str(exc).splitlines() if part.strip())
