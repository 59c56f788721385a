"""The command line: ``resource-desk [--db PATH | --demo] [COMMAND ...]``.

Without a command it opens the window. Each command is a module, ``cli/cmd_<name>.py``
(calibre's ``db/cli/cmd_*.py`` shape), with ``register(commands)``, which adds its
subparser, and ``run(args)``; all of them go through the same services as the GUI.

Errors are handled here, once: a ``UserError`` (bad arguments, a catalogue that cannot be
opened, a file that cannot be imported, ...) ends with exit status 2 and one line on
stderr; anything else is a bug: one line saying so and where its details were written
(``core.crash_log``), exit status 70. Nobody sees a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from resource_desk import __version__
from resource_desk.cli.common import (
    EXIT_BROKEN_PIPE,
    EXIT_BUG,
    EXIT_INTERRUPTED,
    EXIT_USER_ERROR,
    PROG,
    Parser,
    one_line,
)
from resource_desk.core.errors import UserError


def build_parser(with_commands: bool = True) -> argparse.ArgumentParser:
    """The whole command line; without the commands (``with_commands`` off) only what starts
    the window, which is all ``main`` needs then (the command modules load the importers)."""
    from resource_desk.cli import cmd_gui

    parser = Parser(prog=PROG, description="An offline catalogue of community resources.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--db", metavar="PATH", help="the catalogue file (default: $RESOURCE_DESK_DB or your "
                                                    "user data folder)")
    where.add_argument("--demo", action="store_true", help="use the demo catalogue")
    parser.set_defaults(handler=cmd_gui.run)
    if not with_commands:
        return parser

    from resource_desk.cli import (
        cmd_backups,
        cmd_duplicates,
        cmd_edit,
        cmd_export,
        cmd_import,
        cmd_imports,
        cmd_info,
        cmd_restore,
        cmd_search,
        cmd_sheet,
        cmd_suggest_tags,
        cmd_undo_import,
    )

    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for module in (cmd_info, cmd_search, cmd_edit, cmd_duplicates, cmd_import, cmd_imports, cmd_undo_import,
                   cmd_export, cmd_suggest_tags, cmd_sheet, cmd_backups, cmd_restore):
        module.register(commands)
    return parser


def _starts_the_window(argv: Sequence[str]) -> bool:
    """True when the arguments are at most --db PATH or --demo: no command, so the window opens."""
    options = Parser(prog=PROG, add_help=False)
    options.add_argument("--db")
    options.add_argument("--demo", action="store_true")
    try:
        _known, rest = options.parse_known_args(argv)
    except UserError:
        return False  # the whole parser says what is wrong
    return not rest


def _disk_fault(error: Exception, args) -> UserError | None:
    """A full, read-only, damaged or vanished disk under the catalogue or a file, in words."""
    from resource_desk.core.catalogues import catalogue_path
    from resource_desk.core.faults import user_error_for

    path = catalogue_path(args.db, args.demo) if args is not None else None
    return user_error_for(error, path)


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    args = None
    try:
        args = build_parser(with_commands=not _starts_the_window(argv)).parse_args(argv)
        code = args.handler(args)
        sys.stdout.flush()  # a reader that went away shows here, where it is handled
        return code
    except UserError as exc:
        print(f"{PROG}: {one_line(exc)}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader stopped reading (``… | head``): end quietly, as command-line tools do.
        # Python would otherwise complain again while flushing stdout at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
    except Exception as exc:  # a disk fault in words; else a bug: its details to the log, one line to the person
        fault = _disk_fault(exc, args)
        if fault is not None:
            print(f"{PROG}: {one_line(fault)}", file=sys.stderr)
            return EXIT_USER_ERROR
        from resource_desk.core.crash_log import report_bug

        # Only the command's name: the arguments may hold a sheet's title or note.
        command = getattr(args, "command", None) if args is not None else None
        report_bug(exc, context=f"{PROG} {command}" if command else PROG)
        return EXIT_BUG

