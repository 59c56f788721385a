"""What an import reads at most, and the guards that keep any input within it.

A file from elsewhere may be damaged or hostile: a zip member that expands a thousandfold, a
line of 200 MB, a datapackage.json nested 200,000 levels deep, a FIFO that never ends. Each
limit below ends the import with one line that names the file and the limit (or, for a row,
reports the row and goes on), so memory stays bounded and nothing is written.
"""

from __future__ import annotations

import os
import stat
import zlib
import zipfile
from pathlib import Path

from resource_desk.core.messages import msg
from resource_desk.importing.problems import ImportFileError, grouped

MAX_LINE_CHARS = 1_000_000  # one physical line of a CSV file
MAX_CELL_CHARS = 1_000_000  # one cell (a quoted cell may span lines)
MAX_COLUMNS = 1_000  # cells in one row
MAX_ROWS = 2_000_000  # rows in one table
MAX_MEMBER_BYTES = 256 * 1024 * 1024  # one zip member, uncompressed
# Every table of a data package together, uncompressed: they are held in memory to be joined,
# about ten times their size (25 MB of tables peaked at 280 MB), and an import stays under 400 MB.
MAX_PACKAGE_BYTES = 32 * 1024 * 1024
MAX_XLSX_MEMBER_BYTES = 64 * 1024 * 1024  # openpyxl holds a workbook's shared strings in memory
MAX_RATIO = 200  # uncompressed / compressed size of a zip member (text compresses 5–20×)
RATIO_FROM_BYTES = 8 * 1024 * 1024  # small members may compress better than that
MAX_JSON_BYTES = 16 * 1024 * 1024  # a datapackage.json or a mapping file
MAX_JSON_DEPTH = 64  # nesting of objects and lists in those


class ArchiveError(ImportFileError):
    """A zip member that is damaged or over a limit: the whole file is refused, not one table."""


def shown(text: str) -> str:
    """A name or a reason from a damaged or hostile archive, on one line: its control characters
    (a member named "\\nservices.csv") written as escapes, so a message stays one line."""
    return "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in text)


def megabytes(size: int) -> str:
    """"256 MB": the number written the window's way there."""
    return msg("{count} MB", count=grouped(round(size / (1024 * 1024))))



