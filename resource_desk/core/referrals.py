"""The referral log: which sheets were printed or saved, when, in what language.

It never holds a client's name, birth date or notes: only the date, the language, the
resource ids in order, how it was produced, and at most a short client code that the
therapist chose. The sheet's title ("Resources for Jane") is kept only when the person
asks for it ("Keep the title in history", off by default); otherwise the entry's title is
empty and the history shows "(title not kept)". Logging can be switched off in
Preferences; then nothing is written.

A client code (``check_client_code``) is at most 16 characters, letters, digits and
"-", "_" or "." only, no spaces, at least one digit and at most 4 letters: "C-0423", "A12"
and "K7-22" pass; a name ("JaneDoe", "Jane.Doe-1985", "Maria Lopez") cannot.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select

from resource_desk.core.database import Catalogue, count
from resource_desk.core.errors import UserError
from resource_desk.core.messages import msg
from resource_desk.core.models import ReferralSheet
from resource_desk.core.settings import sheet_logging_enabled

OUTPUTS = ("pdf", "print", "cards")  # cards: a page of safety cards, saved or printed
MAX_CLIENT_CODE = 16
MAX_CODE_LETTERS = 4  # a name needs more letters than this; a code of one's own does not
_CODE_CHARACTERS = re.compile(r"^[A-Za-z0-9._-]+$")
TITLE_NOT_KEPT = ""  # what the log stores for a sheet whose title was not kept
TITLE_NOT_KEPT_LABEL = "(title not kept)"
CLIENT_CODE_RULE = msg("A client code is a code of your own, such as C-0423: up to {most} characters, at least one "
                       "digit, at most {letters} letters, no spaces — never a client's name.", most=MAX_CLIENT_CODE,
                       letters=MAX_CODE_LETTERS)


class ReferralError(UserError, ValueError):
    """A log entry that cannot be written; the message is for the user."""


@dataclass(frozen=True)
class ReferralRecord:
    id: str
    at: datetime
    title: str
    language: str
    resource_ids: tuple[str, ...]
    output: str
    client_code: str | None = None


def client_code_problem(code: str | None) -> str | None:
    """Why the code is refused (one sentence for the person), None when it is fine or empty."""
    code = (code or "").strip()
    if not code:
        return None
    if any(ch.isspace() for ch in code):
        reason = msg("it holds a space")
    elif len(code) > MAX_CLIENT_CODE:
        reason = msg("it is {count} characters long (at most {most})", count=len(code), most=MAX_CLIENT_CODE)
    elif not _CODE_CHARACTERS.match(code):
        reason = msg("it holds a character other than letters, digits, “-”, “_” or “.”")
    elif not any(ch.isdigit() for ch in code):
        reason = msg("it holds no digit")
    elif (letters := sum(ch.isalpha() for ch in code)) > MAX_CODE_LETTERS:
        reason = msg("it holds {count} letters (at most {most}, so a name cannot pass as a code)", count=letters,
                     most=MAX_CODE_LETTERS)
    else:
        return None
    return msg("“{code}” is refused: {reason}. {rule}", code=code, reason=reason, rule=CLIENT_CODE_RULE)


def check_client_code(code: str | None) -> str | None:
    """The code as stored (trimmed), None when empty; ReferralError (saying why) when it could
    be a name or is not a code."""
    problem = client_code_problem(code)
    if problem:
        raise ReferralError(problem)
    return (code or "").strip() or None


def title_label(record: ReferralRecord) -> str:
    """What the history shows as the entry's title."""
    return record.title or TITLE_NOT_KEPT_LABEL


def _record(row: ReferralSheet) -> ReferralRecord:
    try:
        ids = tuple(str(i) for i in json.loads(row.resource_ids or "[]"))
    except ValueError:
        ids = ()
    return ReferralRecord(id=row.id, at=row.at, title=row.title, language=row.language, resource_ids=ids,
                          output=row.output, client_code=row.client_code)


def history_refused(catalogue: Catalogue) -> str | None:
    """Why a printed sheet cannot be kept in the history (a read-only or damaged catalogue:
    the sheet still prints), or None."""
    if catalogue.read_only:
        return msg("the sheet is not kept in the history: the catalogue is read-only")
    if catalogue.damage:
        return msg("the sheet is not kept in the history: the catalogue is damaged")
    return None


def log_sheet(catalogue: Catalogue, title: str, language: str, resource_ids: Sequence[str],
              output: str = "pdf", client_code: str | None = None,
              at: datetime | None = None, keep_title: bool = False) -> ReferralRecord | None:
    """Record a sheet that was printed or saved; None (and nothing stored) when logging is off.
    The title is stored only with ``keep_title`` (it may name the client)."""
    code = check_client_code(client_code)
    if output not in OUTPUTS:
        raise ReferralError(msg("Unknown output “{output}”; use one of: {outputs}.", output=output,
                                outputs=", ".join(OUTPUTS)))
    if not sheet_logging_enabled(catalogue) or history_refused(catalogue):
        return None
    with catalogue.write() as session:
        kept = (title or "").strip()[:300] if keep_title else TITLE_NOT_KEPT
        row = ReferralSheet(title=kept, language=language, client_code=code,
                            resource_ids=json.dumps(list(resource_ids)), output=output)
        if at is not None:
            row.at = at
        session.add(row)
        session.flush()
        return _record(row)


def list_sheets(catalogue: Catalogue, limit: int | None = None) -> list[ReferralRecord]:
    """Logged sheets, newest first."""
    with catalogue.read() as session:
        stmt = select(ReferralSheet).order_by(ReferralSheet.at.desc(), ReferralSheet.id)
        if limit is not None:
            stmt = stmt.limit(limit)
        return [_record(row) for row in session.scalars(stmt)]


def delete_sheets(catalogue: Catalogue, sheet_ids: Sequence[str]) -> int:
    with catalogue.write() as session:
        result = session.execute(delete(ReferralSheet).where(ReferralSheet.id.in_(list(sheet_ids))))
        return result.rowcount or 0


def clear_log(catalogue: Catalogue) -> int:
    """Forget every logged sheet; returns how many there were."""
    with catalogue.write() as session:
        n = count(session, ReferralSheet)
        session.execute(delete(ReferralSheet))
        return n
