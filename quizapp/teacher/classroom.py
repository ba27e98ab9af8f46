"""Classroom sessions: the settings a teacher picks, and the quiz each student of the session gets."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from quizapp.banks.model import Bank
from quizapp.engine import Mode, QuizSession, Selection, random_seed
from quizapp.errors import QuizappError
from quizapp.store import SessionPlan


def session_settings(
    *,
    mode: Mode | str = Mode.TEST,
    count: int | None = None,
    skills: Iterable[str] = (),
    families: Iterable[str] = (),
    difficulties: Iterable[int] = (),
    time_limit_s: float | None = None,
) -> dict[str, Any]:
    """The settings dict of `ScoreStore.create_classroom_session` (checked: a bad value raises here)."""
    selection = Selection(families=tuple(families), skills=tuple(skills), difficulties=tuple(difficulties), count=count)
    return {"mode": str(Mode(mode)), "selection": selection.to_dict(), "time_limit_s": time_limit_s}


def quiz_for_session(
    plan: SessionPlan,
    banks: Sequence[Bank],
    *,
    student: str | None,
    order_seed: int | None = None,
    clock: Callable[[], float] = time.time,
    new_id: Callable[[], str] = lambda: str(uuid.uuid4()),
) -> QuizSession:
    """The quiz of one student in a classroom session: the session's items (from its seed), in the
    student's own order when the session shuffles (`order_seed`, random unless given)."""
    if plan.closed:
        raise QuizappError(f"the classroom session {plan.name!r} is closed")
    by_id = {bank.id: bank for bank in banks}
    missing = [bank_id for bank_id in plan.bank_ids if bank_id not in by_id]
    if missing:
        raise QuizappError(
            f"the classroom session {plan.name!r} needs banks this desk does not have: {', '.join(missing)}"
        )
    settings = plan.settings
    return QuizSession(
        [by_id[bank_id] for bank_id in plan.bank_ids],
        mode=settings.get("mode", Mode.TEST),
        seed=plan.seed,
        selection=Selection.from_dict(settings.get("selection") or {}),
        time_limit_s=settings.get("time_limit_s"),
        student=student,
        classroom_session=plan.uuid,
        clock=clock,
        new_id=new_id,
        order_seed=(random_seed() if order_seed is None else order_seed) if plan.shuffle else None,
    )
