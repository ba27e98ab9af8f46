"""`ScoreStore`: the one object the GUI, the teacher tools and the CLI use to reach the scores.

It owns the SQLite connection. Every method either completes or raises a `QuizappError`
with a message fit for users (a `StoreError` naming the file when the database itself fails).
"""

from __future__ import annotations

import sqlite3
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from sqlite_utils import Database

from quizapp.engine.records import AnswerRecord, AttemptFinished, AttemptStarted, iso_time
from quizapp.engine.selection import ItemKey
from quizapp.paths import database_path
from quizapp.review import DAILY_SKILLS, ItemUse, ReviewPlan, arrange
from quizapp.store import (
    appsettings,
    classroom,
    itemstats,
    liveoutbox,
    lrsqueue,
    recording,
    reports,
    reviews,
    roster,
    scope,
)
from quizapp.store import history as history_queries
from quizapp.store.connection import open_database
from quizapp.store.deskfile import read_desk_file, write_desk_file
from quizapp.store.deskschema import desk_problems
from quizapp.store.errors import StoreError, plain_reason, reported_as_store_error
from quizapp.store.merge import MergeReport, merge_desk
from quizapp.store.netfs import network_warning

SavedRecord = AttemptStarted | AnswerRecord | AttemptFinished


def _new_uuid() -> str:
    return str(uuid.uuid4())