def check_readable(path: Path) -> None:
    """Only regular files (and folders, for data packages) are read: a FIFO, a device or a
    socket never ends, or never starts."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        raise ImportFileError(msg("{path}: no such file", path=str(path))) from None
    except OSError as exc:
        raise ImportFileError(msg("{path}: cannot be read ({reason})", path=str(path),
                                  reason=str(exc.strerror or exc))) from None
    if not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
        raise ImportFileError(msg("{path} is not a regular file (a pipe, a device or a socket); "
                                  "give a file saved on disk", path=str(path)))


def check_member(info: zipfile.ZipInfo, where: str, limit: int | None = None) -> None:
    """A zip member's declared sizes within the limits, before anything is read."""
    limit = limit or MAX_MEMBER_BYTES
    if info.flag_bits & 0x1:
        raise ArchiveError(msg("{file}: {member} is encrypted; unzip it with its password first", file=where,
                               member=shown(info.filename)))
    if info.file_size > limit:
        raise ArchiveError(msg("{file}: {member} expands to {size}, more than the {most} an import reads", file=where,
                               member=shown(info.filename), size=megabytes(info.file_size), most=megabytes(limit)))
    if info.file_size > RATIO_FROM_BYTES and info.file_size > MAX_RATIO * max(1, info.compress_size):
        raise ArchiveError(msg("{file}: {member} expands {ratio} times (at most {most}); this is not an ordinary "
                               "data package", file=where, member=shown(info.filename),
                               ratio=grouped(info.file_size // max(1, info.compress_size)), most=MAX_RATIO))


class LimitedMember:
    """A zip member read as a stream, never past its limit (declared sizes can lie), with a
    damaged member (bad CRC, broken deflate data, cut short) reported as the file's fault."""

    def __init__(self, archive: zipfile.ZipFile, info: zipfile.ZipInfo, where: str, limit: int | None = None):
        check_member(info, where)
        self._archive, self._info, self._where, self._limit = archive, info, where, limit or MAX_MEMBER_BYTES
        self._open()

    def _open(self) -> None:
        try:
            self._raw = self._archive.open(self._info)
        except (zipfile.BadZipFile, RuntimeError, NotImplementedError, OSError, zlib.error, EOFError) as exc:
            raise self._damaged(exc) from None
        self._read = 0

    def _damaged(self, exc: BaseException) -> ImportFileError:
        return ArchiveError(msg("{file}: {member} is damaged and cannot be read ({reason})", file=self._where,
                                member=shown(self._info.filename), reason=shown(str(exc))))

    def read(self, size: int = -1) -> bytes:
        want = self._limit + 1 - self._read if size is None or size < 0 else min(size, self._limit + 1 - self._read)
        try:
            data = self._raw.read(max(0, want))
        except (zipfile.BadZipFile, RuntimeError, OSError, zlib.error, EOFError, ValueError) as exc:
            raise self._damaged(exc) from None
        self._read += len(data)
        if self._read > self._limit:
            raise ArchiveError(msg("{file}: {member} expands to more than {most}, the most an import reads",
                                   file=self._where, member=shown(self._info.filename), most=megabytes(self._limit)))
        return data

    def read1(self, size: int = -1) -> bytes:
        return self.read(size if size and size > 0 else 64 * 1024)

    def readinto(self, buffer) -> int:
        data = self.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)

    def seek(self, offset: int, whence: int = 0) -> int:
        if (offset, whence) != (0, 0):
            raise ValueError("a zip member is read from its start only")
        self._raw.close()
        self._open()
        return 0

    def tell(self) -> int:
        return self._read

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def writable(self) -> bool:
        return False

    @property
    def closed(self) -> bool:
        return self._raw.closed

    def flush(self) -> None:
        pass  # read only: nothing to flush (TextIOWrapper asks)

    def close(self) -> None:
        self._raw.close()


class BoundedLines:
    """The lines of a text stream for the csv module, none longer than ``MAX_LINE_CHARS``: a
    longer one is skipped to its end (never held in memory whole), an empty line stands in for
    it, and ``skipped`` says so, for the reader to report the row."""

    def __init__(self, stream, limit: int | None = None):
        self._stream = stream
        self._limit = limit or MAX_LINE_CHARS
        self.skipped = False
        self.long_lines = 0

    def __iter__(self):
        return self

    def __next__(self) -> str:
        line = self._stream.readline(self._limit)
        if not line:
            raise StopIteration
        if len(line) >= self._limit and not line.endswith(("\n", "\r")):
            while True:
                more = self._stream.readline(self._limit)
                if not more or more.endswith(("\n", "\r")):
                    break
            self.skipped = True
            self.long_lines += 1
            return "\n"
        return line


def json_depth_ok(data: bytes | str, limit: int = MAX_JSON_DEPTH) -> bool:
    """Whether no object or list nests deeper than ``limit`` (counted outside strings), checked
    before parsing, so a document nested 200,000 levels deep costs one pass, not a crash."""
    text = data.decode("utf-8", "replace") if isinstance(data, bytes) else data
    depth, in_string, escaped = 0, False, False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            if depth > limit:
                return False
        elif ch in "]}":
            depth -= 1
    return True


def read_json_bytes(read, size: int | None, where: str) -> bytes:
    """At most ``MAX_JSON_BYTES`` of a JSON document, from ``read(n)``."""
    if size is not None and size > MAX_JSON_BYTES:
        raise ImportFileError(msg("{file} is {size}; a descriptor or mapping file is at most {most}", file=where,
                                  size=megabytes(size), most=megabytes(MAX_JSON_BYTES)))
    data = read(MAX_JSON_BYTES + 1)
    if len(data) > MAX_JSON_BYTES:
        raise ImportFileError(msg("{file} is larger than {most}, the most a descriptor or mapping file may be",
                                  file=where, most=megabytes(MAX_JSON_BYTES)))
    if not json_depth_ok(data):
        raise ImportFileError(msg("{file} nests lists or objects more than {most} levels deep", file=where,
                                  most=MAX_JSON_DEPTH))

    return data


def file_size(path: Path) -> int:
    return os.stat(path).st_size
