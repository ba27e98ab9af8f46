"""Talking to a Learning Record Store over its xAPI statements resource (HTTP basic authentication).

Python's own ``http.client`` is enough for the one request needed (post a batch), so the app adds no HTTP
library for it; the proxy the environment names (``https_proxy``, ``http_proxy``, ``no_proxy``) is used.
Redirects are never followed: a redirected POST would reach some other page, and the credentials with it.
A reply counts as "stored" only when it is what the xAPI specification says an LRS answers (204, or 200
with the list of the statement ids); a web filter's page or a captive portal is an error, never a success.
Every failure becomes an `LrsError` whose message says what went wrong in words a teacher can act on.
"""

from __future__ import annotations

import base64
import http.client
import json
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from quizapp.errors import QuizappError
from quizapp.xapi.profile import XAPI_VERSION

TIMEOUT = 30.0  # seconds for one request
MAX_REPLY = 8 * 1024 * 1024


class LrsError(QuizappError):
    """The LRS could not take what was sent. `lasting` is False when trying again later may succeed."""

    lasting = False


class LrsUnreachable(LrsError):
    """No answer from the LRS, or it failed on its side (HTTP 5xx): try again later."""


class LrsCredentialsRefused(LrsError):
    """The user name or password was refused (HTTP 401), or the user may not do this (403)."""

    lasting = True


class LrsNotFound(LrsError):
    """Nothing answers as an LRS at that address (HTTP 404, a redirect, a page that is not xAPI)."""

    lasting = True


class LrsRejected(LrsError):
    """The LRS refused the statements themselves (HTTP 400, 409, 413, 422 …)."""

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
    problem = f"{address!r} is not an LRS address: give its xAPI endpoint, such as https://lrs.example/xAPI/"
    try:
        parts = urlsplit(address)
        parts.port  # noqa: B018 (raises ValueError for a port that is not a number)
    except ValueError:
        raise LrsError(problem) from None
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.query or parts.fragment:
        raise LrsError(problem)
    trimmed = address.rstrip("/")
    if trimmed.endswith("/statements"):
        trimmed = trimmed[: -len("/statements")]
    return trimmed + "/"


def web_address_problem(address: str, what: str) -> str | None:
    """Why `address` is not an http(s) address (for the school's home page and the activity base), or None."""
    try:
        parts = urlsplit(address.strip())
        parts.port  # noqa: B018
    except ValueError:
        return f"{what} {address!r} is not a web address"
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return f"{what} {address!r} is not a web address (it starts with https:// or http://)"
    return None


Reply = tuple[int, bytes, str]  # status, body, Location header
Sender = Callable[[str, str, dict[str, str], bytes | None, float], Reply]


def _loopback(host: str) -> bool:
    return host in ("localhost", "::1") or host.startswith("127.")