class ScoreStore:
    """The score database of this desk."""

    def __init__(
        self,
        db: Database,
        path: Path,
        *,
        clock: Callable[[], float] = time.time,
        new_id: Callable[[], str] = _new_uuid,
    ) -> None:
        self.db = db
        self.path = path
        self._clock = clock
        self._new_id = new_id
        self.warning: str | None = None
        """Set when the database is on a network filesystem: show it to the user."""

    @classmethod
    def open(
        cls,
        path: str | Path | None = None,
        *,
        clock: Callable[[], float] = time.time,
        new_id: Callable[[], str] = _new_uuid,
    ) -> ScoreStore:
        """Open the database at `path` (default: `quizapp.paths.database_path()`), creating it if needed."""
        target = Path(path) if path else database_path()
        store = cls(open_database(target), target, clock=clock, new_id=new_id)
        store.warning = network_warning(target)
        return store

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> ScoreStore:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def _now(self) -> str:
        return iso_time(self._clock())

    def _doing(self, what: str) -> AbstractContextManager[None]:
        return reported_as_store_error(self.path, what)

    # -- the database itself ----------------------------------------------------------------

    @property
    def schema_version(self) -> int:
        with self._doing("read the schema version"):
            return int(self.db.conn.execute("PRAGMA user_version").fetchone()[0])

    def integrity_check(self) -> str:
        """SQLite's ``PRAGMA integrity_check``: "ok" when the file is sound."""
        with self._doing("check the database"):
            return "; ".join(row[0] for row in self.db.conn.execute("PRAGMA integrity_check"))

    # -- students, classes, classroom sessions ---------------------------------------------

    def add_student(self, name: str, login: str | None = None) -> roster.Student:
        with self._doing("add the student"):
            return roster.add_student(self.db, name, login, uuid=self._new_id(), now=self._now())

    def student(self, key: str) -> roster.Student | None:
        """The student with this uuid or login."""
        with self._doing("look up the student"):
            return roster.find_student(self.db, key)

    def find_student(self, text: str) -> roster.Student | None:
        """The student meant by a uuid, a login or a name (`RosterError` when two share the name)."""
        with self._doing("look up the student"):
            return roster.lookup_student(self.db, text)

    def students(self) -> list[roster.Student]:
        with self._doing("list the students"):
            return roster.list_students(self.db)

    def add_class(self, name: str) -> roster.ClassGroup:
        with self._doing("add the class"):
            return roster.add_class(self.db, name, uuid=self._new_id(), now=self._now())

    def classes(self) -> list[roster.ClassGroup]:
        """Every class, by name."""
        with self._doing("list the classes"):
            return roster.list_classes(self.db)

    def classroom_sessions(self) -> list[roster.ClassroomSession]:
        """Every classroom session, open or closed, newest first (for the dashboard)."""
        with self._doing("list the classroom sessions"):
            return roster.list_sessions(self.db)

    def class_group(self, key: str) -> roster.ClassGroup | None:
        """The class with this uuid or name."""
        with self._doing("look up the class"):
            return roster.find_class(self.db, key)

    def enrol(self, class_key: str, student_key: str) -> None:
        with self._doing("add the student to the class"):
            roster.enrol(self.db, class_key, student_key)

    def members(self, class_key: str) -> list[roster.Student]:
        with self._doing("list the class"):
            return roster.class_members(self.db, class_key)

    def adopt_student(self, student: roster.Student) -> roster.Student:
        """Keep a student of a live session's host under the host's uuid (answers then merge as one)."""
        with self._doing("add the student"):
            return roster.adopt_student(self.db, student, now=self._now())

    def adopt_session(self, uuid: str, name: str) -> roster.ClassroomSession:
        """Keep a live session of another desk under its uuid, so this desk's attempts can name it."""
        with self._doing("add the classroom session"):
            return roster.adopt_session(self.db, uuid, name, now=self._now())

    def add_session(self, name: str, class_key: str | None = None) -> roster.ClassroomSession:
        with self._doing("add the classroom session"):
            return roster.add_session(self.db, name, class_key, uuid=self._new_id(), now=self._now())

    def classroom_session(self, key: str) -> roster.ClassroomSession | None:
        """The classroom session with this uuid or name."""
        with self._doing("look up the classroom session"):
            return roster.find_session(self.db, key)

    def create_classroom_session(
        self,
        name: str,
        class_key: str | None,
        bank_ids: list[str],
        settings: dict[str, Any],
        seed: int,
        shuffle: bool,
    ) -> roster.ClassroomSession:
        """A classroom session with a quiz plan: every student gets the items `seed` selects from `bank_ids`."""
        with self._doing("add the classroom session"):
            return classroom.create_planned_session(
                self.db, name, class_key, bank_ids, settings, seed, shuffle, uuid=self._new_id(), now=self._now()
            )

    def open_classroom_sessions(self) -> list[roster.ClassroomSession]:
        """Classroom sessions with a quiz plan that are not closed (what students choose from), newest first."""
        with self._doing("list the classroom sessions"):
            return classroom.open_sessions(self.db)

    def live_queue(self, host: str, token: str, record: dict[str, Any]) -> None:
        """Keep a live session's record until its host acknowledges it (see `live_acknowledged`)."""
        with self._doing("keep the answer for the live session"):
            liveoutbox.queue(self.db, host, token, record, now=self._now())

    def live_acknowledged(self, ids: list[str]) -> None:
        with self._doing("note what the live session's host received"):
            liveoutbox.acknowledged(self.db, ids)

    def live_forget(self, token: str) -> None:
        with self._doing("stop sending to the ended live session"):
            liveoutbox.forget(self.db, token)

    def live_waiting(self) -> dict[tuple[str, str], list[dict[str, Any]]]:
        """Records of live sessions that no host has acknowledged yet, by (host address, token)."""
        with self._doing("read the live session's waiting answers"):
            return liveoutbox.waiting(self.db)

    def open_live_sessions(self) -> list[roster.ClassroomSession]:
        """Live sessions this desk hosts that have not ended (a restarted host continues one), newest first."""
        with self._doing("list the live sessions"):
            return classroom.open_sessions(self.db, live=True)

    def close_classroom_session(self, key: str) -> None:
        with self._doing("close the classroom session"):
            classroom.close_session(self.db, key, now=self._now())

    def classroom_session_plan(self, key: str) -> classroom.SessionPlan:
        """The quiz plan of a classroom session (uuid or name); `RosterError` if it has none."""
        with self._doing("read the classroom session"):
            return classroom.session_plan(self.db, key)

    def _student_uuid(self, key: str) -> str:
        found = self.student(key)
        if found is None:
            raise roster.RosterError(f"no student {key!r}")
        return found.uuid

    # -- the teacher PIN (only its salted hash) ----------------------------------------------

    def teacher_pin_hash(self) -> str | None:
        with self._doing("read the teacher PIN"):
            return appsettings.get_setting(self.db, appsettings.TEACHER_PIN)

    def set_teacher_pin_hash(self, value: str) -> None:
        """Store the hash of the teacher PIN (`quizapp.teacher.pin.hash_pin`), never the PIN itself."""
        with self._doing("save the teacher PIN"):
            appsettings.set_setting(self.db, appsettings.TEACHER_PIN, value)

    def clear_teacher_pin(self) -> None:
        """Forget the teacher PIN: the next teacher to open the teacher tools chooses a new one."""
        with self._doing("clear the teacher PIN"):
            appsettings.delete_setting(self.db, appsettings.TEACHER_PIN)

    # -- a Learning Record Store -----------------------------------------------------------------

    def desk_setting(self, key: str) -> str | None:
        """One of this desk's own settings (kept in the database, never exported)."""
        with self._doing("read the desk's settings"):
            return appsettings.get_setting(self.db, key)

    def set_desk_setting(self, key: str, value: str) -> None:
        with self._doing("save the desk's settings"):
            appsettings.set_setting(self.db, key, value)

    def lrs_count_waiting(self, lrs: str, kind: str, since: str = "") -> int:
        """How many records of `kind` the LRS at `lrs` has not acknowledged (see `quizapp.store.lrsqueue`)."""
        with self._doing("count the records waiting for the LRS"):
            return lrsqueue.count_waiting(self.db, lrs, kind, since=since)

    def lrs_waiting(
        self, lrs: str, kind: str, *, since: str = "", batch: int = 500
    ) -> Iterator[list[lrsqueue.Waiting]]:
        """The records of `kind` the LRS at `lrs` has not acknowledged, a batch at a time."""
        with self._doing("read the records waiting for the LRS"):
            yield from lrsqueue.waiting(self.db, lrs, kind, since=since, batch=batch)

    def lrs_acknowledge(self, lrs: str, records: list[tuple[str, str, str]]) -> None:
        """Note that the LRS at `lrs` holds these (kind, source, statement id) records."""
        with self._doing("note what the LRS acknowledged"):
            lrsqueue.acknowledge(self.db, lrs, records, now=self._now())

    # -- recording -------------------------------------------------------------------------

    def save(self, record: SavedRecord) -> None:
        """Save whatever a quiz session returned: an attempt start, an answer, or an attempt end."""
        if isinstance(record, AnswerRecord):
            self.record_answer(record)
        elif isinstance(record, AttemptStarted):
            self.start_attempt(record)
        elif isinstance(record, AttemptFinished):
            self.finish_attempt(record)
        else:
            raise TypeError(f"cannot save a {type(record).__name__}")

    def start_attempt(self, started: AttemptStarted) -> None:
        with self._doing("save the start of the quiz"):
            recording.start_attempt(self.db, started)

    def record_answer(self, record: AnswerRecord) -> None:
        with self._doing("save the answer"):
            recording.record_answer(self.db, record)

    def finish_attempt(self, finished: AttemptFinished) -> None:
        with self._doing("save the end of the quiz"):
            recording.finish_attempt(self.db, finished)

    # -- a student's history ---------------------------------------------------------------

    def history(self, student_key: str) -> list[history_queries.AttemptSummary]:
        with self._doing("read the history"):
            return history_queries.student_history(self.db, self._student_uuid(student_key))

    def attempt_answers(self, attempt: str) -> list[history_queries.AnswerDetail]:
        """The answers of one attempt, each with its item as the student saw it."""
        with self._doing("read the attempt"):
            return history_queries.attempt_answers(self.db, attempt)

    def trend(self, student_key: str) -> history_queries.Trend:
        return history_queries.trend(self.history(student_key))

    def mastery(
        self, student_key: str, decay: float = history_queries.DECAY, window: int = history_queries.WINDOW
    ) -> list[history_queries.SkillMastery]:
        with self._doing("read the skill mastery"):
            return history_queries.skill_mastery(self.db, self._student_uuid(student_key), decay, window)

    def missed_items(self, student_key: str) -> frozenset[ItemKey]:
        """Items the student's latest answer got wrong: feed to a quiz with ``only_missed``."""
        with self._doing("read the missed items"):
            return history_queries.missed_items(self.db, self._student_uuid(student_key))

    # -- spaced review ---------------------------------------------------------------------

    def review_plan(self, student_key: str, skills: Sequence[str], *, daily_skills: int | None = None) -> ReviewPlan:
        """The student's skills for today: mastery, due dates, and today's review within the daily cap."""
        with self._doing("read the review plan"):
            student = self._student_uuid(student_key)
            now = datetime.fromtimestamp(self._clock(), tz=UTC)
            try:
                plans = reviews.cached_skill_plans(self.db, student, skills, now)
            except (ValueError, TypeError) as exc:  # a damaged row: a message for every screen that shows plans
                raise StoreError(self.path, f"could not read the review plan: {exc}") from exc
        return arrange(plans, now, daily_skills=DAILY_SKILLS if daily_skills is None else daily_skills)

    def review_history(self, student_key: str) -> tuple[dict[ItemKey, ItemUse], frozenset[ItemKey]]:
        """How often and when the student answered each item, and the items of their latest quiz."""
        with self._doing("read the items answered"):
            student = self._student_uuid(student_key)
            return reviews.item_uses(self.db, student), reviews.previous_quiz_items(self.db, student)

    # -- teacher reports -------------------------------------------------------------------

    def item_statistics(
        self, bank_id: str, *, session_key: str | None = None, class_key: str | None = None
    ) -> list[itemstats.ItemStatistics]:
        """Item statistics of a bank, optionally over one classroom session's and/or one class's attempts."""
        narrowed = self._scope(session_key, class_key) if session_key or class_key else None
        with self._doing("compute the item statistics"):
            return itemstats.item_statistics(self.db, bank_id, narrowed)

    def _scope(
        self, session_key: str | None = None, class_key: str | None = None, bank_id: str | None = None
    ) -> scope.ResultScope:
        return scope.ResultScope(
            session=self._session(session_key).uuid if session_key else None,
            class_uuid=self._class(class_key).uuid if class_key else None,
            bank=bank_id or None,
        )

    def scope_attempts(
        self, *, session_key: str | None = None, class_key: str | None = None, bank_id: str | None = None
    ) -> list[scope.ScopedAttempt]:
        """Attempts of a classroom session, of a class's members and/or including a bank (unfinished too)."""
        narrowed = self._scope(session_key, class_key, bank_id)
        with self._doing("read the results"):
            return scope.scoped_attempts(self.db, narrowed)

    def scope_answers(
        self, *, session_key: str | None = None, class_key: str | None = None, bank_id: str | None = None
    ) -> list[scope.ScopedAnswer]:
        """Answers in the finished attempts of the scope (only the bank's answers when `bank_id` is given)."""
        narrowed = self._scope(session_key, class_key, bank_id)
        with self._doing("read the results"):
            return scope.scoped_answers(self.db, narrowed)

    def scope_banks(
        self, *, session_key: str | None = None, class_key: str | None = None, bank_id: str | None = None
    ) -> list[str]:
        """Ids of the banks answered in the finished attempts of the scope."""
        narrowed = self._scope(session_key, class_key, bank_id)
        with self._doing("read the results"):
            return scope.scoped_banks(self.db, narrowed)

    def _class(self, key: str) -> roster.ClassGroup:
        found = self.class_group(key)
        if found is None:
            raise roster.RosterError(f"no class {key!r}")
        return found

    def _session(self, key: str) -> roster.ClassroomSession:
        found = self.classroom_session(key)
        if found is None:
            raise roster.RosterError(f"no classroom session {key!r}")
        return found

    def class_results(self, class_key: str) -> list[reports.ClassResultRow]:
        with self._doing("read the class results"):
            return reports.class_results(self.db, self._class(class_key))

    def session_results(self, session_key: str) -> list[reports.SessionResultRow]:
        with self._doing("read the session results"):
            return reports.session_results(self.db, self._session(session_key))

    def gradebook(self, class_key: str | None = None, session_key: str | None = None) -> list[dict[str, str]]:
        """One row per attempt, ready for a gradebook; optionally one class and/or classroom session."""
        group = self._class(class_key) if class_key else None
        session = self._session(session_key) if session_key else None
        with self._doing("read the results"):
            return reports.gradebook_rows(self.db, group, session)

    def export_csv(self, path: str | Path, class_key: str | None = None, session_key: str | None = None) -> int:
        """Write the gradebook CSV; returns the number of rows."""
        rows = self.gradebook(class_key, session_key)
        reports.write_gradebook(Path(path), rows)
        return len(rows)

    # -- combining desks -------------------------------------------------------------------

    def export_desk(self, path: str | Path) -> None:
        """Write every row of this database to a desk export file, for merging on another computer."""
        with self._doing("read the results"):
            write_desk_file(Path(path), self.db, self._now())

    def merge(self, path: str | Path) -> MergeReport:
        """Fold another desk's database or desk export into this one (idempotent)."""
        source = Path(path)
        if source.exists() and self.path.exists() and source.resolve() == self.path.resolve():
            raise StoreError(source, "is this desk's own database; there is nothing to merge")
        desk = read_desk_file(source)
        problems = desk_problems(desk.tables)
        if problems:
            raise StoreError(source, "is not a valid desk file, so nothing was merged: " + "; ".join(problems))
        try:
            return merge_desk(self.db, desk)
        except (KeyError, TypeError, ValueError, OverflowError) as exc:
            raise StoreError(source, f"is damaged: a row lacks or garbles a field ({exc}); nothing was merged") from exc
        except sqlite3.IntegrityError as exc:
            raise StoreError(source, f"has rows that do not fit together ({exc}); nothing was merged") from exc
        except sqlite3.Error as exc:
            raise StoreError(self.path, f"could not merge {source}: {plain_reason(exc)}; nothing was merged") from exc
