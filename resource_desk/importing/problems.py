"""What can go wrong on import, in words for the person importing.

A ``Problem`` is one rejected row or one warning, with its file, row and column. An
``ImportFileError`` means the file cannot be used at all: the CLI prints its message as
one line and exits 2, the wizard shows it on the first page; nothing is written.

Their words are ``core.messages`` messages: English for the CLI, the logs and the tests, said
in the window's language by the window. A problem is kept in the import history with its
English and with how its message was made (``message_data``), so the history can say it in
the window's language too when it is read back (``Problem.from_dict``).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from resource_desk.core.errors import UserError
from resource_desk.core.messages import Joined, LanguageName, Message, joined, msg
from resource_desk.core.progress import Cancelled

REJECTED = "rejected"
WARNING = "warning"


class ImportFileError(UserError):
    """A file that cannot be imported at all (missing, empty, not text, no header)."""


class Grouped(int):
    """A count the English writes with its thousands grouped ("2,000,000"); the window writes it
    its own locale's way ("2.000.000"), as it writes every int of a message."""

    def __str__(self) -> str:
        return f"{int(self):,}"

    def __reduce__(self):
        return (Grouped, (int(self),))


def grouped(count: int) -> Grouped:
    return Grouped(count)


def message_data(text: Any) -> Any:
    """A message as JSON data (its template and values, nested), to be made again by
    ``message_from``; a plain value as it is (a string, a number), anything else as its text."""
    if isinstance(text, Joined):
        return {"joined": text.separator, "parts": [message_data(part) for part in text.parts]}
    if isinstance(text, LanguageName):
        return {"language": text.source}
    if isinstance(text, Message):
        return {"text": text.source, "values": {name: message_data(value) for name, value in text.values.items()}}
    if isinstance(text, Grouped):
        return {"grouped": int(text)}
    if text is None or isinstance(text, (bool, int, float)):
        return text
    return str(text)


def message_from(data: Any) -> Any:
    """What ``message_data`` wrote, made again (ValueError when it is not laid out that way)."""
    if isinstance(data, dict):
        if set(data) == {"joined", "parts"}:
            return joined(str(data["joined"]), [message_from(part) for part in data["parts"]])
        if set(data) == {"text", "values"} and isinstance(data["values"], dict):
            return msg(str(data["text"]), **{str(name): message_from(value) for name, value in data["values"].items()})
        if set(data) == {"language"}:
            return LanguageName(str(data["language"]))
        if set(data) == {"grouped"}:
            return grouped(int(data["grouped"]))
        raise ValueError(f"not a message: {data!r}")
    if data is None or isinstance(data, (str, bool, int, float)):
        return data
    raise ValueError(f"not a message: {data!r}")


class ImportCancelled(Cancelled):
    """The person pressed Cancel: the transaction is rolled back, nothing is written."""


@dataclass(frozen=True)
class Problem:
    reason: str
    row: int | None = None  # the row as a spreadsheet shows it: the header is row 1
    column: str | None = None
    level: str = WARNING
    file: str | None = None  # the file, or the table inside a package ("services.csv")

    def line(self) -> str:
        where: list[str] = []
        if self.file:
            where.append(self.file)
        if self.row is not None:
            where.append(msg("row {row}", row=str(self.row)))
        if self.column:
            where.append(msg("column “{column}”", column=self.column))
        return joined(": ", [joined(", ", where), self.reason]) if where else self.reason

    def as_dict(self) -> dict:
        return asdict(self)

    def stored(self) -> dict:
        """As the import history keeps it: ``as_dict`` and, for a reason made with a message,
        how it was made (so the window can say it in its language when it reads it back)."""
        data = self.as_dict()
        data["reason"] = str.__str__(self.reason)
        if isinstance(self.reason, Message):
            data["message"] = message_data(self.reason)
        return data

    @classmethod
    def from_dict(cls, data: dict) -> Problem:
        values = {k: data.get(k) for k in ("reason", "row", "column", "level", "file")}
        if "message" in data:
            try:
                reason = message_from(data["message"])
            except (ValueError, TypeError, KeyError, IndexError):
                reason = None
            # Only the words it was stored with: a message made again differently (its English
            # template changed since) is shown as the English the history kept.
            if isinstance(reason, Message) and reason == values["reason"]:
                values["reason"] = reason
        return cls(**values)


class ProblemLog:
    """Rejected rows and warnings of one import.

    Every rejected row is kept. Warnings that repeat for the same value ("unknown language
    “Klingon”") are grouped into one line naming the rows; other warnings beyond ``limit``
    are counted, not listed.
    """

    def __init__(self, limit: int = 5000):
        self.limit = limit
        self.rejected: list[Problem] = []
        self._warnings: list[Problem] = []
        self._seen: set[Problem] = set()
        self._grouped: dict[object, list] = {}
        self.unlisted_warnings = 0
        self.rejected_rows: set[tuple[str | None, int | None]] = set()

    def reject(self, reason: str, row: int | None = None, column: str | None = None, file: str | None = None) -> None:
        self.rejected.append(Problem(reason, row, column, REJECTED, file))
        self.rejected_rows.add((file, row))

    def warn(self, reason: str, row: int | None = None, column: str | None = None, file: str | None = None) -> None:
        """A warning, once: the same words about the same row and column again (a location
        shared by several services, say) add nothing."""
        if len(self._warnings) >= self.limit:
            self.unlisted_warnings += 1
            return
        problem = Problem(reason, row, column, WARNING, file)
        if problem not in self._seen:
            self._seen.add(problem)
            self._warnings.append(problem)

    def warn_grouped(self, key: object, reason: str, row: int | None = None, column: str | None = None,
                     file: str | None = None) -> None:
        """A warning that may repeat on other rows, listed once with the rows it concerns;
        each row once (a cell naming "Klingon" twice is one row)."""
        entry = self._grouped.get(key)
        if entry is None:
            self._grouped[key] = [reason, column, file, [row] if row is not None else [], 1, {row}]
            return
        if row is not None:
            if row in entry[5]:
                return
            entry[5].add(row)
            if len(entry[3]) < 10:
                entry[3].append(row)
        entry[4] += 1

    def add(self, problem: Problem) -> None:
        if problem.level == REJECTED:
            self.reject(problem.reason, problem.row, problem.column, problem.file)
        else:
            self.warn(problem.reason, problem.row, problem.column, problem.file)

    @property
    def warnings(self) -> list[Problem]:
        found = []
        for reason, column, file, rows, count, _ in self._grouped.values():
            if len(rows) > 1:
                shown = ", ".join(str(r) for r in rows)
                if count > len(rows):
                    shown = msg("{rows} and {count} more", rows=shown, count=count - len(rows))
                found.append(Problem(msg("{reason} (rows {rows})", reason=reason, rows=shown), None, column, WARNING,
                                     file))
            else:
                said = msg("{reason} ({count} times)", reason=reason, count=count) if count > 1 else reason
                found.append(Problem(said, rows[0] if rows else None, column, WARNING, file))
        return self._warnings + found

    @property
    def warning_count(self) -> int:
        return len(self._warnings) + self.unlisted_warnings + sum(e[4] for e in self._grouped.values())
