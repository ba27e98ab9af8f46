"""What a desk uses to reach a live session's host: join, send records (resent until acknowledged), events.

Plain HTTP with the standard library, so that a desk needs no event loop: the GUI calls it from a
background thread. Network trouble raises `Unreachable` (the caller waits and tries again); a refusal
by the host raises `LiveError` with the host's message.
"""

from __future__ import annotations

import http.client
import json
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import quote, urlsplit

from quizapp.live.protocol import MAX_RECORDS, PROTOCOL, Joined, LiveError, VersionMismatch, version_problem


class Unreachable(LiveError):
    """The host did not answer (the network dropped, or the host is restarting)."""


class LiveClient:
    """A desk's connection to one host (``http://address:port``)."""

    def __init__(self, base_url: str, *, timeout: float = 5.0) -> None:
        parts = urlsplit(base_url if "://" in base_url else f"http://{base_url}")
        if parts.scheme != "http" or not parts.hostname:
            raise LiveError(f"{base_url!r} is not a host address such as 192.168.1.20:8765")
        self.host = parts.hostname
        self.port = parts.port or 80
        self.address = f"{self.host}:{self.port}"
        self.timeout = timeout

    def _request(self, method: str, path: str, body: dict[str, Any] | None = None) -> dict[str, Any]:
        connection = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
        try:
            payload = None if body is None else json.dumps({"protocol": PROTOCOL, **body}).encode()
            headers = {"Content-Type": "application/json"} if payload is not None else {}
            connection.request(method, path, body=payload, headers=headers)
            response = connection.getresponse()
            raw = response.read(8 * 1024 * 1024 + 1)
        except (OSError, http.client.HTTPException) as exc:
            raise Unreachable(f"the host {self.host}:{self.port} does not answer ({exc})") from None
        finally:
            connection.close()
        try:
            data = json.loads(raw)
        except ValueError:
            raise LiveError(f"the host answered something that is not JSON (HTTP {response.status})") from None
        problem = version_problem(data, we_are="desk")
        if problem:
            raise VersionMismatch(problem)
        if response.status >= 400:
            if response.status == 409 and "protocol" in str(data.get("error", "")):
                raise VersionMismatch(str(data["error"]))
            raise Refused(str(data.get("error") or f"the host refused (HTTP {response.status})"), response.status)
        return data

    def session(self) -> dict[str, Any]:
        """The session's name, bank title, pace and number of items."""
        return self._request("GET", "/v1/session")

    def join(self, code: str, student: str) -> Joined:
        data = self._request("POST", "/v1/join", {"code": code, "student": student})
        return Joined(
            token=data["token"],
            student_uuid=data["student"]["uuid"],
            student_name=data["student"]["name"],
            student_login=data["student"]["login"],
            session_uuid=data["session"]["uuid"],
            session_name=data["session"]["name"],
            bank_text=data["bank"],
            items=tuple(data["items"]),
            pace=data["pace"],
            feedback=bool(data["feedback"]),
            order_seed=data.get("order_seed"),
        )

    def send(self, token: str, records: list[dict[str, Any]]) -> list[str]:
        """Send records; the ids the host acknowledged (stored, or stored before)."""
        return list(self._request("POST", "/v1/records", {"token": token, "records": records}).get("acked") or [])

    def events(self, token: str) -> Iterator[dict[str, Any]]:
        """The host's server-sent events (teacher-paced sessions), until the session ends or the line drops."""
        connection = http.client.HTTPConnection(self.host, self.port, timeout=60)
        try:
            connection.request("GET", f"/v1/events?token={quote(token)}")
            response = connection.getresponse()
            if response.status != 200:
                raise LiveError(f"the host refused the events (HTTP {response.status})")
            while True:
                line = response.readline(64 * 1024)
                if not line:
                    return
                if line.startswith(b"data: "):
                    try:
                        event = json.loads(line[6:])
                    except ValueError:
                        raise LiveError("the host sent an event that is not JSON") from None
                    yield event
        except (OSError, http.client.HTTPException) as exc:
            raise Unreachable(f"the host {self.host}:{self.port} stopped answering ({exc})") from None
        finally:
            connection.close()


