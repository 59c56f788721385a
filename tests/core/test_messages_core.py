"""The messages core/ builds from parts (a damaged catalogue with or without its path and detail,
what two resources share, a merge's summary, a phone line) say the same English as before they
were messages, and keep their parts translatable."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from resource_desk.core import duplicates, faults
from resource_desk.core.duplicates import DuplicatePair, DuplicateSide, MergeResult
from resource_desk.core.messages import Message

REST = ("Resource Desk will not write to it, so nothing more is lost. To get out, restore a backup: File ▸ Restore "
        "from backup…, or `resource-desk backups` and `resource-desk restore BACKUP`. Without a backup, export what "
        "can still be read and import it into a new catalogue.")


def upper(source: str) -> str:
    """A translation that is easy to see: the template in capitals, its fields as they are."""
    return "".join(part if part.startswith("{") else part.upper()
                   for part in re.split(r"(\{\w+\})", source))


@pytest.mark.parametrize(("path", "detail", "first"), [
    (Path("/a/c.sqlite3"), "malformed", "The catalogue /a/c.sqlite3 is damaged (malformed)."),
    (Path("/a/c.sqlite3"), "", "The catalogue /a/c.sqlite3 is damaged."),
    (None, "malformed", "The catalogue is damaged (malformed)."),
    (None, "", "The catalogue is damaged."),
])
def test_a_damaged_catalogue_in_words(path, detail, first):
    message = faults.damaged_message(path, detail)
    assert message == f"{first} {REST}"
    said = message.translated(upper)  # each sentence translated, the path and SQLite's words as they are
    assert "IS DAMAGED" in said and said.endswith(upper(REST))
    assert ("/a/c.sqlite3" in said) == (path is not None) and ("(malformed)" in said) == bool(detail)


def test_the_other_faults_with_and_without_a_path():
    path = Path("/m/c.sqlite3")
    assert faults.full_message(path).startswith("The disk holding /m/c.sqlite3 is full: nothing was changed")
    assert faults.full_message(None).startswith("The disk is full: nothing was changed")
    assert faults.read_only_message(None).startswith("The catalogue is read-only: it is open for reading")
    assert faults.read_only_message(path).endswith("(or copy it to a folder of yours) and open it again.")
    assert faults.gone_message(None).startswith("The file can no longer be reached (was it on a disk")
    assert all(isinstance(m, Message) for m in (faults.full_message(path), faults.gone_message(path)))


def side(rid: str, name: str) -> DuplicateSide:
    return DuplicateSide(id=rid, name=name, organization=None, kind="service", status="active", phones=(),
                         addresses=(), website=None, email=None, languages=(), tags=(), source_categories=(),
                         saved_lists=(), last_verified=None)


@pytest.mark.parametrize(("kinds", "shared"), [
    (("phone",), "phone"), (("web site",), "web site"), (("address",), "address"),
    (("phone", "web site"), "phone and web site"), (("phone", "address"), "phone and address"),
    (("web site", "address"), "web site and address"), (("phone", "web site", "address"), "phone, web site and address"),
])
def test_what_a_pair_shares(kinds, shared):
    exact = DuplicatePair(side("a", "Food Bank"), side("b", "Food Bank"), (), 100, matched_on=kinds)
    close = DuplicatePair(side("a", "Food Bank"), side("b", "Food Banks"), (), 91, matched_on=kinds)
    assert exact.short_reason == f"Same {shared}, same name"
    assert close.short_reason == f"Same {shared}, close name (91%)"
    assert close.short_reason.translated(upper) == upper(f"Same {shared}") + ", " + upper("close name (91%)")


@pytest.mark.parametrize(("moved", "filled", "english"), [
    ({}, (), "Merged “B” into “A”"),
    ({"phones": 2, "addresses": 1, "tags": 0}, (), "Merged “B” into “A”: moved 2 phones, 1 address"),
    ({}, ("hours", "web site"), "Merged “B” into “A”: filled in hours, web site"),
    ({"tags": 1, "source categories": 3, "saved-list entries": 1, "languages": 2}, ("email",),
     "Merged “B” into “A”: moved 1 tag, 3 source categories, 1 saved-list entry, 2 languages; filled in email"),
])
def test_a_merge_summary(moved, filled, english):
    labels = tuple(duplicates.FIELD_LABELS[{"hours": "hours", "web site": "website", "email": "email"}[f]]
                   for f in filled)
    result = MergeResult("m", "a", "A", "b", "B", moved=moved, filled=labels)
    assert result.summary() == english
    assert "MERGED" in result.summary().translated(upper)


def test_a_phone_line():
    assert duplicates._phone_line("555-0100", None, "voice", None) == "555-0100"
    assert duplicates._phone_line("555-0100", "12", "fax", "Front desk") == "555-0100 ext. 12 (Fax) — Front desk"
    assert duplicates._phone_line("555-0100", None, "tty", None).translated(upper) == "555-0100 (TTY)"
