"""A student's desk in a live session: join the host, quiz from its bank, save each record here first.

Every record a quiz session returns is saved in this desk's own database (as in any quiz) and then
queued for the host; the queue is resent until the host acknowledges each record by its id. The desk
keeps the host's uuids for the student and the session, so a desk file merged later adds nothing the
host already has.
"""

from __future__ import annotations

import random
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
        self.outbox = Outbox(self.client, joined.token)
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
        self.outbox.put(to_wire(record))
        return True