class Refused(LiveError):
    """The host refused a request for what it holds (not for the network): sending it again will not help."""

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


class Outbox:
    """Records waiting for the host's acknowledgement, sent in order and resent until acknowledged.

    A sending thread takes batches (at most MAX_RECORDS records and BATCH_BYTES of JSON); network trouble
    waits (doubling up to a few seconds) and tries again. A batch the host refuses is sent again one record
    at a time, so that one record the host will not take (it stays in the desk's own database, for a
    results merge) never holds back the others. The records are in the desk's database already, so
    nothing is lost while the host is away.
    """

    BATCH_BYTES = 48 * 1024

    def __init__(
        self,
        client: LiveClient,
        token: str,
        *,
        retry_s: float = 0.2,
        max_retry_s: float = 3.0,
        on_acked: Callable[[list[str]], None] | None = None,
        on_exit: Callable[[], None] | None = None,
    ) -> None:
        self.client = client
        self.on_exit = on_exit
        self.token = token
        self.retry_s = retry_s
        self.max_retry_s = max_retry_s
        self.on_acked = on_acked
        self._pending: OrderedDict[str, dict[str, Any]] = OrderedDict()
        self.refused: dict[str, str] = {}  # record id → the host's reason; kept on this desk only
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.last_problem: str | None = None
        self.connected = True

    def put(self, record: dict[str, Any]) -> None:
        with self._lock:
            self._pending[record["id"]] = record
        self._wake.set()

    @property
    def waiting(self) -> int:
        with self._lock:
            return len(self._pending)

    def _batch(self) -> list[dict[str, Any]]:
        batch: list[dict[str, Any]] = []
        size = 0
        with self._lock:
            for record in self._pending.values():
                length = len(json.dumps(record))
                if batch and (len(batch) >= MAX_RECORDS or size + length > self.BATCH_BYTES):
                    break
                batch.append(record)
                size += length
        return batch

    def _acknowledged(self, acked: list[str]) -> None:
        with self._lock:
            for record_id in acked:
                self._pending.pop(record_id, None)
        if acked and self.on_acked is not None:
            try:
                self.on_acked(acked)
            except Exception as exc:  # noting it failed; the host has them, a resend later changes nothing
                self.last_problem = f"could not note what the host received ({exc})"

    def flush_once(self) -> int:
        """Send what waits, one batch; return how many were acknowledged (raises `Unreachable`)."""
        batch = self._batch()
        if not batch:
            return 0
        try:
            acked = self.client.send(self.token, batch)
        except Unreachable:
            raise
        except LiveError as exc:
            if _retry_later(exc):
                raise
            acked = []
            for record in batch:  # find the one the host will not take, and let the others through
                try:
                    acked += self.client.send(self.token, [record])
                except Unreachable:
                    raise
                except LiveError as single:
                    if _retry_later(single):
                        raise
                    with self._lock:
                        self._pending.pop(record["id"], None)
                    self.refused[record["id"]] = str(single)
        self._acknowledged(acked)
        return len(acked)

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="quizapp-live-outbox", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        """Stop sending (after one last try); records not yet acknowledged stay in `waiting`."""
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def _run(self) -> None:
        try:
            self._send_until_stopped()
        finally:
            if self.on_exit is not None:
                self.on_exit()

    def _send_until_stopped(self) -> None:
        delay = self.retry_s
        while True:
            try:
                sent = self.flush_once()
                self.connected, self.last_problem, delay = True, None, self.retry_s
            except LiveError as exc:  # unreachable, or the host asks to wait: back off and try again
                self.connected = not isinstance(exc, Unreachable)
                self.last_problem, sent = str(exc), 0
                if self._stop.wait(delay):
                    return
                delay = min(self.max_retry_s, delay * 2)
                continue
            if self._stop.is_set():
                return
            if sent and self.waiting:
                continue  # more to send: no pause
            self._wake.wait(self.retry_s if self.waiting else 1.0)
            self._wake.clear()


def _retry_later(error: LiveError) -> bool:
    """True for refusals that pass (too many requests, the host cannot save now, another version)."""
    return isinstance(error, VersionMismatch) or getattr(error, "status", 0) in (0, 429, 503)
