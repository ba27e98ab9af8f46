"""The host of a live classroom session: an aiohttp server in its own thread, writing to the host's database.

Endpoints (all JSON, each carrying the protocol version; see docs/classroom.md):

- ``GET /v1/session``: the session's name, pace and protocol;
- ``POST /v1/join``: a join code and a student's name give a session token, the bank and the items;
- ``POST /v1/records``: a desk's attempt starts, answers and ends, each acknowledged by its id;
- ``GET /v1/events``: server-sent events for teacher-paced sessions (the item shown, the answer revealed).

The host scores every answer itself. A token names one student, and a desk may only send that
student's attempts. Join codes are compared in constant time and wrong guesses are rate-limited per
address. Requests are limited in size and rate. Nothing else is served.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import hashlib
import hmac
import ipaddress
import json
import math
import secrets
import socket
import threading
import time
from collections import Counter, defaultdict, deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, ClassVar

from aiohttp import web

from quizapp.banks.model import Bank
from quizapp.banks.save import dump_bank
from quizapp.engine.hashing import bank_hash, item_hash
from quizapp.engine.plan import plan_quiz
from quizapp.engine.records import AnswerRecord, AttemptFinished, AttemptStarted, BankRef, Mode, iso_time
from quizapp.engine.scoring import MAX_SCORE, score_response
from quizapp.engine.selection import Selection
from quizapp.errors import QuizappError
from quizapp.live.protocol import MAX_BODY, MAX_RECORDS, PROTOCOL, LiveError, new_code, normal_code, version_problem
from quizapp.store import ScoreStore, StoreError
from quizapp.store.appsettings import get_setting, set_setting
from quizapp.store.connection import write_transaction

SECRET_KEY = "live-session:"
"""This desk's settings keep each live session's token secret and join code (desk exports never hold them)."""
CODE_HOURS = 6
"""A join code stops working this many hours after the session started (and when it ends)."""
GUESSES = 10
"""Wrong codes allowed from one address per minute before it must wait."""
REQUESTS_PER_SECOND = 20
"""Requests one token may make per second (a desk sends far fewer)."""
MAX_STREAMS = 300
"""Open event streams at once (one or two per desk)."""
MAX_STUDENTS = 300
"""Students one open session may add to the host's roster."""
CLOCK_SLACK_S = 24 * 3600
"""A desk's times are kept when within a day of the host's clock (and not before the session); else the host's."""
EVENT_WAIT_S = 15.0
"""Server-sent events: a comment line this often keeps idle connections open."""


@dataclass
class LiveStatus:
    """What the teacher sees while the session runs (names are never sent to desks)."""

    joined: dict[str, str] = field(default_factory=dict)  # student uuid → name
    answered: Counter[str] = field(default_factory=Counter)  # student uuid → answers received
    picks: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))  # item → choice → n
    right: Counter[str] = field(default_factory=Counter)  # item → right answers
    asked: Counter[str] = field(default_factory=Counter)  # item → answers
    position: int = 0
    revealed: bool = False
    ended: bool = False

    def copy(self) -> LiveStatus:
        """A copy that another thread may read at leisure."""
        return LiveStatus(
            dict(self.joined),
            Counter(self.answered),
            defaultdict(Counter, {item: Counter(n) for item, n in self.picks.items()}),
            Counter(self.right),
            Counter(self.asked),
            self.position,
            self.revealed,
            self.ended,
        )


def _private(address: str) -> bool:
    """True for a loopback, private or link-local address (never "every interface")."""
    try:
        ip = ipaddress.ip_address(socket.gethostbyname(address))
    except (OSError, ValueError):
        return False
    return not ip.is_unspecified and (ip.is_private or ip.is_loopback or ip.is_link_local)


