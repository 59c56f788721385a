"""``resource-desk duplicates``: possible duplicates side by side; merge them (undoably), mark
them as not duplicates, undo a merge, list the merges.

    resource-desk duplicates [--limit N] [--json]
    resource-desk duplicates --merge KEEP_ID REMOVE_ID | --not-duplicates ID ID | --undo-merge MERGE_ID | --merges
"""

from __future__ import annotations

import argparse
import shutil

from resource_desk.cli.common import open_catalogue, print_json, say


def register(commands: argparse._SubParsersAction) -> None:
    dups = commands.add_parser("duplicates", help="resources that look alike, side by side; merge them (undoably) "
                                                  "or mark them as not duplicates")
    act = dups.add_mutually_exclusive_group()
    act.add_argument("--merge", nargs=2, metavar=("KEEP_ID", "REMOVE_ID"),
                     help="keep the first, move the second's phones, addresses, tags, lists… onto it, delete it")
    act.add_argument("--not-duplicates", nargs=2, metavar=("ID", "ID"), help="remember that these two are "
                                                                              "different resources")
    act.add_argument("--undo-merge", metavar="MERGE_ID", help="put both resources of a merge back")
    act.add_argument("--merges", action="store_true", help="the merges made so far, newest first")
    dups.add_argument("--limit", type=int, default=None, help="list at most this many pairs")
    dups.add_argument("--json", action="store_true")
    dups.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """List possible duplicates side by side, or act on one: merge, not duplicates, undo a merge."""
    from resource_desk.core import duplicates as dups

    catalogue = open_catalogue(args)
    if args.merge:
        keep, remove = (dups.resolve_resource_id(catalogue, i) for i in args.merge)
        result = dups.merge_resources(catalogue, keep, remove)
        if args.json:
            print_json(result.to_json())
        else:
            print(result.summary())
            print(f"merge {result.merge_id} (undo with: resource-desk duplicates --undo-merge "
                  f"{result.merge_id[:8]})")
        return 0
    if args.not_duplicates:
        a, b = (dups.resolve_resource_id(catalogue, i) for i in args.not_duplicates)
        new = dups.dismiss_pair(catalogue, a, b)
        if args.json:
            print_json({"resource_a": min(a, b), "resource_b": max(a, b), "new": new}, ensure_ascii=True)
        else:
            print(f"{a} and {b} are not duplicates" + ("" if new else " (known already)"))
        return 0
    if args.undo_merge:
        record = dups.undo_merge(catalogue, dups.resolve_merge_id(catalogue, args.undo_merge))
        if args.json:
            print_json(record.to_json())
        else:
            print(f"Undid the merge of “{record.removed_name}” into “{record.kept_name}”: both are back")
        return 0
    if args.merges:
        merges = dups.list_merges(catalogue)
        if args.json:
            print_json([m.to_json() for m in merges])
            return 0
        for m in merges:
            undone = f"  (undone {m.undone_at:%Y-%m-%d %H:%M})" if m.undone_at else ""
            kept = f"“{m.kept_name}”" if m.kept_name is not None else "(a resource since deleted)"
            print(f"{m.at:%Y-%m-%d %H:%M}  {m.id}  “{m.removed_name}” into {kept}{undone}")
        if not merges:
            print("no merges yet")
        return 0
    pairs = dups.find_duplicates(catalogue, limit=args.limit)
    if args.json:
        print_json([p.to_json() for p in pairs])
        return 0
    width = max(shutil.get_terminal_size((120, 24)).columns, 80)
    for n, pair in enumerate(pairs, 1):
        print(f"{n}. {pair.reason}")
        if pair.warning:
            print(f"   ! {pair.warning}")
        for line in _side_by_side(pair, width):
            print(line)
        print()
    say(f"{len(pairs)} possible duplicate pair{'' if len(pairs) == 1 else 's'}" +
        (" (merge with --merge KEEP_ID REMOVE_ID, or keep both with --not-duplicates ID ID)" if pairs else ""))
    return 0


_SIDE_FIELDS = (("id", "id"), ("name", "name"), ("organization", "organization"), ("status", "status"),
                ("phones", "phones"), ("addresses", "addresses"), ("website", "web site"), ("email", "email"),
                ("languages", "languages"), ("tags", "tags"), ("source_categories", "categories"),
                ("saved_lists", "saved lists"), ("last_verified", "last verified"))


def _side_by_side(pair, width: int) -> list[str]:
    """Both resources in two columns; a "*" marks the lines where they differ."""
    from resource_desk.core.records import STATUS_LABELS

    label_width = 14
    column = (width - label_width - 8) // 2

    def cut(text: str) -> str:
        return text if len(text) <= column else text[:column - 1] + "…"

    def values(side, name: str) -> list[str]:
        value = getattr(side, name)
        if name == "languages":
            return [", ".join(value) or "—"]
        if name == "status":
            return [STATUS_LABELS.get(value, value)]
        if isinstance(value, tuple):
            return list(value) or ["—"]
        return [str(value) if value not in (None, "") else "—"]

    lines = []
    for name, label in _SIDE_FIELDS:
        left, right = values(pair.a, name), values(pair.b, name)
        if name == "phones":  # one number written two ways is the same number
            left_key, right_key = pair.a.phone_keys, pair.b.phone_keys
        else:
            left_key, right_key = left, right
        mark = "*" if name != "id" and left_key != right_key else " "
        for i in range(max(len(left), len(right))):
            a = left[i] if i < len(left) else ""
            b = right[i] if i < len(right) else ""
            lines.append(f"  {mark if i == 0 else ' '} {(label if i == 0 else ''):<{label_width}}"
                         f"{cut(a):<{column}} | {cut(b)}")
    return lines
