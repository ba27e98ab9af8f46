"""Results narrowed to a classroom session, a class or a bank: the rows behind the teacher dashboard.

A scope is any combination of: attempts made in one classroom session, attempts by members
of one class, attempts that included one bank (then only that bank's answers count).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from quizapp.store.history import ATTEMPT_SUMMARY_SQL, AttemptSummary, summary_from_row
from quizapp.store.schema import ANSWERS, ATTEMPTS, CLASS_MEMBERS, STUDENTS


@dataclass(frozen=True)
class ResultScope:
    """Resolved filters (uuids and a bank id); an empty scope means every attempt."""

    session: str | None = None
    class_uuid: str | None = None
    bank: str | None = None

    def attempt_condition(self, alias: str = "a") -> tuple[str, list[Any]]:
        """An SQL condition on the attempts table (aliased `alias`) and its parameters."""
        where, params = ["1"], []
        if self.session is not None:
            where.append(f"{alias}.session = ?")
            params.append(self.session)
        if self.class_uuid is not None:
            where.append(f"{alias}.student IN (SELECT student FROM {CLASS_MEMBERS} WHERE class = ?)")
            params.append(self.class_uuid)
        if self.bank is not None:
            where.append(f"EXISTS (SELECT 1 FROM json_each({alias}.banks) j WHERE json_extract(j.value, '$.id') = ?)")
            params.append(self.bank)
        return " AND ".join(where), params


@dataclass(frozen=True)
class ScopedAttempt:
    """An attempt in the scope, with its student's name and login (empty for anonymous attempts)."""

    attempt: AttemptSummary
    student_name: str
    student_login: str


@dataclass(frozen=True)
class ScopedAnswer:
    """One answer in a finished attempt of the scope."""

    student: str | None
    attempt: str
    bank: str
    item: str
    skill: str
    score: float
    max_score: float
    skipped: bool
    answered_at: str


def scoped_attempts(db: Database, scope: ResultScope) -> list[ScopedAttempt]:
    """Every attempt of the scope (unfinished ones too), by student name then start time."""
    condition, params = scope.attempt_condition("a")
    rows = db.query(
        f"""
        SELECT r.*, COALESCE(s.name, '') AS student_name, COALESCE(s.login, '') AS student_login
        FROM ({ATTEMPT_SUMMARY_SQL} WHERE {condition}) r LEFT JOIN {STUDENTS} s ON s.uuid = r.student
        ORDER BY student_name, r.started_at, r.uuid
        """,
        params,
    )
    return [ScopedAttempt(summary_from_row(row), row["student_name"], row["student_login"]) for row in rows]


def scoped_answers(db: Database, scope: ResultScope) -> list[ScopedAnswer]:
    """The answers of the scope's finished attempts (only the scope's bank's, when it has one), oldest first."""
    condition, params = scope.attempt_condition("t")
    bank_condition = ""
    if scope.bank is not None:
        bank_condition = "AND a.bank = ?"
        params.append(scope.bank)
    rows = db.conn.execute(
        f"""
        SELECT a.student, a.attempt, a.bank, a.item, a.skill, a.score, a.max_score, a.skipped, a.answered_at
        FROM {ANSWERS} a JOIN {ATTEMPTS} t ON t.uuid = a.attempt
        WHERE t.ended_at IS NOT NULL AND {condition} {bank_condition}
        ORDER BY a.answered_at, a.rowid
        """,
        params,
    )
    return [
        ScopedAnswer(student, attempt, bank, item, skill, float(score), float(max_score), bool(skipped), answered_at)
        for student, attempt, bank, item, skill, score, max_score, skipped, answered_at in rows
    ]


def scoped_banks(db: Database, scope: ResultScope) -> list[str]:
    """The ids of the banks answered in the scope's finished attempts, sorted."""
    if scope.bank is not None:
        return [scope.bank]
    condition, params = scope.attempt_condition("t")
    rows = db.conn.execute(
        f"SELECT DISTINCT a.bank FROM {ANSWERS} a JOIN {ATTEMPTS} t ON t.uuid = a.attempt "
        f"WHERE t.ended_at IS NOT NULL AND {condition} ORDER BY a.bank",
        params,
    )
    return [row[0] for row in rows]