def _number(value: Any, low: float, high: float) -> float:
    """A finite number from a desk within [low, high] (ValueError otherwise)."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ValueError(f"{value!r} is not a number")
    if not low <= value <= high:
        raise ValueError(f"{value} is out of range")
    return value


def _refuse_constant(name: str) -> None:
    raise ValueError(f"{name} is not allowed")


class LiveHost:
    """One live session of one bank, hosted by this desk."""

    running: ClassVar[set[str]] = set()  # sessions served in this process (a second window must not serve one again)

    def __init__(
        self,
        db_path: str | Path,
        bank: Bank,
        *,
        session_name: str,
        class_key: str | None = None,
        items: Sequence[str] | None = None,
        pace: str = "student",
        feedback: bool = True,
        code: str | None = None,
        resume: str | None = None,
        clock: Callable[[], float] = time.time,
        on_commit: Callable[[list[str]], None] | None = None,
    ) -> None:
        if pace not in ("student", "teacher"):
            raise LiveError(f"a live session is student- or teacher-paced, not {pace!r}")
        self.db_path = Path(db_path)
        self.bank = bank
        self.clock = clock
        self.on_commit = on_commit
        chosen = list(items) if items else [item.id for item in bank.items if "stale" not in item.tags]
        known = {item.id: item for item in bank.items}
        missing = [item_id for item_id in chosen if item_id not in known]
        if missing:
            raise LiveError(f"the bank {bank.id} has no item {missing[0]!r}")
        self.items = {item_id: known[item_id] for item_id in chosen}
        self.status = LiveStatus()
        self._claimed: set[str] = set()  # students who joined from a desk: nobody else may join as them
        self._streams: Counter[str] = Counter()  # open event streams per student
        self._added = 0
        self._lock = threading.Lock()
        self._guesses: dict[str, deque[float]] = defaultdict(deque)
        self._requests: dict[str, deque[float]] = defaultdict(deque)
        self._subscribers: list[asyncio.Queue[dict[str, Any]]] = []
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._failure: BaseException | None = None
        self._runner: web.AppRunner | None = None
        self._writes: list[tuple[str, list[dict[str, Any]], asyncio.Future]] = []
        self._write_wake: asyncio.Event | None = None
        self._writer_task: asyncio.Task | None = None
        self.address = ("", 0)
        with ScoreStore.open(self.db_path, clock=clock) as store:
            self._setup(store, session_name, class_key, pace, feedback, code, resume)

    # -- the session in the host's database ---------------------------------------------------
    def _setup(
        self,
        store: ScoreStore,
        name: str,
        class_key: str | None,
        pace: str,
        feedback: bool,
        code: str | None,
        resume: str | None,
    ) -> None:
        if resume:
            named = [s for s in store.open_live_sessions() if s.name.casefold() == " ".join(resume.split()).casefold()]
            if len(named) > 1:
                raise LiveError(f"{len(named)} live sessions are called {resume!r}; give the id of the one to continue")
            session = named[0] if named else store.classroom_session(resume)  # an open one before an ended namesake
            if session is None:
                raise LiveError(f"no live session {resume!r} to resume in {self.db_path}")
            plan = store.classroom_session_plan(session.uuid)
            live = plan.settings.get("live") or {}
            keys = get_setting(store.db, f"{SECRET_KEY}{session.uuid}")
            if not live or not keys:
                raise LiveError(f"the classroom session {session.name!r} is not a live session of this desk")
            secret, self.code, *port = keys.split(" ")
            self.preferred_port = int(port[0]) if port else 0  # desks still know the old address
            if plan.closed_at:
                raise LiveError(f"the live session {session.name!r} has ended; start a new one")
            if self.bank.id not in plan.bank_ids or not set(live.get("items") or ()) <= set(self.items):
                raise LiveError(f"the live session {session.name!r} was of another bank than {self.bank.id}")
            self.items = {item_id: self.items[item_id] for item_id in live["items"]}
            joined = store.db.conn.execute(
                "SELECT DISTINCT s.uuid, s.name FROM attempts a JOIN students s ON s.uuid = a.student "
                "WHERE a.session = ?",
                [session.uuid],
            ).fetchall()
            self.status.joined.update(dict(joined))
            self._claimed.update(uuid for uuid, _name in joined)
        else:
            if code is not None and len(normal_code(code)) < 4:
                raise LiveError("a join code needs at least four letters or digits")
            live = {
                "pace": pace,
                "feedback": feedback,
                "items": list(self.items),
                "started": self.clock(),
                "order_seed": secrets.randbits(31),
            }
            session = store.create_classroom_session(name, class_key, [self.bank.id], {"live": live}, 0, True)
            secret, self.code = secrets.token_hex(32), normal_code(code) if code else new_code()
            set_setting(store.db, f"{SECRET_KEY}{session.uuid}", f"{secret} {self.code}")  # never exported
            self.preferred_port = 0
        self.session = session
        self.secret = bytes.fromhex(secret)
        self.pace = live["pace"]
        self.feedback = bool(live["feedback"])
        self.order_seed = int(live["order_seed"])
        keys = tuple((self.bank.id, item_id) for item_id in self.items)
        planned = plan_quiz([self.bank], Selection(items=keys), self.order_seed, order_seed=self.order_seed)
        self.order = [question.item.id for question in planned]  # the order every teacher-paced desk shows
        self.started = float(live["started"])
        self.class_uuid = session.class_uuid
        group = store.class_group(session.class_uuid) if session.class_uuid else None
        self.title = f"{group.name if group else session.name} — {self.bank.title}"
        """How desks see the session when they look for it: the class (or the session's name), then the bank."""
        self.bank_text = dump_bank(self.bank, "")
        self.bank_ref = BankRef(self.bank.id, self.bank.title, bank_hash(self.bank))

    # -- tokens ---------------------------------------------------------------------------
    def token_for(self, student_uuid: str) -> str:
        mac = hmac.new(self.secret, f"{self.session.uuid}|{student_uuid}".encode(), hashlib.sha256).hexdigest()
        return base64.urlsafe_b64encode(student_uuid.encode()).decode().rstrip("=") + "." + mac[:40]

    def student_of(self, token: object) -> str | None:
        if not isinstance(token, str) or token.count(".") != 1 or len(token) > 200:
            return None
        encoded, _mac = token.split(".")
        try:
            student = base64.urlsafe_b64decode(encoded + "=" * (-len(encoded) % 4)).decode()
        except (ValueError, UnicodeDecodeError):
            return None
        return student if hmac.compare_digest(self.token_for(student), token) else None

    # -- running ----------------------------------------------------------------------------
    def start(self, bind: str = "127.0.0.1", port: int = 0) -> tuple[str, int]:
        """Listen on `bind` (a local-network or loopback address) and return (address, port)."""
        if not _private(bind):
            raise LiveError(f"{bind} is not a local-network address; a live session only listens on the school network")
        self._thread = threading.Thread(target=self._run, args=(bind, port), name="quizapp-live-host", daemon=True)
        self._thread.start()
        self._ready.wait(30)
        if self._failure is not None:
            raise LiveError(f"the live session cannot listen on {bind}:{port}: {self._failure}")
        LiveHost.running.add(self.session.uuid)
        with ScoreStore.open(self.db_path, clock=self.clock) as store:  # a restarted host listens here again
            set_setting(
                store.db, f"{SECRET_KEY}{self.session.uuid}", f"{self.secret.hex()} {self.code} {self.address[1]}"
            )
        return self.address

    def snapshot(self) -> LiveStatus:
        """The live counts as they are now (the host's thread keeps changing `status`)."""
        with self._lock:
            return self.status.copy()

    def release(self, student_uuid: str) -> None:
        """Let a student join again (from another desk, or after their desk's app was closed)."""
        with self._lock:
            self._claimed.discard(student_uuid)

    def stop(self) -> None:
        """End serving (the session stays in the database; `resume` continues it)."""
        loop = self._loop
        if loop is None:
            return
        with contextlib.suppress(Exception):  # a stuck peer must not keep the session open: stop the loop anyway
            asyncio.run_coroutine_threadsafe(self._shutdown(), loop).result(10)
        LiveHost.running.discard(self.session.uuid)
        loop.call_soon_threadsafe(loop.stop)
        if self._thread is not None:
            self._thread.join(15)
        self._loop = None

    def end(self) -> None:
        """End the session: the code stops working, desks are told, and the port closes."""
        with self._lock:
            self.status.ended = True
        self._push({"type": "end"})
        self.stop()  # first: a database that cannot be written must not leave the port open
        with ScoreStore.open(self.db_path, clock=self.clock) as store:
            store.close_classroom_session(self.session.uuid)

    # -- teacher-paced control ----------------------------------------------------------------
    def show(self, position: int) -> None:
        """Show the item at `position` (clamped to the session's items) on every teacher-paced desk."""
        self._move(lambda _current: position)

    def step(self, delta: int) -> int:
        """Show the next (+1) or previous (-1) item; the position shown, read and moved in one step."""
        return self._move(lambda current: current + delta)

    def _move(self, to: Callable[[int], int]) -> int:
        with self._lock:
            self.status.position = max(0, min(to(self.status.position), len(self.items) - 1))
            self.status.revealed = False
            position = self.status.position
            event = {"type": "item", "position": position, "item": self.order[position]}
        self._push(event)
        return position

    def reveal(self) -> dict[str, int]:
        """Reveal the answer of the item shown: every desk gets the anonymous distribution of choices."""
        with self._lock:
            self.status.revealed = True
            item_id = self.order[self.status.position]
            distribution = dict(self.status.picks[item_id])
            event = {"type": "reveal", "position": self.status.position, "item": item_id, "distribution": distribution}
        self._push(event)
        return distribution

    def _push(self, event: dict[str, Any]) -> None:
        loop = self._loop
        if loop is None:
            return
        for queue in list(self._subscribers):
            loop.call_soon_threadsafe(_offer, queue, event)

    # -- the server ---------------------------------------------------------------------------
    def _run(self, bind: str, port: int) -> None:
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        try:
            self.store = ScoreStore.open(self.db_path, clock=self.clock)
            app = web.Application(client_max_size=MAX_BODY)
            app.router.add_get("/v1/session", self._session)
            app.router.add_post("/v1/join", self._join)
            app.router.add_post("/v1/records", self._records)
            app.router.add_get("/v1/events", self._events)
            self._write_wake = asyncio.Event()
            self._writer_task = loop.create_task(self._writer())
            self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=2.0)
            loop.run_until_complete(self._runner.setup())
            site = web.TCPSite(self._runner, bind, port, reuse_address=True)
            loop.run_until_complete(site.start())
            sockets = site._server.sockets if site._server else []
            self.address = (bind, sockets[0].getsockname()[1] if sockets else port)
            self._loop = loop
        except BaseException as exc:  # reported by start()
            self._failure = exc
            if self._runner is not None:
                loop.run_until_complete(self._runner.cleanup())
            if hasattr(self, "store"):
                self.store.close()
            loop.close()
            self._ready.set()
            return
        self._ready.set()
        try:
            loop.run_forever()
        finally:
            self.store.close()
            loop.close()

    async def _shutdown(self) -> None:
        if self._writer_task is not None:
            self._writer_task.cancel()
        for queue in list(self._subscribers):
            _offer(queue, {"type": "end"} if self.status.ended else {"type": "closing"})
        if self._runner is not None:
            await self._runner.cleanup()

    @staticmethod
    def _reply(data: dict[str, Any], status: int = 200) -> web.Response:
        return web.json_response({"protocol": PROTOCOL, **data}, status=status)

    def _refuse(self, status: int, message: str) -> web.Response:
        return self._reply({"error": message}, status)

    async def _body(self, request: web.Request) -> dict[str, Any] | web.Response:
        try:
            data = json.loads(await request.read(), parse_constant=_refuse_constant)
        except web.HTTPRequestEntityTooLarge:
            return self._refuse(413, f"the message is larger than {MAX_BODY} bytes")
        except (ValueError, UnicodeDecodeError, RecursionError):
            return self._refuse(400, "the message is not JSON")
        problem = version_problem(data, we_are="host")
        if problem:
            return self._refuse(409, problem)
        return data

    def _limited(self, key: str, log: dict[str, deque[float]], allowed: int, window: float) -> bool:
        now = time.monotonic()
        times = log[key]
        while times and times[0] < now - window:
            times.popleft()
        if len(times) >= allowed:
            return True
        times.append(now)
        return False

    async def _session(self, _request: web.Request) -> web.Response:
        return self._reply(
            {"session": self.session.name, "bank": self.bank.title, "pace": self.pace, "items": len(self.items)}
        )

    async def _join(self, request: web.Request) -> web.Response:
        data = await self._body(request)
        if isinstance(data, web.Response):
            return data
        remote = request.remote or "?"
        wrong = self._guesses[remote]
        while wrong and wrong[0] < time.monotonic() - 60.0:
            wrong.popleft()
        for address in [key for key, times in self._guesses.items() if not times and key != remote]:
            del self._guesses[address]  # forget addresses that stopped guessing
        if len(wrong) >= GUESSES:
            return self._refuse(429, "too many wrong codes from this desk; wait a minute and try again")
        code, name = data.get("code"), data.get("student")
        if not isinstance(code, str) or not isinstance(name, str) or not name.strip() or len(name) > 200:
            return self._refuse(400, "a join needs the code and the student's name")
        if self.status.ended or self.clock() > self.started + CODE_HOURS * 3600:
            return self._refuse(403, "this session has ended; ask the teacher for the new code")
        if not hmac.compare_digest(normal_code(code).encode(), self.code.encode()):
            wrong.append(time.monotonic())
            return self._refuse(403, "that code does not open this session")
        try:
            student = self._student(name)
        except StoreError as exc:
            return self._refuse(503, f"the host cannot read its roster right now ({exc})")
        except QuizappError as exc:
            wrong.append(time.monotonic())  # guessing names counts as guessing codes
            return self._refuse(404, str(exc))
        with self._lock:
            if student.uuid in self._claimed:
                return self._refuse(
                    409, f"{student.name} has already joined from another desk; ask the teacher if that was not you"
                )
            self._claimed.add(student.uuid)
            self.status.joined[student.uuid] = student.name
        return self._reply(
            {
                "token": self.token_for(student.uuid),
                "student": {"uuid": student.uuid, "name": student.name, "login": student.login},
                "session": {"uuid": self.session.uuid, "name": self.session.name},
                "bank": self.bank_text,
                "items": list(self.items),
                "pace": self.pace,
                "feedback": self.feedback,
                "order_seed": self.order_seed if self.pace == "teacher" else None,
            }
        )

    def _student(self, name: str):
        wanted = " ".join(name.split()).casefold()
        if self.class_uuid:
            for member in self.store.members(self.class_uuid):
                if member.name.casefold() == wanted or member.login == wanted:
                    return member
            raise LiveError(f"no student called {name.strip()!r} in this class; ask the teacher")
        try:
            found = self.store.find_student(name)
        except QuizappError as exc:
            raise LiveError(str(exc)) from exc
        if found is not None:
            return found
        if self._added >= MAX_STUDENTS:
            raise LiveError("this session cannot take more new students; ask the teacher")
        self._added += 1
        return self.store.add_student(" ".join("".join(c for c in name if c.isprintable()).split())[:80])

    async def _records(self, request: web.Request) -> web.Response:
        data = await self._body(request)
        if isinstance(data, web.Response):
            return data
        student = self.student_of(data.get("token"))
        if student is None:
            remote = request.remote or "?"
            if self._limited(remote, self._guesses, GUESSES, 60.0):
                return self._refuse(429, "too many requests without a valid token; wait a minute")
            return self._refuse(401, "this desk has not joined the session (or its token is wrong)")
        if self._limited(student, self._requests, REQUESTS_PER_SECOND, 1.0):
            return self._refuse(429, "too many requests; slow down")
        records = data.get("records")
        if not isinstance(records, list) or len(records) > MAX_RECORDS or not all(isinstance(r, dict) for r in records):
            return self._refuse(400, f"records must be a list of at most {MAX_RECORDS} objects")
        done: asyncio.Future[tuple[int, dict[str, Any]]] = asyncio.get_running_loop().create_future()
        self._writes.append((student, records, done))
        self._write_wake.set()
        status, reply = await done
        return self._reply(reply, status)

    async def _writer(self) -> None:
        """Group commit: the records of every request that arrived meanwhile go into one transaction."""
        while True:
            await self._write_wake.wait()
            self._write_wake.clear()
            batch, self._writes = self._writes, []
            if not batch:
                continue
            try:
                outcomes = self._write_batch(batch)
            except Exception as exc:  # the database itself (locked, full): every desk tries again later
                outcomes = [(503, {"error": f"the host cannot save right now ({exc})"})] * len(batch)
            for (_student, _records, done), outcome in zip(batch, outcomes, strict=True):
                if not done.done():
                    done.set_result(outcome)

    def _write_batch(self, batch: list[tuple[str, list[dict[str, Any]], asyncio.Future]]) -> list[tuple[int, dict]]:
        outcomes: list[tuple[int, dict[str, Any]]] = []
        committed: list[str] = []
        tallies: list[tuple[str, str, bool, tuple[str, ...]]] = []
        conn = self.store.db.conn
        with write_transaction(self.store.db):
            for student, records, _done in batch:
                conn.execute("SAVEPOINT request")
                acked: list[str] = []
                waiting: list[str] = []
                self._tally: list[tuple[str, str, bool, tuple[str, ...]]] = []
                try:
                    for record in records:
                        (acked if self._record(student, record) else waiting).append(str(record.get("id")))
                except PermissionError as exc:
                    conn.execute("ROLLBACK TO request")
                    outcomes.append((403, {"error": str(exc)}))
                except StoreError as exc:  # the host's disk, not the desk: the desk tries again later
                    conn.execute("ROLLBACK TO request")
                    outcomes.append((503, {"error": f"the host cannot save right now ({exc})"}))
                except Exception as exc:  # malformed, out of range, or refused by the database's checks
                    conn.execute("ROLLBACK TO request")
                    outcomes.append((400, {"error": f"a record is malformed ({exc})"[:300]}))
                else:
                    outcomes.append((200, {"acked": acked, "waiting": waiting}))
                    committed.extend(acked)
                    tallies.extend(self._tally)
                conn.execute("RELEASE request")
        with self._lock:  # the live counts follow what was committed, nothing else
            for student, item_id, right, choices in tallies:
                self.status.answered[student] += 1
                self.status.asked[item_id] += 1
                self.status.right[item_id] += right
                for choice in choices:
                    self.status.picks[item_id][choice] += 1
        if committed and self.on_commit is not None:
            with contextlib.suppress(Exception):  # an observer's trouble is not the desks'
                self.on_commit(committed)
        return outcomes

    def _owner(self, attempt: str) -> tuple[str | None, str | None, str | None] | None:
        """(student, classroom session, end time) of an attempt this host has, or None."""
        return self.store.db.conn.execute(
            "SELECT student, session, ended_at FROM attempts WHERE uuid = ?", [attempt]
        ).fetchone()

    def _time(self, value: Any) -> str:
        """A desk's time when it is a sensible ISO time near the host's clock, else the host's own time."""
        now = self.clock()
        if isinstance(value, str) and len(value) <= 40:
            try:
                moment = datetime.fromisoformat(value)
            except ValueError:
                moment = None
            if moment is not None and moment.tzinfo is not None:
                seconds = moment.timestamp()
                if self.started - CLOCK_SLACK_S <= seconds <= now + CLOCK_SLACK_S:
                    return iso_time(seconds)
        return iso_time(now)

    def _record(self, student: str, record: dict[str, Any]) -> bool:
        """Store one record; False when it must wait (an answer before its attempt's start)."""
        kind = record["kind"]
        if kind == "start":
            attempt = _uuid(record["id"])
            known = self._owner(attempt)
            if known is not None and (known[0] != student or known[1] != self.session.uuid):
                raise PermissionError("that attempt belongs to another student or session")
            settings = record.get("settings") or {}
            if not isinstance(settings, dict) or len(json.dumps(settings)) > 8192:
                raise ValueError("the attempt's settings are not a small object")
            started = AttemptStarted(
                uuid=attempt,
                student=student,
                classroom_session=self.session.uuid,
                mode=Mode(record["mode"]),
                seed=int(_number(record["seed"], 0, 2**53)),
                settings=settings,
                banks=(self.bank_ref,),
                started_at=self._time(record.get("started_at")),
            )
            self.store.start_attempt(started)
            return True
        attempt = _uuid(record["attempt"])
        known = self._owner(attempt)
        if known is None:
            return False
        if known[0] != student or known[1] != self.session.uuid:
            raise PermissionError("that attempt belongs to another student or session")
        if kind == "answer":
            return self._answer(student, attempt, record)
        if kind == "finish":
            if known[2] is None:  # an attempt is finished once
                score, max_score = self.store.db.conn.execute(
                    "SELECT COALESCE(SUM(score), 0), COALESCE(SUM(max_score), 0) FROM answers WHERE attempt = ?",
                    [attempt],
                ).fetchone()
                ended = self._time(record.get("ended_at"))
                self.store.finish_attempt(
                    AttemptFinished(attempt, ended, score, max_score, bool(record.get("timed_out")))
                )
            return True
        raise ValueError(f"unknown record kind {kind!r}")

    def _answer(self, student: str, attempt: str, record: dict[str, Any]) -> bool:
        item = self.items.get(str(record["item"]))
        if item is None:
            raise ValueError(f"item {record['item']!r} is not in this session")
        answer_id = _uuid(record["id"])
        conn = self.store.db.conn
        if conn.execute("SELECT 1 FROM answers WHERE uuid = ?", [answer_id]).fetchone() is not None:
            return True  # stored before: acknowledge again, change nothing
        if conn.execute(
            "SELECT 1 FROM answers WHERE attempt = ? AND bank = ? AND item = ?", [attempt, self.bank.id, item.id]
        ).fetchone():
            raise ValueError(f"item {item.id!r} was answered in this attempt already")
        raw = record.get("response")
        if raw is not None and (not isinstance(raw, list) or len(raw) > 20 or not all(isinstance(t, str) for t in raw)):
            raise ValueError("a response is a short list of texts")
        response = None if raw is None else tuple(text[:2000] for text in raw)
        if (
            response is not None
            and item.type in ("single", "multiple", "true_false")
            and not set(response) <= set(item.choices)
        ):
            raise ValueError(f"a response names a choice item {item.id!r} does not have")
        score = score_response(item, response).score if response is not None else 0.0
        confidence = record.get("confidence")
        answer = AnswerRecord(
            uuid=answer_id,
            attempt=attempt,
            position=int(_number(record["position"], 0, len(self.items) - 1)),
            bank_id=self.bank.id,
            item=item,
            item_hash=item_hash(item),
            response=response,
            score=score,
            max_score=MAX_SCORE,
            confidence=None if confidence is None else _number(confidence, 0.0, 1.0),
            elapsed_ms=int(_number(record.get("elapsed_ms") or 0, 0, 10**9)),
            answered_at=self._time(record.get("answered_at")),
        )
        self.store.record_answer(answer)
        choices = response if response is not None and item.type != "short" and item.type != "evidence" else ()
        self._tally.append((student, item.id, score >= MAX_SCORE, tuple(choices or ())))
        return True

    async def _events(self, request: web.Request) -> web.StreamResponse:
        student = self.student_of(request.query.get("token"))
        if student is None:
            return self._refuse(401, "this desk has not joined the session (or its token is wrong)")
        if len(self._subscribers) >= MAX_STREAMS or self._streams[student] >= 2:
            return self._refuse(429, "too many event streams; close the others first")
        response = web.StreamResponse(headers={"Content-Type": "text/event-stream", "Cache-Control": "no-cache"})
        await response.prepare(request)
        queue: asyncio.Queue[dict[str, Any]] = asyncio.Queue(maxsize=100)
        self._subscribers.append(queue)
        self._streams[student] += 1
        try:
            with self._lock:
                state = {
                    "type": "state",
                    "pace": self.pace,
                    "position": self.status.position,
                    "revealed": self.status.revealed,
                    "ended": self.status.ended,
                }
            await response.write(_event(state))
            while True:
                try:
                    event = await asyncio.wait_for(queue.get(), EVENT_WAIT_S)
                except TimeoutError:
                    await response.write(b": still here\n\n")
                    continue
                await response.write(_event(event))
                if event["type"] in ("end", "closing"):
                    break
        except (ConnectionResetError, asyncio.CancelledError):
            pass
        finally:
            self._subscribers.remove(queue)
            self._streams[student] -= 1
        return response


def _event(data: dict[str, Any]) -> bytes:
    return f"data: {json.dumps({'protocol': PROTOCOL, **data})}\n\n".encode()


def _offer(queue: asyncio.Queue[dict[str, Any]], event: dict[str, Any]) -> None:
    """Queue an event for one desk; a desk that does not read its events misses them rather than block."""
    with contextlib.suppress(asyncio.QueueFull):
        queue.put_nowait(event)


def _uuid(value: Any) -> str:
    """A record id as sent by the app (a uuid, or an attempt's uuid with ':end')."""
    text = str(value)
    if not text or len(text) > 64 or not all(c.isalnum() or c in "-:" for c in text):
        raise ValueError(f"{text[:40]!r} is not a record id")
    return text
