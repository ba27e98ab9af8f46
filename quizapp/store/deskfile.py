"""A desk's results as one file, to carry to another computer and merge there.

Two kinds of file can be merged: a quizapp score database itself (opened read-only, never
changed), or a desk export written by ``quizapp results export --desk FILE``: a JSON
document ``{"format": "quizapp-scores/1", "schema_version": …, "tables": {name: [rows]}}``
holding every row of every table.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from quizapp import __version__
from quizapp.fileio import UnreadableFile, atomic_write_text, check_regular, read_limited
from quizapp.store.connection import SQLITE_MAGIC, open_read_only
from quizapp.store.errors import StoreError, reported_as_store_error
from quizapp.store.schema import (
    ANSWERS,
    ATTEMPTS,
    CLASS_MEMBERS,
    CLASSES,
    ITEM_SNAPSHOTS,
    SCHEMA_VERSION,
    SESSIONS,
    STUDENTS,
)

DESK_FORMAT = "quizapp-scores/1"
MAX_DESK_JSON_BYTES = 256 * 1024 * 1024  # a desk export of some hundred thousand answers stays far below
TABLES = (STUDENTS, CLASSES, CLASS_MEMBERS, SESSIONS, ITEM_SNAPSHOTS, ATTEMPTS, ANSWERS)
"""Every table a desk file carries, in an order where rows only refer to rows before them."""


@dataclass
class DeskData:
    """Every row of a desk's score tables."""

    source: str
    tables: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def rows(self, table: str) -> list[dict[str, Any]]:
        return self.tables.get(table, [])


MAX_DESK_ROWS = 2_000_000  # per table; the desk schema has the same limit


def read_tables(db: Database, source: object = None) -> dict[str, list[dict[str, Any]]]:
    """Every row of every desk table. Another desk's file must hold real tables (a view could loop for ever)
    of at most `MAX_DESK_ROWS` rows each."""
    kinds = dict(db.execute("SELECT name, type FROM sqlite_master WHERE type IN ('table', 'view')").fetchall())
    tables = {}
    for table in TABLES:
        if source is not None and kinds.get(table) != "table":
            raise StoreError(source, f"is not a quizapp score database ('{table}' is not a table)")
        if source is None:  # this desk's own database, for its export: every row
            tables[table] = list(db.query(f"SELECT * FROM {table} ORDER BY rowid"))
            continue
        rows = list(db.query(f"SELECT * FROM {table} ORDER BY rowid LIMIT {MAX_DESK_ROWS + 1}"))
        if len(rows) > MAX_DESK_ROWS:
            raise StoreError(source, f"has more than {MAX_DESK_ROWS:,} rows in '{table}'")
        tables[table] = rows
    return tables


def desk_document(db: Database, exported_at: str) -> dict[str, Any]:
    return {
        "format": DESK_FORMAT,
        "schema_version": SCHEMA_VERSION,
        "app_version": __version__,
        "exported_at": exported_at,
        "tables": read_tables(db),
    }


def write_desk_file(path: Path, db: Database, exported_at: str) -> None:
    """Write every row of `db` to `path` as a desk export (atomically)."""
    atomic_write_text(path, json.dumps(desk_document(db, exported_at), ensure_ascii=False) + "\n")


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number a desk file may hold")


def _from_json(path: Path, text: str) -> DeskData:
    try:
        document = json.loads(text, parse_constant=_no_constant)
    except ValueError:
        raise StoreError(path, "is neither a quizapp score database nor a desk export") from None
    except RecursionError:
        raise StoreError(path, "is nested too deeply to be a desk export") from None
    if not isinstance(document, dict) or document.get("format") != DESK_FORMAT:
        raise StoreError(path, f"is not a quizapp desk export (expected format {DESK_FORMAT})")
    version = document.get("schema_version")
    if not isinstance(version, int) or version > SCHEMA_VERSION:
        raise StoreError(
            path, f"was exported by a newer version of quizapp (schema version {version}); update quizapp to merge it"
        )
    tables = document.get("tables")
    if not isinstance(tables, dict) or not all(
        isinstance(rows, list) and all(isinstance(row, dict) for row in rows) for rows in tables.values()
    ):
        raise StoreError(path, "is a damaged desk export (its tables are not lists of rows)")
    return DeskData(str(path), {table: tables.get(table) or [] for table in TABLES})


def read_desk_file(path: Path) -> DeskData:
    """Read a score database (read-only) or a desk export."""
    with reported_as_store_error(path, "read the file"):
        try:
            check_regular(path)
            with path.open("rb") as handle:
                start = handle.read(len(SQLITE_MAGIC))
            if start != SQLITE_MAGIC:  # a desk export (JSON): read whole, up to its limit
                text = read_limited(path, MAX_DESK_JSON_BYTES, "desk export").decode("utf-8-sig", errors="replace")
                return _from_json(path, text)
        except UnreadableFile as exc:
            raise StoreError(path, exc.reason) from None
    db = open_read_only(path)
    try:
        with reported_as_store_error(path, "read the score database"):
            return DeskData(str(path), read_tables(db, path))
    finally:
        db.close()