def _proxy_for(url: str) -> tuple[str, int] | None:
    """The proxy the environment names for `url` (``https_proxy``, ``http_proxy``, ``no_proxy``), if any."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    proxy = urllib.request.getproxies().get(parts.scheme)
    if not proxy or _loopback(host) or urllib.request.proxy_bypass(host):
        return None
    found = urlsplit(proxy if "://" in proxy else f"http://{proxy}")
    return (found.hostname or "", found.port or 8080) if found.hostname else None


def _send(method: str, url: str, headers: dict[str, str], body: bytes | None, timeout: float) -> Reply:
    parts = urlsplit(url)
    proxy = _proxy_for(url)
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    if parts.scheme == "https":
        connection: http.client.HTTPConnection = http.client.HTTPSConnection(
            *(proxy or (parts.hostname or "", parts.port)), timeout=timeout
        )
        if proxy:  # through the school's proxy: a tunnel to the LRS
            connection.set_tunnel(parts.hostname or "", parts.port or 443)
    else:
        connection = http.client.HTTPConnection(*(proxy or (parts.hostname or "", parts.port)), timeout=timeout)
        if proxy:
            path = url  # a plain-HTTP proxy takes the whole address
    try:
        connection.request(method, path, body=body, headers=headers)
        reply = connection.getresponse()
        return reply.status, reply.read(MAX_REPLY), reply.getheader("Location") or ""
    finally:
        connection.close()


def _detail(body: bytes) -> str:
    try:
        found = json.loads(body)
    except ValueError:
        return " ".join(body.decode("utf-8", "replace").split())[:200] or "no details"
    if isinstance(found, dict) and "detail" in found:
        return str(found["detail"])[:300]
    return json.dumps(found)[:300]


class LrsClient:
    """One LRS endpoint with one user's credentials."""

    def __init__(
        self, address: str, user: str, password: str, *, timeout: float = TIMEOUT, sender: Sender = _send
    ) -> None:
        self.endpoint = endpoint_of(address)
        self.user = user
        token = base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
        self._authorization = f"Basic {token}"
        self._timeout = timeout
        self._sender = sender

    @property
    def on_this_computer(self) -> bool:
        """True for an LRS on this computer (loopback), where nothing crosses the network."""
        return _loopback(urlsplit(self.endpoint).hostname or "")

    @property
    def unencrypted(self) -> bool:
        """True when the password travels in the clear (http://, not https://)."""
        return self.endpoint.startswith("http://")

    def _request(self, method: str, resource: str, body: object = None) -> tuple[int, bytes]:
        headers = {"X-Experience-API-Version": XAPI_VERSION, "Authorization": self._authorization}
        data = None
        if body is not None:
            data = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
            headers["Content-Type"] = "application/json"
        try:
            status, reply, location = self._sender(method, self.endpoint + resource, headers, data, self._timeout)
        except (OSError, http.client.HTTPException, ValueError) as error:
            raise LrsUnreachable(f"cannot reach the LRS at {self.endpoint}: {error or type(error).__name__}") from None
        if 200 <= status < 300:
            return status, reply
        detail = _detail(reply)
        if 300 <= status < 400:
            raise LrsNotFound(
                f"the LRS at {self.endpoint} sends requests elsewhere (HTTP {status} to {location or 'nowhere'}); "
                "give the address it sends to, if that is the LRS"
            )
        if status == 403 or (status == 401 and "scope" in detail.lower()):
            doing = "send statements" if method == "POST" else "read statements"
            raise LrsCredentialsRefused(
                f"the LRS at {self.endpoint} does not let {self.user!r} {doing} ({detail}); ask its administrator "
                "for a user who may send statements"
            )
        if status == 401:
            raise LrsCredentialsRefused(
                f"the LRS at {self.endpoint} refused the user name or password of {self.user!r}"
            )
        if status == 404:
            raise LrsNotFound(f"no LRS answers at {self.endpoint} (HTTP 404): check the address of its xAPI endpoint")
        if status >= 500 or status in (408, 429):
            raise LrsUnreachable(f"the LRS at {self.endpoint} failed (HTTP {status}): {detail}")
        raise LrsRejected(f"the LRS at {self.endpoint} refused the statements (HTTP {status}): {detail}", status)

    def check(self) -> str:
        """Reach the LRS and check that this user may send statements; a line saying what was found.

        Sending is checked by posting an empty batch, which stores nothing: an LRS refuses it as malformed
        (HTTP 400) to a user who may send, and as not allowed (401, 403) to one who may not. Reading is not
        needed, and is not checked."""
        taken = f"the LRS at {self.endpoint} takes statements from {self.user!r}"
        try:
            status, body = self._request("POST", "statements", [])
        except LrsRejected as error:
            if error.status in (400, 422):
                return taken  # "an empty batch is no batch": it looked at the statements, so sending is allowed
            raise
        try:
            found = json.loads(body) if body.strip() else []
        except ValueError:
            found = None
        if status != 204 and not isinstance(found, list):
            raise LrsNotFound(f"{self.endpoint} answered, but not as an LRS does (HTTP {status}, {_detail(body)[:80]})")
        return f"the LRS at {self.endpoint} takes statements from {self.user!r}"

    def post(self, statements: list[dict[str, Any]]) -> Posted:
        """Store a batch. Raises `LrsRejected` if the LRS refuses it, `LrsNotFound` for a reply no LRS gives."""
        sent = [statement["id"] for statement in statements]
        status, body = self._request("POST", "statements", statements)
        if status == 204:  # every statement was there already (a repeat of stored ids)
            return Posted(frozenset(), frozenset(sent))
        try:
            returned = json.loads(body)
        except ValueError:
            returned = None
        if status != 200 or not isinstance(returned, list) or not all(isinstance(found, str) for found in returned):
            raise LrsNotFound(
                f"{self.endpoint} answered the statements with something no LRS sends (HTTP {status}, "
                f"{_detail(body)[:80]}); nothing is counted as sent"
            )
        stored = frozenset(returned) & frozenset(sent)
        return Posted(stored, frozenset(sent) - stored)
