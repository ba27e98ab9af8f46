"""Opening the score database safely: check the file first, refuse what is not ours, then migrate.

Nothing is written to a file until it has passed every check: it is an SQLite file (or does
not exist yet), it is not shorter than its header says, it belongs to quizapp (or is empty),
and its schema is not newer than this app. Then the connection gets a WAL journal, foreign
keys, a busy timeout and ``synchronous=FULL`` (each commit reaches the disk), and pending
migrations run inside one ``BEGIN IMMEDIATE`` transaction.
"""

from __future__ import annotations

import contextlib
import sqlite3
import struct
import time
from collections.abc import Iterator
from pathlib import Path

from sqlite_utils import Database

from quizapp.paths import PRIVATE_DIR, make_private
from quizapp.store.errors import StoreError, plain_reason, reported_as_store_error
from quizapp.store.schema import (
    APPLICATION_ID,
    MIGRATION_NAMES,
    MIGRATIONS,
    MIGRATIONS_TABLE,
    SCHEMA_VERSION,
)

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100
BUSY_TIMEOUT_S = 10.0
"""How long a writer waits for another one before giving up (writes take milliseconds)."""
CACHE_KIB = 16_384
"""Page cache per connection: teacher reports re-read the same pages while they aggregate."""


def _has_recovery_file(path: Path) -> bool:
    """True when a non-empty WAL or rollback journal sits beside `path`."""
    for suffix in ("-wal", "-journal"):
        sidecar = path.with_name(path.name + suffix)
        with contextlib.suppress(OSError):
            if sidecar.stat().st_size > 0:
                return True
    return False


def check_file(path: Path) -> None:
    """Refuse, without opening it, a file that is not an SQLite database or is visibly truncated."""
    if not path.exists():
        return
    if not path.is_file():
        raise StoreError(path, "is not a file")
    with reported_as_store_error(path, "read the file"), path.open("rb") as handle:
        header = handle.read(HEADER_SIZE)
        size = handle.seek(0, 2)
    if size == 0:
        return  # SQLite treats an empty file as a new database
    if not header.startswith(SQLITE_MAGIC):
        raise StoreError(path, "is not a quizapp score database (not an SQLite file); it was left unchanged")
    if len(header) < HEADER_SIZE:
        raise StoreError(path, "is damaged: it is too short to be a database (truncated?); it was left unchanged")
    if _has_recovery_file(path):
        return  # a crash mid-checkpoint or mid-commit: SQLite completes it from the WAL or journal on open
    (page_size,) = struct.unpack(">H", header[16:18])
    page_size = 65536 if page_size == 1 else page_size
    change_counter, page_count = struct.unpack(">II", header[24:32])
    (valid_for,) = struct.unpack(">I", header[92:96])
    truncated = size % page_size != 0 if page_size else True
    if page_count and valid_for == change_counter:
        truncated = truncated or size < page_count * page_size
    if truncated:
        raise StoreError(
            path, "is damaged: the file is shorter than its header says (truncated?); it was left unchanged"
        )


def _pragma(db: Database, name: str) -> int:
    return int(db.conn.execute(f"PRAGMA {name}").fetchone()[0])


def check_ownership_and_version(db: Database, path: Path) -> None:
    """Refuse another program's database and one written by a newer quizapp; reads only."""
    application_id = _pragma(db, "application_id")
    tables = set(db.table_names())
    foreign = application_id not in (0, APPLICATION_ID) or (
        application_id == 0 and tables and MIGRATIONS_TABLE not in tables
    )
    if foreign:
        raise StoreError(path, "is an SQLite database of another program, not a quizapp score database; left unchanged")
    applied = {migration.name for migration in MIGRATIONS.applied(db)}
    user_version = _pragma(db, "user_version")
    if user_version > SCHEMA_VERSION or applied - set(MIGRATION_NAMES):
        raise StoreError(
            path,
            f"was written by a newer version of quizapp (schema version {max(user_version, len(applied))}; "
            f"this version understands up to {SCHEMA_VERSION}). Update quizapp to open it; it was left unchanged.",
        )


@contextlib.contextmanager
def write_transaction(db: Database) -> Iterator[Database]:
    """``BEGIN IMMEDIATE`` … ``COMMIT``: takes the write lock up front, so waiting writers queue
    on the busy timeout instead of failing with "database is locked" halfway through. Inside a
    transaction already open (a batch), it joins that one."""
    conn = db.conn
    if conn.in_transaction:  # inside a caller's transaction (a batch of writes): that one commits
        yield db
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def _needs_migration(db: Database) -> bool:
    return (
        bool(MIGRATIONS.pending(db))
        or _pragma(db, "user_version") != SCHEMA_VERSION
        or _pragma(db, "application_id") != APPLICATION_ID
    )


def migrate(db: Database) -> None:
    """Apply pending migrations and record the schema version, all in one transaction."""
    if not _needs_migration(db):
        return
    with write_transaction(db):
        MIGRATIONS.apply(db)  # checks again what is pending, now under the write lock
        db.conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        db.conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")


def _connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    if read_only:
        return sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S, isolation_level=None
        )
    return sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None)


def _enable_wal(db: Database) -> None:
    """Switch to the WAL journal, retrying while another process does the same: SQLite answers
    "database is locked" at once there (no busy wait), when several processes open a new file together."""
    deadline = time.monotonic() + BUSY_TIMEOUT_S
    while True:
        try:
            db.enable_wal()
            return
        except sqlite3.OperationalError as exc:
            if getattr(exc, "sqlite_errorcode", 0) & 0xFF != sqlite3.SQLITE_BUSY or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def _open(path: Path, *, read_only: bool) -> Database:
    check_file(path)
    new = not read_only and not path.exists()
    if not read_only:
        with reported_as_store_error(path, "create the folder for the score database"):
            path.parent.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
    try:
        conn = _connect(path, read_only=read_only)
        if new:
            make_private(path)  # before anything is written (SQLite gives its WAL files the same mode)
    except sqlite3.Error as exc:
        raise StoreError(path, f"could not open the score database: {plain_reason(exc)}") from exc
    db = Database(conn, execute_plugins=False)
    try:
        with reported_as_store_error(path, "open the score database"):
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
            check_ownership_and_version(db, path)
            if read_only:
                return db
            if db.journal_mode != "wal":
                _enable_wal(db)
                if db.journal_mode != "wal":
                    raise StoreError(path, "could not switch the database to its WAL journal")
            conn.execute("PRAGMA synchronous = FULL")
            migrate(db)
    except BaseException:
        conn.close()
        raise
    return db


def open_database(path: Path) -> Database:
    """Open (creating if needed) the score database at `path`, migrated to this app's schema."""
    return _open(path, read_only=False)


def open_read_only(path: Path) -> Database:
    """Open another desk's database for reading; it is checked but never migrated or changed."""
    if not path.is_file():
        raise StoreError(path, "no such file")
    db = _open(path, read_only=True)
    try:
        if not MIGRATIONS.applied(db):
            raise StoreError(path, "is not a quizapp score database (it has no score tables)")
        # An older desk's database is read as it is: the desk schema checks its rows, and columns that
        # later versions added are optional there.
    except BaseException:
        db.close()
        raise
    return db
