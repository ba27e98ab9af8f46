"""Send what the LRS has not acknowledged yet, in batches, and record what it took.

A run sends the starts of attempts, then the answers, then the ends of attempts. After each batch the
records the LRS holds (stored now, or there already) are acknowledged in the database, so a run that
stops halfway (the LRS went away, the app was closed) loses nothing: the next run sends the rest.
A batch the LRS refuses is split until the statement it refuses is found; that one is reported and
tried again on the next run, the others go through. When it refuses ten of a batch one by one, it
refuses them all (a setting is wrong), and the run stops instead of asking for each.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from quizapp.store.lrsqueue import KINDS, Waiting
from quizapp.xapi.lrs import LrsClient, LrsError, LrsRejected
from quizapp.xapi.statements import StatementSettings, statement

BATCH = 200  # statements a request: about 600 KB, under the 1 MB a web server takes by default
CONFLICT = 409
MAX_REFUSED = 10  # statements refused one by one in a run before the run stops (the LRS refuses them all)


class LrsQueue(Protocol):
    """What the sender needs of the score store."""

    def desk_setting(self, key: str) -> str | None: ...

    def set_desk_setting(self, key: str, value: str) -> None: ...

    def lrs_count_waiting(self, lrs: str, kind: str, since: str = "") -> int: ...

    def lrs_waiting(self, lrs: str, kind: str, *, since: str = "", batch: int = BATCH) -> Any: ...

    def lrs_acknowledge(self, lrs: str, records: list[tuple[str, str, str]]) -> None: ...


@dataclass
class SendReport:
    """What one run did. `failed` counts what is still waiting for the next run."""

    waiting: int = 0
    sent: int = 0
    already: int = 0
    differing: int = 0  # of `already`: the LRS holds a different statement under the same id
    rejected: list[str] = field(default_factory=list)  # why single statements were refused
    stopped: str | None = None  # why the run ended early
    lasting: bool = False  # the reason it stopped will not pass by itself (a refused password, a wrong address)

    @property
    def failed(self) -> int:
        return max(0, self.waiting - self.sent - self.already)

    @property
    def done(self) -> int:
        return self.sent + self.already


@dataclass
class _Batch:
    stored: list[tuple[str, str, str]] = field(default_factory=list)
    already: list[tuple[str, str, str]] = field(default_factory=list)
    differing: int = 0
    rejected: list[str] = field(default_factory=list)
    allowance: int = MAX_REFUSED  # refusals one by one still taken in this run


class _TooManyRefused(Exception):
    pass


def _post(
    client: LrsClient, records: list[Waiting], statements: list[dict[str, Any]], into: _Batch, stop: Callable[[], bool]
) -> None:
    """Post, splitting a refused batch in halves until each refused statement stands alone."""
    if stop():
        return
    keys = [(record.kind, record.source, found["id"]) for record, found in zip(records, statements, strict=True)]
    try:
        posted = client.post(statements)
    except LrsRejected as error:
        if len(statements) > 1:
            middle = len(statements) // 2
            _post(client, records[:middle], statements[:middle], into, stop)
            _post(client, records[middle:], statements[middle:], into, stop)
        elif error.status == CONFLICT:  # the LRS holds a statement with this id as first sent: it is there
            into.already.extend(keys)
            into.differing += 1
        else:
            into.rejected.append(f"{records[0].kind} {records[0].source}: {error}")
            if len(into.rejected) >= into.allowance:  # it refuses everything: stop asking statement by statement
                raise _TooManyRefused(str(error)) from None
        return
    into.stored.extend(key for key in keys if key[2] in posted.stored)
    into.already.extend(key for key in keys if key[2] in posted.already)


IDENTITY_KEY = "lrs-identity "  # + the endpoint: how this desk first named students and items to that LRS


def _identity(settings: StatementSettings) -> str:
    salt = hashlib.sha256(settings.salt.encode()).hexdigest()[:16] if settings.pseudonymous else ""
    return json.dumps(
        {
            "homepage": settings.homepage,
            "activity_base": settings.activity_base,
            "pseudonymous": settings.pseudonymous,
            "salt": salt,
        },
        sort_keys=True,
    )


def _described(identity: str) -> str:
    found = json.loads(identity)
    pseudonyms = "pseudonyms" if found.get("pseudonymous") else "logins"
    return f"home page {found.get('homepage')}, activity base {found.get('activity_base')}, {pseudonyms}"


def identity_problem(store: LrsQueue, lrs: str, settings: StatementSettings) -> str | None:
    """Why sending with `settings` would give students or items a second identity in the LRS at `lrs`, or None.

    The first send to an LRS fixes how this desk names students (home page, login or pseudonym and salt) and
    items (activity base); statements sent later under other names would split each student in two."""
    recorded = store.desk_setting(IDENTITY_KEY + lrs)
    wanted = _identity(settings)
    if not recorded or recorded == wanted:
        return None
    try:
        before = _described(recorded)
    except (ValueError, AttributeError):
        return None
    return (
        f"this desk first sent to {lrs} with {before}; sending now with {_described(wanted)} would give the same "
        "students and items second names in the LRS. Send with the first settings, or start anew on purpose "
        "(--new-identity, or change them back in Settings)"
    )


def send_waiting(
    store: LrsQueue,
    client: LrsClient,
    settings: StatementSettings,
    *,
    since: str = "",
    batch: int = BATCH,
    progress: Callable[[SendReport], None] | None = None,
    stop: Callable[[], bool] | None = None,
    new_identity: bool = False,
) -> SendReport:
    """Send every record the LRS of `client` has not acknowledged (from `since` on, an ISO time).

    Refuses (a lasting stop) when `settings` would name students or items otherwise than this desk's first send
    to that LRS did, unless `new_identity`."""
    lrs = client.endpoint
    stopping = stop or (lambda: False)
    report = SendReport(waiting=sum(store.lrs_count_waiting(lrs, kind, since) for kind in KINDS))
    problem = None if new_identity else identity_problem(store, lrs, settings)
    if problem:
        report.stopped, report.lasting = problem, True
        return report
    fixed = store.desk_setting(IDENTITY_KEY + lrs) == _identity(settings)
    for kind in KINDS:
        for records in store.lrs_waiting(lrs, kind, since=since, batch=batch):
            done = _Batch(allowance=MAX_REFUSED - len(report.rejected))
            try:
                _post(client, records, [statement(record, settings) for record in records], done, stopping)
            except LrsError as error:
                report.stopped = str(error)
                report.lasting = error.lasting
            except _TooManyRefused as error:
                report.stopped = f"the LRS refuses the statements ({error})"
                report.lasting = True
            finally:
                if done.stored or done.already:
                    store.lrs_acknowledge(lrs, done.stored + done.already)
                    if not fixed:
                        store.set_desk_setting(IDENTITY_KEY + lrs, _identity(settings))
                        fixed = True
                report.sent += len(done.stored)
                report.already += len(done.already)
                report.differing += done.differing
                report.rejected.extend(done.rejected)
            if report.stopped:
                return report
            if stopping():
                report.stopped = "stopped before everything was sent"
                return report
            if progress is not None:
                progress(report)
    return report
