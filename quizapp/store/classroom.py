"""Classroom sessions with a quiz plan: the banks, settings and seed every student of the session gets.

A plan is stored on the session row (``banks``, ``settings``, ``seed``, ``shuffle``,
``closed_at``), so desk exports and merges carry it like any other session column.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from quizapp.store.connection import write_transaction
from quizapp.store.roster import ClassroomSession, RosterError, find_class, find_session
from quizapp.store.schema import CLASSES, SESSIONS


@dataclass(frozen=True)
class SessionPlan:
    """Everything needed to give each student of a classroom session the same quiz."""

    uuid: str
    name: str
    class_name: str | None
    bank_ids: list[str]
    settings: dict[str, Any]
    seed: int
    shuffle: bool
    closed: bool
    class_uuid: str | None = None
    created_at: str = ""
    closed_at: str | None = None


def create_planned_session(
    db: Database,
    name: str,
    class_key: str | None,
    bank_ids: list[str],
    settings: Mapping[str, Any],
    seed: int,
    shuffle: bool,
    *,
    uuid: str,
    now: str,
) -> ClassroomSession:
    """Create a named classroom session with its quiz plan."""
    name = " ".join(name.split())
    if not name:
        raise RosterError("a session needs a name")
    banks = [str(bank) for bank in bank_ids]
    if not banks:
        raise RosterError("a classroom session needs at least one bank")
    try:
        settings_json = json.dumps(dict(settings), ensure_ascii=False, sort_keys=True)
    except (TypeError, ValueError) as exc:
        raise RosterError(f"the session settings cannot be stored ({exc})") from None
    class_uuid = None
    if class_key:
        group = find_class(db, class_key)
        if group is None:
            raise RosterError(f"no class {class_key!r}")
        class_uuid = group.uuid
    with write_transaction(db):
        db[SESSIONS].insert(
            {
                "uuid": uuid,
                "name": name,
                "class": class_uuid,
                "created_at": now,
                "banks": json.dumps(banks, ensure_ascii=False),
                "settings": settings_json,
                "seed": int(seed),
                "shuffle": int(bool(shuffle)),
                "closed_at": None,
            }
        )
    return ClassroomSession(uuid, name, class_uuid, now)


_PLAN_SQL = f"""
SELECT s.uuid, s.name, s.class, c.name AS class_name, s.created_at, s.banks, s.settings, s.seed, s.shuffle,
       s.closed_at
FROM {SESSIONS} s LEFT JOIN {CLASSES} c ON c.uuid = s.class
"""


def _plan(row: dict[str, Any]) -> SessionPlan:
    return SessionPlan(
        uuid=row["uuid"],
        name=row["name"],
        class_name=row["class_name"],
        bank_ids=[str(bank) for bank in json.loads(row["banks"])],
        settings=dict(json.loads(row["settings"] or "{}")),
        seed=int(row["seed"] or 0),
        shuffle=bool(row["shuffle"]),
        closed=row["closed_at"] is not None,
        class_uuid=row["class"],
        created_at=row["created_at"],
        closed_at=row["closed_at"],
    )


def session_plan(db: Database, key: str) -> SessionPlan:
    """The plan of the classroom session with this uuid or name; `RosterError` if none."""
    session = find_session(db, key)
    if session is None:
        raise RosterError(f"no classroom session {key!r}")
    row = next(iter(db.query(_PLAN_SQL + "WHERE s.uuid = ?", [session.uuid])))
    if row["banks"] is None:
        raise RosterError(f"the classroom session {session.name!r} has no quiz plan (no banks were chosen)")
    return _plan(row)


def open_sessions(db: Database, *, live: bool = False) -> list[ClassroomSession]:
    """Classroom sessions with a quiz plan that are not closed, newest first: those students take on this
    desk, or (`live`) the live sessions this desk hosts for other desks."""
    kind = "IS NOT NULL" if live else "IS NULL"
    rows = db.query(
        f"SELECT uuid, name, class AS class_uuid, created_at FROM {SESSIONS} "
        f"WHERE banks IS NOT NULL AND closed_at IS NULL AND json_extract(settings, '$.live') {kind} "
        "ORDER BY created_at DESC, name"
    )
    return [ClassroomSession(**row) for row in rows]


def close_session(db: Database, key: str, *, now: str) -> None:
    """Close a classroom session (closing it again keeps the first closing time)."""
    session = find_session(db, key)
    if session is None:
        raise RosterError(f"no classroom session {key!r}")
    with write_transaction(db):
        db.conn.execute(
            f"UPDATE {SESSIONS} SET closed_at = ? WHERE uuid = ? AND closed_at IS NULL", [now, session.uuid]
        )
