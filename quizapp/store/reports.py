"""Result tables for teachers: per class, per classroom session, and the gradebook CSV."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from quizapp.csvsafe import dict_csv_text
from quizapp.fileio import atomic_write_text
from quizapp.store.history import ATTEMPT_SUMMARY_SQL, AttemptSummary, summary_from_row
from quizapp.store.roster import ClassGroup, ClassroomSession, class_members
from quizapp.store.schema import CLASS_MEMBERS, CLASSES, SESSIONS, STUDENTS

GRADEBOOK_COLUMNS = (
    "student",
    "login",
    "class",
    "session",
    "attempt",
    "mode",
    "banks",
    "started",
    "finished",
    "status",
    "score",
    "max_score",
    "percent",
)


@dataclass(frozen=True)
class ClassResultRow:
    """One student of a class: how many quizzes they finished and how they did."""

    student: str
    login: str
    attempts: int
    mean_percent: float | None
    best_percent: float | None
    last_percent: float | None
    last_at: str | None


@dataclass(frozen=True)
class SessionResultRow:
    """One attempt made in a classroom session."""

    student: str
    login: str
    attempt: AttemptSummary


def class_results(db: Database, group: ClassGroup) -> list[ClassResultRow]:
    """One row per member of the class, over their finished attempts (all of them, in any session)."""
    rows = []
    for student in class_members(db, group.uuid):
        finished = [
            summary_from_row(row)
            for row in db.query(
                ATTEMPT_SUMMARY_SQL + "WHERE a.student = ? AND a.ended_at IS NOT NULL ORDER BY a.started_at",
                [student.uuid],
            )
        ]
        percents = [attempt.percent for attempt in finished]
        rows.append(
            ClassResultRow(
                student=student.name,
                login=student.login,
                attempts=len(finished),
                mean_percent=sum(percents) / len(percents) if percents else None,
                best_percent=max(percents) if percents else None,
                last_percent=percents[-1] if percents else None,
                last_at=finished[-1].started_at if finished else None,
            )
        )
    return rows


def session_results(db: Database, session: ClassroomSession) -> list[SessionResultRow]:
    """Every attempt of the classroom session, by student name then start time."""
    rows = db.query(
        f"""
        SELECT r.*, COALESCE(s.name, '') AS student_name, COALESCE(s.login, '') AS student_login
        FROM ({ATTEMPT_SUMMARY_SQL} WHERE a.session = ?) r LEFT JOIN {STUDENTS} s ON s.uuid = r.student
        ORDER BY student_name, r.started_at
        """,
        [session.uuid],
    )
    return [SessionResultRow(row["student_name"], row["student_login"], summary_from_row(row)) for row in rows]


def _number(value: float) -> str:
    return f"{round(value, 2):g}"


def gradebook_rows(
    db: Database, group: ClassGroup | None = None, session: ClassroomSession | None = None
) -> list[dict[str, str]]:
    """One row per attempt (unfinished ones too, marked so), optionally of one class and/or session."""
    where, params = [], []
    if group is not None:
        where.append(f"r.student IN (SELECT student FROM {CLASS_MEMBERS} WHERE class = ?)")
        params.append(group.uuid)
    if session is not None:
        where.append("r.session = ?")
        params.append(session.uuid)
    class_names = (
        "?"
        if group is not None
        else f"(SELECT group_concat(c.name, '; ') FROM {CLASS_MEMBERS} m JOIN {CLASSES} c ON c.uuid = m.class "
        "WHERE m.student = r.student)"
    )
    sql = f"""
        SELECT r.*, COALESCE(s.name, '') AS student_name, COALESCE(s.login, '') AS student_login,
               COALESCE({class_names}, '') AS class_names, COALESCE(ses.name, '') AS session_name
        FROM ({ATTEMPT_SUMMARY_SQL}) r
        LEFT JOIN {STUDENTS} s ON s.uuid = r.student
        LEFT JOIN {SESSIONS} ses ON ses.uuid = r.session
        {"WHERE " + " AND ".join(where) if where else ""}
        ORDER BY student_name, r.started_at, r.uuid
    """
    if group is not None:
        params.insert(0, group.name)
    table = []
    for row in db.query(sql, params):
        attempt = summary_from_row(row)
        status = "unfinished" if not attempt.finished else "timed out" if attempt.timed_out else "finished"
        table.append(
            {
                "student": row["student_name"],
                "login": row["student_login"],
                "class": row["class_names"],
                "session": row["session_name"],
                "attempt": attempt.uuid,
                "mode": attempt.mode,
                "banks": "; ".join(attempt.banks),
                "started": attempt.started_at,
                "finished": attempt.ended_at or "",
                "status": status,
                "score": _number(attempt.score),
                "max_score": _number(attempt.max_score),
                "percent": f"{attempt.percent:.1f}",
            }
        )
    return table


def gradebook_csv(rows: list[dict[str, str]]) -> str:
    """The gradebook rows as CSV text with a header line."""
    return dict_csv_text(GRADEBOOK_COLUMNS, rows)


def write_gradebook(path: Path, rows: list[dict[str, str]]) -> None:
    """Write the gradebook CSV atomically (raises `SaveError` naming the file on failure)."""
    atomic_write_text(path, gradebook_csv(rows))
