"""What every screen shares: settings, the score store, the bank library, the student, time and chance.

The store and the library open on first use, so the window can appear before they are read.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from quizapp.errors import QuizappError
from quizapp.paths import bundled_banks_dir, database_path, ensure_dir, user_banks_dir
from quizapp.settings import Settings

if TYPE_CHECKING:
    from quizapp.library import BankEntry, BankLibrary
    from quizapp.store import ScoreStore
    from quizapp.store.pending import PendingAnswers
    from quizapp.store.roster import Student


def _random_seed() -> int:
    return random.SystemRandom().randrange(1, 2**31)


class AppContext:
    """Shared state; time (`clock`) and chance (`new_seed`) are injected so tests control them."""

    def __init__(
        self,
        settings: Settings,
        store: ScoreStore | None = None,
        library: BankLibrary | None = None,
        *,
        db_path: Path | None = None,
        clock: Callable[[], float] = time.time,
        new_seed: Callable[[], int] = _random_seed,
    ) -> None:
        self.settings = settings
        self.clock = clock
        self.new_seed = new_seed
        self.student: Student | None = None  # None: guest
        self.live_desk: object | None = None  # the live session this desk joined (quizapp.live.desk.LiveDesk)
        self._store = store
        self._library = library
        self._preview: list[BankEntry] | None = None
        self._previewed = False
        self._pending: PendingAnswers | None = None
        self.saved_listeners: list[Callable[[], None]] = []  # told after each record reaches the store
        # The data folder is fixed for this run; a new one in the settings applies from the next start.
        self._data_folder = settings.data_folder
        self.db_path = db_path or (Path(self._data_folder) / "quizapp.db" if self._data_folder else database_path())

    @property
    def store(self) -> ScoreStore:
        """The score database (opened on first use; raises `StoreError` if it cannot be)."""
        if self._store is None:
            from quizapp.store import ScoreStore

            self._store = ScoreStore.open(self.db_path, clock=self.clock)
        return self._store

    @property
    def store_ready(self) -> bool:
        return self._store is not None

    @property
    def library(self) -> BankLibrary:
        """The bundled banks and the user's banks (read here if the window's background load has not yet)."""
        if self._library is None:
            self._library = self.read_library()
        return self._library

    @property
    def library_ready(self) -> bool:
        return self._library is not None

    def library_folders(self) -> list[Path]:
        return [bundled_banks_dir(), self.user_banks()]

    def _unread_library(self) -> BankLibrary:
        from quizapp.banks.checkcache import CheckCache
        from quizapp.banks.summaries import SummaryIndex
        from quizapp.library import BankLibrary
        from quizapp.paths import bank_checks_dir, bank_summaries_path

        cache = CheckCache(bank_checks_dir())
        summaries = SummaryIndex(bank_summaries_path(), cache.checker)
        return BankLibrary(self.library_folders(), bundled=bundled_banks_dir(), cache=cache, summaries=summaries)

    def read_library(
        self, deliver: Callable[[BankLibrary], None] | None = None, listed: threading.Event | None = None
    ) -> BankLibrary:
        """Read every bank (safe to run off the UI thread: it touches no Qt object and no shared state). With
        `deliver`, the library is handed to it as soon as it is read, and the records of the banks checked (for
        the next start) are written after that: once `listed` is set (the window shows the banks), so that
        writing them does not slow the listing down, or after ten seconds at most."""
        library = self._unread_library()
        library.reload_all(keep=deliver is None)
        if deliver is not None:
            deliver(library)
            if listed is not None:
                listed.wait(10.0)
            library.keep_found()
        return library

    def library_preview(self) -> list[BankEntry] | None:
        """While the banks are being read: the entries their last clean read listed, when no bank file changed
        since (see `BankLibrary.preview`); None when the library must wait for the read. Worked out once."""
        if not self._previewed:
            self._previewed = True
            try:
                self._preview = self._unread_library().preview()
            except (OSError, QuizappError):  # the data folder cannot be made, say: the read reports it
                self._preview = None
        return self._preview

    def set_library(self, library: BankLibrary, *, replace: bool = False) -> None:
        """The library read in the background (one read meanwhile is kept, unless `replace`)."""
        if self._library is None or replace:
            self._library = library

    @property
    def pending(self) -> PendingAnswers:
        """Answers on their way to the store; kept in memory and retried if saving fails."""
        if self._pending is None:
            from quizapp.store.pending import PendingAnswers

            self._pending = PendingAnswers(self._save_record)
        return self._pending

    def pending_if_any(self) -> PendingAnswers | None:
        """The pending queue if anything was ever saved (without opening the store)."""
        return self._pending

    def _save_record(self, record: object) -> None:
        # Opens the store on first use, so a store that cannot open is a save that fails (and waits).
        self.store.save(record)  # type: ignore[arg-type]
        for listener in self.saved_listeners:
            listener()

    @property
    def student_name(self) -> str:
        return self.student.name if self.student else "Guest"

    def data_folder(self) -> Path:
        """The folder of the score database (where the teacher-PIN reset file goes)."""
        return self.db_path.parent

    def user_banks(self) -> Path:
        """Where imported and new banks go."""
        if self._data_folder:
            return ensure_dir(Path(self._data_folder) / "banks")
        return ensure_dir(user_banks_dir())

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
