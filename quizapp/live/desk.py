"""A student's desk in a live session: join the host, quiz from its bank, save each record here first.

Every record a quiz session returns is saved in this desk's own database (as in any quiz) and then
queued for the host; the queue is resent until the host acknowledges each record by its id. The desk
keeps the host's uuids for the student and the session, so a desk file merged later adds nothing the
host already has.
"""

from __future__ import annotations

import random
import threading
from dataclasses import dataclass

from quizapp.banks.loader import check_bank_text
from quizapp.banks.model import Bank
from quizapp.engine import QuizSession, Selection
from quizapp.live.client import LiveClient, Outbox
from quizapp.live.protocol import Joined, LiveError, to_wire
from quizapp.store import ScoreStore
from quizapp.store.roster import Student


@dataclass(frozen=True)
class LiveQuiz:
    """A joined session: the host's answer, the bank, and the student on this desk."""

    joined: Joined
    bank: Bank


class LiveDesk:
    """One desk's part in one live session."""

    def __init__(self, store: ScoreStore, client: LiveClient) -> None:
        self.store = store
        self.client = client
        self.outbox: Outbox | None = None
        self.quiz: LiveQuiz | None = None
        self.attempt_id: str | None = None
        self.kept: KeptRecords | None = None

    def join(self, code: str, student_name: str) -> LiveQuiz:
        """Join with the code; the student is the host's (from its class roster), kept here under its uuid."""
        return self.accept(self.client.join(code, student_name))

    def accept(self, joined: Joined) -> LiveQuiz:
        """Take the host's answer to a join (on the thread that owns this desk's database)."""
        check = check_bank_text(joined.bank_text, f"the bank of {joined.session_name}")
        if check.bank is None:
            problems = "; ".join(str(problem) for problem in check.problems[:3])
            raise LiveError(f"the host sent a bank this desk cannot read: {problems}")
        self.store.adopt_student(Student(joined.student_uuid, joined.student_name, joined.student_login))
        self.store.adopt_session(joined.session_uuid, joined.session_name)
        self.quiz = LiveQuiz(joined, check.bank)
        self.kept = KeptRecords(self.store, self.client.address, joined.token)
        self.outbox = self.kept.outbox(self.client)
        return self.quiz

    def new_session(self, seed: int | None = None) -> QuizSession:
        """The quiz: student-paced in this desk's own order, teacher-paced in the host's order."""
        if self.quiz is None:
            raise LiveError("join the live session first")
        joined = self.quiz.joined
        session = QuizSession(
            [self.quiz.bank],
            # teacher-paced: the answer shows when the teacher reveals it, not on each desk at once
            mode="practice" if joined.feedback and joined.pace == "student" else "test",
            seed=joined.order_seed
            if joined.order_seed is not None
            else seed or random.SystemRandom().randrange(1, 2**31),
            selection=Selection(items=tuple((self.quiz.bank.id, item) for item in joined.items)),
            student=joined.student_uuid,
            classroom_session=joined.session_uuid,
            order_seed=joined.order_seed,
        )
        self.attempt_id = session.attempt_id
        return session

    def save(self, record: object) -> None:
        """Save here, then queue for the host."""
        self.store.save(record)  # type: ignore[arg-type]
        self.forward(record)

    def forward(self, record: object) -> bool:
        """Queue a record of the live session's attempt for the host (records of other quizzes stay here)."""
        attempt = getattr(record, "attempt", None) or getattr(record, "uuid", None)
        if self.outbox is None or attempt != self.attempt_id:
            return False
        wire = to_wire(record)
        if self.kept is not None:
            self.kept.put(wire)
        self.outbox.put(wire)
        return True


class KeptRecords:
    """The outbox's records kept in the desk's database until acknowledged, so that they survive the app.

    Records are added on the thread that owns the desk's database connection; acknowledgements come
    from the sending thread, which uses a connection of its own.
    """

    def __init__(self, store: ScoreStore, host: str, token: str) -> None:
        self.store = store
        self.host = host
        self.token = token
        self._local = threading.local()  # each sending thread notes acknowledgements on its own connection

    def put(self, record: dict) -> None:
        self.store.live_queue(self.host, self.token, record)

    def acknowledged(self, ids: list[str]) -> None:
        store = getattr(self._local, "store", None)
        if store is None:
            store = self._local.store = ScoreStore.open(self.store.path)
        store.live_acknowledged(ids)

    def close(self) -> None:
        """Close the calling thread's connection (the sending thread calls this as it ends)."""
        store = getattr(self._local, "store", None)
        if store is not None:
            store.close()
            self._local.store = None

    def outbox(self, client: LiveClient) -> Outbox:
        return Outbox(client, self.token, on_acked=self.acknowledged, on_exit=self.close)


def resume_waiting(store: ScoreStore) -> list[Outbox]:
    """Outboxes, started, for records of live sessions no host acknowledged before the app last closed."""
    outboxes = []
    for (host, token), records in store.live_waiting().items():
        try:
            client = LiveClient(host)
        except LiveError:
            continue
        outbox = KeptRecords(store, host, token).outbox(client)
        for record in records:
            outbox.put(record)
        outbox.start()
        outboxes.append(outbox)
    return outboxes
