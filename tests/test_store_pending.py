"""PendingAnswers: answers wait in memory while saving fails, and are retried in order."""

from __future__ import annotations

import pytest

from quizapp.store import PendingAnswers, StoreError


class FlakyDisk:
    """A save function that fails while `full` is set."""

    def __init__(self) -> None:
        self.full = False
        self.saved: list[str] = []

    def __call__(self, record: str) -> None:
        if self.full:
            raise StoreError("/data/quizapp.db", "could not save the answer: the disk is full")
        self.saved.append(record)


def test_saves_straight_through_when_all_is_well():
    disk = FlakyDisk()
    pending = PendingAnswers(disk)
    status = pending.save("a1")
    assert (status.saved, status.waiting, status.error, status.ok) == (1, 0, None, True)
    assert disk.saved == ["a1"]


def test_keeps_answers_while_saving_fails_and_saves_them_in_order_later():
    disk = FlakyDisk()
    pending = PendingAnswers(disk)
    pending.save("a1")
    disk.full = True
    assert pending.save("a2").waiting == 1
    status = pending.save("a3")
    assert (status.saved, status.waiting, status.ok) == (0, 2, False)
    assert "disk is full" in status.error
    assert "/data/quizapp.db" in pending.last_error
    assert pending.waiting == ("a2", "a3")
    disk.full = False
    status = pending.save("a4")
    assert (status.saved, status.waiting) == (3, 0)
    assert disk.saved == ["a1", "a2", "a3", "a4"]
    assert pending.last_error is None


def test_retry_without_a_new_answer():
    disk = FlakyDisk()
    pending = PendingAnswers(disk)
    disk.full = True
    pending.save("a1")
    disk.full = False
    assert pending.retry().saved == 1
    assert pending.retry().saved == 0


def test_other_errors_are_not_swallowed():
    def broken(record: str) -> None:
        raise RuntimeError("a bug")

    pending = PendingAnswers(broken)
    with pytest.raises(RuntimeError):
        pending.save("a1")
    assert pending.waiting == ("a1",)
