"""Tables of the score database and the migrations that create and change them.

Every schema change is one more function registered on `MIGRATIONS` (sqlite-utils'
``Migrations``), never an edit of an existing one. The number of known migrations is the
schema version; it is written to ``PRAGMA user_version`` as well, next to the applied
migration names that sqlite-utils keeps in ``_sqlite_migrations``.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlite_utils import Database, Migrations

STUDENTS = "students"
CLASSES = "classes"
CLASS_MEMBERS = "class_members"
SESSIONS = "sessions"
ATTEMPTS = "attempts"
ANSWERS = "answers"
ITEM_SNAPSHOTS = "item_snapshots"
APP_SETTINGS = "app_settings"  # this desk's own key/value settings (the teacher PIN hash); never exported
LIVE_OUTBOX = "live_outbox"  # records of a live session not yet acknowledged by its host; never exported
REVIEW_STATE = "review_state"  # a cache derived from the answers: rebuilt whenever they change; never exported
LRS_SENT = "lrs_sent"  # which records a Learning Record Store acknowledged; this desk's own, never exported

MIGRATION_SET = "quizapp"
MIGRATIONS_TABLE = Migrations.migrations_table
APPLICATION_ID = 0x515A4150  # "QZAP" in the SQLite header: marks the file as a quizapp score database

MIGRATIONS = Migrations(MIGRATION_SET)
MIGRATION_NAMES: list[str] = []
"""The names of the migrations this version of the app knows, in order."""


MigrationFunction = Callable[[Database], None]


def _migration(name: str) -> Callable[[MigrationFunction], MigrationFunction]:
    MIGRATION_NAMES.append(name)
    return MIGRATIONS(name=name)


@_migration("0001_initial")
def _initial(db: Database) -> None:
    db[STUDENTS].create(
        {"uuid": str, "name": str, "login": str, "created_at": str},
        pk="uuid",
        not_null={"name", "login", "created_at"},
    )
    db[STUDENTS].create_index(["login"], unique=True)
    db[CLASSES].create({"uuid": str, "name": str, "created_at": str}, pk="uuid", not_null={"name", "created_at"})
    db[CLASSES].create_index(["name"], unique=True)
    db[CLASS_MEMBERS].create(
        {"class": str, "student": str},
        pk=("class", "student"),
        not_null={"class", "student"},
        foreign_keys=[("class", CLASSES, "uuid"), ("student", STUDENTS, "uuid")],
    )
    db[CLASS_MEMBERS].create_index(["student"])
    db[SESSIONS].create(
        {"uuid": str, "name": str, "class": str, "created_at": str},
        pk="uuid",
        not_null={"name", "created_at"},
        foreign_keys=[("class", CLASSES, "uuid")],
    )
    db[SESSIONS].create_index(["name"])
    db[ITEM_SNAPSHOTS].create(
        {
            "hash": str,
            "bank": str,
            "item": str,
            "type": str,
            "family": str,
            "skill": str,
            "difficulty": int,
            "prompt": str,
            "choices": str,  # JSON list
            "answer": str,  # JSON list
            "scoring": str,
            "explanation": str,
            "evidence": str,  # JSON list
            "data": str,  # the whole item in bank-file form, JSON
        },
        pk="hash",
        not_null={"bank", "item", "type", "skill", "prompt", "choices", "answer", "data"},
    )
    db[ATTEMPTS].create(
        {
            "uuid": str,
            "student": str,
            "session": str,
            "mode": str,
            "seed": int,
            "settings": str,  # JSON: selection, time limit, question keys, missed items
            "banks": str,  # JSON list of {id, title, hash}
            "started_at": str,
            "ended_at": str,
            "score": float,
            "max_score": float,
            "timed_out": int,
            "app_version": str,
        },
        pk="uuid",
        not_null={"mode", "seed", "settings", "banks", "started_at", "timed_out"},
        defaults={"timed_out": 0},
        foreign_keys=[("student", STUDENTS, "uuid"), ("session", SESSIONS, "uuid")],
    )
    db[ATTEMPTS].create_index(["student", "started_at"])
    db[ATTEMPTS].create_index(["session"])
    db[ANSWERS].create(
        {
            "uuid": str,
            "attempt": str,
            "student": str,  # copied from the attempt so per-student queries need no join
            "position": int,
            "bank": str,
            "item": str,
            "item_hash": str,
            "skill": str,  # copied from the snapshot, for the mastery query
            "response": str,  # JSON list of texts; NULL when skipped
            "correct": int,
            "score": float,
            "max_score": float,
            "confidence": float,
            "elapsed_ms": int,
            "answered_at": str,
            "skipped": int,
        },
        pk="uuid",
        not_null={
            "attempt",
            "position",
            "bank",
            "item",
            "item_hash",
            "skill",
            "correct",
            "score",
            "max_score",
            "elapsed_ms",
            "answered_at",
            "skipped",
        },
        foreign_keys=[("attempt", ATTEMPTS, "uuid"), ("item_hash", ITEM_SNAPSHOTS, "hash")],
    )
    db[ANSWERS].create_index(["attempt"])
    db[ANSWERS].create_index(["bank", "item"])
    db[ANSWERS].create_index(["student", "skill", "answered_at"])


@_migration("0002_teacher_tools")
def _teacher_tools(db: Database) -> None:
    """A key/value table for desk settings, and the quiz plan of a classroom session."""
    db[APP_SETTINGS].create({"key": str, "value": str}, pk="key", not_null={"value"})
    sessions = db[SESSIONS]
    sessions.add_column("banks", str)  # JSON list of bank ids; NULL for a session without a quiz plan
    sessions.add_column("settings", str)  # JSON: mode, selection, time limit, …
    sessions.add_column("seed", int)
    sessions.add_column("shuffle", int, not_null_default=0)
    sessions.add_column("closed_at", str)


# Value checks SQLite enforces on every row written, whatever writes it (a merge, a future bug): what a
# CHECK constraint would do, as triggers, because SQLite cannot add a CHECK to an existing table.
_CHECKS: dict[str, list[tuple[str, str]]] = {
    ANSWERS: [
        ("typeof(NEW.score) NOT IN ('integer', 'real') OR NEW.score < 0", "an answer's score must be a number >= 0"),
        (
            "typeof(NEW.max_score) NOT IN ('integer', 'real') OR NEW.max_score < 0",
            "an answer's max_score must be a number >= 0",
        ),
        ("NEW.correct NOT IN (0, 1) OR NEW.skipped NOT IN (0, 1)", "correct and skipped must be 0 or 1"),
        (
            "NEW.confidence IS NOT NULL AND (typeof(NEW.confidence) NOT IN ('integer', 'real') "
            "OR NEW.confidence < 0 OR NEW.confidence > 1)",
            "a confidence must lie between 0 and 1",
        ),
        ("typeof(NEW.position) != 'integer' OR NEW.position < 0", "a position must be a whole number >= 0"),
        ("typeof(NEW.answered_at) != 'text'", "answered_at must be a time"),
    ],
    ATTEMPTS: [
        (
            "(NEW.score IS NOT NULL AND (typeof(NEW.score) NOT IN ('integer', 'real') OR NEW.score < 0)) OR "
            "(NEW.max_score IS NOT NULL AND (typeof(NEW.max_score) NOT IN ('integer', 'real') OR NEW.max_score < 0))",
            "an attempt's scores must be numbers >= 0",
        ),
        ("NEW.timed_out NOT IN (0, 1)", "timed_out must be 0 or 1"),
        ("typeof(NEW.started_at) != 'text'", "started_at must be a time"),
    ],
}


@_migration("0003_value_checks")
def _value_checks(db: Database) -> None:
    """Triggers that refuse a row with a value of the wrong type or range (SQLite's CHECK, for old tables)."""
    for table, checks in _CHECKS.items():
        for number, (condition, message) in enumerate(checks, start=1):
            quoted = message.replace("'", "''")
            for event in ("INSERT", "UPDATE"):
                db.execute(
                    f"CREATE TRIGGER IF NOT EXISTS check_{table}_{number}_{event.lower()} BEFORE {event} ON {table} "
                    f"WHEN {condition} BEGIN SELECT RAISE(ABORT, '{quoted}'); END"
                )


@_migration("0004_review_state")
def _review_state(db: Database) -> None:
    """Each student's skills as the spaced-review models last saw them (see quizapp.review).

    Derived from the answers: ``stamp`` names the answers it was computed from (their number and the
    latest time), and rows whose stamp no longer matches are computed again. Merging desks therefore
    never conflicts here: the merged answers change the stamp.
    """
    db[REVIEW_STATE].create(
        {
            "student": str,
            "skill": str,
            "stamp": str,
            "mastery": float,
            "answers": int,
            "due": str,  # YYYY-MM-DD, NULL for a skill never practised
            "last_answered": str,  # YYYY-MM-DD
        },
        pk=("student", "skill"),
        not_null={"student", "skill", "stamp", "mastery", "answers"},
        foreign_keys=[("student", STUDENTS, "uuid")],
    )


@_migration("0005_live_outbox")
def _live_outbox(db: Database) -> None:
    """Records of a live session on their way to the host: kept until the host acknowledges each, so that
    answers given while the host was away still reach it after this desk's app was closed and opened."""
    db[LIVE_OUTBOX].create(
        {"id": str, "host": str, "token": str, "record": str, "queued_at": str},
        pk="id",
        not_null={"host", "token", "record", "queued_at"},
    )


@_migration("0006_lrs_sent")
def _lrs_sent(db: Database) -> None:
    """What each Learning Record Store has acknowledged: one row per record (an answer, or the start or the
    end of an attempt) and LRS address, so that sending again sends only what is new, and a record merged
    in from another desk is still sent from this one."""
    db[LRS_SENT].create(
        {"lrs": str, "kind": str, "source": str, "statement": str, "sent_at": str},
        pk=("lrs", "kind", "source"),
        not_null={"lrs", "kind", "source", "statement", "sent_at"},
    )


SCHEMA_VERSION = len(MIGRATION_NAMES)
"""The schema version this app writes: how many migrations it knows."""
