"""Answers waiting to be saved: kept in memory when saving fails, retried on the next save.

The GUI passes every record a quiz session returns (attempt start, answers, attempt end)
through one `PendingAnswers`. When the disk is full or the database is briefly unavailable,
the records stay queued, in order, and the quiz goes on; each later save retries the queue
first. Saving is idempotent in the store, so a retry never duplicates anything.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from quizapp.store.errors import StoreError

Record = TypeVar("Record")


@dataclass(frozen=True)
class SaveStatus:
    """After a save: how many records were written now, how many still wait, and why."""

    saved: int
    waiting: int
    error: str | None

    @property
    def ok(self) -> bool:
        return self.waiting == 0


class PendingAnswers(Generic[Record]):
    """A first-in, first-out queue of records in front of a `save` function that may fail."""

    def __init__(self, save: Callable[[Record], None]) -> None:
        self._save = save
        self._queue: deque[Record] = deque()
        self.last_error: str | None = None

    @property
    def waiting(self) -> tuple[Record, ...]:
        return tuple(self._queue)

    def save(self, record: Record) -> SaveStatus:
        """Queue `record` behind any that wait, then try to save them all in order."""
        self._queue.append(record)
        return self.retry()

    def retry(self) -> SaveStatus:
        """Try again to save what waits; stop at the first failure (a `StoreError`)."""
        saved = 0
        while self._queue:
            try:
                self._save(self._queue[0])
            except StoreError as exc:
                self.last_error = str(exc)
                return SaveStatus(saved, len(self._queue), self.last_error)
            self._queue.popleft()
            saved += 1
        self.last_error = None
        return SaveStatus(saved, 0, None)
