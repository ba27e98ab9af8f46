"""The score store's one error: what went wrong, in plain words, naming the database file."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from quizapp.errors import QuizappError

# Primary SQLite result codes (https://www.sqlite.org/rescode.html) and what they mean to a user.
_REASONS = {
    3: "permission denied",
    5: "another program kept the database busy for too long; try again",
    6: "another program kept the database locked for too long; try again",
    8: "the file or its folder is read-only",
    10: "the disk reported an error while reading or writing",
    11: "the file is damaged (SQLite: database disk image is malformed)",
    13: "the disk is full",
    14: "the file cannot be opened (is its folder missing or read-only?)",
    19: "the data broke a rule of the database",
    26: "the file is not an SQLite database",
}


class StoreError(QuizappError):
    """The score database could not be opened, read or written; the message names the file."""

    def __init__(self, path: object, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


def plain_reason(exc: sqlite3.Error) -> str:
    """A user-facing reason for an SQLite error."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None and code & 0xFF in _REASONS:
        return _REASONS[code & 0xFF]
    return str(exc) or exc.__class__.__name__


@contextlib.contextmanager
def reported_as_store_error(path: Path | str, doing: str) -> Iterator[None]:
    """Turn SQLite and OS errors raised inside the block into a `StoreError` about `path`."""
    try:
        yield
    except sqlite3.Error as exc:
        raise StoreError(path, f"could not {doing}: {plain_reason(exc)}") from exc
    except OSError as exc:
        raise StoreError(path, f"could not {doing}: {exc.strerror or exc}") from exc
