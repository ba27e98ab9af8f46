"""Import a class roster from a CSV file: one student per row, a name and an optional student id.

The file may have a header row or not; cells may be separated by commas, semicolons or tabs;
it may be UTF-8 (with or without a byte-order mark), UTF-16 (Excel's "Unicode text") or
Windows-1252. Blank lines are skipped. Every row that cannot be used is reported as
``line N: reason`` and the others are still imported.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from quizapp.errors import QuizappError
from quizapp.fileio import UnreadableFile, read_limited
from quizapp.plural import count
from quizapp.store import RosterError, ScoreStore
from quizapp.store.roster import login_key
from quizapp.textnorm import match_key

NAME_HEADERS = frozenset({"name", "student", "student name", "full name", "pupil", "learner", "nom", "nombre"})
ID_HEADERS = frozenset(
    {"id", "student id", "student number", "login", "username", "user name", "number", "no", "identifier", "code"}
)
MAX_ROSTER_BYTES = 5 * 1024 * 1024


@dataclass
class RosterReport:
    """What an import did: students added, students already in the database, rows it could not use."""

    class_name: str
    added: list[str] = field(default_factory=list)
    already_there: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def summary(self) -> str:
        added = count(len(self.added), "student")
        text = f"class {self.class_name}: {added} added, {len(self.already_there)} already there"
        if self.problems:
            text += f", {count(len(self.problems), 'row')} could not be read"
        return text


def _decode(path: Path, raw: bytes) -> str:
    if b"\x00" in raw and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise QuizappError(f"{path}: is not a CSV text file")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            raise QuizappError(f"{path}: is not readable UTF-16 text") from None
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise QuizappError(f"{path}: the text encoding is not recognised; save it as “CSV UTF-8”")


def read_text(path: Path) -> str:
    """The file's text; `QuizappError` naming the file when it cannot be read."""
    try:
        raw = read_limited(path, MAX_ROSTER_BYTES, "class roster")
    except UnreadableFile as exc:
        raise QuizappError(str(exc)) from None
    return _decode(path, raw).replace("\r\n", "\n").replace("\r", "\n")


def _dialect(text: str) -> type[csv.Dialect] | csv.Dialect:
    sample = "\n".join(line for line in text.split("\n")[:50] if line.strip())
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        for delimiter in ("\t", ";", ","):
            if delimiter in sample:
                dialect = csv.excel()
                dialect.delimiter = delimiter
                return dialect
        return csv.excel


def _header_columns(cells: list[str]) -> tuple[int, int | None] | None:
    """(name column, id column) when `cells` is a header row, else None."""
    keys = [" ".join(match_key(cell).casefold().replace("_", " ").split()) for cell in cells]
    name_column = next((i for i, key in enumerate(keys) if key in NAME_HEADERS), None)
    id_column = next((i for i, key in enumerate(keys) if key in ID_HEADERS), None)
    if name_column is None:
        return None
    return name_column, id_column


def _cell(cells: list[str], column: int | None) -> str:
    if column is None or column >= len(cells):
        return ""
    return " ".join(cells[column].split())


def import_roster_csv(path: Path, store: ScoreStore, class_name: str) -> RosterReport:
    """Add the students listed in `path` to the class `class_name` (created if needed).

    A student whose login (the student id, or else the name) is already in the database is
    not added again but is put in the class; a login that belongs to a different name is
    reported as a problem. Raises `QuizappError` naming the file when it cannot be read at all.
    """
    path = Path(path)
    text = read_text(path)
    group = store.class_group(class_name) or store.add_class(class_name)
    report = RosterReport(group.name)
    try:
        rows = list(_numbered_rows(text))
    except csv.Error as exc:
        raise QuizappError(f"{path}: is not a readable CSV file ({exc})") from None
    columns: tuple[int, int | None] = (0, 1)
    seen: dict[str, tuple[int, str]] = {}
    for index, (line, cells) in enumerate(rows):
        if index == 0 and (header := _header_columns(cells)) is not None:
            columns = header
            continue
        name, student_id = _cell(cells, columns[0]), _cell(cells, columns[1])
        if not name:
            report.problems.append(f"line {line}: no name" + (f" (student id {student_id!r})" if student_id else ""))
            continue
        login = student_id or name
        key = login_key(login)
        if key in seen:
            first_line, first_name = seen[key]
            if student_id and first_name != name:
                report.problems.append(
                    f"line {line}: student id {student_id!r} is already used by {first_name} on line {first_line}; "
                    "skipped"
                )
            else:
                report.problems.append(f"line {line}: repeats line {first_line} ({name}); skipped")
            continue
        seen[key] = (line, name)
        _import_one(store, report, group.name, line, name, student_id)
    return report


def _numbered_rows(text: str):
    """(line number, cells) for each non-blank row."""
    reader = csv.reader(io.StringIO(text), _dialect(text))
    start = 1
    for cells in reader:
        line = start
        start = reader.line_num + 1
        if any(cell.strip() for cell in cells):
            yield line, cells


def _import_one(store: ScoreStore, report: RosterReport, class_name: str, line: int, name: str, login: str) -> None:
    shown = f"{name} ({login})" if login else name
    existing = store.student(login or name)
    if existing is not None:
        if match_key(existing.name).casefold() != match_key(name).casefold():
            report.problems.append(
                f"line {line}: the student id {existing.login!r} already belongs to {existing.name}; skipped"
            )
            return
        store.enrol(class_name, existing.uuid)
        report.already_there.append(shown)
        return
    try:
        student = store.add_student(name, login or None)
    except RosterError as exc:
        report.problems.append(f"line {line}: {exc}")
        return
    store.enrol(class_name, student.uuid)
    report.added.append(shown)
