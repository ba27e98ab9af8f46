"""Students, classes, class membership and classroom sessions.

Every row has a uuid, so desks can be merged; students also have a unique `login` and
classes a unique `name`, which is how the same student or class created on two desks is
recognised as one when their results are merged.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from quizapp.errors import QuizappError
from quizapp.store.connection import write_transaction
from quizapp.store.schema import CLASS_MEMBERS, CLASSES, SESSIONS, STUDENTS
from quizapp.textnorm import match_key


@dataclass(frozen=True)
class Student:
    uuid: str
    name: str
    login: str


@dataclass(frozen=True)
class ClassGroup:
    uuid: str
    name: str


@dataclass(frozen=True)
class ClassroomSession:
    """A named classroom session (a lesson, a test day) that attempts can belong to."""

    uuid: str
    name: str
    class_uuid: str | None
    created_at: str


class RosterError(QuizappError):
    """A name that is taken, or a student, class or session that does not exist."""


def login_key(text: str) -> str:
    """The comparable form of a login: case, quotes and spacing folded."""
    return match_key(text).casefold()


def _one(db: Database, sql: str, params: list[Any]) -> dict[str, Any] | None:
    return next(iter(db.query(sql, params)), None)


def find_student(db: Database, key: str) -> Student | None:
    """The student whose uuid or login is `key`."""
    row = _one(db, f"SELECT uuid, name, login FROM {STUDENTS} WHERE uuid = ? OR login = ?", [key, login_key(key)])
    return Student(**row) if row else None


def lookup_student(db: Database, text: str) -> Student | None:
    """The student someone means by `text`: a uuid or login, else the one student of that name (case and
    spacing folded). Raises `RosterError` when two students share the name, so nobody is mixed up."""
    found = find_student(db, text)
    if found is not None:
        return found
    wanted = login_key(text)
    named = [s for s in list_students(db) if login_key(s.name) == wanted]
    if len(named) > 1:
        raise RosterError(f"{len(named)} students are called {' '.join(text.split())!r}: use the login instead")
    return named[0] if named else None


def list_students(db: Database) -> list[Student]:
    return [Student(**row) for row in db.query(f"SELECT uuid, name, login FROM {STUDENTS} ORDER BY name, login")]


def add_student(db: Database, name: str, login: str | None, *, uuid: str, now: str) -> Student:
    """Add a student; `login` defaults to the name (folded). Raises `RosterError` if the login is taken."""
    name = " ".join(name.split())
    if not name:
        raise RosterError("a student needs a name")
    key = login_key(login or name)
    with write_transaction(db):
        if find_student(db, key):
            raise RosterError(f"there is already a student with the login {key!r}")
        db[STUDENTS].insert({"uuid": uuid, "name": name, "login": key, "created_at": now})
    return Student(uuid, name, key)


def find_class(db: Database, key: str) -> ClassGroup | None:
    """The class whose uuid or name is `key` (names compare case-insensitively)."""
    row = _one(
        db, f"SELECT uuid, name FROM {CLASSES} WHERE uuid = ? OR name = ? COLLATE NOCASE", [key, " ".join(key.split())]
    )
    return ClassGroup(**row) if row else None


def add_class(db: Database, name: str, *, uuid: str, now: str) -> ClassGroup:
    name = " ".join(name.split())
    if not name:
        raise RosterError("a class needs a name")
    with write_transaction(db):
        if find_class(db, name):
            raise RosterError(f"there is already a class called {name!r}")
        db[CLASSES].insert({"uuid": uuid, "name": name, "created_at": now})
    return ClassGroup(uuid, name)


def _require(found: Any, what: str, key: str) -> Any:
    if found is None:
        raise RosterError(f"no {what} {key!r}")
    return found


def enrol(db: Database, class_key: str, student_key: str) -> None:
    """Put a student in a class (doing it twice is harmless)."""
    group = _require(find_class(db, class_key), "class", class_key)
    student = _require(find_student(db, student_key), "student", student_key)
    with write_transaction(db):
        db.conn.execute(
            f"INSERT INTO {CLASS_MEMBERS} (class, student) VALUES (?, ?) ON CONFLICT DO NOTHING",
            [group.uuid, student.uuid],
        )


def class_members(db: Database, class_key: str) -> list[Student]:
    group = _require(find_class(db, class_key), "class", class_key)
    rows = db.query(
        f"SELECT s.uuid, s.name, s.login FROM {STUDENTS} s JOIN {CLASS_MEMBERS} m ON m.student = s.uuid "
        "WHERE m.class = ? ORDER BY s.name, s.login",
        [group.uuid],
    )
    return [Student(**row) for row in rows]


def list_classes(db: Database) -> list[ClassGroup]:
    return [ClassGroup(**row) for row in db.query(f"SELECT uuid, name FROM {CLASSES} ORDER BY name")]


def list_sessions(db: Database) -> list[ClassroomSession]:
    """Every classroom session, open or closed, newest first."""
    rows = db.query(f"SELECT uuid, name, class AS class_uuid, created_at FROM {SESSIONS} ORDER BY created_at DESC")
    return [ClassroomSession(**row) for row in rows]


def find_session(db: Database, key: str) -> ClassroomSession | None:
    """The classroom session whose uuid or name is `key` (the newest, if a name was reused)."""
    row = _one(
        db,
        f"SELECT uuid, name, class AS class_uuid, created_at FROM {SESSIONS} "
        "WHERE uuid = ? OR name = ? COLLATE NOCASE ORDER BY created_at DESC LIMIT 1",
        [key, " ".join(key.split())],
    )
    return ClassroomSession(**row) if row else None


def adopt_student(db: Database, student: Student, *, now: str) -> Student:
    """Make sure a student known elsewhere (a live session's host) exists here with the same uuid."""
    with write_transaction(db):
        if _one(db, f"SELECT uuid FROM {STUDENTS} WHERE uuid = ?", [student.uuid]) is None:
            taken = _one(db, f"SELECT uuid FROM {STUDENTS} WHERE login = ?", [student.login])
            login = student.login if taken is None else f"{student.login}-{student.uuid[:8]}"
            db[STUDENTS].insert({"uuid": student.uuid, "name": student.name, "login": login, "created_at": now})
    return student


def adopt_session(db: Database, uuid: str, name: str, *, now: str) -> ClassroomSession:
    """Make sure a classroom session known elsewhere exists here with the same uuid (without its class)."""
    with write_transaction(db):
        if _one(db, f"SELECT uuid FROM {SESSIONS} WHERE uuid = ?", [uuid]) is None:
            db[SESSIONS].insert({"uuid": uuid, "name": name, "class": None, "created_at": now})
    found = find_session(db, uuid)
    assert found is not None
    return found


def add_session(db: Database, name: str, class_key: str | None, *, uuid: str, now: str) -> ClassroomSession:
    """Create a named classroom session, optionally for one class."""
    name = " ".join(name.split())
    if not name:
        raise RosterError("a session needs a name")
    class_uuid = _require(find_class(db, class_key), "class", class_key).uuid if class_key else None
    with write_transaction(db):
        db[SESSIONS].insert({"uuid": uuid, "name": name, "class": class_uuid, "created_at": now})
    return ClassroomSession(uuid, name, class_uuid, now)
