"""Following a teacher-paced live session on a desk: the host's events, turned into Qt signals.

The events arrive on a background thread (a long-lived HTTP stream); the signals reach the quiz page on
the GUI thread. A dropped stream is opened again, and the host's current state comes first on each.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal

from quizapp.live.protocol import LiveError


class PaceFollower(QObject):
    """The teacher's pace: which item the host shows, what it revealed, and when the session ends."""

    moved = Signal(int)  # the position the host shows
    revealed = Signal(int, object)  # position, {choice: count}
    ended = Signal()

    def __init__(self, client, token: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.client = client
        self.token = token
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="quizapp-live-pace", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()

    def _run(self) -> None:
        delay = 0.2
        while not self._stop.is_set():
            try:
                for event in self.client.events(self.token):
                    if self._stop.is_set():
                        return
                    delay = 0.2
                    kind = event.get("type")
                    if kind in ("state", "item") and isinstance(event.get("position"), int):
                        self.moved.emit(event["position"])
                    elif kind == "reveal" and isinstance(event.get("position"), int):
                        self.revealed.emit(event["position"], dict(event.get("distribution") or {}))
                    if kind == "end" or (kind == "state" and event.get("ended")):
                        self.ended.emit()
                        return
            except LiveError:
                pass
            if self._stop.wait(delay):  # the stream dropped (or the host restarts): open it again
                return
            delay = min(3.0, delay * 2)
