"""Send what the LRS has not acknowledged yet, in batches, and record what it took.

A run sends the starts of attempts, then the answers, then the ends of attempts. After each batch the
records the LRS holds (stored now, or there already) are acknowledged in the database, so a run that
stops halfway (the LRS went away, the app was closed) loses nothing: the next run sends the rest.
A batch the LRS refuses is split until the statement it refuses is found; that one is reported and
tried again on the next run, the others go through. When it refuses ten of a batch one by one, it
refuses them all (a setting is wrong), and the run stops instead of asking for each.
"""

from __future__ import annotations

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


def send_waiting(
    store: LrsQueue,
    client: LrsClient,
    settings: StatementSettings,
    *,
    since: str = "",
    batch: int = BATCH,
    progress: Callable[[SendReport], None] | None = None,
    stop: Callable[[], bool] | None = None,
) -> SendReport:
    """Send every record the LRS of `client` has not acknowledged (from `since` on, an ISO time)."""
    lrs = client.endpoint
    stopping = stop or (lambda: False)
    report = SendReport(waiting=sum(store.lrs_count_waiting(lrs, kind, since) for kind in KINDS))
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
