"""What can go wrong on import, in words for the person importing.

A ``Problem`` is one rejected row or one warning, with its file, row and column. An
``ImportFileError`` means the file cannot be used at all: the CLI prints its message as
one line and exits 2, the wizard shows it on the first page; nothing is written.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from resource_desk.core.errors import UserError
from resource_desk.core.progress import Cancelled

REJECTED = "rejected"
WARNING = "warning"


class ImportFileError(UserError):
    """A file that cannot be imported at all (missing, empty, not text, no header)."""


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
        where = []
        if self.file:
            where.append(self.file)
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.column:
            where.append(f"column “{self.column}”")
        prefix = ", ".join(where)
        return f"{prefix}: {self.reason}" if prefix else self.reason

    def as_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> Problem:
        return cls(**{k: data.get(k) for k in ("reason", "row", "column", "level", "file")})


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
        grouped = []
        for reason, column, file, rows, count, _ in self._grouped.values():
            if len(rows) > 1:
                shown = ", ".join(str(r) for r in rows)
                more = f" and {count - len(rows)} more" if count > len(rows) else ""
                grouped.append(Problem(f"{reason} (rows {shown}{more})", None, column, WARNING, file))
            else:
                more = f" ({count} times)" if count > 1 else ""
                grouped.append(Problem(reason + more, rows[0] if rows else None, column, WARNING, file))
        return self._warnings + grouped

    @property
    def warning_count(self) -> int:
        return len(self._warnings) + self.unlisted_warnings + sum(e[4] for e in self._grouped.values())
