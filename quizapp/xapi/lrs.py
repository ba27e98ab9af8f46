"""Talking to a Learning Record Store over its xAPI statements resource (HTTP basic authentication).

Python's own ``urllib`` is enough for these three requests (about, read one statement, post a batch),
so the app adds no HTTP library for them. Every failure becomes an `LrsError` whose message says what
went wrong in words a teacher can act on.
"""

from __future__ import annotations

import base64
import json
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from quizapp.errors import QuizappError
from quizapp.xapi.profile import XAPI_VERSION

TIMEOUT = 30.0  # seconds; a batch of 500 statements is well under a megabyte


class LrsError(QuizappError):
    """The LRS could not take what was sent. `lasting` is False when trying again later may succeed."""

    lasting = False


class LrsUnreachable(LrsError):
    """No answer from the LRS, or it failed on its side (HTTP 5xx): try again later."""


class LrsCredentialsRefused(LrsError):
    """The user name or password was refused (HTTP 401), or the user may not write statements (403)."""

    lasting = True


class LrsNotFound(LrsError):
    """Nothing answers as an LRS at that address (HTTP 404): the address needs correcting."""

    lasting = True


class LrsRejected(LrsError):
    """The LRS refused the statements themselves (HTTP 400, 409, 413, 422)."""

    lasting = True

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class Posted:
    """What the LRS did with a batch: the ids it stored now; the others it held already."""

    stored: frozenset[str]
    already: frozenset[str]


def endpoint_of(address: str) -> str:
    """The LRS's xAPI endpoint, as typed by a teacher: with or without a final slash or ``/statements``."""
    address = address.strip()
    parts = urlsplit(address)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise LrsError(f"{address!r} is not an LRS address: give its xAPI endpoint, such as https://lrs.example/xAPI/")
    trimmed = address.rstrip("/")
    if trimmed.endswith("/statements"):
        trimmed = trimmed[: -len("/statements")]
    return trimmed + "/"


Opener = Callable[[urllib.request.Request, float], Any]


def _open(request: urllib.request.Request, timeout: float) -> Any:
    return urllib.request.urlopen(request, timeout=timeout)


def _detail(body: bytes) -> str:
    try:
        found = json.loads(body)
    except ValueError:
        return body.decode("utf-8", "replace").strip()[:300]
    if isinstance(found, dict) and "detail" in found:
        return str(found["detail"])[:300]
    return json.dumps(found)[:300]


class LrsClient:
    """One LRS endpoint with one user's credentials."""

    def __init__(
        self, address: str, user: str, password: str, *, timeout: float = TIMEOUT, opener: Opener = _open
    ) -> None:
        self.endpoint = endpoint_of(address)
        self.user = user
        token = base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
        self._authorization = f"Basic {token}"
        self._timeout = timeout
        self._opener = opener

    def _request(self, method: str, resource: str, body: object = None) -> tuple[int, bytes]:
        headers = {"X-Experience-API-Version": XAPI_VERSION, "Authorization": self._authorization}
        data = None
        if body is not None:
            data = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
            headers["Content-Type"] = "application/json"
        request = urllib.request.Request(self.endpoint + resource, data=data, method=method, headers=headers)
        try:
            with self._opener(request, self._timeout) as reply:
                return reply.status, reply.read()
        except urllib.error.HTTPError as error:
            status, detail = error.code, _detail(error.read())
        except (TimeoutError, urllib.error.URLError, OSError) as error:
            reason = getattr(error, "reason", error)
            raise LrsUnreachable(f"cannot reach the LRS at {self.endpoint}: {reason}") from None
        if status == 401:
            raise LrsCredentialsRefused(
                f"the LRS at {self.endpoint} refused the user name or password of {self.user!r}"
            )
        if status == 403:
            raise LrsCredentialsRefused(f"the LRS at {self.endpoint} does not let {self.user!r} do this: {detail}")
        if status == 404:
            raise LrsNotFound(f"no LRS answers at {self.endpoint} (HTTP 404): check the address of its xAPI endpoint")
        if status >= 500 or status in (408, 429):
            raise LrsUnreachable(f"the LRS at {self.endpoint} failed (HTTP {status}): {detail}")
        raise LrsRejected(f"the LRS at {self.endpoint} refused the statements (HTTP {status}): {detail}", status)

    def about(self) -> list[str]:
        """The xAPI versions the LRS says it speaks (no credentials needed); empty if it does not say."""
        try:
            _status, body = self._request("GET", "about")
            versions = json.loads(body).get("version", [])
        except (LrsError, ValueError, AttributeError):
            return []
        return [str(version) for version in versions] if isinstance(versions, list) else []

    def check(self) -> str:
        """Reach the LRS and check the credentials (by reading one statement); a line saying what was found."""
        self._request("GET", "statements?limit=1")
        versions = self.about()
        spoken = f" (xAPI {', '.join(versions)})" if versions else ""
        return f"connected to the LRS at {self.endpoint} as {self.user!r}{spoken}"

    def post(self, statements: list[dict[str, Any]]) -> Posted:
        """Store a batch. Raises `LrsRejected` if the LRS refuses it as a whole."""
        sent = [statement["id"] for statement in statements]
        status, body = self._request("POST", "statements", statements)
        if status == 204 or not body.strip():  # every statement was there already
            return Posted(frozenset(), frozenset(sent))
        try:
            returned = json.loads(body)
        except ValueError:
            returned = sent
        stored = frozenset(str(found) for found in returned) if isinstance(returned, list) else frozenset(sent)
        return Posted(stored & frozenset(sent), frozenset(sent) - stored)
