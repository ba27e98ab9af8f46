"""Folding another desk's results into this database: idempotent, by uuid, never duplicating.

* Students are the same person when they share a uuid, or else the same login; classes the
  same when they share a uuid, or else the same name; classroom sessions when they share a
  uuid, or else the same name and class. Rows of the other desk that refer to them are
  pointed at this desk's row.
* Item snapshots are keyed by content hash; attempts and answers by uuid. A row already
  here is left alone, except that an attempt unfinished here but finished there gets its
  end time and score.
* Everything happens in one transaction: a merge that fails part-way adds nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from quizapp.plural import count
from quizapp.store.connection import write_transaction
from quizapp.store.deskfile import TABLES, DeskData
from quizapp.store.roster import login_key
from quizapp.store.schema import (
    ANSWERS,
    ATTEMPTS,
    CLASS_MEMBERS,
    CLASSES,
    ITEM_SNAPSHOTS,
    SESSIONS,
    STUDENTS,
)

_PLURALS = {CLASSES: "classes", CLASS_MEMBERS: "class memberships"}
_LABELS = {
    STUDENTS: "student",
    CLASSES: "class",
    CLASS_MEMBERS: "class membership",
    SESSIONS: "classroom session",
    ITEM_SNAPSHOTS: "item version",
    ATTEMPTS: "attempt",
    ANSWERS: "answer",
}


@dataclass
class MergeReport:
    """What one merge added, and what it found already here."""

    source: str
    added: dict[str, int] = field(default_factory=lambda: dict.fromkeys(TABLES, 0))
    present: dict[str, int] = field(default_factory=lambda: dict.fromkeys(TABLES, 0))
    matched: dict[str, int] = field(default_factory=lambda: dict.fromkeys(TABLES, 0))
    completed_attempts: int = 0

    @property
    def total_added(self) -> int:
        return sum(self.added.values())

    def summary(self) -> str:
        """E.g. ``desk2.db: added 3 students, 12 attempts, 240 answers; 5 rows were already here``."""
        parts = [count(n, _LABELS[table], _PLURALS.get(table)) for table, n in self.added.items() if n]
        text = f"{self.source}: added " + (", ".join(parts) if parts else "nothing new")
        if self.completed_attempts:
            text += f"; completed {count(self.completed_attempts, 'unfinished attempt')}"
        matched = sum(self.matched.values())
        if matched:
            text += f"; {count(matched, 'student, class or session', 'students, classes or sessions')} matched by name"
        present = sum(self.present.values())
        if present:
            text += f"; {count(present, 'row')} " + ("was" if present == 1 else "were") + " already here"
        return text


class _Merger:
    def __init__(self, db: Database, desk: DeskData) -> None:
        self.db = db
        self.desk = desk
        self.report = MergeReport(desk.source)
        self.columns = {table: list(db[table].columns_dict) for table in TABLES}
        self.student_map: dict[str, str] = {}
        self.class_map: dict[str, str] = {}
        self.session_map: dict[str, str] = {}

    def _insert(self, table: str, row: dict[str, Any]) -> bool:
        columns = [column for column in self.columns[table] if column in row]
        placeholders = ", ".join("?" for _ in columns)
        sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({placeholders}) ON CONFLICT DO NOTHING"
        return self.db.conn.execute(sql, [row[column] for column in columns]).rowcount == 1

    def _lookup(self, sql: str, params: list[Any]) -> str | None:
        found = self.db.conn.execute(sql, params).fetchone()
        return found[0] if found else None

    def _keyed(
        self, table: str, natural: Callable[[dict[str, Any]], str | None], prepare: Callable[[dict[str, Any]], None]
    ) -> dict[str, str]:
        """Map each incoming uuid to this desk's uuid, inserting rows that are new here."""
        mapping: dict[str, str] = {}
        for incoming in self.desk.rows(table):
            row = dict(incoming)
            prepare(row)
            if self._lookup(f"SELECT uuid FROM {table} WHERE uuid = ?", [row["uuid"]]):
                mapping[incoming["uuid"]] = row["uuid"]
                self.report.present[table] += 1
            elif (local := natural(row)) is not None:
                mapping[incoming["uuid"]] = local
                self.report.matched[table] += 1
            else:
                self._insert(table, row)
                mapping[incoming["uuid"]] = row["uuid"]
                self.report.added[table] += 1
        return mapping

    def _count(self, table: str, added: bool) -> None:
        (self.report.added if added else self.report.present)[table] += 1

    def run(self) -> MergeReport:
        def student_login(row: dict[str, Any]) -> None:
            row["login"] = login_key(row["login"])

        def session_class(row: dict[str, Any]) -> None:
            row["class"] = self.class_map.get(row.get("class") or "", row.get("class"))

        self.student_map = self._keyed(
            STUDENTS,
            lambda row: self._lookup(f"SELECT uuid FROM {STUDENTS} WHERE login = ?", [row["login"]]),
            student_login,
        )
        self.class_map = self._keyed(
            CLASSES,
            lambda row: self._lookup(f"SELECT uuid FROM {CLASSES} WHERE name = ? COLLATE NOCASE", [row["name"]]),
            lambda row: None,
        )
        for incoming in self.desk.rows(CLASS_MEMBERS):
            row = {"class": self.class_map[incoming["class"]], "student": self.student_map[incoming["student"]]}
            self._count(CLASS_MEMBERS, self._insert(CLASS_MEMBERS, row))
        self.session_map = self._keyed(
            SESSIONS,
            lambda row: self._lookup(
                f"SELECT uuid FROM {SESSIONS} WHERE name = ? COLLATE NOCASE AND class IS ?", [row["name"], row["class"]]
            ),
            session_class,
        )
        for row in self.desk.rows(ITEM_SNAPSHOTS):
            self._count(ITEM_SNAPSHOTS, self._insert(ITEM_SNAPSHOTS, row))
        for incoming in self.desk.rows(ATTEMPTS):
            self._attempt(dict(incoming))
        for incoming in self.desk.rows(ANSWERS):
            row = dict(incoming)
            row["student"] = self.student_map.get(row.get("student") or "", row.get("student"))
            self._count(ANSWERS, self._insert(ANSWERS, row))
        return self.report

    def _attempt(self, row: dict[str, Any]) -> None:
        row["student"] = self.student_map.get(row.get("student") or "", row.get("student"))
        row["session"] = self.session_map.get(row.get("session") or "", row.get("session"))
        if self._insert(ATTEMPTS, row):
            self.report.added[ATTEMPTS] += 1
            return
        self.report.present[ATTEMPTS] += 1
        if row.get("ended_at") is not None:
            cursor = self.db.conn.execute(
                f"UPDATE {ATTEMPTS} SET ended_at = ?, score = ?, max_score = ?, timed_out = ? "
                "WHERE uuid = ? AND ended_at IS NULL",
                [row["ended_at"], row.get("score"), row.get("max_score"), row.get("timed_out", 0), row["uuid"]],
            )
            self.report.completed_attempts += cursor.rowcount


def merge_desk(db: Database, desk: DeskData) -> MergeReport:
    """Fold `desk` into `db` in one transaction and report what was added.

    Raises KeyError or sqlite3.Error (rolled back) when the desk's rows are malformed."""
    with write_transaction(db):
        return _Merger(db, desk).run()
