"""This desk's own key/value settings (the teacher PIN hash). They stay on the desk: desk exports leave them out."""

from __future__ import annotations

from sqlite_utils import Database

from quizapp.store.connection import write_transaction
from quizapp.store.schema import APP_SETTINGS

TEACHER_PIN = "teacher_pin"


def get_setting(db: Database, key: str) -> str | None:
    found = db.conn.execute(f"SELECT value FROM {APP_SETTINGS} WHERE key = ?", [key]).fetchone()
    return found[0] if found else None


def set_setting(db: Database, key: str, value: str) -> None:
    with write_transaction(db):
        db.conn.execute(
            f"INSERT INTO {APP_SETTINGS} (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [key, value],
        )


def delete_setting(db: Database, key: str) -> None:
    with write_transaction(db):
        db.conn.execute(f"DELETE FROM {APP_SETTINGS} WHERE key = ?", [key])
