"""Run slow work (spaCy, imports, exports) off the UI thread and report back with signals."""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal


class Cancelled(Exception):
    """Raised inside a job when the user cancelled it."""


class JobControl:
    """Handed to a job: report progress, and check whether the user cancelled."""

    def __init__(self, progress: Callable[[int, str], None], deliver: Callable[[object], None] | None = None) -> None:
        self._progress = progress
        self._deliver = deliver
        self._cancelled = threading.Event()

    def deliver(self, result: object) -> None:
        """Hand the UI a result before the job ends (it goes on with work the UI need not wait for)."""
        if self._deliver is not None:
            self._deliver(result)

    def report(self, percent: int, message: str) -> None:
        self.raise_if_cancelled()
        self._progress(percent, message)

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def raise_if_cancelled(self) -> None:
        if self._cancelled.is_set():
            raise Cancelled


class Job(QObject):
    """A function run in its own thread. Signals arrive on the UI thread."""

    progress = Signal(int, str)
    delivered = Signal(object)  # a result handed over while the job goes on (`JobControl.deliver`)
    succeeded = Signal(object)
    failed = Signal(str, str)  # message, details
    cancelled = Signal()
    finished = Signal()

    def __init__(self, function: Callable[[JobControl], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._function = function
        self.control = JobControl(self.progress.emit, self.delivered.emit)
        self._thread = QThread()
        self._thread.setObjectName("quizapp-job")
        self._thread.run = self._run  # type: ignore[method-assign]
        self._thread.finished.connect(self.finished.emit)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        self.control.cancel()

    def wait(self, msecs: int = 30000) -> bool:
        return self._thread.wait(msecs)

    def is_running(self) -> bool:
        return self._thread.isRunning()

    def _run(self) -> None:
        try:
            result = self._function(self.control)
        except Cancelled:
            self.cancelled.emit()
        except Exception as exc:  # reported to the user as a message, details kept for the log
            self.failed.emit(str(exc) or exc.__class__.__name__, traceback.format_exc())
        else:
            if self.control.cancelled:
                self.cancelled.emit()
            else:
                self.succeeded.emit(result)
