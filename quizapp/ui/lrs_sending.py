"""Sending answers to the school's LRS in the background, while "send automatically" is on.

Each recorded answer asks for a run (runs close together are one). A run opens its own connection to
the score database off the UI thread and sends what the LRS has not acknowledged. While the LRS cannot
be reached it tries again later, waiting longer each time (5 s, 15 s, 1 min, then every 5 min); when
the LRS refused statements, the next try waits the longest time, whatever is recorded meanwhile; a
refused password or a wrong address waits for the teacher to change the settings. The status bar says
how many answers wait.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from quizapp.plural import count
from quizapp.ui.workers import Job, JobControl

BACKOFF_SECONDS = (5.0, 15.0, 60.0, 300.0)
GATHER_SECONDS = 1.0  # answers recorded within this time go in one run
REQUEST_SECONDS = 10.0  # one request's time limit: closing the app waits at most this long for a run


def _in_words(seconds: float) -> str:
    if seconds < 60:
        return count(round(seconds), "second")
    return count(round(seconds / 60), "minute")


@dataclass(frozen=True)
class _Run:
    generation: int
    report: object  # quizapp.xapi.sender.SendReport
    waiting: int
    password: str | None  # as found (keyring, environment): not looked up again by the next run


def _send(db_path: Path, generation: int, config: object, password: str | None, control: JobControl) -> _Run:
    from quizapp.store import ScoreStore
    from quizapp.store.lrsqueue import ANSWERED
    from quizapp.xapi.config import LrsConfig, credentials
    from quizapp.xapi.lrs import LrsClient, LrsError
    from quizapp.xapi.sender import SendReport, send_waiting

    assert isinstance(config, LrsConfig)
    with ScoreStore.open(db_path) as store:
        try:
            user, secret = credentials(config.address, config.user, password, config=config, environ=os.environ)
            client = LrsClient(config.address, user, secret, timeout=REQUEST_SECONDS)
        except LrsError as error:
            report = SendReport(stopped=str(error), lasting=True)
            return _Run(generation, report, store.lrs_count_waiting(config.endpoint, ANSWERED), None)
        report = send_waiting(store, client, config.statement_settings(), stop=lambda: control.cancelled)
        return _Run(generation, report, store.lrs_count_waiting(client.endpoint, ANSWERED), secret)


class LrsSending(QObject):
    """Keeps the LRS fed while "send automatically" is on; `status` is the status bar's line."""

    statusChanged = Signal(str)
    ranOnce = Signal(object)  # the SendReport of a finished run

    def __init__(
        self,
        db_path: Path,
        parent: QObject | None = None,
        *,
        backoff: tuple[float, ...] | None = None,
        gather: float | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._db_path = db_path
        self._backoff = backoff or BACKOFF_SECONDS
        self._gather = GATHER_SECONDS if gather is None else gather
        self._config: object | None = None
        self._password: str | None = None
        self._generation = 0  # settings changed: a run under the old ones no longer counts
        self._job: Job | None = None
        self._again = False
        self._failures = 0
        self._resting = False  # waiting out a refusal or an outage: new answers do not start a run
        self._halted = False  # a refused password or a wrong address: nothing until the settings change
        self.status = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._run)

    @property
    def active(self) -> bool:
        return self._config is not None

    def configure(self, config: object | None, password: str | None = None) -> None:
        """Send with `config` (a `LrsConfig` with auto_send on), or stop sending (None)."""
        from quizapp.xapi.config import LrsConfig

        wanted = isinstance(config, LrsConfig) and config.auto_send and bool(config.address)
        self._config = config if wanted else None
        self._password = password
        self._generation += 1
        self._failures = 0
        self._again = False
        self._resting = self._halted = False
        self._timer.stop()
        if self._config is None:
            self._set_status("")
            return
        self._timer.start(0)

    def answer_recorded(self) -> None:
        """A new answer is in the database: send it soon (unless waiting for the LRS to come back)."""
        if self._config is None or self._halted or self._resting:
            return
        if self._job is not None:
            self._again = True
        else:
            self._timer.start(round(self._gather * 1000))

    def _run(self) -> None:
        self._resting = False
        if self._config is None:
            return
        if self._job is not None:
            self._again = True
            return
        generation, config, password = self._generation, self._config, self._password
        job = Job(lambda control: _send(self._db_path, generation, config, password, control), self)
        job.succeeded.connect(self._finished)
        job.failed.connect(lambda message, _details: self._failed(generation, message))
        job.finished.connect(lambda: self._job_ended(job))
        self._job = job
        job.start()

    def _job_ended(self, job: Job) -> None:
        if self._job is job:
            self._job = None
        job.deleteLater()
        if self._again and not self._timer.isActive() and self._config is not None:
            self._again = False
            self._timer.start(round(self._gather * 1000))

    def _finished(self, run: _Run) -> None:
        self.ranOnce.emit(run.report)
        if self._config is None or run.generation != self._generation:
            return
        if run.password:
            self._password = run.password
        waiting_text = f"{count(run.waiting, 'answer')} waiting to be sent to the LRS"
        stopped = getattr(run.report, "stopped", None)
        if stopped and getattr(run.report, "lasting", False):
            self._halted = True
            self._again = False
            self._set_status(f"{waiting_text}: {stopped}. Check Settings.")
            return
        if stopped:
            self._retry_later(waiting_text, stopped)
            return
        self._failures = 0
        rejected = getattr(run.report, "rejected", [])
        if rejected:  # tried again, but not before the longest wait: the LRS may refuse them again
            self._set_status(f"{waiting_text}: it refused {count(len(rejected), 'statement')} ({rejected[0]})")
            self._rest(self._backoff[-1])
            return
        if run.waiting:
            self._set_status(waiting_text)
        elif getattr(run.report, "done", 0):  # something went: say so, and when
            self._set_status(f"All answers sent to the LRS ({datetime.fromtimestamp(self._clock()):%H:%M})")

    def _failed(self, generation: int, message: str) -> None:
        if self._config is not None and generation == self._generation:
            self._retry_later("Answers are waiting to be sent to the LRS", message)

    def _retry_later(self, waiting_text: str, reason: str) -> None:
        delay = self._backoff[min(self._failures, len(self._backoff) - 1)]
        self._failures += 1
        self._set_status(f"{waiting_text} ({reason}; trying again in {_in_words(delay)})")
        self._rest(delay)

    def _rest(self, seconds: float) -> None:
        self._again = False
        self._resting = True
        self._timer.start(round(seconds * 1000))

    def _set_status(self, text: str) -> None:
        if text != self.status:
            self.status = text
            self.statusChanged.emit(text)

    def stop(self) -> None:
        """Stop sending (the app is closing): a run in progress ends after its current request."""
        self._config = None
        self._timer.stop()
        job = self._job
        if job is not None and job.is_running():
            job.cancel()
            job.wait(round((REQUEST_SECONDS + 5) * 1000))
