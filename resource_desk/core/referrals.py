"""The referral log: which sheets were printed or saved, when, in what language.

It never holds a client's name, birth date or notes: only the title, the language, the
resource ids in order, how it was produced, and at most a short client code that the
therapist chose (letters, digits and - _ . only, so a name typed there is refused).
Logging can be switched off in Preferences; then nothing is written.
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
from resource_desk.core.models import ReferralSheet
from resource_desk.core.settings import sheet_logging_enabled

OUTPUTS = ("pdf", "print")
MAX_CLIENT_CODE = 20
_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")


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


def check_client_code(code: str | None) -> str | None:
    """The code as stored (trimmed), None when empty; ReferralError when it could be a name."""
    code = (code or "").strip()
    if not code:
        return None
    if len(code) > MAX_CLIENT_CODE or not _CODE.match(code):
        raise ReferralError(
            f"A client code is a short code of your own, up to {MAX_CLIENT_CODE} letters, digits, "
            "“-”, “_” or “.”, with no spaces — never a client's name."
        )
    return code


def _record(row: ReferralSheet) -> ReferralRecord:
    try:
        ids = tuple(str(i) for i in json.loads(row.resource_ids or "[]"))
    except ValueError:
        ids = ()
    return ReferralRecord(id=row.id, at=row.at, title=row.title, language=row.language, resource_ids=ids,
                          output=row.output, client_code=row.client_code)


def log_sheet(catalogue: Catalogue, title: str, language: str, resource_ids: Sequence[str],
              output: str = "pdf", client_code: str | None = None,
              at: datetime | None = None) -> ReferralRecord | None:
    """Record a sheet that was printed or saved; None (and nothing stored) when logging is off."""
    code = check_client_code(client_code)
    if output not in OUTPUTS:
        raise ReferralError(f"Unknown output “{output}”; use one of: {', '.join(OUTPUTS)}.")
    if not sheet_logging_enabled(catalogue):
        return None
    with catalogue.write() as session:
        row = ReferralSheet(title=(title or "").strip()[:300], language=language, client_code=code,
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
