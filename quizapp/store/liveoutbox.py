"""The desk's side of a live session in its database: records waiting for the host's acknowledgement."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sqlite_utils import Database

from quizapp.store.connection import write_transaction
from quizapp.store.schema import LIVE_OUTBOX


def queue(db: Database, host: str, token: str, record: dict[str, Any], *, now: str) -> None:
    """Keep `record` until the host at `host` acknowledges it (queuing it again changes nothing)."""
    with write_transaction(db):
        db.conn.execute(
            f"INSERT INTO {LIVE_OUTBOX} (id, host, token, record, queued_at) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT DO NOTHING",
            [record["id"], host, token, json.dumps(record, ensure_ascii=False), now],
        )


def acknowledged(db: Database, ids: Iterable[str]) -> None:
    with write_transaction(db):
        db.conn.executemany(f"DELETE FROM {LIVE_OUTBOX} WHERE id = ?", [(record_id,) for record_id in ids])


def forget(db: Database, token: str) -> None:
    """Stop keeping a session's records for its host (it ended; the answers stay in this desk's results)."""
    with write_transaction(db):
        db.conn.execute(f"DELETE FROM {LIVE_OUTBOX} WHERE token = ?", [token])


def waiting(db: Database) -> dict[tuple[str, str], list[dict[str, Any]]]:
    """The records still waiting, by (host, token), oldest first."""
    found: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for host, token, record in db.conn.execute(
        f"SELECT host, token, record FROM {LIVE_OUTBOX} ORDER BY queued_at, rowid"
    ):
        found.setdefault((host, token), []).append(json.loads(record))
    return found
