"""Teacher mode behind a PIN: choose it on first use, unlock, change it, and the reset file at start-up."""

from __future__ import annotations

from pathlib import Path

from quizapp.errors import QuizappError
from quizapp.paths import data_dir
from quizapp.store import ScoreStore
from quizapp.teacher.pin import consume_reset, hash_pin, pin_problem, reset_requested, verify_pin


class PinError(QuizappError):
    """A PIN that is not acceptable, or a wrong current PIN when changing it."""


class TeacherAccess:
    """The teacher PIN of one desk: only its salted hash is kept, in the score database."""

    def __init__(self, store: ScoreStore, folder: Path | None = None) -> None:
        self.store = store
        self.folder = folder if folder is not None else data_dir()

    def has_pin(self) -> bool:
        """False until a teacher chose a PIN (the teacher tools then ask for one)."""
        return self.store.teacher_pin_hash() is not None

    def set_pin(self, pin: str) -> None:
        """Choose the PIN (first use, or after a reset); `PinError` when it is too weak."""
        problem = pin_problem(pin)
        if problem:
            raise PinError(problem)
        self.store.set_teacher_pin_hash(hash_pin(pin))

    def unlock(self, pin: str) -> bool:
        """True when `pin` is the teacher PIN."""
        stored = self.store.teacher_pin_hash()
        return stored is not None and verify_pin(pin, stored)

    def change_pin(self, current: str, new: str) -> None:
        if not self.unlock(current):
            raise PinError("The current PIN is not right.")
        self.set_pin(new)

    def apply_reset_file(self) -> bool:
        """At start-up: when the reset file is in the data folder, clear the PIN and delete the file."""
        if not reset_requested(self.folder):
            return False
        self.store.clear_teacher_pin()
        consume_reset(self.folder)
        return True
