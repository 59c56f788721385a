"""``resource-desk [--db PATH | --demo]`` with no command: the window."""

from __future__ import annotations

import argparse


def run(args: argparse.Namespace) -> int:
    from resource_desk.gui.app import run as run_window

    return run_window(db=args.db, demo=args.demo)
