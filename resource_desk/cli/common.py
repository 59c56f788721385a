"""What every command shares: the parser that never prints a usage block, opening the
catalogue that --db/--demo name, the search that --query/--tag/--all describe, and output.

A command raises ``UserError`` (or a subclass) for anything the person can fix; ``main``
turns it into one line on stderr and exit status 2. Commands never convert errors.
"""

from __future__ import annotations

import argparse
import json
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


def open_catalogue(args: argparse.Namespace) -> Catalogue:
    """The catalogue --demo or --db names, else the person's own (CatalogueError if it cannot be opened)."""
    from resource_desk.core.catalogues import open_catalogue as open_it

    catalogue = open_it(args.db, args.demo)
    if hasattr(args, "no_wait"):  # a command that writes (add_wait_option)
        catalogue.store.wait_for_writers = not args.no_wait
        catalogue.store.on_wait = lambda text: say(f"{PROG}: {text}")
    return catalogue


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
